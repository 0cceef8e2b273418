//! What a title or a place is.

/// What a title is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum TitleKind {
    /// Son Excellence, M., Mme, Cheikh...
    Honorific,
    /// A military rank.
    Rank,
    /// An office: ministre de la Défense, secrétaire général...
    Office,
}

impl TitleKind {
    /// The kind's name, as serialised: `honorific`, `rank` or `office`.
    pub fn as_str(self) -> &'static str {
        match self {
            TitleKind::Honorific => "honorific",
            TitleKind::Rank => "rank",
            TitleKind::Office => "office",
        }
    }
}

/// What kind of place a place is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum PlaceKind {
    /// The capital of a state.
    Capital,
    /// Another city.
    City,
    /// A region inside or across states.
    Region,
    /// A continent.
    Continent,
}

impl PlaceKind {
    /// The kind's name, as serialised: `capital`, `city`, `region` or `continent`.
    pub fn as_str(self) -> &'static str {
        match self {
            PlaceKind::Capital => "capital",
            PlaceKind::City => "city",
            PlaceKind::Region => "region",
            PlaceKind::Continent => "continent",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_serialised_ones() {
        for kind in [TitleKind::Honorific, TitleKind::Rank, TitleKind::Office] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
        for kind in [
            PlaceKind::Capital,
            PlaceKind::City,
            PlaceKind::Region,
            PlaceKind::Continent,
        ] {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.as_str());
        }
    }
}
