//! The scan's index: every folded surface by its first word.
//!
//! A whole-word hit starts where a word of the text starts, and its first word is that word;
//! so one hash lookup per word of the text finds the candidate patterns. A small group of
//! candidates is compared byte for byte; a large one ("republique" opens some 140 official
//! names) is probed instead by the text's own prefixes that could end a hit, each looked up
//! among the group's whole surfaces. The rare pattern that starts with punctuation (it needs
//! no boundary on that side) goes to a small Aho-Corasick automaton.

use crate::hash::{WordHasher, WordMap};
use crate::text::boundary;
use crate::Error;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::hash::{BuildHasher, BuildHasherDefault};

/// The size of the first-word filter, in bits (8 KiB).
const FILTER_BITS: usize = 1 << 16;

/// The two bits of `word` in the first-word filter.
#[inline]
fn filter_bits(word: &str) -> [usize; 2] {
    let hash = BuildHasherDefault::<WordHasher>::default().hash_one(word);
    [
        (hash >> 48) as usize % FILTER_BITS,
        (hash >> 32) as usize % FILTER_BITS,
    ]
}

/// Groups of more candidates than this are probed by prefixes rather than compared.
const SMALL_GROUP: usize = 8;

/// The patterns that share a first word.
#[derive(Clone, Copy, Debug)]
struct Group {
    /// `ids[from..to]` are the group's pattern ids.
    from: u32,
    to: u32,
    /// The length of the group's longest surface.
    longest: u32,
}

/// The index of the distinct folded surfaces of a gazetteer (pattern id = position).
#[derive(Clone, Debug, Default)]
pub(crate) struct WordIndex {
    surfaces: Vec<Box<str>>,
    /// A Bloom filter of the first words, small enough for the first-level cache: most words
    /// of a text open no pattern, and it turns them away before the (larger) map.
    first_word_filter: Vec<u64>,
    groups: WordMap<Box<str>, Group>,
    ids: Vec<u32>,
    /// Every surface of the large groups, to its pattern id.
    whole: WordMap<Box<str>, u32>,
    /// The patterns that start with no word character, and their ids.
    loose: Option<(AhoCorasick, Vec<u32>)>,
}

impl WordIndex {
    /// Indexes `surfaces`, distinct and folded.
    pub fn build(surfaces: Vec<Box<str>>) -> Result<WordIndex, Error> {
        let mut keyed: Vec<(&str, u32)> = Vec::with_capacity(surfaces.len());
        let mut loose: Vec<u32> = Vec::new();
        for (id, surface) in surfaces.iter().enumerate() {
            match boundary::words(surface).next() {
                Some((0, end)) => keyed.push((&surface[..end], id as u32)),
                _ => loose.push(id as u32),
            }
        }
        keyed.sort_unstable();
        let mut groups = WordMap::default();
        let mut whole = WordMap::default();
        let mut ids = Vec::with_capacity(keyed.len());
        let mut rest = &keyed[..];
        while let Some(&(word, _)) = rest.first() {
            let n = rest.iter().take_while(|(w, _)| *w == word).count();
            let members = &rest[..n];
            let from = ids.len() as u32;
            ids.extend(members.iter().map(|&(_, id)| id));
            let longest = members
                .iter()
                .map(|&(_, id)| surfaces[id as usize].len())
                .max()
                .unwrap_or(0);
            if n > SMALL_GROUP {
                for &(_, id) in members {
                    whole.insert(surfaces[id as usize].clone(), id);
                }
            }
            let group = Group {
                from,
                to: ids.len() as u32,
                longest: longest as u32,
            };
            groups.insert(Box::from(word), group);
            rest = &rest[n..];
        }
        let mut first_word_filter = vec![0u64; FILTER_BITS / 64];
        for word in groups.keys() {
            for bit in filter_bits(word) {
                first_word_filter[bit / 64] |= 1 << (bit % 64);
            }
        }
        let loose = if loose.is_empty() {
            None
        } else {
            let automaton = AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .kind(Some(AhoCorasickKind::ContiguousNFA))
                .build(loose.iter().map(|&id| &*surfaces[id as usize]))
                .map_err(|e| {
                    Error::gazetteer("gazetteer", 0, format!("cannot build the automaton: {e}"))
                })?;
            Some((automaton, loose))
        };
        Ok(WordIndex {
            surfaces,
            first_word_filter,
            groups,
            ids,
            whole,
            loose,
        })
    }

    /// The surfaces, by pattern id.
    pub fn surfaces(&self) -> &[Box<str>] {
        &self.surfaces
    }

    /// True when no pattern is indexed.
    pub fn is_empty(&self) -> bool {
        self.surfaces.is_empty()
    }

    /// Calls `hit(end, pattern)` for every whole-word hit that starts at the word
    /// `start..word_end` of `folded`.
    #[inline]
    pub fn hits_at(
        &self,
        folded: &str,
        start: usize,
        word_end: usize,
        mut hit: impl FnMut(usize, u32),
    ) {
        let word = &folded[start..word_end];
        let maybe = filter_bits(word)
            .iter()
            .all(|&bit| self.first_word_filter[bit / 64] & (1 << (bit % 64)) != 0);
        if !maybe {
            return;
        }
        let Some(group) = self.groups.get(word) else {
            return;
        };
        let ids = &self.ids[group.from as usize..group.to as usize];
        if ids.len() <= SMALL_GROUP {
            // The first word is equal: compare what follows it (often nothing).
            let after_word = &folded.as_bytes()[word_end..];
            for &id in ids {
                let surface = &self.surfaces[id as usize];
                let rest = &surface.as_bytes()[word.len()..];
                if (rest.is_empty() || after_word.starts_with(rest))
                    && ends_whole_word(folded, surface, start)
                {
                    hit(start + surface.len(), id);
                }
            }
            return;
        }
        // The text's prefixes from `start` that may end a hit: the word's end, every later
        // word end, and every place after punctuation ("s.e."), up to the longest surface.
        let limit = boundary::floor_char_boundary(folded, start + group.longest as usize);
        let mut probe = |end: usize| {
            if let Some(&id) = self.whole.get(&folded[start..end]) {
                if ends_whole_word(folded, &self.surfaces[id as usize], start) {
                    hit(end, id);
                }
            }
        };
        probe(word_end);
        let mut previous_is_word = true;
        for (i, c) in folded[word_end..limit].char_indices() {
            let at = word_end + i;
            let is_word = boundary::is_word_char(c);
            if previous_is_word && !is_word && at > word_end {
                probe(at);
            }
            if !is_word && !c.is_whitespace() {
                probe(at + c.len_utf8());
            }
            previous_is_word = is_word;
        }
        if previous_is_word && limit > word_end && boundary::is_word_end(folded, limit) {
            probe(limit);
        }
    }

    /// Calls `hit(start, end, pattern)` for every whole-word hit of the patterns that start
    /// with punctuation.
    pub fn loose_hits(&self, folded: &str, mut hit: impl FnMut(usize, usize, u32)) {
        if let Some((automaton, ids)) = &self.loose {
            for m in automaton.find_overlapping_iter(folded) {
                if boundary::is_whole_word(folded, m.start(), m.end()) {
                    hit(m.start(), m.end(), ids[m.pattern().as_usize()]);
                }
            }
        }
    }
}

/// True when `surface`, found at `start` of `folded` where a word starts, ends a word there:
/// it ends with punctuation, or no word character follows it.
#[inline]
fn ends_whole_word(folded: &str, surface: &str, start: usize) -> bool {
    let end = start + surface.len();
    let last_is_word = match surface.as_bytes().last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => surface
            .chars()
            .next_back()
            .is_some_and(boundary::is_word_char),
    };
    !last_is_word
        || match folded.as_bytes().get(end) {
            None => true,
            Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
            Some(_) => boundary::is_word_end(folded, end),
        }
}
