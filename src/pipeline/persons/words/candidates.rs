//! Where the words that may be capitalised may start ([`super::capitalised_words_into`]): the
//! capitals, the characters outside ASCII and the hyphens, found sixty-four bytes at a time.

use super::zero_bytes;
use crate::text::swar;

/// True when the character at `p` (a candidate) is no capital by its first two bytes: a
/// lower-case Latin-1 letter (U+00E0..U+00FF), a character of U+0080..U+00BF, or one of the
/// general punctuation (U+2000..U+203F).
#[inline]
pub(super) fn no_capital_at(bytes: &[u8], p: usize) -> bool {
    match bytes[p] {
        0xC2 => true,
        0xC3 => bytes.get(p + 1).is_some_and(|&b| b >= 0xA0),
        0xE2 => bytes.get(p + 1) == Some(&0x80),
        _ => false,
    }
}

/// The first byte at or after `at` that is a candidate: a byte of `0x40..=0x5F` (the capitals,
/// and `@[\]^_`, which start no word), the first byte of a non-ASCII character, or a hyphen
/// (the definition [`Candidates`] reads faster).
#[cfg(test)]
pub(super) fn next_candidate(bytes: &[u8], at: usize) -> Option<usize> {
    let rest = bytes.get(at..)?;
    rest.iter().position(|&b| is_candidate(b)).map(|i| at + i)
}

/// The candidates of a text, in order: the bytes of `0x40..=0x5F` (the capitals, and `@[\]^_`,
/// which start no word), the first bytes of non-ASCII characters and the hyphens, read from a
/// map of the sixty-four bytes from `at`, one bit per byte: one branch per candidate and one
/// per sixty-four bytes, not one per eight bytes and a new look at the bytes after each.
pub(super) struct Candidates<'b> {
    bytes: &'b [u8],
    /// Where the bytes mapped start.
    at: usize,
    /// Their candidates not read yet, bit `i` for byte `at + i`.
    map: u64,
}

impl<'b> Candidates<'b> {
    pub(super) fn new(bytes: &'b [u8]) -> Candidates<'b> {
        Candidates {
            bytes,
            at: 0,
            map: candidate_map(bytes, 0),
        }
    }

    /// The first candidate at or after `from` (and after those read before).
    #[inline(always)]
    pub(super) fn next_from(&mut self, from: usize) -> Option<usize> {
        if from >= self.at + 64 {
            self.at = from;
            self.map = candidate_map(self.bytes, from);
        } else if from > self.at {
            self.map &= u64::MAX << (from - self.at);
        }
        while self.map == 0 {
            self.at += 64;
            if self.at >= self.bytes.len() {
                return None;
            }
            self.map = candidate_map(self.bytes, self.at);
        }
        let i = self.map.trailing_zeros() as usize;
        self.map &= self.map - 1;
        Some(self.at + i)
    }
}

/// The candidates of the sixty-four bytes from `at`, bit `i` for byte `at + i` (none past the
/// text's end), eight bytes at a time by their bits: bit 6 set, and bit 7 set or bit 5 clear;
/// or a hyphen.
#[inline]
fn candidate_map(bytes: &[u8], at: usize) -> u64 {
    let rest = bytes.get(at..).unwrap_or_default();
    let mut padded = [0; 64];
    let block: &[u8] = if rest.len() >= 64 {
        &rest[..64]
    } else {
        padded[..rest.len()].copy_from_slice(rest);
        &padded
    };
    let mut map = 0;
    for (k, eight) in block.chunks_exact(8).enumerate() {
        let chunk = u64::from_le_bytes(<[u8; 8]>::try_from(eight).unwrap_or_default());
        let flagged = chunk << 1 & (chunk | !(chunk << 2)) | zero_bytes(chunk ^ swar::splat(b'-'));
        map |= swar::movemask(flagged) << (8 * k);
    }
    map
}

/// True for the bytes [`next_candidate`] stops at.
#[cfg(test)]
pub(super) fn is_candidate(b: u8) -> bool {
    (0x40..=0x5F).contains(&b) || b >= 0xC0 || b == b'-'
}
