//! The [`Extractor`], its builder, and the [`Context`] of a document.

use crate::gazetteer::{self, decode, Gazetteer, GazetteerKind, Source};
use crate::pipeline::{Output, Settings, StageSet};
use crate::types::calendar::Date;
use crate::{Error, Extraction};
use once_cell::sync::Lazy;
use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;

/// Extracts entities from French press text.
///
/// Build it once and share it: it is `Send + Sync`, and cloning it is cheap (the compiled
/// gazetteer sits behind an `Arc`). [`Extractor::new`] uses the embedded gazetteers, compiled
/// once per process; [`Extractor::builder`] adds or replaces gazetteers.
///
/// ```
/// let extractor = communique::Extractor::new();
/// let extraction = extractor.extract("Niamey, le 3 juin 2024 - La délégation nigérienne...");
/// assert_eq!(extraction.countries[0].code.as_str(), "NE");
/// assert_eq!(extraction.dates[0].value.unwrap().to_string(), "2024-06-03");
/// ```
#[derive(Clone, Debug)]
pub struct Extractor {
    gazetteer: Arc<Gazetteer>,
    settings: Settings,
}

/// What is known of a document besides its text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Context {
    /// The publication date, used to resolve relative dates ("hier") and dates written without
    /// their year when the text has no dated dateline. The dateline's date, when there is one,
    /// takes precedence.
    pub reference_date: Option<Date>,
}

impl Context {
    /// A context with a reference (publication) date.
    pub fn new(reference_date: Option<Date>) -> Context {
        Context { reference_date }
    }
}

static DEFAULT: Lazy<Extractor> = Lazy::new(|| {
    ExtractorBuilder::new()
        .build()
        .unwrap_or_else(|e| panic!("the embedded gazetteers are invalid: {e}"))
});

impl Default for Extractor {
    fn default() -> Extractor {
        Extractor::new()
    }
}

impl Extractor {
    /// The extractor of the embedded default gazetteers. The first call compiles them; later
    /// calls clone the same one.
    pub fn new() -> Extractor {
        DEFAULT.clone()
    }

    /// A builder that starts from the embedded defaults.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }

    /// Extracts every entity of `text`.
    pub fn extract<'h>(&self, text: &'h str) -> Extraction<'h> {
        self.extract_with(text, &Context::default())
    }

    /// Extracts every entity of `text`, knowing its [`Context`].
    pub fn extract_with<'h>(&self, text: &'h str, context: &Context) -> Extraction<'h> {
        crate::pipeline::run(&self.gazetteer, self.settings, text, context)
    }

    /// Extracts every entity of an HTML page: tags, comments, scripts and styles are skipped,
    /// character references (named, decimal, hexadecimal) decoded, block elements part
    /// paragraphs and `<br>` lines.
    ///
    /// Spans are byte offsets into `html` as given, and a mention's `text` is its source there,
    /// `&html[start..end]`, references and inline tags included as written (`"C&eacute;lestin"`,
    /// `"Ali</b> Barre"`); values (canonical names, dates, codes, long forms) are read in the
    /// decoded text. A reference at the edge of a mention is whole in its span.
    ///
    /// ```
    /// let html = "<p>Le pr&eacute;sident <b>C&eacute;lestin Simpor&#233;</b> au Niger.</p>";
    /// let found = communique::Extractor::new().extract_html(html);
    /// let person = &found.persons[0];
    /// assert_eq!(person.text, "C&eacute;lestin Simpor&#233;");
    /// assert_eq!(&html[person.start..person.end], person.text);
    /// assert_eq!(person.canonical, "Célestin Simporé");
    /// assert_eq!(found.countries[0].code.as_str(), "NE");
    /// ```
    pub fn extract_html<'h>(&self, html: &'h str) -> Extraction<'h> {
        self.extract_html_with(html, &Context::default())
    }

    /// [`extract_html`](Self::extract_html), knowing the page's [`Context`].
    pub fn extract_html_with<'h>(&self, html: &'h str, context: &Context) -> Extraction<'h> {
        let page = crate::text::html::HtmlText::new(html);
        let found = crate::pipeline::run(&self.gazetteer, self.settings, page.as_str(), context)
            .into_owned();
        found.rebase(html, |start, end| page.to_html_range(start, end))
    }

    /// Extracts many documents on all cores (feature `rayon`), in order.
    #[cfg(feature = "rayon")]
    pub fn extract_batch<'h, S: AsRef<str> + Sync>(
        &self,
        texts: &'h [S],
        context: &Context,
    ) -> Vec<Extraction<'h>> {
        use rayon::prelude::*;
        texts
            .par_iter()
            .map(|t| self.extract_with(t.as_ref(), context))
            .collect()
    }

    #[cfg(any(test, feature = "unstable-internals"))]
    /// The compiled gazetteer.
    pub(crate) fn gazetteer(&self) -> &Gazetteer {
        &self.gazetteer
    }
}

#[derive(Clone, Debug)]
enum Pending {
    File(GazetteerKind, PathBuf),
    Text(GazetteerKind, String, String),
    Entry(GazetteerKind, Vec<String>),
}

/// Builds an [`Extractor`] from the embedded gazetteers and the caller's own.
///
/// Setters only record what to do; every file is read and checked in [`build`](Self::build),
/// whose errors name the file, the line and the cause.
///
/// ```
/// use communique::{Extractor, GazetteerKind};
///
/// let extractor = Extractor::builder()
///     .entry(GazetteerKind::CountryNames, &["KE", "Pays des Kikuyus"])
///     .build()
///     .unwrap();
/// let found = extractor.extract("Une délégation du Pays des Kikuyus.");
/// assert_eq!(found.countries[0].text, "Pays des Kikuyus");
///
/// let err = Extractor::builder()
///     .gazetteer_str(GazetteerKind::CountryNames, "mine.tsv", "XQ\tNulle part\n")
///     .build()
///     .unwrap_err();
/// assert_eq!(err.to_string(), "mine.tsv:1: unknown country code \"XQ\"");
/// ```
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    defaults: bool,
    cleared: Vec<GazetteerKind>,
    pending: Vec<Pending>,
    outputs: Option<Vec<Output>>,
    theme_threshold: Option<f64>,
}

impl Default for ExtractorBuilder {
    fn default() -> ExtractorBuilder {
        ExtractorBuilder::new()
    }
}

impl ExtractorBuilder {
    /// A builder that starts from the embedded defaults.
    pub fn new() -> ExtractorBuilder {
        ExtractorBuilder {
            defaults: true,
            cleared: Vec::new(),
            pending: Vec::new(),
            outputs: None,
            theme_threshold: None,
        }
    }

    /// Starts from nothing instead of the embedded defaults.
    pub fn no_defaults(&mut self) -> &mut ExtractorBuilder {
        self.defaults = false;
        self
    }

    /// Leaves out the embedded default of one kind (to replace it with the caller's own).
    pub fn clear(&mut self, kind: GazetteerKind) -> &mut ExtractorBuilder {
        self.cleared.push(kind);
        self
    }

    /// Adds a gazetteer file of `kind` to the defaults.
    pub fn gazetteer_file(
        &mut self,
        kind: GazetteerKind,
        path: impl Into<PathBuf>,
    ) -> &mut ExtractorBuilder {
        self.pending.push(Pending::File(kind, path.into()));
        self
    }

    /// Replaces the embedded default of `kind` with a file.
    pub fn replace_gazetteer_file(
        &mut self,
        kind: GazetteerKind,
        path: impl Into<PathBuf>,
    ) -> &mut ExtractorBuilder {
        self.clear(kind).gazetteer_file(kind, path)
    }

    /// Adds gazetteer text of `kind`; `name` is what errors cite.
    pub fn gazetteer_str(
        &mut self,
        kind: GazetteerKind,
        name: &str,
        text: &str,
    ) -> &mut ExtractorBuilder {
        self.pending
            .push(Pending::Text(kind, name.to_string(), text.to_string()));
        self
    }

    /// Adds one record of `kind`, its fields in the file's column order
    /// (`&["KE", "Kenya"]` for [`GazetteerKind::CountryNames`]).
    pub fn entry(&mut self, kind: GazetteerKind, fields: &[&str]) -> &mut ExtractorBuilder {
        self.pending.push(Pending::Entry(
            kind,
            fields.iter().map(|f| f.to_string()).collect(),
        ));
        self
    }

    /// Computes only these lists (and those they are made from: persons need titles,
    /// states, organisations…), leaving the others empty; by default, every list.
    ///
    /// ```
    /// use communique::{Extractor, Output};
    ///
    /// let dates_only = Extractor::builder().outputs(&[Output::Dates]).build().unwrap();
    /// let found = dates_only.extract("Le ministre malien est arrivé à Dakar le 3 juin 2024.");
    /// assert_eq!(found.dates[0].text, "3 juin 2024");
    /// assert!(found.persons.is_empty() && found.places.is_empty() && found.themes.is_empty());
    /// ```
    pub fn outputs(&mut self, outputs: &[Output]) -> &mut ExtractorBuilder {
        self.outputs = Some(outputs.to_vec());
        self
    }

    /// The least score of a reported theme, in `[0, 1]` (by default 0.35: one clear cue is
    /// enough, one weak cue is not; `DESIGN.md`, "Theme scores").
    pub fn theme_threshold(&mut self, threshold: f64) -> &mut ExtractorBuilder {
        self.theme_threshold = Some(threshold);
        self
    }

    /// The settings of the pipeline, checked.
    fn settings(&self) -> Result<Settings, Error> {
        let mut settings = Settings::default();
        if let Some(outputs) = &self.outputs {
            settings.stages = StageSet::for_outputs(outputs);
        }
        if let Some(threshold) = self.theme_threshold {
            if !(0.0..=1.0).contains(&threshold) {
                return Err(Error::setting(
                    "theme_threshold",
                    format!("{threshold} is not in [0, 1]"),
                ));
            }
            settings.theme_threshold = threshold;
        }
        Ok(settings)
    }

    /// Reads, checks and compiles everything.
    pub fn build(&self) -> Result<Extractor, Error> {
        let settings = self.settings()?;
        let mut sources = Vec::new();
        if self.defaults {
            for kind in GazetteerKind::ALL {
                if !self.cleared.contains(&kind) {
                    let (name, text) = gazetteer::embedded(kind);
                    sources.push(Source {
                        kind,
                        name: format!("gazetteers/{name}"),
                        text: Cow::Borrowed(text),
                    });
                }
            }
        }
        let mut entries: Vec<(GazetteerKind, String)> = Vec::new();
        for pending in &self.pending {
            match pending {
                Pending::File(kind, path) => {
                    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
                    let name = path.display().to_string();
                    let text = decode(&name, &bytes)?.to_string();
                    sources.push(Source {
                        kind: *kind,
                        name,
                        text: Cow::Owned(text),
                    });
                }
                Pending::Text(kind, name, text) => sources.push(Source {
                    kind: *kind,
                    name: name.clone(),
                    text: Cow::Owned(text.clone()),
                }),
                Pending::Entry(kind, fields) => {
                    let index = entries.iter().filter(|(k, _)| k == kind).count() + 1;
                    if let Some(bad) = fields.iter().find(|f| f.contains(['\t', '\n', '\r'])) {
                        return Err(Error::gazetteer(
                            "entries",
                            index,
                            format!("field {bad:?} contains a tab or a line break"),
                        ));
                    }
                    entries.push((*kind, fields.join("\t")));
                }
            }
        }
        for kind in GazetteerKind::ALL {
            let lines: Vec<&str> = entries
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, l)| l.as_str())
                .collect();
            if !lines.is_empty() {
                sources.push(Source {
                    kind,
                    name: "entries".to_string(),
                    text: Cow::Owned(lines.join("\n")),
                });
            }
        }
        Ok(Extractor {
            gazetteer: Arc::new(Gazetteer::build(&sources)?),
            settings,
        })
    }
}
