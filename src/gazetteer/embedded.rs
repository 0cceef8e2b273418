//! The default gazetteers, embedded in the binary.

use super::GazetteerKind;

/// The embedded default text of a gazetteer kind, and its file name under `gazetteers/`.
pub fn embedded(kind: GazetteerKind) -> (&'static str, &'static str) {
    let text = match kind {
        GazetteerKind::Countries => include_str!("../../gazetteers/countries.tsv"),
        GazetteerKind::CountryNames => include_str!("../../gazetteers/country_names.tsv"),
        GazetteerKind::Demonyms => include_str!("../../gazetteers/demonyms.tsv"),
        GazetteerKind::Places => include_str!("../../gazetteers/places.tsv"),
        GazetteerKind::Organizations => include_str!("../../gazetteers/organizations.tsv"),
        GazetteerKind::ThemeCues => include_str!("../../gazetteers/themes.tsv"),
        GazetteerKind::Titles => include_str!("../../gazetteers/titles.tsv"),
        GazetteerKind::GivenNames => include_str!("../../gazetteers/given_names.tsv"),
        GazetteerKind::PublicFigures => include_str!("../../gazetteers/public_figures.tsv"),
    };
    (kind.file_name(), text)
}
