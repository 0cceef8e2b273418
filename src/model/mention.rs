//! The mention types: one struct per entity type, each with its text, its byte span in the
//! input and its values.

use super::detach::Detach;
use crate::types::{Alpha3, CountryCode, DateValue, PlaceKind, Span, TitleKind};
use std::borrow::Cow;
use std::sync::Arc;

mention! {
    /// A bare piece of the input: a dateline's place, a theme's evidence.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[non_exhaustive]
    pub struct TextSpan<'h> {
        text: "The text, exactly as in the input.",
    }
}

impl<'h> TextSpan<'h> {
    pub(crate) fn new(input: &'h str, span: Span) -> TextSpan<'h> {
        TextSpan {
            text: Cow::Borrowed(&input[span]),
            start: span.start(),
            end: span.end(),
        }
    }
}

/// The place and/or date of publication given before the body.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Dateline<'h> {
    /// The place ("Riyad" in "Riyad, 31-5-2023"), if written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub place: Option<TextSpan<'h>>,
    /// The date, if written (it is also in [`Extraction::dates`](crate::Extraction::dates)).
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub date: Option<DateMention<'h>>,
}
detach_fields!(Dateline { place, date });

mention! {
    /// A person's name.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[non_exhaustive]
    pub struct PersonMention<'h> {
        text: "The name, exactly as in the input, without title.",
        /// The fullest form of this person's name in the document.
        #[cfg_attr(feature = "serde", serde(borrow))]
        pub canonical: Cow<'h, str>,
        /// The titles written before the name, as indices into [`Extraction::titles`](crate::Extraction::titles).
        pub titles: Vec<usize>,
        /// The office among those titles, with whom it serves.
        #[cfg_attr(feature = "serde", serde(borrow))]
        pub role: Option<Role<'h>>,
    }
}

/// A person's office and affiliation ("Ministre de la Défense" of `KE`).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Role<'h> {
    /// The office, as written.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub office: Cow<'h, str>,
    /// The state or organisation it serves, when the text says it.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub of: Option<Affiliation<'h>>,
}
detach_fields!(Role { office, of });

/// Whom an office serves: a state or an organisation.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Affiliation<'h> {
    /// A state, by its code ("Ministre de la Défense de la République du Kenya": `KE`).
    Country(CountryCode),
    /// An organisation, as written ("Secrétaire Général de la CIMCT": `CIMCT`).
    Organization(#[cfg_attr(feature = "serde", serde(borrow))] Cow<'h, str>),
}

impl Affiliation<'_> {
    /// Detaches the affiliation from the input text.
    pub fn into_owned(self) -> Affiliation<'static> {
        Detach::detach(self)
    }
}

impl Detach for Affiliation<'_> {
    type Owned = Affiliation<'static>;
    fn detach(self) -> Affiliation<'static> {
        match self {
            Affiliation::Country(c) => Affiliation::Country(c),
            Affiliation::Organization(o) => Affiliation::Organization(o.detach()),
        }
    }
}

mention! {
    /// An honorific, rank or office.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[non_exhaustive]
    pub struct TitleMention<'h> {
        text: "The title, exactly as in the input.",
        /// Honorific, rank or office.
        pub kind: TitleKind,
        /// For an office, the state or organisation it serves, when the text says it.
        #[cfg_attr(feature = "serde", serde(borrow))]
        pub of: Option<Affiliation<'h>>,
    }
}

mention! {
    /// A state, named or designated by a demonym.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[non_exhaustive]
    pub struct CountryMention<'h> {
        text: "The name or demonym, exactly as in the input, without article.",
        /// ISO 3166-1 alpha-2 code.
        pub code: CountryCode,
        /// ISO 3166-1 alpha-3 code.
        pub alpha3: Alpha3,
        /// Canonical French short name.
        pub name: Arc<str>,
        /// True for a demonym ("kényane"), false for a name ("République du Kenya").
        pub demonym: bool,
    }
}

mention! {
    /// A calendar reference.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[non_exhaustive]
    pub struct DateMention<'h> {
        text: "The date, exactly as in the input (\"mardi 7 septembre 2021\", \"du 3 au 5 mai 2024\").",
        /// The value at the precision written, or `None` when it cannot be known (a date without
        /// its year, or a relative date, in a document with no reference date).
        pub value: Option<DateValue>,
        /// True for references relative to the publication date ("hier", "mardi dernier").
        pub relative: bool,
    }
}

mention! {
    /// A named organisation.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[non_exhaustive]
    pub struct OrganizationMention<'h> {
        text: "The name or acronym, exactly as in the input.",
        /// The organisation's acronym, when known and the mention is its name.
        pub acronym: Option<Arc<str>>,
        /// The organisation's full name, when known and the mention is an acronym or short form.
        pub long_form: Option<Arc<str>>,
    }
}

mention! {
    /// A named place that is not a state.
    #[derive(Clone, Debug, PartialEq, Eq)]
    #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
    #[non_exhaustive]
    pub struct PlaceMention<'h> {
        text: "The place, exactly as in the input.",
        /// What kind of place, when the gazetteer knows it (`None` for a dateline's unknown
        /// place).
        pub kind: Option<PlaceKind>,
        /// The state it lies in, when known.
        pub code: Option<CountryCode>,
    }
}

/// A counter-terrorism theme of the document, with its evidence.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct ThemeScore<'h> {
    /// The theme's id (`terrorism`, `media`...).
    pub theme: Arc<str>,
    /// How strongly the document speaks of it, in `[0, 1)`: never 1, however long the
    /// document (clamped below 1).
    pub score: f32,
    /// The spans that show it.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub evidence: Vec<TextSpan<'h>>,
}
detach_fields!(ThemeScore {
    theme,
    score,
    evidence
});
