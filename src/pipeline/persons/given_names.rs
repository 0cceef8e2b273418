//! Where names start at a known given name (or the surnames written before it in a list), at
//! an initial ("Mamat O. Cham"), or at a word in mixed case before a surname in capitals
//! ("Félicienne HOUESSOU").

use super::after_nouns::found_untitled;
use super::*;

/// The names that start at a known given name, or hold an initial ("Mamat O. Cham"), of two
/// words or more.
#[inline(never)]
pub(super) fn at_given_names(cx: Reader<'_, '_>, names: &mut FoundNames) {
    let (gazetteer, input, candidates, mentions) =
        (cx.gazetteer, cx.input, cx.candidates, cx.mentions);
    let FoundNames { found, covered, .. } = names;
    for &w in candidates {
        if !may_go_on(input, w.end) {
            continue;
        }
        let capitalised = is_capitalised(w.text);
        if !(capitalised || is_in_capitals(w.text)) || covered.covers(w.start, w.end) {
            continue;
        }
        let initial_inside = || {
            // A cheap look at the next letter first: an initial is a capital and a dot.
            let rest = input[w.run_end..].trim_start_matches(|c: char| !c.is_alphanumeric());
            let mut chars = rest.chars();
            if !matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_uppercase()) {
                return false;
            }
            let next = next_word(input, w.run_end);
            next.is_some_and(|n| is_initial(n.text))
                && next
                    .and_then(|n| next_word(input, n.run_end))
                    .is_some_and(|n| is_capitalised(n.text) && !is_initial(n.text))
        };
        // A state named like a person before a capitalised word is a given name ("Maurice
        // Kamto"; the state leaves the mentions when the name is found), unless a word in
        // lower case makes it a complement ("le Premier ministre de Maurice Pravind …").
        let state_named_like_a_person = || {
            mentions.name_like_states.contains(&(w.start, w.end))
                && !input[..w.start]
                    .trim_end()
                    .ends_with(|c: char| c.is_lowercase() || c == '\'' || c == '’')
                && next_word(input, w.run_end).is_some_and(|n| {
                    is_capitalised(n.text)
                        && !SENTENCE_OPENERS.contains(&n.text)
                        && is_soft_gap(&input[w.end..n.start])
                })
        };
        // (The word's first eight bytes read from the text by one load.)
        let head = crate::hash::head_at(input.as_bytes(), w.start, w.end);
        let given = gazetteer.is_given_name_or_compound_by_head(w.text, head)
            || state_named_like_a_person();
        // In a line in capitals, a word of the sentence before a given name may be a first
        // name too ("TÉNÉ BIRAHIMA OUATTARA"): where the name starts is not told.
        if given && is_in_capitals(w.text) && name_may_start_before(input, w, mentions) {
            continue;
        }
        let surname = !given && surname_in_capitals_after(input, w, mentions);
        if !(given || surname || (capitalised && initial_inside())) {
            continue;
        }
        if let Some((end, n)) = name_from(input, w, mentions, given || surname) {
            if n >= 2 {
                let (start, before) = if given {
                    surnames_first(input, w, mentions, covered)
                } else {
                    (w.start, 0)
                };
                found_untitled(found, covered, start, end, n + before);
            }
        }
    }
}

/// Where a name that starts at a given name starts when its surname comes first, in a list
/// ("…, Rakotoarison Alphonse Anthony", "… et Tapsoba Marie Omer"): up to three capitalised
/// words before the given name, which a comma or "et" precede; and how many.
fn surnames_first(
    input: &str,
    given: Word<'_>,
    mentions: &Mentions<'_, '_>,
    covered: &Covered,
) -> (usize, usize) {
    let mut start = given.start;
    let mut words = 0;
    while words < 3 {
        let Some(w) = word_before(input, start) else {
            break;
        };
        let listed = |list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w.text));
        let name_like = words::is_capitalised(w.text)
            && !is_in_capitals(w.text)
            && !is_initial(w.text)
            && !SENTENCE_OPENERS.contains(&w.text)
            && !listed(&NOT_NAME_STARTS)
            && !listed(&NOT_NAMES_IN_CAPITALS)
            && !mentions.overlaps_any(w.start, w.end)
            && !covered.covers(w.start, w.end)
            && !input[w.end..start].contains('\n');
        if !name_like {
            break;
        }
        start = w.start;
        words += 1;
    }
    if words == 0 {
        return (given.start, 0);
    }
    // A list's item: a comma or "et" before it.
    let before = input[..start].trim_end_matches(|c| blank(c) == Blank::Space);
    let listed = before.ends_with(',')
        || before
            .strip_suffix("et")
            .is_some_and(|b| b.ends_with(|c| blank(c) != Blank::No));
    if listed {
        (start, words)
    } else {
        (given.start, 0)
    }
}

/// True when `w`, a word in mixed case that no article precedes, has a surname in capitals
/// after it, the administrative way of writing a name ("Félicienne HOUESSOU", "Idrissa
/// KANTÉ a présidé"), outside a line in capitals.
fn surname_in_capitals_after(input: &str, w: Word<'_>, mentions: &Mentions<'_, '_>) -> bool {
    // A cheap look first: two capitals after one blank.
    let mut after = input[w.run_end..].chars();
    if !(after.next().is_some_and(|c| blank(c) != Blank::No)
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_uppercase))
    {
        return false;
    }
    // (A capitalised word has a letter in lower case: it is not in capitals.) Nor is an
    // elided article and its noun a given name ("L’article CONCERTATIONS …").
    if !is_capitalised(w.text) || SENTENCE_OPENERS.contains(&w.text) || elided_noun(w.text) {
        return false;
    }
    let Some(next) = next_word(input, w.run_end) else {
        return false;
    };
    let surname = next.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && next
            .text
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'')
        && !NOT_NAMES_IN_CAPITALS_LISTED.holds(next.text);
    if !surname || !is_soft_gap(&input[w.end..next.start]) {
        return false;
    }
    // A word that an article or a preposition precedes is a noun ("l'opération SERVAL").
    let determined = word_before(input, w.start).is_some_and(|b| {
        let lower = b.text.to_lowercase();
        crate::pipeline::phrase::is_determiner(&lower)
            || matches!(lower.as_str(), "de" | "du" | "des" | "au" | "aux")
    }) || input[..w.start].ends_with(['\'', '’']);
    !determined
        && !mentions.overlaps_any(next.start, next.end)
        && !CapitalLines::default().covers(input, w.start, next.end)
}

/// True when `word` is an elided article or preposition and a noun in lower case ("L’article",
/// "d'ici"), not a name ("D'Almeida", "N'Diaye").
fn elided_noun(word: &str) -> bool {
    let rest = ["L'", "l'", "D'", "d'", "L’", "l’", "D’", "d’"]
        .iter()
        .find_map(|p| word.strip_prefix(p));
    rest.is_some_and(|r| r.starts_with(char::is_lowercase))
}

#[cfg(test)]
mod tests {
    use super::super::testing::{names, pair, persons};

    #[test]
    fn given_names_by_their_head_read_from_the_text_are_the_given_names() {
        let extractor = crate::Extractor::new();
        let gazetteer = extractor.gazetteer();
        let text = "Adam Xavier-Luc ADAM Jean-Pierre Ali-B Paris Zoé-Ali Mohamed al-Amin A-B                     Marc-Aurèle Abdoulaye Guinée-Bissau";
        let bytes = text.as_bytes();
        let mut start = 0;
        for word in text.split(' ') {
            let end = start + word.len();
            let head = crate::hash::head_at(bytes, start, end);
            assert_eq!(
                gazetteer.is_given_name_or_compound_by_head(word, head),
                gazetteer.is_given_name_or_compound(word),
                "{word:?}"
            );
            start = end + 1;
        }
        assert!(gazetteer.is_given_name_or_compound("Adam"));
        assert!(gazetteer.is_given_name_or_compound("Xavier-Luc"));
    }

    #[test]
    fn a_compound_of_given_names_opens_a_name() {
        assert_eq!(
            persons(
                "La visite a été préparée par Xavier-Luc Dumortan. Dumortan a salué les troupes."
            ),
            [
                pair("Xavier-Luc Dumortan", "Xavier-Luc Dumortan"),
                pair("Dumortan", "Xavier-Luc Dumortan")
            ]
        );
        // Not a hyphenated place or a word that is no given name.
        assert!(persons("Il arrive de Guinée-Bissau Lundi.").is_empty());
    }

    #[test]
    fn a_surname_in_capitals_after_a_word_in_mixed_case() {
        assert_eq!(
            names("Texte : Ornella KPADONOU\nPhotos : la rédaction"),
            ["Ornella KPADONOU"]
        );
        // A noun after an article, a headline in capitals: no name.
        assert!(names("Les éléments de l'opération SERVAL ont quitté la ville.").is_empty());
        assert!(names("LA REUNION DU COMITE DE DEFENSE S'EST TENUE HIER").is_empty());
    }
}
