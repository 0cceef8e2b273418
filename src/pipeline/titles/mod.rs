//! Titles: honorifics, ranks and offices, with the state or organisation an office serves.
//!
//! Every title hit of the scan is a mention, except:
//! - a title inside an organisation's name ("Ministres de la Défense" in "Conseil des
//!   Ministres de la Défense de la CIMCT");
//! - an honorific right after a name particle ("Mahamat Ould Cheikh": part of the name);
//! - a bare rank that is also a common word ("général", "major", "commandant", "capitaine",
//!   "lieutenant") unless a determiner precedes it or a capitalised name follows it ("en
//!   général" is no rank).
//!
//! Abbreviated ranks are the gazetteer's, in their exact case ("Lt-Col", "Gén.", "Col",
//! "Cdt"); "PR", the Président de la République, is an office after an article only
//! ([`abbreviated`]).
//!
//! An office runs over the complements that define its portfolio ([`portfolio_end`]): its
//! qualifiers ("délégué", "adjoint", "par intérim"), its portfolio after "de", "des", "chargé
//! de", "en charge de", "auprès de", "pour", lists of portfolios ("de la Défense, des
//! Retraités et des Affaires sociales"), up to whom it serves, which stays outside: a state or
//! an organisation after a connector ends it ("Président de la République du Ghana" is the
//! office "Président" and the state "République du Ghana"), and so does another office after
//! a connector other than "auprès de" ("Représentant spécial du Secrétaire général" is two
//! offices). A place or a demonym may stand inside ("Conseiller pour l'Afrique du Nord",
//! "chef d'état-major des forces armées émiraties").
//!
//! An office with a demonym inside it is one title when the office goes on after the
//! demonym: "ministre saoudien de la Défense" (the demonym is a state mention too). The
//! office's affiliation (`of`) is the state or organisation right after it ("de la République
//! du Kenya", "de la CIMCT"), or its demonym ("ministre saoudien", "Premier ministre
//! mauritanien").

mod abbreviated;
mod around;
mod letters;
mod portfolio;

use super::{phrase, Mentions};
use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::model::{Affiliation, TitleMention};
use crate::text::blank::{self, blank, phrase_before, soft_gap, Blank};
use crate::text::boundary::{floor_char_boundary, word_before};
use crate::text::NormalizedText;
use crate::types::TitleKind;
use around::{
    extend_class, extend_interim, office_prefix, ordinal_before, without_a_remit_of_others,
};
pub(crate) use portfolio::is_served_head;
use portfolio::portfolio_end;
use std::borrow::Cow;

/// True for the bare titles that are common words too.
fn is_ambiguous(surface: &str) -> bool {
    matches!(
        surface,
        "general" | "major" | "commandant" | "capitaine" | "lieutenant" | "majors" | "generaux"
    )
}

/// True when the rank `surface` (folded) is "commandant" and a complement with "de" follows
/// it at `end` of `folded`: what the office commands.
fn commands_what_follows(surface: &str, folded: &str, end: usize) -> bool {
    matches!(surface, "commandant" | "commandants")
        && [" de ", " du ", " des ", " d'"]
            .iter()
            .any(|de| folded[end..].starts_with(de))
}

/// The titles of a document, in order.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    titles: &[Hit],
    names: &[Hit],
    mentions: &Mentions<'_, 'h>,
) -> Vec<TitleMention<'h>> {
    let input = text.input();
    let folded = text.as_str();
    let mut out = Vec::with_capacity(titles.len());
    let mut capital_lines = crate::text::capitals::CapitalLines::default();
    for hit in titles {
        let Some(kind) = gazetteer.entries(hit).find_map(|e| match e.kind {
            EntryKind::Title(kind) => Some(kind),
            _ => None,
        }) else {
            continue;
        };
        let (start, mut end) = (hit.input_start, hit.input_end);
        if start >= end || mentions.inside_organization(start, end) {
            continue;
        }
        let surface = &folded[hit.start..hit.end];
        // "Mahamat Ould Cheikh", "Obaid bin Sultan", "M. Cheikh Tidiane Ndour-Sall": after a
        // name particle or a civility, a name, not a title.
        // The word before the title, which the tests below ask of.
        let previous = word_before(folded, hit.start);
        // "Bruno Le Maire", not "Son Excellence Le Colonel" (a title before "Le").
        let surname = surname_after_le(input, start, previous).is_some_and(|word| {
            out.last()
                .map_or(true, |t: &TitleMention<'_>| t.end <= word)
        });
        if surname || after_particle(folded, hit.start, previous) {
            continue;
        }
        // "l'état-major général": a title does not start inside a compound, but after the
        // prefixes that make offices of offices ("vice-", "ex-", "co-", "sous-"); nor does it
        // end inside one ("chef de l'État" in "chef de l'état-major").
        if inside_compound(folded, hit.start) || ends_inside_compound(folded, hit.end) {
            continue;
        }
        // The prefix is the office's: "vice-première ministre", "co-présidente"; and so is
        // its ordinal ("2e vice-président", "deuxième secrétaire général adjoint").
        let start = start - office_prefix(input, start);
        let start = if kind == TitleKind::Office {
            start - ordinal_before(input, start)
        } else {
            start
        };
        // A title inside the last one ("Premier ministre" in "ministre délégué auprès du
        // Premier ministre") is no mention: told before its own rules are read.
        if out.last().is_some_and(|t: &TitleMention<'_>| t.end > start) {
            continue;
        }
        // In a line in capitals, a capital tells nothing: not an office after an auxiliary,
        // nor a name after a rank. (The line is read only when a rule below asks.)
        let mut capitals_line = || capital_lines.covers(input, start, end);
        // "ont déjà envoyé des délégations": after an auxiliary, a participle, not an office.
        if kind == TitleKind::Office
            && after_auxiliary(folded, hit.start, previous)
            && (!input[start..].starts_with(char::is_uppercase) || capitals_line())
        {
            continue;
        }
        // "commandant de la zone Sud", "commandant du groupement": the rank that heads what
        // follows is the office of who commands it.
        let kind = if kind == TitleKind::Rank && commands_what_follows(surface, folded, hit.end) {
            TitleKind::Office
        } else {
            kind
        };
        if is_ambiguous(surface)
            && kind == TitleKind::Rank
            && !after_determiner(previous)
            && (capitals_line() || !before_name(input, end))
        {
            continue;
        }
        if kind == TitleKind::Office && abbreviated::pr_without_article(input, start, end) {
            continue;
        }
        // "Maître Wade", but "le maître de cérémonie": the honorific only before a name.
        if surface == "maitre" && (capitals_line() || !before_name(input, end)) {
            continue;
        }
        // "commandant de la Force conjointe", "président de la République du Ghana": the
        // title stops before the organisation or the state it serves.
        let served = mentions
            .organization_overlapping(start, end)
            .map(|o| o.start)
            .or_else(|| mentions.state_overlapping(start, end).map(|c| c.start))
            .filter(|&s| start < s);
        if let Some(served) = served {
            end = trim_connector(input, start, served);
            if end <= start {
                continue;
            }
        }
        // "Mme. Aïssata Tall": an abbreviation's dot, before a name, is the honorific's.
        if kind == TitleKind::Honorific
            && !input[start..end].ends_with('.')
            && input[end..].strip_prefix('.').is_some_and(|rest| {
                rest.trim_start().starts_with(char::is_uppercase)
                    && rest.starts_with(char::is_whitespace)
            })
        {
            end += 1;
        }
        if kind == TitleKind::Rank {
            end = extend_class(input, end);
        }
        let mut of = None;
        if kind == TitleKind::Office {
            let Some((office_end, affiliation)) = office_end(
                gazetteer,
                text,
                (titles, names),
                mentions,
                (surface, hit.end),
                start,
                end,
            ) else {
                continue;
            };
            (end, of) = (office_end, affiliation);
        }
        out.push(TitleMention {
            text: Cow::Borrowed(&input[start..end]),
            start,
            end,
            kind,
            of,
        });
    }
    out
}

/// Where the office at `start..end` (the title hit's `surface` ending at `hit_end` of the
/// folded text) ends, and whom it is of: past its interim, a demonym and the office's words
/// after it ("ministre koweïtien de l'Intérieur"), its portfolio, then a demonym and a
/// portfolio after its qualifiers; `None` when no office stands there.
fn office_end<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    (titles, names): (&[Hit], &[Hit]),
    mentions: &Mentions<'_, 'h>,
    (surface, hit_end): (&str, usize),
    start: usize,
    mut end: usize,
) -> Option<(usize, Option<Affiliation<'h>>)> {
    let (input, folded) = (text.input(), text.as_str());
    let mut of = None;
    end = extend_interim(input, end);
    // "ministre saoudien de la Défense": the office goes on after the demonym.
    if let Some(demonym) = demonym_at(gazetteer, names, folded, hit_end) {
        if let Some(id) = demonym.1 {
            of = gazetteer.country(id).map(|c| Affiliation::Country(c.code));
        }
        let window = &folded[demonym.0..floor_char_boundary(folded, demonym.0 + 80)];
        let window = window.trim_start();
        let mut candidate = String::with_capacity(surface.len() + 1 + window.len());
        candidate.push_str(surface);
        candidate.push(' ');
        candidate.push_str(window);
        let skipped = folded[demonym.0..].len() - folded[demonym.0..].trim_start().len();
        if let Some(len) = gazetteer.title_prefix(&candidate) {
            if len > surface.len() + 1 {
                let new_end = demonym.0 + skipped + (len - surface.len() - 1);
                end = text.to_input(new_end);
            }
        }
        // Any portfolio after the demonym: "Envoyé spécial allemand pour les Grands Lacs",
        // "ministre adjoint iranien des Affaires étrangères".
        let after = text.to_input(demonym.0);
        if end < after && names_a_portfolio(&input[after..]) {
            if let Some(past) = portfolio_end(gazetteer, input, after, titles, mentions) {
                if past > after {
                    end = past;
                }
            }
        }
    }
    let portfolio = if particle_then_name(input, start, end) {
        Some(end)
    } else {
        portfolio_end(gazetteer, input, end, titles, mentions)
    };
    let portfolio = portfolio?;
    end = without_a_remit_of_others(input, titles, start, end, portfolio);
    // "Conseiller militaire principal belge pour l'Afrique centrale": past the
    // qualifiers, a demonym, then a portfolio.
    let at = end + soft_gap(&input[end..]);
    // (A demonym starts with a letter: most offices are followed by none.)
    let letter = at > end && input[at..].starts_with(char::is_alphabetic);
    if let Some(after) = mentions.demonym_ending(at).filter(|_| letter) {
        if names_a_portfolio(&input[after..]) {
            if let Some(past) = portfolio_end(gazetteer, input, after, titles, mentions) {
                if past > after {
                    end = past;
                }
            }
        }
    }
    end = without_demonym_of_the_head(input, start, end, mentions);
    if of.is_none() {
        of = mentions.affiliation_after(input, end);
    }

    Some((end, of))
}

/// True when the office at `start..end`, written in lower case, is followed by a capitalised
/// "De", "Du" or "Da" and a capitalised word that is no article: a surname's particle ("le
/// ministre De Crem", "le président De Gaulle"), not a portfolio, which title case writes
/// with its article ("le Ministre De La Défense").
fn particle_then_name(input: &str, start: usize, end: usize) -> bool {
    if !input[start..].starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let lead = soft_gap(&input[end..]);
    let rest = &input[end + lead..];
    let Some(after) = ["De", "Du", "Da"].iter().find_map(|p| rest.strip_prefix(p)) else {
        return false;
    };
    let lead_after = soft_gap(after);
    if lead == 0 || lead_after == 0 {
        return false;
    }
    let word = after[lead_after..]
        .split(|c: char| c.is_whitespace() || c == ',' || c == '.')
        .next()
        .unwrap_or("");
    word.starts_with(char::is_uppercase)
        && !["La", "Le", "Les", "L'", "L’"]
            .iter()
            .any(|a| word == *a || (word.starts_with(a) && a.ends_with(['\'', '’'])))
}

/// True when the folded text at `start` goes on a compound word ("etat-major general"), other
/// than after a prefix of offices ("vice-president", "ex-ministre", "co-presidente").
fn inside_compound(folded: &str, start: usize) -> bool {
    let Some(before) = folded[..start].strip_suffix('-') else {
        return false;
    };
    let word = word_before(folded, before.len());
    !word.is_empty()
        && before.ends_with(word)
        && !matches!(word, "vice" | "ex" | "co" | "sous" | "pro")
}

/// True when the folded text at `end` goes on a compound word ("chef de l'etat" in "chef de
/// l'etat-major").
fn ends_inside_compound(folded: &str, end: usize) -> bool {
    folded[end..]
        .strip_prefix('-')
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphabetic()))
}

/// True when `rest` opens with a portfolio whose noun is capitalised, past its connector and
/// article ("des Affaires étrangères", "pour le Sahel", "chargé de l'Intérieur"): not a
/// complement of the sentence ("au terme de la rencontre", "à la tribune").
fn names_a_portfolio(rest: &str) -> bool {
    const SMALL: [&str; 15] = [
        "de", "des", "du", "pour", "à", "au", "aux", "chargé", "chargée", "en", "charge", "auprès",
        "la", "le", "les",
    ];
    let mut words = rest
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .filter(|w| !w.is_empty());
    words
        .by_ref()
        .take(5)
        .find(|w| {
            !SMALL.contains(&w.to_lowercase().as_str()) && !matches!(*w, "d" | "l" | "D" | "L")
        })
        // (Capitalised, not in capitals: in a line in capitals a capital tells nothing.)
        .is_some_and(crate::text::capitals::is_capitalised_in_lower_case)
}

/// The end of an office without the adjective of nationality or region that ends it when it
/// does not agree in number with the noun before it: it then qualifies the office's head,
/// whom the office serves, and stays outside ("chefs de police africains", "chefs d'État et
/// de gouvernement ouest-africains"); one that agrees stays in ("commandant des forces armées
/// émiraties", "ministre de la Défense nationale"). Words whose number does not show
/// ("français", "pays") tell nothing.
fn without_demonym_of_the_head(
    input: &str,
    start: usize,
    end: usize,
    mentions: &Mentions<'_, '_>,
) -> usize {
    use super::phrase::grammatical_number as number;
    let office = &input[start..end];
    let Some(space) = office.rfind(char::is_whitespace) else {
        return end;
    };
    let after_space = space + office[space..].chars().next().map_or(1, char::len_utf8);
    let last = &office[after_space..];
    // The adjective's number shows on its last part ("ouest-africains").
    let adjective = last
        .bytes()
        .rposition(|b| b == b'-')
        .map_or(last, |i| &last[i + 1..]);
    // (Most last words tell no number, or agree with the noun: what comes first is read
    // first.)
    let Some(plural) = number(adjective) else {
        return end;
    };
    let before = office[..space].trim_end();
    // The noun: the word before, after a blank or an apostrophe.
    let noun_at = before
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace() || matches!(c, '\'' | '’'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let noun = &before[noun_at..];
    if number(noun).map_or(true, |noun_plural| noun_plural == plural)
        || noun.is_empty()
        || !before.contains(char::is_whitespace)
    {
        return end;
    }
    let demonym = mentions
        .countries
        .binary_search_by_key(&(start + after_space), |c| c.start)
        .is_ok_and(|i| mentions.countries[i].demonym && mentions.countries[i].end == end);
    if demonym || phrase::adjective_like(&crate::text::fold_str(adjective)) {
        start + before.len()
    } else {
        end
    }
}

/// The end of a demonym right after `at` (folded), with its state.
fn demonym_at(
    gazetteer: &Gazetteer,
    names: &[Hit],
    folded: &str,
    at: usize,
) -> Option<(usize, Option<u32>)> {
    let next = at + (folded[at..].len() - folded[at..].trim_start_matches(' ').len());
    if next == at {
        return None;
    }
    let hit = &names[names.binary_search_by_key(&next, |h| h.start).ok()?];
    let id = gazetteer.entries(hit).find_map(|e| match e.kind {
        EntryKind::Demonym(id) => Some(id),
        _ => None,
    })?;
    Some((hit.end, Some(id)))
}

/// True when `previous`, the word before a title, is a determiner.
fn after_determiner(previous: &str) -> bool {
    matches!(
        previous,
        "le" | "la"
            | "les"
            | "l"
            | "du"
            | "au"
            | "aux"
            | "des"
            | "un"
            | "une"
            | "ce"
            | "son"
            | "sa"
            | "leur"
    )
}

/// The end of the text before `org_start` without the connector ("de la", "du") before it.
fn trim_connector(input: &str, start: usize, org_start: usize) -> usize {
    let before = input[start..org_start].trim_end();
    let lower = before.to_lowercase();
    for connector in [
        " de la", " de l'", " de l’", " du", " des", " de", " d'", " d’",
    ] {
        if let Some(len) = phrase_before(&lower, connector) {
            return start + before.len() - len;
        }
    }
    start + before.len()
}

/// True when the word before `at` is an auxiliary of the past ("a", "ont", "avait"…),
/// perhaps with an adverb between ("ont déjà"); `word` is the word before `at`.
fn after_auxiliary(folded: &str, at: usize, word: &str) -> bool {
    phrase::after_auxiliary(folded, at, word, |w| {
        matches!(
            w,
            "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "ete"
        )
    })
}

/// True after a name particle ("Ould Cheikh", "bin Sultan") or a civility ("M. Cheikh
/// Tidiane"): what follows is a name; `word` is the word before `at`.
fn after_particle(folded: &str, at: usize, word: &str) -> bool {
    let civility = matches!(word, "mme" | "mr" | "dr")
        || (word == "m" && folded[..at].trim_end().ends_with('.'));
    civility
        || matches!(
            word,
            "ould" | "bin" | "ben" | "ibn" | "bint" | "bent" | "abou" | "abu" | "ag"
        )
}

/// When the capitalised title at `start` follows a capitalised "Le" or "La" that follows a
/// capitalised word inside a sentence ("Bruno Le Maire", "Awa La Reine"), a surname and its
/// particle (an office's article is in lower case there): the start of that word. `word` is
/// the folded word before `start`.
fn surname_after_le(input: &str, start: usize, word: &str) -> Option<usize> {
    if !matches!(word, "le" | "la") || !input[start..].starts_with(char::is_uppercase) {
        return None;
    }
    let before = input[..start].trim_end_matches(|c| blank(c) == Blank::Space);
    let rest = before
        .strip_suffix("Le")
        .or_else(|| before.strip_suffix("La"))?;
    // (On one line: "Le" that opens a line opens its sentence.)
    let rest = blank::strip_soft_gap_end(rest)
        .filter(|r| !rest[r.len()..].contains(|c| blank(c) == Blank::Break))
        .unwrap_or("");
    let first = rest
        .rfind(|c: char| !c.is_alphabetic() && c != '-')
        .map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &rest[first..];
    (word.ends_with(char::is_alphabetic)
        && crate::text::capitals::is_capitalised_in_lower_case(word))
    .then_some(first)
}

fn before_name(input: &str, at: usize) -> bool {
    input[at..]
        .trim_start_matches(|c| c == ',' || blank(c) != Blank::No)
        .starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests;
