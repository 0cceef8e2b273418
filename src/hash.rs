//! A fast hasher for the maps keyed by gazetteer words.
//!
//! The standard library's SipHash resists collision attacks at a cost that dominates lookups
//! of short keys. The maps here are built from the gazetteers, not from the text, and a text
//! only queries them, so a multiplicative hash (the one rustc uses, "FxHash") is enough.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasher, BuildHasherDefault, Hasher};

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

/// A Bloom filter of words, 8 KiB (it stays in the first-level cache): `false` means the
/// word is surely not in the set, `true` that it may be. With a few thousand words, about
/// one absent word in thirty passes.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter {
    bits: Vec<u64>,
}

impl WordFilter {
    const BITS: usize = 1 << 16;

    /// A filter of `words`.
    pub fn new<'w>(words: impl IntoIterator<Item = &'w str>) -> WordFilter {
        let mut bits = vec![0u64; Self::BITS / 64];
        for word in words {
            for bit in Self::bits(word) {
                bits[bit / 64] |= 1 << (bit % 64);
            }
        }
        WordFilter { bits }
    }

    /// False when `word` is surely not one of the filter's words.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        Self::bits(word)
            .iter()
            .all(|&bit| self.bits[bit / 64] & (1 << (bit % 64)) != 0)
    }

    /// The two bits of `word`.
    #[inline]
    fn bits(word: &str) -> [usize; 2] {
        let hash = BuildHasherDefault::<WordHasher>::default().hash_one(word);
        [
            (hash >> 48) as usize % Self::BITS,
            (hash >> 32) as usize % Self::BITS,
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn a_filter_keeps_its_words_and_turns_most_others_away() {
        let words: Vec<String> = (0..3000).map(|i| format!("mot{i}")).collect();
        let filter = WordFilter::new(words.iter().map(String::as_str));
        assert!(words.iter().all(|w| filter.may_contain(w)));
        let passed = (0..10_000)
            .filter(|i| filter.may_contain(&format!("autre{i}")))
            .count();
        assert!(passed < 500, "{passed} of 10 000 absent words passed");
    }
}
