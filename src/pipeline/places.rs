//! Places: cities, regions and continents, and the dateline's place.
//!
//! Every name hit of a place entry is a mention, except a city that names its state too
//! (Djibouti, Koweït) where the text means the state (see [`super::countries`] for the rule),
//! and a place inside an organisation's name. The dateline's place is a place mention in any
//! case, known to the gazetteer or not ("RIYADH", "ADDIS ABEBA").

use super::{countries, Mentions};
use crate::gazetteer::{EntryKind, Gazetteer, Hit, Kinds};
use crate::model::PlaceMention;
use crate::text::NormalizedText;
use crate::types::PlaceKind;
use std::borrow::Cow;

/// The places of a document, in order.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    names: &[Hit],
    dateline_place: Option<(usize, usize)>,
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
    if let Some((start, end)) = dateline_place {
        if !out.iter().any(|p| p.start < end && start < p.end) && start < end {
            let at = out.partition_point(|p| p.start < start);
            out.insert(
                at,
                PlaceMention {
                    text: Cow::Borrowed(&input[start..end]),
                    start,
                    end,
                    kind: None,
                    code: None,
                },
            );
        }
    }
    out
}
