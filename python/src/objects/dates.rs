//! Dates: the `DateMention` class, the `DateRange` of its value when it is not one day, and
//! their conversion to Python `datetime.date`.

use super::{both, mention_class, py_repr, span_dict};
use crate::offsets::CharOffsets;
use communique::types::calendar::days_in_month;
use communique::{DateValue, MentionKind, PartialDate, Precision};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyDict;

/// A Python `datetime.date` (built through the `datetime` module, which abi3 allows).
fn py_date(py: Python<'_>, year: i32, month: u8, day: u8) -> PyResult<Bound<'_, PyAny>> {
    static DATE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let class = DATE.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("datetime")?.getattr("date")?.unbind())
    })?;
    class.bind(py).call1((year, month, day))
}

/// The first day a partial date covers.
fn first_day(py: Python<'_>, d: PartialDate) -> PyResult<Bound<'_, PyAny>> {
    py_date(py, d.year(), d.month().unwrap_or(1), d.day().unwrap_or(1))
}

/// The last day a partial date covers.
fn last_day(py: Python<'_>, d: PartialDate) -> PyResult<Bound<'_, PyAny>> {
    let month = d.month().unwrap_or(12);
    let day = d.day().unwrap_or_else(|| days_in_month(d.year(), month));
    py_date(py, d.year(), month, day)
}

fn precision_name(p: Precision) -> &'static str {
    match p {
        Precision::Year => "year",
        Precision::Month => "month",
        _ => "day",
    }
}

/// The days a date mention covers when it is not one day: a range ("du 3 au 5 mai 2024"), a
/// month ("septembre 2022") or a year, as its first and last day.
#[pyclass(frozen, eq, module = "communique", name = "DateRange")]
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct DateRange {
    first: PartialDate,
    last: PartialDate,
}

#[pymethods]
impl DateRange {
    /// The first day (`datetime.date`).
    #[getter]
    fn start<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        first_day(py, self.first)
    }

    /// The last day, included (`datetime.date`).
    #[getter]
    fn end<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        last_day(py, self.last)
    }

    /// The range in ISO 8601 at the precision written (`"2022-09"`, `"2024-05-03/2024-05-05"`).
    #[getter]
    fn iso(&self) -> String {
        if self.first == self.last {
            self.first.to_string()
        } else {
            format!("{}/{}", self.first, self.last)
        }
    }

    fn __repr__(&self) -> String {
        format!("DateRange({})", py_repr(&self.iso()))
    }
}

mention_class! {
    /// A calendar reference, with its value when it can be known.
    DateMention("DateMention") {
        /// True for references relative to the publication date ("hier", "mardi dernier").
        relative: bool,
    }
    hidden { date: Option<DateValue>, }
    kind(_m) Some(MentionKind::Date);
    dict(m, _py, d) {
        d.set_item("value", m.iso())?;
        d.set_item("relative", m.relative)?;
    }

    /// The value: a `datetime.date` for one day, a `DateRange` for a range, a month or a year,
    /// `None` when it cannot be known (no year, no reference date).
    #[getter]
    fn value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        let Some(v) = self.date else {
            return Ok(py.None().into_bound(py));
        };
        match (v.end(), v.start().precision()) {
            (None, Precision::Day) => first_day(py, v.start()),
            (end, _) => Ok(Bound::new(py, DateRange { first: v.start(), last: end.unwrap_or(v.start()) })?.into_any()),
        }
    }

    /// The value in ISO 8601 at the precision written: `"2023-05-31"`, `"2022-09"`, `"2022"`,
    /// `"2024-05-03/2024-05-05"`; `None` when unknown.
    #[getter(iso)]
    fn iso_value(&self) -> Option<String> {
        self.iso()
    }

    /// `"day"`, `"month"` or `"year"` (of the start, for a range); `None` when unknown.
    #[getter]
    fn precision(&self) -> Option<&'static str> {
        self.date.map(|v| precision_name(v.start().precision()))
    }
}

/// Not exposed as is: `value`, `iso` and `precision` read it.
impl DateMention {
    fn iso(&self) -> Option<String> {
        self.date.map(|v| v.to_string())
    }
}

impl DateMention {
    pub(super) fn new(m: &communique::DateMention<'_>, o: &CharOffsets) -> DateMention {
        let [start, end, byte_start, byte_end] = both(o, m.start, m.end);
        DateMention {
            text: m.text.to_string(),
            start,
            end,
            byte_start,
            byte_end,
            relative: m.relative,
            date: m.value,
        }
    }
}
