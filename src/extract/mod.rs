//! The extractors, run in a fixed order on one normalised view and one gazetteer scan:
//!
//! 1. [`dates`]: every date of the text, as written;
//! 2. [`dateline`]: the place and date of publication, from the first lines;
//! 3. dates resolved against the dateline's date (else the caller's reference date);
//! 4. [`organizations`]: names, acronyms defined in the text, organs;
//! 5. [`countries`]: names and demonyms of states, outside organisations' names;
//! 6. [`places`]: cities, regions, the dateline's place;
//! 7. [`titles`]: honorifics, ranks, offices and whom they serve;
//! 8. [`persons`]: names after titles or given names, short mentions, canonical names;
//! 9. [`themes`]: counter-terrorism themes, from the scan's cue hits.
//!
//! Each stage sees what the earlier ones found ([`Mentions`]): a name stops at a state, a
//! country inside an organisation's name is no country, a cue inside it no evidence.

pub mod calendar;
pub(crate) mod countries;
pub(crate) mod dateline;
pub(crate) mod dates;
pub(crate) mod organizations;
pub(crate) mod persons;
pub(crate) mod places;
pub mod themes;
pub(crate) mod titles;

use crate::extraction::{
    Affiliation, CountryMention, DateMention, Dateline, Extraction, OrganizationMention,
    PlaceMention, TextSpan, TitleMention,
};
use crate::gazetteer::{Gazetteer, Hits, Kinds};
use crate::text::boundary::ceil_char_boundary;
use crate::text::NormalizedText;
use crate::text::TextBuffers;
use crate::{Context, Span};
use std::borrow::Cow;
use std::cell::Cell;

/// The folded text and the scan's lists of a thread's last document, kept for its next one:
/// the largest buffers of a document are then neither allocated nor cold.
#[derive(Default)]
struct Scratch {
    text: TextBuffers,
    hits: Hits,
}

/// Buffers larger than this (those of documents of a megabyte or more) are not kept.
const SCRATCH_KEPT: usize = 8 << 20;

thread_local! {
    static SCRATCH: Cell<Option<Scratch>> = const { Cell::new(None) };
}

/// Runs every stage on `input`.
pub(crate) fn run<'h>(gazetteer: &Gazetteer, input: &'h str, context: &Context) -> Extraction<'h> {
    let scratch = SCRATCH.with(Cell::take).unwrap_or_default();
    let text = NormalizedText::reusing(input, scratch.text);
    let hits = gazetteer.scan_into(&text, scratch.hits);
    let extraction = run_stages(gazetteer, &text, &hits, context);
    let scratch = Scratch {
        text: text.into_buffers(),
        hits,
    };
    if scratch.text.capacity() + scratch.hits.capacity() <= SCRATCH_KEPT {
        SCRATCH.with(|s| s.set(Some(scratch)));
    }
    extraction
}

/// The stages after the scan.
fn run_stages<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    hits: &Hits,
    context: &Context,
) -> Extraction<'h> {
    let input = text.input();
    let raw_dates = dates::find_at_anchors(text, &hits.date_anchors);
    let found = dateline::find(text, &raw_dates, &hits.names);

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

    let dates: Vec<DateMention<'h>> = raw_dates
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
            dates.iter().find(|m| m.start == s && m.end == e).cloned()
        }),
    });
    let dateline_place = found.and_then(|f| f.place);

    let named = named_spans(&hits.names);
    let organizations = organizations::extract(gazetteer, text, &hits.names, &named);
    let mut mentions = Mentions {
        organizations: &organizations,
        countries: &[],
        places: &[],
        titles: &[],
        dates: &dates,
    };
    let mut countries = countries::extract(gazetteer, text, &hits.names, dateline_place);
    countries.retain(|c| !mentions.inside_organization(c.start, c.end));
    mentions.countries = &countries;
    let places = places::extract(gazetteer, text, &hits.names, dateline_place, &mentions);
    mentions.places = &places;
    let titles = titles::extract(gazetteer, text, &hits.titles, &hits.names, &mentions);
    mentions.titles = &titles;
    let persons = persons::extract(gazetteer, input, &titles, &mentions);
    let themes = themes::extract(gazetteer, text, hits, &organizations);

    Extraction {
        dateline,
        persons,
        titles,
        countries,
        dates,
        organizations,
        places,
        themes,
    }
}

/// The input spans of the states and places among `names`, which an acronym in parentheses
/// may abbreviate (so that it is no organisation's).
fn named_spans(names: &[crate::gazetteer::Hit]) -> Vec<(usize, usize)> {
    names
        .iter()
        .filter(|h| h.kinds.any(Kinds::COUNTRY_NAME.with(Kinds::PLACE)))
        .map(|h| (h.input_start, h.input_end))
        .collect()
}

/// What the earlier stages found, for the later ones to look up.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mentions<'a, 'h> {
    pub organizations: &'a [OrganizationMention<'h>],
    pub countries: &'a [CountryMention<'h>],
    pub places: &'a [PlaceMention<'h>],
    pub titles: &'a [TitleMention<'h>],
    pub dates: &'a [DateMention<'h>],
}

/// "de la", "de l'", "du", "des", "de", "d'": before whom an office serves (the first that
/// the text starts with, in this order).
const AFFILIATION_CONNECTORS: [&str; 8] =
    ["de la", "de l'", "de l’", "du", "des", "de", "d'", "d’"];

/// The length of the connector at the start of `text`, with the blanks around it.
fn connector_len(text: &str) -> Option<usize> {
    let lead = text.len() - text.trim_start_matches(BLANKS).len();
    let connector = AFFILIATION_CONNECTORS
        .iter()
        .find(|c| text[lead..].starts_with(*c))?;
    let after = lead + connector.len();
    Some(text.len() - text[after..].trim_start_matches(BLANKS).len())
}

/// The length of a parenthesis of 1 to 20 characters on one line at the start of `text`,
/// after blanks: an acronym after a name.
fn parenthesis_len(text: &str) -> Option<usize> {
    let lead = text.len() - text.trim_start_matches(BLANKS).len();
    let inner = text[lead..].strip_prefix('(')?;
    let close = inner.find([')', '(', '\n'])?;
    let chars = inner[..close].chars().count();
    ((1..=20).contains(&chars) && inner[close..].starts_with(')')).then(|| lead + 1 + close + 1)
}

/// The blanks between the words of a phrase.
const BLANKS: [char; 3] = [' ', '\t', '\u{a0}'];

/// The index of the span of a sorted list that overlaps `start..end`, if any.
fn overlapping<T>(
    list: &[T],
    span: impl Fn(&T) -> (usize, usize),
    start: usize,
    end: usize,
) -> Option<usize> {
    let i = list.partition_point(|m| span(m).1 <= start);
    (i < list.len() && span(&list[i]).0 < end).then_some(i)
}

impl<'a, 'h> Mentions<'a, 'h> {
    /// True when `start..end` lies inside an organisation's name (and is not all of it).
    pub fn inside_organization(&self, start: usize, end: usize) -> bool {
        overlapping(self.organizations, |o| (o.start, o.end), start, end).is_some_and(|i| {
            let o = &self.organizations[i];
            o.start <= start && end <= o.end && (o.start, o.end) != (start, end)
        })
    }

    /// The first organisation that overlaps `start..end`, if any.
    pub fn organization_overlapping(
        &self,
        start: usize,
        end: usize,
    ) -> Option<&'a OrganizationMention<'h>> {
        overlapping(self.organizations, |o| (o.start, o.end), start, end)
            .map(|i| &self.organizations[i])
    }

    /// True when `start..end` overlaps any mention found so far.
    pub fn overlaps_any(&self, start: usize, end: usize) -> bool {
        overlapping(self.organizations, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.countries, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.places, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.titles, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.dates, |m| (m.start, m.end), start, end).is_some()
    }

    /// Whom an office ending at `end` serves, in `input`.
    pub fn affiliation_after(&self, input: &str, end: usize) -> Option<Affiliation<'h>> {
        self.affiliation_in(input, end).map(|(a, _)| a)
    }

    /// Where the affiliation after an office ending at `end` ends, if it has one.
    pub fn affiliation_span_after(&self, input: &str, end: usize) -> Option<usize> {
        self.affiliation_in(input, end).map(|(_, e)| e)
    }

    /// The state or organisation after "de la", "du"… at `end`, and where it ends (with an
    /// acronym in parentheses after it).
    fn affiliation_in(&self, input: &str, end: usize) -> Option<(Affiliation<'h>, usize)> {
        let rest = input.get(end..ceil_char_boundary(input, end + 32))?;
        let at = end + connector_len(rest)?;
        let country = self
            .countries
            .binary_search_by_key(&at, |c| c.start)
            .ok()
            .map(|i| &self.countries[i])
            .filter(|c| !c.demonym);
        let organization = self
            .organizations
            .binary_search_by_key(&at, |o| o.start)
            .ok()
            .map(|i| &self.organizations[i]);
        let (affiliation, after) = if let Some(c) = country {
            (Affiliation::Country(c.code), c.end)
        } else if let Some(o) = organization {
            (Affiliation::Organization(o.text.clone()), o.end)
        } else {
            return None;
        };
        let window = &input[after..ceil_char_boundary(input, after + 64)];
        let after = after + parenthesis_len(window).unwrap_or(0);
        Some((affiliation, after))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a thread keeps from one document changes nothing in the next: every text after
    /// every other (a long one among them, whose buffers outgrow the next's) gives what it
    /// gives on a thread of its own.
    #[test]
    fn the_buffers_kept_between_documents_change_no_result() {
        let extractor = crate::Extractor::new();
        let long = "Le général Abdou Barre (Niger) a rencontré le 3 mars 2024 à Niamey le \
                    ministre de la Défense du Mali. "
            .repeat(2_000);
        let texts = [
            "NIAMEY, 12 février 2024 – Le président Mohamed Bazoum a reçu l'ambassadeur de France.",
            "",
            long.as_str(),
            "La Force conjointe du G5 Sahel (FC-G5S) a mené une opération contre le terrorisme.",
            "é’«»\u{a0}Ça",
        ];
        let alone: Vec<String> = texts
            .iter()
            .map(|t| {
                let t = t.to_string();
                let extractor = extractor.clone();
                std::thread::spawn(move || format!("{:?}", extractor.extract(&t)))
                    .join()
                    .unwrap()
            })
            .collect();
        for first in &texts {
            for (i, second) in texts.iter().enumerate() {
                extractor.extract(first);
                assert_eq!(format!("{:?}", extractor.extract(second)), alone[i]);
            }
        }
    }

    #[test]
    fn connectors_and_parentheses() {
        assert_eq!(connector_len(" de la Défense"), Some(7));
        assert_eq!(connector_len("\u{a0}d’Ivoire"), Some(6));
        assert_eq!(connector_len(" du  Tchad"), Some(5));
        assert_eq!(connector_len(" des Nations"), Some(5));
        assert_eq!(connector_len(" et du Tchad"), None);
        assert_eq!(parenthesis_len(" (CIMCT) a"), Some(8));
        assert_eq!(parenthesis_len("(x)"), Some(3));
        assert_eq!(parenthesis_len(" ()"), None);
        assert_eq!(parenthesis_len(" (a (b))"), None);
        assert_eq!(parenthesis_len(" (twenty-one chars long)"), None);
        assert_eq!(parenthesis_len(" (ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ)"), Some(33));
        assert_eq!(parenthesis_len(" (a\nb)"), None);
    }

    /// The gazetteer scan reports the anchors of dates that `dates::anchors` finds alone.
    fn same_anchors(input: &str) -> Result<(), String> {
        let gazetteer = crate::Extractor::new().gazetteer().clone();
        let text = NormalizedText::new(input);
        let scanned = gazetteer.scan(&text).date_anchors;
        let alone = dates::anchors(text.as_str());
        if scanned == alone {
            Ok(())
        } else {
            Err(format!("{input:?}: scan {scanned:?}, alone {alone:?}"))
        }
    }

    #[test]
    fn the_scan_finds_the_anchors_of_dates() {
        let input = "N'Djamena, le 3 mai 2024 — Hier, la semaine dernière et l'an 2020 : \
                     le Président de la République du Tchad (PRÉSIDENT) a reçu à Riyad, \
                     mardi, au 12e sommet du G5 Sahel, le ministre العربية 1er août.";
        same_anchors(input).unwrap();
        let text = NormalizedText::new(input);
        let anchors: Vec<&str> = dates::anchors(text.as_str())
            .iter()
            .map(|&(s, e)| &text.as_str()[s..e])
            .collect();
        assert_eq!(
            anchors,
            [
                "3",
                "mai",
                "2024",
                "hier",
                "semaine",
                "an",
                "2020",
                "mardi",
                "12e",
                "العربية",
                "1er",
                "aout"
            ]
        );
    }

    proptest::proptest! {
        #[test]
        fn the_scan_finds_the_anchors_of_dates_anywhere(input in "([a-zA-Z0-9 ,.'’éÉب-]|mai|mardi|aujourd'hui|semaine|week-end|république|des|cinquante){0,60}") {
            proptest::prop_assert!(same_anchors(&input).is_ok(), "{}", same_anchors(&input).unwrap_err());
        }
    }
}

/// Entry points to single stages, for the benchmarks (not a stable API): each stage runs
/// alone on what the stages before it found ([`prepare`](stages::prepare)), as it does in
/// the pipeline, and returns how much it found.
#[doc(hidden)]
pub mod stages {
    use super::*;

    /// A document with what every stage reads, computed once.
    #[derive(Debug)]
    pub struct Prepared<'h> {
        text: NormalizedText<'h>,
        hits: Hits,
        raw_dates: Vec<dates::RawDate>,
        found: Extraction<'h>,
    }

    /// Runs the pipeline on `input`, keeping what the stages pass each other.
    pub fn prepare<'h>(gazetteer: &Gazetteer, input: &'h str) -> Prepared<'h> {
        let text = NormalizedText::new(input);
        let hits = gazetteer.scan(&text);
        let raw_dates = dates::find_at_anchors(&text, &hits.date_anchors);
        let found = run_stages(gazetteer, &text, &hits, &Context::default());
        Prepared {
            text,
            hits,
            raw_dates,
            found,
        }
    }

    impl<'h> Prepared<'h> {
        /// The folded document.
        pub fn text(&self) -> &NormalizedText<'h> {
            &self.text
        }

        /// What the stages before titles found, as the pipeline hands it to titles (and to
        /// persons, with the titles).
        fn mentions<'a>(&'a self, titles: &'a [TitleMention<'h>]) -> Mentions<'a, 'h> {
            Mentions {
                organizations: &self.found.organizations,
                countries: &self.found.countries,
                places: &self.found.places,
                titles,
                dates: &self.found.dates,
            }
        }

        fn dateline_place(&self) -> Option<(usize, usize)> {
            let place = self.found.dateline.as_ref()?.place.as_ref()?;
            Some((place.start, place.end))
        }
    }

    /// Folds a document: the first stage; returns the folded length.
    pub fn normalize(input: &str) -> usize {
        NormalizedText::new(input).as_str().len()
    }

    /// Scans a folded document with the gazetteer; returns the number of name hits.
    pub fn gazetteer_scan(gazetteer: &Gazetteer, text: &NormalizedText<'_>) -> usize {
        gazetteer.scan(text).names.len()
    }

    /// Searches the dates at the anchors the scan reported; returns how many.
    pub fn dates(prepared: &Prepared<'_>) -> usize {
        dates::find_at_anchors(&prepared.text, &prepared.hits.date_anchors).len()
    }

    /// Finds the dateline; returns 1 when there is one.
    pub fn dateline(prepared: &Prepared<'_>) -> usize {
        let p = prepared;
        usize::from(dateline::find(&p.text, &p.raw_dates, &p.hits.names).is_some())
    }

    /// Finds the organisations; returns how many.
    pub fn organizations(gazetteer: &Gazetteer, prepared: &Prepared<'_>) -> usize {
        let p = prepared;
        let named = named_spans(&p.hits.names);
        organizations::extract(gazetteer, &p.text, &p.hits.names, &named).len()
    }

    /// Finds the states and the places; returns how many.
    pub fn countries_and_places(gazetteer: &Gazetteer, prepared: &Prepared<'_>) -> usize {
        let p = prepared;
        let place = p.dateline_place();
        let countries = countries::extract(gazetteer, &p.text, &p.hits.names, place);
        let mentions = Mentions {
            places: &[],
            ..p.mentions(&[])
        };
        countries.len() + places::extract(gazetteer, &p.text, &p.hits.names, place, &mentions).len()
    }

    /// Finds the titles; returns how many.
    pub fn titles(gazetteer: &Gazetteer, prepared: &Prepared<'_>) -> usize {
        let p = prepared;
        titles::extract(
            gazetteer,
            &p.text,
            &p.hits.titles,
            &p.hits.names,
            &p.mentions(&[]),
        )
        .len()
    }

    /// Finds the persons; returns how many.
    pub fn persons(gazetteer: &Gazetteer, prepared: &Prepared<'_>) -> usize {
        let p = prepared;
        let titles = &p.found.titles;
        persons::extract(gazetteer, p.text.input(), titles, &p.mentions(titles)).len()
    }

    /// Scores the themes; returns how many pass the threshold.
    pub fn themes(gazetteer: &Gazetteer, prepared: &Prepared<'_>) -> usize {
        let p = prepared;
        themes::extract(gazetteer, &p.text, &p.hits, &p.found.organizations).len()
    }
}
