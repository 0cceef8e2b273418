//! What a document has beyond its mentions (its dateline, its themes), and the `Extraction`
//! that holds it all.

use super::{opt_dict, opt_repr, py_repr};
use super::{CountryMention, DateMention, OrganizationMention, PersonMention, PlaceMention};
use super::{TextSpan, TitleMention};
use crate::offsets::CharOffsets;
use communique::MentionKind;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

/// The place and/or date of publication given before the body.
#[pyclass(frozen, eq, module = "communique", name = "Dateline")]
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Dateline {
    /// The place ("Riyad" in "Riyad, 31-5-2023"), if written.
    #[pyo3(get)]
    place: Option<TextSpan>,
    /// The date, if written (it is also in `Extraction.dates`).
    #[pyo3(get)]
    date: Option<DateMention>,
}

impl Dateline {
    fn new(d: &communique::Dateline<'_>, o: &CharOffsets) -> Dateline {
        Dateline {
            place: d.place.as_ref().map(|p| TextSpan::new(p, o)),
            date: d.date.as_ref().map(|m| DateMention::new(m, o)),
        }
    }

    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("place", opt_dict(py, self.place.as_ref(), TextSpan::dict)?)?;
        d.set_item("date", opt_dict(py, self.date.as_ref(), DateMention::dict)?)?;
        Ok(d)
    }
}

#[pymethods]
impl Dateline {
    /// The dateline as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }

    fn __repr__(&self) -> String {
        let place = self.place.as_ref().map(|p| p.text.as_str());
        let date = self.date.as_ref().map(|d| d.text.as_str());
        format!(
            "Dateline(place={}, date={})",
            opt_repr(place),
            opt_repr(date)
        )
    }
}

/// A counter-terrorism theme of the document, with its score and evidence.
#[pyclass(frozen, eq, module = "communique", name = "Theme")]
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Theme {
    /// The theme's id (`terrorism`, `media`...).
    #[pyo3(get)]
    theme: String,
    /// How strongly the document speaks of it, in `[0, 1)`.
    #[pyo3(get)]
    score: f64,
    /// The spans that show it.
    #[pyo3(get)]
    evidence: Vec<TextSpan>,
}

impl Theme {
    fn new(t: &communique::ThemeScore<'_>, o: &CharOffsets) -> Theme {
        Theme {
            theme: t.theme.to_string(),
            // The shortest decimal of the f32 (0.6, not 0.6000000238418579), as the Rust JSON.
            score: t.score.to_string().parse().unwrap_or(f64::from(t.score)),
            evidence: t.evidence.iter().map(|e| TextSpan::new(e, o)).collect(),
        }
    }

    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("theme", &self.theme)?;
        d.set_item("score", self.score)?;
        let evidence: Vec<Bound<'py, PyDict>> = self
            .evidence
            .iter()
            .map(|e| e.dict(py))
            .collect::<PyResult<_>>()?;
        d.set_item("evidence", evidence)?;
        Ok(d)
    }
}

#[pymethods]
impl Theme {
    /// The theme as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }

    fn __repr__(&self) -> String {
        format!(
            "Theme(theme={}, score={}, evidence={})",
            py_repr(&self.theme),
            self.score,
            self.evidence.len()
        )
    }
}

/// The lists of an extraction, in the order of its cache slots.
const LISTS: [&str; 7] = [
    "persons",
    "titles",
    "countries",
    "dates",
    "organizations",
    "places",
    "themes",
];

/// What the extractor found in one text. Its lists are built as Python objects on first
/// access (then kept: `x.persons[0] is x.persons[0]`), so an extraction nobody reads costs
/// little more than the Rust call.
#[pyclass(frozen, module = "communique", name = "Extraction")]
pub(crate) struct Extraction {
    text: Py<PyString>,
    inner: communique::Extraction<'static>,
    offsets: CharOffsets,
    lists: [PyOnceLock<Py<PyTuple>>; 7],
}

/// An extraction and its offset table, made without the GIL.
pub(crate) struct Prepared {
    inner: communique::Extraction<'static>,
    offsets: CharOffsets,
}

impl Prepared {
    /// The owned extraction of `text`, and the code point offset of each of its byte offsets.
    pub(crate) fn new(text: &str, x: communique::Extraction<'_>) -> Prepared {
        let mut bytes: Vec<usize> = Vec::new();
        for m in x.mentions() {
            bytes.extend([m.span().start(), m.span().end()]);
        }
        if let Some(d) = &x.dateline {
            bytes.extend(d.place.iter().flat_map(|p| [p.start, p.end]));
            bytes.extend(d.date.iter().flat_map(|p| [p.start, p.end]));
        }
        for t in &x.themes {
            bytes.extend(t.evidence.iter().flat_map(|e| [e.start, e.end]));
        }
        Prepared {
            offsets: CharOffsets::new(text, bytes.into_iter()),
            inner: x.into_owned(),
        }
    }
}

impl Extraction {
    pub(crate) fn new(text: Py<PyString>, prepared: Prepared) -> Extraction {
        Extraction {
            text,
            inner: prepared.inner,
            offsets: prepared.offsets,
            lists: std::array::from_fn(|_| PyOnceLock::new()),
        }
    }

    /// The cached tuple of list `slot` (an index into [`LISTS`]).
    fn tuple<'py>(&self, py: Python<'py>, slot: usize) -> PyResult<&Bound<'py, PyTuple>> {
        let (x, o) = (&self.inner, &self.offsets);
        let tuple = self.lists[slot].get_or_try_init(py, || -> PyResult<Py<PyTuple>> {
            let tuple = match slot {
                0 => PyTuple::new(py, x.persons.iter().map(|m| PersonMention::new(m, o)))?,
                1 => PyTuple::new(py, x.titles.iter().map(|m| TitleMention::new(m, o)))?,
                2 => PyTuple::new(py, x.countries.iter().map(|m| CountryMention::new(m, o)))?,
                3 => PyTuple::new(py, x.dates.iter().map(|m| DateMention::new(m, o)))?,
                4 => PyTuple::new(
                    py,
                    x.organizations
                        .iter()
                        .map(|m| OrganizationMention::new(m, o)),
                )?,
                5 => PyTuple::new(py, x.places.iter().map(|m| PlaceMention::new(m, o)))?,
                _ => PyTuple::new(py, x.themes.iter().map(|t| Theme::new(t, o)))?,
            };
            Ok(tuple.unbind())
        })?;
        Ok(tuple.bind(py))
    }

    fn list<'py>(&self, py: Python<'py>, slot: usize) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.tuple(py, slot)?.iter())
    }
}

#[pymethods]
impl Extraction {
    /// The text the extraction was made from.
    #[getter]
    fn text(&self, py: Python<'_>) -> Py<PyString> {
        self.text.clone_ref(py)
    }

    /// Place and/or date of publication given before the body, if any.
    #[getter]
    fn dateline(&self) -> Option<Dateline> {
        self.inner
            .dateline
            .as_ref()
            .map(|d| Dateline::new(d, &self.offsets))
    }

    /// Persons, in document order.
    #[getter]
    fn persons<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 0)
    }

    /// Titles (honorifics, ranks, offices), in document order.
    #[getter]
    fn titles<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 1)
    }

    /// Every state mention, by name or demonym (as the Rust list), in document order.
    #[getter]
    fn countries<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 2)
    }

    /// The state mentions that are demonyms ("nigérienne"), a part of `countries`.
    #[getter]
    fn demonyms<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let all = self.tuple(py, 2)?;
        let items = self
            .inner
            .countries
            .iter()
            .enumerate()
            .filter(|(_, c)| c.demonym)
            .map(|(i, _)| all.get_item(i))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// Dates, in document order.
    #[getter]
    fn dates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 3)
    }

    /// Organisations, in document order.
    #[getter]
    fn organizations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 4)
    }

    /// Places that are not states, in document order.
    #[getter]
    fn places<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 5)
    }

    /// Counter-terrorism themes, by decreasing score.
    #[getter]
    fn themes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py, 6)
    }

    /// Every mention in document order (by start, then longest first, then by type), the
    /// same objects as in the lists.
    fn mentions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let x = &self.inner;
        let mut order: Vec<(usize, std::cmp::Reverse<usize>, MentionKind, usize, usize)> =
            Vec::new();
        let mut add =
            |slot: usize, spans: &mut dyn Iterator<Item = (usize, usize, MentionKind)>| {
                for (i, (start, end, kind)) in spans.enumerate() {
                    order.push((start, std::cmp::Reverse(end), kind, slot, i));
                }
            };
        add(
            0,
            &mut x
                .persons
                .iter()
                .map(|m| (m.start, m.end, MentionKind::Person)),
        );
        add(
            1,
            &mut x
                .titles
                .iter()
                .map(|m| (m.start, m.end, MentionKind::Title)),
        );
        add(
            2,
            &mut x.countries.iter().map(|m| {
                let kind = if m.demonym {
                    MentionKind::Demonym
                } else {
                    MentionKind::Country
                };
                (m.start, m.end, kind)
            }),
        );
        add(
            3,
            &mut x.dates.iter().map(|m| (m.start, m.end, MentionKind::Date)),
        );
        add(
            4,
            &mut x
                .organizations
                .iter()
                .map(|m| (m.start, m.end, MentionKind::Organization)),
        );
        add(
            5,
            &mut x
                .places
                .iter()
                .map(|m| (m.start, m.end, MentionKind::Place)),
        );
        order.sort();
        let items = order
            .into_iter()
            .map(|(.., slot, i)| self.tuple(py, slot)?.get_item(i))
            .collect::<PyResult<Vec<_>>>()?;
        PyList::new(py, items)
    }

    /// The extraction as a dict of plain values (JSON-ready): the shape of the Rust JSON, with
    /// `start`/`end` in code points and `byte_start`/`byte_end` beside them.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let (x, o) = (&self.inner, &self.offsets);
        let d = PyDict::new(py);
        let dateline = x.dateline.as_ref().map(|dl| Dateline::new(dl, o));
        d.set_item("dateline", opt_dict(py, dateline.as_ref(), Dateline::dict)?)?;
        fn dicts<'py, T>(
            py: Python<'py>,
            items: impl Iterator<Item = T>,
            dict: impl Fn(&T, Python<'py>) -> PyResult<Bound<'py, PyDict>>,
        ) -> PyResult<Vec<Bound<'py, PyDict>>> {
            items.map(|m| dict(&m, py)).collect()
        }
        d.set_item(
            "persons",
            dicts(
                py,
                x.persons.iter().map(|m| PersonMention::new(m, o)),
                PersonMention::dict,
            )?,
        )?;
        d.set_item(
            "titles",
            dicts(
                py,
                x.titles.iter().map(|m| TitleMention::new(m, o)),
                TitleMention::dict,
            )?,
        )?;
        d.set_item(
            "countries",
            dicts(
                py,
                x.countries.iter().map(|m| CountryMention::new(m, o)),
                CountryMention::dict,
            )?,
        )?;
        d.set_item(
            "dates",
            dicts(
                py,
                x.dates.iter().map(|m| DateMention::new(m, o)),
                DateMention::dict,
            )?,
        )?;
        d.set_item(
            "organizations",
            dicts(
                py,
                x.organizations
                    .iter()
                    .map(|m| OrganizationMention::new(m, o)),
                OrganizationMention::dict,
            )?,
        )?;
        d.set_item(
            "places",
            dicts(
                py,
                x.places.iter().map(|m| PlaceMention::new(m, o)),
                PlaceMention::dict,
            )?,
        )?;
        d.set_item(
            "themes",
            dicts(py, x.themes.iter().map(|t| Theme::new(t, o)), Theme::dict)?,
        )?;
        Ok(d)
    }

    /// The extraction on its text as a self-contained highlighted HTML page.
    fn to_html(&self, py: Python<'_>) -> PyResult<String> {
        let text = self.text.bind(py).to_cow()?;
        Ok(communique::render::html(&text, &self.inner))
    }

    fn __repr__(&self) -> String {
        let x = &self.inner;
        let counts = [
            x.persons.len(),
            x.titles.len(),
            x.countries.len(),
            x.dates.len(),
            x.organizations.len(),
            x.places.len(),
            x.themes.len(),
        ];
        let parts: Vec<String> = LISTS
            .iter()
            .zip(counts)
            .map(|(name, n)| format!("{name}={n}"))
            .collect();
        format!("Extraction({})", parts.join(", "))
    }
}
