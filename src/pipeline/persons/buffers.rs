//! The stage's working vectors, kept from one document to the next.

use super::full_names::FullNames;
use super::skeleton::Key;
use super::words::Word;
use super::Found;

/// Working vectors of the rules, empty between uses, kept from one document to the next in
/// [`Buffers`]: those of words of the text hold none between documents
/// ([`crate::pipeline::recycled`] gives them the next text's lifetime).
#[derive(Clone, Debug, Default)]
pub(super) struct Spare {
    /// Words of the text (first names, keys).
    pub(super) words: Vec<&'static str>,
    /// Words of the text, a second list.
    pub(super) more_words: Vec<&'static str>,
    /// Keys computed from the text (of given names).
    pub(super) keys: Vec<Key>,
    /// Names found by a rule, added to the others after it.
    pub(super) seen: Vec<Found>,
    /// The full names and one short name, folded ([`FullNames`]).
    pub(super) full: FullNames,
    pub(super) short: FullNames,
    /// Words of the text (of the full names) with indices, three lists.
    pub(super) indexed: [Vec<(&'static str, usize)>; 3],
    /// Indices (of names).
    pub(super) indices: Vec<usize>,
    /// Names of the text, or none ([`super::canonical::canonical_names`]).
    pub(super) full_texts: Vec<Option<&'static str>>,
    /// The first two bytes of words.
    pub(super) pairs: Vec<[u8; 2]>,
    /// Spans (of names).
    pub(super) spans: Vec<(usize, usize)>,
    /// Spans with a count (of the figures' names and their words).
    pub(super) triples: Vec<(usize, usize, usize)>,
}

/// The working vectors of the stage, kept from one document to the next
/// ([`crate::pipeline`]'s scratch).
#[derive(Clone, Debug, Default)]
pub(crate) struct Buffers {
    /// The words that may be capitalised ([`super::words::capitalised_words_into`]), of no text now.
    pub(super) candidates: Vec<Word<'static>>,
    /// The names found.
    pub(super) found: Vec<Found>,
    /// The spans the names cover ([`super::Covered`]).
    pub(super) covered: Vec<(usize, usize)>,
    /// Where the affiliation after each title ends ([`super::titled::after_titles`]).
    pub(super) affiliations: Vec<Option<usize>>,
    /// The rules' working vectors.
    pub(super) spare: Spare,
}

impl Buffers {
    /// Roughly the bytes the buffers hold.
    pub(crate) fn capacity(&self) -> usize {
        std::mem::size_of::<Word<'_>>() * self.candidates.capacity()
            + std::mem::size_of::<Found>() * self.found.capacity()
            + 16 * self.covered.capacity()
            + 16 * self.affiliations.capacity()
            + self.spare.capacity()
    }
}

impl Spare {
    /// Roughly the bytes the vectors hold.
    fn capacity(&self) -> usize {
        16 * (self.words.capacity() + self.more_words.capacity())
            + std::mem::size_of::<Key>() * self.keys.capacity()
            + std::mem::size_of::<Found>() * self.seen.capacity()
            + self.full.capacity()
            + self.short.capacity()
            + self
                .indexed
                .iter()
                .map(|v| 24 * v.capacity())
                .sum::<usize>()
            + 8 * self.indices.capacity()
            + 16 * self.full_texts.capacity()
            + 2 * self.pairs.capacity()
            + 16 * self.spans.capacity()
            + 24 * self.triples.capacity()
    }
}
