//! Reading a match token by token: the numbers, months and weekdays of each family, and the
//! impossible days rejected. Numeric dates are read in `numeric`, ranges of months, years and
//! days in `ranges`, parts of periods, relative references and feasts in `relative`.

use super::periods;
use super::{context, numeric, ranges, relative, tense};
use super::{Direction, Family, RawDate, Reading, Relative, Written};
use crate::lexicon::{english_month_number, month_number};
use crate::text::NormalizedText;
use crate::types::calendar::{days_in_month, Date};

/// The tokens of a matched date: numbers, words and separators.
pub(super) fn tokens(s: &str) -> impl Iterator<Item = &str> {
    let mut rest = s;
    // Byte by byte through ASCII (a folded date is), a character outside it read whole.
    std::iter::from_fn(move || {
        let lead = rest
            .bytes()
            .take_while(|&b| b == b' ' || b == b'\t')
            .count();
        rest = &rest[lead..];
        let bytes = rest.as_bytes();
        let first = *bytes.first()?;
        let len = if first.is_ascii_digit() {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            // "1er" is one token.
            if bytes[digits..].starts_with(b"er") {
                digits + 2
            } else {
                digits
            }
        } else if first.is_ascii_alphabetic() {
            word_len(rest)
        } else if first.is_ascii() {
            1
        } else {
            let first = rest.chars().next()?;
            if first.is_alphabetic() {
                word_len(rest)
            } else {
                first.len_utf8()
            }
        };
        let (token, tail) = rest.split_at(len);
        rest = tail;
        Some(token)
    })
}

/// The length of the word that `text` starts with: letters, apostrophes and hyphens.
fn word_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            if !(b.is_ascii_alphabetic() || b == b'\'' || b == b'-') {
                break;
            }
            i += 1;
        } else {
            match text[i..].chars().next() {
                Some(c) if crate::text::boundary::is_letter(c) => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// The numbers 2 to 16 in words, from two.
const NUMBER_WORDS: [&str; 15] = [
    "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
    "treize", "quatorze", "quinze", "seize",
];

/// A number from 1 to 69 written in words ("premier", "quinze", "dix-huit", "vingt-et-un",
/// "soixante-sept").
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
        "quarante" => 40,
        "cinquante" => 50,
        "soixante" => 60,
        "dix" if rest.is_some() => 10,
        _ => return unit(word),
    };
    match rest {
        None => Some(tens),
        Some(rest) => Some(tens + unit(rest).filter(|&u| u < 10)?),
    }
}

pub(super) fn day_number(token: &str) -> Option<u8> {
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

/// A single textual date: "31 mai 2023", "samedi, 14 mars", "12 juin 88", "le 12 courant"
/// (the reference's month), "le 2e jour de juin", "le dernier jour de février 2024".
fn read_text(toks: &[&str], matched: &str, start: usize, text: &NormalizedText) -> Option<RawDate> {
    let folded = text.as_str();
    let mut end = start + matched.len();
    // "15 févr. 21": an abbreviation's full stop is no part of what follows.
    let without_stops: Vec<&str>;
    let mut toks = toks;
    if toks.contains(&".") {
        without_stops = toks.iter().copied().filter(|&t| t != ".").collect();
        toks = &without_stops;
    }
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
        // A line that ends before a capital ends a phrase: "Bangui, le 15 juin 88" above the
        // body (a line wrapped inside a sentence goes on in lower case).
        let line_ends = text.line_break_after(end)
            && text.input()[text.to_input(end)..]
                .trim_start()
                .starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit());
        if year_to_check
            && next.starts_with(|c: char| c.is_ascii_alphanumeric())
            && !time_follows
            && !line_ends
        {
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
            two_digit = Some(numeric::two_digit_year(yy.parse().ok()?));
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

/// The most tokens a match may hold to be read.
const MAX_TOKENS: usize = 48;

/// The most bytes of a short match, read with a small buffer of tokens (a token holds one
/// byte at least, so no more tokens than that).
const SHORT_MATCH: usize = 16;

/// The date a match of `family` says, `start` being where `matched` starts in the folded
/// text; `None` for an impossible day or a range that goes backwards.
pub(super) fn read(
    family: Family,
    matched: &str,
    start: usize,
    text: &NormalizedText<'_>,
) -> Option<RawDate> {
    // The tokens on the stack: a date holds a few dozen at most (longer matches are none).
    // Most matches are short: a small buffer for them, less to set up.
    if matched.len() <= SHORT_MATCH {
        read_tokens(family, matched, start, text, &mut [""; SHORT_MATCH])
    } else {
        read_tokens(family, matched, start, text, &mut [""; MAX_TOKENS])
    }
}

/// [`read`] with `buffer` for the tokens of `matched` (`None` when they do not fit).
fn read_tokens<'m>(
    family: Family,
    matched: &'m str,
    start: usize,
    text: &NormalizedText<'_>,
    buffer: &mut [&'m str],
) -> Option<RawDate> {
    let n = tokens_into(matched, buffer)?;
    let toks = &buffer[..n];
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
            let a = numeric::read_numeric(toks[..split].iter().copied())?;
            let b = numeric::read_numeric(toks[split..].iter().copied())?;
            raw(Reading::Range(a, b))
        }
        Family::RangeText | Family::RangeAnd | Family::RangeSlash => {
            raw(read_textual_range(family, toks)?)
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
        Family::RangeMonths => raw(ranges::months(toks)?),
        Family::YearSpan | Family::Decade => ranges::years(family, toks, matched, start, text),
        Family::RangeDays => raw(ranges::days(toks, end, text.as_str())?),
        Family::Text => read_text(toks, matched, start, text),
        Family::English => raw(read_english(toks, matched, start, text)?),
        Family::Holiday => relative::read_holiday(toks, start, end, text),
        Family::Numeric => numeric::read_match(matched, start, text.as_str()),
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
            let (a, b) = relative::read_part(matched)?;
            raw(Reading::Range(a, b))
        }
        Family::PartRelative => Some(RawDate {
            // "d'ici l'été", "avant l'été": the preposition stays outside.
            start: start
                + ["d'ici", "avant", "apres", "depuis", "des"]
                    .iter()
                    .map(|p| outside_preposition(matched, p))
                    .max()
                    .unwrap_or(0),
            end,
            reading: relative::read_part_relative(matched, start, end, text.as_str())?,
        }),
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
        Family::Relative => read_relative_match(toks, matched, start, text),
    }
}

/// The tokens of `matched` in `buffer` (none when it holds too few), "vingt et un" as one
/// number; how many there are.
fn tokens_into<'m>(matched: &'m str, buffer: &mut [&'m str]) -> Option<usize> {
    let mut n = 0;
    for token in tokens(matched) {
        *buffer.get_mut(n)? = token;
        n += 1;
    }
    // "vingt et un" is one number.
    let mut i = 0;
    while i + 2 < n {
        if matches!(buffer[i], "vingt" | "trente") && buffer[i + 1] == "et" && buffer[i + 2] == "un"
        {
            buffer[i] = if buffer[i] == "vingt" {
                "vingt-et-un"
            } else {
                "trente-et-un"
            };
            buffer.copy_within(i + 3..n, i + 1);
            n -= 2;
        } else {
            i += 1;
        }
    }
    Some(n)
}

/// A range of textual dates ("du 3 au 5 mai 2024", "7, 8 et 9 janvier 2015", "29
/// octobre/3 novembre 2017"): the first takes the month and the year of the last.
fn read_textual_range(family: Family, toks: &[&str]) -> Option<Reading> {
    let parts = read_textual(toks);
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
    Some(Reading::Range(a, b))
}

/// A date written in English ("April 3, 2024", "3 April 2024", "22-mar-2007") at
/// `start` of the folded text.
fn read_english(
    toks: &[&str],
    matched: &str,
    start: usize,
    text: &NormalizedText<'_>,
) -> Option<Reading> {
    let end = start + matched.len();
    // "22-mar-2007": a word token holds the hyphen and what follows it.
    let parts = || toks.iter().flat_map(|t| t.split('-'));
    let day = parts().find_map(|t| day_number(t).filter(|_| t.len() <= 2))?;
    let month = parts().find_map(|t| english_month_number(t).or_else(|| month_number(t)))?;
    let year = parts().find_map(year_number)?;
    // "3 April, 2000 soldiers": a year after the month and a comma only before the
    // end of a phrase, as in French ("29 October, 2025.").
    let before_year = matched
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    let month_and_comma = before_year.strip_suffix(',').is_some_and(|before| {
        let word = before.rsplit([' ', '\t']).next().unwrap_or(before);
        english_month_number(word.trim_end_matches('.')).is_some()
    });
    let next = text.as_str()[end..].trim_start_matches([' ', '\t']);
    // (A date alone on its line of the input is a phrase: "21 Feb, 2024" over the
    // body, which the view joins to it.)
    let alone = text.line_starts_at(start) && text.line_break_after(end);
    if month_and_comma && !alone && next.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return None;
    }
    let date = Date::new(year, month, day)?;
    Some(Reading::Single(Written {
        year: Some(date.year()),
        month: Some(date.month()),
        day: Some(date.day()),
    }))
}

/// A relative date ("hier", "mardi prochain", "il y a un an") at `start` of the folded
/// text: its reading, a weekday or a weekend in a clause about the future the coming one;
/// none at a name's end or before the weekend's dates; the mention without the contraction
/// before it ("au cours des deux dernières années").
fn read_relative_match(
    toks: &[&str],
    matched: &str,
    start: usize,
    text: &NormalizedText<'_>,
) -> Option<RawDate> {
    let end = start + matched.len();
    let reading = match relative::read_relative(toks, start, end, text)? {
        // "le ministre se rendra à Niamey vendredi": the coming Friday.
        Reading::Relative(Relative::Weekday(day, Direction::Nearest))
            if tense::in_the_future(text, start, end) =>
        {
            Reading::Relative(Relative::Weekday(day, Direction::Coming))
        }
        // "les ministres se réuniront le week-end": the coming one.
        Reading::Relative(Relative::NearestWeekend(Direction::Nearest))
            if tense::in_the_future(text, start, end) =>
        {
            Reading::Relative(Relative::NearestWeekend(Direction::Coming))
        }
        reading => reading,
    };
    if context::ends_a_name(toks, text.input(), text.to_input(start)) {
        return None;
    }
    // "le week-end des 9 et 10 juillet", "le week-end du 4 mai": the weekend its dates
    // tell, no relative date.
    if matches!(reading, Reading::Relative(Relative::NearestWeekend(_)))
        && dated_by_what_follows(&text.as_str()[end..])
    {
        return None;
    }
    // "il y a un an": the search starts at "y" when "il" is four words before the
    // anchor; the mention starts at "il".
    let before = text.as_str()[..start].trim_end_matches([' ', '\t']);
    let start = match before.strip_suffix("il") {
        Some(rest)
            if matched.starts_with('y') && !rest.ends_with(|c: char| c.is_ascii_alphanumeric()) =>
        {
            rest.len()
        }
        // "au cours des deux dernières années", "du seul mois dernier": the
        // contraction (and "seul") stays outside.
        _ => {
            let of = ["des", "du"]
                .iter()
                .map(|contraction| outside_preposition(matched, contraction))
                .sum::<usize>();
            start + of + outside_preposition(&matched[of..], "seul")
        }
    };
    Some(RawDate {
        start,
        end,
        reading,
    })
}

/// True when `after` (folded, what follows a weekend) opens with its days: "des 9 et 10
/// juillet", "du 4 mai", "du premier au 3 mai".
fn dated_by_what_follows(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    ["des", "du"].iter().any(|preposition| {
        after
            .strip_prefix(preposition)
            .filter(|rest| rest.starts_with([' ', '\t']))
            .map(|rest| rest.trim_start_matches([' ', '\t']))
            .is_some_and(|day| {
                day.starts_with(|c: char| c.is_ascii_digit()) || day.starts_with("premier ")
            })
    })
}

/// The length of `preposition` and the blanks after it where `matched` opens with them.
fn outside_preposition(matched: &str, preposition: &str) -> usize {
    matched
        .strip_prefix(preposition)
        .filter(|rest| rest.starts_with([' ', '\t']))
        .map_or(0, |rest| {
            matched.len() - rest.trim_start_matches([' ', '\t']).len()
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`tokens`] as it read before, character by character.
    fn tokens_by_chars(s: &str) -> Vec<&str> {
        let mut rest = s;
        std::iter::from_fn(move || {
            rest = rest.trim_start_matches([' ', '\t']);
            let first = rest.chars().next()?;
            let len = if first.is_ascii_digit() {
                let digits = rest
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(rest.len());
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
        .collect()
    }

    #[test]
    fn tokens_of_dates() {
        let text = "du 1er au 3 mai 2024, jusqu'a mi-juin\t(ramadan) 12/03 e\u{301}te\u{301} ب 2e";
        assert_eq!(tokens(text).collect::<Vec<_>>(), tokens_by_chars(text));
        assert_eq!(
            tokens("le 1er mai").collect::<Vec<_>>(),
            ["le", "1er", "mai"]
        );
    }

    proptest::proptest! {
        #[test]
        fn tokens_as_character_by_character(text in "([a-z0-9 \t',./()-]|er|é|e\u{301}|ب|\u{a0}|«){0,30}") {
            proptest::prop_assert_eq!(tokens(&text).collect::<Vec<_>>(), tokens_by_chars(&text));
        }
    }
}
