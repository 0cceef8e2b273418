//! Dates: numeric, textual, ranges, years in a temporal context, and relative references.
//!
//! The named families below, one pattern each in one automaton, are matched against the
//! folded text (leftmost first; at one start the families are tried in their order, longest
//! forms first; the pattern that matched names the family). Each match is then read token by
//! token in Rust, where impossible days are rejected; a rejected match lets the search go on
//! from the next character, so "31/02/2023" hides nothing after it.
//!
//! The automaton does not run over the whole text: every date holds an *anchor* (a number, a
//! month, a weekday or a word of [`DATE_WORDS`](crate::lexicon::DATE_WORDS)) and starts at most three words before its
//! first one, so the lazy DFA is only started, anchored, at those few words, where it dies
//! within a few bytes unless a date is there. The gazetteer scan, which reads every word
//! anyway, finds the anchors; [`anchors`] finds them alone. The result is the one a search
//! over the whole text gives (tested against it).
//!
//! | family        | examples                                                          |
//! |---------------|-------------------------------------------------------------------|
//! | `range_num`   | du 03/05/2024 au 05/05/2024                                        |
//! | `range_text`  | du 3 au 5 mai 2024, du 29 octobre au 3 novembre 2017, 3 au 5 mai   |
//! | `range_and`   | 30 et 31 janvier 2025                                              |
//! | `range_slash` | 29 Octobre/3 Novembre 2017, 3-5 mai 2024                           |
//! | `range_years` | de 2015 à 2020, entre 2015 et 2020                                 |
//! | `text`        | 31 mai 2023, 1er juin 2024, mardi 7 septembre 2021, 3 sept. 2022   |
//! | `numeric`     | 31-5-2023, 07/09/2021, 7.9.2021, mardi 07/09/2021, 2023-05-31      |
//! | `month_year`  | septembre 2022, janv. 2024                                         |
//! | `year`        | en 2022, depuis 2015, dès 2019, fin 2022 (the year alone is kept) |
//! | `relative`    | aujourd'hui, hier, lundi, mardi dernier, la semaine prochaine      |

#[cfg(test)]
use crate::hash::{self, WordTable};
#[cfg(test)]
use crate::lexicon::DATE_WORDS;
use crate::lexicon::{
    month_number, weekday_number, DATE_LEADING_WORDS, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS,
};
#[cfg(test)]
use crate::text::boundary;
use crate::text::boundary::{ceil_char_boundary, word_before};
use crate::text::NormalizedText;
use crate::types::calendar::{days_in_month, Date, DateValue, PartialDate};
use once_cell::sync::Lazy;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use std::cell::RefCell;

const DAY: &str = r"(?:1er|premier|[0-3]?[0-9])";
const YEAR: &str = r"[12][0-9]{3}(?-u:\b)";
const NUMERIC: &str =
    r"(?:[0-3]?[0-9][./-][01]?[0-9][./-][12][0-9]{3}|[12][0-9]{3}-[01][0-9]-[0-3][0-9])(?-u:\b)";

/// The families of dates, by priority, named.
static FAMILIES: Lazy<Vec<(&'static str, String)>> = Lazy::new(|| {
    let weekday = format!("(?:{})", WEEKDAYS.join("|"));
    // Only abbreviations take a dot ("sept. 2022"), a full name leaves the sentence's full
    // stop outside ("le 2 juin.").
    let abbreviations: Vec<&str> = MONTH_ABBREVIATIONS.iter().map(|(a, _)| *a).collect();
    let month = format!(
        r"(?:(?:{})(?-u:\b)|(?:{})(?-u:\b)\.?)",
        MONTHS.join("|"),
        abbreviations.join("|")
    );
    let families = [
        (
            "range_num",
            format!(r"(?-u:\b)du (?:{weekday} )?{NUMERIC} au (?:{weekday} )?{NUMERIC}"),
        ),
        (
            "range_text",
            format!(
                r"(?-u:\b)(?:du )?(?:{weekday} )?{DAY}(?: {month}(?: {YEAR})?)? au (?:{weekday} )?{DAY} {month}(?: {YEAR})?"
            ),
        ),
        (
            "range_and",
            format!(r"(?-u:\b){DAY}(?: {month})? et {DAY} {month}(?: {YEAR})?"),
        ),
        (
            "range_slash",
            format!(r"(?-u:\b){DAY}(?: {month})?~[/-]~{DAY} {month}(?: {YEAR})?"),
        ),
        (
            "range_years",
            format!(r"(?-u:\b)(?:de|entre) {YEAR} (?:a|au|et|jusqu'a|jusqu'en) {YEAR}"),
        ),
        (
            "text",
            format!(r"(?-u:\b)(?:{weekday} )?{DAY} {month}(?: {YEAR})?"),
        ),
        ("numeric", format!(r"(?-u:\b)(?:{weekday} )?{NUMERIC}")),
        ("month_year", format!(r"(?-u:\b){month} {YEAR}")),
        (
            "month_context",
            format!(
                r"(?-u:\b)(?:(?:en|depuis|des|avant|apres|jusqu'en|fin|debut|courant) |mi-){month}(?: {YEAR})?"
            ),
        ),
        (
            "year",
            format!(
                r"(?-u:\b)(?:(?:en|depuis|des|avant|apres|jusqu'en|d'ici|d'ici a|fin|debut|courant|l'annee|l'an|annee) |mi-){YEAR}"
            ),
        ),
        (
            "relative",
            format!(
                r"(?-u:\b)(?:avant-hier|apres-demain|aujourd'hui|hier|demain|la semaine (?:derniere|prochaine|passee)|cette semaine|le mois (?:dernier|prochain|passe)|ce mois(?:-ci)?|l'annee (?:derniere|prochaine|passee)|l'an (?:dernier|prochain|passe)|cette annee|le week-end (?:dernier|prochain)|ce week-end|{weekday}(?: (?:dernier|prochain))?)(?-u:\b)"
            ),
        ),
    ];
    // In the families, ' ' stands for one or more spaces or tabs, '~' for any number.
    families
        .into_iter()
        .map(|(name, family)| (name, family.replace(' ', r"[ \t]+").replace('~', r"[ \t]*")))
        .collect()
});

/// True when the folded word `word` anchors dates (see [`DATE_WORDS`]) by its characters: it
/// starts with a digit or holds a character outside ASCII.
#[cfg(test)]
pub(crate) fn is_anchor_by_characters(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_digit()) || !word.is_ascii()
}

/// [`DATE_WORDS`] as a table.
#[cfg(test)]
static DATE_WORD_TABLE: Lazy<WordTable<()>> =
    Lazy::new(|| WordTable::new(DATE_WORDS.iter().map(|w| (w.as_bytes(), ()))));

/// True when the folded word `word` anchors dates (see [`DATE_WORDS`]).
#[cfg(test)]
pub(crate) fn is_anchor(word: &str) -> bool {
    is_anchor_by_characters(word)
        || DATE_WORD_TABLE
            .get(word.as_bytes(), hash::head(word.as_bytes()))
            .is_some()
}

/// The anchors of a folded text, as spans: the words for which [`is_anchor`] is true (the
/// gazetteer scan finds the same while it reads the words): the tests' reference.
#[cfg(test)]
pub(crate) fn anchors(folded: &str) -> Vec<(usize, usize)> {
    boundary::words(folded)
        .filter(|&(s, e)| is_anchor(&folded[s..e]))
        .collect()
}

/// The families, as the patterns of one automaton (a match's pattern is its family).
fn family_patterns() -> Vec<&'static str> {
    FAMILIES.iter().map(|(_, f)| f.as_str()).collect()
}

/// The families as one lazy DFA, for anchored searches. ASCII only (the text is folded).
static DATES: Lazy<Option<DFA>> = Lazy::new(|| {
    DFA::builder()
        .syntax(regex_automata::util::syntax::Config::new().unicode(false))
        .configure(DFA::config().cache_capacity(4 << 20))
        .build_many(&family_patterns())
        .ok()
});

/// The families as a regex that searches the whole text: the reference for the anchored
/// searches, and their fallback should the lazy DFA fail.
static DATES_EVERYWHERE: Lazy<Regex> = Lazy::new(|| {
    Regex::builder()
        .syntax(regex_automata::util::syntax::Config::new().unicode(false))
        .build_many(&family_patterns())
        .expect("the date families compile")
});

thread_local! {
    /// Each thread's cache of the lazy DFA's states.
    static DATES_CACHE: RefCell<Option<Cache>> = const { RefCell::new(None) };
}

/// True when byte `at` of `bytes` starts an ASCII word (`(?-u:\b)` before a letter or digit):
/// where a date may start.
#[inline]
fn starts_ascii_word(bytes: &[u8], at: usize) -> bool {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) && (at == 0 || !is_word(bytes[at - 1]))
}

/// The word starts from which a date that holds the anchor at `anchor` may start, before it:
/// at most three, in order, back through the characters dates are made of, and only words
/// that dates start with (see [`LEADING_WORDS`]).
fn leading_starts(bytes: &[u8], anchor: usize) -> ([usize; 3], usize) {
    let mut found = [0; 3];
    let mut starts = 0;
    let mut at = anchor;
    while at > 0 && starts < 3 {
        let b = bytes[at - 1];
        if !(b.is_ascii_alphanumeric()
            || matches!(b, b' ' | b'\t' | b'\'' | b'-' | b'.' | b'/' | b'_'))
        {
            break;
        }
        at -= 1;
        if starts_ascii_word(bytes, at) {
            found[starts] = at;
            starts += 1;
        }
    }
    // In the text's order (they were found nearest first), keeping the words dates start with.
    let mut out = [0; 3];
    let mut n = 0;
    for &start in found[..starts].iter().rev() {
        if is_leading_word(bytes, start) {
            out[n] = start;
            n += 1;
        }
    }
    (out, n)
}

/// True when the ASCII word that starts at `at` is one of [`LEADING_WORDS`].
fn is_leading_word(bytes: &[u8], at: usize) -> bool {
    let rest = &bytes[at..];
    let len = rest
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    len <= 7
        && DATE_LEADING_WORDS
            .iter()
            .any(|w| w.as_bytes() == &rest[..len])
}

/// A match of the families in the folded text.
#[derive(Clone, Copy, Debug)]
struct Match {
    start: usize,
    end: usize,
    family: &'static str,
}

/// The searches of one document.
enum Search<'a> {
    /// Anchored searches of the lazy DFA at the words around the anchors.
    Anchored {
        dfa: &'a DFA,
        cache: &'a mut Cache,
        anchors: &'a [(usize, usize)],
    },
    /// One regex over the whole text.
    Everywhere,
}

impl Search<'_> {
    /// The leftmost-first match of the families that starts at or after `at`.
    fn next(&mut self, folded: &str, at: usize) -> Option<Match> {
        let (dfa, cache, anchors) = match self {
            Search::Anchored {
                dfa,
                cache,
                anchors,
            } => (&**dfa, &mut **cache, *anchors),
            Search::Everywhere => {
                let m = DATES_EVERYWHERE.search(&Input::new(folded).range(at..))?;
                return Some(Match {
                    start: m.start(),
                    end: m.end(),
                    family: FAMILIES[m.pattern().as_usize()].0,
                });
            }
        };
        let bytes = folded.as_bytes();
        // A date that starts at or after `at` holds an anchor that ends after it.
        let first = anchors.partition_point(|&(_, end)| end <= at);
        let mut tried = at;
        for &(start, end) in &anchors[first..] {
            // The words dates start with up to three words before the anchor, then the word
            // starts of the anchor (one, unless a character outside ASCII splits it), in
            // order; those before `tried` failed already.
            let (leading, n) = leading_starts(bytes, start);
            let inside = (start..end).filter(|&i| i == start || !bytes[i - 1].is_ascii());
            let candidates = leading[..n].iter().copied().chain(inside);
            for candidate in candidates {
                if candidate < tried || !starts_ascii_word(bytes, candidate) {
                    continue;
                }
                let input = Input::new(folded)
                    .range(candidate..)
                    .anchored(Anchored::Yes);
                match dfa.try_search_fwd(cache, &input) {
                    Ok(Some(m)) => {
                        return Some(Match {
                            start: candidate,
                            end: m.offset(),
                            family: FAMILIES[m.pattern().as_usize()].0,
                        })
                    }
                    Ok(None) => {}
                    Err(_) => {
                        *self = Search::Everywhere;
                        return self.next(folded, at);
                    }
                }
            }
            tried = tried.max(end);
        }
        None
    }
}

/// A relative reference, resolved against a reference day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relative {
    /// `n` days from the reference (hier = -1).
    Days(i64),
    /// A weekday (0 = Monday): the most recent one (on or before the reference) with
    /// `Nearest`, strictly before with `Last`, strictly after with `Next`.
    Weekday(u8, Direction),
    /// The week `n` weeks from the reference's (Monday to Sunday).
    Week(i64),
    /// The weekend of the week `n` weeks from the reference's.
    Weekend(i64),
    /// The month `n` months from the reference's.
    Month(i64),
    /// The year `n` years from the reference's.
    Year(i64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Nearest,
    Last,
    Next,
}

/// A date as read, before the year of a yearless date or a relative one is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Written {
    pub year: Option<i32>,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// What a date mention says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reading {
    Single(Written),
    Range(Written, Written),
    Relative(Relative),
}

/// A date found in the folded text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawDate {
    /// Folded-text span.
    pub start: usize,
    pub end: usize,
    pub reading: Reading,
}

impl RawDate {
    /// The value, with `anchor` (the dateline's or the caller's day) for what needs a year
    /// or a reference.
    pub fn resolve(&self, anchor: Option<Date>) -> Option<DateValue> {
        match self.reading {
            Reading::Single(w) => Some(DateValue::single(w.complete(anchor.map(|a| a.year()))?)),
            Reading::Range(a, b) => {
                let year = anchor.map(|d| d.year());
                let end = b.complete(year)?;
                let mut start = a;
                if start.year.is_none() {
                    // "du 28 décembre au 3 janvier 2025" starts the year before.
                    let wraps = matches!((start.month, b.month), (Some(x), Some(y)) if x > y);
                    start.year = Some(end.year - i32::from(wraps));
                }
                let start = start.complete(None)?;
                (start <= end).then(|| DateValue::range(start, end))
            }
            Reading::Relative(r) => resolve_relative(r, anchor?),
        }
    }

    pub fn is_relative(&self) -> bool {
        matches!(self.reading, Reading::Relative(_))
    }
}

impl Written {
    fn complete(self, default_year: Option<i32>) -> Option<PartialDate> {
        let year = self.year.or(default_year)?;
        match (self.month, self.day) {
            (Some(m), Some(d)) => Date::new(year, m, d).map(PartialDate::day),
            (Some(m), None) => PartialDate::month(year, m),
            _ => PartialDate::year(year),
        }
    }
}

fn resolve_relative(r: Relative, anchor: Date) -> Option<DateValue> {
    let day = |d: Date| Some(DateValue::single(PartialDate::day(d)));
    let week_start = |n: i64| anchor.add_days(-i64::from(anchor.weekday()) + 7 * n);
    match r {
        Relative::Days(n) => day(anchor.add_days(n)?),
        Relative::Weekday(wd, dir) => {
            let back = (i64::from(anchor.weekday()) - i64::from(wd)).rem_euclid(7);
            let n = match dir {
                Direction::Nearest => -back,
                Direction::Last if back == 0 => -7,
                Direction::Last => -back,
                Direction::Next => 7 - back,
            };
            day(anchor.add_days(n)?)
        }
        Relative::Week(n) => {
            let monday = week_start(n)?;
            Some(DateValue::range(
                PartialDate::day(monday),
                PartialDate::day(monday.add_days(6)?),
            ))
        }
        Relative::Weekend(n) => {
            let saturday = week_start(n)?.add_days(5)?;
            Some(DateValue::range(
                PartialDate::day(saturday),
                PartialDate::day(saturday.add_days(1)?),
            ))
        }
        Relative::Month(n) => {
            let months = i64::from(anchor.year()) * 12 + i64::from(anchor.month()) - 1 + n;
            let year = i32::try_from(months.div_euclid(12)).ok()?;
            Some(DateValue::single(PartialDate::month(
                year,
                (months.rem_euclid(12) + 1) as u8,
            )?))
        }
        Relative::Year(n) => Some(DateValue::single(PartialDate::year(
            i32::try_from(i64::from(anchor.year()) + n).ok()?,
        )?)),
    }
}

/// Finds every date of the document, in order, without overlap, finding the anchors first.
#[cfg(test)]
pub(crate) fn find(text: &NormalizedText<'_>) -> Vec<RawDate> {
    find_at_anchors(text, &anchors(text.as_str()))
}

/// Finds every date of the document, in order, without overlap, given the anchors of its
/// text: the words dates hold, which the gazetteer scan reports.
pub(crate) fn find_at_anchors(
    text: &NormalizedText<'_>,
    anchors: &[(usize, usize)],
) -> Vec<RawDate> {
    match DATES.as_ref() {
        Some(dfa) => DATES_CACHE.with(|cell| {
            let mut cell = cell.borrow_mut();
            let cache = cell.get_or_insert_with(|| dfa.create_cache());
            find_with(
                text,
                Search::Anchored {
                    dfa,
                    cache,
                    anchors,
                },
            )
        }),
        None => find_with(text, Search::Everywhere),
    }
}

/// Every date of the document, with the searches of `search`.
fn find_with(text: &NormalizedText<'_>, mut search: Search<'_>) -> Vec<RawDate> {
    let folded = text.as_str();
    let mut out = Vec::with_capacity(folded.len() / 512 + 2);
    let mut at = 0;
    while at < folded.len() {
        let Some(m) = search.next(folded, at) else {
            break;
        };
        let whole = &folded[m.start..m.end];
        // Some families keep only part of their match: "en juin" gives "juin".
        let (span_start, span) = match m.family {
            "month_context" => {
                let after = match whole.strip_prefix("mi-") {
                    Some(after) => after,
                    None => whole
                        .trim_start_matches(|c: char| c != ' ' && c != '\t')
                        .trim_start_matches([' ', '\t']),
                };
                (m.end - after.len(), after)
            }
            _ => (m.start, whole),
        };
        // "des" is only "dès" when written with its accent: "des 2000 soldats" is a count.
        if whole.starts_with("des") && !is_des_with_accent(text, m.start) {
            at = past(folded, at, m.end);
            continue;
        }
        match read(m.family, span, span_start, text) {
            Some(raw) => {
                at = past(folded, at, m.end);
                out.push(raw);
            }
            // An impossible single date is no date at all ("30 février 2024" is not February).
            None if matches!(m.family, "text" | "numeric") => at = past(folded, at, m.end),
            // Try again from the next character: a rejected range may hold a good date.
            None => at = past(folded, at, m.start + 1),
        }
    }
    out
}

/// True when the folded "des" at `start` was written "dès".
fn is_des_with_accent(text: &NormalizedText<'_>, start: usize) -> bool {
    let s = text.to_input(start);
    let mut chars = text.input()[s..].chars();
    matches!(chars.next(), Some('d' | 'D'))
        && match chars.next() {
            Some('è' | 'È') => true,
            // The accent as a combining grave (NFD).
            Some('e' | 'E') => chars.next() == Some('\u{300}'),
            _ => false,
        }
}

/// The first char boundary at or after `to`, and after `from`.
fn past(text: &str, from: usize, to: usize) -> usize {
    ceil_char_boundary(text, to.max(from + 1))
}

/// The tokens of a matched date: numbers, words and separators.
fn tokens(s: &str) -> impl Iterator<Item = &str> {
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

fn day_number(token: &str) -> Option<u8> {
    match token {
        "1er" | "premier" => Some(1),
        _ if token.len() <= 2 => token.parse().ok().filter(|d| (1..=31).contains(d)),
        _ => None,
    }
}

fn year_number(token: &str) -> Option<i32> {
    (token.len() == 4).then(|| token.parse().ok()).flatten()
}

/// Reads textual parts: `[weekday] day [month [year]]` sequences, as a list of partial dates.
fn read_textual(tokens: &[&str]) -> Vec<Written> {
    let mut out: Vec<Written> = Vec::new();
    for &t in tokens {
        if let Some(day) = day_number(t) {
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

/// Reads a numeric date: `d/m/yyyy` (any one separator of `/ . -`) or `yyyy-mm-dd`.
fn read_numeric(tokens: &[&str]) -> Option<Written> {
    let numbers: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| t.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let [a, b, c] = numbers[..] else { return None };
    // One separator throughout: "31-5-2023", not "31/5-2023".
    let separators: Vec<&str> = tokens
        .iter()
        .copied()
        .filter(|t| matches!(*t, "/" | "." | "-"))
        .collect();
    if separators.len() != 2 || separators[0] != separators[1] {
        return None;
    }
    let (year, month, day) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    let date = Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?)?;
    Some(Written {
        year: Some(date.year()),
        month: Some(date.month()),
        day: Some(date.day()),
    })
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

fn read(family: &str, matched: &str, start: usize, text: &NormalizedText<'_>) -> Option<RawDate> {
    let toks: Vec<&str> = tokens(matched).collect();
    let end = start + matched.len();
    let raw = |reading| {
        Some(RawDate {
            start,
            end,
            reading,
        })
    };
    match family {
        "range_num" => {
            let split = toks.iter().position(|&t| t == "au")?;
            let a = read_numeric(&toks[..split])?;
            let b = read_numeric(&toks[split..])?;
            raw(Reading::Range(a, b))
        }
        "range_text" | "range_and" | "range_slash" => {
            let parts = read_textual(&toks);
            let [mut a, b] = parts[..] else { return None };
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
        "range_years" => {
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
        "text" => {
            let parts = read_textual(&toks);
            let [w] = parts[..] else { return None };
            valid(w).then_some(())?;
            raw(Reading::Single(w))
        }
        "numeric" => raw(Reading::Single(read_numeric(&toks)?)),
        "month_context" => {
            let month = toks.iter().find_map(|t| month_number(t))?;
            let year = toks.iter().find_map(|t| year_number(t));
            raw(Reading::Single(Written {
                year,
                month: Some(month),
                day: None,
            }))
        }
        "month_year" => {
            let month = toks.iter().find_map(|t| month_number(t))?;
            let year = toks.iter().find_map(|t| year_number(t))?;
            raw(Reading::Single(Written {
                year: Some(year),
                month: Some(month),
                day: None,
            }))
        }
        "year" => {
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
        "relative" => {
            let relative = read_relative(&toks)?;
            if matches!(relative, Relative::Days(0)) && means_nowadays(text.as_str(), start, end) {
                return None;
            }
            raw(Reading::Relative(relative))
        }
        _ => None,
    }
}

fn read_relative(toks: &[&str]) -> Option<Relative> {
    let last = *toks.last()?;
    let shift = |w: &str| match w {
        "derniere" | "dernier" | "passee" | "passe" => -1,
        "prochaine" | "prochain" => 1,
        _ => 0,
    };
    Some(match toks.first().copied()? {
        "avant-hier" => Relative::Days(-2),
        "hier" => Relative::Days(-1),
        "aujourd'hui" => Relative::Days(0),
        "demain" => Relative::Days(1),
        "apres-demain" => Relative::Days(2),
        "la" | "cette" if toks.contains(&"semaine") => Relative::Week(shift(last)),
        "le" | "ce" if toks.contains(&"week-end") => Relative::Weekend(shift(last)),
        "le" | "ce" if toks.contains(&"mois") => Relative::Month(shift(last)),
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

#[cfg(test)]
mod tests {
    use super::*;

    fn values(input: &str, anchor: Option<&str>) -> Vec<(String, Option<String>)> {
        let text = NormalizedText::new(input);
        let anchor = anchor.map(|a| a.parse::<Date>().unwrap());
        find(&text)
            .into_iter()
            .map(|r| {
                let (s, e) = text.to_input_range(r.start, r.end);
                (
                    input[s..e].to_string(),
                    r.resolve(anchor).map(|v| v.to_string()),
                )
            })
            .collect()
    }

    fn check(input: &str, anchor: Option<&str>, expected: &[(&str, Option<&str>)]) {
        let got = values(input, anchor);
        let expected: Vec<(String, Option<String>)> = expected
            .iter()
            .map(|(t, v)| (t.to_string(), v.map(str::to_string)))
            .collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    #[test]
    fn numeric_and_iso() {
        check(
            "Riyad, 31-5-2023",
            None,
            &[("31-5-2023", Some("2023-05-31"))],
        );
        check(
            "le 07/09/2021 et le 7.9.2021",
            None,
            &[
                ("07/09/2021", Some("2021-09-07")),
                ("7.9.2021", Some("2021-09-07")),
            ],
        );
        check(
            "publié 2023-05-31.",
            None,
            &[("2023-05-31", Some("2023-05-31"))],
        );
        check(
            "mardi 07/09/2021",
            None,
            &[("mardi 07/09/2021", Some("2021-09-07"))],
        );
        check(
            "06/06/2022 17:15:00",
            None,
            &[("06/06/2022", Some("2022-06-06"))],
        );
    }

    #[test]
    fn impossible_dates_are_not_dates() {
        check(
            "le 31/02/2023, le 45-13-2023 et le 30 février 2024",
            None,
            &[],
        );
        check(
            "31/02/2023 puis 3 mars 2023",
            None,
            &[("3 mars 2023", Some("2023-03-03"))],
        );
        check(
            "29 février 2024",
            None,
            &[("29 février 2024", Some("2024-02-29"))],
        );
        check("29 février 2023", None, &[]);
    }

    #[test]
    fn textual() {
        check(
            "le 31 mai 2023",
            None,
            &[("31 mai 2023", Some("2023-05-31"))],
        );
        check(
            "le 1er juin 2024",
            None,
            &[("1er juin 2024", Some("2024-06-01"))],
        );
        check(
            "le premier juin 2024",
            None,
            &[("premier juin 2024", Some("2024-06-01"))],
        );
        check(
            "le mardi 7 septembre 2021",
            None,
            &[("mardi 7 septembre 2021", Some("2021-09-07"))],
        );
        check(
            "3 sept. 2022, 4 janv. 2024, 5 févr. 2020",
            None,
            &[
                ("3 sept. 2022", Some("2022-09-03")),
                ("4 janv. 2024", Some("2024-01-04")),
                ("5 févr. 2020", Some("2020-02-05")),
            ],
        );
        check("31 MAI 2023", None, &[("31 MAI 2023", Some("2023-05-31"))]);
        check(
            "le 3\u{a0}août\u{a0}2021",
            None,
            &[("3\u{a0}août\u{a0}2021", Some("2021-08-03"))],
        );
    }

    #[test]
    fn without_year_needs_an_anchor() {
        check("le 3 juin", None, &[("3 juin", None)]);
        check(
            "le 3 juin",
            Some("2023-05-31"),
            &[("3 juin", Some("2023-06-03"))],
        );
        check(
            "mardi 18 mars",
            Some("2025-01-10"),
            &[("mardi 18 mars", Some("2025-03-18"))],
        );
    }

    #[test]
    fn month_and_year() {
        check(
            "en septembre 2022",
            None,
            &[("septembre 2022", Some("2022-09"))],
        );
        check(
            "depuis janv. 2024",
            None,
            &[("janv. 2024", Some("2024-01"))],
        );
    }

    #[test]
    fn months_in_context() {
        check(
            "en juin, depuis juillet 2021, mi-mai",
            Some("2017-11-02"),
            &[
                ("juin", Some("2017-06")),
                ("juillet 2021", Some("2021-07")),
                ("mai", Some("2017-05")),
            ],
        );
        check("en juin", None, &[("juin", None)]);
        check("il mai en", None, &[]);
    }

    #[test]
    fn years_in_context_only() {
        check(
            "en 2022, depuis 2015 et dès 2019",
            None,
            &[
                ("2022", Some("2022")),
                ("2015", Some("2015")),
                ("2019", Some("2019")),
            ],
        );
        check(
            "de 2015 à 2020",
            None,
            &[("de 2015 à 2020", Some("2015/2020"))],
        );
        check(
            "entre 2015 et 2020",
            None,
            &[("entre 2015 et 2020", Some("2015/2020"))],
        );
        check(
            "42 pays, (42), 15e Sommet, 2173 membres, des 2000 soldats, résolution 71/291",
            None,
            &[],
        );
        check("Vision 2030 et Agenda 2063", None, &[]);
        check(
            "fin 2022 et mi-2023",
            None,
            &[("2022", Some("2022")), ("2023", Some("2023"))],
        );
    }

    #[test]
    fn ranges() {
        check(
            "du 3 au 5 mai 2024",
            None,
            &[("du 3 au 5 mai 2024", Some("2024-05-03/2024-05-05"))],
        );
        check(
            "les 30 et 31 janvier 2025",
            None,
            &[("30 et 31 janvier 2025", Some("2025-01-30/2025-01-31"))],
        );
        check(
            "29 Octobre/3 Novembre 2017",
            None,
            &[("29 Octobre/3 Novembre 2017", Some("2017-10-29/2017-11-03"))],
        );
        check(
            "du 28 février au 2 mars 2024",
            None,
            &[(
                "du 28 février au 2 mars 2024",
                Some("2024-02-28/2024-03-02"),
            )],
        );
        check(
            "du 28 décembre au 3 janvier 2025",
            None,
            &[(
                "du 28 décembre au 3 janvier 2025",
                Some("2024-12-28/2025-01-03"),
            )],
        );
        check(
            "3-5 mai 2024",
            None,
            &[("3-5 mai 2024", Some("2024-05-03/2024-05-05"))],
        );
        check(
            "du 03/05/2024 au 05/05/2024",
            None,
            &[("du 03/05/2024 au 05/05/2024", Some("2024-05-03/2024-05-05"))],
        );
        check(
            "du 3 au 5 mai",
            Some("2024-04-01"),
            &[("du 3 au 5 mai", Some("2024-05-03/2024-05-05"))],
        );
    }

    #[test]
    fn relative_dates() {
        let anchor = Some("2023-05-31"); // a Wednesday
        check(
            "Hier, aujourd'hui et demain",
            anchor,
            &[
                ("Hier", Some("2023-05-30")),
                ("aujourd'hui", Some("2023-05-31")),
                ("demain", Some("2023-06-01")),
            ],
        );
        check(
            "lundi, mardi dernier, jeudi prochain, mercredi dernier",
            anchor,
            &[
                ("lundi", Some("2023-05-29")),
                ("mardi dernier", Some("2023-05-30")),
                ("jeudi prochain", Some("2023-06-01")),
                ("mercredi dernier", Some("2023-05-24")),
            ],
        );
        check(
            "la semaine dernière",
            anchor,
            &[("la semaine dernière", Some("2023-05-22/2023-05-28"))],
        );
        check(
            "le mois prochain et l'année dernière",
            anchor,
            &[
                ("le mois prochain", Some("2023-06")),
                ("l'année dernière", Some("2022")),
            ],
        );
        check(
            "le mois dernier",
            Some("2023-01-15"),
            &[("le mois dernier", Some("2022-12"))],
        );
        check("lundi", None, &[("lundi", None)]);
    }

    #[test]
    fn aujourdhui_meaning_nowadays_is_not_a_date() {
        check("le monde d'aujourd'hui", None, &[]);
        check("jusqu'à aujourd'hui", None, &[]);
        check("aujourd'hui encore, la menace", None, &[]);
        check("la Coalition compte aujourd'hui (42) pays", None, &[]);
        check("c'est aujourd'hui un langage", None, &[]);
        check(
            "les travaux se poursuivent aujourd'hui",
            None,
            &[("aujourd'hui", None)],
        );
    }

    #[test]
    fn words_that_contain_months_are_not_dates() {
        check("3 maisons, 12 marseillais, 7 septembres", None, &[]);
    }

    /// The words and separators dates are made of, and some that break them.
    const VOCABULARY: [&str; 70] = [
        "du",
        "de",
        "entre",
        "au",
        "et",
        "a",
        "à",
        "jusqu'à",
        "jusqu’en",
        "en",
        "depuis",
        "des",
        "dès",
        "avant",
        "après",
        "fin",
        "début",
        "courant",
        "mi-",
        "d'ici",
        "l'année",
        "l'an",
        "année",
        "la",
        "semaine",
        "dernière",
        "prochaine",
        "passée",
        "cette",
        "le",
        "mois",
        "-ci",
        "dernier",
        "prochain",
        "ce",
        "week-end",
        "aujourd'hui",
        "hier",
        "demain",
        "avant-hier",
        "lundi",
        "Mardi",
        "dimanche",
        "mai",
        "juin",
        "sept.",
        "janv",
        "Décembre",
        "1",
        "3",
        "31",
        "1er",
        "premier",
        "2024",
        "1999",
        "07/09/2021",
        "2023-05-31",
        "7.9.2021",
        " ",
        "  ",
        "\t",
        "\n",
        ",",
        "-",
        "/",
        "_",
        "x",
        "ب",
        "É",
        "soldats",
    ];

    fn whole_search(input: &str) -> Vec<RawDate> {
        find_with(&NormalizedText::new(input), Search::Everywhere)
    }

    #[test]
    fn anchored_searches_find_what_a_whole_search_finds() {
        for input in [
            "Le 3 mai 2024 et du 29 octobre au 3 novembre 2017, d'ici à 2030.",
            "jusqu'en mars, mi-2020, l'an dernier, la semaine prochaine, ce week-end",
            "entre 2015 et 2020 ; 31/02/2023 puis 3 mars 2023 ; des 2000 soldats",
            "بhier, x_2024, ب31 mai 2024, 30 et 31 janvier 2025",
        ] {
            let text = NormalizedText::new(input);
            assert_eq!(find(&text), whole_search(input), "{input}");
        }
    }

    proptest::proptest! {
        #[test]
        fn anchored_searches_find_what_a_whole_search_finds_anywhere(
            words in proptest::collection::vec(proptest::sample::select(&VOCABULARY[..]), 0..40),
            spaces in proptest::collection::vec(proptest::bool::ANY, 40),
        ) {
            let mut input = String::new();
            for (word, space) in words.iter().zip(&spaces) {
                input.push_str(word);
                if *space {
                    input.push(' ');
                }
            }
            let text = NormalizedText::new(&input);
            proptest::prop_assert_eq!(find(&text), whole_search(&input), "{:?}", input);
        }
    }
}
