//! The types every layer shares: byte spans, codes of states, kinds of titles and places, and
//! the calendar with the values of dates. This is the bottom layer: it imports nothing from the
//! rest of the crate.

pub mod calendar;
mod codes;
mod kinds;
mod span;

pub use calendar::{Date, DateParseError, DateValue, PartialDate, Precision};
pub use codes::{Alpha3, CountryCode};
pub use kinds::{PlaceKind, TitleKind};
pub use span::Span;
