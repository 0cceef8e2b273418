//! A fast hasher for the maps keyed by gazetteer words.
//!
//! The standard library's SipHash resists collision attacks at a cost that dominates lookups
//! of short keys. The maps here are built from the gazetteers, not from the text, and a text
//! only queries them, so a multiplicative hash (the one rustc uses, "FxHash") is enough.
//!
//! The scan's hottest lookup, one per word of the text, has a table of its own
//! ([`WordTable`]): a word's first eight bytes, read by one load, are its key.

use crate::text::swar;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A multiplicative hasher over 8-byte words.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct WordHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // The length, then the bytes in 8-byte words; short tails are read as overlapping
        // 4-byte or single bytes, without a copy.
        let n = bytes.len();
        self.add(n as u64);
        if n >= 8 {
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                self.add(load8(chunk));
            }
            if !chunks.remainder().is_empty() {
                self.add(load8(&bytes[n - 8..]));
            }
        } else if n >= 4 {
            self.add(load4(&bytes[..4]) | load4(&bytes[n - 4..]) << 32);
        } else if n > 0 {
            self.add(
                u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16,
            );
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

#[inline]
fn load8(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(word)
}

#[inline]
fn load4(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[..4]);
    u64::from(u32::from_le_bytes(word))
}

/// A map with [`WordHasher`].
pub(crate) type WordMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

/// A set with [`WordHasher`].
pub(crate) type WordSet<K> = HashSet<K, BuildHasherDefault<WordHasher>>;

/// The first eight bytes of `word` (zero-padded), little-endian.
#[inline]
pub(crate) fn head(word: &[u8]) -> u64 {
    // One load for a word of eight bytes or more.
    if let Some(Ok(eight)) = word.get(..8).map(<[u8; 8]>::try_from) {
        return u64::from_le_bytes(eight);
    }
    // A shorter word by two loads that overlap (equal bytes where they do), without a copy
    // of a length known only at run time (a call).
    let n = word.len();
    if n >= 4 {
        load4(word) | load4(&word[n - 4..]) << (8 * (n - 4))
    } else if n >= 2 {
        let pair = |at: usize| u64::from(u16::from_le_bytes([word[at], word[at + 1]]));
        pair(0) | pair(n - 2) << (8 * (n - 2))
    } else {
        word.first().map_or(0, |&b| u64::from(b))
    }
}

/// [`head`] of the word `bytes[start..end]`, by one load when eight bytes follow `start`.
#[inline]
pub(crate) fn head_at(bytes: &[u8], start: usize, end: usize) -> u64 {
    match swar::load(bytes, start) {
        Some(eight) => eight & swar::first_bytes(end - start),
        None => head(&bytes[start..end]),
    }
}

/// A read-only map from words (byte strings) to values `V`, for lookups of many absent words:
/// a Bloom filter of 8 KiB (small enough for the first-level cache) turns most of them away,
/// then an open-addressing table whose slots hold each word's [`head`], its length and its
/// value confirms the rest in one read (words longer than eight bytes are compared whole).
#[derive(Clone, Debug)]
pub(crate) struct WordTable<V> {
    /// An array, whose index (ten bits of a hash) needs no bounds check.
    filter: Box<[u64; FILTER_WORDS]>,
    slots: Vec<Slot<V>>,
    /// The words of the slots, for the comparison of long words.
    words: Vec<Box<[u8]>>,
    shift: u32,
}

#[derive(Clone, Copy, Debug, Default)]
struct Slot<V> {
    head: u64,
    /// The word's length; 0 for an empty slot.
    len: u32,
    value: V,
}

/// The words of [`WordTable::filter`].
const FILTER_WORDS: usize = 1024;

impl<V: Copy + Default> WordTable<V> {
    /// A table of `entries` (the first value of a word repeated wins; empty words are left
    /// out).
    pub fn new<'w>(entries: impl IntoIterator<Item = (&'w [u8], V)>) -> WordTable<V> {
        let entries: Vec<(&[u8], V)> = entries
            .into_iter()
            .filter(|(w, _)| !w.is_empty() && u32::try_from(w.len()).is_ok())
            .collect();
        let size = (entries.len() * 2).next_power_of_two().max(16);
        let mut table = WordTable {
            filter: Box::new([0; FILTER_WORDS]),
            slots: vec![Slot::default(); size],
            words: vec![Box::default(); size],
            shift: 64 - size.trailing_zeros(),
        };
        for (word, value) in entries {
            let (head, len) = (head(word), word.len() as u32);
            let hash = Self::hash(head, len);
            let (index, bits) = Self::filter_bits(hash);
            table.filter[index] |= bits;
            let mut slot = table.slot_of(hash);
            loop {
                let s = &mut table.slots[slot];
                if s.len == 0 {
                    *s = Slot { head, len, value };
                    table.words[slot] = word.into();
                    break;
                }
                if s.head == head && s.len == len && *table.words[slot] == *word {
                    break;
                }
                slot = (slot + 1) & (size - 1);
            }
        }
        debug_assert!(
            table.invariants_hold(),
            "a word table breaks its invariants"
        );
        table
    }

    /// The invariants lookups rely on: at most half the slots full (so a probe ends at an
    /// empty slot), every full slot's head and length those of its word, and every word found
    /// by the filter and the probe from its hash. Checked in debug builds after every build.
    fn invariants_hold(&self) -> bool {
        let full = self.slots.iter().filter(|s| s.len > 0).count();
        2 * full <= self.slots.len()
            && self.slots.len().is_power_of_two()
            && self.slots.iter().zip(&self.words).all(|(s, w)| {
                s.len == 0
                    || (s.len as usize == w.len() && s.head == head(w) && {
                        let hash = Self::hash(s.head, s.len);
                        let (index, bits) = Self::filter_bits(hash);
                        self.filter[index] & bits == bits && self.get(w, s.head).is_some()
                    })
            })
    }

    #[inline]
    fn hash(head: u64, len: u32) -> u64 {
        (head ^ u64::from(len) << 56).wrapping_mul(SEED)
    }

    /// The filter's word and its two bits for `hash` (from its top bits, the best mixed).
    #[inline]
    fn filter_bits(hash: u64) -> (usize, u64) {
        let index = (hash >> 54) as usize;
        (index, 1 << (hash >> 48 & 63) | 1 << (hash >> 42 & 63))
    }

    #[inline]
    fn slot_of(&self, hash: u64) -> usize {
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// False when no word of `len` bytes whose [`head`] is `head` is in the table (true when
    /// one may be): the filter alone, before the word is known whole.
    #[inline]
    pub fn may_hold(&self, head: u64, len: usize) -> bool {
        let Ok(len) = u32::try_from(len) else {
            return false;
        };
        let (index, bits) = Self::filter_bits(Self::hash(head, len));
        self.filter[index] & bits == bits
    }

    /// The value of `word`, whose [`head`] is `head`.
    #[inline(always)]
    pub fn get(&self, word: &[u8], head: u64) -> Option<V> {
        // No word of the table is that long.
        let len = u32::try_from(word.len()).ok()?;
        let hash = Self::hash(head, len);
        let (index, bits) = Self::filter_bits(hash);
        if self.filter[index] & bits != bits {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = self.slot_of(hash);
        loop {
            let s = self.slots[slot];
            if s.len == 0 {
                return None;
            }
            if s.head == head && s.len == len && (len <= 8 || *self.words[slot] == *word) {
                return Some(s.value);
            }
            slot = (slot + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::BuildHasher;

    fn hash(s: &str) -> u64 {
        BuildHasherDefault::<WordHasher>::default().hash_one(s)
    }

    #[test]
    fn distinguishes_short_and_long_keys() {
        let words = [
            "",
            "a",
            "b",
            "ab",
            "ba",
            "mali",
            "malie",
            "republique",
            "republiques",
        ];
        for (i, a) in words.iter().enumerate() {
            for b in &words[i + 1..] {
                assert_ne!(hash(a), hash(b), "{a} / {b}");
            }
        }
        let mut set = WordSet::default();
        set.insert("niger".to_string());
        assert!(set.contains("niger") && !set.contains("nigeria"));
    }

    #[test]
    fn heads_are_the_first_eight_bytes_zero_padded() {
        let text = b"abcdefghij\xc3\xa9";
        for start in 0..text.len() {
            for end in start..=text.len() {
                let word = &text[start..end];
                let mut eight = [0u8; 8];
                let n = word.len().min(8);
                eight[..n].copy_from_slice(&word[..n]);
                assert_eq!(head(word), u64::from_le_bytes(eight), "{word:?}");
            }
        }
    }

    #[test]
    fn a_word_table_finds_its_words_and_no_other() {
        let words: Vec<String> = (0..3000)
            .map(|i| format!("mot{i}"))
            .chain(["a", "de", "republique", "republiques", "republicain", "é"].map(String::from))
            .collect();
        let table = WordTable::new(
            words
                .iter()
                .enumerate()
                .map(|(i, w)| (w.as_bytes(), i as u32)),
        );
        let get = |w: &str| table.get(w.as_bytes(), head(w.as_bytes()));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(get(w), Some(i as u32), "{w}");
        }
        for absent in [
            "",
            "b",
            "d",
            "republiqu",
            "republiquex",
            "mot",
            "mot30000",
            "e",
        ] {
            assert_eq!(get(absent), None, "{absent}");
        }
        let text = b"la republique du mot12";
        assert_eq!(
            table.get(&text[3..13], head_at(text, 3, 13)),
            get("republique")
        );
        assert_eq!(
            table.get(&text[17..], head_at(text, 17, text.len())),
            get("mot12")
        );
        assert_eq!(head_at(text, 0, 2), head(b"la"));
        let passed = (0..10_000)
            .filter(|i| {
                let w = format!("autre{i}");
                let h = WordTable::<u32>::hash(head(w.as_bytes()), w.len() as u32);
                let (index, bits) = WordTable::<u32>::filter_bits(h);
                table.filter[index] & bits == bits
            })
            .count();
        assert!(
            passed < 500,
            "{passed} of 10 000 absent words passed the filter"
        );
    }
}
