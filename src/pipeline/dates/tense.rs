//! The tense of the clause around a weekday, which says which of two weekdays it names: the
//! last one ("le ministre s'est rendu à Niamey vendredi") or the coming one ("le ministre se
//! rendra à Niamey vendredi", "la réunion, prévue vendredi", "doit se tenir vendredi").

use crate::text::boundary::{ceil_char_boundary, floor_char_boundary};
use crate::text::NormalizedText;

/// How far from the weekday a marker of its tense is looked for, in bytes.
const REACH: usize = 96;

/// The French future by its endings ("rendra", "tiendront"): nouns that end so.
const NOT_FUTURES: [&str; 12] = [
    "sahara", "camera", "opera", "cholera", "ankara", "extra", "ultra", "cobra", "sierra",
    "contra", "mantra", "tiara",
];

/// What ends a sentence, folded.
const SENTENCE_ENDS: [char; 5] = ['.', '!', '?', ';', '\n'];

/// What parts a sentence into clauses, folded (and the words "et", "mais", "puis").
const PART_ENDS: [char; 5] = [',', '(', ')', '"', ':'];

/// What a word of a clause says of its time: the future, the past, or nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Tense {
    Future,
    Past,
}

/// True when the clause of the weekday at `start..end` of the folded text is about the future:
/// the marker of a tense nearest to it (before it on a tie), in its own part of the sentence
/// (between commas, brackets, a colon or "et", "mais", "puis") if it has one, or else in its
/// sentence, is a future ("se rendra", "doit se tenir", "va signer", "prévue", "attendu",
/// "reportée à").
pub(super) fn in_the_future(text: &NormalizedText<'_>, start: usize, end: usize) -> bool {
    let folded = text.as_str();
    let lo = floor_char_boundary(folded, start.saturating_sub(REACH));
    let hi = ceil_char_boundary(folded, end.saturating_add(REACH).min(folded.len()));
    // Without a future's letters around it (most weekdays), no walk: the last weekday.
    if !holds_a_future(&folded.as_bytes()[lo..hi]) {
        return false;
    }
    // The first marker each way, walking out from the weekday word by word to its sentence's
    // end: how far it stands, whether it is before, whether it is in the weekday's part.
    let first_marker = |words: &mut dyn Iterator<Item = (usize, usize)>, after: bool| {
        let mut edge = if after { end } else { start };
        let mut in_part = true;
        for (s, e) in words {
            let gap = if after {
                &folded[edge..s]
            } else {
                &folded[e..edge]
            };
            if gap.contains(SENTENCE_ENDS) {
                return None;
            }
            in_part &= !gap.contains(PART_ENDS);
            edge = if after { e } else { s };
            if matches!(&folded[s..e], "et" | "mais" | "puis") {
                in_part = false;
            } else if let Some(tense) = tense_at(text, s, e, hi) {
                let distance = if after { s - end } else { start - e };
                return Some((!in_part, distance, after, tense));
            }
        }
        None
    };
    let before = first_marker(&mut words_before(folded, lo, start), false);
    let after = first_marker(&mut words_after(folded, end, hi), true);
    // (Out of the part last, then the nearest, then the one before.)
    let nearest = match (before, after) {
        (Some(b), Some(a)) => Some(b.min(a)),
        (b, a) => b.or(a),
    };
    nearest.is_some_and(|(_, _, _, tense)| tense == Tense::Future)
}

/// True when `window` (folded) holds the letters of a marker of the future: a future's end
/// ("-ra", "-ront"), "va ", "vont", "doi-", "devr-", "prevu", "attendu", "report-", "repouss-";
/// one pass over its bytes, before any walk over its words.
fn holds_a_future(window: &[u8]) -> bool {
    let followed_by = |i: usize, tail: &[u8]| window[i + 1..].starts_with(tail);
    window.iter().enumerate().any(|(i, &b)| match b {
        b'r' => {
            (followed_by(i, b"a")
                && !window
                    .get(i + 2)
                    .is_some_and(|&c| c.is_ascii_alphanumeric()))
                || followed_by(i, b"ont")
                || followed_by(i, b"eport")
                || followed_by(i, b"epouss")
        }
        b'v' => followed_by(i, b"a ") || followed_by(i, b"ont"),
        b'd' => followed_by(i, b"oi") || followed_by(i, b"evr"),
        b'p' => followed_by(i, b"revu"),
        b'a' => followed_by(i, b"ttendu"),
        _ => false,
    })
}

/// True for the bytes of a word of the folded text (a byte of a character outside ASCII is
/// taken as a letter's: folding leaves few others).
fn in_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'\'' || b >= 0x80
}

/// The words of `folded[from..to]`, first to last, as spans.
fn words_after(folded: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = &folded.as_bytes()[..to];
    let mut at = from;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(|&b| in_word(b))?;
        let end = bytes[start..]
            .iter()
            .position(|&b| !in_word(b))
            .map_or(to, |i| start + i);
        at = end;
        Some((start, end))
    })
}

/// The words of `folded[from..to]`, last to first, as spans.
fn words_before(folded: &str, from: usize, to: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = &folded.as_bytes()[from..to];
    let mut at = to - from;
    std::iter::from_fn(move || {
        let end = bytes[..at].iter().rposition(|&b| in_word(b))? + 1;
        let start = bytes[..end]
            .iter()
            .rposition(|&b| !in_word(b))
            .map_or(0, |i| i + 1);
        at = start;
        Some((from + start, from + end))
    })
}

/// The tense that the word at `at..end` of the folded text marks, if any, given the words
/// after it up to `to` ("va" before an infinitive, "reportée" before "à").
fn tense_at(text: &NormalizedText<'_>, at: usize, end: usize, to: usize) -> Option<Tense> {
    let folded = text.as_str();
    // (Every marker ends with one of these letters: most words are none, told by one byte.)
    if !matches!(folded.as_bytes()[end - 1], b'a' | b'e' | b's' | b't' | b'u') {
        return None;
    }
    // "s'est": the word after the elision.
    let word = &folded[at..end];
    let word = match word.as_bytes().iter().rposition(|&b| b == b'\'') {
        Some(i) => &word[i + 1..],
        None => word,
    };
    let mut following = words_after(folded, end, to).map(|(s, e)| &folded[s..e]);
    let tense = match word {
        "va" | "vont" | "doit" | "doivent" | "devrait" | "devraient" => {
            // (Past an object pronoun: "va se rendre", "doit lui remettre".)
            let next = following.next().unwrap_or("");
            let verb = if matches!(
                next,
                "se" | "s'" | "y" | "en" | "lui" | "leur" | "le" | "la"
            ) {
                following.next().unwrap_or("")
            } else {
                next
            };
            let verb = verb.rsplit('\'').next().unwrap_or(verb);
            (verb.ends_with("er") || verb.ends_with("ir") || verb.ends_with("re"))
                .then_some(Tense::Future)?
        }
        "prevu" | "prevue" | "prevus" | "prevues" | "attendu" | "attendue" | "attendus"
        | "attendues" => Tense::Future,
        "reporte" | "reportee" | "reportes" | "reportees" | "repousse" | "repoussee"
        | "repousses" | "repoussees" => {
            matches!(following.next(), Some("a" | "au" | "jusqu'a")).then_some(Tense::Future)?
        }
        // "a" is the auxiliary, not "à" (which folds to it).
        "a" => {
            let input = &text.input()[text.to_input(end - 1)..];
            (input.starts_with(['a', 'A']) && !input[1..].starts_with('\u{300}'))
                .then_some(Tense::Past)?
        }
        "ont" | "avait" | "avaient" | "est" | "sont" | "etait" | "etaient" | "eu" | "ete"
        | "devait" | "devaient" => Tense::Past,
        _ if (word.ends_with("ra") || word.ends_with("ront"))
            && word.len() >= 4
            && !NOT_FUTURES.contains(&word) =>
        {
            Tense::Future
        }
        _ => return None,
    };
    Some(tense)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the weekday "vendredi" of `text` (folded) is in a clause about the future.
    fn future(text: &str) -> bool {
        let text = NormalizedText::new(text);
        let start = text.as_str().find("vendredi").expect("a weekday");
        in_the_future(&text, start, start + "vendredi".len())
    }

    #[test]
    fn a_future_near_the_weekday_makes_it_coming() {
        for text in [
            "Le ministre se rendra au Niger vendredi.",
            "Vendredi, le ministre se rendra au Niger.",
            "Le ministre se rendra vendredi à Niamey.",
            "Le ministre doit se rendre au Niger vendredi.",
            "Le ministre va signer l'accord vendredi.",
            "Le sommet prévu vendredi a été reporté.",
            "Le ministre est attendu vendredi à Niamey.",
            "La réunion de jeudi a été reportée à vendredi.",
        ] {
            assert!(future(text), "{text}");
        }
    }

    #[test]
    fn weekdays_resolve_by_their_tense() {
        // The reference is Tuesday 14 March 2023.
        super::super::tests::check(
            "Le ministre s'est rendu à Niamey vendredi et se rendra à Dakar jeudi. Mardi, il \
             signera l'accord.",
            Some("2023-03-14"),
            &[
                ("vendredi", Some("2023-03-10")),
                ("jeudi", Some("2023-03-16")),
                ("Mardi", Some("2023-03-14")),
            ],
        );
    }

    #[test]
    fn a_past_or_no_tense_keeps_the_last_weekday() {
        for text in [
            "Le ministre s’est rendu au Niger vendredi.",
            "Le ministre, qui s'est rendu au Niger vendredi, rencontrera son homologue.",
            "Vendredi, le ministre a signé l'accord. Il se rendra à Dakar.",
            "Le ministre a signé vendredi à Niamey l'accord.",
            "Le ministre se rend au Niger vendredi.",
            "L'attaque de vendredi dans le Sahara.",
            "Ils sont attendus au salon qui devait être inauguré ce vendredi.",
        ] {
            assert!(!future(text), "{text}");
        }
    }
}
