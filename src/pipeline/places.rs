//! Places: cities, regions and continents, and the dateline's place.
//!
//! Every name hit of a place entry is a mention, except a city that names its state too
//! (Djibouti, Koweït) where the text means the state (see [`super::countries`] for the rule),
//! and a place inside an organisation's name. The dateline's place is a place mention in any
//! case, known to the gazetteer or not ("RIYADH", "ADDIS ABEBA"). Facilities and streets are
//! places named by their shape ([`facilities`]), and what their names hold (a state, a city,
//! a person) is no mention of its own; so are the localities named by their division ("le
//! village de Sarakala": "Sarakala"), which no gazetteer lists whole.

use super::{countries, phrase, Mentions};
use crate::gazetteer::{EntryKind, Gazetteer, Hit, Kinds};
use crate::lexicon::OF_CONNECTORS;
use crate::model::PlaceMention;
use crate::text::blank::{phrase_len, soft_gap};
use crate::text::NormalizedText;
use crate::types::PlaceKind;
use std::borrow::Cow;

/// The places of a document, in order.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    names: &[Hit],
    dateline_place: Option<(usize, usize)>,
    facilities: &[(usize, usize)],
    mentions: &Mentions<'_, 'h>,
) -> Vec<PlaceMention<'h>> {
    let input = text.input();
    let mut out: Vec<PlaceMention<'h>> = Vec::with_capacity(names.len());
    for hit in names {
        if !hit.kinds.any(Kinds::PLACE) {
            continue;
        }
        let mut place: Option<(PlaceKind, Option<u32>)> = None;
        let mut other = false;
        let mut state = false;
        for entry in gazetteer.entries(hit) {
            match entry.kind {
                EntryKind::Place { kind, country } => place = Some((kind, country)),
                EntryKind::CountryName(_) => state = true,
                _ => other = true,
            }
        }
        let Some((kind, country)) = place else {
            continue;
        };
        if other {
            continue;
        }
        let (start, end) = (hit.input_start, hit.input_end);
        if start >= end || mentions.inside_organization(start, end) {
            continue;
        }
        let is_dateline = dateline_place == Some((start, end));
        if state && !is_dateline && !countries::means_the_city(text.as_str(), hit.start) {
            continue;
        }
        out.push(PlaceMention {
            text: Cow::Borrowed(&input[start..end]),
            start,
            end,
            kind: Some(kind),
            code: country.and_then(|id| gazetteer.country(id)).map(|c| c.code),
        });
    }
    // Facilities and streets, whole: what their names hold is no mention of its own.
    // (Both lists are in order and the facilities apart: one pass each, then one merge.)
    let mut unknown: Vec<(usize, usize)> = Vec::new();
    if !facilities.is_empty() {
        let mut f = 0;
        out.retain(|p| {
            while f < facilities.len() && facilities[f].1 <= p.start {
                f += 1;
            }
            !facilities[f..]
                .iter()
                .take_while(|&&(s, _)| s <= p.start)
                .any(|&(s, e)| s <= p.start && p.end <= e)
        });
        unknown.extend(
            facilities
                .iter()
                .copied()
                .filter(|&(start, end)| !mentions.inside_organization(start, end)),
        );
    }
    let facilities_found = accepted(&out, &unknown);
    let mut out = merged(out, facilities_found, input);
    if let Some(place) = dateline_place {
        let found = accepted(&out, &[place]);
        out = merged(out, found, input);
    }
    out
}

/// The places of `unknown` (in order, apart) that are not empty and overlap none of `known`
/// (in order, apart) nor an earlier one accepted.
fn accepted(known: &[PlaceMention<'_>], unknown: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(unknown.len());
    for &(start, end) in unknown {
        // Only the last known place that starts before `end` may overlap.
        let at = known.partition_point(|p| p.start < end);
        let overlaps_known = at.checked_sub(1).is_some_and(|i| known[i].end > start);
        let overlaps_accepted = out.last().is_some_and(|&(s, e)| s < end && start < e);
        if start < end && !overlaps_known && !overlaps_accepted {
            out.push((start, end));
        }
    }
    out
}

/// `known` and the places the gazetteer does not know (no kind, no code) at `unknown`, in
/// order; both lists are in order.
fn merged<'h>(
    known: Vec<PlaceMention<'h>>,
    unknown: Vec<(usize, usize)>,
    input: &'h str,
) -> Vec<PlaceMention<'h>> {
    if unknown.is_empty() {
        return known;
    }
    let mut out = Vec::with_capacity(known.len() + unknown.len());
    let mut unknown = unknown.into_iter().peekable();
    for place in known {
        while let Some((start, end)) = unknown.next_if(|&(s, _)| s < place.start) {
            out.push(unknown_place(input, start, end));
        }
        out.push(place);
    }
    out.extend(unknown.map(|(start, end)| unknown_place(input, start, end)));
    out
}

/// The place at `start..end` that the gazetteer does not know.
fn unknown_place(input: &str, start: usize, end: usize) -> PlaceMention<'_> {
    PlaceMention {
        text: Cow::Borrowed(&input[start..end]),
        start,
        end,
        kind: None,
        code: None,
    }
}

/// The facilities and streets of a document, as the input spans of their place mentions: a
/// head noun of [`PLACE_HEADS`](crate::lexicon::PLACE_HEADS), up to two adjectives, then a name.
/// As the guidelines' rule for generic nouns says, the head stays outside unless the bare name
/// is another entity:
/// - a name right after the head names the facility, which is the mention ("hôtel Azalaï",
///   "mémorial Modibo Keïta", "aéroport international Diori Hamani");
/// - after "de", "du", "des", "de la", "de l'", a state, a date or a name the gazetteer lacks
///   is held by the facility's name, the mention ("rue de Syrie", "stade du 4 Août",
///   "boulevard du 30-Juin", "palais de Koulouba", "Hôtel de Brienne"); a known place is its
///   own mention ("bassin du lac Tchad" gives "lac Tchad").
///
/// A head with no name after it is a common noun ("le stade", "un camp de réfugiés"), and
/// so is one in a line in capitals, where capitals tell no name. A noun of a division of a
/// territory ([`LOCALITY_HEADS`](crate::lexicon::LOCALITY_HEADS)) gives the localities it
/// names instead, without itself (see [`localities`]).
pub(crate) fn facilities(input: &str, heads: &[Hit], names: &[Hit]) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut capitals = crate::text::capitals::CapitalLines::default();
    for head in heads.iter().filter(|h| h.kinds.any(Kinds::PLACE_HEAD)) {
        let (start, mut at) = (head.input_start, head.input_end);
        let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '-');
        if glued(input[..start].chars().next_back()) || glued(input[at..].chars().next()) {
            continue;
        }
        // In a line in capitals, a capital tells no name.
        if capitals.covers(input, start, at) {
            continue;
        }
        if let Some(division) = locality_head(&input[start..at]) {
            localities(input, start, at, division, names, &mut out);
            continue;
        }
        // Adjectives: "aéroport international", "camp militaire".
        for _ in 0..2 {
            let gap = soft_gap(&input[at..]);
            let word = phrase::word_at_start(&input[at + gap..]);
            if gap == 0
                || !word.starts_with(char::is_lowercase)
                || !phrase::adjective_like(&crate::text::fold_str(word))
            {
                break;
            }
            at += gap + word.len();
        }
        let gap = soft_gap(&input[at..]);
        if gap == 0 {
            continue;
        }
        let mut name_at = at + gap;
        let mut connector = false;
        // (Over any blanks between its words: "de\u{a0}la".)
        for of in OF_CONNECTORS {
            if let Some(len) = phrase_len(&input[name_at..], of) {
                let elided = of.ends_with(['\'', '’']);
                let after = if elided {
                    0
                } else {
                    soft_gap(&input[name_at + len..])
                };
                if elided || after > 0 {
                    name_at += len + after;
                    connector = true;
                    break;
                }
            }
        }
        let known = names
            .get(names.partition_point(|h| h.input_start < name_at))
            .filter(|h| h.input_start == name_at && h.kinds.any(Kinds::NAMES));
        let state = known.is_some_and(|h| h.kinds.any(Kinds::COUNTRY_NAME));
        let place = known.is_some_and(|h| h.kinds.any(Kinds::PLACE));
        let end = match known {
            Some(h) if state || place => h.input_end,
            _ => capitalised_run(input, name_at),
        };
        if end <= name_at {
            continue;
        }
        let dated = input[name_at..].starts_with(|c: char| c.is_ascii_digit());
        // A known place after a connector is its own mention.
        if connector && place && !dated {
            continue;
        }
        let span = (start, end);
        if out.last().map_or(true, |&(_, e)| e <= span.0) {
            out.push(span);
        }
    }
    out
}

/// [`LOCALITY_HEADS`](crate::lexicon::LOCALITY_HEADS), folded.
static FOLDED_LOCALITY_HEADS: once_cell::sync::Lazy<Vec<String>> =
    once_cell::sync::Lazy::new(|| {
        crate::lexicon::LOCALITY_HEADS
            .iter()
            .map(|h| crate::text::fold_str(h))
            .collect()
    });

/// The division that the head noun `head` names, folded, when it is one of the
/// [`LOCALITY_HEADS`](crate::lexicon::LOCALITY_HEADS).
fn locality_head(head: &str) -> Option<&'static str> {
    let folded = phrase::FoldedWord::of(head);
    let folded = folded.as_str();
    FOLDED_LOCALITY_HEADS
        .iter()
        .find(|h| *h == folded)
        .map(String::as_str)
}

/// The spans of the localities that the division noun at `start..at` names, added to `out`
/// after its last ("village de Sarakala", "commune rurale de Niabi", "région du Nord",
/// "quartier Badalabougou"): after a determiner or a preposition (not "le premier cercle de
/// …"), an adjective at most, "de" (with an article after a region's noun or a zone's, or
/// nothing after "quartier"), then capitalised words that hold nothing the gazetteer knows
/// (a known place is its own mention; a state, an organisation or a person is none).
fn localities(
    input: &str,
    start: usize,
    mut at: usize,
    division: &str,
    names: &[Hit],
    out: &mut Vec<(usize, usize)>,
) -> Option<()> {
    // (The determiner without folding: those of ASCII, and "à".)
    let before = crate::text::boundary::word_before(input, start);
    let determined = before == "à"
        || [
            "le", "la", "l", "les", "du", "de", "d", "des", "au", "aux", "dans", "en", "a",
            "cette", "ce", "chaque",
        ]
        .iter()
        .any(|d| before.eq_ignore_ascii_case(d));
    if !determined {
        return None;
    }
    // "commune rurale", "cercle administratif" (a word in lower case other than "de", "du",
    // "des", then folded).
    let gap = soft_gap(&input[at..]);
    let word = phrase::word_at_start(&input[at + gap..]);
    if gap > 0
        && word.starts_with(char::is_lowercase)
        && !matches!(word, "de" | "du" | "des" | "d")
        && phrase::adjective_like(phrase::FoldedWord::of(word).as_str())
    {
        at += gap + word.len();
    }
    let gap = soft_gap(&input[at..]);
    if gap == 0 {
        return None;
    }
    let with_article = matches!(division, "region" | "regions" | "zone" | "province");
    // ("le quartier Badalabougou", not "le Quartier général" nor "Quartier-Maître".)
    let name_at = match connector_end(input, at + gap, with_article) {
        Some(name_at) => name_at,
        None if division == "quartier" && input[start..].starts_with('q') => {
            let word = phrase::word_at_start(&input[at + gap..]);
            if phrase::adjective_like(phrase::FoldedWord::of(word).as_str()) {
                return None;
            }
            at + gap
        }
        None => return None,
    };
    let mut push = |span: (usize, usize)| {
        if out.last().map_or(true, |&(_, e)| e <= span.0) {
            out.push(span);
        }
    };
    let mut end = unknown_name(input, name_at, names)?;
    push((name_at, end));
    // Others joined to it: "les régions du Nord et du Centre", "les villages de Kiri,
    // Doumba et Soni" (a comma after a plural noun only).
    let plural = division.ends_with(['s', 'x']);
    for _ in 0..6 {
        let comma = input[end..].starts_with(',') && plural;
        let mut next = end + usize::from(comma);
        next += soft_gap(&input[next..]);
        if !comma {
            let word = phrase::word_at_start(&input[next..]);
            if next == end || word != "et" {
                break;
            }
            next += word.len();
            let gap = soft_gap(&input[next..]);
            if gap == 0 {
                break;
            }
            next += gap;
        }
        let at = connector_end(input, next, with_article).unwrap_or(next);
        match unknown_name(input, at, names) {
            Some(e) => {
                push((at, e));
                end = e;
            }
            None => break,
        }
    }
    Some(())
}

/// Where the name after the connector at `at` starts: "de", "d'", and with `with_article`
/// "du", "des", "de la", "de l'" too, any white space between their words; `None` when none
/// is there.
fn connector_end(input: &str, at: usize, with_article: bool) -> Option<usize> {
    let rest = &input[at..];
    for elided in ["d'", "d’", "D'", "D’"] {
        if rest.starts_with(elided) {
            return Some(at + elided.len());
        }
    }
    let word = phrase::word_at_start(rest);
    let after = at + word.len();
    let gap = soft_gap(&input[after..]);
    if gap == 0 {
        return None;
    }
    match word {
        "de" if with_article => {
            let next = &input[after + gap..];
            if let Some(article) = ["l'", "l’"].iter().find(|a| next.starts_with(**a)) {
                return Some(after + gap + article.len());
            }
            let article = phrase::word_at_start(next);
            let article_gap = soft_gap(&next[article.len()..]);
            if article == "la" && article_gap > 0 {
                return Some(after + gap + article.len() + article_gap);
            }
            Some(after + gap)
        }
        "de" => Some(after + gap),
        "du" | "des" if with_article => Some(after + gap),
        _ => None,
    }
}

/// The end of the capitalised name at `at` when it holds nothing the gazetteer knows (a
/// known place is its own mention; a state, an organisation or a person is none) and no
/// apostrophe cuts it ("Ma’ar Tamater" is not read in part).
fn unknown_name(input: &str, at: usize, names: &[Hit]) -> Option<usize> {
    if !input[at..].starts_with(char::is_uppercase) {
        return None;
    }
    let end = capitalised_run(input, at);
    let i = names.partition_point(|h| h.input_end <= at);
    let known = names
        .get(i)
        .is_some_and(|h| h.input_start < end && h.kinds.any(Kinds::NAMES));
    let cut = input[end..].starts_with(['\'', '’'])
        && input[end..].chars().nth(1).is_some_and(char::is_lowercase);
    (end > at && !known && !cut).then_some(end)
}

/// The end of the run of capitalised words and numbers at `at` (at most four, parted by one
/// soft gap each): the name of a facility; `at` when there is none.
fn capitalised_run(input: &str, at: usize) -> usize {
    let mut end = at;
    let mut next = at;
    for _ in 0..4 {
        let word = phrase::word_at_start(&input[next..]);
        if !word.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            break;
        }
        end = next + word.len();
        let gap = soft_gap(&input[end..]);
        if gap == 0 {
            break;
        }
        next = end + gap;
    }
    end
}

#[cfg(test)]
mod tests {
    #[test]
    fn facilities_and_streets_hold_the_names_inside_them() {
        let text = "La cérémonie s'est tenue au stade du 4 Août, rue de Syrie, près du mémorial \
                    Modibo Keïta et de l'hôtel Azalaï, puis au palais de Koulouba et dans le \
                    bassin du lac Tchad. Un camp de réfugiés, le stade et la rue ont été fermés.";
        let found = crate::Extractor::new().extract(text);
        let places: Vec<&str> = found.places.iter().map(|p| &*p.text).collect();
        assert_eq!(
            places,
            [
                "stade du 4 Août",
                "rue de Syrie",
                "mémorial Modibo Keïta",
                "hôtel Azalaï",
                "palais de Koulouba",
                "lac Tchad"
            ]
        );
        // What the facilities' names hold is no mention of its own.
        assert!(found.countries.is_empty(), "{:?}", found.countries);
        assert!(found.persons.is_empty(), "{:?}", found.persons); // The same over other blanks between the connector's words.
        let text = "Il a été reçu au palais de\u{a0}la Présidence, puis au camp de\tla Mission.";
        let found = crate::Extractor::new().extract(text);
        let places: Vec<&str> = found.places.iter().map(|p| &*p.text).collect();
        assert_eq!(
            places,
            ["palais de\u{a0}la Présidence", "camp de\tla Mission"]
        );
    }

    #[test]
    fn localities_named_by_their_division() {
        let text = "Des hommes armés ont attaqué le village de Soumbéla, dans la commune rurale \
                    de Tinkaré, puis les hameaux voisins; les régions du Nord et du Sahel sont \
                    touchées, comme les villages de Kiri, Doumba et Soni et le quartier \
                    Lafiabougou. Le premier cercle de Kouma et le Quartier général ont été \
                    visés; les villages de Ma’ar Salem aussi.";
        let found = crate::Extractor::new().extract(text);
        let places: Vec<&str> = found.places.iter().map(|p| &*p.text).collect();
        assert_eq!(
            places,
            [
                "Soumbéla",
                "Tinkaré",
                "Nord",
                "Sahel",
                "Kiri",
                "Doumba",
                "Soni",
                "Lafiabougou"
            ]
        );
        assert!(found.persons.is_empty(), "{:?}", found.persons);
        for p in &found.places {
            assert_eq!(&text[p.start..p.end], &*p.text);
        }
    }
}
