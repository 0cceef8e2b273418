//! Public figures the press names without a title or a given name the lists know: their full
//! names ("Recep Tayyip Erdogan") and the surnames they go by alone ("Erdogan a déclaré"),
//! from `gazetteers/public_figures.tsv`.

use super::after_nouns::found_untitled;
use super::again::initial_or_particle_before;
use super::words::{
    is_capitalised, is_in_capitals, lower_case_in, next_word, word_before, zero_bytes, Word,
};
use super::{Covered, Found, FoundNames, Mentions, Reader};
use crate::gazetteer::{FigureName, Gazetteer};
use crate::lexicon::SENTENCE_OPENERS;
use crate::text::blank::is_soft_gap;
use crate::text::fold_str;
use std::cmp::Reverse;

/// The articles after which a capitalised surname is a noun or a family, not the figure ("la
/// Hollande", "les Kabila").
const ARTICLES: [&str; 8] = ["le", "la", "les", "un", "une", "du", "des", "aux"];

/// The public figures of `candidates` (capitalised words) that no other rule found: the
/// longest name of the list that ends at each, the leftmost first.
#[inline(never)]
pub(super) fn public_figures(cx: Reader<'_, '_>, names: &mut FoundNames) {
    let (gazetteer, input, candidates, mentions) =
        (cx.gazetteer, cx.input, cx.candidates, cx.mentions);
    let FoundNames {
        found,
        covered,
        spare,
    } = names;
    // (In the working vector of the last document.)
    let mut hits = std::mem::take(&mut spare.triples);
    hits.clear();
    for &w in candidates {
        // The word's first eight bytes, read once (one load) for both looks at it.
        let head = crate::hash::head_at(input.as_bytes(), w.start, w.end);
        let names = gazetteer.figure_names_by_head(w.text, head);
        if names.is_empty() {
            if let Some(pair) = surnames_joined(gazetteer, w, head, mentions) {
                hits.extend(pair);
            }
            continue;
        }
        // A name in mixed case ("Erdogan"), an acronym in capitals ("IBK").
        let (capitalised, in_capitals) = (is_capitalised(w.text), is_in_capitals(w.text));
        let mut previous = Previous::before(w);
        if let Some(hit) = names
            .iter()
            .filter(|name| {
                if name.acronym {
                    in_capitals
                } else {
                    capitalised
                }
            })
            .find_map(|name| figure_at(input, w, name, mentions, &mut previous))
        {
            hits.push(hit);
        }
    }
    // A name that ends later may hold one found before it ("Déby", then "Idriss Déby Itno").
    hits.sort_by_key(|&(start, end, _)| (start, Reverse(end)));
    let mut last_end = 0;
    // (The figures that another rule's names cover are kept, in place, and read all at once
    // after the loop: none overlaps another, so what is done for one touches no other.)
    let mut kept = 0;
    for k in 0..hits.len() {
        let (start, end, words) = hits[k];
        if start < last_end {
            continue;
        }
        last_end = end;
        if covered.covers(start, end) {
            hits[kept] = hits[k];
            kept += 1;
        } else {
            found_untitled(found, covered, start, end, words);
        }
    }
    hits.truncate(kept);
    lengthened_to_figures(found, covered, &hits);
    spare.triples = hits;
}

/// The names found by another rule and cut short inside a figure's ("le président Paulo" of
/// "Paulo Gabon", stopped by the state): each name that starts where the figure starts and
/// whose neighbours all lie inside it is the figure's, with its titles; they are dropped.
/// `figures` are spans and word counts, in order, none overlapping another; each name is
/// compared with the figures it overlaps only, found by halves.
fn lengthened_to_figures(
    found: &mut Vec<Found>,
    covered: &mut Covered,
    figures: &[(usize, usize, usize)],
) {
    if figures.is_empty() {
        return;
    }
    // The figures a span overlaps: a run of them (their ends are in order too).
    let overlapped = |start: usize, end: usize| {
        let from = figures.partition_point(|&(_, e, _)| e <= start);
        let to = from + figures[from..].partition_point(|&(s, _, _)| s < end);
        from..to
    };
    // For each figure, whether every name it overlaps lies inside it, and the first name that
    // starts where it starts.
    let mut inside = vec![true; figures.len()];
    let mut first = vec![None; figures.len()];
    for (at, f) in found.iter().enumerate() {
        for k in overlapped(f.start, f.end) {
            let (start, end, _) = figures[k];
            inside[k] &= start <= f.start && f.end <= end;
        }
        if let Ok(k) = figures.binary_search_by_key(&f.start, |&(s, _, _)| s) {
            first[k] = first[k].or(Some(at));
        }
    }
    let lengthened: Vec<bool> = (0..figures.len())
        .map(|k| inside[k] && first[k].is_some())
        .collect();
    if !lengthened.contains(&true) {
        return;
    }
    for (k, &(start, end, words)) in figures.iter().enumerate() {
        if let (true, Some(at)) = (lengthened[k], first[k]) {
            found[at].end = end;
            found[at].words = words;
            found[at].key = None;
            covered.insert(start, end);
        }
    }
    found.retain(|f| overlapped(f.start, f.end).all(|k| !lengthened[k] || f.start == figures[k].0));
}

/// Two surnames of figures joined by a hyphen, each a person ("l'entretien
/// Gnassingbé-Erdogan"): their spans.
fn surnames_joined(
    gazetteer: &Gazetteer,
    w: Word<'_>,
    head: u64,
    mentions: &Mentions<'_, '_>,
) -> Option<[(usize, usize, usize); 2]> {
    // (Most words hold no hyphen: a look at the bytes first.)
    let hyphen = first_hyphen(w.text.as_bytes(), head)?;
    let (a, b) = (&w.text[..hyphen], &w.text[hyphen + 1..]);
    let surname = |part: &str| {
        is_capitalised(part)
            && gazetteer
                .figure_names(part)
                .iter()
                .any(|n| n.surname && n.before.is_empty() && !n.acronym)
    };
    if b.contains('-')
        || a.is_empty()
        || !surname(a)
        || !surname(b)
        || mentions.overlaps_any(w.start, w.end)
    {
        return None;
    }
    let middle = w.start + a.len();
    Some([(w.start, middle, 1), (middle + 1, w.end, 1)])
}

/// Where the first hyphen of `word` stands, eight bytes at a time: a word of eight bytes at
/// most (most words) in one register, its `head`, its hyphens found at once (no call of
/// `memchr`, whose setup costs more than such short words).
#[inline]
fn first_hyphen(word: &[u8], head: u64) -> Option<usize> {
    use crate::text::swar;
    let first = |chunk: u64| {
        let hyphens = zero_bytes(chunk ^ swar::splat(b'-'));
        (hyphens != 0).then(|| (hyphens.trailing_zeros() / 8) as usize)
    };
    if word.len() <= 8 {
        // (The head holds the word's bytes, zeros after them.)
        return first(head);
    }
    let mut at = 0;
    while at + 8 < word.len() {
        if let Some(i) = first(swar::load(word, at)?) {
            return Some(at + i);
        }
        at += 8;
    }
    // The last eight bytes (those before them hold no hyphen).
    let last = word.len() - 8;
    first(swar::load(word, last)?).map(|i| last + i)
}

/// The span of `name` ending at `last` and its number of words, when the words before are
/// the name's. A full name goes over a state or a place inside it ("François Hollande")
/// ([`Mentions::may_hold_name`]); a surname alone goes over nothing, nor follows an article,
/// and takes an initial before it.
fn figure_at<'h>(
    input: &'h str,
    last: Word<'_>,
    name: &FigureName,
    mentions: &Mentions<'_, '_>,
    previous: &mut Previous<'h>,
) -> Option<(usize, usize, usize)> {
    let mut start = last.start;
    for (i, expected) in name.before.iter().rev().enumerate() {
        // The word right before the last one: the same for all the names that end with it.
        let (word, same) = if i == 0 {
            (previous.word(input)?, previous.folds_to(input, expected))
        } else {
            let word = word_before(input, start)?;
            (word, folds_to(word.text, expected))
        };
        if !same {
            return None;
        }
        start = word.start;
    }
    if !mentions.may_hold_name(start, last.end) {
        return None;
    }
    let mut words = name.before.len() + 1;
    if name.surname {
        let before = if name.before.is_empty() {
            previous.word(input)
        } else {
            word_before(input, start)
        };
        if mentions.overlaps_any(start, last.end)
            || before.is_some_and(|w| lower_case_in(w.text, &ARTICLES))
            || in_longer_name(input, before, last)
        {
            return None;
        }
        // "E. Macron", "Al Baghdadi": an initial or a particle right before is the name's.
        if let Some(at) = initial_or_particle_before(input, start, mentions) {
            start = at;
            words = 1;
        }
    }
    Some((start, last.end, words))
}

/// True when `word` folds to `expected` (lower case, no accents).
fn folds_to(word: &str, expected: &str) -> bool {
    let mut buffer = [0u8; 48];
    match crate::text::fold::fold_into(word, &mut buffer) {
        Some(folded) => folded == expected.as_bytes(),
        None => fold_str(word) == expected,
    }
}

/// The word right before a candidate, and its fold, each read once (when a name asks) for all
/// the figures' names that end with the candidate ("Ouattara": "Alassane Ouattara", "Téné
/// Birahima Ouattara"…).
struct Previous<'h> {
    /// Where the candidate starts.
    at: usize,
    word: Option<Option<Word<'h>>>,
    buffer: [u8; 48],
    /// The length of the word's fold in `buffer`, once folded (`Some(None)` when it does not
    /// fit).
    folded: Option<Option<usize>>,
}

impl<'h> Previous<'h> {
    fn before(candidate: Word<'_>) -> Previous<'h> {
        Previous {
            at: candidate.start,
            word: None,
            buffer: [0; 48],
            folded: None,
        }
    }

    /// [`word_before`] the candidate.
    fn word(&mut self, input: &'h str) -> Option<Word<'h>> {
        let at = self.at;
        *self.word.get_or_insert_with(|| word_before(input, at))
    }

    /// [`folds_to`] of the word before the candidate (false when there is none).
    fn folds_to(&mut self, input: &'h str, expected: &str) -> bool {
        let Some(word) = self.word(input) else {
            return false;
        };
        let buffer = &mut self.buffer;
        let folded = *self.folded.get_or_insert_with(|| {
            crate::text::fold::fold_into(word.text, buffer).map(<[u8]>::len)
        });
        match folded {
            Some(len) => self.buffer[..len] == *expected.as_bytes(),
            None => fold_str(word.text) == expected,
        }
    }
}

/// True when a surname stands in a longer name the lists do not know, between capitalised
/// words on its line ("Alsény Sylla", "Touré Sékou", "A Touré"): a word of another person's
/// name. A word that opens sentences before it is none ("Selon Macron").
fn in_longer_name(input: &str, before: Option<Word<'_>>, last: Word<'_>) -> bool {
    let on_line = |start: usize, end: usize| !input[start..end].contains('\n');
    let capitalised = |w: &Word<'_>| {
        is_capitalised(w.text) || is_in_capitals(w.text) || is_single_capital(w.text)
    };
    before.is_some_and(|w| {
        capitalised(&w) && !SENTENCE_OPENERS.contains(&w.text) && on_line(w.end, last.start)
    }) || next_word(input, last.run_end).is_some_and(|w| {
        is_soft_gap(&input[last.end..w.start])
            && on_line(last.end, w.start)
            && is_capitalised(w.text)
    })
}

/// A capital letter alone: an initial without its full stop ("A Touré").
fn is_single_capital(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::super::testing::{pair, persons_by};
    use crate::{Extractor, GazetteerKind};

    /// An extractor with two public figures of its own (names no list holds).
    fn extractor() -> Extractor {
        Extractor::builder()
            .entry(
                GazetteerKind::PublicFigures,
                &["a", "name", "Tavo Ruberu Zorgandi"],
            )
            .entry(GazetteerKind::PublicFigures, &["a", "surname", "Zorgandi"])
            .entry(GazetteerKind::PublicFigures, &["b", "name", "Ilka Mbarovo"])
            .entry(
                GazetteerKind::PublicFigures,
                &["b", "surname", "al-Mbarovo"],
            )
            .build()
            .unwrap()
    }

    fn persons(text: &str) -> Vec<(String, String)> {
        persons_by(&extractor(), text)
    }

    #[test]
    fn the_first_hyphen_is_found_in_a_register_or_by_memchr() {
        for word in [
            "",
            "-",
            "a-",
            "-a",
            "Al-Mbarovo",
            "abcdefg-",
            "abcdefgh-",
            "abcdefgh",
            "é-à",
            "a-b-c",
            "ab\0-",
            "\0\0\0",
        ] {
            let expected = word.bytes().position(|b| b == b'-');
            let head = crate::hash::head(word.as_bytes());
            assert_eq!(
                super::first_hyphen(word.as_bytes(), head),
                expected,
                "{word:?}"
            );
        }
    }

    #[test]
    fn the_figures_of_a_word_by_its_head_read_from_the_text_are_its_figures() {
        let extractor = extractor();
        let gazetteer = extractor.gazetteer();
        let text = "Zorgandi, al-Mbarovo et ZORGANDI ; Erdogan-Zorgandi, Mbarovo. Tavo xy é";
        let bytes = text.as_bytes();
        let mut start = 0;
        for word in text.split([' ', ',', ';', '.']) {
            let end = start + word.len();
            let head = crate::hash::head_at(bytes, start, end);
            let names = |n: &[crate::gazetteer::FigureName]| n.len();
            assert_eq!(
                names(gazetteer.figure_names_by_head(word, head)),
                names(gazetteer.figure_names(word)),
                "{word:?}"
            );
            start = end + 1;
        }
        assert!(!gazetteer.figure_names("Zorgandi").is_empty());
    }

    #[test]
    fn a_surname_alone_names_the_figure() {
        assert_eq!(
            persons("Selon Zorgandi, la réunion aura lieu demain."),
            [pair("Zorgandi", "Zorgandi")]
        );
        // Spellings of one surname with and without its article, any accents.
        assert_eq!(
            persons("Mbarovo a rencontré el-Mbarovo puis Mbárovo."),
            [
                pair("Mbarovo", "Mbarovo"),
                pair("el-Mbarovo", "el-Mbarovo"),
                pair("Mbárovo", "Mbárovo")
            ]
        );
    }

    #[test]
    fn a_full_name_without_a_known_given_name_is_whole() {
        assert_eq!(
            persons("Hier, Tavo Ruberu Zorgandi a reçu Ilka\nMbarovo. Zorgandi a parlé."),
            [
                pair("Tavo Ruberu Zorgandi", "Tavo Ruberu Zorgandi"),
                pair("Ilka\nMbarovo", "Ilka Mbarovo"),
                pair("Zorgandi", "Tavo Ruberu Zorgandi")
            ]
        );
    }

    #[test]
    fn a_surname_after_an_article_or_in_lower_case_is_no_figure() {
        assert!(persons("Les Zorgandi sont arrivés ; la zorgandi est un plat.").is_empty());
        assert!(persons("Une réunion avec les zorgandi et des Zorgandi.").is_empty());
    }

    #[test]
    fn a_full_name_goes_over_a_state_inside_it() {
        let extractor = Extractor::builder()
            .entry(GazetteerKind::PublicFigures, &["c", "name", "Paulo Gabon"])
            .build()
            .unwrap();
        let text = "Le président Paulo Gabon s'est rendu au Gabon.";
        let found = extractor.extract(text);
        found.check(text).unwrap();
        let persons: Vec<&str> = found.persons.iter().map(|p| &*p.text).collect();
        let states: Vec<&str> = found.countries.iter().map(|c| &*c.text).collect();
        assert_eq!(persons, ["Paulo Gabon"]);
        assert_eq!(states, ["Gabon"]);
    }

    #[test]
    fn each_full_name_cut_short_by_a_state_is_lengthened_with_its_title() {
        let extractor = Extractor::builder()
            .entry(GazetteerKind::PublicFigures, &["c", "name", "Paulo Gabon"])
            .entry(
                GazetteerKind::PublicFigures,
                &["c", "name", "Tomas Niger Ruiz"],
            )
            .build()
            .unwrap();
        let text = "Le président Paulo Gabon a reçu le général Tomas Niger Ruiz, puis le \
                    président Paulo Gabon est reparti.";
        let found = extractor.extract(text);
        found.check(text).unwrap();
        let persons: Vec<(&str, Vec<&str>)> = found
            .persons
            .iter()
            .map(|p| {
                let titles = p.titles.iter().map(|&t| &*found.titles[t].text).collect();
                (&*p.text, titles)
            })
            .collect();
        assert_eq!(
            persons,
            [
                ("Paulo Gabon", vec!["président"]),
                ("Tomas Niger Ruiz", vec!["général"]),
                ("Paulo Gabon", vec!["président"]),
            ]
        );
    }
}
