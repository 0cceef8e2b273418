//! The mention classes (persons, titles, states, organisations, places, bare text spans) and
//! what an office serves (`Role`, `Affiliation`); dates are in [`super::dates`].

use super::{both, mention_class, opt_dict, py_repr, span_dict};
use crate::offsets::CharOffsets;
use communique::MentionKind;
use pyo3::prelude::*;
use pyo3::types::PyDict;

mention_class! {
    /// A bare piece of the input: a dateline's place, a theme's evidence.
    TextSpan("TextSpan") {}
    kind(_m) None;
    dict(_m, _py, d) {}
}

impl TextSpan {
    pub(super) fn new(t: &communique::TextSpan<'_>, o: &CharOffsets) -> TextSpan {
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
pub(crate) struct Affiliation {
    /// The state's ISO 3166-1 alpha-2 code, when it is a state.
    #[pyo3(get)]
    country: Option<String>,
    /// The organisation as written, when it is one.
    #[pyo3(get)]
    organization: Option<String>,
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

/// A person's office and whom it serves.
#[pyclass(frozen, eq, module = "communique", name = "Role")]
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Role {
    /// The office, as written.
    #[pyo3(get)]
    office: String,
    /// The state or organisation it serves, when the text says it.
    #[pyo3(get)]
    of: Option<Affiliation>,
}

impl Role {
    fn dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let d = PyDict::new(py);
        d.set_item("office", &self.office)?;
        d.set_item("of", opt_dict(py, self.of.as_ref(), Affiliation::dict)?)?;
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
        d.set_item("role", opt_dict(py, m.role.as_ref(), Role::dict)?)?;
    }
}

impl PersonMention {
    pub(super) fn new(m: &communique::PersonMention<'_>, o: &CharOffsets) -> PersonMention {
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
        d.set_item("of", opt_dict(py, m.of.as_ref(), Affiliation::dict)?)?;
    }
}

impl TitleMention {
    pub(super) fn new(m: &communique::TitleMention<'_>, o: &CharOffsets) -> TitleMention {
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
    pub(super) fn new(m: &communique::CountryMention<'_>, o: &CharOffsets) -> CountryMention {
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
    pub(super) fn new(
        m: &communique::OrganizationMention<'_>,
        o: &CharOffsets,
    ) -> OrganizationMention {
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
    pub(super) fn new(m: &communique::PlaceMention<'_>, o: &CharOffsets) -> PlaceMention {
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
