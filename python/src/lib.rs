//! Python bindings of communique: the native module `communique._communique`, re-exported by
//! the `communique` package.
//!
//! One module per concern: [`offsets`] (byte to code point offsets), [`objects`] (the result
//! classes), [`extractor`] (the `Extractor` class), [`errors`] (Rust errors as exceptions).

#![forbid(unsafe_code)]

mod errors;
mod extractor;
mod objects;
mod offsets;

use extractor::Extractor;
use objects::Extraction;
use pyo3::prelude::*;
use pyo3::types::{PyAny, PyString};

/// Extracts every entity of `text` with the embedded gazetteers.
#[pyfunction]
#[pyo3(signature = (text, reference_date=None))]
fn extract(
    text: &Bound<'_, PyString>,
    reference_date: Option<&Bound<'_, PyAny>>,
) -> PyResult<Extraction> {
    Extractor::default_extractor().one(text, reference_date, false)
}

/// Extracts many texts with the embedded gazetteers, on `threads` threads without the GIL.
#[pyfunction]
#[pyo3(signature = (texts, reference_date=None, threads=None))]
fn extract_many(
    texts: &Bound<'_, PyAny>,
    reference_date: Option<&Bound<'_, PyAny>>,
    threads: Option<usize>,
) -> PyResult<Vec<Extraction>> {
    Extractor::default_extractor().many(texts, reference_date, threads)
}

/// The extraction of `text` as a self-contained highlighted HTML page.
#[pyfunction]
#[pyo3(signature = (text, reference_date=None))]
fn render_html(
    text: &Bound<'_, PyString>,
    reference_date: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    Extractor::default_extractor().page(text, reference_date)
}

/// The benchmark's baseline (`bench.py`): seconds that `rounds` passes of the Rust call over
/// `texts` take in this build, with no Python object made.
#[pyfunction]
fn _rust_extract_seconds(py: Python<'_>, texts: Vec<String>, rounds: usize) -> f64 {
    let extractor = communique::Extractor::new();
    py.detach(|| {
        let start = std::time::Instant::now();
        for _ in 0..rounds {
            for text in &texts {
                std::hint::black_box(extractor.extract(std::hint::black_box(text)));
            }
        }
        start.elapsed().as_secs_f64()
    })
}

#[pymodule]
fn _communique(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(render_html, m)?)?;
    m.add_function(wrap_pyfunction!(_rust_extract_seconds, m)?)?;
    m.add_class::<Extractor>()?;
    m.add_class::<Extraction>()?;
    m.add_class::<objects::PersonMention>()?;
    m.add_class::<objects::TitleMention>()?;
    m.add_class::<objects::CountryMention>()?;
    m.add_class::<objects::DateMention>()?;
    m.add_class::<objects::DateRange>()?;
    m.add_class::<objects::OrganizationMention>()?;
    m.add_class::<objects::PlaceMention>()?;
    m.add_class::<objects::TextSpan>()?;
    m.add_class::<objects::Role>()?;
    m.add_class::<objects::Affiliation>()?;
    m.add_class::<objects::Dateline>()?;
    m.add_class::<objects::Theme>()?;
    m.add("CommuniqueError", py.get_type::<errors::CommuniqueError>())?;
    m.add("GazetteerError", py.get_type::<errors::GazetteerError>())?;
    m.add("SettingError", py.get_type::<errors::SettingError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
