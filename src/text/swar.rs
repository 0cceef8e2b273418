//! Eight bytes at a time: classifying the bytes of a `u64` without a branch per byte.

/// The high bit of each byte.
pub(crate) const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Each byte set to `n`.
pub(crate) const fn splat(n: u8) -> u64 {
    n as u64 * 0x0101_0101_0101_0101
}

/// The eight bytes of `bytes[at..at + 8]` as a little-endian `u64`, if there are eight.
#[inline]
pub(crate) fn load(bytes: &[u8], at: usize) -> Option<u64> {
    // (`at..at + 8` would test `at + 8` for an overflow too.)
    let eight = bytes.get(at..)?.get(..8)?;
    Some(u64::from_le_bytes(<[u8; 8]>::try_from(eight).ok()?))
}

/// The mask of the first `n` bytes of a `u64` (all of them from eight on).
#[inline]
pub(crate) fn first_bytes(n: usize) -> u64 {
    FIRST_BYTES[n.min(8)]
}

/// [`first_bytes`] of 0 to 8: one load, not a test and a shift.
static FIRST_BYTES: [u64; 9] = {
    let mut masks = [!0; 9];
    let mut n = 0;
    while n < 8 {
        masks[n] = (1u64 << (8 * n)) - 1;
        n += 1;
    }
    masks
};

/// The high bit of each byte in `lo..=hi`, for bytes whose high bit is clear (other bits are
/// noise): `x + (0x80 - lo)` sets it when `x >= lo`, `x + (0x7f - hi)` when `x > hi`, and
/// neither carries into the next byte. A byte whose high bit is set may carry into the bytes
/// after it (never into those before).
#[inline]
pub(crate) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    x.wrapping_add(splat(0x80 - lo)) & !x.wrapping_add(splat(0x7f - hi))
}

/// The position of the first byte flagged in `mask` (high bits), if any.
#[inline]
pub(crate) fn first(mask: u64) -> Option<usize> {
    let mask = mask & HIGH_BITS;
    (mask != 0).then(|| (mask.trailing_zeros() / 8) as usize)
}

/// One bit per byte of `mask` (bit `i` for byte `i`), from the bytes' high bits.
#[inline]
pub(crate) fn movemask(mask: u64) -> u64 {
    // Each byte's high bit moved to its low bit, then all eight gathered in the top byte by
    // one multiplication (the partial products never overlap, so nothing carries).
    ((mask & HIGH_BITS) >> 7).wrapping_mul(0x0102_0408_1020_4080) >> 56
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_flag_exactly_their_bytes() {
        for b in 0u8..128 {
            let x = splat(b);
            assert_eq!(
                in_range(x, b'a', b'z') & HIGH_BITS != 0,
                b.is_ascii_lowercase(),
                "{b}"
            );
            assert_eq!(in_range(x, b'-', b'-') & HIGH_BITS != 0, b == b'-', "{b}");
        }
        assert_eq!(
            first(in_range(u64::from_le_bytes(*b"abcDefgh"), b'A', b'Z')),
            Some(3)
        );
        assert_eq!(load(b"1234567", 0), None);
        assert_eq!(first_bytes(0), 0);
        assert_eq!(first_bytes(3), 0xff_ffff);
        assert_eq!(first_bytes(8), !0);
        assert_eq!(first_bytes(12), !0);
        for bits in 0u64..256 {
            let mask = (0..8).fold(0, |m, i| m | (bits >> i & 1) << (8 * i + 7));
            assert_eq!(movemask(mask | 0x0101_0101_0101_0101), bits);
        }
    }
}
