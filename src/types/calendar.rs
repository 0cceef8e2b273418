//! Calendar arithmetic and date values at the precision written.

use std::fmt;
use std::str::FromStr;

/// A calendar day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

/// Number of days in `month` of `year` (0 for a month out of range).
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// True for Gregorian leap years.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Date {
    /// The day, if it exists (`Date::new(2023, 2, 31)` is `None`). Years run from 1 to 9999.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year) && day >= 1 && day <= days_in_month(year, month))
            .then_some(Date { year, month, day })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, 1 to 31.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01, if its year is within 1 to 9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// The day `n` days later (earlier for negative `n`), if it exists.
    pub fn add_days(&self, n: i64) -> Option<Date> {
        Date::from_days(self.to_days() + n)
    }

    /// Day of the week, 0 = Monday to 6 = Sunday.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        ((self.to_days() + 3).rem_euclid(7)) as u8
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = DateParseError;

    /// Parses `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<Date, DateParseError> {
        let bad = || DateParseError::new(s, ParseProblem::NotADay);
        let b = s.as_bytes();
        let shaped = b.len() == 10
            && b[4] == b'-'
            && b[7] == b'-'
            && b.iter()
                .enumerate()
                .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
        if !shaped {
            return Err(bad());
        }
        let number = |r: std::ops::Range<usize>| s[r].parse::<u16>().map_err(|_| bad());
        let (year, month, day) = (number(0..4)?, number(5..7)?, number(8..10)?);
        Date::new(i32::from(year), month as u8, day as u8)
            .ok_or_else(|| DateParseError::new(s, ParseProblem::NoSuchDay))
    }
}

/// Why a [`Date`], [`PartialDate`] or [`DateValue`] could not be parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateParseError {
    input: String,
    problem: ParseProblem,
}

/// What was wrong with the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ParseProblem {
    /// Not `YYYY-MM-DD`.
    NotADay,
    /// Not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    NotADate,
    /// The right shape, but no such day (or month, or year 0).
    NoSuchDay,
    /// A range that ends before it starts.
    Backwards,
}

impl DateParseError {
    fn new(input: &str, problem: ParseProblem) -> DateParseError {
        DateParseError {
            input: input.to_string(),
            problem,
        }
    }

    /// The text that could not be parsed.
    pub fn input(&self) -> &str {
        &self.input
    }
}

impl fmt::Display for DateParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.input;
        match self.problem {
            ParseProblem::NotADay => write!(f, "expected a date as YYYY-MM-DD, found {s:?}"),
            ParseProblem::NotADate => {
                write!(f, "expected YYYY, YYYY-MM or YYYY-MM-DD, found {s:?}")
            }
            ParseProblem::NoSuchDay => write!(f, "no such day: {s:?}"),
            ParseProblem::Backwards => write!(f, "the range ends before it starts: {s:?}"),
        }
    }
}

impl std::error::Error for DateParseError {}

/// A date at the precision it was written: a year, a month of a year, or a day. Built only by
/// its constructors, so that the month and day always exist (and a day has its month).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
}

/// How precise a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Precision {
    /// A whole year.
    Year,
    /// A month.
    Month,
    /// A day.
    Day,
}

impl PartialDate {
    /// A year, from 1 to 9999.
    pub fn from_year(year: i32) -> Option<PartialDate> {
        (1..=9999).contains(&year).then_some(PartialDate {
            year,
            month: None,
            day: None,
        })
    }

    /// A month (1 to 12) of a year.
    pub fn from_month(year: i32, month: u8) -> Option<PartialDate> {
        ((1..=9999).contains(&year) && (1..=12).contains(&month)).then_some(PartialDate {
            year,
            month: Some(month),
            day: None,
        })
    }

    /// A day.
    pub fn from_date(date: Date) -> PartialDate {
        PartialDate {
            year: date.year,
            month: Some(date.month),
            day: Some(date.day),
        }
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12, when written.
    pub fn month(&self) -> Option<u8> {
        self.month
    }

    /// The day of the month, when written (then the month is too).
    pub fn day(&self) -> Option<u8> {
        self.day
    }

    /// How precise it is.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The day, when the precision is a day.
    pub fn to_date(&self) -> Option<Date> {
        Date::new(self.year, self.month?, self.day?)
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl FromStr for PartialDate {
    type Err = DateParseError;

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    fn from_str(s: &str) -> Result<PartialDate, DateParseError> {
        let bad = || DateParseError::new(s, ParseProblem::NotADate);
        let mut parts = s.split('-');
        let number = |p: Option<&str>, len: usize| -> Option<u32> {
            p.filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()))
                .and_then(|p| p.parse().ok())
        };
        let year = number(parts.next(), 4).ok_or_else(bad)? as i32;
        let date = match parts.next() {
            None => PartialDate::from_year(year),
            Some(m) => {
                let month = number(Some(m), 2).ok_or_else(bad)? as u8;
                match parts.next() {
                    None => PartialDate::from_month(year, month),
                    Some(d) => {
                        let day = number(Some(d), 2).ok_or_else(bad)? as u8;
                        Date::new(year, month, day).map(PartialDate::from_date)
                    }
                }
            }
        };
        if parts.next().is_some() {
            return Err(bad());
        }
        date.ok_or_else(|| DateParseError::new(s, ParseProblem::NoSuchDay))
    }
}

/// The value of a date mention: one date, or a range `start/end` that does not end before it
/// starts, each end at its written precision. Serialized as ISO 8601: `"2023-05-31"`,
/// `"2022-09"`, `"2022"`, `"2024-05-03/2024-05-05"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateValue {
    start: PartialDate,
    end: Option<PartialDate>,
}

impl DateValue {
    /// One date.
    pub fn single(date: PartialDate) -> DateValue {
        DateValue {
            start: date,
            end: None,
        }
    }

    /// A range, if it does not end before it starts.
    pub fn range(start: PartialDate, end: PartialDate) -> Option<DateValue> {
        (start <= end).then_some(DateValue {
            start,
            end: Some(end),
        })
    }

    /// The date, or the start of the range.
    pub fn start(&self) -> PartialDate {
        self.start
    }

    /// The end of the range, if it is one.
    pub fn end(&self) -> Option<PartialDate> {
        self.end
    }

    /// The day, when the value is one day (not a range, not a month or a year).
    pub fn to_date(&self) -> Option<Date> {
        if self.end.is_none() {
            self.start.to_date()
        } else {
            None
        }
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.end {
            None => write!(f, "{}", self.start),
            Some(end) => write!(f, "{}/{}", self.start, end),
        }
    }
}

impl FromStr for DateValue {
    type Err = DateParseError;

    /// Parses a date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) or a range of two (`START/END`).
    fn from_str(s: &str) -> Result<DateValue, DateParseError> {
        match s.split_once('/') {
            None => Ok(DateValue::single(s.parse()?)),
            Some((a, b)) => DateValue::range(a.parse()?, b.parse()?)
                .ok_or_else(|| DateParseError::new(s, ParseProblem::Backwards)),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for DateValue {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for DateValue {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<DateValue, D::Error> {
        let s = <std::borrow::Cow<'_, str> as serde::Deserialize>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_arithmetic() {
        let d = Date::new(2023, 5, 31).unwrap();
        assert_eq!(d.weekday(), 2); // a Wednesday
        assert_eq!(d.add_days(1).unwrap().to_string(), "2023-06-01");
        assert_eq!(
            Date::new(2024, 3, 1)
                .unwrap()
                .add_days(-1)
                .unwrap()
                .to_string(),
            "2024-02-29"
        );
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        for days in [-700_000, -1, 0, 59, 10_000, 2_000_000] {
            assert_eq!(Date::from_days(days).unwrap().to_days(), days);
        }
        assert!(Date::new(2023, 2, 29).is_none());
        assert!(Date::new(2023, 13, 1).is_none());
        assert!(Date::new(0, 1, 1).is_none());
    }

    #[test]
    fn values_round_trip_as_iso_8601() {
        for s in [
            "2023-05-31",
            "2022-09",
            "2022",
            "2024-05-03/2024-05-05",
            "2015/2020",
            "2017-10-29/2017-11-03",
        ] {
            assert_eq!(s.parse::<DateValue>().unwrap().to_string(), s);
        }
        for bad in [
            "2023-02-30",
            "23-05-31",
            "2023-5-31",
            "2023/",
            "x",
            "2023-13",
            "2023-05-31-1",
            "2024-05-05/2024-05-03",
        ] {
            assert!(bad.parse::<DateValue>().is_err(), "{bad}");
        }
        assert_eq!(
            "2022-09".parse::<PartialDate>().unwrap().precision(),
            Precision::Month
        );
        let err = "2023-02-30".parse::<Date>().unwrap_err();
        assert_eq!(err.to_string(), "no such day: \"2023-02-30\"");
        assert_eq!(err.input(), "2023-02-30");
        let err = "2024/2023".parse::<DateValue>().unwrap_err();
        assert_eq!(
            err.to_string(),
            "the range ends before it starts: \"2024/2023\""
        );
    }
}
