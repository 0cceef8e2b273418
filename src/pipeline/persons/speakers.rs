//! FoundNames as the subject of a verb of speech, whatever their given name: "Arvin Ramdin a
//! affirmé", "Mahen Koonjoo récuse", "Percy Lam Tong aussi déplore", or after it when it
//! follows a quotation ("« … », souligne Kossi Agbeko").
//!
//! A run of two to four capitalised words opening a clause (at a line's or a sentence's start,
//! after a comma, a colon or "et") and followed by a verb of speech or judgement (present, or
//! passé composé with "a") is a person's name: organisations that speak are known to the
//! gazetteer and were found before, and a run that holds any other mention is not read.

use super::after_nouns::found_untitled;
use super::words::{is_capitalised, next_word, Word};
use super::{name_from, FoundNames, Reader};
use crate::lexicon::SENTENCE_OPENERS;
use crate::text::blank::{blank, is_soft_gap, soft_gap, Blank};

/// Verbs of speech and judgement in the third person singular of the present, lower case,
/// sorted by bytes (searched by halves).
const SAYS: [&str; 34] = [
    "affirme",
    "ajoute",
    "annonce",
    "assure",
    "confie",
    "considère",
    "dit",
    "déclare",
    "dénonce",
    "déplore",
    "estime",
    "explique",
    "indique",
    "insiste",
    "juge",
    "martèle",
    "note",
    "observe",
    "pense",
    "plaide",
    "précise",
    "prévient",
    "raconte",
    "rappelle",
    "rassure",
    "reconnait",
    "reconnaît",
    "regrette",
    "réagit",
    "récuse",
    "salue",
    "souligne",
    "soutient",
    "témoigne",
];

/// Their past participles after "a" ("a affirmé"), lower case, sorted by bytes.
const SAID: [&str; 33] = [
    "affirmé",
    "ajouté",
    "annoncé",
    "assuré",
    "confié",
    "considéré",
    "dit",
    "déclaré",
    "dénoncé",
    "déploré",
    "estimé",
    "expliqué",
    "indiqué",
    "insisté",
    "jugé",
    "martelé",
    "noté",
    "observé",
    "plaidé",
    "précisé",
    "prévenu",
    "raconté",
    "rappelé",
    "rassuré",
    "reconnu",
    "regretté",
    "réagi",
    "récusé",
    "réitéré",
    "salué",
    "souligné",
    "soutenu",
    "témoigné",
];

/// Adverbs between a subject and its verb ("Percy Lam Tong aussi déplore").
const BETWEEN: [&str; 4] = ["aussi", "également", "encore", "lui-même"];

/// The names of two to four words that open a clause before a verb of speech, or before a
/// comma and a participle of birth or an age.
#[inline(never)]
pub(super) fn before_speech_verbs(cx: Reader<'_, '_>, names: &mut FoundNames) {
    let (input, candidates, mentions) = (cx.input, cx.candidates, cx.mentions);
    let FoundNames { found, covered, .. } = names;
    for (k, last) in candidates.iter().enumerate() {
        // A run of two words or more ends at `k`: the word before is joined to it (most
        // candidates are far from the one before: the cheapest test first).
        if k == 0 || !joined(input, &candidates[k - 1], last) {
            continue;
        }
        // A run ends before a verb: a word in lower case after its last word, and no
        // capitalised word joined to it.
        // (Or a comma and a participle of birth or an age: "Gokmen Tanis, né en Turquie".)
        let born =
            input.as_bytes().get(last.end) == Some(&b',') && born_or_aged_after(input, last.end);
        if !(born || lower_case_after(input, last.end))
            || candidates
                .get(k + 1)
                .is_some_and(|next| joined(input, last, next))
        {
            continue;
        }
        // The run of capitalised words that ends at `k`, each past a soft gap after the last
        // (read back five words at most: a longer run is no name).
        let mut i = k - 1;
        while i > 0 && k - i < 4 && joined(input, &candidates[i - 1], &candidates[i]) {
            i -= 1;
        }
        let run = &candidates[i..=k];
        let first = &run[0];
        if !(2..=4).contains(&run.len())
            || !opens_clause(input, first.start)
            || !(born || says_after(input, last.end))
            || SENTENCE_OPENERS.contains(&first.text)
            || !run.iter().all(|w| is_capitalised(w.text))
            || covered.covers(first.start, last.end)
            || mentions.overlaps_any(first.start, last.end)
        {
            continue;
        }
        if let Some((end, n)) = name_from(input, *first, mentions, false) {
            if end == last.end && n >= 2 {
                found_untitled(found, covered, first.start, end, n);
            }
        }
    }
}

/// The names of two to four words after a verb of speech that follows a quotation, as the
/// press inverts them: "« … », souligne Kossi Agbeko, ancien ministre", "« … », a déclaré
/// Tavo Rubérou." (the verb after the closing quote and its comma).
#[inline(never)]
pub(super) fn after_quoted_speech(cx: Reader<'_, '_>, names: &mut FoundNames) {
    let (input, mentions) = (cx.input, cx.mentions);
    let FoundNames { found, covered, .. } = names;
    // Each closing quote ('"', the last bytes of "»" and "”"), found by one search of three
    // bytes at once (a few per document): what follows it is read, not what precedes every
    // capitalised word.
    let bytes = input.as_bytes();
    for at in memchr::memchr3_iter(b'"', 0xBB, 0x9D, bytes) {
        let closes = match bytes[at] {
            b'"' => true,
            0xBB => at >= 1 && bytes[at - 1] == 0xC2,
            _ => at >= 2 && bytes[at - 2] == 0xE2 && bytes[at - 1] == 0x80,
        };
        let Some(first) = closes.then(|| speaker_after(input, at + 1)).flatten() else {
            continue;
        };
        if !is_capitalised(first.text)
            || SENTENCE_OPENERS.contains(&first.text)
            || covered.covers(first.start, first.end)
        {
            continue;
        }
        if let Some((end, n)) = name_from(input, first, mentions, false) {
            if (2..=4).contains(&n) && !mentions.overlaps_any(first.start, end) {
                found_untitled(found, covered, first.start, end, n);
            }
        }
    }
}

/// The first word after a verb of speech that follows the quote ending at `at`, past its
/// comma: "», souligne Sogo …", "», a déclaré Tavo …" (each word past a soft gap).
fn speaker_after(input: &str, at: usize) -> Option<Word<'_>> {
    let rest = &input[at..];
    let rest = &rest[soft_gap(rest)..];
    let comma = input.len() - rest.strip_prefix(',')?.len();
    let next = |from: usize| {
        next_word(input, from).filter(|w| w.start > from && is_soft_gap(&input[from..w.start]))
    };
    // (Accents as combining marks, from macOS and some sites: the word and the list folded
    // alike, "de\u{301}clare\u{301}" as "déclaré".)
    let said = |word: &str, list: &[&str]| {
        if word.contains(['\u{300}', '\u{301}', '\u{302}']) {
            let folded = crate::text::fold_str(word);
            list.iter().any(|v| crate::text::fold_str(v) == folded)
        } else {
            list.binary_search(&word).is_ok()
        }
    };
    let verb = next(comma)?;
    let last = if verb.text == "a" {
        next(verb.end).filter(|p| said(p.text, &SAID))?
    } else {
        Some(verb).filter(|v| said(v.text, &SAYS))?
    };
    next(last.end)
}

/// True when word `b` follows word `a` past a soft gap (most words are farther apart than a
/// gap of blanks may be long).
#[inline]
pub(super) fn joined(input: &str, a: &Word<'_>, b: &Word<'_>) -> bool {
    const LONGEST_GAP: usize = 8;
    b.start - a.end <= LONGEST_GAP && is_soft_gap(&input[a.end..b.start])
}

/// True when `at` opens a clause: the text's start, after a blank line, a sentence's end, a
/// comma, a colon, an opening quote or "et" (a single line break is a blank: text wrapped).
fn opens_clause(input: &str, at: usize) -> bool {
    let before = input[..at].trim_end_matches(|c| blank(c) != Blank::No);
    let gap = &input[before.len()..at];
    before.is_empty()
        || (!gap.is_empty() && !is_soft_gap(gap))
        || before.ends_with(['.', '!', '?', ',', ':', ';', '«', '"', '“'])
        || before
            .strip_suffix("et")
            .is_some_and(|b| b.ends_with(|c| blank(c) != Blank::No))
}

/// True when a verb of speech follows `end`, past one blank and an adverb at most.
fn says_after(input: &str, end: usize) -> bool {
    // Most runs go on with a capital, a digit or punctuation: no verb.
    if !lower_case_after(input, end) {
        return false;
    }
    let Some(mut word) = next_after_blank(input, end) else {
        return false;
    };
    if BETWEEN.contains(&word.text) {
        match next_after_blank(input, word.end) {
            Some(next) => word = next,
            None => return false,
        }
    }
    if word.text == "a" {
        return next_after_blank(input, word.end)
            .is_some_and(|w| SAID.binary_search(&w.text).is_ok());
    }
    SAYS.binary_search(&word.text).is_ok()
}

/// True when a comma at `end` and a participle of birth or an age follow the run ("Gokmen
/// Tanis, né en Turquie", "Awa Diallo, âgée de 30 ans"): who is born or aged is a person.
fn born_or_aged_after(input: &str, end: usize) -> bool {
    // (Read in place: most commas are followed by anything else.)
    // (Past a soft gap: a wrap may break the line after the comma.)
    let rest = input.get(end + 1..).unwrap_or("");
    let rest = &rest[soft_gap(rest)..];
    if !rest.starts_with(['n', 'â', 'a']) {
        return false;
    }
    // (Composed or not: "né", "ne\u{301}".)
    ["né", "âgé", "ne\u{301}", "a\u{302}ge\u{301}"]
        .iter()
        .any(|stem| {
            rest.strip_prefix(stem).is_some_and(|tail| {
                let tail = tail.strip_prefix('e').unwrap_or(tail);
                let tail = tail.strip_prefix('s').unwrap_or(tail);
                !tail.starts_with(|c: char| c.is_alphanumeric() || c == '-')
            })
        })
}

/// True when the first character after the blanks at `end` is a letter in lower case that a
/// verb of speech or an adverb of [`BETWEEN`] may start with (ASCII or "é").
#[inline(always)]
fn lower_case_after(input: &str, end: usize) -> bool {
    // Most words have one space and a character in ASCII after them, or punctuation glued to
    // them.
    match &input.as_bytes()[end..] {
        [b' ', b, ..] | [b, ..]
            if b.is_ascii() && !matches!(b, b' ' | b'\t' | b'\r' | b'\n' | 0x0B | 0x0C) =>
        {
            return b.is_ascii_lowercase();
        }
        _ => {}
    }
    input[end..]
        .trim_start_matches(|c| blank(c) != Blank::No)
        .starts_with(|c: char| c.is_ascii_lowercase() || c == 'é')
}

/// The word right after `at` past a soft gap (blanks, one line break at most).
fn next_after_blank(input: &str, at: usize) -> Option<Word<'_>> {
    let word = next_word(input, at)?;
    is_soft_gap(&input[at..word.start]).then_some(word)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{pair, persons as names};

    proptest::proptest! {
        /// The fast path of a space and a byte in ASCII answers as the blanks trimmed.
        #[test]
        fn lower_case_after_is_the_first_character_past_the_blanks(
            text in "[ \t\r\n\u{a0}\u{b}\u{c}aAé.,0]{0,6}",
        ) {
            use crate::text::blank::{blank, Blank};
            let defined = text
                .trim_start_matches(|c| blank(c) != Blank::No)
                .starts_with(|c: char| c.is_ascii_lowercase() || c == 'é');
            proptest::prop_assert_eq!(super::lower_case_after(&text, 0), defined);
        }
    }

    #[test]
    fn the_verbs_are_sorted_for_their_search() {
        assert!(super::SAYS.windows(2).all(|w| w[0] < w[1]));
        assert!(super::SAID.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn a_name_before_a_comma_and_a_participle_of_birth_or_an_age() {
        assert_eq!(
            names("En mars, Tavo Rubérou, né en Turquie, a ouvert le feu."),
            [pair("Tavo Rubérou", "Tavo Rubérou")]
        );
        assert_eq!(
            names("Selon la police, Ilka Mbarovo, âgée de 30 ans, a été arrêtée."),
            [pair("Ilka Mbarovo", "Ilka Mbarovo")]
        );
        // (A wrap may break the line after the comma.)
        assert_eq!(
            names("En mars, Tavo Rubérou,\nné en Turquie, a ouvert le feu."),
            [pair("Tavo Rubérou", "Tavo Rubérou")]
        );
        // Not a known body, nor without the comma.
        assert!(names("Selon eux, Boko Haram, né en 2002, a frappé.").is_empty());
        assert!(names("Selon eux, Tavo Rubérou né en Turquie a parlé.").is_empty());
    }

    #[test]
    fn the_subject_of_a_verb_of_speech_is_a_name() {
        assert_eq!(
            names("Dans un entretien, Tavo Rubérou a affirmé que la base restera nationale."),
            [pair("Tavo Rubérou", "Tavo Rubérou")]
        );
        assert_eq!(
            names("Ilka Mbarovo récuse toute idée de cession. Kemal Orbaz Tung aussi déplore le silence."),
            [
                pair("Ilka Mbarovo", "Ilka Mbarovo"),
                pair("Kemal Orbaz Tung", "Kemal Orbaz Tung")
            ]
        );
        // Wrapped or spaced, the same name.
        assert_eq!(
            names(
                "Dans un entretien accordé hier soir à la radio nationale du pays, Tavo\nRubérou  \
                 a affirmé que la base restera nationale."
            ),
            [pair("Tavo\nRubérou", "Tavo Rubérou")]
        );
    }

    #[test]
    fn after_a_quotation_the_verb_of_speech_comes_before_the_name() {
        assert_eq!(
            names("« Le pays reste libre », souligne Sogo Kegue, ancien ambassadeur."),
            [pair("Sogo Kegue", "Sogo Kegue")]
        );
        assert_eq!(
            names("« Nous sommes prêts », a déclaré Tavo Rubérou. Il est parti."),
            [pair("Tavo Rubérou", "Tavo Rubérou")]
        );
        // Without the quotation, a body that speaks, one word: no name.
        assert!(names("Le pays, souligne Sogo Kegue, reste libre.").is_empty());
        assert!(names("« Prêts », affirme Human Rights Watch. « Prêts », dit Kegue.").is_empty());
    }

    #[test]
    fn no_name_where_the_run_opens_no_clause_or_no_verb_of_speech_follows() {
        // Inside a clause, before another verb, a single word, a known organisation.
        assert!(names("Le texte de Tavo Rubérou a affirmé sa portée.").is_empty());
        assert!(names("Tavo Rubérou a reçu la délégation.").is_empty());
        assert!(names("Rubérou a affirmé sa position.").is_empty());
        assert!(names("Human Rights Watch a dénoncé les exactions.").is_empty());
        assert!(names("Boko Haram a affirmé sa présence.").is_empty());
    }
}
