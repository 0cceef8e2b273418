//! Reading ranges of months, years, decades and days: "entre janvier et septembre 2024",
//! "le budget 2024-2025", "les années 80", "du 4 au 9".

use super::read::{day_number, year_number};
use super::{Family, RawDate, Reading, Written};
use crate::lexicon::month_number;
use crate::text::boundary::word_before;
use crate::text::NormalizedText;

/// "entre janvier et septembre 2024", "de janvier à mars", "d'octobre à février 2025".
pub(super) fn months(toks: &[&str]) -> Option<Reading> {
    // "d'octobre" is one token.
    let toks: Vec<&str> = toks
        .iter()
        .map(|t| t.strip_prefix("d'").unwrap_or(t))
        .collect();
    let months: Vec<u8> = toks.iter().filter_map(|t| month_number(t)).collect();
    let years: Vec<(usize, i32)> = toks
        .iter()
        .enumerate()
        .filter_map(|(i, t)| Some((i, year_number(t)?)))
        .collect();
    let [a, b] = months[..] else { return None };
    let split = toks.iter().position(|t| month_number(t) == Some(b))?;
    let year_of = |before: bool| {
        years
            .iter()
            .find(|&&(i, _)| (i < split) == before)
            .map(|&(_, y)| y)
    };
    let (ya, yb) = (year_of(true), year_of(false));
    // "de janvier à mars 2024" is within 2024; "de mars à janvier" goes on to the
    // next year, which the value says.
    let w = |year, month| Written {
        year,
        month: Some(month),
        day: None,
    };
    if ya.is_none() && yb.is_none() && a >= b {
        return None;
    }
    Some(Reading::Range(w(ya, a), w(yb, b)))
}

/// "en 2024-2025", "le budget 2024/2025", "les années 2015 à 2017", "les années 80".
pub(super) fn years(
    family: Family,
    toks: &[&str],
    matched: &str,
    start: usize,
    text: &NormalizedText<'_>,
) -> Option<RawDate> {
    let end = start + matched.len();
    let digits = matched.find(|c: char| c.is_ascii_digit())?;
    // "2024-2025" alone is two years only after a word of time: "le budget 2024-2025".
    const TIME_NOUNS: [&str; 11] = [
        "pour", "sur", "periode", "exercice", "saison", "campagne", "annee", "annees", "budget",
        "plan", "entre",
    ];
    if digits == 0 && !TIME_NOUNS.contains(&word_before(text.as_str(), start)) {
        return None;
    }
    let numbers: Vec<&str> = toks
        .iter()
        .copied()
        .filter(|t| t.starts_with(|c: char| c.is_ascii_digit()))
        .collect();
    let (a, b) = match (family, &numbers[..]) {
        (Family::YearSpan, &[a, b]) => (year_number(a)?, year_number(b)?),
        // "les années 80" are 1980–1989 (two digits are always the 1900s here).
        (_, &[d]) => {
            let decade: i32 = d.parse().ok()?;
            let decade = if d.len() == 2 { 1900 + decade } else { decade };
            (decade, decade + 9)
        }
        _ => return None,
    };
    if !(a < b && (1800..=2200).contains(&a) && b - a <= 100) {
        return None;
    }
    let w = |y| Written {
        year: Some(y),
        month: None,
        day: None,
    };
    let start = if family == Family::YearSpan {
        start + digits
    } else {
        start
    };
    Some(RawDate {
        start,
        end,
        reading: Reading::Range(w(a), w(b)),
    })
}

/// "du 4 au 9": days of the reference's month.
pub(super) fn days(toks: &[&str], end: usize, folded: &str) -> Option<Reading> {
    let days: Vec<u8> = toks.iter().filter_map(|t| day_number(t)).collect();
    let [a, b] = days[..] else { return None };
    (a < b && days_alone(folded, end)).then_some(())?;
    let w = |d| Written {
        year: None,
        month: None,
        day: Some(d),
    };
    Some(Reading::Range(w(a), w(b)))
}

/// True when "du 4 au 9", ending at `end`, is days: not followed by a figure, a sign or a
/// unit ("du 4 au 9 ans", "du 4 au 9 %", "du 4 au 9/10").
fn days_alone(folded: &str, end: usize) -> bool {
    const UNITS: [&str; 12] = [
        "ans", "an", "mois", "jours", "semaines", "heures", "h", "km", "kg", "m", "points", "pour",
    ];
    let next = folded[end..].trim_start_matches([' ', '\t']);
    let mut chars = next.chars();
    let joined = match chars.next() {
        Some(c) if c.is_ascii_digit() || matches!(c, '%' | '/' | '-' | ':') => true,
        Some('.' | ',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        _ => false,
    };
    if joined {
        return false;
    }
    let word = next
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    !UNITS.contains(&word)
}
