//! One walk over every mention of an extraction, in document order, and the invariants every
//! extraction keeps.

use super::mention::{
    CountryMention, DateMention, OrganizationMention, PersonMention, PlaceMention, TitleMention,
};
use super::Extraction;
use crate::types::Span;
use std::fmt;

/// What a [`Mention`] is: the entity types, with states' names and demonyms apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MentionKind {
    /// A person's name.
    Person,
    /// An honorific, rank or office.
    Title,
    /// A state by name.
    Country,
    /// A state by demonym.
    Demonym,
    /// A calendar reference, absolute or relative.
    Date,
    /// An organisation.
    Organization,
    /// A place that is not a state.
    Place,
}

impl MentionKind {
    /// The kind's name in snake case, as serialised: `person`, `title`, `country`…
    pub fn as_str(self) -> &'static str {
        match self {
            MentionKind::Person => "person",
            MentionKind::Title => "title",
            MentionKind::Country => "country",
            MentionKind::Demonym => "demonym",
            MentionKind::Date => "date",
            MentionKind::Organization => "organization",
            MentionKind::Place => "place",
        }
    }

    /// The label named-entity tools use: `PERSON`, `TITLE`, `COUNTRY`, `DEMONYM`, `DATE`,
    /// `ORG`, `PLACE`.
    pub fn label(self) -> &'static str {
        match self {
            MentionKind::Person => "PERSON",
            MentionKind::Title => "TITLE",
            MentionKind::Country => "COUNTRY",
            MentionKind::Demonym => "DEMONYM",
            MentionKind::Date => "DATE",
            MentionKind::Organization => "ORG",
            MentionKind::Place => "PLACE",
        }
    }
}

/// The kind's name ([`MentionKind::as_str`]); width and alignment apply (`{:<12}`).
impl fmt::Display for MentionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// A mention of any type, borrowed from an [`Extraction`]: the typed mention, and what all
/// mentions share ([`text`](Mention::text), [`span`](Mention::span),
/// [`kind`](Mention::kind)).
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum Mention<'a, 'h> {
    /// A person's name.
    Person(&'a PersonMention<'h>),
    /// An honorific, rank or office.
    Title(&'a TitleMention<'h>),
    /// A state, by name or demonym.
    Country(&'a CountryMention<'h>),
    /// A calendar reference.
    Date(&'a DateMention<'h>),
    /// An organisation.
    Organization(&'a OrganizationMention<'h>),
    /// A place.
    Place(&'a PlaceMention<'h>),
}

impl<'a, 'h> Mention<'a, 'h> {
    /// The mention's text, exactly as in the input.
    pub fn text(&self) -> &'a str {
        match *self {
            Mention::Person(m) => &m.text,
            Mention::Title(m) => &m.text,
            Mention::Country(m) => &m.text,
            Mention::Date(m) => &m.text,
            Mention::Organization(m) => &m.text,
            Mention::Place(m) => &m.text,
        }
    }

    /// The mention's byte span in the input.
    pub fn span(&self) -> Span {
        match *self {
            Mention::Person(m) => m.span(),
            Mention::Title(m) => m.span(),
            Mention::Country(m) => m.span(),
            Mention::Date(m) => m.span(),
            Mention::Organization(m) => m.span(),
            Mention::Place(m) => m.span(),
        }
    }

    /// What the mention is.
    pub fn kind(&self) -> MentionKind {
        match *self {
            Mention::Person(_) => MentionKind::Person,
            Mention::Title(_) => MentionKind::Title,
            Mention::Country(m) if m.demonym => MentionKind::Demonym,
            Mention::Country(_) => MentionKind::Country,
            Mention::Date(_) => MentionKind::Date,
            Mention::Organization(_) => MentionKind::Organization,
            Mention::Place(_) => MentionKind::Place,
        }
    }
}

/// Every mention of an extraction in document order ([`Extraction::mentions`]).
#[derive(Clone, Debug)]
pub struct Mentions<'a, 'h> {
    inner: std::vec::IntoIter<Mention<'a, 'h>>,
}

impl<'a, 'h> Iterator for Mentions<'a, 'h> {
    type Item = Mention<'a, 'h>;

    fn next(&mut self) -> Option<Mention<'a, 'h>> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Mentions<'_, '_> {}

/// Why an extraction breaks its invariants ([`Extraction::check`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InvalidExtraction {
    /// The list at fault (`persons`, `titles`…, `dateline`, `themes`).
    pub list: &'static str,
    /// The span at fault.
    pub span: Span,
    /// What is wrong with it.
    pub reason: &'static str,
}

impl fmt::Display for InvalidExtraction {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}..{} {}",
            self.list,
            self.span.start(),
            self.span.end(),
            self.reason
        )
    }
}

impl std::error::Error for InvalidExtraction {}

impl<'h> Extraction<'h> {
    /// Every mention in document order (by start, then longest first, then in the order of
    /// [`MentionKind`]), typed: the one walk the tests, the tools and the bindings use.
    ///
    /// ```
    /// let x = communique::Extractor::new().extract("Le ministre malien de la Défense à Dakar.");
    /// let walk: Vec<_> = x.mentions().map(|m| (m.kind().as_str(), m.text())).collect();
    /// assert_eq!(walk, [("title", "ministre malien de la Défense"), ("demonym", "malien"), ("place", "Dakar")]);
    /// ```
    pub fn mentions(&self) -> Mentions<'_, 'h> {
        let mut all: Vec<Mention<'_, 'h>> = Vec::with_capacity(
            self.persons.len()
                + self.titles.len()
                + self.countries.len()
                + self.dates.len()
                + self.organizations.len()
                + self.places.len(),
        );
        all.extend(self.persons.iter().map(Mention::Person));
        all.extend(self.titles.iter().map(Mention::Title));
        all.extend(self.countries.iter().map(Mention::Country));
        all.extend(self.dates.iter().map(Mention::Date));
        all.extend(self.organizations.iter().map(Mention::Organization));
        all.extend(self.places.iter().map(Mention::Place));
        all.sort_by_key(|m| {
            let span = m.span();
            (span.start(), std::cmp::Reverse(span.end()), m.kind())
        });
        Mentions {
            inner: all.into_iter(),
        }
    }

    /// Checks the invariants every extraction of `input` keeps: every span (mentions, the
    /// dateline, themes' evidence) is non-empty, on char boundaries, with its text at it; each
    /// type's list is sorted by start without overlap. `Ok` for anything the extractor
    /// returns: the fuzz targets and the pipeline's debug builds check it.
    pub fn check(&self, input: &str) -> Result<(), InvalidExtraction> {
        let spans = self
            .mentions()
            .map(|m| (list_name(m.kind()), m.span(), m.text()));
        let dateline = self.dateline.iter().flat_map(|d| {
            let place = d.place.iter().map(|p| ("dateline", p.span(), &*p.text));
            let date = d.date.iter().map(|p| ("dateline", p.span(), &*p.text));
            place.chain(date)
        });
        let evidence = self
            .themes
            .iter()
            .flat_map(|t| t.evidence.iter().map(|e| ("themes", e.span(), &*e.text)));
        for (list, span, text) in spans.chain(dateline).chain(evidence) {
            let fail = |reason| InvalidExtraction { list, span, reason };
            if span.start() >= span.end() {
                return Err(fail("is empty"));
            }
            if span.end() > input.len() {
                return Err(fail("ends past the input"));
            }
            if !input.is_char_boundary(span.start()) || !input.is_char_boundary(span.end()) {
                return Err(fail("is not on char boundaries"));
            }
            if &input[span] != text {
                return Err(fail("does not hold the mention's text"));
            }
        }
        sorted_apart("persons", self.persons.iter().map(|m| m.span()))?;
        sorted_apart("titles", self.titles.iter().map(|m| m.span()))?;
        sorted_apart("countries", self.countries.iter().map(|m| m.span()))?;
        sorted_apart("dates", self.dates.iter().map(|m| m.span()))?;
        sorted_apart("organizations", self.organizations.iter().map(|m| m.span()))?;
        sorted_apart("places", self.places.iter().map(|m| m.span()))
    }
}

/// The list of an [`Extraction`] that holds mentions of `kind`.
fn list_name(kind: MentionKind) -> &'static str {
    match kind {
        MentionKind::Person => "persons",
        MentionKind::Title => "titles",
        MentionKind::Country | MentionKind::Demonym => "countries",
        MentionKind::Date => "dates",
        MentionKind::Organization => "organizations",
        MentionKind::Place => "places",
    }
}

/// Checks that `spans` are sorted by start and do not overlap.
fn sorted_apart(
    list: &'static str,
    spans: impl Iterator<Item = Span>,
) -> Result<(), InvalidExtraction> {
    let mut previous_end = 0;
    for span in spans {
        if span.start() < previous_end {
            return Err(InvalidExtraction {
                list,
                span,
                reason: "overlaps or precedes the mention before it",
            });
        }
        previous_end = span.end();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::TextSpan;
    use std::borrow::Cow;

    fn place(text: &str, start: usize) -> PlaceMention<'_> {
        PlaceMention {
            text: Cow::Borrowed(text),
            start,
            end: start + text.len(),
            kind: None,
            code: None,
        }
    }

    #[test]
    fn check_names_what_breaks_an_invariant() {
        let input = "à Riyad et à Dakar";
        let mut x = Extraction {
            places: vec![place("Riyad", 3), place("Dakar", 15)],
            ..Extraction::default()
        };
        assert_eq!(x.check(input), Ok(()));
        x.places.swap(0, 1);
        assert_eq!(x.check(input).unwrap_err().list, "places");
        x.places = vec![place("Riyad", 4)];
        assert_eq!(
            x.check(input).unwrap_err().reason,
            "does not hold the mention's text"
        );
        x.places = vec![place("Riyad", 3), place("Riyad et", 3)];
        assert!(x.check(input).is_err());
        x.places.clear();
        x.themes = vec![crate::model::ThemeScore {
            theme: "x".into(),
            score: 0.5,
            evidence: vec![TextSpan {
                text: Cow::Borrowed("à"),
                start: 1,
                end: 2,
            }],
        }];
        assert_eq!(
            x.check(input).unwrap_err().reason,
            "is not on char boundaries"
        );
    }

    #[test]
    fn the_walk_is_in_document_order() {
        let text = "Le ministre malien de la Défense, M. Abdoulaye Diop, à Dakar le 3 juin 2024.";
        let x = crate::Extractor::new().extract(text);
        let walk: Vec<(usize, MentionKind)> =
            x.mentions().map(|m| (m.span().start(), m.kind())).collect();
        let mut sorted = walk.clone();
        sorted.sort();
        assert_eq!(walk.len(), x.mentions().len());
        assert_eq!(
            walk.iter().map(|(s, _)| s).collect::<Vec<_>>(),
            sorted.iter().map(|(s, _)| s).collect::<Vec<_>>()
        );
        let kinds: Vec<MentionKind> = walk.iter().map(|&(_, k)| k).collect();
        assert!(kinds.contains(&MentionKind::Demonym));
        assert!(kinds.contains(&MentionKind::Person));
        assert!(kinds.contains(&MentionKind::Date));
        for m in x.mentions() {
            assert_eq!(&text[m.span()], m.text());
        }
        assert_eq!(format!("[{:<8}]", MentionKind::Date), "[date    ]");
    }
}
