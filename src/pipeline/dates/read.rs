//! Reading a match token by token: the numbers, months and weekdays of each family, and the
//! impossible days rejected.

use super::periods::{self, season_start, Part, Period, Unit};
use super::{Direction, Family, RawDate, Reading, Relative, Written};
use crate::lexicon::{english_month_number, month_number, weekday_number};
use crate::text::boundary::word_before;
use crate::text::NormalizedText;
use crate::types::calendar::{days_in_month, Date};

/// The tokens of a matched date: numbers, words and separators.
pub(super) fn tokens(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches([' ', '\t']);
        let first = rest.chars().next()?;
        let len = if first.is_ascii_digit() {
            let digits = rest
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len());
            // "1er" is one token.
            if rest[digits..].starts_with("er") {
                digits + 2
            } else {
                digits
            }
        } else if first.is_alphabetic() {
            rest.find(|c: char| !(crate::text::boundary::is_letter(c) || c == '\'' || c == '-'))
                .unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let (token, tail) = rest.split_at(len);
        rest = tail;
        Some(token)
    })
}

/// The numbers 2 to 16 in words, from two.
const NUMBER_WORDS: [&str; 15] = [
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
    "treize", "quatorze", "quinze", "seize",
];

/// A number from 1 to 39 written in words ("premier", "quinze", "dix-huit", "vingt-et-un").
pub(super) fn number_in_words(word: &str) -> Option<u8> {
    let unit = |w: &str| match w {
        "un" | "premier" => Some(1),
        _ => NUMBER_WORDS
            .iter()
            .position(|n| *n == w)
            .map(|i| i as u8 + 2),
    };
    let (tens, rest) = match word.split_once('-') {
        Some((tens, rest)) => (tens, Some(rest.trim_start_matches("et-"))),
        None => (word, None),
    };
    let tens = match tens {
        "vingt" => 20,
        "trente" => 30,
        "dix" if rest.is_some() => 10,
        _ => return unit(word),
    };
    match rest {
        None => Some(tens),
        Some(rest) => Some(tens + unit(rest).filter(|&u| u < 10)?),
    }
}

fn day_number(token: &str) -> Option<u8> {
    match token {
        "1er" => Some(1),
        _ if token.starts_with(|c: char| c.is_ascii_digit()) => (token.len() <= 2)
            .then(|| token.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d)),
        _ => number_in_words(token).filter(|d| (1..=31).contains(d)),
    }
}

/// Where the first word of `s` that names a month starts.
pub(super) fn first_month_word(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    (0..s.len()).find(|&i| {
        (i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\'')) && {
            let word = &s[i..];
            let len = word
                .find(|c: char| !c.is_ascii_alphabetic())
                .unwrap_or(word.len());
            month_number(&word[..len]).is_some()
        }
    })
}

pub(super) fn year_number(token: &str) -> Option<i32> {
    (token.len() == 4).then(|| token.parse().ok()).flatten()
}

/// Reads textual parts: `[weekday] day [month [year]]` sequences, as a list of partial dates.
fn read_textual(tokens: &[&str]) -> Vec<Written> {
    let mut out: Vec<Written> = Vec::new();
    for &t in tokens {
        // "sept" is a month after a day ("3 sept. 2022"), a day before a month.
        let month_awaited = out.last().is_some_and(|w| w.month.is_none());
        if let Some(m) = month_number(t).filter(|_| month_awaited) {
            if let Some(last) = out.last_mut() {
                last.month = Some(m);
            }
        } else if let Some(day) = day_number(t) {
            out.push(Written {
                year: None,
                month: None,
                day: Some(day),
            });
        } else if let Some(m) = month_number(t) {
            if let Some(last) = out.last_mut() {
                last.month = Some(m);
            }
        } else if let Some(y) = year_number(t) {
            if let Some(last) = out.last_mut() {
                last.year = Some(y);
            }
        }
    }
    out
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
/// (single spaces), `yyyy-m-d` (any one separator), or `yyyy-mm` (a month).
fn read_numeric(tokens: &[&str]) -> Option<Written> {
    let numbers: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    // One separator throughout: "31-5-2023", not "31/5-2023"; none between spaced numbers.
    let separators: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| matches!(*t, "/" | "." | "-"))
        .collect();
    let same = separators.windows(2).all(|w| w[0] == w[1]);
    match numbers[..] {
        // "2019-03": a month, unless it is two years ("2011-12" is the season 2011–2012).
        [y, m] if y.len() == 4 && m.len() == 2 && separators == ["-"] => {
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
            if !(same && (separators.len() == 2 || (separators.is_empty() && c.len() == 4))) {
                return None;
            }
            let (year, month, day) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
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

/// A single textual date: "31 mai 2023", "samedi, 14 mars", "12 juin 88", "le 12 courant"
/// (the reference's month), "le 2e jour de juin", "le dernier jour de février 2024".
fn read_text(toks: &[&str], matched: &str, start: usize, folded: &str) -> Option<RawDate> {
    let mut end = start + matched.len();
    let single = |w: Written, end: usize| {
        valid_or_open(w).then_some(RawDate {
            start,
            end,
            reading: Reading::Single(w),
        })
    };
    if toks.last() == Some(&"courant") {
        let day = day_number(toks.first()?)?;
        return single(
            Written {
                year: None,
                month: None,
                day: Some(day),
            },
            end,
        );
    }
    if let Some(at) = toks.iter().position(|&t| t == "jour") {
        // "2e" is read as "2" and "e".
        let ordinal = toks[..at]
            .iter()
            .rev()
            .find(|t| !matches!(**t, "e" | "eme" | "ieme"))?;
        let day = match *ordinal {
            "premier" => 1,
            "dernier" => periods::LAST_DAY,
            _ => ordinal
                .trim_end_matches(|c: char| c.is_ascii_alphabetic())
                .parse()
                .ok()
                .filter(|d| (1..=31).contains(d))?,
        };
        let w = Written {
            year: toks.iter().find_map(|t| year_number(t)),
            month: toks.iter().find_map(|t| month_number(t)),
            day: Some(day),
        };
        return single(w, end);
    }
    let mut toks = toks;
    // A two-digit year, or a year after a comma, only before the end of a phrase: "le 12 juin
    // 88.", not "le 12 juin 15 soldats" nor "le 3 mai, 2000 soldats".
    if let [.., month, last] = toks {
        let after_comma = matched
            .trim_end_matches(|c: char| c.is_ascii_digit())
            .trim_end()
            .ends_with(',');
        let short = last.len() == 2 && last.bytes().all(|b| b.is_ascii_digit());
        let year_to_check = (month_number(month).is_some() && short)
            || (after_comma && year_number(last).is_some());
        let next = folded[end..].trim_start_matches([' ', '\t']);
        // A time may follow: "29 avril, 2020 à 9:34".
        let time_follows = next.strip_prefix('a').is_some_and(|r| {
            r.trim_start_matches([' ', '\t'])
                .starts_with(|c: char| c.is_ascii_digit())
                && r.starts_with([' ', '\t'])
        });
        if year_to_check && next.starts_with(|c: char| c.is_ascii_alphanumeric()) && !time_follows {
            // Keep the date without the year.
            let cut = matched[..matched.len() - last.len()].trim_end_matches([' ', '\t', ',']);
            end = start + cut.len();
            toks = &toks[..toks.len() - 1];
            if let [.., ","] = toks {
                toks = &toks[..toks.len() - 1];
            }
        }
    }
    // "12 juin 88": the two-digit year is read apart (it would read as a day).
    let mut two_digit = None;
    if let [.., month, yy] = toks {
        if yy.len() == 2 && month_number(month).is_some() {
            two_digit = Some(two_digit_year(yy.parse().ok()?));
            toks = &toks[..toks.len() - 1];
        }
    }
    let mut parts = read_textual(toks);
    if let (Some(last), Some(year)) = (parts.last_mut(), two_digit) {
        last.year = Some(year);
    }
    let [w] = parts[..] else { return None };
    single(w, end)
}

/// A feast: its day of the year written after it, or of the reference's year; Easter by the
/// computus; the feasts of the lunar calendar relative, without a value. "Noël" before a
/// capitalised word is a first name ("Noël Mamère"), "armistice" a feast only capitalised.
fn read_holiday(
    toks: &[&str],
    start: usize,
    end: usize,
    text: &NormalizedText<'_>,
) -> Option<RawDate> {
    let year = toks.iter().find_map(|t| year_number(t));
    let input = text.input();
    let at = text.to_input(start);
    let capitalised = input[at..].starts_with(|c: char| c.is_uppercase());
    let first = *toks.first()?;
    let day = |month, day| {
        Reading::Single(Written {
            year,
            month: Some(month),
            day: Some(day),
        })
    };
    let after = &input[text.to_input(end)..];
    // "Noël Mamère", "Toussaint Louverture": first names.
    let before_a_name = year.is_none()
        && after
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_uppercase());
    let previous = word_before(text.as_str(), start);
    let reading = match first {
        "noel" if previous != "pere" && !before_a_name => day(12, 25),
        "saint-sylvestre" => day(12, 31),
        "toussaint" if !before_a_name => day(11, 1),
        "jour" | "nouvel" => day(1, 1),
        "fete" => day(5, 1),
        "armistice" if capitalised => day(11, 11),
        // "l'île de Pâques" is a place.
        "paques" if !text.as_str()[..start].trim_end().ends_with("ile de") => Reading::Easter(year),
        "ramadan" | "aid" | "tabaski" => Reading::Relative(Relative::Lunar),
        _ => return None,
    };
    Some(RawDate {
        start,
        end,
        reading,
    })
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

/// True when `w` is a possible day, or a day of the reference's month ("le 12 courant").
fn valid_or_open(w: Written) -> bool {
    match (w.month, w.day) {
        (None, Some(d)) => (1..=31).contains(&d),
        (Some(_), Some(periods::LAST_DAY)) => true,
        _ => valid(w),
    }
}

fn valid(w: Written) -> bool {
    match (w.month, w.day) {
        (Some(m), Some(d)) => {
            let max = w
                .year
                .map_or(if m == 2 { 29 } else { days_in_month(2000, m) }, |y| {
                    days_in_month(y, m)
                });
            d >= 1 && d <= max
        }
        (Some(m), None) => (1..=12).contains(&m),
        (None, None) => w.year.is_some(),
        (None, Some(_)) => false,
    }
}

/// The date a match of `family` says, `start` being where `matched` starts in the folded
/// text; `None` for an impossible day or a range that goes backwards.
pub(super) fn read(
    family: Family,
    matched: &str,
    start: usize,
    text: &NormalizedText<'_>,
) -> Option<RawDate> {
    let mut toks: Vec<&str> = tokens(matched).collect();
    // "vingt et un" is one number.
    while let Some(i) = toks
        .windows(3)
        .position(|w| matches!(w[0], "vingt" | "trente") && w[1] == "et" && w[2] == "un")
    {
        toks[i] = if toks[i] == "vingt" {
            "vingt-et-un"
        } else {
            "trente-et-un"
        };
        toks.drain(i + 1..i + 3);
    }
    let end = start + matched.len();
    let raw = |reading| {
        Some(RawDate {
            start,
            end,
            reading,
        })
    };
    match family {
        Family::RangeNum => {
            let split = toks.iter().position(|&t| t == "au")?;
            let a = read_numeric(&toks[..split])?;
            let b = read_numeric(&toks[split..])?;
            raw(Reading::Range(a, b))
        }
        Family::RangeText | Family::RangeAnd | Family::RangeSlash => {
            let parts = read_textual(&toks);
            // "7, 8 et 9 janvier 2015" runs from the first day to the last.
            let (mut a, b) = match parts[..] {
                [a, b] => (a, b),
                [a, ref middle @ .., b] if family == Family::RangeAnd => {
                    middle.iter().all(|w| w.month.is_none()).then_some(())?;
                    (a, b)
                }
                _ => return None,
            };
            if a.month.is_none() {
                a.month = b.month;
            }
            if a.year.is_none() && a.month == b.month {
                a.year = b.year;
            }
            if !(valid(a) && valid(b)) {
                return None;
            }
            // A day range within one month must go forward: "5-3 mai" is not a range.
            if a.month == b.month && a.year == b.year && a.day >= b.day {
                return None;
            }
            raw(Reading::Range(a, b))
        }
        Family::RangeYears => {
            let years: Vec<i32> = toks.iter().filter_map(|t| year_number(t)).collect();
            let [a, b] = years[..] else { return None };
            if a >= b {
                return None;
            }
            let w = |y| Written {
                year: Some(y),
                month: None,
                day: None,
            };
            raw(Reading::Range(w(a), w(b)))
        }
        Family::RangeMonths => {
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
            raw(Reading::Range(w(ya, a), w(yb, b)))
        }
        Family::YearSpan | Family::Decade => {
            let digits = matched.find(|c: char| c.is_ascii_digit())?;
            // "2024-2025" alone is two years only after a word of time: "le budget 2024-2025".
            const TIME_NOUNS: [&str; 11] = [
                "pour", "sur", "periode", "exercice", "saison", "campagne", "annee", "annees",
                "budget", "plan", "entre",
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
        Family::RangeDays => {
            let days: Vec<u8> = toks.iter().filter_map(|t| day_number(t)).collect();
            let [a, b] = days[..] else { return None };
            (a < b && days_alone(text.as_str(), end)).then_some(())?;
            let w = |d| Written {
                year: None,
                month: None,
                day: Some(d),
            };
            raw(Reading::Range(w(a), w(b)))
        }
        Family::Text => read_text(&toks, matched, start, text.as_str()),
        Family::English => {
            let day = toks
                .iter()
                .find_map(|t| day_number(t).filter(|_| t.len() <= 2))?;
            let month = toks.iter().find_map(|t| english_month_number(t))?;
            let year = toks.iter().find_map(|t| year_number(t))?;
            let date = Date::new(year, month, day)?;
            raw(Reading::Single(Written {
                year: Some(date.year()),
                month: Some(date.month()),
                day: Some(date.day()),
            }))
        }
        Family::Holiday => read_holiday(&toks, start, end, text),
        Family::Numeric => {
            // A timestamp's time is outside the date: "2024-04-03T10:00:00Z".
            let date_end = match matched.rfind('t') {
                Some(t) if matched[t + 1..].starts_with(|c: char| c.is_ascii_digit()) => t,
                _ => matched.len(),
            };
            let toks: Vec<&str> = tokens(&matched[..date_end]).collect();
            let first_digit = matched.find(|c: char| c.is_ascii_digit())?;
            let end = start + date_end;
            numeric_stands_alone(text.as_str(), start + first_digit, end).then_some(())?;
            Some(RawDate {
                start,
                end,
                reading: Reading::Single(read_numeric(&toks)?),
            })
        }
        Family::MonthContext => {
            let month = toks.iter().find_map(|t| month_number(t))?;
            let year = toks.iter().find_map(|t| year_number(t));
            raw(Reading::Single(Written {
                year,
                month: Some(month),
                day: None,
            }))
        }
        Family::Part => {
            let (a, b) = read_part(matched)?;
            raw(Reading::Range(a, b))
        }
        Family::PartRelative => {
            // "la fin du mois de mars", "la fin de l'année 2024" name their period: the
            // search goes on from "fin".
            let next = text.as_str()[end..].trim_start_matches([' ', '\t']);
            let names_period = next.starts_with(|c: char| c.is_ascii_digit())
                || ["de ", "d'"].iter().any(|of| {
                    next.strip_prefix(of)
                        .is_some_and(|rest| first_month_word(rest.trim_start()) == Some(0))
                });
            if names_period {
                return None;
            }
            raw(Reading::Relative(read_part_relative(matched)?))
        }
        Family::MonthYear => {
            let month = toks.iter().find_map(|t| month_number(t))?;
            let year = toks.iter().find_map(|t| year_number(t))?;
            raw(Reading::Single(Written {
                year: Some(year),
                month: Some(month),
                day: None,
            }))
        }
        Family::Year => {
            let year_token = toks.last().copied().unwrap_or("");
            let year = year_number(year_token)?;
            if !(1900..=2100).contains(&year) {
                return None;
            }
            Some(RawDate {
                start: end - 4,
                end,
                reading: Reading::Single(Written {
                    year: Some(year),
                    month: None,
                    day: None,
                }),
            })
        }
        Family::Relative => {
            let relative = read_relative(&toks)?;
            if matches!(relative, Relative::Days(0)) && means_nowadays(text.as_str(), start, end) {
                return None;
            }
            // "ce soir-là", "cette nuit-là" are that evening, not the reference's.
            if text.as_str()[end..].starts_with("-la") {
                return None;
            }
            raw(Reading::Relative(relative))
        }
    }
}

/// The words of a part of a period, split at spaces, hyphens and apostrophes.
fn part_words(matched: &str) -> impl Iterator<Item = &str> {
    matched
        .split([' ', '\t', '-', '\''])
        .filter(|w| !w.is_empty())
}

/// "début mars", "mi-juin 2024", "fin 2024", "la seconde quinzaine de mai", "automne 2022".
fn read_part(matched: &str) -> Option<(Written, Written)> {
    let year = part_words(matched).find_map(year_number);
    if let Some(first) = part_words(matched).find_map(season_start) {
        return Some(periods::season(first, year?));
    }
    if let Some(at) = matched
        .find("trimestre")
        .or_else(|| matched.find("semestre"))
    {
        let months = if matched[at..].starts_with('t') { 3 } else { 6 };
        let ordinal = match part_words(matched).next()? {
            "premier" | "1er" => 1,
            "second" | "deuxieme" | "2e" => 2,
            "troisieme" | "3e" => 3,
            "quatrieme" | "4e" => 4,
            _ => 12 / months,
        };
        return periods::quarter(months, ordinal, year?);
    }
    let part = Part::from_word(matched)?;
    match part_words(matched).find_map(month_number) {
        Some(month) => Some(periods::of_month(part, year, month)),
        None => {
            let year = year?;
            (1900..=2100)
                .contains(&year)
                .then(|| periods::of_year(part, year))
        }
    }
}

/// "la fin de l'année", "début de semaine prochaine", "cet automne", "l'été dernier".
fn read_part_relative(matched: &str) -> Option<Relative> {
    let words: Vec<&str> = part_words(matched).collect();
    let part = words
        .iter()
        .find_map(|w| Part::from_word(w))
        .unwrap_or(Part::Whole);
    let period = words.iter().find_map(|w| {
        Some(match *w {
            "semaine" => Period::Week,
            "mois" => Period::Month,
            "annee" => Period::Year,
            _ => Period::Season(season_start(w)?),
        })
    })?;
    let n = match words.last().copied() {
        Some("prochain" | "prochaine") => 1,
        Some("dernier" | "derniere" | "passe" | "passee") => -1,
        _ => 0,
    };
    Some(Relative::Part(part, period, n))
}

fn read_relative(toks: &[&str]) -> Option<Relative> {
    let last = *toks.last()?;
    let shift = |w: &str| match w {
        "derniere" | "dernier" | "passee" | "passe" => -1,
        "prochaine" | "prochain" => 1,
        _ => 0,
    };
    let first = toks.first().copied()?;
    let is_time_of_day = |t: &&str| matches!(*t, "matin" | "soir" | "apres-midi" | "midi" | "nuit");
    // "les quatre derniers mois", "ces deux prochaines semaines".
    if matches!(first, "les" | "ces") {
        let count = toks.get(1)?;
        let n = match count.parse::<i64>() {
            Ok(n) => n,
            Err(_) => i64::from(number_in_words(count)?),
        };
        let unit = match last {
            "jours" => Unit::Day,
            "semaines" => Unit::Week,
            "mois" => Unit::Month,
            _ => Unit::Year,
        };
        let n = if toks.get(2)?.starts_with("dernier") {
            -n
        } else {
            n
        };
        return Some(Relative::Span(unit, n));
    }
    if first == "plus" {
        return Some(if toks.contains(&"semaine") {
            Relative::Week(0)
        } else if toks.contains(&"mois") {
            Relative::Month(0)
        } else {
            Relative::Year(0)
        });
    }
    if toks.iter().any(is_time_of_day) {
        let weekdays: Vec<u8> = toks.iter().filter_map(|t| weekday_number(t)).collect();
        match (first, &weekdays[..]) {
            ("avant-hier" | "hier" | "aujourd'hui" | "demain" | "apres-demain", _) => {}
            (_, &[a, _]) => return Some(Relative::Night(a)),
            (_, &[a]) => return Some(Relative::Weekday(a, Direction::Nearest)),
            _ => return Some(Relative::Days(0)),
        }
    }
    Some(match first {
        "avant-hier" => Relative::Days(-2),
        "hier" => Relative::Days(-1),
        "aujourd'hui" => Relative::Days(0),
        "demain" => Relative::Days(1),
        "apres-demain" => Relative::Days(2),
        "la" | "cette" if toks.contains(&"semaine") => Relative::Week(shift(last)),
        "le" | "ce" if toks.contains(&"week-end") => Relative::Weekend(shift(last)),
        "le" | "ce" if toks.iter().any(|t| t.starts_with("mois")) => Relative::Month(shift(last)),
        "l'annee" | "l'an" | "cette" => Relative::Year(shift(last)),
        day => Relative::Weekday(
            weekday_number(day)?,
            match shift(last) {
                -1 => Direction::Last,
                1 => Direction::Next,
                _ => Direction::Nearest,
            },
        ),
    })
}

/// "aujourd'hui" means "nowadays" in "le monde d'aujourd'hui", "jusqu'à aujourd'hui",
/// "aujourd'hui encore", after a verb of state ("compte aujourd'hui 42 pays", "c'est
/// aujourd'hui un langage"), and before a count ("aujourd'hui (42) États").
fn means_nowadays(folded: &str, start: usize, end: usize) -> bool {
    const STATE_VERBS: [&str; 16] = [
        "est",
        "sont",
        "etait",
        "compte",
        "comptent",
        "reste",
        "restent",
        "demeure",
        "demeurent",
        "constitue",
        "constituent",
        "represente",
        "representent",
        "devenu",
        "devenue",
        "vit",
    ];
    let before = folded[..start].trim_end();
    let after = folded[end..].trim_start();
    let previous = word_before(folded, start);
    before.ends_with("d'")
        || before.ends_with("jusqu'a")
        || before.ends_with("jusqu'")
        || after.starts_with("encore")
        || after.starts_with("plus que jamais")
        || STATE_VERBS.contains(&previous)
        || after
            .trim_start_matches(['(', ' '])
            .starts_with(|c: char| c.is_ascii_digit())
}
