//! The extractors, run in a fixed order on one normalised view and one gazetteer scan:
//!
//! 1. [`dates`]: every date of the text, as written;
//! 2. [`dateline`]: the place and date of publication, from the first lines;
//! 3. dates resolved against the dateline's date (else the caller's reference date);
//! 4. [`countries`]: names and demonyms of states, from the scan's name hits;
//! 5. [`themes`]: counter-terrorism themes, from the scan's cue hits.

pub mod calendar;
pub(crate) mod countries;
pub(crate) mod dateline;
pub(crate) mod dates;
pub mod themes;

use crate::extraction::{DateMention, Dateline, Extraction, TextSpan};
use crate::gazetteer::Gazetteer;
use crate::text::NormalizedText;
use crate::{Context, Span};
use std::borrow::Cow;

/// Runs every stage on `input`.
pub(crate) fn run<'h>(gazetteer: &Gazetteer, input: &'h str, context: &Context) -> Extraction<'h> {
    let text = NormalizedText::new(input);
    let hits = gazetteer.scan(&text);
    let raw_dates = dates::find(&text);
    let found = dateline::find(&text, &raw_dates, gazetteer, &hits.names);

    // The dateline's date anchors yearless and relative dates; else the caller's.
    let dateline_day = found
        .and_then(|f| f.date)
        .and_then(|i| raw_dates.get(i))
        .and_then(|d| d.resolve(context.reference_date))
        .and_then(|v| {
            if v.end.is_none() {
                v.start.to_date()
            } else {
                None
            }
        });
    let anchor = dateline_day.or(context.reference_date);

    let date_mentions: Vec<DateMention<'h>> = raw_dates
        .iter()
        .filter_map(|d| {
            let (start, end) = text.to_input_range(d.start, d.end);
            (start < end).then(|| DateMention {
                text: Cow::Borrowed(&input[start..end]),
                start,
                end,
                value: d.resolve(anchor),
                relative: d.is_relative(),
            })
        })
        .collect();

    let dateline = found.map(|f| Dateline {
        place: f.place.map(|(s, e)| TextSpan::new(input, Span::new(s, e))),
        date: f.date.and_then(|i| {
            let (s, e) = text.to_input_range(raw_dates[i].start, raw_dates[i].end);
            date_mentions
                .iter()
                .find(|m| m.start == s && m.end == e)
                .cloned()
        }),
    });
    let countries = countries::extract(gazetteer, &text, &hits.names, found.and_then(|f| f.place));

    let themes = themes::extract(gazetteer, &text, &hits);

    Extraction {
        dateline,
        countries,
        dates: date_mentions,
        themes,
        ..Extraction::default()
    }
}

/// Entry points to single stages, for the benchmarks (not a stable API).
#[doc(hidden)]
pub mod stages {
    use super::*;

    /// Folds a document: the first stage.
    pub fn normalize(input: &str) -> NormalizedText<'_> {
        NormalizedText::new(input)
    }

    /// Scans a folded document with the gazetteer; returns the number of name hits.
    pub fn gazetteer_scan(gazetteer: &Gazetteer, text: &NormalizedText<'_>) -> usize {
        gazetteer.scan(text).names.len()
    }

    /// Finds the dates of a folded document; returns how many.
    pub fn dates(text: &NormalizedText<'_>) -> usize {
        dates::find(text).len()
    }

    /// Finds the themes of a folded document; returns how many.
    pub fn themes(gazetteer: &Gazetteer, text: &NormalizedText<'_>) -> usize {
        themes::extract(gazetteer, text, &gazetteer.scan(text)).len()
    }

    /// Finds the dateline and the states of a folded document; returns how many states.
    pub fn dateline_and_countries(gazetteer: &Gazetteer, text: &NormalizedText<'_>) -> usize {
        let hits = gazetteer.scan(text);
        let raw = dates::find(text);
        let found = dateline::find(text, &raw, gazetteer, &hits.names);
        countries::extract(gazetteer, text, &hits.names, found.and_then(|f| f.place)).len()
    }
}
