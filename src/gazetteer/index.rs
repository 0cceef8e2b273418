//! The scan's index: every folded surface by its first word.
//!
//! A whole-word hit starts where a word of the text starts, and its first word is that word;
//! so one hash lookup per word of the text finds the candidate patterns. A small group of
//! candidates is compared byte for byte; a large one ("republique" opens some 140 official
//! names) is probed instead by the text's own prefixes that could end a hit, each looked up
//! among the group's whole surfaces. The rare pattern that starts with punctuation (it needs
//! no boundary on that side) goes to a small Aho-Corasick automaton.

use super::prefixes::PrefixTable;
use crate::hash::{self, WordMap, WordTable};
use crate::text::boundary;
use crate::Error;
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// Groups of more candidates than this are probed by prefixes rather than compared.
const SMALL_GROUP: usize = 8;

/// In [`WordIndex::whole`], the value of a string that only begins surfaces.
const PREFIX: u32 = u32::MAX;

/// In [`WordIndex::whole`], the bit of a surface's value (with its id) set when longer
/// surfaces go on from it: a probe past a surface without it would miss.
const GOES_ON: u32 = 1 << 31;

/// The patterns that share a first word.
#[derive(Clone, Copy, Debug, Default)]
struct Group {
    /// `members[from..to]` are the group's patterns.
    from: u32,
    to: u32,
    /// The length of the group's longest surface.
    longest: u32,
    /// True when some surface of the group ends with punctuation ("s.e.").
    punctuated: bool,
    /// True when the first word is one of the words to mark.
    marked: bool,
    /// The pattern whose surface is the first word alone, if any (its hit needs no probe).
    bare: Option<u32>,
    /// A large group's bit (its number, below 64) in [`WordIndex::second_words`]; a byte,
    /// which keeps the group, read for every word of a text, in 24 bytes.
    bit: u8,
}

/// A pattern of a group, with what a comparison needs without reading the surface: what
/// follows its first word (the first eight bytes, as [`hash::head`], and the mask of those
/// that exist, compared with the text by one load) and its length.
#[derive(Clone, Copy, Debug)]
struct Member {
    rest_head: u64,
    rest_mask: u64,
    id: u32,
    /// The surface's length.
    len: u32,
    /// True when the surface ends with a letter or a digit (it needs a word end after it).
    ends_with_word: bool,
}

/// The index of the distinct folded surfaces of a gazetteer (pattern id = position).
#[derive(Clone, Debug)]
pub(crate) struct WordIndex {
    surfaces: Vec<Box<str>>,
    /// The first words, to their group.
    first_words: WordTable<Group>,
    /// The second words of the large groups' surfaces, each to the [`Group::bit`]s of its
    /// groups: a text's second word that is no second word of its group goes on no surface
    /// (no probe needed).
    second_words: WordTable<u64>,
    /// The groups' patterns, group after group.
    members: Vec<Member>,
    /// Every surface of the large groups, to its pattern id (with [`GOES_ON`] when it is a
    /// part of another), and every part of them that ends a word, to [`PREFIX`] (unless a
    /// surface): the probes stop at the first prefix of the text that is none of them, or
    /// after a surface that no other goes on from.
    whole: PrefixTable,
    /// The patterns that start with no word character, and their ids.
    loose: Option<(AhoCorasick, Vec<u32>)>,
}

impl WordIndex {
    /// Indexes `surfaces`, distinct and folded, and `marked`, folded words that
    /// [`hits_at`](Self::hits_at) reports.
    pub fn build(surfaces: Vec<Box<str>>, marked: &[&str]) -> Result<WordIndex, Error> {
        let mut keyed: Vec<(&str, u32)> = Vec::with_capacity(surfaces.len());
        let mut loose: Vec<u32> = Vec::new();
        for (id, surface) in surfaces.iter().enumerate() {
            match boundary::words(surface).next() {
                Some((0, end)) => keyed.push((&surface[..end], id as u32)),
                _ => loose.push(id as u32),
            }
        }
        keyed.sort_unstable();
        let mut first_words: Vec<(&[u8], Group)> = Vec::new();
        let mut whole = WordMap::default();
        // The parts of the large groups' surfaces that end a word before their end.
        let mut parts: WordMap<&str, ()> = WordMap::default();
        let mut second_words: WordMap<&[u8], u64> = WordMap::default();
        let mut large_groups = 0;
        let mut all_members = Vec::with_capacity(keyed.len());
        let mut rest = &keyed[..];
        while let Some(&(word, _)) = rest.first() {
            let n = rest.iter().take_while(|(w, _)| *w == word).count();
            let members = &rest[..n];
            let from = all_members.len() as u32;
            all_members.extend(members.iter().map(|&(_, id)| {
                let surface = &surfaces[id as usize];
                let rest = &surface.as_bytes()[word.len()..];
                Member {
                    rest_head: hash::head(rest),
                    rest_mask: crate::text::swar::first_bytes(rest.len()),
                    id,
                    len: surface.len() as u32,
                    ends_with_word: surface
                        .chars()
                        .next_back()
                        .is_some_and(boundary::is_word_char),
                }
            }));
            let longest = members
                .iter()
                .map(|&(_, id)| surfaces[id as usize].len())
                .max()
                .unwrap_or(0);
            let mut bit = 0;
            if n > SMALL_GROUP {
                // Bits shared beyond 64 groups only let more second words through.
                bit = (large_groups % 64) as u8;
                large_groups += 1;
                for &(_, id) in members {
                    // A surface's id replaces the prefix mark another surface may have left.
                    let surface = &surfaces[id as usize];
                    for (_, end) in boundary::words(surface) {
                        whole.entry(Box::from(&surface[..end])).or_insert(PREFIX);
                        if end < surface.len() {
                            parts.insert(&surface[..end], ());
                        }
                    }
                    if let Some((start, end)) = boundary::words(surface).nth(1) {
                        *second_words
                            .entry(surface[start..end].as_bytes())
                            .or_default() |= 1 << bit;
                    }
                    whole.insert(surface.clone(), id);
                }
            }
            let punctuated = all_members[from as usize..]
                .iter()
                .any(|m| !m.ends_with_word);
            let group = Group {
                from,
                to: all_members.len() as u32,
                longest: longest as u32,
                punctuated,
                marked: marked.contains(&word),
                bare: members
                    .iter()
                    .find(|&&(_, id)| surfaces[id as usize].len() == word.len())
                    .map(|&(_, id)| id),
                bit,
            };
            first_words.push((word.as_bytes(), group));
            rest = &rest[n..];
        }
        // The marked words that open no surface: groups of none.
        for &word in marked {
            let i = keyed.partition_point(|&(w, _)| w < word);
            if keyed.get(i).map_or(true, |&(w, _)| w != word) {
                let at = all_members.len() as u32;
                let group = Group {
                    from: at,
                    to: at,
                    longest: 0,
                    punctuated: false,
                    marked: true,
                    bare: None,
                    bit: 0,
                };
                first_words.push((word.as_bytes(), group));
            }
        }
        let first_words = WordTable::new(first_words);
        let second_words = WordTable::new(second_words);
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
        let whole = PrefixTable::new(whole.iter().map(|(s, &id)| {
            let goes_on = id != PREFIX && parts.contains_key(&**s);
            (&**s, if goes_on { id | GOES_ON } else { id })
        }));
        Ok(WordIndex {
            surfaces,
            first_words,
            second_words,
            members: all_members,
            whole,
            loose,
        })
    }

    #[cfg(feature = "unstable-internals")]
    /// The surfaces, by pattern id.
    pub fn surfaces(&self) -> &[Box<str>] {
        &self.surfaces
    }

    /// Calls `hit(end, pattern)` for every whole-word hit that starts at the word
    /// `start..word_end` of `folded`, whose [`hash::head`] is `head`, and that `following`
    /// goes on from (the words of `folded` after it, which may read their next block ahead);
    /// returns true when the word is a marked one.
    #[inline]
    pub fn hits_at(
        &self,
        folded: &str,
        (start, word_end): (usize, usize),
        head: u64,
        following: &mut boundary::Words<'_>,
        mut hit: impl FnMut(usize, u32),
    ) -> bool {
        let bytes = folded.as_bytes();
        let word = &bytes[start..word_end];
        let Some(group) = self.first_words.get(word, head) else {
            return false;
        };
        let (from, to) = (group.from as usize, group.to as usize);
        if to - from <= SMALL_GROUP {
            // The first word is equal: compare what follows it (often nothing), its first
            // eight bytes by one load; the surface itself is read only when more follows.
            let next_eight = hash::head_at(bytes, word_end, bytes.len());
            for m in &self.members[from..to] {
                if next_eight & m.rest_mask != m.rest_head {
                    continue;
                }
                let end = start + m.len as usize;
                let tail_fits = m.len as usize - word.len() <= 8
                    || bytes.get(word_end..end).is_some_and(|after| {
                        *after == self.surfaces[m.id as usize].as_bytes()[word.len()..]
                    });
                if tail_fits && (!m.ends_with_word || ends_a_word(folded, end)) {
                    hit(end, m.id);
                }
            }
            return group.marked;
        }
        // The text's prefixes from `start` that may end a hit: the word's end, every later
        // word end, and every place after punctuation ("s.e."), up to the longest surface.
        let limit = boundary::floor_char_boundary(folded, start + group.longest as usize);
        // The first word alone: the surface that it is, if any (every surface of the group
        // goes on past it, so its probe would say so).
        if let Some(id) = group.bare {
            if ends_whole_word(folded, &self.surfaces[id as usize], start) {
                hit(word_end, id);
            }
        }
        // Returns false when no longer surface starts with the prefix.
        let mut probe = |end: usize| match self.whole.get(bytes, start, end) {
            Some(PREFIX) => true,
            Some(value) => {
                let id = value & !GOES_ON;
                if ends_whole_word(folded, &self.surfaces[id as usize], start) {
                    hit(end, id);
                }
                value & GOES_ON != 0
            }
            None => false,
        };
        // The words after the first, as the text's word iterator reads them (its blocks of
        // the whole text, not a new reading of the tail), cut at `limit` as the words of
        // `folded[word_end..limit]` would be.
        following.read_ahead();
        let words = following
            .clone()
            .take_while(|&(at, _)| at < limit)
            .map(|(at, end)| (at, end.min(limit)));
        // Where the probes stopped: no surface goes on past it, so none ends after punctuation
        // beyond it.
        let mut reach = limit;
        for (i, (at, end)) in words.enumerate() {
            // The prefix of two words is none of the whole surfaces' prefixes when its second
            // word is that of no surface of the group (the same words: a prefix ends at a word
            // end).
            let second = || {
                let head = hash::head_at(bytes, at, end);
                self.second_words
                    .get(&bytes[at..end], head)
                    .is_some_and(|groups| groups >> group.bit & 1 != 0)
            };
            if (end < limit || boundary::is_word_end(folded, end))
                && !((i > 0 || second()) && probe(end))
            {
                // No surface goes on past a word end where none begins.
                reach = end;
                break;
            }
        }
        if group.punctuated {
            for (i, c) in folded[word_end..reach].char_indices() {
                if !boundary::is_word_char(c) && !c.is_whitespace() {
                    probe(word_end + i + c.len_utf8());
                }
            }
        }
        group.marked
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
    let last_is_word = match surface.as_bytes().last() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => surface
            .chars()
            .next_back()
            .is_some_and(boundary::is_word_char),
    };
    !last_is_word || ends_a_word(folded, start + surface.len())
}

/// True when no word character follows byte `end` of `folded`.
#[inline]
fn ends_a_word(folded: &str, end: usize) -> bool {
    match folded.as_bytes().get(end) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => boundary::is_word_end(folded, end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Surfaces with a large group ("rep", more than `SMALL_GROUP`), a small one, punctuation
    /// inside and at the end, and one that starts with punctuation.
    const SURFACES: [&str; 17] = [
        "rep",
        "rep a",
        "rep b",
        "rep a b",
        "rep c.",
        "rep-d",
        "rep e f",
        "rep g",
        "rep h",
        "rep i",
        "rep j.k",
        "s.e.",
        "s",
        "mali",
        "le mali",
        "(x)",
        "mali central du nord",
    ];

    /// Every whole-word hit of `surfaces` in `text`, by brute force.
    fn naive(text: &str) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        for start in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            for (id, surface) in SURFACES.iter().enumerate() {
                if text[start..].starts_with(surface)
                    && boundary::is_whole_word(text, start, start + surface.len())
                {
                    out.push((start, start + surface.len(), id as u32));
                }
            }
        }
        out.sort_unstable();
        out
    }

    fn indexed(index: &WordIndex, text: &str) -> Vec<(usize, usize, u32)> {
        let mut out = Vec::new();
        let mut words = boundary::words(text);
        while let Some((start, word_end)) = words.next() {
            let head = hash::head(&text.as_bytes()[start..word_end]);
            index.hits_at(text, (start, word_end), head, &mut words, |end, id| {
                out.push((start, end, id))
            });
        }
        index.loose_hits(text, |start, end, id| out.push((start, end, id)));
        out.sort_unstable();
        out
    }

    fn index() -> WordIndex {
        WordIndex::build(
            SURFACES.iter().map(|s| Box::from(*s)).collect(),
            &["mai", "mali"],
        )
        .unwrap()
    }

    #[test]
    fn finds_what_a_brute_force_search_finds() {
        let index = index();
        for text in [
            "la rep a b et rep c. puis rep-d, rep e f; rep j.k rep jk",
            "s.e. le mali, s. e. mali (x) y(x)z rep",
            "represente le malien rep.",
        ] {
            assert_eq!(indexed(&index, text), naive(text), "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_hits_as_brute_force(text in "(rep|[abcdefgijk]|mali|le|s|\\.|-| |\\(x\\)|é|central du nord|central du n){0,20}") {
            let index = index();
            proptest::prop_assert_eq!(indexed(&index, &text), naive(&text));
        }
    }
}
