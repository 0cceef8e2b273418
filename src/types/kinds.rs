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
