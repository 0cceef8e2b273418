//! The results as Python objects: one frozen class per mention type, built from the Rust
//! extraction with both offsets (code points for `str` indexing, bytes as in Rust).

use crate::offsets::CharOffsets;
use communique::types::calendar::days_in_month;
use communique::{DateValue, MentionKind, PartialDate, Precision};
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::{PyDict, PyList, PyString, PyTuple};

/// A Python `datetime.date` (built through the `datetime` module, which abi3 allows).
fn py_date(py: Python<'_>, year: i32, month: u8, day: u8) -> PyResult<Bound<'_, PyAny>> {
    static DATE: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let class = DATE.get_or_try_init(py, || -> PyResult<Py<PyAny>> {
        Ok(py.import("datetime")?.getattr("date")?.unbind())
    })?;
    class.bind(py).call1((year, month, day))
}

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
        pub struct $name {
            /// The text, exactly as in the input: `input[start:end]`.
            #[pyo3(get)]
            pub text: String,
            /// Start, in code points (a Python `str` index).
            #[pyo3(get)]
            pub start: usize,
            /// End (exclusive), in code points.
            #[pyo3(get)]
            pub end: usize,
            /// Start, in bytes of the UTF-8 text (as in Rust).
            #[pyo3(get)]
            pub byte_start: usize,
            /// End (exclusive), in bytes of the UTF-8 text.
            #[pyo3(get)]
            pub byte_end: usize,
            $($(#[$fdoc])* #[pyo3(get)] pub $field: $ty,)*
            $($($hfield: $hty,)*)?
        }

        impl $name {
            fn kind(&self) -> Option<MentionKind> {
                let $this = self;
                $kind
            }

            /// The mention as a dict (JSON-ready, the shape of the Rust JSON).
            pub fn dict<'py>(&self, $py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
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

mention_class! {
    /// A bare piece of the input: a dateline's place, a theme's evidence.
    TextSpan("TextSpan") {}
    kind(_m) None;
    dict(_m, _py, d) {}
}

impl TextSpan {
    pub fn new(t: &communique::TextSpan<'_>, o: &CharOffsets) -> TextSpan {
        let [start, end, byte_start, byte_end] = both(o, t.start, t.end);
        TextSpan {
            text: t.text.to_string(),
            start,
            end,
            byte_start,
            byte_end,
        }
    }
}

/// Whom an office serves: a state (`country`, its ISO code) or an organisation
/// (`organization`, as written).
#[pyclass(frozen, eq, module = "communique", name = "Affiliation")]
#[derive(Clone, Debug, PartialEq)]
pub struct Affiliation {
    /// The state's ISO 3166-1 alpha-2 code, when it is a state.
    #[pyo3(get)]
    pub country: Option<String>,
    /// The organisation as written, when it is one.
    #[pyo3(get)]
    pub organization: Option<String>,
}

impl Affiliation {
    fn new(a: &communique::Affiliation<'_>) -> Affiliation {
        match a {
            communique::Affiliation::Country(c) => Affiliation {
                country: Some(c.to_string()),
                organization: None,
            },
            communique::Affiliation::Organization(o) => Affiliation {
                country: None,
                organization: Some(o.to_string()),
            },
            _ => Affiliation {
                country: None,
                organization: None,
            },
        }
    }

    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        if let Some(c) = &self.country {
            d.set_item("country", c)?;
        }
        if let Some(o) = &self.organization {
            d.set_item("organization", o)?;
        }
        Ok(d)
    }
}

#[pymethods]
impl Affiliation {
    /// `{"country": code}` or `{"organization": name}`, as in the Rust JSON.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }

    fn __repr__(&self) -> String {
        match (&self.country, &self.organization) {
            (Some(c), _) => format!("Affiliation(country={})", py_repr(c)),
            (_, Some(o)) => format!("Affiliation(organization={})", py_repr(o)),
            _ => "Affiliation()".to_string(),
        }
    }
}

fn affiliation_dict<'py>(py: Python<'py>, a: &Option<Affiliation>) -> PyResult<Bound<'py, PyAny>> {
    match a {
        Some(a) => Ok(a.dict(py)?.into_any()),
        None => Ok(py.None().into_bound(py)),
    }
}

/// A person's office and whom it serves.
#[pyclass(frozen, eq, module = "communique", name = "Role")]
#[derive(Clone, Debug, PartialEq)]
pub struct Role {
    /// The office, as written.
    #[pyo3(get)]
    pub office: String,
    /// The state or organisation it serves, when the text says it.
    #[pyo3(get)]
    pub of: Option<Affiliation>,
}

impl Role {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("office", &self.office)?;
        d.set_item("of", affiliation_dict(py, &self.of)?)?;
        Ok(d)
    }
}

#[pymethods]
impl Role {
    /// The role as a dict.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        self.dict(py)
    }

    fn __repr__(&self) -> String {
        let of = self
            .of
            .as_ref()
            .map_or("None".to_string(), |a| a.__repr__());
        format!("Role(office={}, of={of})", py_repr(&self.office))
    }
}

mention_class! {
    /// A person's name, with the fullest form of it in the document and its titles.
    PersonMention("PersonMention") {
        /// The fullest form of this person's name in the document.
        canonical: String,
        /// The titles written before the name, as indices into `Extraction.titles`.
        titles: Vec<usize>,
        /// The office among those titles, with whom it serves.
        role: Option<Role>,
    }
    kind(_m) Some(MentionKind::Person);
    dict(m, py, d) {
        d.set_item("canonical", &m.canonical)?;
        d.set_item("titles", &m.titles)?;
        match &m.role {
            Some(r) => d.set_item("role", r.dict(py)?)?,
            None => d.set_item("role", py.None())?,
        }
    }
}

impl PersonMention {
    pub fn new(m: &communique::PersonMention<'_>, o: &CharOffsets) -> PersonMention {
        let [start, end, byte_start, byte_end] = both(o, m.start, m.end);
        PersonMention {
            text: m.text.to_string(),
            start,
            end,
            byte_start,
            byte_end,
            canonical: m.canonical.to_string(),
            titles: m.titles.clone(),
            role: m.role.as_ref().map(|r| Role {
                office: r.office.to_string(),
                of: r.of.as_ref().map(Affiliation::new),
            }),
        }
    }
}

mention_class! {
    /// An honorific, rank or office.
    TitleMention("TitleMention") {
        /// `honorific`, `rank` or `office`.
        kind: &'static str,
        /// For an office, the state or organisation it serves, when the text says it.
        of: Option<Affiliation>,
    }
    kind(_m) Some(MentionKind::Title);
    dict(m, py, d) {
        d.set_item("kind", m.kind)?;
        d.set_item("of", affiliation_dict(py, &m.of)?)?;
    }
}

impl TitleMention {
    pub fn new(m: &communique::TitleMention<'_>, o: &CharOffsets) -> TitleMention {
        let [start, end, byte_start, byte_end] = both(o, m.start, m.end);
        TitleMention {
            text: m.text.to_string(),
            start,
            end,
            byte_start,
            byte_end,
            kind: m.kind.as_str(),
            of: m.of.as_ref().map(Affiliation::new),
        }
    }
}

mention_class! {
    /// A state, by name or by demonym (`demonym` tells which).
    CountryMention("CountryMention") {
        /// ISO 3166-1 alpha-2 code.
        code: String,
        /// ISO 3166-1 alpha-3 code.
        alpha3: String,
        /// Canonical French short name.
        name: String,
        /// True for a demonym ("kényane"), false for a name ("République du Kenya").
        demonym: bool,
    }
    kind(m) Some(if m.demonym { MentionKind::Demonym } else { MentionKind::Country });
    dict(m, _py, d) {
        d.set_item("code", &m.code)?;
        d.set_item("alpha3", &m.alpha3)?;
        d.set_item("name", &m.name)?;
        d.set_item("demonym", m.demonym)?;
    }
}

impl CountryMention {
    pub fn new(m: &communique::CountryMention<'_>, o: &CharOffsets) -> CountryMention {
        let [start, end, byte_start, byte_end] = both(o, m.start, m.end);
        CountryMention {
            text: m.text.to_string(),
            start,
            end,
            byte_start,
            byte_end,
            code: m.code.to_string(),
            alpha3: m.alpha3.to_string(),
            name: m.name.to_string(),
            demonym: m.demonym,
        }
    }
}

/// The days a date mention covers when it is not one day: a range ("du 3 au 5 mai 2024"), a
/// month ("septembre 2022") or a year, as its first and last day.
#[pyclass(frozen, eq, module = "communique", name = "DateRange")]
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DateRange {
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
    pub fn new(m: &communique::DateMention<'_>, o: &CharOffsets) -> DateMention {
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

mention_class! {
    /// A named organisation.
    OrganizationMention("OrganizationMention") {
        /// The organisation's acronym, when known and the mention is its name.
        acronym: Option<String>,
        /// The organisation's full name, when known and the mention is an acronym or short form.
        long_form: Option<String>,
    }
    kind(_m) Some(MentionKind::Organization);
    dict(m, _py, d) {
        d.set_item("acronym", &m.acronym)?;
        d.set_item("long_form", &m.long_form)?;
    }
}

impl OrganizationMention {
    pub fn new(m: &communique::OrganizationMention<'_>, o: &CharOffsets) -> OrganizationMention {
        let [start, end, byte_start, byte_end] = both(o, m.start, m.end);
        OrganizationMention {
            text: m.text.to_string(),
            start,
            end,
            byte_start,
            byte_end,
            acronym: m.acronym.as_deref().map(str::to_string),
            long_form: m.long_form.as_deref().map(str::to_string),
        }
    }
}

mention_class! {
    /// A named place that is not a state.
    PlaceMention("PlaceMention") {
        /// `capital`, `city`, `region` or `continent`; `None` for a dateline's unknown place.
        kind: Option<&'static str>,
        /// The ISO code of the state it lies in, when known.
        code: Option<String>,
    }
    kind(_m) Some(MentionKind::Place);
    dict(m, _py, d) {
        d.set_item("kind", m.kind)?;
        d.set_item("code", &m.code)?;
    }
}

impl PlaceMention {
    pub fn new(m: &communique::PlaceMention<'_>, o: &CharOffsets) -> PlaceMention {
        let [start, end, byte_start, byte_end] = both(o, m.start, m.end);
        PlaceMention {
            text: m.text.to_string(),
            start,
            end,
            byte_start,
            byte_end,
            kind: m.kind.map(|k| k.as_str()),
            code: m.code.map(|c| c.to_string()),
        }
    }
}

/// The place and/or date of publication given before the body.
#[pyclass(frozen, eq, module = "communique", name = "Dateline")]
#[derive(Clone, Debug, PartialEq)]
pub struct Dateline {
    /// The place ("Riyad" in "Riyad, 31-5-2023"), if written.
    #[pyo3(get)]
    pub place: Option<TextSpan>,
    /// The date, if written (it is also in `Extraction.dates`).
    #[pyo3(get)]
    pub date: Option<DateMention>,
}

impl Dateline {
    pub fn new(d: &communique::Dateline<'_>, o: &CharOffsets) -> Dateline {
        Dateline {
            place: d.place.as_ref().map(|p| TextSpan::new(p, o)),
            date: d.date.as_ref().map(|m| DateMention::new(m, o)),
        }
    }

    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        match &self.place {
            Some(p) => d.set_item("place", p.dict(py)?)?,
            None => d.set_item("place", py.None())?,
        }
        match &self.date {
            Some(m) => d.set_item("date", m.dict(py)?)?,
            None => d.set_item("date", py.None())?,
        }
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
pub struct Theme {
    /// The theme's id (`terrorism`, `media`...).
    #[pyo3(get)]
    pub theme: String,
    /// How strongly the document speaks of it, in `[0, 1)`.
    #[pyo3(get)]
    pub score: f64,
    /// The spans that show it.
    #[pyo3(get)]
    pub evidence: Vec<TextSpan>,
}

impl Theme {
    pub fn new(t: &communique::ThemeScore<'_>, o: &CharOffsets) -> Theme {
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
pub struct Extraction {
    text: Py<PyString>,
    inner: communique::Extraction<'static>,
    offsets: CharOffsets,
    lists: [PyOnceLock<Py<PyTuple>>; 7],
}

/// An extraction and its offset table, made without the GIL.
pub struct Prepared {
    inner: communique::Extraction<'static>,
    offsets: CharOffsets,
}

impl Prepared {
    /// The owned extraction of `text`, and the code point offset of each of its byte offsets.
    pub fn new(text: &str, x: communique::Extraction<'_>) -> Prepared {
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
    pub fn new(text: Py<PyString>, prepared: Prepared) -> Extraction {
        Extraction {
            text,
            inner: prepared.inner,
            offsets: prepared.offsets,
            lists: std::array::from_fn(|_| PyOnceLock::new()),
        }
    }

    /// The Rust extraction.
    pub fn rust(&self) -> &communique::Extraction<'static> {
        &self.inner
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
        match &x.dateline {
            Some(dl) => d.set_item("dateline", Dateline::new(dl, o).dict(py)?)?,
            None => d.set_item("dateline", py.None())?,
        }
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
