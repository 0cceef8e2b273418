//! The extractors, run in a fixed order ([`STAGES`]) on one normalised view and one gazetteer
//! scan of a [`Document`]:
//!
//! 1. [`dates`]: every date of the text, as written;
//! 2. [`dateline`]: the place and date of publication, from the first lines;
//! 3. `anchor`: dates resolved against the dateline's date (else the caller's reference date);
//! 4. [`organizations`]: names, acronyms defined in the text, organs;
//! 5. [`countries`]: names and demonyms of states, outside organisations' names;
//! 6. [`places`]: cities, regions, the dateline's place;
//! 7. [`titles`]: honorifics, ranks, offices and whom they serve;
//! 8. [`persons`]: names after titles or given names, short mentions, canonical names;
//! 9. [`themes`]: counter-terrorism themes, from the scan's cue hits.
//!
//! Each stage sees what the earlier ones found ([`Mentions`]): a name stops at a state, a
//! country inside an organisation's name is no country, a cue inside it no evidence. The list
//! of stages is the pipeline's only wiring: [`run`] goes through it, and so do the benchmarks
//! (feature `unstable-internals`), which time one stage at a time on prepared documents.

pub(crate) mod countries;
pub(crate) mod dateline;
pub(crate) mod dates;
mod mentions;
pub(crate) mod organizations;
mod outputs;
pub(crate) mod persons;
mod phrase;
pub(crate) mod places;
mod scratch;
pub mod themes;
pub(crate) mod titles;

pub(crate) use mentions::Mentions;
pub use outputs::Output;
pub(crate) use outputs::StageSet;
pub(crate) use scratch::recycled;
use scratch::{Buffers, Scratch, SCRATCH, SCRATCH_KEPT};

use crate::gazetteer::{Gazetteer, Hits};
use crate::model::{DateMention, Dateline, Extraction, TextSpan};
use crate::text::NormalizedText;
use crate::{Context, Span};
use dates::Anchor;
use organizations::undecided_holds;
use std::borrow::Cow;
use std::cell::Cell;

/// How an extractor runs the pipeline: which stages, and the least score of a reported theme.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Settings {
    /// The stages to run (those the requested outputs need).
    pub stages: StageSet,
    /// The least score of a reported theme.
    pub theme_threshold: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            stages: StageSet::ALL,
            theme_threshold: f64::from(themes::THRESHOLD),
        }
    }
}

/// A document on its way through the pipeline: its text, the scan's hits, and what the
/// stages have found so far (each stage reads the fields of the stages before it and sets its
/// own).
#[derive(Clone, Debug)]
pub struct Document<'g, 'h> {
    gazetteer: &'g Gazetteer,
    context: Context,
    settings: Settings,
    text: NormalizedText<'h>,
    hits: Hits,
    /// The dates as written, in folded offsets (stage `dates`).
    raw_dates: Vec<dates::RawDate>,
    /// The dateline as found (stage `dateline`).
    found_dateline: Option<dateline::Found>,
    /// The facilities and streets, read from the scan's hits by the first stage that needs
    /// them (`countries` or `places`, whichever runs).
    facilities: Option<Vec<(usize, usize)>>,
    /// The bodies a line in capitals may name or describe (stage `organizations`): nothing
    /// inside them is said.
    undecided: Vec<(usize, usize)>,
    /// What the stages found, in the shape the caller gets.
    found: Extraction<'h>,
    /// The stages' working vectors, kept from the thread's last document (boxed: a document
    /// moves in a few bytes).
    buffers: Box<Buffers>,
}

/// One stage: it reads what the stages before it found and sets its own findings.
pub type Stage = for<'g, 'h> fn(&mut Document<'g, 'h>);

/// The stages, in the order they run: the pipeline's wiring, written once.
pub const STAGES: [(&str, Stage); 9] = [
    ("dates", |d| d.find_dates()),
    ("dateline", |d| d.find_dateline()),
    ("anchor", |d| d.resolve_dates()),
    ("organizations", |d| d.find_organizations()),
    ("countries", |d| d.find_countries()),
    ("places", |d| d.find_places()),
    ("titles", |d| d.find_titles()),
    ("persons", |d| d.find_persons()),
    ("themes", |d| d.score_themes()),
];

/// Runs every stage on `input`, read as it was written before a mail or wire system wrapped
/// it (the line breaks of a hard wrap are spaces to every stage: [`crate::text::wrap`]).
pub(crate) fn run<'h>(
    gazetteer: &Gazetteer,
    settings: Settings,
    input: &'h str,
    context: &Context,
) -> Extraction<'h> {
    let Scratch {
        text: buffers,
        hits,
        buffers: stage_buffers,
    } = SCRATCH.with(Cell::take).unwrap_or_default();
    let text = NormalizedText::reusing(input, buffers);
    let Some(unwrapped) = crate::text::wrap::unwrapped(&text) else {
        return run_stages(gazetteer, settings, text, (hits, stage_buffers), context);
    };
    // A break and a space are one byte: the spans are the input's.
    let text = NormalizedText::reusing(&unwrapped, text.into_buffers());
    run_stages(gazetteer, settings, text, (hits, stage_buffers), context)
        .into_owned()
        .rebase(input, |start, end| (start, end))
}

/// Runs every stage on `text`, with the thread's kept hits and stage buffers, then keeps
/// every buffer for the thread's next document.
fn run_stages<'h>(
    gazetteer: &Gazetteer,
    settings: Settings,
    text: NormalizedText<'h>,
    (hits, buffers): (Hits, Box<Buffers>),
    context: &Context,
) -> Extraction<'h> {
    let hits = gazetteer.scan_into(&text, hits);
    let mut document = Document::scanned(gazetteer, settings, text, hits, *context, buffers);
    for (i, (_name, stage)) in STAGES.iter().enumerate() {
        if settings.stages.contains(i) {
            stage(&mut document);
            document.debug_check(_name);
        }
    }
    let Document {
        text,
        hits,
        found,
        buffers,
        ..
    } = document;
    let scratch = Scratch {
        text: text.into_buffers(),
        hits,
        buffers,
    };
    if scratch.text.capacity() + scratch.hits.capacity() + scratch.buffers.capacity()
        <= SCRATCH_KEPT
    {
        SCRATCH.with(|s| s.set(Some(scratch)));
    }
    found
}

impl<'g, 'h> Document<'g, 'h> {
    /// A document folded and scanned, before any stage.
    fn scanned(
        gazetteer: &'g Gazetteer,
        settings: Settings,
        text: NormalizedText<'h>,
        hits: Hits,
        context: Context,
        buffers: Box<Buffers>,
    ) -> Document<'g, 'h> {
        Document {
            gazetteer,
            context,
            settings,
            text,
            hits,
            raw_dates: Vec::new(),
            found_dateline: None,
            facilities: None,
            undecided: Vec::new(),
            found: Extraction::default(),
            buffers,
        }
    }

    #[cfg(any(test, feature = "unstable-internals"))]
    /// Folds and scans `input`, then runs every stage: what the benchmarks time stages on.
    /// (A hard-wrapped input is read as it is: the extractor alone reads it unwrapped.)
    pub fn prepare(gazetteer: &'g Gazetteer, input: &'h str, context: Context) -> Document<'g, 'h> {
        let text = NormalizedText::new(input);
        let hits = gazetteer.scan(&text);
        let mut document = Document::scanned(
            gazetteer,
            Settings::default(),
            text,
            hits,
            context,
            Box::default(),
        );
        for (_, stage) in STAGES {
            stage(&mut document);
        }
        document
    }

    #[cfg(feature = "unstable-internals")]
    /// The folded document.
    pub fn text(&self) -> &NormalizedText<'h> {
        &self.text
    }

    #[cfg(any(test, feature = "unstable-internals"))]
    /// What the stages found.
    pub fn found(&self) -> &Extraction<'h> {
        &self.found
    }

    /// In debug builds, checks the invariants of what the stages found so far (sorted, no
    /// overlap within a type, on char boundaries, the text at the span), naming the stage.
    fn debug_check(&self, stage: &str) {
        if cfg!(debug_assertions) {
            if let Err(e) = self.found.check(self.text.input()) {
                panic!("after stage {stage}: {e}");
            }
        }
    }

    /// Stage `dates`: the dates as written, searched at the anchors the scan reported.
    fn find_dates(&mut self) {
        self.raw_dates = dates::find_at_anchors(&self.text, &self.hits.date_anchors);
    }

    /// Stage `dateline`: the place and date of publication.
    fn find_dateline(&mut self) {
        self.found_dateline =
            dateline::find(&self.text, &self.raw_dates, &self.hits, self.gazetteer);
    }

    /// Stage `anchor`: the dates' values, yearless and relative ones resolved against the
    /// dateline's day, else the caller's reference date; and the dateline itself.
    fn resolve_dates(&mut self) {
        let input = self.text.input();
        let reference = self.context.reference_date;
        // The dateline's date, a day or less precise (a page's stamp "date 2020-08": its year
        // and month complete yearless dates, the caller's day resolves relative ones).
        let dateline_date = self
            .found_dateline
            .and_then(|f| f.date)
            .and_then(|i| self.raw_dates.get(i))
            .and_then(|d| d.resolve(reference).or_else(|| self.year_from_above(d)))
            .filter(|v| v.end().is_none())
            .map(|v| v.start());
        let anchor = match dateline_date {
            Some(date) if date.to_date().is_some() => Anchor::from(date),
            Some(date) => Anchor {
                day: reference,
                ..Anchor::from(date)
            },
            None => Anchor::from(reference),
        };
        let text = &self.text;
        self.found.dates = Vec::with_capacity(self.raw_dates.len());
        self.found
            .dates
            .extend(self.raw_dates.iter().filter_map(|d| {
                let (start, end) = text.to_input_range(d.start, d.end);
                (start < end).then(|| DateMention {
                    text: Cow::Borrowed(&input[start..end]),
                    start,
                    end,
                    value: d.resolve(anchor),
                    relative: d.is_relative(),
                })
            }));
        let dates = &self.found.dates;
        let raw_dates = &self.raw_dates;
        self.found.dateline = self.found_dateline.map(|f| Dateline {
            place: f.place.map(|(s, e)| TextSpan::new(input, Span::new(s, e))),
            date: f.date.and_then(|i| {
                let (s, e) = text.to_input_range(raw_dates[i].start, raw_dates[i].end);
                dates.iter().find(|m| m.start == s && m.end == e).cloned()
            }),
        });
    }

    /// A yearless dateline date completed by the date line above it, when their months agree
    /// ("date 2017-11" over "LIBREVILLE, 18 novembre").
    fn year_from_above(&self, date: &dates::RawDate) -> Option<crate::DateValue> {
        let above = self
            .found_dateline
            .and_then(|f| f.above)
            .and_then(|i| self.raw_dates.get(i))
            .and_then(|d| d.resolve(self.context.reference_date))
            .filter(|v| v.end().is_none())?
            .start();
        let value = date.resolve(above)?;
        let month = value.start().month();
        (above.month().is_none() || above.month() == month).then_some(value)
    }

    /// Reads the facilities and streets ([`places::facilities`]) unless a stage did.
    fn read_facilities(&mut self) {
        if self.facilities.is_none() {
            let found = places::facilities(self.text.input(), &self.hits.heads, &self.hits.names);
            self.facilities = Some(found);
        }
    }

    /// The dateline's place, as an input span.
    fn dateline_place(&self) -> Option<(usize, usize)> {
        self.found_dateline.and_then(|f| f.place)
    }

    /// What the stages before `titles` found (with the titles, for `persons`).
    fn mentions(&self, with_titles: bool) -> Mentions<'_, 'h> {
        mentions_in(&self.found, &self.undecided, with_titles)
    }

    /// Stage `organizations`: names, acronyms, organs.
    fn find_organizations(&mut self) {
        self.found.organizations = organizations::extract(
            self.gazetteer,
            &self.text,
            &self.hits.names,
            &self.hits.titles,
            &self.hits.heads,
            &mut self.undecided,
            &mut self.buffers.organizations,
        );
    }

    /// Stage `countries`: states by name and demonym, outside organisations' names.
    fn find_countries(&mut self) {
        self.read_facilities();
        let mut countries = countries::extract(
            self.gazetteer,
            &self.text,
            &self.hits.names,
            self.dateline_place(),
        );
        let organizations = Mentions {
            countries: &[],
            places: &[],
            titles: &[],
            ..self.mentions(false)
        };
        // Nor is a state inside a facility's name ("rue de Syrie").
        let facilities = self.facilities.as_deref().unwrap_or_default();
        countries.retain(|c| {
            !organizations.inside_organization(c.start, c.end)
                && !undecided_holds(&self.undecided, c.start, c.end)
                && !facilities.iter().any(|&(s, e)| s <= c.start && c.end <= e)
        });
        self.found.countries = countries;
    }

    /// Stage `places`: cities, regions, the dateline's place.
    fn find_places(&mut self) {
        self.read_facilities();
        let mentions = Mentions {
            places: &[],
            ..self.mentions(false)
        };
        let place = self.dateline_place();
        let facilities = self.facilities.as_deref().unwrap_or_default();
        let mut places = places::extract(
            self.gazetteer,
            &self.text,
            &self.hits.names,
            place,
            facilities,
            &mentions,
        );
        places.retain(|p| !undecided_holds(&self.undecided, p.start, p.end));
        self.found.places = places;
    }

    /// Stage `titles`: honorifics, ranks, offices and whom they serve.
    fn find_titles(&mut self) {
        let hits = &self.hits;
        let mut titles = titles::extract(
            self.gazetteer,
            &self.text,
            &hits.titles,
            &hits.names,
            &self.mentions(false),
        );
        // Nor is an office that runs into one ("CHEF D'ÉTAT-MAJOR DES FORCES ARMÉES DES…":
        // the office of a body named "Forces armées", or its portfolio).
        titles.retain(|t| {
            !undecided_holds(&self.undecided, t.start, t.end)
                && !self
                    .undecided
                    .iter()
                    .any(|&(s, _)| t.start < s && s < t.end)
        });
        self.found.titles = titles;
    }

    /// Stage `persons`: names, short mentions, canonical names.
    fn find_persons(&mut self) {
        // A state named like a person may be a name's word ("Bawe Maurice Nfoa").
        let name_like_states: Vec<(usize, usize)> = self
            .found
            .countries
            .iter()
            .filter(|c| !c.demonym && crate::lexicon::STATES_NAMED_LIKE_PERSONS.contains(&&*c.text))
            .map(|c| (c.start, c.end))
            .collect();
        let buffers = &mut *self.buffers;
        let mentions = mentions_in(&self.found, &self.undecided, true);
        mentions.overlap_bits_into(self.text.input().len(), &mut buffers.overlaps);
        let mut persons = persons::extract(
            self.gazetteer,
            self.text.input(),
            &self.hits.heads,
            &self.found.titles,
            &Mentions {
                name_like_states: &name_like_states,
                overlaps: &buffers.overlaps,
                ..mentions
            },
            &mut buffers.persons,
        );
        persons.retain(|p| !undecided_holds(&self.undecided, p.start, p.end));
        // A name goes over a place, an honorific or a state named like a person inside it
        // ("Hamadou Djibo Barte"): they are the name's, no longer mentions of their own.
        let inside = |start: usize, end: usize| {
            let i = persons.partition_point(|p| p.end <= start);
            persons
                .get(i)
                .is_some_and(|p| p.start <= start && end <= p.end)
        };
        self.found.places.retain(|p| !inside(p.start, p.end));
        self.found.countries.retain(|c| !inside(c.start, c.end));
        if self.found.titles.iter().any(|t| inside(t.start, t.end)) {
            let mut renumbered = Vec::with_capacity(self.found.titles.len());
            let mut kept = 0;
            for t in &self.found.titles {
                renumbered.push((!inside(t.start, t.end)).then_some(kept));
                kept += usize::from(!inside(t.start, t.end));
            }
            self.found.titles.retain(|t| !inside(t.start, t.end));
            for p in &mut persons {
                p.titles = p.titles.iter().filter_map(|&i| renumbered[i]).collect();
            }
        }
        self.found.persons = persons;
    }

    /// Stage `themes`: the themes' scores and evidence.
    fn score_themes(&mut self) {
        self.found.themes = themes::extract(
            self.gazetteer,
            &self.text,
            &self.hits,
            &self.found.organizations,
            &self.undecided,
            self.settings.theme_threshold,
        );
    }
}

/// What the stages before `titles` found (with the titles, for `persons`) in `found`, and
/// the `undecided` bodies.
fn mentions_in<'a, 'h>(
    found: &'a Extraction<'h>,
    undecided: &'a [(usize, usize)],
    with_titles: bool,
) -> Mentions<'a, 'h> {
    let titles: &[_] = if with_titles { &found.titles } else { &[] };
    Mentions {
        organizations: &found.organizations,
        countries: &found.countries,
        places: &found.places,
        titles,
        dates: &found.dates,
        undecided,
        name_like_states: &[],
        overlaps: &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stages_are_where_outputs_expects_them() {
        let names: Vec<&str> = STAGES.iter().map(|(name, _)| *name).collect();
        assert_eq!(names[outputs::DATES], "dates");
        assert_eq!(names[outputs::DATELINE], "dateline");
        assert_eq!(names[outputs::ANCHOR], "anchor");
        assert_eq!(names[outputs::ORGANIZATIONS], "organizations");
        assert_eq!(names[outputs::COUNTRIES], "countries");
        assert_eq!(names[outputs::PLACES], "places");
        assert_eq!(names[outputs::TITLES], "titles");
        assert_eq!(names[outputs::PERSONS], "persons");
        assert_eq!(names[outputs::THEMES], "themes");
    }

    /// A document prepared for the benchmarks went through the stages [`run`] goes through.
    #[test]
    fn a_prepared_document_holds_what_run_finds() {
        let extractor = crate::Extractor::new();
        let input = "NIAMEY, 3 juin 2024 (ANP) - Le ministre nigérien de la Défense, le général \
                     Salifou Mody, a reçu hier à Niamey une délégation de l'Union africaine \
                     sur la lutte contre le terrorisme.";
        let context = Context::default();
        let document = Document::prepare(extractor.gazetteer(), input, context);
        assert_eq!(document.found(), &extractor.extract(input));
        assert!(!document.found().persons.is_empty());
    }

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
