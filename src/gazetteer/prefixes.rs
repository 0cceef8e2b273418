//! The large groups' probe table: every whole surface of a group with many members, and every
//! part of one that ends a word, to a value.
//!
//! The strings of one group share their first word, so their first bytes say little: a
//! string's slot is chosen by its length and its last eight bytes as much as by its first
//! eight, each read by one load. A slot holds those sixteen bytes and the length, which are
//! the whole string up to sixteen bytes: a probe compares the bytes between them only for a
//! longer string, and a miss (how a probe ends) costs one or two reads of slots.

use crate::hash;
use crate::text::swar;

/// A string's slot: its first and last eight bytes (zero-padded below eight), where its
/// bytes are in [`PrefixTable::bytes`], its length and its value.
#[derive(Clone, Copy, Debug, Default)]
struct Slot {
    first: u64,
    last: u64,
    from: u32,
    /// The string's length; 0 for an empty slot.
    len: u32,
    value: u32,
}

/// A read-only map from non-empty byte strings to `u32`, by open addressing.
#[derive(Clone, Debug)]
pub(super) struct PrefixTable {
    slots: Vec<Slot>,
    /// The strings of the slots, one after another.
    bytes: Vec<u8>,
    mask: usize,
    /// 64 less the bits of a slot's number.
    shift: u32,
}

const SEED: u64 = 0x9e37_79b9_7f4a_7c15;

/// The first and last eight bytes of `bytes[start..end]` (not empty; the last are 0 for a
/// string of eight bytes or fewer), each by one load where the text allows it: with the
/// length, they are the whole string up to sixteen bytes.
#[inline]
fn ends_of(bytes: &[u8], start: usize, end: usize) -> (u64, u64) {
    let first = hash::head_at(bytes, start, end);
    let last = if end - start > 8 {
        swar::load(bytes, end - 8).unwrap_or(0)
    } else {
        0
    };
    (first, last)
}

/// The slot a string's search starts from, of its ends and its length: the top bits of a
/// product, which every bit of the factor reaches (the strings of a group differ in their
/// last bytes and lengths, and their first bytes are often equal).
#[inline]
fn start_slot((first, last): (u64, u64), len: usize, shift: u32) -> usize {
    let h = (first ^ last.rotate_left(29) ^ (len as u64) << 56).wrapping_mul(SEED);
    ((h ^ h >> 29).wrapping_mul(SEED) >> shift) as usize
}

impl PrefixTable {
    /// A table of `entries` (empty strings are left out; a string given twice keeps its first
    /// value).
    pub fn new<'s>(entries: impl IntoIterator<Item = (&'s str, u32)>) -> PrefixTable {
        let entries: Vec<(&str, u32)> = entries
            .into_iter()
            .filter(|(s, _)| !s.is_empty() && u32::try_from(s.len()).is_ok())
            .collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = PrefixTable {
            slots: vec![Slot::default(); size],
            bytes: Vec::new(),
            mask: size - 1,
            shift: 64 - size.trailing_zeros(),
        };
        for (s, value) in entries {
            let bytes = s.as_bytes();
            if table.get(bytes, 0, bytes.len()).is_some() {
                continue;
            }
            let (first, last) = ends_of(bytes, 0, bytes.len());
            let mut i = start_slot((first, last), bytes.len(), table.shift);
            while table.slots[i].len != 0 {
                i = (i + 1) & table.mask;
            }
            table.slots[i] = Slot {
                first,
                last,
                from: table.bytes.len() as u32,
                len: bytes.len() as u32,
                value,
            };
            table.bytes.extend_from_slice(bytes);
        }
        table
    }

    /// The value of `bytes[start..end]`, if it is one of the table's strings.
    #[inline]
    pub fn get(&self, bytes: &[u8], start: usize, end: usize) -> Option<u32> {
        if end <= start {
            return None;
        }
        let len = end - start;
        let ends = ends_of(bytes, start, end);
        let mut i = start_slot(ends, len, self.shift);
        loop {
            let slot = self.slots[i];
            if slot.len == 0 {
                return None;
            }
            if slot.len as usize == len
                && (slot.first, slot.last) == ends
                && (len <= 16 || self.middle_equal(slot.from as usize, bytes, start, len))
            {
                return Some(slot.value);
            }
            i = (i + 1) & self.mask;
        }
    }
}

impl PrefixTable {
    /// True when the bytes between the first and the last eight of the string at `from`
    /// (longer than sixteen) equal those of `bytes[start..start + len]`: compared by eight,
    /// inline (no call), the last load overlapping the last eight bytes, already equal.
    #[inline]
    fn middle_equal(&self, from: usize, bytes: &[u8], start: usize, len: usize) -> bool {
        let mut at = 8;
        while at < len - 8 {
            let own = swar::load(&self.bytes, from + at);
            if own.is_none() || own != swar::load(bytes, start + at) {
                return false;
            }
            at += 8;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_its_strings_and_no_other() {
        let strings = [
            "republique",
            "republique du",
            "republique du congo",
            "republique du tchad",
            "republique democratique du congo",
            "r",
            "republiques",
        ];
        let table = PrefixTable::new(strings.iter().enumerate().map(|(i, s)| (*s, i as u32)));
        let text = "la republique democratique du congo et la republique du tchad";
        for (i, s) in strings.iter().enumerate() {
            assert_eq!(table.get(s.as_bytes(), 0, s.len()), Some(i as u32), "{s}");
        }
        let at = text.find("republique").unwrap();
        for end in at..=text.len() {
            let expected = strings
                .iter()
                .position(|s| *s == &text[at..end])
                .map(|i| i as u32);
            assert_eq!(table.get(text.as_bytes(), at, end), expected, "{end}");
        }
        for absent in [
            "",
            "republique du congo ",
            "epublique",
            "republique du tcha",
        ] {
            assert_eq!(
                table.get(absent.as_bytes(), 0, absent.len()),
                None,
                "{absent}"
            );
        }
    }

    #[test]
    fn a_string_given_twice_keeps_its_first_value() {
        let table = PrefixTable::new([("mali", 1), ("mali", 2), ("niger", 3)]);
        assert_eq!(table.get(b"mali", 0, 4), Some(1));
        assert_eq!(table.get(b"niger", 0, 5), Some(3));
    }

    proptest::proptest! {
        /// Every part of a text is found exactly when it is one of the strings.
        #[test]
        fn agrees_with_a_hash_map(
            strings in proptest::collection::vec("[ab é]{1,20}", 0..40),
            text in "[ab é]{0,30}",
        ) {
            let table =
                PrefixTable::new(strings.iter().enumerate().map(|(i, s)| (s.as_str(), i as u32)));
            let mut map = std::collections::HashMap::new();
            for (i, s) in strings.iter().enumerate() {
                map.entry(s.as_str()).or_insert(i as u32);
            }
            for start in 0..=text.len() {
                for end in start..=text.len() {
                    let expected = text.get(start..end).and_then(|s| map.get(s).copied());
                    proptest::prop_assert_eq!(table.get(text.as_bytes(), start, end), expected);
                }
            }
        }
    }
}
