//! Reading numeric dates: "07/09/2021", "17/04/19", "2019-7-4", "05 11 2018", "2019-03",
//! "2024-04-03T10:00:00Z"; and what stands around them.

use super::read::tokens;
use super::{RawDate, Reading, Written};
use crate::types::calendar::Date;

/// A numeric date matched at `start` of the folded text.
pub(super) fn read_match(matched: &str, start: usize, folded: &str) -> Option<RawDate> {
    if let Some(day_and_month) = matched.strip_prefix("le ") {
        return yearless(day_and_month, start + 3, folded);
    }
    // A timestamp's time is outside the date: "2024-04-03T10:00:00Z".
    let date_end = match matched.rfind('t') {
        Some(t) if matched[t + 1..].starts_with(|c: char| c.is_ascii_digit()) => t,
        _ => matched.len(),
    };
    let first_digit = matched.find(|c: char| c.is_ascii_digit())?;
    let end = start + date_end;
    numeric_stands_alone(folded, start + first_digit, end).then_some(())?;
    if follows_a_reference_word(&folded[..start]) {
        return None;
    }
    Some(RawDate {
        start,
        end,
        reading: Reading::Single(read_numeric(tokens(&matched[..date_end]))?),
    })
}

/// "le 24/02" (`matched` without its "le ", at `start`, and the character after it): a day
/// and its month, their year the reference's.
fn yearless(matched: &str, start: usize, folded: &str) -> Option<RawDate> {
    let (day, month) = (matched.get(..2)?, matched.get(3..5)?);
    let (day, month) = (day.parse::<u8>().ok()?, month.parse::<u8>().ok()?);
    // (Valid in a leap year: "le 29/02".)
    Date::new(2024, month, day)?;
    let end = start + 5;
    numeric_stands_alone(folded, start, end).then_some(())?;
    Some(RawDate {
        start,
        end,
        reading: Reading::Single(Written {
            year: None,
            month: Some(month),
            day: Some(day),
        }),
    })
}

/// The year a two-digit year stands for: 00–49 are 2000–2049, 50–99 are 1950–1999.
pub(super) fn two_digit_year(yy: i32) -> i32 {
    if yy < 50 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// Reads a numeric date: `d/m/yyyy` or `d/m/yy` (any one separator of `/ . -`), `d m yyyy`
/// (single spaces), `yyyy-m-d` (any one separator), `yyyy-mm` (a month), or `m/d/yyyy` where
/// the day cannot be a month.
pub(super) fn read_numeric<'t>(tokens: impl IntoIterator<Item = &'t str>) -> Option<Written> {
    // The numbers (a date holds two or three: more are none), and the separators: how many,
    // the first, and whether they are all the same ("31-5-2023", not "31/5-2023"; none between
    // spaced numbers).
    let mut numbers = [""; 3];
    let mut count = 0;
    let (mut separators, mut separator, mut same) = (0, "", true);
    for t in tokens {
        if t.bytes().all(|b| b.is_ascii_digit()) {
            *numbers.get_mut(count)? = t;
            count += 1;
        } else if matches!(t, "/" | "." | "-") {
            if separators == 0 {
                separator = t;
            }
            same &= t == separator;
            separators += 1;
        }
    }
    match numbers[..count] {
        // "2019-03": a month, unless it is two years ("2011-12" is the season 2011–2012).
        [y, m] if y.len() == 4 && m.len() == 2 && separators == 1 && separator == "-" => {
            let year: i32 = y.parse().ok()?;
            let month: u8 = m.parse().ok()?;
            if i32::from(month) == (year + 1) % 100 {
                return None;
            }
            (1..=12).contains(&month).then_some(Written {
                year: Some(year),
                month: Some(month),
                day: None,
            })
        }
        [a, b, c] => {
            if !(same && (separators == 2 || (separators == 0 && c.len() == 4))) {
                return None;
            }
            // "7/27/2022": the American order, where the day cannot be a month.
            let american = a.len() <= 2
                && c.len() == 4
                && separators == 2
                && same
                && separator == "/"
                && b.parse::<u8>().is_ok_and(|d| d > 12);
            let (year, month, day) = if a.len() == 4 {
                (a, b, c)
            } else if american {
                (c, a, b)
            } else {
                (c, b, a)
            };
            let year: i32 = match year.len() {
                4 => year.parse().ok()?,
                2 if a.len() <= 2 => two_digit_year(year.parse().ok()?),
                _ => return None,
            };
            let date = Date::new(year, month.parse().ok()?, day.parse().ok()?)?;
            Some(Written {
                year: Some(date.year()),
                month: Some(date.month()),
                day: Some(date.day()),
            })
        }
        _ => None,
    }
}

/// True when the numeric date `folded[start..end]` stands alone: not a piece of a longer
/// number, a version, a phone number or a row of figures ("01 45 67 89 10", "1.2.10.5",
/// "10 12 2015 2016").
fn numeric_stands_alone(folded: &str, start: usize, end: usize) -> bool {
    let bytes = folded.as_bytes();
    let digit_at = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let before = bytes[..start].last().copied();
    let joined_before = matches!(before, Some(b'.' | b'/' | b'-' | b':' | b',')) && start >= 2;
    if before == Some(b'+') || (joined_before && digit_at(start - 2)) {
        return false;
    }
    if matches!(bytes.get(end), Some(b'.' | b'/' | b'-' | b',')) && digit_at(end + 1) {
        return false;
    }
    // Spaced numbers: no figure just before or after.
    if folded[start..end].contains(' ') {
        let prev = folded[..start].trim_end_matches([' ', '\t']);
        let next = folded[end..].trim_start_matches([' ', '\t']);
        if prev.ends_with(|c: char| c.is_ascii_digit() || c == '+')
            || next.starts_with(|c: char| c.is_ascii_digit())
        {
            return false;
        }
    }
    true
}

/// True when the folded text before a numeric date ends with the word of a reference: "N°
/// 12/03/19", "réf. 2019-03", "la loi 2019-7-4", "décret n° 2020-05" number documents.
fn follows_a_reference_word(before: &str) -> bool {
    const WORDS: [&str; 12] = [
        "n°",
        "no",
        "n",
        "ref",
        "reference",
        "numero",
        "loi",
        "decret",
        "arrete",
        "ordonnance",
        "resolution",
        "dossier",
    ];
    let before = before.trim_end_matches([' ', '\t', ':', '.']);
    let word = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '°'))
        .next()
        .unwrap_or("");
    WORDS.contains(&word)
}
