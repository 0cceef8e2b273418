//! Dates: numeric, textual, ranges, years in a temporal context, and relative references.
//!
//! The families below ([`Family`]), one pattern each in one automaton (`families`), are
//! matched against the folded text (leftmost first; at one start the families are tried in
//! their order, longest forms first; the pattern that matched names the family). Each match is
//! then read token by token in Rust (`read`), where impossible days are rejected; a rejected
//! match lets the search go on from the next character, so "31/02/2023" hides nothing after
//! it.
//!
//! The automaton does not run over the whole text: every date holds an *anchor* (a number, a
//! month, a weekday or a word of [`DATE_WORDS`](crate::lexicon::DATE_WORDS)) and starts at
//! most three words before its first one, so the lazy DFA is only started, anchored, at those
//! few words, where it dies within a few bytes unless a date is there. The gazetteer scan,
//! which reads every word anyway, finds the anchors; `anchors` (in tests) finds them alone.
//! The result is the one a search over the whole text gives (tested against it).
//!
//! | family        | examples                                                          |
//! |---------------|-------------------------------------------------------------------|
//! | `RangeNum`    | du 03/05/2024 au 05/05/2024                                        |
//! | `RangeText`   | du 3 au 5 mai 2024, du 29 octobre au 3 novembre 2017, 3 au 5 mai   |
//! | `RangeAnd`    | 30 et 31 janvier 2025                                              |
//! | `RangeSlash`  | 29 Octobre/3 Novembre 2017, 3-5 mai 2024                           |
//! | `RangeAnd`    | also: entre le 6 et le 8 octobre, 7, 8 et 9 janvier 2015, vendredi et samedi 7 et 8 juin |
//! | `RangeYears`  | de 2015 à 2020, entre 2015 et 2020                                 |
//! | `RangeMonths` | entre janvier et septembre 2024, de janvier à mars                 |
//! | `YearSpan`    | en 2024-2025, le budget 2024/2025, les années 2015 à 2017 (the years are kept) |
//! | `Decade`      | les années 80, les années 1980 ("années 80": 1980/1989; two digits are the 1900s) |
//! | `RangeDays`   | du 4 au 9 (the reference's month; not before a unit: "du 4 au 9 ans") |
//! | `Text`        | 31 mai 2023, 1er juin 2024, mardi 7 septembre 2021, 3 sept. 2022, dimanche soir 16 juin |
//! | `English`     | April 3, 2024, 3 April 2024, Apr. 3, 2024, 03 Apr. 2008 (English inside French pages); mars 30, 2015 (a French month in that order, with its comma: a CMS's stamp); 22-Mar-2007 (a page's stamp) |
//! | `Holiday`     | Noël, la Saint-Sylvestre, le jour de l'An, Nouvel An 2025, la Toussaint, la fête du Travail, l'Armistice (capitalised), Pâques (computus); the lunar feasts, Ramadan, l'Aïd, Aïd el-Fitr, Tabaski, Korité, Gamou, Maouloud, Magal, la nuit du destin: relative, no value (after a capitalised name inside a sentence, a surname: "Ousmane Ramadan"; a name given, a compound, an edition or a yearly habit: none); Ramadan 2024 (a Gregorian year: a date of that year) |
//! | `Numeric`     | 31-5-2023, 07/09/2021, 7.9.2021, mardi 07/09/2021, mercredi le 15/3/2017, 2023-05-31, 17/04/19, 2019-7-4, 05 11 2018, 14 / 09/ 2023, 2019-03, 2024-04-03T10:00:00Z, le 24/02 (a day and its month after "le", the year the reference's); 7/27/2022 (American, only where the day cannot be a month) |
//! | `Part`        | début mars, mi-juin 2024, fin du mois de juin, fin 2024, la seconde quinzaine de mai, automne 2022, le premier trimestre 2023, les six premiers mois de 2023 (ranges: [`periods`]) |
//! | `MonthYear`   | septembre 2022, janv. 2024                                         |
//! | `MonthContext`| en juin, depuis juillet 2021 (the month alone is kept)             |
//! | `Year`        | en 2022, depuis 2015, dès 2019 (the year alone is kept)            |
//! | `PartRelative`| la fin de l'année, (en) cette fin d'année, la fin de ce mois, les six premiers mois de l'année, le premier semestre de l'année dernière, en début de semaine prochaine, le début de l'année courante, cet automne, l'été dernier, (d'ici) l'été, (au) printemps, (à) l'hiver |
//! | `Relative`    | aujourd'hui, hier, lundi, mardi dernier, la semaine prochaine, l'année qui vient, la semaine qui vient de s'écouler, l'année qui s'écoule, plus tôt dans la soirée, ce matin, ce soir (mardi, NDLR), mardi après-midi, hier soir, la soirée d'hier, mercredi, cette fin d'après-midi, la nuit de lundi à mardi, la nuit de dimanche à hier, la nuit dernière, l'année en cours, la présente année, les quatre derniers mois, les dix-huit prochains mois, les 24 dernières heures, (des) deux dernières années, les trois mois à venir, les deux semaines écoulées, (du) mois dernier, la dernière décennie, la prochaine décennie, il y a deux jours (il ya deux jours), il y a trois heures (today), dans trois semaines, d'ici dix ans, (la nuit de) dimanche, mardi de cette semaine, jeudi de la semaine dernière, le week-end, le week-end passé, les huit mois passés, il y a déjà un an, il y a près de deux ans, il y a tout juste un an, plus tôt aujourd'hui, plus tard dans l'année, la journée d'aujourd'hui, fin de cet après-midi, les 72 heures qui viennent, hier(mercredi), jeudi (NDLR : aujourd'hui), hier soir (mercredi), hier soir [mercredi], la nuit dernière (mardi), demain (jeudi) matin, plus tôt dans la journée d'hier, ce matin (hier, NDLR), ce jour (mardi : NDLR), les cinq (05) derniers mois, il y a soixante ans, il y a une heure, (au cours de) l'année, il y a seulement deux ans, il y a à peine trois semaines, il y a un peu plus d'un an, il y a de cela trois mois, il y a précisément un an, cette année-ci, cette semaine-ci, le courant de la journée |
//!
//! Two-digit years are 2000–2049 for 00–49 and 1950–1999 for 50–99. Numbers separated by
//! spaces are a date only with a four-digit year and nothing but words around them (not in a
//! phone number or a row of figures); numeric dates joined to more figures ("1.2.10.5") are
//! none. A reference's year in parentheses ("résolution 2178 (2014)") is part of the
//! reference, not a date.

mod context;
mod families;
mod nowadays;
mod numeric;
mod periods;
mod ranges;
mod read;
mod relative;
mod tense;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_beside;
#[cfg(test)]
mod tests_forms;
#[cfg(test)]
mod tests_relative;

#[cfg(test)]
use crate::hash::{self, WordTable};
#[cfg(test)]
use crate::lexicon::DATE_WORDS;
#[cfg(test)]
use crate::text::boundary;
use crate::text::boundary::ceil_char_boundary;
use crate::text::NormalizedText;
use crate::types::calendar::{days_in_month, Date, DateValue, PartialDate};
use families::{Search, DATES, DATES_CACHE};
#[cfg(test)]
use once_cell::sync::Lazy;
use read::read;

/// The families of dates, one pattern each, tried in this order at one start.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Family {
    /// "du 03/05/2024 au 05/05/2024".
    RangeNum,
    /// "du 3 au 5 mai 2024", "du 29 octobre au 3 novembre 2017".
    RangeText,
    /// "30 et 31 janvier 2025".
    RangeAnd,
    /// "29 Octobre/3 Novembre 2017", "3-5 mai 2024".
    RangeSlash,
    /// "de 2015 à 2020", "entre 2015 et 2020".
    RangeYears,
    /// "entre janvier et septembre 2024", "de janvier à mars".
    RangeMonths,
    /// "en 2024-2025", "pour 2024/2025", "les années 2015 à 2017" (the years are the
    /// mention).
    YearSpan,
    /// "les années 80", "les années 1980" ("années 80" is the mention).
    Decade,
    /// "du 4 au 9" (the month and year of the reference).
    RangeDays,
    /// "31 mai 2023", "mardi 7 septembre 2021".
    Text,
    /// "April 3, 2024", "3 April 2024", "Apr. 3, 2024" (English, inside French pages).
    English,
    /// "31-5-2023", "07/09/2021", "2023-05-31".
    Numeric,
    /// "Noël", "la Saint-Sylvestre", "le jour de l'An", "Pâques 2024"; "Ramadan", "Aïd
    /// el-Fitr" (relative, without a value).
    Holiday,
    /// "début mars", "mi-juin 2024", "fin 2024", "la seconde quinzaine de mai", "automne
    /// 2022": parts of a month or a year, as ranges.
    Part,
    /// "septembre 2022".
    MonthYear,
    /// "en juin", "depuis juillet 2021" (the month is the mention).
    MonthContext,
    /// "en 2022", "depuis 2015" (the year is the mention).
    Year,
    /// "la fin de l'année", "début de semaine", "cet automne": parts of the reference's
    /// periods.
    PartRelative,
    /// "hier", "lundi", "la semaine prochaine".
    Relative,
}

impl Family {
    /// Every family, in the order they are tried.
    pub(crate) const ALL: [Family; 19] = [
        Family::RangeNum,
        Family::RangeText,
        Family::RangeAnd,
        Family::RangeSlash,
        Family::RangeYears,
        Family::RangeMonths,
        Family::YearSpan,
        Family::Decade,
        Family::RangeDays,
        Family::Text,
        Family::English,
        Family::Numeric,
        Family::Holiday,
        Family::Part,
        Family::MonthYear,
        Family::MonthContext,
        Family::Year,
        Family::PartRelative,
        Family::Relative,
    ];
}

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

/// A relative reference, resolved against a reference day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Relative {
    /// `n` days from the reference (hier = -1).
    Days(i64),
    /// A weekday (0 = Monday): the most recent one (on or before the reference) with
    /// `Nearest`, strictly before with `Last`, strictly after with `Next`, on or after with
    /// `Coming`.
    Weekday(u8, Direction),
    /// The week `n` weeks from the reference's (Monday to Sunday).
    Week(i64),
    /// A weekday (0 = Monday) of the week `n` weeks from the reference's: "mardi de cette
    /// semaine", "jeudi de la semaine dernière".
    WeekdayOfWeek(u8, i64),
    /// The weekend of the week `n` weeks from the reference's.
    Weekend(i64),
    /// "le week-end" alone: the weekend on or before the reference (`Nearest`), or on or
    /// after it (`Coming`, in a clause about the future).
    NearestWeekend(Direction),
    /// The month `n` months from the reference's.
    Month(i64),
    /// The year `n` years from the reference's.
    Year(i64),
    /// A part of the week, month, year or season `n` periods from the reference's
    /// ([`periods`]).
    Part(periods::Part, periods::Period, i64),
    /// The days from `n` units before the reference to it (`n` < 0), or from it to `n` units
    /// after: "les quatre derniers mois".
    Span(periods::Unit, i64),
    /// The night from a weekday (the nearest, as [`Relative::Weekday`]) to the next day.
    Night(u8),
    /// The night that ends `n` days from the reference ("la nuit de dimanche à hier": -1).
    NightTo(i64),
    /// A feast of the lunar calendar ("Ramadan", "Aïd el-Fitr"): no value.
    Lunar,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Direction {
    Nearest,
    Last,
    Next,
    /// On or after the reference: a weekday in a clause about the future.
    Coming,
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
    /// Easter Sunday of the year written, or of the reference's.
    Easter(Option<i32>),
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
    pub fn resolve(&self, anchor: impl Into<Anchor>) -> Option<DateValue> {
        let anchor: Anchor = anchor.into();
        match self.reading {
            Reading::Single(w) => Some(DateValue::single(w.complete(anchor)?)),
            Reading::Range(a, b) => {
                let end = b.complete(anchor)?;
                let mut start = a;
                // "du 4 au 9": the month of the end, the reference's.
                if start.month.is_none() && start.day.is_some() {
                    start.month = end.month();
                }
                if start.year.is_none() {
                    // "du 28 décembre au 3 janvier 2025" starts the year before.
                    let wraps = matches!((start.month, b.month), (Some(x), Some(y)) if x > y);
                    start.year = Some(end.year() - i32::from(wraps));
                }
                let start = start.complete(Anchor::default())?;
                DateValue::range(start, end)
            }
            Reading::Relative(r) => resolve_relative(r, anchor.day?),
            Reading::Easter(year) => Some(DateValue::single(PartialDate::from_date(easter(
                year.or(anchor.year)?,
            )?))),
        }
    }

    pub fn is_relative(&self) -> bool {
        matches!(self.reading, Reading::Relative(_))
    }
}

/// What a date is resolved against: a day for relative dates ("hier"), and a year and month
/// for what was written without them ("le 2 juin", "le 12 courant"). A dateline dated to the
/// month only ("date 2020-08") gives its year and month, and no day.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Anchor {
    pub day: Option<Date>,
    pub year: Option<i32>,
    pub month: Option<u8>,
}

impl From<Option<Date>> for Anchor {
    fn from(day: Option<Date>) -> Anchor {
        Anchor {
            day,
            year: day.map(|d| d.year()),
            month: day.map(|d| d.month()),
        }
    }
}

impl From<PartialDate> for Anchor {
    fn from(date: PartialDate) -> Anchor {
        Anchor {
            day: date.to_date(),
            year: Some(date.year()),
            month: date.month(),
        }
    }
}

impl Written {
    /// The date, with the year (and for a day without its month, "le 12 courant", the
    /// month) of `anchor` where it was not written.
    fn complete(self, anchor: Anchor) -> Option<PartialDate> {
        let year = self.year.or(anchor.year)?;
        let month = match (self.month, self.day) {
            (None, Some(_)) => Some(anchor.month?),
            (month, _) => month,
        };
        match (month, self.day) {
            (Some(m), Some(periods::LAST_DAY)) => {
                Date::new(year, m, days_in_month(year, m)).map(PartialDate::from_date)
            }
            (Some(m), Some(d)) => Date::new(year, m, d).map(PartialDate::from_date),
            (Some(m), None) => PartialDate::from_month(year, m),
            _ => PartialDate::from_year(year),
        }
    }
}

fn resolve_relative(r: Relative, anchor: Date) -> Option<DateValue> {
    let day = |d: Date| Some(DateValue::single(PartialDate::from_date(d)));
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
                Direction::Coming => (7 - back) % 7,
            };
            day(anchor.add_days(n)?)
        }
        Relative::Week(n) => {
            let monday = week_start(n)?;
            DateValue::range(
                PartialDate::from_date(monday),
                PartialDate::from_date(monday.add_days(6)?),
            )
        }
        Relative::NearestWeekend(dir) => {
            // Its Saturday, found as a weekday is (5 = Saturday); a Sunday's is the day before.
            let saturday = match resolve_relative(Relative::Weekday(5, dir), anchor)? {
                value if dir == Direction::Nearest || anchor.weekday() != 6 => value,
                _ => DateValue::single(PartialDate::from_date(anchor.add_days(-1)?)),
            };
            let first = saturday.start().to_date()?;
            DateValue::range(
                PartialDate::from_date(first),
                PartialDate::from_date(first.add_days(1)?),
            )
        }
        Relative::WeekdayOfWeek(wd, n) => day(week_start(n)?.add_days(i64::from(wd))?),
        Relative::Weekend(n) => {
            let saturday = week_start(n)?.add_days(5)?;
            DateValue::range(
                PartialDate::from_date(saturday),
                PartialDate::from_date(saturday.add_days(1)?),
            )
        }
        Relative::Month(n) => {
            let months = i64::from(anchor.year()) * 12 + i64::from(anchor.month()) - 1 + n;
            let year = i32::try_from(months.div_euclid(12)).ok()?;
            Some(DateValue::single(PartialDate::from_month(
                year,
                (months.rem_euclid(12) + 1) as u8,
            )?))
        }
        Relative::Part(part, period, n) => periods::resolve(part, period, n, anchor),
        Relative::Span(unit, n) => periods::resolve_span(unit, n, anchor),
        Relative::Lunar => None,
        Relative::Night(wd) => {
            let back = (i64::from(anchor.weekday()) - i64::from(wd)).rem_euclid(7);
            let first = anchor.add_days(-back)?;
            DateValue::range(
                PartialDate::from_date(first),
                PartialDate::from_date(first.add_days(1)?),
            )
        }
        Relative::NightTo(n) => {
            let last = anchor.add_days(n)?;
            DateValue::range(
                PartialDate::from_date(last.add_days(-1)?),
                PartialDate::from_date(last),
            )
        }
        Relative::Year(n) => Some(DateValue::single(PartialDate::from_year(
            i32::try_from(i64::from(anchor.year()) + n).ok()?,
        )?)),
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous computus of Meeus,
/// Jones and Butcher).
fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
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
            // "en juin 2024", "au mois d'août", "mars dernier": the month and its year.
            Family::MonthContext => {
                let at = read::first_month_word(whole).unwrap_or(0);
                let rest = &whole[at..];
                let len = match rest.find([' ', '\t']) {
                    Some(space) if rest.ends_with("dernier") || rest.ends_with("prochain") => space,
                    _ => rest.len(),
                };
                (m.start + at, &rest[..len])
            }
            // "mardi et mercredi 15 mai": the date tells both days, and the first is
            // no relative date of its own (as the first of a night's two days).
            Family::Relative if weekday_before_a_dated_one(whole, &folded[m.end..]) => {
                at = past(folded, at, m.end);
                continue;
            }
            // "hier mardi 14 mars 2017", "hier, mardi 14 mars": "hier", then the date with
            // its weekday.
            Family::Relative if weekday_before_a_day(whole, &folded[m.end..]) => {
                let first = whole.find([' ', '\t', ',']).unwrap_or(whole.len());
                // "la nuit de mercredi à jeudi 2 décembre": the date tells the night (as
                // "la nuit du mercredi au jeudi 2 décembre" does): the first day is no
                // relative date of its own, nor is "nuit".
                // ("la nuit du dimanche 28 au lundi 29 mars": the range after "la nuit".)
                if matches!(&whole[..first], "la" | "nuit") {
                    let two_days = whole.contains(" a ") || whole.contains(" au ");
                    let second = match whole.rfind([' ', '\t']) {
                        Some(last) if two_days => last + 1,
                        _ => first,
                    };
                    at = past(folded, at, m.start + second);
                    continue;
                }
                // "hier soir, mardi 14 mars": "hier soir".
                let kept = whole.rfind([' ', '\t']).map_or(first, |last| {
                    whole[..last].trim_end_matches([' ', '\t', ',']).len()
                });
                (m.start, &whole[..kept.max(first)])
            }
            _ => (m.start, whole),
        };
        // Where the search goes on: after the match, or after the part of it kept.
        let resume =
            if span_start == m.start && span.len() < whole.len() && m.family == Family::Relative {
                m.start + span.len()
            } else {
                m.end
            };
        // "des" is only "dès" when written with its accent: "des 2000 soldats" is a count.
        // ("des deux dernières années" is a contraction, outside the mention.)
        if whole.starts_with("des")
            && m.family != Family::Relative
            && !is_des_with_accent(text, m.start)
        {
            at = past(folded, at, m.end);
            continue;
        }
        match read(m.family, span, span_start, text) {
            Some(raw) => {
                at = past(folded, at, resume);
                out.push(raw);
            }
            // An impossible single date is no date at all ("30 février 2024" is not February).
            None if matches!(m.family, Family::Text | Family::Numeric) => {
                at = past(folded, at, m.end)
            }
            // Try again from the next character: a rejected range may hold a good date.
            None => at = past(folded, at, m.start + 1),
        }
    }
    out
}

/// True when a relative match ends with a weekday that is not its own: a day's number follows
/// ("hier mardi" before "14 mars": the weekday is the date's), or, set off by a comma, it
/// opens a list ("aujourd'hui, jeudi et vendredi").
fn weekday_before_a_day(matched: &str, after: &str) -> bool {
    matched
        .rsplit([' ', '\t'])
        .next()
        .is_some_and(|last| crate::lexicon::weekday_number(last).is_some())
        && matched.contains([' ', '\t'])
        && {
            // ("aujourd'hui mercredi le 15 mai": the date's article.)
            let after = after.trim_start_matches([' ', '\t']);
            is_a_day_number(after.strip_prefix("le ").unwrap_or(after))
        }
        // "aujourd'hui, jeudi et vendredi": the weekday set off by a comma opens a list.
        || matched.contains(',') && (after.starts_with(" et ") || after.starts_with(" ou "))
}

/// True when `matched` is a weekday alone that "et" joins to another before its day's number
/// ("mardi et mercredi 15 mai").
fn weekday_before_a_dated_one(matched: &str, after: &str) -> bool {
    crate::lexicon::weekday_number(matched).is_some()
        && after.strip_prefix(" et ").is_some_and(|next| {
            let weekday = next.split([' ', '\t']).next().unwrap_or("");
            crate::lexicon::weekday_number(weekday).is_some()
                && is_a_day_number(next[weekday.len()..].trim_start_matches([' ', '\t']))
        })
}

/// True when `text` (folded) opens with a day's number, 1 to 31, as a word ("14 mars", "1er";
/// not "57 ans", "3e", nor an hour: "6 h du matin", "7 heures", "12h30").
pub(super) fn is_a_day_number(text: &str) -> bool {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text[digits..];
    let whole = !rest
        .strip_prefix("er")
        .unwrap_or(rest)
        .starts_with(|c: char| c.is_alphanumeric());
    let unit = rest.trim_start_matches([' ', '\t']);
    let hour = unit.starts_with("heure")
        || unit
            .strip_prefix('h')
            .is_some_and(|after| !after.starts_with(|c: char| c.is_ascii_alphabetic()));
    (1..=2).contains(&digits)
        && matches!(text[..digits].parse::<u8>(), Ok(1..=31))
        && whole
        && !hour
}

/// True when the folded "des" at `start` was written "dès".
fn is_des_with_accent(text: &NormalizedText<'_>, start: usize) -> bool {
    crate::text::boundary::starts_with_des_accent(&text.input()[text.to_input(start)..])
}

/// The first char boundary at or after `to`, and after `from`.
fn past(text: &str, from: usize, to: usize) -> usize {
    ceil_char_boundary(text, to.max(from + 1))
}
