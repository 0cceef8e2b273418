//! The scan of a normalised document: one lookup per word, its hits recorded by layer
//! (names, titles, theme cues, head nouns) with their input spans, then resolved.

use super::{Gazetteer, Kinds};
use crate::text::capitals::CapitalLines;
use crate::text::swar::HIGH_BITS;
use crate::text::{boundary, NormalizedText};

/// A whole-word hit of the scan, in folded-text offsets, with its span in the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Start in the folded text.
    pub start: usize,
    /// End in the folded text.
    pub end: usize,
    /// Start in the input ([`NormalizedText::to_input`] of `start`).
    pub input_start: usize,
    /// End in the input.
    pub input_end: usize,
    /// The pattern that matched.
    pub pattern: u32,
    /// True when the original text of the hit is in capitals.
    pub upper: bool,
    /// True when the original text of the hit starts with a capital.
    pub capitalized: bool,
    /// True when the original text is exactly the surface of a [`CaseRule::Exact`] entry.
    pub exact: bool,
    /// The kinds of the entries that apply to the hit (those of [`Gazetteer::entries`]).
    pub(crate) kinds: Kinds,
}

/// The resolved hits of one scan, per layer, sorted by start, without overlap.
#[derive(Clone, Debug, Default)]
pub struct Hits {
    /// Names of things: states, demonyms, places, organisations.
    pub names: Vec<Hit>,
    /// Titles: honorifics, ranks and offices.
    pub titles: Vec<Hit>,
    /// Cues of themes, sorted by start (longest first), overlaps kept: cues of different
    /// themes may share words ("pensée extrémiste" shows ideology, "extrémiste" extremism).
    pub cues: Vec<Hit>,
    /// The words that anchor dates (numbers, months, weekdays…), as folded spans: dates are
    /// searched for only around them.
    pub date_anchors: Vec<(usize, usize)>,
    /// Head nouns of bodies ("Conseil", "ministère"), by start, where organisations may be
    /// named by their shape.
    pub heads: Vec<Hit>,
}

impl Hits {
    /// What the stages rely on: names and titles sorted without overlap, cues sorted, every
    /// hit's input span on char boundaries and in order with its folded span. Checked in debug
    /// builds after every scan.
    fn invariants_hold(&self, text: &NormalizedText<'_>) -> bool {
        let input = text.input();
        let apart = |list: &[Hit]| list.windows(2).all(|w| w[0].end <= w[1].start);
        let sound = |h: &Hit| {
            h.start < h.end
                && h.input_start <= h.input_end
                && input.is_char_boundary(h.input_start)
                && input.is_char_boundary(h.input_end)
                && h.input_start == text.to_input(h.start)
        };
        apart(&self.names)
            && apart(&self.titles)
            && self.cues.windows(2).all(|w| w[0].start <= w[1].start)
            && self
                .names
                .iter()
                .chain(&self.titles)
                .chain(&self.cues)
                .all(sound)
    }

    /// The bytes the lists hold.
    pub(crate) fn capacity(&self) -> usize {
        (self.names.capacity()
            + self.titles.capacity()
            + self.cues.capacity()
            + self.heads.capacity())
            * std::mem::size_of::<Hit>()
            + self.date_anchors.capacity() * std::mem::size_of::<(usize, usize)>()
    }
}

impl Gazetteer {
    #[cfg(any(test, feature = "unstable-internals"))]
    /// Scans a normalised document once and returns its resolved hits, and the anchors of
    /// its dates.
    pub fn scan(&self, text: &NormalizedText<'_>) -> Hits {
        self.scan_into(text, Hits::default())
    }

    /// [`scan`](Self::scan) into the lists of `hits` (their contents are dropped).
    pub(crate) fn scan_into(&self, text: &NormalizedText<'_>, mut hits: Hits) -> Hits {
        let folded = text.as_str();
        // Room for what press text holds, so that the lists seldom grow.
        let n = folded.len();
        for (list, per) in [
            (&mut hits.names, 48),
            (&mut hits.titles, 256),
            (&mut hits.cues, 128),
            (&mut hits.heads, 512),
        ] {
            list.clear();
            list.reserve(n / per + 4);
        }
        hits.date_anchors.clear();
        hits.date_anchors.reserve(n / 64 + 4);
        let bytes = folded.as_bytes();
        // The hits' state in one place, which the callback of every word reaches by one
        // pointer (not a closure of six built again for each word).
        let mut recorder = Recorder {
            gazetteer: self,
            text,
            hits,
            capitals: CapitalLines::default(),
            hint: 0,
            start: 0,
        };
        let mut words = boundary::words(folded);
        while let Some((start, word_end)) = words.next() {
            let head = crate::hash::head_at(bytes, start, word_end);
            recorder.start = start;
            let marked = self.index.hits_at(
                folded,
                (start, word_end),
                head,
                &mut words,
                |end, pattern| {
                    recorder.record(end, pattern);
                },
            );
            // As `dates::is_anchor_by_characters`, with the first eight bytes at hand (the
            // first is the low byte of `head`) and the last eight by one more load.
            let len = word_end - start;
            let anchor_by_characters = (head as u8).is_ascii_digit()
                || head & HIGH_BITS != 0
                || (len > 8
                    && (crate::hash::head_at(bytes, word_end - 8, word_end) & HIGH_BITS != 0
                        || (len > 16 && !bytes[start + 8..word_end - 8].is_ascii())));
            if marked || anchor_by_characters {
                recorder.hits.date_anchors.push((start, word_end));
            }
        }
        recorder.capitals = CapitalLines::default();
        recorder.hint = 0;
        self.index.loose_hits(folded, |start, end, pattern| {
            recorder.start = start;
            recorder.record(end, pattern);
        });
        let mut hits = recorder.hits;
        resolve(&mut hits.names);
        resolve(&mut hits.titles);
        hits.cues
            .sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
        debug_assert!(
            hits.invariants_hold(text),
            "the scan's hits break their invariants"
        );
        hits
    }
}

/// The scan's hits as they are recorded: the lists, the reader of lines in capitals, the
/// offset map's checkpoint of the last hit (they come by start), and the start of the word
/// whose hits are read.
struct Recorder<'g, 'a, 't> {
    gazetteer: &'g Gazetteer,
    text: &'a NormalizedText<'t>,
    hits: Hits,
    capitals: CapitalLines,
    hint: usize,
    start: usize,
}

impl Recorder<'_, '_, '_> {
    /// Adds the whole-word hit of `pattern` at `start..end` of the folded text (`start` the
    /// recorder's) to the layers of the entries that apply to its case.
    fn record(&mut self, end: usize, pattern: u32) {
        let Recorder {
            gazetteer,
            text,
            ref mut hits,
            ref mut capitals,
            ref mut hint,
            start,
        } = *self;
        let Some(info) = gazetteer.patterns.get(pattern as usize) else {
            return;
        };
        // Every stage wants the input span: mapped once, here.
        let (input_start, input_end) = text.to_input_range_from(start, end, hint);
        let (upper, capitalized, exact) = if info.any_case_rule {
            let original = &text.input()[input_start..input_end];
            let upper = is_all_caps(original);
            let exact = info.exact_rule
                && gazetteer
                    .exact
                    .get(&pattern)
                    .is_some_and(|surfaces| surfaces.iter().any(|s| **s == *original));
            // In a line in capitals, capitals tell no acronym or exact form from a word.
            let in_capitals =
                (upper || exact) && capitals.covers(text.input(), input_start, input_end);
            (
                upper && !in_capitals,
                starts_capitalised(original),
                exact && !in_capitals,
            )
        } else {
            (false, false, false)
        };
        // The kinds of the entries that apply (`Gazetteer::entries`), by case rule.
        let [any, capitalized_rule, upper_rule, exact_rule] = info.kinds;
        let mut kinds = any;
        for (rule, met) in [
            (capitalized_rule, capitalized),
            (upper_rule, upper),
            (exact_rule, exact),
        ] {
            if met {
                kinds = kinds.with(rule);
            }
        }
        let hit = Hit {
            start,
            end,
            input_start,
            input_end,
            pattern,
            upper,
            capitalized,
            exact,
            kinds,
        };
        for (kinds, list) in [
            (Kinds::NAMES, &mut hits.names),
            (Kinds::THEME_CUE, &mut hits.cues),
            (Kinds::TITLE, &mut hits.titles),
        ] {
            if hit.kinds.any(kinds) {
                push_longest_first(list, hit);
            }
        }
        if hit.kinds.any(Kinds::HEADS) {
            hits.heads.push(hit);
        }
    }
}

/// Pushes `hit` before the shorter hits that start where it does: the words' hits come by
/// start, so a list stays in the order of [`resolve`] and of the cues' sort (start, longest
/// first), whose sorts then only check it.
fn push_longest_first(list: &mut Vec<Hit>, hit: Hit) {
    let mut i = list.len();
    list.push(hit);
    while i > 0 && list[i - 1].start == hit.start && list[i - 1].end < hit.end {
        list.swap(i - 1, i);
        i -= 1;
    }
}

/// Keeps the longest hit at the leftmost start, then the next hit that starts after it.
fn resolve(hits: &mut Vec<Hit>) {
    hits.sort_unstable_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut end = 0;
    hits.retain(|h| {
        if h.start >= end {
            end = h.end;
            true
        } else {
            false
        }
    });
}

/// True when `s` starts with a capital, or with the Arabic article before one ("al-Qaïda",
/// "el-Fasher", "al Qaïda": the name's capital follows the article, as French press writes it).
fn starts_capitalised(s: &str) -> bool {
    let first_is_upper = |s: &str| s.chars().next().is_some_and(char::is_uppercase);
    let after_article = |rest: &str| match rest.strip_prefix('-') {
        Some(name) => first_is_upper(name),
        None => {
            let gap = crate::text::blank::soft_gap(rest);
            gap > 0 && first_is_upper(&rest[gap..])
        }
    };
    first_is_upper(s)
        || ["al", "el"]
            .iter()
            .any(|article| s.strip_prefix(article).is_some_and(after_article))
}

/// True when `s` has an upper-case letter and no lower-case one ("RDC", "M.", "S.E.").
pub(crate) fn is_all_caps(s: &str) -> bool {
    // One pass, which ends at the first lower-case letter (most words' second).
    let mut upper = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        upper |= c.is_uppercase();
    }
    upper
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_capital_after_the_arabic_article_starts_a_capitalised_name() {
        for name in [
            "Qaïda",
            "al-Qaïda",
            "el-Fasher",
            "al Qaïda",
            "al\u{a0}Qaïda",
            "el\n Fasher",
            "Al-Qaïda",
            "Émir",
        ] {
            assert!(starts_capitalised(name), "{name}");
        }
        for word in [
            "qaïda",
            "al-qaïda",
            "ali",
            "al-",
            "el",
            "",
            "l-Qaïda",
            "alQaïda",
            "alé",
            "al\n\nQaïda",
        ] {
            assert!(!starts_capitalised(word), "{word}");
        }
    }

    proptest::proptest! {
        /// The one-pass test is the definition: a capital, and no lower-case letter.
        #[test]
        fn all_caps_in_one_pass_is_the_definition(s in "[A-Za-zÉéß. '’\u{301}-]{0,8}") {
            let definition =
                s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase);
            proptest::prop_assert_eq!(is_all_caps(&s), definition);
        }
    }
}
