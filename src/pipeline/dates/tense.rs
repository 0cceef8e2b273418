//! The tense of the clause around a weekday, which says which of two weekdays it names: the
//! last one ("le ministre s'est rendu à Niamey vendredi") or the coming one ("le ministre se
//! rendra à Niamey vendredi", "la réunion, prévue vendredi", "doit se tenir vendredi").

use crate::text::NormalizedText;

/// The French future by its endings ("rendra", "tiendront"): nouns that end so.
const NOT_FUTURES: [&str; 12] = [
    "sahara", "camera", "opera", "cholera", "ankara", "extra", "ultra", "cobra", "sierra",
    "contra", "mantra", "tiara",
];

/// What parts a sentence into clauses, folded.
const PART_ENDS: [&str; 8] = [",", "(", ")", "\"", ":", " et ", " mais ", " puis "];

/// What a word of a clause says of its time: the future, the past, or nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Tense {
    Future,
    Past,
}

/// True when the clause of the weekday at `start..end` of the folded text is about the future:
/// the marker of a tense nearest to it (before it on a tie), in its own part of the sentence
/// (between commas) if it has one, or else in its sentence, is a future ("se rendra", "doit se
/// tenir", "va signer", "prévue", "attendu", "reportée à").
pub(super) fn in_the_future(text: &NormalizedText<'_>, start: usize, end: usize) -> bool {
    let folded = text.as_str();
    let sentence_start = folded[..start]
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(0, |i| i + 1);
    let sentence_end = folded[end..]
        .find(['.', '!', '?', ';', '\n'])
        .map_or(folded.len(), |i| end + i);
    // A part ends at a comma, a bracket, a quotation mark, a colon or a conjunction that
    // joins clauses ("s'est rendu à Niamey vendredi et se rendra à Dakar jeudi").
    let before = &folded[sentence_start..start];
    let part_start = PART_ENDS
        .iter()
        .filter_map(|mark| before.rfind(mark).map(|i| i + mark.len()))
        .max()
        .map_or(sentence_start, |i| sentence_start + i);
    let after = &folded[end..sentence_end];
    let part_end = PART_ENDS
        .iter()
        .filter_map(|mark| after.find(mark))
        .min()
        .map_or(sentence_end, |i| end + i);
    // "a" is the auxiliary, not "à" (which folds to it).
    let auxiliary = |at: usize| {
        let input = &text.input()[text.to_input(at)..];
        input.starts_with(['a', 'A']) && !input[1..].starts_with('\u{300}')
    };
    let nearest = |from: usize, to: usize| {
        markers(&folded[from..to])
            .filter(|&(at, len, _)| len != 1 || auxiliary(from + at))
            .map(|(at, len, tense)| {
                let (at, marker_end) = (from + at, from + at + len);
                let key = if marker_end <= start {
                    (start - marker_end, false)
                } else {
                    (at.saturating_sub(end), true)
                };
                (key, tense)
            })
            .min_by_key(|&(key, _)| key)
            .map(|(_, tense)| tense)
    };
    nearest(part_start, part_end).or_else(|| nearest(sentence_start, sentence_end))
        == Some(Tense::Future)
}

/// The markers of a tense in `text` (folded), with where each starts and its length.
fn markers(text: &str) -> impl Iterator<Item = (usize, usize, Tense)> + '_ {
    let words: Vec<(usize, &str)> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .scan(0, |at, word| {
            let start = *at;
            *at += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
        .collect();
    (0..words.len()).filter_map(move |i| {
        let (at, whole) = words[i];
        let next = |k: usize| words.get(i + k).map_or("", |w| w.1);
        // (Past an object pronoun: "va se rendre", "doit lui remettre".)
        let verb_after = || {
            let k = if matches!(
                next(1),
                "se" | "s'" | "y" | "en" | "lui" | "leur" | "le" | "la"
            ) {
                2
            } else {
                1
            };
            let verb = next(k);
            let verb = verb.rsplit('\'').next().unwrap_or(verb);
            verb.ends_with("er") || verb.ends_with("ir") || verb.ends_with("re")
        };
        // "s'est": the word after the elision.
        let word = whole.rsplit('\'').next().unwrap_or(whole);
        let at = at + (whole.len() - word.len());
        let tense = match word {
            "va" | "vont" | "doit" | "doivent" | "devrait" | "devraient" if verb_after() => {
                Tense::Future
            }
            "prevu" | "prevue" | "prevus" | "prevues" | "attendu" | "attendue" | "attendus"
            | "attendues" => Tense::Future,
            "reporte" | "reportee" | "reportes" | "reportees" | "repousse" | "repoussee"
            | "repousses" | "repoussees"
                if matches!(next(1), "a" | "au" | "jusqu'a") =>
            {
                Tense::Future
            }
            "a" | "ont" | "avait" | "avaient" | "est" | "sont" | "etait" | "etaient" | "eu"
            | "ete" | "devait" | "devaient" => Tense::Past,
            _ if (word.ends_with("ra") || word.ends_with("ront"))
                && word.len() >= 4
                && !NOT_FUTURES.contains(&word) =>
            {
                Tense::Future
            }
            _ => return None,
        };
        Some((at, word.len(), tense))
    })
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
