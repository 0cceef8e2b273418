//! What an extraction returns: one list of typed mentions per entity type, and one walk over
//! all of them in document order.
//!
//! Every mention carries `text`, `start` and `end`: byte offsets into the input, on char
//! boundaries, with `&input[start..end] == text`. Lists are sorted by `start` and mentions of
//! one type never overlap (themes are sorted by score instead).

#[macro_use]
mod detach;
mod mention;
mod rebase;
mod walk;

pub(crate) use detach::Detach;
pub use mention::{
    Affiliation, CountryMention, DateMention, Dateline, OrganizationMention, PersonMention,
    PlaceMention, Role, TextSpan, ThemeScore, TitleMention,
};
pub use walk::{InvalidExtraction, Mention, MentionKind, Mentions};

/// Everything found in one document.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[non_exhaustive]
pub struct Extraction<'h> {
    /// Place and/or date of publication given before the body, if any.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub dateline: Option<Dateline<'h>>,
    /// Names of people.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub persons: Vec<PersonMention<'h>>,
    /// Honorifics, ranks and offices.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub titles: Vec<TitleMention<'h>>,
    /// States, by name or demonym.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub countries: Vec<CountryMention<'h>>,
    /// Calendar references, absolute and relative.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub dates: Vec<DateMention<'h>>,
    /// Named organisations and their acronyms.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub organizations: Vec<OrganizationMention<'h>>,
    /// Cities, regions and other named places that are not states.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub places: Vec<PlaceMention<'h>>,
    /// Counter-terrorism themes, by decreasing score.
    #[cfg_attr(feature = "serde", serde(borrow))]
    pub themes: Vec<ThemeScore<'h>>,
}

detach_fields!(Extraction {
    dateline,
    persons,
    titles,
    countries,
    dates,
    organizations,
    places,
    themes
});
