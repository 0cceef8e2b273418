//! Where names start at a known given name (or the surnames written before it in a list), at
//! an initial ("Mamat O. Cham"), or at a word in mixed case before a surname in capitals
//! ("Félicienne HOUESSOU").

use super::after_nouns::found_untitled;
use super::*;
use crate::text::blank::strip_soft_gap_end;

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
        if is_initial(w.text) {
            if let Some(end) = name_after_an_initial(input, w, mentions, covered) {
                // ("J. D. Vance": the initials before it open the name.)
                let mut start = w.start;
                let mut words = 2;
                while let Some(before) = initial_before(input, start) {
                    start = before;
                    words += 1;
                }
                found_untitled(found, covered, start, end, words);
            }
            continue;
        }
        let capitalised = is_capitalised(w.text);
        if !(capitalised || is_in_capitals(w.text)) || covered.covers(w.start, w.end) {
            continue;
        }
        let initial_inside = || {
            // A cheap look at the next letter first: an initial is a capital and a dot.
            let rest = input[w.run_end..]
                .trim_start_matches(|c: char| !crate::text::boundary::is_word_char(c));
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
        // ("Abou Naïm", "Abu Bara al-Masri": a kunya, "father of", opens a name as a given
        // name does, whatever follows it.)
        // Not after a head that names what follows ("la katiba Abou …", "le groupe Abu …").
        let kunya = matches!(w.text, "Abou" | "Abu" | "Aboul" | "Abul")
            && !match before_elision(input, w.start) {
                // ("le groupe d'Abou …" is its leader's; "la prison d'Abou …" a place.)
                Some(at) => word_before(input, at).is_some_and(|b| names_a_place(b.text)),
                None => word_before(input, w.start).is_some_and(|b| names_what_follows(b.text)),
            };
        let given = kunya
            || gazetteer.is_given_name_or_compound_by_head(w.text, head)
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
                let (start, before) = if given || surname {
                    match surnames_first(input, w, mentions, covered) {
                        (_, 0) => first_name_before(input, w, end, mentions, covered),
                        listed => listed,
                    }
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
    // A list's item: a comma or "et" before it (past a line break: "…,\nTapsoba Marie").
    let before = strip_soft_gap_end(&input[..start]).unwrap_or(&input[..start]);
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

/// Where the name that an initial opens ends, as the Maghreb's press names people ("R.
/// Abdellah, s'est présenté", "« F. Moussa »", "G. Dumont et A. Kane ont signé"): the
/// initial (no honorific's "M."), after a blank, a quote or a parenthesis, then one
/// capitalised word (or the name that it opens), then a comma, a closing quote, "et" or (but
/// at a line's start) a word in lower case: never a heading's "B. Mesures de …" or an
/// abbreviation's "U.S.".
fn name_after_an_initial(
    input: &str,
    initial: Word<'_>,
    mentions: &Mentions<'_, '_>,
    covered: &Covered,
) -> Option<usize> {
    if matches!(initial.text, "M." | "S." | "P.") || covered.covers(initial.start, initial.end) {
        return None;
    }
    let opens = input[..initial.start]
        .chars()
        .next_back()
        .map_or(true, |c| {
            c.is_whitespace() || matches!(c, '«' | '"' | '“' | '(')
        });
    let next = next_word(input, initial.run_end)?;
    let gap = &input[initial.end..next.start];
    let surname = is_soft_gap(gap)
        && words::is_capitalised(next.text)
        && next.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !is_initial(next.text)
        && !SENTENCE_OPENERS.contains(&next.text)
        && !NOT_NAME_STARTS_LISTED.holds(next.text)
        && !mentions.overlaps_any(next.start, next.end)
        && !covered.covers(next.start, next.end);
    if !opens || !surname {
        return None;
    }
    let end = name_from(input, next, mentions, false).map_or(next.end, |(end, _)| end);
    let after = &input[end..];
    let after = &after[soft_gap(after)..];
    // (At a line's start, a word in lower case may go on a heading: "B. Mesures de …".)
    let line_start = input[..initial.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n')
        || initial.start == 0;
    let closes = after.starts_with([',', '»', '"', '”', ')'])
        || after.starts_with("et ")
        || (!line_start && after.starts_with(|c: char| c.is_lowercase()));
    closes.then_some(end)
}

/// Where the initial that ends a soft gap before `at` starts ("J." in "J. D. Vance").
fn initial_before(input: &str, at: usize) -> Option<usize> {
    let trimmed = input[..at].trim_end_matches(|c| blank(c) != Blank::No);
    if trimmed.len() == at || !is_soft_gap(&input[trimmed.len()..at]) {
        return None;
    }
    let before = trimmed.strip_suffix('.')?;
    let letter = before.chars().next_back().filter(|c| c.is_uppercase())?;
    let start = before.len() - letter.len_utf8();
    let opens = input[..start]
        .chars()
        .next_back()
        .map_or(true, char::is_whitespace);
    opens.then_some(start)
}

/// Where a name that starts at a known given name starts when a given name the gazetteer
/// lacks comes first ("a reçu Komlanvi Moussa Traoré", "Pour Tiébo Ali Sangaré,"), and
/// how many words it adds: one capitalised word in mixed case before the given name, in the
/// run of a sentence (after a word in lower case that is no article, possessive or
/// contraction of an article, or after a colon), or opening a paragraph that holds only the name (a signature). Never a listed
/// small word, a mention, an elided word or an initial; after a capitalised word or an
/// article it may be a title or a noun ("le Midji …"), and nothing is added.
fn first_name_before(
    input: &str,
    given: Word<'_>,
    end: usize,
    mentions: &Mentions<'_, '_>,
    covered: &Covered,
) -> (usize, usize) {
    let none = (given.start, 0);
    let Some(w) = word_before(input, given.start) else {
        return none;
    };
    // "Hantao Ag Mohamed Cissé": a filiation before the given name, and the name of whom it
    // makes the son or the daughter before it.
    let filiation = matches!(
        w.text,
        "Ag" | "ag" | "Ould" | "ould" | "Bin" | "bin" | "Ben" | "ben" | "Ibn" | "ibn"
    );
    let (w, words) = match filiation.then(|| word_before(input, w.start)).flatten() {
        Some(before) if is_soft_gap(&input[before.end..w.start]) => (before, 2),
        Some(_) => return none,
        None if filiation => return none,
        None => (w, 1),
    };
    let listed = |list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w.text));
    let name_like = words::is_capitalised(w.text)
        && !is_in_capitals(w.text)
        && !is_initial(w.text)
        && !w.text.contains(['\'', '’', '.'])
        && w.text.chars().count() >= 3
        && !SENTENCE_OPENERS.contains(&w.text)
        // ("Professeur Alpha Condé": a profession written out is no first name.)
        && !crate::lexicon::PROFESSIONS_BEFORE_NAMES.contains(&w.text)
        && !listed(&NOT_NAME_STARTS)
        && !listed(&NOT_NAMES_IN_CAPITALS)
        && !mentions.overlaps_any(w.start, w.end)
        && !covered.covers(w.start, w.end)
        && !names_what_follows(w.text)
        && !crate::lexicon::is_weekday_word(&w.text.to_lowercase());
    if !name_like {
        return none;
    }
    let before = input[..w.start].trim_end_matches(|c| blank(c) == Blank::Space);
    let in_a_sentence = match word_before(input, w.start) {
        Some(b) => {
            let opener = SENTENCE_OPENERS.contains(&b.text) || NOT_NAME_STARTS_LISTED.holds(b.text);
            (b.text.starts_with(char::is_lowercase) || opener)
                && !b.text.contains(['\'', '’'])
                && !crate::pipeline::phrase::is_determiner(&b.text.to_lowercase())
                // (An article contracted: "le colonel du Génie Marc Tessier".)
                && !matches!(b.text, "du" | "des" | "au" | "aux")
                && !mentions.overlaps_any(b.start, b.end)
        }
        None => before.ends_with(':'),
    };
    // A paragraph of its own: a blank line (or the text's start) before, and after.
    let alone = || {
        let opens = before.is_empty() || before.ends_with("\n\n") || {
            let t = before.trim_end_matches([' ', '\t', '\r']);
            t.strip_suffix('\n')
                .map(|t| t.trim_end_matches([' ', '\t', '\r']))
                .is_some_and(|t| t.is_empty() || t.ends_with('\n'))
        };
        let rest = input[end..].trim_start_matches([' ', '\t', '\r']);
        let closes = rest.is_empty()
            || rest.strip_prefix('\n').is_some_and(|r| {
                let r = r.trim_start_matches([' ', '\t', '\r']);
                r.is_empty() || r.starts_with('\n')
            });
        opens && closes
    };
    if in_a_sentence || alone() {
        (w.start, words)
    } else {
        none
    }
}

/// Where the word before `at` ends when an elided "d'" stands right before it.
fn before_elision(input: &str, at: usize) -> Option<usize> {
    ["d'", "d’"]
        .iter()
        .find_map(|d| input[..at].strip_suffix(d))
        .map(str::len)
}

/// True when `word` is a head noun of facilities or settlements ("prison", "camp", "stade",
/// "mosquée", "ville", "quartier") or of a place's surroundings ("proximité", "environs"),
/// capitalised or not: "la mosquée d'Abou …" is a place's.
fn names_a_place(word: &str) -> bool {
    let same = |h: &&str| same_head(h, word);
    crate::lexicon::PLACE_HEADS.iter().any(same)
        || crate::lexicon::LOCALITY_HEADS.iter().any(same)
        // (And the nouns of where things stand: "à proximité d'Abou Kamal".)
        || ["prison", "mosquée", "proximité", "environs", "alentours", "périphérie"]
            .iter()
            .any(same)
}

/// True when `word`, capitalised or not, is the head `head`, listed capitalised or in lower
/// case: they differ by the ASCII case of the first letter at most.
fn same_head(head: &str, word: &str) -> bool {
    head.len() == word.len() && head.eq_ignore_ascii_case(word)
}

/// True when `word` is a head noun that names a body, a facility or a prize by the person's
/// name after it ("Fondation Konrad Adenauer", "Mémorial Modibo Keïta", "Prix Nelson
/// Mandela"): the name is then no person's.
fn names_what_follows(word: &str) -> bool {
    let same = |h: &&str| same_head(h, word);
    crate::lexicon::BODY_HEADS.iter().any(same)
        || names_a_place(word)
        || ["Prix", "Opération", "Place", "Lycée", "Fort", "Katiba"]
            .iter()
            .any(same)
}

/// True when `w`, a word in mixed case that no article precedes, has a surname in capitals
/// after it, the administrative way of writing a name ("Félicienne HOUESSOU", "Idrissa
/// KANTÉ a présidé"), outside a line in capitals; a rubric in capitals is none.
fn surname_in_capitals_after(input: &str, w: Word<'_>, mentions: &Mentions<'_, '_>) -> bool {
    // A cheap look first: two capitals after a gap.
    let rest = &input[w.run_end..];
    let gap = soft_gap(rest);
    let mut after = rest[gap..].chars();
    if !(gap > 0
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
            .all(|c| c.is_uppercase() || c == '-' || c == '\'' || c == '’')
        && (!next.text.contains(['\'', '’']) || is_n_or_m_elided(next.text))
        && !NOT_NAMES_IN_CAPITALS_LISTED.holds(next.text)
        // Nor a page's rubric ("Accueil POLITIQUE").
        && !crate::lexicon::is_rubric(&crate::text::fold_str(next.text));
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
        && !determined_elsewhere(input, next.text)
}

/// True when `word` (in capitals) follows an article or a contraction somewhere in `input`
/// ("des FAZSOI", "les FARDC"): a body's acronym, which no surname is.
fn determined_elsewhere(input: &str, word: &str) -> bool {
    memchr::memmem::find_iter(input.as_bytes(), word.as_bytes()).any(|at| {
        let whole = !input[at + word.len()..].starts_with(char::is_alphanumeric);
        let before = input[..at].trim_end_matches(|c| blank(c) == Blank::Space);
        let spaced = before.len() < at
            && [
                " des", " les", " aux", " la", " le", " Les", " Des", " La", " Le",
            ]
            .iter()
            .any(|article| before.ends_with(article));
        let elided = ["l'", "l’", "L'", "L’"]
            .iter()
            .any(|article| input[..at].ends_with(article));
        whole && (spaced || elided)
    })
}

/// True when `word` is an elided article or preposition and a noun in lower case ("L’article",
/// "d'ici"), or the article "l'" and any noun ("l'Opération"), not a name ("D'Almeida",
/// "N'Diaye").
fn elided_noun(word: &str) -> bool {
    let rest = ["L'", "l'", "D'", "d'", "L’", "l’", "D’", "d’"]
        .iter()
        .find_map(|p| word.strip_prefix(p));
    // (A name may start with "D'", never with the article "l'": "l'Opération SERVAL".)
    rest.is_some_and(|r| r.starts_with(char::is_lowercase))
        || ["L'", "l'", "L’", "l’"].iter().any(|p| word.starts_with(p))
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
    fn a_given_name_the_gazetteer_lacks_before_a_known_one() {
        // In the run of a sentence, after a colon, or in a paragraph of its own.
        assert_eq!(
            names("Le ministre a reçu Komlanvi Moussa Traoré, puis a déclaré : Tiébo Ali Sangaré."),
            ["Komlanvi Moussa Traoré", "Tiébo Ali Sangaré"]
        );
        assert_eq!(
            names("Fin de la visite.\n\nKossiwa Aïcha DIALLO\n\nSource : la rédaction"),
            ["Kossiwa Aïcha DIALLO"]
        );
        // Not a body's or a facility's head (the body holds the name), nor a word after an
        // article or a contraction, nor a capitalised word that may be a title.
        assert_eq!(
            names("Il a visité le Mémorial Moussa Traoré et le quartier du Plateau Ali Diarra."),
            ["Ali Diarra"]
        );
        assert_eq!(
            names("Il a visité la Fondation Moussa Traoré."),
            [] as [&str; 0]
        );
        assert_eq!(names("Le Lamido Ali Diarra arrive."), ["Ali Diarra"]);
    }

    #[test]
    fn a_kunya_opens_a_name() {
        assert_eq!(
            names(
                "Deux chefs, dont Abou Karim et Abu Tarek al-Yamani, puis le groupe d'Abou Salim."
            ),
            ["Abou Karim", "Abu Tarek al-Yamani", "Abou Salim"]
        );
        // After a head that names what follows: a body's or a facility's name.
        assert!(names("La katiba Abou Salim et la prison d'Abou Karim sont connues.").is_empty());
        assert!(
            names("Un attentat a visé la mosquée d'Abou Hamra, puis la ville d'Abu Saqr.")
                .is_empty()
        );
    }

    #[test]
    fn an_initial_opens_a_name_that_a_comma_a_quote_or_a_clause_closes() {
        assert_eq!(
            names(
                "K. Mensah et A. Diallo ont signé. Le dernier, R. Sow, « T. Bako » et J. D. Vane."
            ),
            ["K. Mensah", "A. Diallo", "R. Sow", "T. Bako"]
        );
        assert_eq!(
            names("Il a reçu J. D. Vane, puis M. Sow."),
            ["J. D. Vane", "Sow"]
        );
        // A heading's letter, an abbreviation, a sentence's opener: no name.
        assert!(
            names("A. Introduction\nB. Mesures de sécurité\nLes U.S. Marines sont là.").is_empty()
        );
        assert!(names("Voir la note A. Les troupes sont parties.").is_empty());
        // Its canonical name is a full name's whose given name the initial starts.
        assert_eq!(
            persons("Issa Kané et Amadou Sow sont venus. I. Kané a signé, A. Kané aussi."),
            [
                pair("Issa Kané", "Issa Kané"),
                pair("Amadou Sow", "Amadou Sow"),
                pair("I. Kané", "Issa Kané"),
                pair("A. Kané", "A. Kané")
            ]
        );
    }

    #[test]
    fn a_surname_in_capitals_after_a_word_in_mixed_case() {
        assert_eq!(
            names("Texte : Ornella KPADONOU\nPhotos : la rédaction"),
            ["Ornella KPADONOU"]
        );
        // A West African surname in capitals with its "N'" or "M'", either apostrophe; an
        // elided pronoun is none.
        assert_eq!(
            names("Le président, S.E.M. Bakary N’DAW, puis Texte : Awa M'BENGUE"),
            ["Bakary N’DAW", "Awa M'BENGUE"]
        );
        assert_eq!(
            names("LE PRÉSIDENT MOUSSA N'DIAYE S'EST RENDU À KAYES"),
            ["MOUSSA N'DIAYE"]
        );
        assert_eq!(
            names("LE PRÉSIDENT MOUSSA KONÉ N'A PAS PARLÉ"),
            ["MOUSSA KONÉ"]
        );
        // A noun after an article, a headline in capitals: no name.
        assert!(names("Les éléments de l'opération SERVAL ont quitté la ville.").is_empty());
        assert!(names("LA REUNION DU COMITE DE DEFENSE S'EST TENUE HIER").is_empty());
        // A page's rubric after a menu's word: no name.
        assert!(names("Accueil POLITIQUE Le forum adopte une déclaration").is_empty());
        assert!(names("Ils prennent part à l’Opération REASSURANCE en Lettonie.").is_empty());
    }
}
