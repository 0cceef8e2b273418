//! Parts of periods: "début mars", "mi-juin", "fin 2024", "la seconde quinzaine de mai",
//! "en début de semaine prochaine", "cet automne", each a range by one rule:
//!
//! | part                     | of a month  | of a year        | of a week       | of a season   |
//! |--------------------------|-------------|------------------|-----------------|---------------|
//! | début, entame            | days 1–10   | January–February | Monday–Tuesday  | first month   |
//! | mi, milieu               | days 11–20  | June–July        | Wednesday–Thursday | second month |
//! | fin                      | days 21–end | November–December| Friday–Sunday   | third month   |
//! | première quinzaine       | days 1–15   |                  |                 |               |
//! | seconde, deuxième, dernière quinzaine | days 16–end | |               |               |
//! | the whole                | the month   | the year         | Monday–Sunday   | its three months |
//!
//! Quarters and halves of a year are their months: "le troisième trimestre 2017" is
//! 2017-07/2017-09, "le premier semestre 2024" 2024-01/2024-06; and so are its first or last
//! months: "les six premiers mois de 2023" is 2023-01/2023-06, "les trois derniers mois de
//! 2023" 2023-10/2023-12. Of the reference's year ("de l'année", "de cette année", "de
//! l'année dernière"), they are relative: "les dix premiers mois de cette année" on
//! 2024-03-13 is 2024-01/2024-10 ("les trois derniers mois de l'année" stays the span up to
//! the reference, below).
//!
//! "Les quatre derniers mois" and "les deux prochaines semaines" are spans of days that end
//! (or start) at the reference: 2024-02-15/2024-06-15 for the first on 2024-06-15.
//!
//! Seasons are the meteorological ones, three whole months: spring March–May, summer
//! June–August, autumn September–November, winter December–February (of the next year).

use super::Written;
use crate::types::calendar::{days_in_month, Date, DateValue, PartialDate};

/// A part of a period.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Start,
    Middle,
    End,
    FirstHalf,
    SecondHalf,
    Whole,
    /// Months of a year, the first and the last: "les six premiers mois de l'année" (1, 6),
    /// "le troisième trimestre de l'année" (7, 9).
    Months(u8, u8),
}

/// A period of the reference's calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Period {
    Week,
    Month,
    Year,
    /// A season, by its first month (3, 6, 9 or 12).
    Season(u8),
}

/// A unit of time counted in "les quatre derniers mois".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// The day `n` units from `anchor` (a month later than January 31 is the last of February).
fn shift(anchor: Date, unit: Unit, n: i64) -> Option<Date> {
    let months = match unit {
        Unit::Day => return anchor.add_days(n),
        Unit::Week => return anchor.add_days(7 * n),
        Unit::Month => n,
        Unit::Year => 12 * n,
    };
    let month = month_from_count(months_since_zero(anchor.year(), anchor.month()) + months)?;
    let (year, m) = (month.year(), month.month()?);
    Date::new(year, m, anchor.day().min(days_in_month(year, m)))
}

/// The days from `n` units before the anchor to the anchor (`n` < 0), or from the anchor to
/// `n` units after it.
pub(crate) fn resolve_span(unit: Unit, n: i64, anchor: Date) -> Option<DateValue> {
    let other = shift(anchor, unit, n)?;
    let (a, b) = if n < 0 {
        (other, anchor)
    } else {
        (anchor, other)
    };
    days(a, b)
}

/// The day that stands for "the last day of the month" in a [`Written`] date, whose year
/// may not be known yet ("fin février").
pub(crate) const LAST_DAY: u8 = 0;

impl Part {
    /// The part a folded word names ("debut", "mi-juin", "seconde"…), if any.
    pub(crate) fn from_word(word: &str) -> Option<Part> {
        let head = word.split(['-', ' ', '\t']).next().unwrap_or("");
        Some(match head {
            "debut" | "entame" | "l'entame" => Part::Start,
            "mi" | "milieu" => Part::Middle,
            "fin" => Part::End,
            "premiere" | "1re" | "1ere" => Part::FirstHalf,
            "seconde" | "deuxieme" | "2e" | "2de" | "derniere" => Part::SecondHalf,
            _ => return None,
        })
    }

    /// The first and last days of this part of a month ([`LAST_DAY`] for its end).
    fn days(self) -> (u8, u8) {
        match self {
            Part::Start => (1, 10),
            Part::Middle => (11, 20),
            Part::End => (21, LAST_DAY),
            Part::FirstHalf => (1, 15),
            Part::SecondHalf => (16, LAST_DAY),
            Part::Whole | Part::Months(..) => (1, LAST_DAY),
        }
    }

    /// The first and last months of this part of a year.
    fn months(self) -> (u8, u8) {
        match self {
            Part::Start => (1, 2),
            Part::Middle => (6, 7),
            Part::End => (11, 12),
            Part::FirstHalf => (1, 6),
            Part::SecondHalf => (7, 12),
            Part::Whole => (1, 12),
            Part::Months(first, last) => (first, last),
        }
    }
}

/// The season a folded word names, by its first month.
pub(crate) fn season_start(word: &str) -> Option<u8> {
    match word {
        "printemps" => Some(3),
        "ete" => Some(6),
        "automne" => Some(9),
        "hiver" => Some(12),
        _ => None,
    }
}

fn month_of(year: Option<i32>, month: u8, day: Option<u8>) -> Written {
    Written {
        year,
        month: Some(month),
        day,
    }
}

/// A part of a month (`year` may be unknown), as the ends of a range.
pub(crate) fn of_month(part: Part, year: Option<i32>, month: u8) -> (Written, Written) {
    let (first, last) = part.days();
    (
        month_of(year, month, Some(first)),
        month_of(year, month, Some(last)),
    )
}

/// A part of a year, as the ends of a range of months.
pub(crate) fn of_year(part: Part, year: i32) -> (Written, Written) {
    let (first, last) = part.months();
    (
        month_of(Some(year), first, None),
        month_of(Some(year), last, None),
    )
}

/// The first and last months of the `n`th quarter (`months` = 3) or half (`months` = 6) of
/// a year ("le troisième trimestre": 7 to 9, "le dernier semestre": 7 to 12), or of its first
/// or last `months` months (`n` = 1, or `12 / months`).
pub(crate) fn quarter_months(months: u8, n: u8) -> Option<(u8, u8)> {
    (n >= 1 && months >= 1 && u16::from(n) * u16::from(months) <= 12)
        .then(|| ((n - 1) * months + 1, n * months))
}

/// A season of `year` (winter runs into the next year), as the ends of a range of months.
pub(crate) fn season(first_month: u8, year: i32) -> (Written, Written) {
    let last = first_month % 12 + 2;
    let last_year = year + i32::from(last < first_month);
    (
        month_of(Some(year), first_month, None),
        month_of(Some(last_year), last, None),
    )
}

/// A month as a count of months since year 0, and back.
fn months_since_zero(year: i32, month: u8) -> i64 {
    i64::from(year) * 12 + i64::from(month) - 1
}

fn month_from_count(count: i64) -> Option<PartialDate> {
    let year = i32::try_from(count.div_euclid(12)).ok()?;
    PartialDate::from_month(year, (count.rem_euclid(12) + 1) as u8)
}

fn days(a: Date, b: Date) -> Option<DateValue> {
    DateValue::range(PartialDate::from_date(a), PartialDate::from_date(b))
}

/// `part` of the period `n` periods from the anchor's.
pub(crate) fn resolve(part: Part, period: Period, n: i64, anchor: Date) -> Option<DateValue> {
    match period {
        Period::Week => {
            let monday = anchor.add_days(-i64::from(anchor.weekday()) + 7 * n)?;
            let (first, last) = match part {
                Part::Start => (0, 1),
                Part::Middle => (2, 3),
                Part::End => (4, 6),
                _ => (0, 6),
            };
            days(monday.add_days(first)?, monday.add_days(last)?)
        }
        Period::Month => {
            let month = month_from_count(months_since_zero(anchor.year(), anchor.month()) + n)?;
            if part == Part::Whole {
                return Some(DateValue::single(month));
            }
            let (year, m) = (month.year(), month.month()?);
            let (first, last) = part.days();
            let last = if last == LAST_DAY {
                days_in_month(year, m)
            } else {
                last
            };
            days(Date::new(year, m, first)?, Date::new(year, m, last)?)
        }
        Period::Year => {
            let year = i32::try_from(i64::from(anchor.year()) + n).ok()?;
            if part == Part::Whole {
                return Some(DateValue::single(PartialDate::from_year(year)?));
            }
            let (first, last) = part.months();
            DateValue::range(
                PartialDate::from_month(year, first)?,
                PartialDate::from_month(year, last)?,
            )
        }
        Period::Season(first) => {
            let now = months_since_zero(anchor.year(), anchor.month());
            // This year's season (a winter that holds January or February began the year
            // before), or the first to start after the anchor, or the last to end before it.
            let this_year = months_since_zero(anchor.year(), first)
                - if first == 12 && anchor.month() <= 2 {
                    12
                } else {
                    0
                };
            let start = match n {
                0 => this_year,
                1 if this_year > now => this_year,
                1 => this_year + 12,
                _ if this_year + 2 < now => this_year,
                _ => this_year - 12,
            };
            let (from, to) = match part {
                Part::Start => (0, 0),
                Part::Middle => (1, 1),
                Part::End => (2, 2),
                _ => (0, 2),
            };
            if from == to {
                return Some(DateValue::single(month_from_count(start + from)?));
            }
            DateValue::range(
                month_from_count(start + from)?,
                month_from_count(start + to)?,
            )
        }
    }
}
