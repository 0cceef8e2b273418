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

use super::phrase::{
    adjective_like, fold_head, gap, input_len_of_folded, starts_with_word, word_at_start,
    FoldedWord, PHRASE_STOPS,
};
use super::Mentions;
use crate::gazetteer::{EntryKind, Gazetteer, Hit};
use crate::model::{Affiliation, TitleMention};
use crate::text::blank::{blank, phrase_before, phrase_len, soft_gap, Blank};
use crate::text::boundary::{floor_char_boundary, word_before};
use crate::text::NormalizedText;
use crate::types::TitleKind;
use std::borrow::Cow;

/// Bare titles that are common words too.
const AMBIGUOUS: [&str; 7] = [
    "general",
    "major",
    "commandant",
    "capitaine",
    "lieutenant",
    "majors",
    "generaux",
];

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
        if after_particle(folded, hit.start) {
            continue;
        }
        // "ont déjà envoyé des délégations": after an auxiliary, a participle, not an office.
        if kind == TitleKind::Office
            && !input[start..].starts_with(char::is_uppercase)
            && after_auxiliary(folded, hit.start)
        {
            continue;
        }
        // In a line in capitals, a capital after a rank tells no name.
        let capitals_line = capital_lines.covers(input, start, end);
        if AMBIGUOUS.contains(&surface)
            && !after_determiner(folded, hit.start)
            && (capitals_line || !before_name(input, end))
        {
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
        let mut of = None;
        if kind == TitleKind::Office {
            end = extend_interim(input, end);
            // "ministre saoudien de la Défense": the office goes on after the demonym.
            if let Some(demonym) = demonym_at(gazetteer, names, folded, hit.end) {
                if let Some(id) = demonym.1 {
                    of = gazetteer.country(id).map(|c| Affiliation::Country(c.code));
                }
                let window = &folded[demonym.0..floor_char_boundary(folded, demonym.0 + 80)];
                let candidate = format!("{} {}", surface, window.trim_start());
                let skipped = folded[demonym.0..].len() - folded[demonym.0..].trim_start().len();
                if let Some(len) = gazetteer.title_prefix(&candidate) {
                    if len > surface.len() + 1 {
                        let new_end = demonym.0 + skipped + (len - surface.len() - 1);
                        end = text.to_input(new_end);
                    }
                }
            }
            end = portfolio_end(gazetteer, input, end, titles, mentions);
            if of.is_none() {
                of = mentions.affiliation_after(input, end);
            }
        }
        if out.last().is_some_and(|t: &TitleMention<'_>| t.end > start) {
            continue;
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

fn after_determiner(folded: &str, at: usize) -> bool {
    matches!(
        word_before(folded, at),
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

/// "par intérim" stays in the office ("Secrétaire général par intérim").
fn extend_interim(input: &str, end: usize) -> usize {
    let rest = &input[end..];
    let gap = soft_gap(rest);
    ["par intérim", "par interim"]
        .iter()
        .find_map(|p| phrase_len(&rest[gap..], p))
        .map_or(end, |len| end + gap + len)
}

/// True when the word before `at` is an auxiliary of the past ("a", "ont", "avait"…),
/// perhaps with an adverb between ("ont déjà").
fn after_auxiliary(folded: &str, at: usize) -> bool {
    let is_auxiliary = |w: &str| {
        matches!(
            w,
            "a" | "ont" | "avait" | "avaient" | "aura" | "auront" | "ete"
        )
    };
    let word = word_before(folded, at);
    if is_auxiliary(word) {
        return true;
    }
    let adverb = matches!(
        word,
        "deja"
            | "aussi"
            | "egalement"
            | "notamment"
            | "bien"
            | "ensuite"
            | "recemment"
            | "enfin"
            | "pas"
            | "jamais"
    );
    adverb && {
        let before = folded[..at].trim_end();
        is_auxiliary(word_before(folded, before.len() - word.len()))
    }
}

/// True after a name particle ("Ould Cheikh", "bin Sultan") or a civility ("M. Cheikh
/// Tidiane"): what follows is a name.
fn after_particle(folded: &str, at: usize) -> bool {
    let word = word_before(folded, at);
    let civility = matches!(word, "mme" | "mr" | "dr")
        || (word == "m" && folded[..at].trim_end().ends_with('.'));
    civility
        || matches!(
            word,
            "ould" | "bin" | "ben" | "ibn" | "bint" | "abou" | "abu" | "ag"
        )
}

fn before_name(input: &str, at: usize) -> bool {
    input[at..]
        .trim_start_matches(|c| c == ',' || blank(c) != Blank::No)
        .starts_with(char::is_uppercase)
}

/// Qualifiers that stay in an office after its head ("ministre délégué", "directeur de cabinet
/// adjoint", "présidente sortante", "président en exercice"), folded.
const OFFICE_QUALIFIERS: [&str; 24] = [
    "adjoint",
    "adjointe",
    "adjoints",
    "adjointes",
    "delegue",
    "deleguee",
    "delegues",
    "deleguees",
    "special",
    "speciale",
    "speciaux",
    "sortant",
    "sortante",
    "sortants",
    "supreme",
    "permanent",
    "permanente",
    "principal",
    "principale",
    "executif",
    "executive",
    "en exercice",
    "par interim",
    "a.i.",
];

/// The words that open a portfolio after an office, folded, longest first: a connector, or a
/// phrase that ends with one ("chargé de la", "en charge des", "auprès du", "pour les"). "et"
/// opens one only before another ("et de la Justice").
const PORTFOLIO_OPENERS: [&str; 38] = [
    "charge de la ",
    "charge de l'",
    "charge des ",
    "charge du ",
    "charge de ",
    "charge d'",
    "chargee de la ",
    "chargee de l'",
    "chargee des ",
    "chargee du ",
    "chargee de ",
    "charges de la ",
    "charges des ",
    "charges du ",
    "charges de ",
    "en charge de la ",
    "en charge de l'",
    "en charge des ",
    "en charge du ",
    "en charge de ",
    "aupres de la ",
    "aupres de l'",
    "aupres du ",
    "aupres des ",
    "pour la ",
    "pour l'",
    "pour les ",
    "pour le ",
    "de la ",
    "de l'",
    "des ",
    "du ",
    "de ",
    "d'",
    "a la ",
    "a l'",
    "aux ",
    "au ",
];

/// Heads of bodies, events and groups of states: after a connector with an article ("du
/// Comité", "de la mission", "des pays"), the one the office serves, which stays outside;
/// without one, a kind of portfolio ("chef de mission"). Folded.
const SERVED_HEADS: [&str; 54] = [
    "coalition",
    "comite",
    "commission",
    "conseil",
    "centre",
    "agence",
    "office",
    "organisation",
    "organisations",
    "departement",
    "direction",
    "ambassade",
    "ministere",
    "mission",
    "programme",
    "union",
    "ligue",
    "communaute",
    "fondation",
    "institut",
    "universite",
    "ecole",
    "academie",
    "hopital",
    "federation",
    "societe",
    "assemblee",
    "parlement",
    "senat",
    "cour",
    "tribunal",
    "bureau",
    "secretariat",
    "observatoire",
    "cellule",
    "college",
    "delegation",
    "foire",
    "forum",
    "sommet",
    "conference",
    "reunion",
    "session",
    "pays",
    "etats",
    "nations",
    "membres",
    "confederation",
    "continent",
    "region",
    "ville",
    "gouvernement",
    "groupe",
    "banque",
];

/// Heads of named bodies when capitalised ("du Service", "des Forces terrestres"): then the
/// one the office serves; in lower case, a portfolio ("chef du service de sécurité
/// intérieure", "chef d'état-major des forces armées"). Folded.
const NAMED_BODY_HEADS: [&str; 11] = [
    "forces",
    "force",
    "armee",
    "armees",
    "service",
    "services",
    "garde",
    "gendarmerie",
    "police",
    "marine",
    "etat-major",
];

/// Nouns that head offices: after a connector ("directeur de cabinet du ministre"), another
/// office, which the first serves. Folded.
const OFFICE_HEADS: [&str; 30] = [
    "chef",
    "chefs",
    "ministre",
    "ministres",
    "directeur",
    "directeurs",
    "directrice",
    "president",
    "presidents",
    "presidente",
    "secretaire",
    "secretaires",
    "commandant",
    "commandants",
    "conseiller",
    "conseillers",
    "representant",
    "representants",
    "envoye",
    "coordinateur",
    "commissaire",
    "commissaires",
    "ambassadeur",
    "ambassadeurs",
    "gouverneur",
    "prefet",
    "premier",
    "roi",
    "prince",
    "emir",
];

/// The end of the office whose known part ends at `end`: past its qualifiers and the
/// complements of its portfolio, up to whom it serves (see the module docs).
fn portfolio_end(
    gazetteer: &Gazetteer,
    input: &str,
    mut end: usize,
    titles: &[Hit],
    mentions: &Mentions<'_, '_>,
) -> usize {
    let limit = floor_char_boundary(input, end + 240);
    let mut words = 0;
    while words < 16 && end < limit {
        // Blanks, and a comma only before a connector or "chargé" ("…, chargé du Budget",
        // "…, de la Coopération et des Sénégalais de l'extérieur").
        let rest = &input[end..limit];
        let blank = gap(rest);
        let (lead, comma) = match rest[blank..].strip_prefix(',') {
            Some(tail) => (blank + 1 + gap(tail), true),
            None => (blank, false),
        };
        if lead == 0 {
            break;
        }
        let at = end + lead;
        let folded_head = fold_head(&input[at..limit]);
        let folded = folded_head.as_str();
        if !comma {
            if let Some(q) = OFFICE_QUALIFIERS
                .iter()
                .find(|q| starts_with_word(folded, q))
            {
                end = at + input_len_of_folded(&input[at..], q.len());
                words += 1;
                continue;
            }
            // An adjective right after the office ("conseiller diplomatique", "Conseiller
            // régional"), not a demonym, which stays outside ("Premier ministre mauritanien").
            let word = word_at_start(&input[at..limit]);
            let capital_ok = !word.starts_with(char::is_uppercase)
                || input[..end]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if words == 0
                && !word.is_empty()
                && capital_ok
                && adjective_like(&FoldedWord::of(word))
                && !mentions.country_at(at)
                && !mentions.place_at(at)
            {
                end = at + word.len();
                words += 1;
                continue;
            }
        }
        // "et" goes on only before a connector ("et de la Justice", "et des Anciens").
        let (and, after_and) = match folded.strip_prefix("et ") {
            Some(rest) if !comma => (3, rest),
            Some(_) => break,
            None => (0, folded),
        };
        let Some(opener) = PORTFOLIO_OPENERS
            .iter()
            .find(|o| after_and.starts_with(*o))
            .filter(|o| !(comma && matches!(**o, "a la " | "a l'" | "aux " | "au ")))
        else {
            break;
        };
        let opener_at = at + input_len_of_folded(&input[at..], and);
        // "à la", not the verb "a": "le ministre de la Défense a la charge de…".
        if opener.starts_with("a ") && !input[opener_at..].starts_with(['à', 'À']) {
            break;
        }
        let group_at = opener_at + input_len_of_folded(&input[opener_at..], opener.len());
        // Whom the office serves ends it: a state, an organisation, a body named by its head
        // noun after an article, or another office (unless the office is "auprès" of it:
        // "délégué auprès du Premier ministre").
        let head = FoldedWord::of(word_at_start(&input[group_at..limit]));
        let head = head.as_str();
        let article = !matches!(*opener, "de " | "d'");
        let auprès = opener.starts_with("aupres");
        let named_body = word_at_start(&input[group_at..limit]).starts_with(char::is_uppercase)
            && NAMED_BODY_HEADS.contains(&head);
        // A place after "de" is whom the office serves ("Prince héritier d'Abou Dhabi"), after
        // "pour" its remit ("Conseiller pour l'Afrique du Nord").
        let place_served = mentions.place_at(group_at) && !opener.starts_with("pour");
        let serves = mentions.state_at(group_at)
            || mentions.organization_at(group_at)
            || mentions.date_at(group_at)
            || place_served
            || (article && (named_body || SERVED_HEADS.contains(&head)))
            || (!auprès && (starts_title(titles, group_at) || OFFICE_HEADS.contains(&head)));
        if serves {
            break;
        }
        // "auprès du Premier ministre": the office it is attached to, whole.
        if auprès {
            if let Ok(i) = titles.binary_search_by_key(&group_at, |h| h.input_start) {
                end = titles[i].input_end;
                words += 2;
                continue;
            }
        }
        match portfolio_group(gazetteer, input, group_at, limit, titles, mentions) {
            Some((group_end, n)) => {
                end = group_end;
                words += n + 1;
            }
            None => break,
        }
    }
    end
}

/// True when a title hit of the scan starts at `at`.
fn starts_title(titles: &[Hit], at: usize) -> bool {
    titles.binary_search_by_key(&at, |h| h.input_start).is_ok()
}

/// The end and word count of the noun group of a portfolio at `at`: a noun ("Défense",
/// "service", "Affaires"), then adjectives ("nationale", "étrangères", "Extérieures"), or
/// "et" between two of them ("arabes et africaines"). Never a stop word, a connector, a
/// given name, a word in capitals, a number, nor a state, an organisation or an office.
fn portfolio_group(
    gazetteer: &Gazetteer,
    input: &str,
    at: usize,
    limit: usize,
    titles: &[Hit],
    mentions: &Mentions<'_, '_>,
) -> Option<(usize, usize)> {
    let mut end = at;
    let mut n = 0;
    // In a line in capitals, a word in capitals tells nothing.
    let mut capital_lines = crate::text::capitals::CapitalLines::default();
    loop {
        let rest = &input[end..limit];
        let mut word_at = end;
        if n > 0 {
            let blank = gap(rest);
            if blank == 0 {
                break;
            }
            word_at += blank;
            // "arabes et africaines": "et" between two adjectives.
            let after = &input[word_at..limit];
            if let Some(tail) = after.strip_prefix("et") {
                let et_gap = gap(tail);
                let next = word_at_start(&tail[et_gap..]);
                if et_gap > 0 && !next.is_empty() && adjective_like(&FoldedWord::of(next)) {
                    end = word_at + 2 + et_gap + next.len();
                    n += 2;
                    continue;
                }
            }
        }
        // "chef de la division Moyen-Orient": a place names the remit, whole.
        if n > 0 {
            if let Some(place) = mentions.place_starting_at(word_at) {
                end = place.end.min(limit);
                n += 1;
                continue;
            }
        }
        let word = word_at_start(&input[word_at..limit]);
        if word.is_empty() {
            break;
        }
        let folded = FoldedWord::of(word);
        let folded = folded.as_str();
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let capitals_line = capital_lines.covers(input, word_at, word_at + word.len());
        let in_capitals = letters > 1 && !word.chars().any(char::is_lowercase) && !capitals_line;
        // In a line in capitals, a short word may be an acronym, which is not read there
        // ("SECRÉTAIRE GÉNÉRAL DE L'ONU"): whom the office serves.
        let acronym_like = capitals_line
            && n == 0
            && letters <= 4
            && !matches!(
                folded,
                "paix" | "mer" | "air" | "eau" | "art" | "sol" | "sud" | "nord" | "est"
            );
        // "de convoquer": an infinitive is no portfolio (capitalised words may end so:
        // "Premier").
        let infinitive = !word.starts_with(char::is_uppercase)
            && (folded.ends_with("er") || folded.ends_with("ir"))
            && folded.len() > 4;
        let never = PHRASE_STOPS.contains(&folded)
            || acronym_like
            || infinitive
            || is_connector_word(folded)
            || in_capitals
            || letters == 0
            || gazetteer.is_given_name(word)
            || word.starts_with(|c: char| c.is_ascii_digit());
        let named = n > 0
            && (mentions.state_at(word_at)
                || mentions.organization_at(word_at)
                || mentions.date_at(word_at)
                || starts_title(titles, word_at));
        if never || named || (n > 0 && !adjective_like(folded)) {
            break;
        }
        end = word_at + word.len();
        n += 1;
        if n >= 5 {
            break;
        }
    }
    (n > 0).then_some((end, n))
}

/// True for the words that connect the parts of a portfolio.
fn is_connector_word(folded: &str) -> bool {
    matches!(
        folded,
        "de" | "du" | "des" | "d" | "et" | "aux" | "au" | "pour" | "aupres" | "charge" | "en"
    )
}

#[cfg(test)]
mod tests {
    /// The titles of `text`, as written.
    fn titles(text: &str) -> Vec<String> {
        crate::Extractor::new()
            .extract(text)
            .titles
            .iter()
            .map(|t| t.text.to_string())
            .collect()
    }

    #[test]
    fn an_office_runs_over_its_portfolio() {
        let cases: [(&str, &[&str]); 9] = [
            (
                "Le ministre des Affaires étrangères, de l'Intégration africaine et des Burkinabè de l'extérieur a parlé.",
                &["ministre des Affaires étrangères, de l'Intégration africaine et des Burkinabè de l'extérieur"],
            ),
            (
                "Les ministres de l'Intérieur et de la Justice se sont réunis.",
                &["ministres de l'Intérieur et de la Justice"],
            ),
            (
                "Le ministre délégué auprès du Premier ministre, chargé du Budget, est arrivé.",
                &["ministre délégué auprès du Premier ministre, chargé du Budget"],
            ),
            (
                "Le chef d'état-major de l'armée de terre a reçu la presse.",
                &["chef d'état-major de l'armée de terre"],
            ),
            (
                "Le directeur de la sécurité intérieure par intérim a parlé.",
                &["directeur de la sécurité intérieure par intérim"],
            ),
            (
                "Le conseiller diplomatique du président était là.",
                &["conseiller diplomatique", "président"],
            ),
            (
                "Le président en exercice et la présidente sortante ont parlé.",
                &["président en exercice", "présidente sortante"],
            ),
            (
                "La ministre nigériane de la Santé a parlé.",
                &["ministre nigériane de la Santé"],
            ),
            (
                "Le chef de la division Moyen-Orient a parlé.",
                &["chef de la division Moyen-Orient"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(titles(text), expected, "{text}");
        }
    }

    #[test]
    fn an_office_stops_before_whom_it_serves() {
        let cases: [(&str, &[&str]); 7] = [
            (
                "Le Président de la République du Ghana a parlé.",
                &["Président"],
            ),
            (
                "Le Représentant spécial du Secrétaire général est arrivé.",
                &["Représentant spécial", "Secrétaire général"],
            ),
            (
                "Le ministre de la Défense du Mali a reçu le secrétaire général de l'Union africaine.",
                &["ministre de la Défense", "secrétaire général"],
            ),
            (
                "Le directeur du Département de la coopération a parlé.",
                &["directeur"],
            ),
            (
                "Le ministre de la Défense a reçu la délégation.",
                &["ministre de la Défense"],
            ),
            (
                "Le ministre des Armées Florence Dupont a parlé.",
                &["ministre des Armées"],
            ),
            (
                "Les pays ont déjà envoyé des délégations.",
                &[],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(titles(text), expected, "{text}");
        }
    }
}
