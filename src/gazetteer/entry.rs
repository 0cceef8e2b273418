//! What a gazetteer pattern stands for: entry kinds and their payloads.

use crate::types::{Alpha3, CountryCode, PlaceKind, TitleKind};
use std::sync::Arc;

/// The kinds of gazetteer files, each with its own columns (see `gazetteers/README.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum GazetteerKind {
    /// `code alpha3 name`: the table of states (ISO 3166-1 codes and canonical French name).
    Countries,
    /// `code surface`: every name of a state, short or official.
    CountryNames,
    /// `code surface`: demonym adjectives and nouns in all their forms.
    Demonyms,
    /// `code kind surface`: cities, regions and continents (`code` is `-` when none).
    Places,
    /// `id form surface`: organisations, grouped by `id`, with `form` one of `name`, `short`,
    /// `acronym`, `acronym_cs`.
    Organizations,
    /// `theme weight surface`: cues of themes; `weight` in (0, 1]; a parenthesised ending is
    /// optional (`terroriste(s)`) and `(a|b)` is a choice.
    ThemeCues,
    /// `kind surface`: honorifics, ranks and offices; `kind` one of `honorific`,
    /// `honorific_cs` and `rank_cs` (matched in the exact case written), `rank`, `office`,
    /// `office_uc` (matched in capitals only).
    Titles,
    /// `surface`: given names, which let a name stand without a title.
    GivenNames,
    /// `id form surface`: public figures, with `form` one of `name` (a full name) and
    /// `surname` (the short form the press names the figure by alone).
    PublicFigures,
}

impl GazetteerKind {
    /// Every kind, in build order (the state table comes first: the others refer to it).
    pub const ALL: [GazetteerKind; 9] = [
        GazetteerKind::Countries,
        GazetteerKind::CountryNames,
        GazetteerKind::Demonyms,
        GazetteerKind::Places,
        GazetteerKind::Organizations,
        GazetteerKind::ThemeCues,
        GazetteerKind::Titles,
        GazetteerKind::GivenNames,
        GazetteerKind::PublicFigures,
    ];

    /// The file name of the embedded default.
    pub fn file_name(self) -> &'static str {
        match self {
            GazetteerKind::Countries => "countries.tsv",
            GazetteerKind::CountryNames => "country_names.tsv",
            GazetteerKind::Demonyms => "demonyms.tsv",
            GazetteerKind::Places => "places.tsv",
            GazetteerKind::Organizations => "organizations.tsv",
            GazetteerKind::ThemeCues => "themes.tsv",
            GazetteerKind::Titles => "titles.tsv",
            GazetteerKind::GivenNames => "given_names.tsv",
            GazetteerKind::PublicFigures => "public_figures.tsv",
        }
    }

    /// The number of tab-separated columns of a record.
    pub fn columns(self) -> usize {
        match self {
            GazetteerKind::GivenNames => 1,
            GazetteerKind::CountryNames | GazetteerKind::Demonyms | GazetteerKind::Titles => 2,
            GazetteerKind::Countries
            | GazetteerKind::Places
            | GazetteerKind::Organizations
            | GazetteerKind::ThemeCues
            | GazetteerKind::PublicFigures => 3,
        }
    }
}

/// A name of a public figure (`public_figures.tsv`), looked up by its last word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FigureName {
    /// The folded words before the last, in order ("jean-yves", "le" of "Jean-Yves Le Drian").
    pub before: Box<[Box<str>]>,
    /// True for a surname the press names the figure by alone, false for a full name.
    pub surname: bool,
    /// True for a name written in capitals in the list (an acronym: "IBK", "MBS"), which
    /// matches text in capitals only.
    pub acronym: bool,
}

/// A state of the gazetteer's table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2 code.
    pub code: CountryCode,
    /// ISO 3166-1 alpha-3 code.
    pub alpha3: Alpha3,
    /// Canonical French short name ("Arabie saoudite").
    pub name: Arc<str>,
}

/// Index of a state in the gazetteer's table.
pub type CountryId = u32;

/// How an organisation entry names its organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum OrgForm {
    /// A full or official name.
    Name,
    /// A named short form ("Nations unies", "Coalition islamique").
    Short,
    /// An acronym.
    Acronym,
}

/// An organisation of the gazetteer, with its canonical forms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Organization {
    /// The stable key grouping its surfaces (`UN`, `AU`, `IMCTC`).
    pub id: Arc<str>,
    /// The first `name` row: the canonical long form.
    pub long_form: Option<Arc<str>>,
    /// The first acronym row: the canonical acronym.
    pub acronym: Option<Arc<str>>,
}

/// Index of an organisation in the gazetteer's table.
pub type OrgId = u32;

/// Index of a theme in the gazetteer's table.
pub type ThemeId = u32;

/// What one gazetteer entry stands for.
#[derive(Clone, Copy, Debug, PartialEq)]
#[non_exhaustive]
pub enum EntryKind {
    /// A name of a state.
    CountryName(CountryId),
    /// A demonym of a state.
    Demonym(CountryId),
    /// A city, region or continent, with the state it lies in if there is one.
    Place {
        /// What kind of place.
        kind: PlaceKind,
        /// The state it lies in.
        country: Option<CountryId>,
    },
    /// A name of an organisation.
    Organization {
        /// The organisation.
        org: OrgId,
        /// Which of its names this is.
        form: OrgForm,
    },
    /// An honorific, rank or office.
    Title(TitleKind),
    /// A cue of a theme.
    ThemeCue {
        /// The theme.
        theme: ThemeId,
        /// How clearly the cue shows the theme, in (0, 1].
        weight: f32,
    },
    /// A head noun of bodies ("Conseil", "ministère"), where an organisation the lists lack
    /// may be named by its shape (`lexicon::BODY_HEADS`; not from a file).
    BodyHead,
    /// A head noun of facilities and streets ("stade", "rue", "base aérienne") or of the
    /// divisions of a territory ("village", "région"), where a place is named by what follows
    /// it (`lexicon::PLACE_HEADS`, `lexicon::LOCALITY_HEADS`; not from a file).
    PlaceHead,
    /// A noun that names the person after it without being a title ("homologue";
    /// `lexicon::PERSON_HEADS`; not from a file).
    PersonHead,
}

/// A set of the variants of [`EntryKind`], one bit each: what a hit's entries are, so that a
/// stage passes over the hits it has no use for without reading their entries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Kinds(u16);

impl Kinds {
    pub const COUNTRY_NAME: Kinds = Kinds(1);
    pub const DEMONYM: Kinds = Kinds(1 << 1);
    pub const PLACE: Kinds = Kinds(1 << 2);
    pub const ORGANIZATION: Kinds = Kinds(1 << 3);
    pub const TITLE: Kinds = Kinds(1 << 4);
    pub const THEME_CUE: Kinds = Kinds(1 << 5);
    pub const BODY_HEAD: Kinds = Kinds(1 << 6);
    pub const PLACE_HEAD: Kinds = Kinds(1 << 7);
    pub const PERSON_HEAD: Kinds = Kinds(1 << 8);
    /// The kinds of the heads layer.
    pub const HEADS: Kinds = Kinds(0b1_1100_0000);
    /// The kinds of the names layer.
    pub const NAMES: Kinds = Kinds(0b1111);

    /// True when `self` and `other` share a kind.
    #[inline]
    pub fn any(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    /// `self` with the kinds of `other`.
    #[inline]
    pub fn with(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }
}

impl EntryKind {
    /// The variant, as a [`Kinds`] of one.
    pub(crate) fn kind(&self) -> Kinds {
        match self {
            EntryKind::CountryName(_) => Kinds::COUNTRY_NAME,
            EntryKind::Demonym(_) => Kinds::DEMONYM,
            EntryKind::Place { .. } => Kinds::PLACE,
            EntryKind::Organization { .. } => Kinds::ORGANIZATION,
            EntryKind::Title(_) => Kinds::TITLE,
            EntryKind::ThemeCue { .. } => Kinds::THEME_CUE,
            EntryKind::BodyHead => Kinds::BODY_HEAD,
            EntryKind::PlaceHead => Kinds::PLACE_HEAD,
            EntryKind::PersonHead => Kinds::PERSON_HEAD,
        }
    }
}

/// What an entry asks of the case of the text it matches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseRule {
    /// Any case.
    Any,
    /// A capital first letter: proper names of states and organisations ("la Somalie", not
    /// "en langue somalie"; "Forces armées tchadiennes", not "les forces armées tchadiennes").
    Capitalized,
    /// Capitals throughout: short acronyms (`RDC`, `UE`), else `eu` would match the French
    /// participle.
    Upper,
    /// Exactly the case of the gazetteer's surface (`honorific_cs` titles: "Me" but not
    /// "me", "M." but not "m.").
    Exact,
}

/// One gazetteer entry: a kind, and what it asks of the text's case.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Entry {
    /// What the entry stands for.
    pub kind: EntryKind,
    /// What it asks of the case of the text.
    pub case: CaseRule,
}
