//! States, by name and by demonym.
//!
//! Every name hit of the scan whose entries name a state becomes a mention, unless something
//! longer claimed its words (an organisation's name, "Banque africaine de développement"; a
//! place, "lac Tchad") or the context says otherwise:
//! - a city that names its state too (Djibouti, Koweït) is a place where the text means the
//!   city: as the dateline's place, after "capitale" / "ville de", or after "à" without
//!   article ("à Djibouti", "à Koweït"; a state takes an article: "au Koweït"); a state
//!   otherwise;
//! - a demonym after "en" or "langue" is a language ("en français"), not a state;
//! - a name that ends a compound given name is none ("Jean-Dominique", "Marie-France").

use crate::gazetteer::{EntryKind, Gazetteer, Hit, Kinds};
use crate::model::CountryMention;
use crate::text::boundary::word_before;
use crate::text::NormalizedText;
use std::borrow::Cow;

/// The states of a document, in order.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    names: &[Hit],
    dateline_place: Option<(usize, usize)>,
) -> Vec<CountryMention<'h>> {
    let folded = text.as_str();
    let mut out = Vec::with_capacity(names.len());
    let mut capitals = crate::text::capitals::CapitalLines::default();
    for hit in names {
        if !hit.kinds.any(Kinds::COUNTRY_NAME.with(Kinds::DEMONYM)) {
            continue;
        }
        let mut country = None;
        let mut demonym = None;
        let mut other = false;
        let mut place = false;
        for entry in gazetteer.entries(hit) {
            match entry.kind {
                EntryKind::CountryName(id) => country = Some(id),
                EntryKind::Demonym(id) => demonym = Some(id),
                EntryKind::Place { .. } => place = true,
                _ => other = true,
            }
        }
        if other {
            continue;
        }
        let (id, is_demonym) = match (country, demonym) {
            // In a line in capitals, a name that is a state's and its demonym ("SUISSE") is
            // the adjective after a noun ("LE TERRITOIRE SUISSE"), the state after an article
            // or a preposition ("EN SUISSE", "LA SUISSE").
            (Some(_), Some(id))
                if after_a_noun(folded, hit.start)
                    && capitals.covers(text.input(), hit.input_start, hit.input_end) =>
            {
                (id, true)
            }
            (Some(id), _) => {
                let is_dateline = dateline_place == Some((hit.input_start, hit.input_end));
                if place && (is_dateline || means_the_city(folded, hit.start)) {
                    continue;
                }
                (id, false)
            }
            (None, Some(id)) => {
                if is_language(folded, hit.start) {
                    continue;
                }
                (id, true)
            }
            (None, None) => continue,
        };
        let Some(c) = gazetteer.country(id) else {
            continue;
        };
        let (start, end) = (hit.input_start, hit.input_end);
        if start >= end || in_a_given_name(gazetteer, text.input(), start) {
            continue;
        }
        out.push(CountryMention {
            text: Cow::Borrowed(&text.input()[start..end]),
            start,
            end,
            code: c.code,
            alpha3: c.alpha3,
            name: c.name.clone(),
            demonym: is_demonym,
        });
    }
    out
}

/// True when the name at `start` ends a compound given name after a hyphen ("Jean-Dominique",
/// "Marie-France"): no state.
fn in_a_given_name(gazetteer: &Gazetteer, input: &str, start: usize) -> bool {
    let Some(before) = input[..start].strip_suffix('-') else {
        return false;
    };
    let first = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| crate::text::boundary::is_word_char(c))
        .last()
        .map_or(before.len(), |(i, _)| i);
    first < before.len() && gazetteer.is_given_name(&before[first..])
}

pub(crate) fn means_the_city(folded: &str, at: usize) -> bool {
    let before = folded[..at].trim_end();
    before.ends_with("capitale,")
        || before.ends_with("capitale")
        || before.ends_with("ville de")
        || word_before(folded, at) == "a"
}

fn is_language(folded: &str, at: usize) -> bool {
    matches!(word_before(folded, at), "en" | "langue" | "langues")
}

/// True when the word before folded offset `at` is a noun or an adjective: a word, not one of
/// the articles and prepositions before a state's name.
fn after_a_noun(folded: &str, at: usize) -> bool {
    let word = word_before(folded, at);
    !word.is_empty()
        && !word.starts_with(|c: char| c.is_ascii_digit())
        && !matches!(
            word,
            "le" | "la"
                | "les"
                | "l"
                | "de"
                | "du"
                | "des"
                | "d"
                | "en"
                | "au"
                | "aux"
                | "a"
                | "et"
                | "ou"
                | "avec"
                | "pour"
                | "par"
                | "sur"
                | "entre"
                | "vers"
                | "dans"
                | "contre"
                | "chez"
                | "que"
                | "qu"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_compound_given_name_holds_no_state() {
        let x = crate::Extractor::new()
            .extract("Jean-Dominique Kaboré, Marie-France Sow, la Guinée-Bissau et la France.");
        let states: Vec<&str> = x.countries.iter().map(|c| &*c.text).collect();
        assert_eq!(states, ["Guinée-Bissau", "France"]);
        let persons: Vec<&str> = x.persons.iter().map(|p| &*p.text).collect();
        assert_eq!(persons, ["Jean-Dominique Kaboré", "Marie-France Sow"]);
    }

    #[test]
    fn cities_and_languages_by_context() {
        let text = "reunis a djibouti, la capitale djibouti et le koweit";
        assert!(means_the_city(text, text.find("djibouti").unwrap()));
        assert!(means_the_city(text, text.rfind("djibouti").unwrap()));
        assert!(!means_the_city(text, text.find("koweit").unwrap()));
        let text = "traduit en francais, la langue arabe, le francais";
        assert!(is_language(text, text.find("francais").unwrap()));
        assert!(is_language(text, text.find("arabe").unwrap()));
        assert!(!is_language(text, text.rfind("francais").unwrap()));
    }
}
