//! Which lists an extractor computes ([`Output`]), and the stages each one needs.

use std::fmt;

/// One list of an [`Extraction`](crate::Extraction), to choose what an extractor computes
/// ([`ExtractorBuilder::outputs`](crate::ExtractorBuilder::outputs)).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Output {
    /// [`Extraction::dateline`](crate::Extraction::dateline).
    Dateline,
    /// [`Extraction::persons`](crate::Extraction::persons).
    Persons,
    /// [`Extraction::titles`](crate::Extraction::titles).
    Titles,
    /// [`Extraction::countries`](crate::Extraction::countries).
    Countries,
    /// [`Extraction::dates`](crate::Extraction::dates).
    Dates,
    /// [`Extraction::organizations`](crate::Extraction::organizations).
    Organizations,
    /// [`Extraction::places`](crate::Extraction::places).
    Places,
    /// [`Extraction::themes`](crate::Extraction::themes).
    Themes,
}

impl Output {
    /// Every list.
    pub const ALL: [Output; 8] = [
        Output::Dateline,
        Output::Persons,
        Output::Titles,
        Output::Countries,
        Output::Dates,
        Output::Organizations,
        Output::Places,
        Output::Themes,
    ];

    /// The stage (index into [`STAGES`](super::STAGES)) that sets this list.
    fn stage(self) -> usize {
        match self {
            Output::Dateline | Output::Dates => ANCHOR,
            Output::Organizations => ORGANIZATIONS,
            Output::Countries => COUNTRIES,
            Output::Places => PLACES,
            Output::Titles => TITLES,
            Output::Persons => PERSONS,
            Output::Themes => THEMES,
        }
    }
}

impl fmt::Display for Output {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Output::Dateline => "dateline",
            Output::Persons => "persons",
            Output::Titles => "titles",
            Output::Countries => "countries",
            Output::Dates => "dates",
            Output::Organizations => "organizations",
            Output::Places => "places",
            Output::Themes => "themes",
        })
    }
}

// The stages' positions in `STAGES` (checked by a test there).
pub(super) const DATES: usize = 0;
pub(super) const DATELINE: usize = 1;
pub(super) const ANCHOR: usize = 2;
pub(super) const ORGANIZATIONS: usize = 3;
pub(super) const COUNTRIES: usize = 4;
pub(super) const PLACES: usize = 5;
pub(super) const TITLES: usize = 6;
pub(super) const PERSONS: usize = 7;
pub(super) const THEMES: usize = 8;

/// The stages each stage reads the findings of.
const NEEDS: [&[usize]; 9] = [
    &[],                                                 // dates
    &[DATES],                                            // dateline
    &[DATES, DATELINE],                                  // anchor
    &[],                                                 // organizations
    &[ORGANIZATIONS, DATELINE],                          // countries
    &[ORGANIZATIONS, COUNTRIES, ANCHOR, DATELINE],       // places
    &[ORGANIZATIONS, COUNTRIES, PLACES, ANCHOR],         // titles
    &[TITLES, ORGANIZATIONS, COUNTRIES, PLACES, ANCHOR], // persons
    &[ORGANIZATIONS],                                    // themes
];

/// A set of stages, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct StageSet(u16);

impl StageSet {
    /// Every stage.
    pub(crate) const ALL: StageSet = StageSet((1 << NEEDS.len()) - 1);

    /// The stages that `outputs` need, with the stages those need.
    pub(crate) fn for_outputs(outputs: &[Output]) -> StageSet {
        let mut set = 0u16;
        let mut todo: Vec<usize> = outputs.iter().map(|o| o.stage()).collect();
        while let Some(stage) = todo.pop() {
            if set & (1 << stage) == 0 {
                set |= 1 << stage;
                todo.extend_from_slice(NEEDS[stage]);
            }
        }
        StageSet(set)
    }

    /// True when the set holds stage `i`.
    pub(crate) fn contains(self, i: usize) -> bool {
        self.0 & (1 << i) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_bring_the_stages_they_need() {
        let persons = StageSet::for_outputs(&[Output::Persons]);
        for stage in [
            DATES,
            DATELINE,
            ANCHOR,
            ORGANIZATIONS,
            COUNTRIES,
            PLACES,
            TITLES,
            PERSONS,
        ] {
            assert!(persons.contains(stage), "{stage}");
        }
        assert!(!persons.contains(THEMES));
        let themes = StageSet::for_outputs(&[Output::Themes]);
        assert!(themes.contains(ORGANIZATIONS) && themes.contains(THEMES));
        assert!(!themes.contains(DATES) && !themes.contains(PERSONS));
        assert_eq!(StageSet::for_outputs(&Output::ALL), StageSet::ALL);
        assert_eq!(
            StageSet::for_outputs(&[Output::Dateline]),
            StageSet::for_outputs(&[Output::Dates])
        );
    }
}
