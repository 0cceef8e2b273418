//! The words around an office's known part that are the office's: a prefix ("vice-"), an
//! ordinal that ranks it ("2e vice-président"), "par intérim", and a rank's class ("matelot
//! de 2e classe"); and the remit after it that is not its own ("… du Secrétaire général pour
//! l'Afrique de l'Ouest", "le chef de l'État pour la contribution …").

use super::super::phrase::FoldedWord;
use crate::gazetteer::Hit;
use crate::text::blank::{blank, is_soft_gap, phrase_len, soft_gap, Blank};
use crate::text::boundary::floor_char_boundary;

/// The end of the office at `start..end` whose portfolio reaches `portfolio`, cut before a
/// remit ("pour …") that is not its own: the first office's when another serves this one
/// ("Représentant spécial du Secrétaire général pour l'Afrique de l'Ouest"), or the sentence's
/// purpose, in lower case, after an office that names its portfolio already ("remercie le
/// chef de l'État pour la contribution …"; "d'État" names a rank, "secrétaire d'État pour
/// l'environnement" keeps its remit).
pub(super) fn without_a_remit_of_others(
    input: &str,
    titles: &[Hit],
    start: usize,
    end: usize,
    portfolio: usize,
) -> usize {
    if portfolio <= end {
        return portfolio;
    }
    // "pour" between blanks.
    let Some(at) = input[end..portfolio]
        .match_indices("pour")
        .map(|(at, _)| end + at)
        .find(|&at| {
            input[..at].ends_with(char::is_whitespace)
                && input[at + 4..].starts_with(char::is_whitespace)
        })
    else {
        return portfolio;
    };
    let purpose = || {
        let object = input[at + 4..portfolio].trim_start();
        let object = ["la", "le", "les"]
            .iter()
            .find_map(|a| {
                object
                    .strip_prefix(a)
                    .filter(|rest| rest.starts_with(char::is_whitespace))
            })
            .or_else(|| ["l'", "l’"].iter().find_map(|a| object.strip_prefix(a)))
            .unwrap_or(object)
            .trim_start();
        object.starts_with(char::is_lowercase)
            && input[start..at].split_whitespace().any(|w| {
                let w = FoldedWord::of(w);
                let w = w.as_str();
                matches!(w, "de" | "du" | "des")
                    || (w.starts_with("d'") && !w.starts_with("d'etat"))
            })
    };
    if served_by_an_office(input, titles, start) || purpose() {
        input[..at].trim_end().len()
    } else {
        portfolio
    }
}

/// True when the office at `start` is whom another office serves: a known office, then "du",
/// "de la", "de l'" or "des" right before it ("Représentant spécial du Secrétaire général"),
/// so that a remit after it ("pour l'Afrique de l'Ouest") is the first office's.
fn served_by_an_office(input: &str, titles: &[Hit], start: usize) -> bool {
    let before = input[..start].trim_end_matches(|c| blank(c) != Blank::No);
    let Some(connector) = ["du", "de la", "de l'", "de l’", "des"].iter().find(|c| {
        before.len() > c.len()
            && before
                .get(before.len() - c.len()..)
                .is_some_and(|tail| tail.eq_ignore_ascii_case(c))
            && before[..before.len() - c.len()].ends_with(|c: char| blank(c) != Blank::No)
    }) else {
        return false;
    };
    let office_end = before[..before.len() - connector.len()]
        .trim_end_matches(|c| blank(c) != Blank::No)
        .len();
    titles
        .binary_search_by_key(&office_end, |t| t.input_end)
        .is_ok()
}

/// The length of the prefix of offices glued before `start` in the input ("vice-", "co-",
/// "ex-", "sous-", in any case), 0 when there is none.
pub(super) fn office_prefix(input: &str, start: usize) -> usize {
    let Some(before) = input[..start].strip_suffix('-') else {
        return 0;
    };
    ["vice", "co", "ex", "sous"]
        .iter()
        .find(|p| {
            before.len() >= p.len()
                && before
                    .get(before.len() - p.len()..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(p))
                && !before[..before.len() - p.len()]
                    .chars()
                    .next_back()
                    .is_some_and(char::is_alphanumeric)
        })
        .map_or(0, |p| p.len() + 1)
}

/// The length of an ordinal and one space right before `start` ("2e ", "1er ", "deuxième ",
/// "second "), which rank an office among its peers; 0 when there is none.
pub(super) fn ordinal_before(input: &str, start: usize) -> usize {
    // One blank run, a line break at most, between the ordinal and the office.
    let before = input[..start].trim_end_matches(|c| blank(c) != Blank::No);
    if before.len() == start || !is_soft_gap(&input[before.len()..start]) {
        return 0;
    }
    // (Every ordinal ends with "e", "r", "d", "è" or "È" (whose last bytes are 0xA8, 0x88)
    // or a combining grave accent (0x80), in either case, and none is a word of two letters
    // but "2e": most words before an office, "la", "du", "le", are turned away by a byte or
    // two.)
    let bytes = before.as_bytes();
    let two_letters = bytes.len() >= 3
        && bytes[bytes.len() - 3] == b' '
        && !bytes[bytes.len() - 2].is_ascii_digit();
    if !matches!(
        bytes.last(),
        Some(b'e' | b'r' | b'd' | b'E' | b'R' | b'D' | 0xA8 | 0x88 | 0x80)
    ) || two_letters
    {
        return 0;
    }
    let in_word = |c: char| c.is_alphanumeric() || crate::text::boundary::is_mark(c);
    let word_start = before.rfind(|c: char| !in_word(c)).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = &before[word_start..];
    // (Words are folded only past a first letter an ordinal in words may have.)
    let ordinal = if word.starts_with(|c: char| c.is_ascii_digit()) {
        crate::lexicon::is_ordinal(&crate::text::fold_str(word))
    } else if word.len() >= 6
        && word.starts_with(['p', 'P', 's', 'S', 'd', 'D', 't', 'T', 'q', 'Q', 'c', 'C'])
    {
        // (Folded: any case, accents as letters or as marks.)
        let folded = crate::text::fold_str(word);
        // ("le premier président de la CEDEAO" is the first to hold the office: "premier"
        // ranks only deputies, counsellors and secretaries, "premier vice-président".)
        let ranked_by_premier = || {
            let office =
                crate::text::fold_str(&input[start..floor_char_boundary(input, start + 12)]);
            ["vice", "conseill", "secretaire"]
                .iter()
                .any(|head| office.starts_with(head))
        };
        crate::lexicon::is_ordinal(&folded)
            && (!folded.starts_with("premier") || ranked_by_premier())
    } else {
        false
    };
    if ordinal {
        start - word_start
    } else {
        0
    }
}

/// "par intérim" stays in the office ("Secrétaire général par intérim").
pub(super) fn extend_interim(input: &str, end: usize) -> usize {
    let rest = &input[end..];
    let gap = soft_gap(rest);
    if !rest[gap..].starts_with('p') {
        return end;
    }
    ["par intérim", "par interim"]
        .iter()
        .find_map(|p| phrase_len(&rest[gap..], p))
        .map_or(end, |len| end + gap + len)
}

/// "de 1re classe", "de deuxième classe", "2ème Classe" stay in the rank ("matelot de 2e
/// classe", "Quartier Maitre de 2ème Classe").
pub(super) fn extend_class(input: &str, end: usize) -> usize {
    // The next word after a soft gap at `at`, and where it ends.
    let word = |at: usize| {
        let gap = soft_gap(&input[at..]);
        (gap > 0).then(|| {
            let rest = &input[at + gap..];
            let len = rest
                .find(|c: char| !crate::text::boundary::is_word_char(c))
                .unwrap_or(rest.len());
            (&rest[..len], at + gap + len)
        })
    };
    // True when `word` in lower case is `lower` (an ASCII word compared without a copy).
    let is = |word: &str, lower: &str| {
        if word.is_ascii() {
            word.eq_ignore_ascii_case(lower)
        } else {
            word.to_lowercase() == lower
        }
    };
    // Every word it may start with ("de", an ordinal) starts with one of these letters in
    // lower case, and only a capital of ASCII lowers to ASCII: nothing to read otherwise.
    let next = input[end..].trim_start_matches(|c| blank(c) != Blank::No);
    if next.bytes().next().map_or(true, |b| {
        b.is_ascii() && !b"dps123".contains(&b.to_ascii_lowercase())
    }) {
        return end;
    }
    let Some((mut first, mut at)) = word(end) else {
        return end;
    };
    if is(first, "de") {
        let Some(next) = word(at) else {
            return end;
        };
        (first, at) = next;
    }
    if !crate::lexicon::is_ordinal(&crate::text::fold_str(first)) {
        return end;
    }
    match word(at) {
        Some((class, class_end)) if is(class, "classe") => class_end,
        _ => end,
    }
}
