//! Where names start after a title: the last title of a chain (past whom an office serves, a
//! rank's demonym, an abbreviation in parentheses, one comma), and the names of a list after a
//! plural one; and the names in apposition before an office or a rank.

use super::after_nouns::after_an_article;
use super::after_nouns::found_untitled;
use super::*;
use crate::lexicon::PROFESSIONS_BEFORE_NAMES;
use crate::text::blank::{phrase_len, soft_gap};

/// The English honorifics of the gazetteer, as written: never a given name after a rank.
const ENGLISH_HONORIFICS: [&str; 2] = ["Sir", "Lord"];

/// The names written after a title (the last of a chain of titles), past whom an office
/// serves and one comma, added to `found`; `affiliations` is a working vector.
#[inline(never)]
pub(super) fn after_titles(
    gazetteer: &Gazetteer,
    input: &str,
    titles: &[TitleMention<'_>],
    mentions: &Mentions<'_, '_>,
    affiliations: &mut Vec<Option<usize>>,
    found: &mut Vec<Found>,
) {
    // Room for a name after each title (most have one), not grown by doubling.
    found.reserve(titles.len());
    let mut capitals = CapitalLines::default();
    // Where the affiliation after each title read so far ends, if it has one.
    affiliations.clear();
    affiliations.reserve(titles.len());
    for (i, title) in titles.iter().enumerate() {
        // Only the last title of a chain starts a name. (The affiliation after the title,
        // asked once: for the chain, the chains that end later, and as the start of what
        // follows.)
        let affiliation = mentions.affiliation_span_after(input, title.end);
        affiliations.push(affiliation);
        if titles.get(i + 1).is_some_and(|next| {
            near(title.end, next.start) && chained_past(input, title.end, next.start, affiliation)
        }) {
            continue;
        }
        let at = past_the_title(input, title, affiliation, mentions);
        let Some((skipped, gap)) = gap_before_the_name(input, title, at) else {
            continue;
        };
        let Some((start, first, initial)) =
            first_word_of_the_name(gazetteer, input, title, at + skipped, mentions)
        else {
            continue;
        };
        // Words in capitals follow a title in a name, but in a line in capitals only a name
        // that starts at a known given name.
        let in_capitals = is_in_capitals(first.text)
            && capitals.covers(input, first.start, first.end)
            && !gazetteer.is_given_name(first.text);
        // "le commandant de la Force Conjointe": after an office that ends with a capitalised
        // noun, one capitalised word without a comma goes on that noun's name.
        // (Asked only of a name of one word.)
        let ends_capitalised = || {
            title.kind == TitleKind::Office
                && title.text.contains(char::is_whitespace)
                && title
                    .text
                    .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                    .next()
                    .is_some_and(|last| last.starts_with(char::is_uppercase))
        };
        let glued = skipped > 0 && !gap.contains(',');
        if let Some((end, n)) = name_from(input, first, mentions, !in_capitals)
            .map(|(end, n)| (end, n + initial))
            .filter(|&(_, n)| n > 1 || !(glued && ends_capitalised()))
            .filter(|&(_, n)| n > 1 || !acronym_like(first.text))
            // One word on the next line opens its sentence ("… les gouverneurs\nPoursuivant
            // les consultations, …").
            .filter(|&(_, n)| n > 1 || !gap.contains('\n'))
            .filter(|&(end, _)| !gap.contains(':') || ends_an_item(input, end))
        {
            let chain = chain_before(input, titles, i, affiliations);
            let named = Named {
                start,
                end,
                words: n,
                first,
            };
            push_names(input, titles, i, mentions, named, chain, found);
        }
    }
}

/// Where the name after `title` may start: past an honorific's dot, whom the office serves
/// (`affiliation`, where it ends, when the title's end is the name's start), where its holder
/// is posted, the rank's demonym and the title's abbreviation in parentheses.
fn past_the_title(
    input: &str,
    title: &TitleMention<'_>,
    affiliation: Option<usize>,
    mentions: &Mentions<'_, '_>,
) -> usize {
    let mut at = title.end;
    // "Mme. Aïssata Diallo": an abbreviation's dot after an honorific found without it.
    if title.kind == TitleKind::Honorific && !title.text.ends_with('.') {
        at += usize::from(input[at..].starts_with('.'));
    }
    let affiliation = if at == title.end {
        affiliation
    } else {
        mentions.affiliation_span_after(input, at)
    };
    if let Some(end) = affiliation {
        at = end;
    }
    // "l'ambassadeur de Chine au Niger WANG Lei", "le gouverneur de la région de Maradi, …":
    // where an office's holder serves.
    if title.kind == TitleKind::Office {
        let posting = mentions.posting_span_after(input, at).or_else(|| {
            affiliation
                .is_none()
                .then(|| mentions.locality_span_after(input, at))
                .flatten()
        });
        if let Some(end) = posting {
            at = end;
        }
    }
    // "le général nigérian Illya Abbah": the rank's demonym, outside the title.
    let blanks = input[at..].len()
        - input[at..]
            .trim_start_matches(|c| blank(c) != Blank::No)
            .len();
    if blanks > 0 && is_soft_gap(&input[at..at + blanks]) {
        if let Some(end) = mentions.demonym_ending(at + blanks) {
            at = end;
        }
    }
    // "le lieutenant-colonel (lcol) Kent Miller": the title's abbreviation in parentheses.
    if let Some(len) = abbreviation_in_parentheses(&input[at..]) {
        at += len;
    }
    at
}

/// The gap from `at` to the name after `title` (its length and its text): blanks and at most
/// one comma, one colon (after an office listed with its holder) and one line break; `None`
/// when there are more.
fn gap_before_the_name<'i>(
    input: &'i str,
    title: &TitleMention<'_>,
    at: usize,
) -> Option<(usize, &'i str)> {
    let rest = &input[at..];
    // "Directeur général du protocole : Awa Sow ;": in a list of appointments, an office that
    // opens its line or its item, a colon, then its holder's name, which the item's end
    // closes.
    let listed_office = title.kind == TitleKind::Office
        && rest
            .trim_start_matches(|c| blank(c) == Blank::Space)
            .starts_with(':')
        && opens_an_item(input, title.start);
    let skipped = rest.len()
        - rest
            .trim_start_matches(|c| {
                c == ',' || (listed_office && c == ':') || blank(c) != Blank::No
            })
            .len();
    let gap = &rest[..skipped];
    // (Most gaps are one space.)
    let too_wide = gap != " "
        && (gap.matches(',').count() > 1
            || gap.matches(':').count() > 1
            || gap.chars().filter(|&c| blank(c) == Blank::Break).count() > 1);
    (!too_wide).then_some((skipped, gap))
}

/// The first word of the name after `title` that may start at `start`, with where the name
/// starts and the words before the first one that it counts (an initial, a nobiliary
/// particle): past a profession written out ("le ministre d'État Docteur Mohamed Diané"), an
/// initial ("le lieutenant-colonel D. MARDUEL") and with the particle after a rank or an
/// honorific ("le général de Villiers").
fn first_word_of_the_name<'i>(
    gazetteer: &Gazetteer,
    input: &'i str,
    title: &TitleMention<'_>,
    start: usize,
    mentions: &Mentions<'_, '_>,
) -> Option<(usize, Word<'i>, usize)> {
    let first = word_at(input, start)?;
    // "le ministre d'État Docteur Mohamed Diané": a profession written out before the name is
    // neither a title nor part of the name.
    let profession = PROFESSIONS_BEFORE_NAMES.contains(&first.text);
    let (start, first) = match profession
        .then(|| next_word(input, first.run_end))
        .flatten()
    {
        Some(next) if is_soft_gap(&input[first.end..next.start]) => (next.start, next),
        _ => (start, first),
    };
    // "le lieutenant-colonel D. MARDUEL": an initial opens the name that follows it ("M." is
    // Monsieur's).
    let (first, initial) = match (is_initial(first.text) && first.text != "M.")
        .then(|| next_word(input, first.run_end))
        .flatten()
    {
        Some(next) if is_soft_gap(&input[first.end..next.start]) => (next, 1),
        _ => (first, 0),
    };
    // "le général de Villiers", "M. du Plessis": after a rank or an honorific, a nobiliary
    // particle opens the name when a capitalised word that nothing else claims follows it,
    // and no given name nor elided complement after that word (in "le colonel du Génie Jean
    // Dupont", "le Général de Corps d'Armée" the particle is the rank's complement).
    let particle = matches!(title.kind, TitleKind::Rank | TitleKind::Honorific)
        && matches!(first.text, "de" | "du")
        && initial == 0;
    match particle.then(|| next_word(input, first.run_end)).flatten() {
        Some(next)
            if is_soft_gap(&input[first.end..next.start])
                && words::is_capitalised(next.text)
                && !mentions.overlaps_any(next.start, next.end)
                && !next_word(input, next.run_end).is_some_and(|after| {
                    is_soft_gap(&input[next.end..after.start])
                        && (gazetteer.is_given_name(after.text)
                            || after.text.starts_with("d'")
                            || after.text.starts_with("d’"))
                }) =>
        {
            Some((first.start, next, 1))
        }
        _ => Some((start, first, initial)),
    }
}

/// A name read after a title: its span, its words, and its first word as read.
struct Named<'i> {
    start: usize,
    end: usize,
    words: usize,
    first: Word<'i>,
}

/// Adds the name `named` after the chain of titles `chain` (which title `last` ends) to
/// `found`, and after a plural title the names of its list ("les généraux de brigade A B, C D
/// et E F").
fn push_names(
    input: &str,
    titles: &[TitleMention<'_>],
    last: usize,
    mentions: &Mentions<'_, '_>,
    named: Named<'_>,
    mut chain: Vec<usize>,
    found: &mut Vec<Found>,
) {
    let Named {
        mut start,
        end,
        words: mut n,
        first,
    } = named;
    // "le général Cheikh Wade": after a rank, an honorific written as a word is the given
    // name (and no longer a title), unless the name is a Gulf chain of filiation that the
    // honorific opens ("le général Cheikh Adel bin Jassim Al Dosari"), or the honorific an
    // English one, never a given name ("le général Sir John Smith").
    if let [.., rank, honorific] = chain[..] {
        let filiation = input[first.start..end]
            .split_whitespace()
            .any(|w| w == "Al" || lower_case_in(w, &["bin", "ben", "ibn"]));
        if titles[rank].kind == TitleKind::Rank
            && titles[honorific].kind == TitleKind::Honorific
            && !titles[honorific].text.contains('.')
            && is_capitalised(&titles[honorific].text)
            && !ENGLISH_HONORIFICS.contains(&titles[honorific].text.as_ref())
            && !filiation
        {
            start = titles[honorific].start;
            n += 1;
            chain.pop();
        }
    }
    // "les généraux de brigade A B, C D et E F": a plural title names a list.
    let plural = titles[last]
        .text
        .split_whitespace()
        .next()
        .is_some_and(|head| head.ends_with(['s', 'x']));
    let mut name = (start, end, n);
    loop {
        let next = plural
            .then(|| next_in_list(input, name.1, mentions))
            .flatten();
        // The chain itself for the last name (most titles name one), a copy before.
        let titles = match next {
            Some(_) => chain.clone(),
            None => std::mem::take(&mut chain),
        };
        found.push(Found {
            start: name.0,
            end: name.1,
            words: name.2,
            titles,
            key: None,
        });
        match next {
            Some(next) => name = next,
            None => break,
        }
    }
}

/// The next name of a list after a name ending at `end`: after a comma or "et", a name of
/// one word or more (start, end, words).
fn next_in_list(
    input: &str,
    end: usize,
    mentions: &Mentions<'_, '_>,
) -> Option<(usize, usize, usize)> {
    let rest = &input[end..];
    let gap = soft_gap(rest);
    let after = if rest[gap..].starts_with(',') {
        gap + 1
    } else {
        gap + phrase_len(&rest[gap..], "et")?
    };
    let blanks = soft_gap(&rest[after..]);
    if blanks == 0 && !rest[..after].ends_with(',') {
        return None;
    }
    let first = word_at(input, end + after + blanks)?;
    let (name_end, n) = name_from(input, first, mentions, true)?;
    Some((first.start, name_end, n))
}

/// The length of a short abbreviation in parentheses at the start of `text` after one blank
/// ("(lcol)", "(Gén.)"), with that blank.
fn abbreviation_in_parentheses(text: &str) -> Option<usize> {
    let len = crate::pipeline::mentions::parenthesis_len(text)?;
    let gap = soft_gap(text);
    let inner = &text[gap + 1..len - 1];
    (gap > 0
        && inner.len() <= 8
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-'))
    .then_some(len)
}

/// True when a word in capitals is an acronym rather than a surname: no vowel ("PRD"), or a
/// single letter joined by a hyphen ("N-VA").
fn acronym_like(word: &str) -> bool {
    let vowel = |c: char| "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ".contains(c);
    is_in_capitals(word)
        && (!word.chars().any(vowel)
            || word.split('-').any(|part| part.chars().count() == 1) && word.contains('-'))
}

/// The names in apposition before an office or a rank, of two words or more, whatever their
/// given name: "Abdeltif Loudyi, ministre délégué", "… et d'Antony Blinken, le secrétaire
/// d'État". The name ends at the comma before the title (and its article); it starts at the
/// first capitalised word from which one name runs to that comma.
#[inline(never)]
pub(super) fn before_titles(
    cx: Reader<'_, '_>,
    titles: &[TitleMention<'_>],
    names: &mut FoundNames,
) {
    let (input, candidates, mentions) = (cx.input, cx.candidates, cx.mentions);
    let FoundNames { found, covered, .. } = names;
    /// How far before the comma a name may start, in bytes (seven long words).
    const REACH: usize = 96;
    for title in titles.iter().filter(|t| t.kind != TitleKind::Honorific) {
        let before = &input[..title.start];
        let before = match strip_soft_gap_end(before)
            .and_then(|b| b.strip_suffix("le").or_else(|| b.strip_suffix("la")))
        {
            Some(rest) => rest,
            None => before
                .strip_suffix("l'")
                .or_else(|| before.strip_suffix("l’"))
                .unwrap_or(before),
        };
        let Some(comma) = before
            .trim_end_matches(|c| blank(c) != Blank::No)
            .strip_suffix(',')
            .map(str::len)
        else {
            continue;
        };
        let high = candidates.partition_point(|w| w.start < comma);
        // The name's last word is capitalised and ends at the comma.
        if high == 0 || candidates[high - 1].end != comma {
            continue;
        }
        let low = candidates.partition_point(|w| w.start + REACH < comma);
        for w in &candidates[low..high] {
            if covered.covers(w.start, w.end) {
                continue;
            }
            if SENTENCE_OPENERS.contains(&w.text) || !is_capitalised(w.text) {
                continue;
            }
            if let Some((end, n)) = name_from(input, *w, mentions, false) {
                if end == comma
                    && n >= 2
                    && !covered.covers(w.start, end)
                    && !after_an_article(&input[..w.start])
                {
                    found_untitled(found, covered, w.start, end, n);
                    break;
                }
            }
        }
    }
}

/// True when the title at `start` opens an item of a list: after ";", a bullet at a line's
/// start, or a line that ends a sentence or an item (a line wrapped inside a sentence opens
/// none).
fn opens_an_item(input: &str, start: usize) -> bool {
    let spaces = |c| blank(c) == Blank::Space;
    let before = input[..start].trim_end_matches(spaces);
    let before = match before.strip_suffix(['•', '-', '–', '*']) {
        Some(bullet) if bullet.trim_end_matches(spaces).ends_with('\n') => {
            return true;
        }
        _ => before,
    };
    if before.is_empty() || before.ends_with(';') {
        return true;
    }
    match before.strip_suffix('\n') {
        Some(line) => {
            let line = line.trim_end();
            line.is_empty() || line.ends_with([';', '.', ':', '!', '?'])
        }
        None => false,
    }
}

/// True when the name that ends at `end` ends its item: a semicolon, a full stop, a comma
/// or the line's end follows it.
fn ends_an_item(input: &str, end: usize) -> bool {
    let after = input[end..].trim_start_matches(|c| blank(c) == Blank::Space);
    after.is_empty() || after.starts_with([';', '.', ',', '\n', '\r'])
}

#[cfg(test)]
mod tests {
    use super::super::testing::{names, pair, persons};

    #[test]
    fn a_profession_written_out_after_a_title_is_not_the_names() {
        assert_eq!(
            persons("Le ministre d'État Docteur Kemal ORBANDI a reçu les chefs."),
            [pair("Kemal ORBANDI", "Kemal ORBANDI")]
        );
    }

    #[test]
    fn a_nobiliary_particle_after_a_rank_or_an_honorific_opens_the_name() {
        assert_eq!(
            persons("Il a salué le général de Boisrenaud puis M. du Vallon."),
            [
                pair("de Boisrenaud", "de Boisrenaud"),
                pair("du Vallon", "du Vallon")
            ]
        );
        // The rank's complement: a given name, or an elided word, after the capitalised word.
        assert_eq!(
            persons("Le colonel du Génie Marc Tessier et le Général de Corps d'Armée Yaya Koné."),
            [
                pair("Marc Tessier", "Marc Tessier"),
                pair("Yaya Koné", "Yaya Koné")
            ]
        );
        // Nor a state after the particle.
        assert!(persons("Il a reçu le général de Madagascar.").is_empty());
    }

    #[test]
    fn an_initial_after_a_title_opens_the_name() {
        assert_eq!(
            persons("Il a été reçu par le lieutenant-colonel D. MARBOUEL, attaché de défense."),
            [pair("D. MARBOUEL", "D. MARBOUEL")]
        );
        // "M." after a title is Monsieur's.
        assert_eq!(
            persons("L'ambassadeur du Japon M. Kenji ODATO a signé."),
            [pair("Kenji ODATO", "Kenji ODATO")]
        );
    }

    #[test]
    fn full_names_seen_again_whole_or_by_their_first_words() {
        let text = "Le porte-parole du ministère zambien de l'Intérieur, Kaunda Mweemba \
                    Phiri, a dénoncé l'attaque. Kaunda Mweemba a ensuite reçu la presse. \
                    Kaunda Mweemba Phiri a conclu.";
        assert_eq!(
            persons(text),
            [
                pair("Kaunda Mweemba Phiri", "Kaunda Mweemba Phiri"),
                pair("Kaunda Mweemba", "Kaunda Mweemba Phiri"),
                pair("Kaunda Mweemba Phiri", "Kaunda Mweemba Phiri"),
            ]
        );
    }

    #[test]
    fn a_rank_and_its_demonym_then_the_name() {
        let text = "La brigade que commande le colonel  tchadien\tOumar Djimet Taha a reçu des \
                    renforts.";
        assert_eq!(
            persons(text),
            [pair("Oumar Djimet Taha", "Oumar Djimet Taha")]
        );
    }

    #[test]
    fn an_honorific_glued_to_the_name() {
        let text = "Il s'est entretenu avec M.Tidjane Wobo Kadré, puis avec Mme.Awa Sidibé.";
        let names: Vec<String> = persons(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(names, ["Tidjane Wobo Kadré", "Awa Sidibé"]);
        // Not inside initials.
        assert!(persons("Les forces des U.S.A. et du Canada.").is_empty());
    }

    #[test]
    fn particles_in_capitals_conjunctions_and_the_names_of_bodies_after_titles() {
        assert_eq!(
            names("Le ministre Saïd Rachid EL Mansouri a signé."),
            ["Saïd Rachid EL Mansouri"]
        );
        assert!(names("Le Roi, Que Dieu Le Préserve, a reçu la délégation.").is_empty());
        // The title ends with a body's capitalised noun: one word after it is that body's.
        assert!(names("Le commandant de la Force Mixte a visité le camp.").is_empty());
        assert_eq!(
            names("Le commandant de la Force, Hamidou Kanté, a visité le camp."),
            ["Hamidou Kanté"]
        );
    }

    #[test]
    fn after_a_rank_an_honorific_word_is_the_given_name_unless_a_gulf_filiation_follows() {
        let text = "Le général de corps d'armée Cheikh Mbodj a reçu le général de brigade \
                    Cheikh Salem bin Rashid Al Nuaimi.";
        assert_eq!(
            persons(text),
            [
                pair("Cheikh Mbodj", "Cheikh Mbodj"),
                pair("Salem bin Rashid Al Nuaimi", "Salem bin Rashid Al Nuaimi")
            ]
        );
        let found = crate::Extractor::new().extract(text);
        let titles: Vec<&str> = found.titles.iter().map(|t| &*t.text).collect();
        assert_eq!(
            titles,
            ["général de corps d'armée", "général de brigade", "Cheikh"]
        );
        assert_eq!(found.persons[0].titles, [0]);
        assert_eq!(found.persons[1].titles, [1, 2]);
        // "bent", as the Maghreb writes "bint", joins a name's parts.
        assert_eq!(
            names("La princesse Rima bent Bandar a reçu la délégation."),
            ["Rima bent Bandar"]
        );
        // An English honorific is never a given name.
        assert_eq!(
            names("Le Lieutenant-Général Sir Peter Wall a reçu la délégation."),
            ["Peter Wall"]
        );
    }

    #[test]
    fn an_office_opening_an_item_a_colon_and_its_holder() {
        // A list of appointments: the office opens its line or item, the name ends it.
        assert_eq!(
            names(
                "Mesures individuelles :\nDirecteur du protocole : El Hacen Ould Sidi ;\n\
                 Ambassadeur au Niger : Sidaty Cheikh Ahmed Ould Baba;Conseiller : Kodjo Ayi."
            ),
            [
                "El Hacen Ould Sidi",
                "Sidaty Cheikh Ahmed Ould Baba",
                "Kodjo Ayi"
            ]
        );
        // Inside a sentence, or before the rest of one, a colon opens no name.
        assert!(names("Il a nommé le directeur du protocole : Sidaty Baba.").is_empty());
        assert!(names("Directeur du protocole : Sidaty Baba Fall a signé.").is_empty());
    }
}
