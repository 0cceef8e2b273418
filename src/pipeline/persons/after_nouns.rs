//! Where names start after a noun that names a person without being a title: a counterpart
//! or an occupation ("son homologue Farhat Horchani", "le journaliste …"), or a demonym used as
//! a noun ("l'Ivoirien Koffi Yao"); and how any name found without a title is recorded.

use super::*;

/// Records a name found without a title before it: covered, and among the persons.
pub(super) fn found_untitled(
    found: &mut Vec<Found>,
    covered: &mut Covered,
    start: usize,
    end: usize,
    words: usize,
) {
    covered.insert(start, end);
    found.push(Found {
        start,
        end,
        words,
        titles: Vec::new(),
        key: None,
    });
}

/// The names of two words or more after "homologue(s)", with its demonym and a comma:
/// "son homologue Farhat Horchani", "son homologue sénégalais Augustin Tine". (A counterpart
/// is no title, but it names the person who follows.) "nommé" names one after an article
/// only ("le nommé …").
#[inline(never)]
pub(super) fn after_counterparts(
    input: &str,
    heads: &[Hit],
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    // The scan found the nouns ([`PERSON_HEADS`](crate::lexicon::PERSON_HEADS)).
    for head in heads.iter().filter(|h| h.kinds.any(Kinds::PERSON_HEAD)) {
        // "le nommé Kounta Dallah", not "a été nommé Directeur Général".
        let named = input[head.input_start..].starts_with("nomm");
        if named && !after_an_article(&input[..head.input_start]) {
            continue;
        }
        // "les frères Kouachi": a family's name alone, after brothers or sisters (in either
        // Unicode form).
        let noun = &input[head.input_start..head.input_end];
        let family = noun.len() <= 16
            && matches!(noun.as_bytes().first(), Some(b'f' | b'F' | b's' | b'S'))
            && matches!(
                crate::pipeline::phrase::FoldedWord::of(noun).as_str(),
                "freres" | "soeurs"
            );
        let least = if family { 1 } else { 2 };
        name_after(input, head.input_end, true, least, mentions, covered, found);
    }
}

/// True when `before` ends with an article or a contraction, elided ("l'") or before blanks
/// ("le", "des", "du", "aux", "un"…, in lower case or capitalised): what follows is a noun's
/// phrase ("le personnel des Forces Armées"), or a noun ("le nommé …").
pub(super) fn after_an_article(before: &str) -> bool {
    if let Some(elided) = before.strip_suffix(['\'', '’']) {
        let article = elided.trim_end_matches(char::is_alphabetic);
        return matches!(&elided[article.len()..], "l" | "L");
    }
    let before = before.trim_end_matches(|c| blank(c) == Blank::Space);
    let word = &before[before.trim_end_matches(char::is_alphabetic).len()..];
    let capitalised = word.starts_with(|c: char| c.is_ascii_uppercase())
        && word[1..].bytes().all(|b| b.is_ascii_lowercase());
    (capitalised || word.bytes().all(|b| b.is_ascii_lowercase()))
        && ["le", "la", "les", "un", "une", "des", "du", "au", "aux"]
            .iter()
            .any(|article| word.eq_ignore_ascii_case(article))
}

/// The names of two words or more after a demonym used as a noun, with its article: "la
/// victoire de l'Ivoirien Koffi Yao", "la Sénégalaise Awa Diop".
#[inline(never)]
pub(super) fn after_demonym_nouns(
    input: &str,
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    for demonym in mentions.countries.iter().filter(|c| c.demonym) {
        // "le", "la", "les" and a blank, or "l'" glued to the demonym, after a blank.
        let before = &input[..demonym.start];
        let after_blank = |article: &str, before: &str| {
            before
                .strip_suffix(article)
                .is_some_and(|rest| rest.ends_with(|c| blank(c) != Blank::No))
        };
        let spaced = strip_soft_gap_end(before)
            .is_some_and(|before| ["le", "la", "les"].iter().any(|a| after_blank(a, before)));
        let glued = before.trim_end_matches(|c| blank(c) == Blank::Space);
        let elided = ["l'", "l’", "L'", "L’"]
            .iter()
            .any(|a| after_blank(a, glued));
        let article = spaced || elided;
        if article && demonym.text.starts_with(char::is_uppercase) {
            name_after(input, demonym.end, false, 2, mentions, covered, found);
        }
    }
}

/// The name of `least` words or more after `end`, past blanks within one paragraph (and,
/// where `with_demonym`, a demonym and a comma): found untitled.
fn name_after(
    input: &str,
    end: usize,
    with_demonym: bool,
    least: usize,
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    // The blanks after `end`, within one paragraph (a blank line ends everything).
    let skip_blanks = |end: usize| {
        let rest = &input[end..];
        let gap = rest.len() - rest.trim_start_matches(|c| blank(c) != Blank::No).len();
        (gap == 0 || is_soft_gap(&rest[..gap])).then_some(end + gap)
    };
    let Some(mut end) = skip_blanks(end) else {
        return;
    };
    if with_demonym {
        if let Some(demonym_end) = mentions.demonym_ending(end) {
            let Some(after) = skip_blanks(demonym_end) else {
                return;
            };
            end = after;
        }
        if input[end..].starts_with(',') {
            let Some(after) = skip_blanks(end + 1) else {
                return;
            };
            end = after;
        }
    }
    let Some(first) = word_at(input, end) else {
        return;
    };
    if covered.covers(first.start, first.end) {
        return;
    }
    if let Some((end, n)) = name_from(input, first, mentions, false) {
        if n >= least {
            found_untitled(found, covered, first.start, end, n);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{pair, persons};

    #[test]
    fn names_after_a_demonym_noun_a_colleague_or_a_member_of_parliament() {
        assert_eq!(
            persons("La victoire de l'Ivoirien Kouamé Yapo devant la Sénégalaise Awa Ndiaye."),
            [
                pair("Kouamé Yapo", "Kouamé Yapo"),
                pair("Awa Ndiaye", "Awa Ndiaye")
            ]
        );
        assert_eq!(
            persons("Il remercie son collègue Liu Weiming et la députée Nadia Ramsahye."),
            [
                pair("Liu Weiming", "Liu Weiming"),
                pair("Nadia Ramsahye", "Nadia Ramsahye")
            ]
        );
        // A demonym as an adjective, or without its article, names no one.
        assert!(persons("Les forces ivoiriennes Sud Est ont avancé.").is_empty());
    }
}
