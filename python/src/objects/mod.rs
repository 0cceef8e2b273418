//! The results as Python objects: one frozen class per mention type, built from the Rust
//! extraction with both offsets (code points for `str` indexing, bytes as in Rust).
//!
//! One module per concern: [`mentions`] (the mention classes and what an office serves),
//! [`dates`] (dates and date ranges as `datetime.date`), [`document`] (the dateline, the
//! themes and the `Extraction` itself). This module holds what they share: the reprs, the span
//! dict and offsets, and the `mention_class!` macro.

mod dates;
mod document;
mod mentions;

pub(crate) use dates::{DateMention, DateRange};
pub(crate) use document::{Dateline, Extraction, Prepared, Theme};
pub(crate) use mentions::{
    Affiliation, CountryMention, OrganizationMention, PersonMention, PlaceMention, Role, TextSpan,
    TitleMention,
};

use crate::offsets::CharOffsets;
use pyo3::prelude::*;
use pyo3::types::PyDict;

/// A string as Python writes it in a repr: `'...'` (or `"..."` when it holds a `'`).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A Python repr of an optional string: `None` or the quoted string.
fn opt_repr(s: Option<&str>) -> String {
    s.map_or_else(|| "None".to_string(), py_repr)
}

/// A dict with what every span has: text, code point and byte offsets.
fn span_dict<'py>(
    py: Python<'py>,
    text: &str,
    offsets: [usize; 4],
) -> PyResult<Bound<'py, PyDict>> {
    let d = PyDict::new(py);
    d.set_item("text", text)?;
    d.set_item("start", offsets[0])?;
    d.set_item("end", offsets[1])?;
    d.set_item("byte_start", offsets[2])?;
    d.set_item("byte_end", offsets[3])?;
    Ok(d)
}

/// The offsets of a byte span: `[start, end, byte_start, byte_end]`.
fn both(o: &CharOffsets, start: usize, end: usize) -> [usize; 4] {
    [o.get(start), o.get(end), start, end]
}

/// `None`, or the dict of `item` made by `dict` (its type's `dict` method).
fn opt_dict<'py, T>(
    py: Python<'py>,
    item: Option<&T>,
    dict: impl FnOnce(&T, Python<'py>) -> PyResult<Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    match item {
        Some(item) => Ok(dict(item, py)?.into_any()),
        None => Ok(py.None().into_bound(py)),
    }
}

/// Declares a mention class: its span fields, `type`, `label`, `__repr__` and `to_dict`, plus
/// the class's own fields and methods.
macro_rules! mention_class {
    (
        $(#[$doc:meta])* $name:ident ($pyname:literal) {
            $($(#[$fdoc:meta])* $field:ident: $ty:ty,)*
        }
        $(hidden { $($hfield:ident: $hty:ty,)* })?
        kind($this:ident) $kind:expr;
        dict($dthis:ident, $py:ident, $d:ident) $fill:block
        $($methods:item)*
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, module = "communique", name = $pyname)]
        #[derive(Clone, Debug, PartialEq)]
        pub(crate) struct $name {
            /// The text, exactly as in the input: `input[start:end]`.
            #[pyo3(get)]
            pub(super) text: String,
            /// Start, in code points (a Python `str` index).
            #[pyo3(get)]
            start: usize,
            /// End (exclusive), in code points.
            #[pyo3(get)]
            end: usize,
            /// Start, in bytes of the UTF-8 text (as in Rust).
            #[pyo3(get)]
            byte_start: usize,
            /// End (exclusive), in bytes of the UTF-8 text.
            #[pyo3(get)]
            byte_end: usize,
            $($(#[$fdoc])* #[pyo3(get)] $field: $ty,)*
            $($($hfield: $hty,)*)?
        }

        impl $name {
            fn kind(&self) -> Option<MentionKind> {
                let $this = self;
                $kind
            }

            /// The mention as a dict (JSON-ready, the shape of the Rust JSON).
            pub(super) fn dict<'py>(&self, $py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                let $dthis = self;
                let $d = span_dict(
                    $py,
                    &self.text,
                    [self.start, self.end, self.byte_start, self.byte_end],
                )?;
                $fill
                Ok($d)
            }
        }

        #[pymethods]
        impl $name {
            /// The mention type: `person`, `title`, `country`, `demonym`, `date`,
            /// `organization`, `place` (`None` for a bare span).
            #[getter(r#type)]
            fn type_name(&self) -> Option<&'static str> {
                self.kind().map(MentionKind::as_str)
            }

            /// The entity label: `PERSON`, `TITLE`, `COUNTRY`, `DEMONYM`, `DATE`, `ORG`, `PLACE`.
            #[getter]
            fn label(&self) -> Option<&'static str> {
                self.kind().map(MentionKind::label)
            }

            /// The mention as a dict of plain values (JSON-ready).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                self.dict(py)
            }

            fn __repr__(&self) -> String {
                format!(
                    "{}(text={}, start={}, end={})",
                    $pyname, py_repr(&self.text), self.start, self.end
                )
            }

            $($methods)*
        }
    };
}

// For `mentions` and `dates`, by path: the macro comes after their `mod` lines.
use mention_class;
