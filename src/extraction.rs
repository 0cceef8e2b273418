//! What an extraction returns: one list of typed mentions per entity type.
//!
//! Every mention carries `text`, `start` and `end`: byte offsets into the input, on char
//! boundaries, with `&input[start..end] == text`. Lists are sorted by `start` and mentions of
//! one type never overlap (themes are sorted by score instead).

use crate::extract::calendar::DateValue;
use crate::gazetteer::{Alpha3, CountryCode, PlaceKind};
use crate::Span;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::sync::Arc;

/// Everything found in one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Extraction<'h> {
    /// Place and/or date of publication given before the body, if any.
    #[serde(borrow)]
    pub dateline: Option<Dateline<'h>>,
    /// Names of people.
    #[serde(borrow)]
    pub persons: Vec<PersonMention<'h>>,
    /// Honorifics, ranks and offices.
    #[serde(borrow)]
    pub titles: Vec<TitleMention<'h>>,
    /// States, by name or demonym.
    #[serde(borrow)]
    pub countries: Vec<CountryMention<'h>>,
    /// Calendar references, absolute and relative.
    #[serde(borrow)]
    pub dates: Vec<DateMention<'h>>,
    /// Named organisations and their acronyms.
    #[serde(borrow)]
    pub organizations: Vec<OrganizationMention<'h>>,
    /// Cities, regions and other named places that are not states.
    #[serde(borrow)]
    pub places: Vec<PlaceMention<'h>>,
    /// Counter-terrorism themes, by decreasing score.
    #[serde(borrow)]
    pub themes: Vec<ThemeScore<'h>>,
}

impl Extraction<'_> {
    /// Detaches the extraction from the input text.
    pub fn into_owned(self) -> Extraction<'static> {
        Extraction {
            dateline: self.dateline.map(Dateline::into_owned),
            persons: self
                .persons
                .into_iter()
                .map(PersonMention::into_owned)
                .collect(),
            titles: self
                .titles
                .into_iter()
                .map(TitleMention::into_owned)
                .collect(),
            countries: self
                .countries
                .into_iter()
                .map(CountryMention::into_owned)
                .collect(),
            dates: self
                .dates
                .into_iter()
                .map(DateMention::into_owned)
                .collect(),
            organizations: self
                .organizations
                .into_iter()
                .map(OrganizationMention::into_owned)
                .collect(),
            places: self
                .places
                .into_iter()
                .map(PlaceMention::into_owned)
                .collect(),
            themes: self
                .themes
                .into_iter()
                .map(ThemeScore::into_owned)
                .collect(),
        }
    }

    /// Every mention's span with its type name, in no particular order (for checks and
    /// tools: the lists themselves are the API).
    pub fn spans(&self) -> Vec<(&'static str, Span, &str)> {
        let mut out = Vec::new();
        if let Some(d) = &self.dateline {
            if let Some(p) = &d.place {
                out.push(("dateline.place", p.span(), &*p.text));
            }
            if let Some(p) = &d.date {
                out.push(("dateline.date", p.span(), &*p.text));
            }
        }
        out.extend(self.persons.iter().map(|m| ("persons", m.span(), &*m.text)));
        out.extend(self.titles.iter().map(|m| ("titles", m.span(), &*m.text)));
        out.extend(
            self.countries
                .iter()
                .map(|m| ("countries", m.span(), &*m.text)),
        );
        out.extend(self.dates.iter().map(|m| ("dates", m.span(), &*m.text)));
        out.extend(
            self.organizations
                .iter()
                .map(|m| ("organizations", m.span(), &*m.text)),
        );
        out.extend(self.places.iter().map(|m| ("places", m.span(), &*m.text)));
        for t in &self.themes {
            out.extend(t.evidence.iter().map(|m| ("themes", m.span(), &*m.text)));
        }
        out
    }
}

macro_rules! mention_common {
    ($ty:ident { $($field:ident),* }) => {
        impl<'h> $ty<'h> {
            /// The mention's byte span in the input.
            pub fn span(&self) -> Span {
                Span::new(self.start, self.end)
            }

            /// Detaches the mention from the input text.
            pub fn into_owned(self) -> $ty<'static> {
                $ty {
                    text: Cow::Owned(self.text.into_owned()),
                    start: self.start,
                    end: self.end,
                    $($field: self.$field,)*
                }
            }
        }
    };
}

/// A bare piece of the input: a dateline's place, a theme's evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TextSpan<'h> {
    /// The text, exactly as in the input.
    #[serde(borrow)]
    pub text: Cow<'h, str>,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
}
mention_common!(TextSpan {});

impl<'h> TextSpan<'h> {
    pub(crate) fn new(input: &'h str, span: Span) -> TextSpan<'h> {
        TextSpan {
            text: Cow::Borrowed(&input[span]),
            start: span.start,
            end: span.end,
        }
    }
}

/// The place and/or date of publication given before the body.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dateline<'h> {
    /// The place ("Riyad" in "Riyad, 31-5-2023"), if written.
    #[serde(borrow)]
    pub place: Option<TextSpan<'h>>,
    /// The date, if written (it is also in [`Extraction::dates`]).
    #[serde(borrow)]
    pub date: Option<DateMention<'h>>,
}

impl Dateline<'_> {
    /// Detaches the dateline from the input text.
    pub fn into_owned(self) -> Dateline<'static> {
        Dateline {
            place: self.place.map(TextSpan::into_owned),
            date: self.date.map(DateMention::into_owned),
        }
    }
}

/// A person's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PersonMention<'h> {
    /// The name, exactly as in the input, without title.
    #[serde(borrow)]
    pub text: Cow<'h, str>,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// The fullest form of this person's name in the document.
    #[serde(borrow)]
    pub canonical: Cow<'h, str>,
    /// The titles written before the name, as indices into [`Extraction::titles`].
    pub titles: Vec<usize>,
    /// The office among those titles, with whom it serves.
    #[serde(borrow)]
    pub role: Option<Role<'h>>,
}

/// A person's office and affiliation ("Ministre de la Défense" of `KE`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Role<'h> {
    /// The office, as written.
    #[serde(borrow)]
    pub office: Cow<'h, str>,
    /// The state or organisation it serves, when the text says it.
    #[serde(borrow)]
    pub of: Option<Affiliation<'h>>,
}

impl Role<'_> {
    /// Detaches the role from the input text.
    pub fn into_owned(self) -> Role<'static> {
        Role {
            office: Cow::Owned(self.office.into_owned()),
            of: self.of.map(Affiliation::into_owned),
        }
    }
}

impl<'h> PersonMention<'h> {
    /// The mention's byte span in the input.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Detaches the mention from the input text.
    pub fn into_owned(self) -> PersonMention<'static> {
        PersonMention {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
            canonical: Cow::Owned(self.canonical.into_owned()),
            titles: self.titles,
            role: self.role.map(Role::into_owned),
        }
    }
}

/// What a title is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TitleKind {
    /// Son Excellence, M., Mme, Cheikh...
    Honorific,
    /// A military rank.
    Rank,
    /// An office: ministre de la Défense, secrétaire général...
    Office,
}

/// Whom an office serves: a state or an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Affiliation<'h> {
    /// A state, by its code ("Ministre de la Défense de la République du Kenya": `KE`).
    Country(CountryCode),
    /// An organisation, as written ("Secrétaire Général de la CIMCT": `CIMCT`).
    Organization(#[serde(borrow)] Cow<'h, str>),
}

impl Affiliation<'_> {
    /// Detaches the affiliation from the input text.
    pub fn into_owned(self) -> Affiliation<'static> {
        match self {
            Affiliation::Country(c) => Affiliation::Country(c),
            Affiliation::Organization(o) => Affiliation::Organization(Cow::Owned(o.into_owned())),
        }
    }
}

/// An honorific, rank or office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TitleMention<'h> {
    /// The title, exactly as in the input.
    #[serde(borrow)]
    pub text: Cow<'h, str>,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// Honorific, rank or office.
    pub kind: TitleKind,
    /// For an office, the state or organisation it serves, when the text says it.
    #[serde(borrow)]
    pub of: Option<Affiliation<'h>>,
}

impl TitleMention<'_> {
    /// The mention's byte span in the input.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Detaches the mention from the input text.
    pub fn into_owned(self) -> TitleMention<'static> {
        TitleMention {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
            kind: self.kind,
            of: self.of.map(Affiliation::into_owned),
        }
    }
}

/// A state, named or designated by a demonym.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct CountryMention<'h> {
    /// The name or demonym, exactly as in the input, without article.
    #[serde(borrow)]
    pub text: Cow<'h, str>,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// ISO 3166-1 alpha-2 code.
    pub code: CountryCode,
    /// ISO 3166-1 alpha-3 code.
    pub alpha3: Alpha3,
    /// Canonical French short name.
    pub name: Arc<str>,
    /// True for a demonym ("kényane"), false for a name ("République du Kenya").
    pub demonym: bool,
}

impl<'h> CountryMention<'h> {
    /// The mention's byte span in the input.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }

    /// Detaches the mention from the input text.
    pub fn into_owned(self) -> CountryMention<'static> {
        CountryMention {
            text: Cow::Owned(self.text.into_owned()),
            start: self.start,
            end: self.end,
            code: self.code,
            alpha3: self.alpha3,
            name: self.name,
            demonym: self.demonym,
        }
    }
}

/// A calendar reference.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateMention<'h> {
    /// The date, exactly as in the input ("mardi 7 septembre 2021", "du 3 au 5 mai 2024").
    #[serde(borrow)]
    pub text: Cow<'h, str>,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// The value at the precision written, or `None` when it cannot be known (a date without
    /// its year, or a relative date, in a document with no reference date).
    pub value: Option<DateValue>,
    /// True for references relative to the publication date ("hier", "mardi dernier").
    pub relative: bool,
}
mention_common!(DateMention { value, relative });

/// A named organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct OrganizationMention<'h> {
    /// The name or acronym, exactly as in the input.
    #[serde(borrow)]
    pub text: Cow<'h, str>,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// The organisation's acronym, when known and the mention is its name.
    pub acronym: Option<Arc<str>>,
    /// The organisation's full name, when known and the mention is an acronym or short form.
    pub long_form: Option<Arc<str>>,
}
mention_common!(OrganizationMention { acronym, long_form });

/// A named place that is not a state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PlaceMention<'h> {
    /// The place, exactly as in the input.
    #[serde(borrow)]
    pub text: Cow<'h, str>,
    /// Byte offset of its start in the input.
    pub start: usize,
    /// Byte offset of its end in the input.
    pub end: usize,
    /// What kind of place, when the gazetteer knows it (`None` for a dateline's unknown
    /// place).
    pub kind: Option<PlaceKind>,
    /// The state it lies in, when known.
    pub code: Option<CountryCode>,
}
mention_common!(PlaceMention { kind, code });

/// A counter-terrorism theme of the document, with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ThemeScore<'h> {
    /// The theme's id (`terrorism`, `media`...).
    pub theme: Arc<str>,
    /// How strongly the document speaks of it, in `[0, 1]`.
    pub score: f32,
    /// The spans that show it.
    #[serde(borrow)]
    pub evidence: Vec<TextSpan<'h>>,
}

impl ThemeScore<'_> {
    /// Detaches the theme from the input text.
    pub fn into_owned(self) -> ThemeScore<'static> {
        ThemeScore {
            theme: self.theme,
            score: self.score,
            evidence: self
                .evidence
                .into_iter()
                .map(TextSpan::into_owned)
                .collect(),
        }
    }
}
