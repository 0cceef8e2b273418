//! # communique
//!
//! Fast, rule-based extraction of what analysts look for in French diplomatic and defence
//! press text (communiqués, ministry and coalition press releases, agency wires): titles
//! (honorifics, ranks, offices and whom they serve), persons (with their titles, role and
//! canonical name), states by name and demonym, dates in every French form and the dateline,
//! organisations with their acronyms, places, and counter-terrorism themes with their
//! evidence.
//!
//! It is gazetteers (data files under `gazetteers/`, embedded by default) plus patterns: no
//! model download, no network, no `unsafe`.
//!
//! ## Overview
//! - [`Extractor`]: built once ([`Extractor::new`] for the embedded gazetteers,
//!   [`Extractor::builder`] for your own), shared across threads.
//! - [`Extraction`]: one list of typed mentions per entity type, serde-serialisable.
//! - [`Span`]: byte offsets into the input, always on char boundaries.
//! - [`Error`]: what can go wrong when building an extractor from files (extraction itself
//!   never fails).
//!
//! ## Example
//! ```
//! use communique::Extractor;
//!
//! let text = "Riyad, 31-5-2023\n\nLe ministre de la Défense de la République du Kenya a \
//!             rencontré la délégation nigérienne le 2 juin.";
//! let found = Extractor::new().extract(text);
//!
//! let dateline = found.dateline.as_ref().unwrap();
//! assert_eq!(dateline.place.as_ref().unwrap().text, "Riyad");
//!
//! let kenya = &found.countries[0];
//! assert_eq!((kenya.text.as_ref(), kenya.start, kenya.end), ("République du Kenya", 51, 71));
//! assert_eq!(kenya.code.as_str(), "KE");
//! assert_eq!(&text[kenya.start..kenya.end], kenya.text);
//! assert!(found.countries[1].demonym); // nigérienne: Niger
//!
//! // "le 2 juin" takes the dateline's year.
//! let june = &found.dates[1];
//! assert_eq!(june.text, "2 juin");
//! assert_eq!(june.value.unwrap().to_string(), "2023-06-02");
//!
//! // The office keeps its portfolio, not the state it serves, which it records.
//! let office = &found.titles[0];
//! assert_eq!(office.text, "ministre de la Défense");
//! assert_eq!(office.of, Some(communique::Affiliation::Country(kenya.code)));
//! ```
//!
//! ## Spans
//! Every mention has `text`, `start` and `end`, with `&input[start..end] == text`. Matching
//! runs on a folded copy of the text (lower case, no accents, `’` → `'`, no-break spaces →
//! spaces, dashes unified, a run of white space with one line break at most one space);
//! a map brings every offset back to the input.
//!
//! ## Text as it arrives
//! Doubled spaces, tabs, no-break spaces, `\r\n` and a line break inside a sentence part
//! words as one space does (a blank line ends everything, and the dateline stays on its
//! lines); accents written as combining marks (NFD) belong to their letter. An HTML page goes
//! to [`Extractor::extract_html`], whose spans are byte offsets into the page as given.
//!
//! ## Relative dates
//! "hier", "mardi dernier", "la semaine prochaine" and dates written without their year are
//! resolved against the dateline's date, else against [`Context::reference_date`]; with
//! neither, their value is `None`.
//!
//! Parts of periods are ranges by one rule: "début" is days 1–10 of a month (January–February
//! of a year), "mi" days 11–20 (June–July), "fin" day 21 to the end (November–December); the
//! first "quinzaine" days 1–15, the second 16 to the end; a "trimestre" or "semestre" its
//! months; seasons their three meteorological months ("cet automne": September–November).
//! Two-digit years are 2000–2049 for 00–49 and 1950–1999 for 50–99. Easter is computed;
//! the feasts of the lunar calendar (Ramadan, Aïd, Tabaski, Korité, Gamou…) are relative
//! dates without a value, and dates of the year written after them ("Ramadan 2024").
//!
//! ## Custom gazetteers
//! [`ExtractorBuilder`] adds files, strings or single entries of any [`GazetteerKind`], or
//! replaces a default; `gazetteers/README.md` documents every file's columns.
//!
//! ## Performance
//! Build the extractor once (the embedded one is compiled on the first call to
//! [`Extractor::new`]; the date automaton and the dateline's regexes compile on the first
//! extraction: a few milliseconds each, README.md has the figures) and clone it per thread. A
//! document is folded once, its words are looked up once in an index of every gazetteer's
//! surfaces by first word, and the date automaton is started only at the words dates hold
//! (numbers, months, weekdays…); the stages then work on the hits. Each thread keeps its last document's largest buffers
//! (the folded text and the scan's lists, at most 8 MiB) for its next one. README.md has the
//! measured throughput and `DESIGN.md` the pipeline.
//!
//! ## Crate features
//! - `rayon`: [`Extractor::extract_batch`] extracts many documents on all cores.
//! - `html`: [`render::html`] shows an extraction on its text as a self-contained HTML page.

#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![warn(missing_debug_implementations)]

mod error;
mod extractor;
mod gazetteer;
mod hash;
mod lexicon;
mod model;
mod pipeline;
#[cfg(feature = "html")]
pub mod render;
mod text;
pub mod types;

pub use error::{Error, ErrorKind};
pub use extractor::{Context, Extractor, ExtractorBuilder};
pub use gazetteer::GazetteerKind;
pub use model::{
    Affiliation, CountryMention, DateMention, Dateline, Extraction, InvalidExtraction, Mention,
    MentionKind, Mentions, OrganizationMention, PersonMention, PlaceMention, Role, TextSpan,
    ThemeScore, TitleMention,
};
pub use pipeline::Output;
pub use types::{
    Alpha3, CountryCode, Date, DateParseError, DateValue, PartialDate, PlaceKind, Precision, Span,
    TitleKind,
};

/// The pipeline's parts, for the benchmarks and the fuzz targets (feature
/// `unstable-internals`). Not a stable API: it changes with the pipeline.
#[cfg(feature = "unstable-internals")]
pub mod internals {
    pub use crate::gazetteer::{Gazetteer, Hits};
    pub use crate::pipeline::{Document, Stage, STAGES};
    pub use crate::text::NormalizedText;

    /// The compiled gazetteer of an extractor.
    pub fn gazetteer(extractor: &crate::Extractor) -> &Gazetteer {
        extractor.gazetteer()
    }
}

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;
