//! Names coordinated with a name found: "Olivier Kambou et Oswald Hémédé ont été arrêtés",
//! "Oswald Hémédé et Olivier Kambou", whatever their given names.
//!
//! A run of two to four capitalised words joined by "et" to a name already found, on the
//! same side of a clause, is a name too: French coordinates like with like. The run must
//! hold no other mention (an organisation or a place coordinated with a person is found
//! before) and must stop where the name would ("Olivier Kambou et Oswald Hémédé, ministre").

use super::after_nouns::found_untitled;
use super::speakers::joined;
use super::words::{is_capitalised, Word};
use super::{name_from, FoundNames, Reader};
use crate::lexicon::SENTENCE_OPENERS;
use crate::text::blank::{blank, blank_run, is_soft_gap, Blank};

/// The names of two to four words joined by "et" to a name found before, after it or before
/// it.
#[inline(never)]
pub(super) fn coordinated_with_names(cx: Reader<'_, '_>, names: &mut FoundNames) {
    let (input, candidates, mentions) = (cx.input, cx.candidates, cx.mentions);
    // Only the names found so far anchor a coordinated one (not those it finds).
    // (In the working vector of the last document.)
    let mut anchors = std::mem::take(&mut names.spare.spans);
    anchors.clear();
    anchors.extend(names.found.iter().map(|f| (f.start, f.end)));
    for &(start, end) in &anchors {
        // Most names have no "et" on either side: told by the text around them, before the
        // runs of words are looked for.
        let (et_after, et_before) = (et_after(input, end), et_before(input, start));
        if !(et_after || et_before) {
            continue;
        }
        // After: "… et Oswald Hémédé".
        let after = if et_after {
            run_from(
                input,
                candidates,
                candidates.partition_point(|w| w.start < end),
            )
        } else {
            &[]
        };
        // Before: "Oswald Hémédé et …".
        let before = if et_before {
            run_to(
                input,
                candidates,
                candidates.partition_point(|w| w.end <= start),
            )
        } else {
            &[]
        };
        for (run, gap) in [
            (after, after.first().map(|w| &input[end..w.start])),
            (before, before.last().map(|w| &input[w.end..start])),
        ] {
            let (Some(first), Some(last), Some(gap)) = (run.first(), run.last(), gap) else {
                continue;
            };
            if !is_and(gap)
                || !(2..=4).contains(&run.len())
                || SENTENCE_OPENERS.contains(&first.text)
                || !run.iter().all(|w| is_capitalised(w.text))
                || names.covered.covers(first.start, last.end)
                || mentions.overlaps_any(first.start, last.end)
            {
                continue;
            }
            if let Some((name_end, n)) = name_from(input, *first, mentions, false) {
                if name_end == last.end && n >= 2 {
                    found_untitled(
                        &mut names.found,
                        &mut names.covered,
                        first.start,
                        name_end,
                        n,
                    );
                }
            }
        }
    }
    names.spare.spans = anchors;
}

/// True when `gap` is "et" between two soft gaps (blanks, one line break at most).
fn is_and(gap: &str) -> bool {
    // "et" can only follow the gap's first blanks: the end of their run is where to look (a
    // gap may be long, and a search for "et" costs a searcher's set-up).
    let at = match gap.as_bytes() {
        // Most gaps are one space and a word ("et" or another), or no blank at all.
        [b' ', b, ..] if b.is_ascii_graphic() => 1,
        [b, ..] if b.is_ascii_graphic() => return false,
        _ => blank_run(gap, 0).0,
    };
    gap[at..].starts_with("et") && is_soft_gap(&gap[..at]) && is_soft_gap(&gap[at + 2..])
}

/// True when "et" may follow a name that ends at `end`: it starts the text after the blanks
/// there (what [`is_and`] asks of the gap to the next word, read without that word).
fn et_after(input: &str, end: usize) -> bool {
    let rest = &input[end..];
    rest[blank_run(rest, 0).0..].starts_with("et")
}

/// True when "et" may come before a name that starts at `start`: it ends the text before the
/// blanks there (what [`is_and`] asks of the gap from the word before).
fn et_before(input: &str, start: usize) -> bool {
    input[..start]
        .trim_end_matches(|c| blank(c) != Blank::No)
        .ends_with("et")
}

/// The run of capitalised words that starts at candidate `i`, each past a soft gap.
fn run_from<'c, 'h>(input: &str, candidates: &'c [Word<'h>], i: usize) -> &'c [Word<'h>] {
    let mut j = (i + 1).min(candidates.len());
    while j < candidates.len() && joined(input, &candidates[j - 1], &candidates[j]) {
        j += 1;
    }
    &candidates[i.min(candidates.len())..j]
}

/// The run of capitalised words that ends at candidate `i - 1`, each past a soft gap.
fn run_to<'c, 'h>(input: &str, candidates: &'c [Word<'h>], i: usize) -> &'c [Word<'h>] {
    if i == 0 {
        return &[];
    }
    let mut j = i - 1;
    while j > 0 && joined(input, &candidates[j - 1], &candidates[j]) {
        j -= 1;
    }
    &candidates[j..i]
}

#[cfg(test)]
mod tests {
    use super::super::testing::{pair, persons as names};

    proptest::proptest! {
        /// "et" between soft gaps is found where the definition finds it: at the first "et"
        /// of the gap.
        #[test]
        fn and_is_the_first_et_between_soft_gaps(gap in "[ \t\r\n\u{a0}et,a]{0,12}") {
            let defined = gap.find("et").is_some_and(|at| {
                crate::text::blank::is_soft_gap(&gap[..at])
                    && crate::text::blank::is_soft_gap(&gap[at + 2..])
            });
            proptest::prop_assert_eq!(super::is_and(&gap), defined);
        }

        /// Where a gap between two words is "et", the text around it tells so: the looks at
        /// the text before and after a name never miss an "et" that parts it from a run.
        #[test]
        fn et_in_a_gap_is_seen_from_either_side(
            text in "[ \t\r\n\u{a0}et,aX]{0,14}",
            from in 0usize..20,
            to in 0usize..20,
        ) {
            let (from, to) = (from.min(text.len()), to.min(text.len()));
            let gap = (from <= to).then(|| text.get(from..to)).flatten();
            if gap.is_some_and(super::is_and) {
                proptest::prop_assert!(super::et_after(&text, from));
                proptest::prop_assert!(super::et_before(&text, to));
            }
        }
    }

    #[test]
    fn a_name_coordinated_with_a_name_found_is_a_name() {
        assert_eq!(
            names("Olivier Kambou et Osvald Hémédé ont été arrêtés mardi."),
            [
                pair("Olivier Kambou", "Olivier Kambou"),
                pair("Osvald Hémédé", "Osvald Hémédé")
            ]
        );
        assert_eq!(
            names("Le juge a entendu Osvald Hémédé et Olivier Kambou hier."),
            [
                pair("Osvald Hémédé", "Osvald Hémédé"),
                pair("Olivier Kambou", "Olivier Kambou")
            ]
        );
        // Wrapped, the same names.
        assert_eq!(
            names("Olivier Kambou et\nOsvald Hémédé ont été arrêtés mardi."),
            [
                pair("Olivier Kambou", "Olivier Kambou"),
                pair("Osvald Hémédé", "Osvald Hémédé")
            ]
        );
    }

    #[test]
    fn no_name_from_one_word_an_opener_or_a_mention() {
        // One word, a sentence opener, a known organisation or state.
        assert_eq!(
            names("Olivier Kambou et Hémédé ont été arrêtés."),
            [pair("Olivier Kambou", "Olivier Kambou")]
        );
        assert_eq!(
            names("Olivier Kambou et Boko Haram se sont affrontés."),
            [pair("Olivier Kambou", "Olivier Kambou")]
        );
        assert_eq!(
            names("Olivier Kambou et Burkina Faso ont signé."),
            [pair("Olivier Kambou", "Olivier Kambou")]
        );
        assert_eq!(
            names("Selon Osvald Hémédé et Olivier Kambou, rien."),
            [pair("Olivier Kambou", "Olivier Kambou")]
        );
    }
}
