//! The `Extractor` class: the Rust builder's options as keyword arguments, and extraction of
//! one text or many (without the GIL, on threads).

use crate::errors;
use crate::objects::{Extraction, Prepared};
use communique::{Context, Date, GazetteerKind, Output};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyString};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A gazetteer kind by the stem of its file name (`country_names` for `country_names.tsv`).
fn kind(name: &str) -> PyResult<GazetteerKind> {
    let stem = name.strip_suffix(".tsv").unwrap_or(name);
    let stem = if stem == "theme_cues" { "themes" } else { stem };
    GazetteerKind::ALL
        .into_iter()
        .find(|k| k.file_name().strip_suffix(".tsv") == Some(stem))
        .ok_or_else(|| {
            let names: Vec<&str> = GazetteerKind::ALL
                .iter()
                .map(|k| k.file_name().trim_end_matches(".tsv"))
                .collect();
            PyValueError::new_err(format!(
                "unknown gazetteer kind {name:?}: one of {}",
                names.join(", ")
            ))
        })
}

/// An output list by name (`persons`, `dates`...).
fn output(name: &str) -> PyResult<Output> {
    Output::ALL
        .into_iter()
        .find(|o| o.to_string() == name)
        .ok_or_else(|| {
            let names: Vec<String> = Output::ALL.iter().map(|o| o.to_string()).collect();
            PyValueError::new_err(format!(
                "unknown output {name:?}: one of {}",
                names.join(", ")
            ))
        })
}

/// One path, or a list of them.
fn paths(value: &Bound<'_, PyAny>) -> PyResult<Vec<PathBuf>> {
    if let Ok(path) = value.extract::<PathBuf>() {
        return Ok(vec![path]);
    }
    value.extract::<Vec<PathBuf>>()
}

/// The reference date: a `datetime.date` (or `datetime`), or an ISO `YYYY-MM-DD` string.
fn reference_date(value: Option<&Bound<'_, PyAny>>) -> PyResult<Context> {
    let Some(value) = value.filter(|v| !v.is_none()) else {
        return Ok(Context::default());
    };
    if let Ok(s) = value.cast::<PyString>() {
        let s = s.to_cow()?;
        return s
            .parse::<Date>()
            .map(|d| Context::new(Some(d)))
            .map_err(|e| PyValueError::new_err(e.to_string()));
    }
    let part = |name: &str| value.getattr(name)?.extract::<i64>();
    let (Ok(year), Ok(month), Ok(day)) = (part("year"), part("month"), part("day")) else {
        return Err(PyTypeError::new_err(
            "reference_date must be a datetime.date or a 'YYYY-MM-DD' string",
        ));
    };
    let date = i32::try_from(year)
        .ok()
        .zip(u8::try_from(month).ok().zip(u8::try_from(day).ok()))
        .and_then(|(y, (m, d))| Date::new(y, m, d))
        .ok_or_else(|| PyValueError::new_err(format!("no such day: {year}-{month}-{day}")))?;
    Ok(Context::new(Some(date)))
}

/// Extracts entities from French press text. Built once (the embedded gazetteers, plus or
/// instead of your own), used from any thread.
#[pyclass(frozen, module = "communique", name = "Extractor")]
pub(crate) struct Extractor {
    inner: communique::Extractor,
}

impl Extractor {
    pub(crate) fn default_extractor() -> Extractor {
        Extractor {
            inner: communique::Extractor::new(),
        }
    }

    /// One text, extracted without the GIL.
    pub(crate) fn one(
        &self,
        text: &Bound<'_, PyString>,
        reference_date: Option<&Bound<'_, PyAny>>,
        html: bool,
    ) -> PyResult<Extraction> {
        let context = self::reference_date(reference_date)?;
        let owned = text.to_cow()?;
        let inner = &self.inner;
        let prepared = text.py().detach(|| {
            let x = if html {
                inner.extract_html_with(&owned, &context)
            } else {
                inner.extract_with(&owned, &context)
            };
            Prepared::new(&owned, x)
        });
        Ok(Extraction::new(text.clone().unbind(), prepared))
    }

    /// The page of one text, rendered without the GIL.
    pub(crate) fn page(
        &self,
        text: &Bound<'_, PyString>,
        reference_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let context = self::reference_date(reference_date)?;
        let owned = text.to_cow()?;
        let inner = &self.inner;
        Ok(text
            .py()
            .detach(|| communique::render::html(&owned, &inner.extract_with(&owned, &context))))
    }

    /// Many texts, on `threads` threads without the GIL, in order.
    pub(crate) fn many(
        &self,
        texts: &Bound<'_, PyAny>,
        reference_date: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Extraction>> {
        if texts.is_instance_of::<PyString>() {
            return Err(PyTypeError::new_err(
                "texts must be an iterable of str, not a str",
            ));
        }
        let context = self::reference_date(reference_date)?;
        let mut objects: Vec<Py<PyString>> = Vec::new();
        let mut owned: Vec<String> = Vec::new();
        for item in texts.try_iter()? {
            let item = item?;
            let s = item.cast::<PyString>().map_err(|_| {
                PyTypeError::new_err(format!(
                    "texts must hold str, found {}",
                    item.get_type()
                        .name()
                        .map(|n| n.to_string())
                        .unwrap_or_default()
                ))
            })?;
            owned.push(s.to_cow()?.into_owned());
            objects.push(s.clone().unbind());
        }
        let threads = threads
            .filter(|&n| n > 0)
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .min(owned.len().max(1));
        let inner = &self.inner;
        let prepared = texts
            .py()
            .detach(|| in_parallel(inner, &owned, &context, threads));
        Ok(objects
            .into_iter()
            .zip(prepared)
            .map(|(text, p)| Extraction::new(text, p))
            .collect())
    }
}

/// Extracts `texts` on `threads` scoped threads, each taking the next text not yet taken.
fn in_parallel(
    extractor: &communique::Extractor,
    texts: &[String],
    context: &Context,
    threads: usize,
) -> Vec<Prepared> {
    let one = |t: &String| Prepared::new(t, extractor.extract_with(t, context));
    if threads <= 1 {
        return texts.iter().map(one).collect();
    }
    let next = AtomicUsize::new(0);
    let mut slots: Vec<Option<Prepared>> = texts.iter().map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(text) = texts.get(i) else { break };
                        done.push((i, one(text)));
                    }
                    done
                })
            })
            .collect();
        for worker in workers {
            match worker.join() {
                Ok(done) => done.into_iter().for_each(|(i, p)| slots[i] = Some(p)),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
    });
    slots.into_iter().flatten().collect()
}

#[pymethods]
impl Extractor {
    /// An extractor of the embedded gazetteers, plus or instead of your own.
    ///
    /// Gazetteer kinds are named by their file's stem: `countries`, `country_names`,
    /// `demonyms`, `places`, `organizations`, `themes`, `titles`, `given_names`,
    /// `public_figures`
    /// (`gazetteers/README.md` documents their columns).
    #[new]
    #[pyo3(signature = (
        *,
        gazetteer_files=None,
        replace_files=None,
        gazetteer_texts=None,
        entries=None,
        clear=None,
        defaults=true,
        outputs=None,
        theme_threshold=None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn py_new(
        py: Python<'_>,
        gazetteer_files: Option<&Bound<'_, PyDict>>,
        replace_files: Option<&Bound<'_, PyDict>>,
        gazetteer_texts: Option<&Bound<'_, PyDict>>,
        entries: Option<Vec<(String, Vec<String>)>>,
        clear: Option<Vec<String>>,
        defaults: bool,
        outputs: Option<Vec<String>>,
        theme_threshold: Option<f64>,
    ) -> PyResult<Extractor> {
        let mut builder = communique::Extractor::builder();
        if !defaults {
            builder.no_defaults();
        }
        for name in clear.unwrap_or_default() {
            builder.clear(kind(&name)?);
        }
        if let Some(files) = replace_files {
            for (k, v) in files.iter() {
                let kind = kind(&k.extract::<String>()?)?;
                builder.clear(kind);
                for path in paths(&v)? {
                    builder.gazetteer_file(kind, path);
                }
            }
        }
        if let Some(files) = gazetteer_files {
            for (k, v) in files.iter() {
                let kind = kind(&k.extract::<String>()?)?;
                for path in paths(&v)? {
                    builder.gazetteer_file(kind, path);
                }
            }
        }
        if let Some(texts) = gazetteer_texts {
            for (k, v) in texts.iter() {
                let name = k.extract::<String>()?;
                let kind = kind(&name)?;
                builder.gazetteer_str(kind, &format!("<{name}>"), &v.extract::<String>()?);
            }
        }
        for (name, fields) in entries.unwrap_or_default() {
            let fields: Vec<&str> = fields.iter().map(String::as_str).collect();
            builder.entry(kind(&name)?, &fields);
        }
        if let Some(outputs) = outputs {
            let outputs = outputs
                .iter()
                .map(|o| output(o))
                .collect::<PyResult<Vec<_>>>()?;
            builder.outputs(&outputs);
        }
        if let Some(threshold) = theme_threshold {
            builder.theme_threshold(threshold);
        }
        let inner = py.detach(|| builder.build()).map_err(errors::to_py)?;
        Ok(Extractor { inner })
    }

    /// Extracts every entity of `text`. `reference_date` (a `datetime.date` or
    /// `"YYYY-MM-DD"`) resolves relative dates when the text has no dated dateline.
    #[pyo3(signature = (text, reference_date=None))]
    fn extract(
        &self,
        text: &Bound<'_, PyString>,
        reference_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Extraction> {
        self.one(text, reference_date, false)
    }

    /// Extracts every entity of an HTML page; offsets index the page as given.
    #[pyo3(signature = (html, reference_date=None))]
    fn extract_html(
        &self,
        html: &Bound<'_, PyString>,
        reference_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Extraction> {
        self.one(html, reference_date, true)
    }

    /// Extracts many texts on `threads` threads (by default, one per core), releasing the GIL;
    /// the results are in the order of `texts`.
    #[pyo3(signature = (texts, reference_date=None, threads=None))]
    fn extract_many(
        &self,
        texts: &Bound<'_, PyAny>,
        reference_date: Option<&Bound<'_, PyAny>>,
        threads: Option<usize>,
    ) -> PyResult<Vec<Extraction>> {
        self.many(texts, reference_date, threads)
    }

    /// The extraction of `text` as a self-contained highlighted HTML page.
    #[pyo3(signature = (text, reference_date=None))]
    fn render_html(
        &self,
        text: &Bound<'_, PyString>,
        reference_date: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        self.page(text, reference_date)
    }

    fn __repr__(&self) -> &'static str {
        "Extractor()"
    }
}
