//! The dateline: the place and/or date of publication given before the body.
//!
//! The first lines of the document (at most 40 lines or 4 000 bytes, and none after the first
//! body paragraph, a run of 25 words or more that ends a sentence, but what the end of this
//! comment says) are read in order:
//! - `PLACE, [Country,] [le] DATE …`: "Riyad, 31-5-2023", "Paris, le 12 mars 2024",
//!   "ADDIS ABEBA, Ethiopie, 3 septembre 2014/African Press Organization (APO)/ —": the
//!   dateline, whatever came before;
//! - `PLACE [, Country] [(AGENCY)] - …` where PLACE is a known place, written in capitals, or
//!   followed by an agency: "Niamey - ", "NOUAKCHOTT (AFP) -", "Tripoli, Libye (PANA) -" (the
//!   place, with the date that follows the dash or else the date line above it); in a body
//!   paragraph, a colon or a slash also ends the place ("Kigali: Le secrétaire…",
//!   "Téhéran/Le ministre…"), never in a headline ("Nouakchott : …" is not a dateline);
//!   a source before a known place or a country in parentheses gives it ("AGENCE (Rabat) –",
//!   "Site-Info (Liban)-"); an
//!   agency may also come after a comma ("Ouagadougou, (AIB) -"), open the line ("(AIP) –
//!   Abidjan, le …") or be glued to a known place ("APA-Rabat (Maroc)"), and a preposition
//!   before the place is left out ("À Abuja, le …"); a weekday, in French or English, whole
//!   or abbreviated, is never a place ("Fri, 24 Jun 2022": a date line), nor is a known
//!   organisation ("ANI - …"); a dash garbled into " ? " is a dash; a known city and a full
//!   stop open a body paragraph ("Niamey. Présent à …");
//! - the dateline in parentheses ("(Niamey, 13 mai 2021) Le …", or before a dash), a date in parentheses
//!   before a dash ("(Le 6 mai 2014) - OTTAWA - …"), a postcode before the place ("3003
//!   Berne, le 19 mai 2005");
//! - a known city alone on its line, under a line that ends a sentence or a blank line (with
//!   the date line above it, if any): under a line that goes on, it ends a wrapped sentence;
//! - a date line: a line that is a date and little else ("07/09/2021", "Union Africaine -
//!   06/06/2022 17:15:00", "Publié le 12 mars 2024 à 10h30 | Agence…"), a line that starts
//!   with a date to the day ("20/12/2011 – …"; a range there is an event's), a source's name
//!   before a timestamp ("Agence Sahel 2022-08-27 16:54 - Lecture : 4 min"), a time before
//!   the date ("02:05 19 novembre 2019"), a page's stamp at a line's start ("date
//!   2022-11", whose line goes on as a line of its own), a stamp line of furniture (its first
//!   date to the day: "Publié il y a 3 ans - Mise à jour le 14.05.2019 - auteur - 3 min",
//!   "Publié le … - Dernière mise à jour le …"), or a headline closed by a date after a dash
//!   ("… - 14/06/2016 09:30 am"). A date line waits for a place below
//!   it until the body starts; a later date line replaces it only when it is more precise (a
//!   day after a month).
//!
//! A paragraph cut short ("… (…)", "[…]": a blurb of another page) is no body paragraph.
//! Under a first body paragraph where nothing was found (a site's blurb), four more lines are
//! read for a dateline with a known place or one in capitals and its date only ("(Le 6 mai
//! 2014) - OTTAWA - …"): no date line, no place alone.
//!
//! A dateline's date without its year ("LIBREVILLE, 18 novembre (…) -") takes the year of the
//! date line above it, when their months agree (`Found::above`).
//!
//! A line can cross no line break here: the dateline ends with its line, and a timestamp after
//! the body is not a dateline.

use super::dates::{RawDate, Reading};
use crate::gazetteer::{EntryKind, Gazetteer, Hit, Kinds};
use crate::lexicon::is_weekday_word;
use crate::text::blank::{blank, Blank};
use crate::text::{fold_str, NormalizedText};
use crate::types::calendar::Precision;
use crate::types::PlaceKind;
use line_regex::LineRegex;
use lines::{
    closes_a_headline, is_stamp_line, is_teaser, lines_with_feeds, opens_after_a_label,
    source_before_a_timestamp, words_up_to_body,
};
use once_cell::sync::Lazy;
use opener::{agency_at, before_glued_body, opener};
use regex::Regex;

const MAX_LINES: usize = 40;
const MAX_BYTES: usize = 4000;
const BODY_WORDS: usize = 25;
/// The lines read past a first body paragraph when nothing was found above it.
const PAST_BODY_LINES: usize = 4;
/// The fewest words of a line that ends a sentence for it to be a body paragraph, where a
/// colon or a slash may end a place.
const SENTENCE_WORDS: usize = 12;
/// The fewest bytes of a line that a mail or wire system wrapped (at 60 to 80 columns): a
/// shorter line that ends no sentence is whole (a menu's item), and no paragraph goes on
/// after it.
const WRAPPED_LINE: usize = 50;

/// After `PLACE,`: an optional country, then an optional "le", before the date.
static AFTER_COMMA: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:\p{Lu}[^,\n]{0,30},[ \t\u{a0}\u{202F}]*)?(?:le[ \t\u{a0}\u{202F}]+)?")
        .expect("compiles")
});

/// What may stand before a date on a date line (folded): a bullet, a time ("02:05 19 novembre
/// 2019"), a short label ending with a dash, a bar, a bullet or a comma ("Communiqué de presse,
/// "), "publié le", "mis(e) à jour :"… (after one word, even glued: a section's name,
/// "Politique Publié le", "AfriqueMise à jour"; after a byline, "Par l'agence Publié le"), or a
/// byline ("… Rédigé par l'auteur le").
static DATE_LINE_PREFIX: Lazy<LineRegex> = Lazy::new(|| {
    const HEAD: &str = r"^(?:[•·*][ \t]*)?(?:[0-2]?[0-9][:h][0-5][0-9][ \t]+)?(?:[^\n]{0,60}(?:[ \t][-|•·]|,)[ \t]*)?";
    const STAMP: &str = r"(?:(?:(?:par [^\n]{1,40}?|[^\s]{1,30})[ \t]+)?(?:publie|mise? a jour|date|posted|update|issued on)|[^\s]{1,30}(?:publie|mise? a jour)|[^\n]{0,200}(?:redige|ecrit|publie|poste) par [^\n]{1,60})?";
    const TAIL: &str = r"[ \t]*(?:le|du)?[ \t]*:?[ \t]*$";
    LineRegex::new(
        &format!("{HEAD}{STAMP}{TAIL}"),
        |text| {
            [
                "publie",
                "a jour",
                "date",
                "posted",
                "update",
                "issued on",
                "redige par",
                "ecrit par",
                "poste par",
            ]
            .iter()
            .any(|k| text.contains(k))
        },
        Some((&format!("{HEAD}{TAIL}"), may_end_a_label)),
    )
    .expect("compiles")
});

/// True when `text` (a date line's prefix without a stamp's words) ends as a label, a
/// bullet or a time may before "le", "du" and a colon: with a dash, a bar, a bullet, a comma
/// or a figure, or nothing.
fn may_end_a_label(text: &str) -> bool {
    let blanks = [' ', '\t'];
    let rest = text.trim_end_matches(blanks);
    let rest = rest
        .strip_suffix(':')
        .unwrap_or(rest)
        .trim_end_matches(blanks);
    let rest = rest
        .strip_suffix("le")
        .or_else(|| rest.strip_suffix("du"))
        .unwrap_or(rest)
        .trim_end_matches(blanks);
    rest.is_empty()
        || rest.ends_with(['-', '–', '—', '|', '•', '·', ',', '*'])
        || rest.ends_with(|c: char| c.is_ascii_digit())
}

/// A byline before a date, wherever the line goes on after it: "By Rédaction - ", "Par Awa
/// Diallo | " (capitalised words, not "adopté par les ministres -"), or an author and an
/// outlet opening the line: "Awa DIALLO | Le Quotidien Mardi le ".
static BYLINE: Lazy<LineRegex> = Lazy::new(|| {
    LineRegex::new(
        r"(?:(?:^|[^\S\n])(?:[Bb]y|[Pp]ar)[^\S\n]+\p{Lu}[^\s]*(?:[^\S\n]+\p{Lu}[^\s]*){0,3}[^\S\n]+[-–—|]|^\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){1,3}[^\S\n]*\|[^\S\n]*\p{Lu}[^|\n]{0,40}?(?:[^\S\n]+(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:[^\S\n]+le)?)?)[^\S\n]*$",
        |text| {
            text.contains('|')
                || text
                    .split(char::is_whitespace)
                    .any(|w| matches!(w, "By" | "by" | "Par" | "par"))
        },
        None,
    )
    .expect("compiles")
});

/// What may follow a date on a date line (folded): a time, a time zone, a dash, what follows
/// a bar ("| Agence…", "| Mots clés : …"), an author or a source after a dash ("- Auteur :
/// …", "- Source : …"), the page's other stamps ("Modifié le …", "Lecture : 2 min").
static DATE_LINE_SUFFIX: Lazy<LineRegex> = Lazy::new(|| {
    const HEAD: &str = r"^[ \t]*(?:(?:a|-|,)?[ \t]*[0-2]?[0-9][:h][0-5][0-9](?::[0-5][0-9]|mn|min)?(?:[ \t]*(?:gmt|utc|heures?))?)?[ \t]*";
    LineRegex::new(
        &format!(r"{HEAD}(?:[-–—]|[|.]|\.[-–—]|\|[^\n]{{0,80}}|[-–—][ \t]*(?:auteurs?|sources?|par|by|credits?)(?:[ \t]|:)[^\n]{{0,80}})?[ \t]*(?:(?:modifie|mis a jour|mise a jour|actualise|lecture|temps de lecture)[^\n]{{0,40}})?$"),
        |text| {
            text.contains('|')
                || ["modifie", "a jour", "actualise", "lecture"]
                    .iter()
                    .any(|k| text.contains(k))
                || text.match_indices(['-', '–', '—']).any(|(at, dash)| {
                    let after = text[at + dash.len()..].trim_start_matches([' ', '\t']);
                    ["auteur", "source", "par", "by", "credit"]
                        .iter()
                        .any(|w| after.starts_with(w))
                })
        },
        Some((&format!(r"{HEAD}(?:[-–—]|[|.]|\.[-–—])?[ \t]*$"), |_| true)),
    )
    .expect("compiles")
});

/// A dateline found: the place's input span and the index of the date in `dates`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Found {
    pub place: Option<(usize, usize)>,
    pub date: Option<usize>,
    /// The date line above the dateline, when the dateline has a date of its own: its year
    /// completes a yearless dateline ("date 2017-11" over "LIBREVILLE, 18 novembre (…) -").
    pub above: Option<usize>,
}

/// The head of a document as the dateline reads it: its dates and known places in input
/// offsets.
struct Head<'t> {
    input: &'t str,
    dates: &'t [RawDate],
    /// The dates' input spans (those of the head only).
    date_spans: Vec<(usize, usize)>,
    /// The known places' input spans, with true for a city (or a capital).
    places: Vec<(usize, usize, bool)>,
    /// The names the scan found in the head (a country's: "Liban").
    names: &'t [Hit],
    /// The input spans of the known organisations that are no place ("ANI", an agency).
    organizations: Vec<(usize, usize)>,
}

impl Head<'_> {
    /// The date that starts at input offset `at`.
    fn date_at(&self, at: usize) -> Option<usize> {
        self.date_spans.iter().position(|&(s, e)| s == at && e > s)
    }

    fn is_known_place(&self, (start, end): (usize, usize)) -> bool {
        self.places.iter().any(|&(s, e, _)| (s, e) == (start, end))
    }

    fn is_country(&self, (start, end): (usize, usize)) -> bool {
        self.names.iter().any(|h| {
            h.kinds.any(Kinds::COUNTRY_NAME) && (h.input_start, h.input_end) == (start, end)
        })
    }

    /// True when a known organisation that is no place starts at `start`.
    fn organization_at(&self, start: usize) -> bool {
        self.organizations.iter().any(|&(s, _)| s == start)
    }

    fn is_organization(&self, (start, end): (usize, usize)) -> bool {
        self.organizations.contains(&(start, end))
    }

    fn is_city(&self, (start, end): (usize, usize)) -> bool {
        self.places.contains(&(start, end, true))
    }

    /// How precise date `index` is: unresolved (a yearless day), a year, a month, a day.
    fn precision(&self, index: usize) -> u8 {
        match self.dates[index]
            .resolve(None)
            .map(|v| v.start().precision())
        {
            None => 0,
            Some(Precision::Year) => 1,
            Some(Precision::Month) => 2,
            Some(Precision::Day) => 3,
        }
    }

    /// The date that is all the line `start..end` but a time after it, to the day ("Vendredi
    /// 2 mars 2018", "04 sept. 2014, 00:01"): a date line even under a first paragraph (a
    /// chapeau), where others are not read.
    fn date_alone(&self, start: usize, end: usize) -> Option<usize> {
        let index = self.date_at(start)?;
        let (_, date_end) = self.date_spans[index];
        (self.is_day(index)
            && DATE_LINE_SUFFIX.is_match(&fold_str(&self.input[date_end..end]))
            && !self.input[date_end..end].contains(char::is_alphabetic))
        .then_some(index)
    }

    /// True when date `index` is one day, not a range ("Du 5 au 7 mai 2020 s'est tenu …" is
    /// an event's).
    fn is_day(&self, index: usize) -> bool {
        self.precision(index) == 3 && !matches!(self.dates[index].reading, Reading::Range(..))
    }

    /// `pending` with date line `index`, kept when it is more precise than the date it has.
    fn more_precise(&self, pending: Option<Found>, index: usize) -> Option<Found> {
        let keep = pending
            .and_then(|f| f.date)
            .is_some_and(|old| self.precision(old) >= self.precision(index));
        if keep {
            pending
        } else {
            Some(Found {
                place: None,
                date: Some(index),
                above: None,
            })
        }
    }

    /// "[le] DATE" at `at`, or "COUNTRY, [le] DATE": the date after a place's comma.
    fn date_after_comma(&self, at: usize, end: usize) -> Option<usize> {
        let skip = AFTER_COMMA
            .find(&self.input[at..end])
            .map_or(0, |m| m.end());
        self.date_at(at + skip)
    }

    /// The date line at `start..end` (a line, or the rest of one), if it is one: the index of
    /// its date.
    fn date_line(&self, start: usize, end: usize) -> Option<usize> {
        // The line's dates that are not relative ("Lundi, 3 juin 2024": the weekday alone is
        // one), the first that stands as a date line's ("Défilé du 4 avril … Rédigé par X le
        // 4 avril 2023 à 16:22").
        (0..self.date_spans.len()).find(|&index| {
            let (s, e) = self.date_spans[index];
            if !(s >= start && e <= end && s < e && !self.dates[index].is_relative()) {
                return false;
            }
            // "20/12/2011 (ref) Source / Headline": a day with its year opens the line.
            // (Not a range: "Du 5 au 7 mai 2020 s'est tenu …" is an event's.)
            let opens = s == start && self.is_day(index);
            opens
                || (DATE_LINE_PREFIX.is_match(&fold_str(&self.input[start..s]))
                    && DATE_LINE_SUFFIX.is_match(&fold_str(&self.input[e..end])))
                || (self.is_day(index) && BYLINE.is_match(&self.input[start..s]))
                || (self.is_day(index) && is_stamp_line(&self.input[start..end]))
                || (self.is_day(index)
                    && closes_a_headline(&self.input[start..s], &self.input[e..end]))
                || (self.is_day(index)
                    && opens_after_a_label(&self.input[start..s], &self.input[e..end]))
                || (self.is_day(index)
                    && source_before_a_timestamp(&self.input[start..s], &self.input[e..end]))
        })
    }
}

/// The page's date stamp at the start of `line`: "date 2022-11", "Date : 2022-11-14"; where
/// its date starts in the line.
fn stamp(line: &str) -> Option<usize> {
    let rest = line
        .get(..4)
        .filter(|word| word.eq_ignore_ascii_case("date"))
        .map(|word| &line[word.len()..])?;
    let space = |c| blank(c) == Blank::Space;
    let spaced = rest.trim_start_matches(space);
    let spaced = spaced.strip_prefix(':').unwrap_or(spaced);
    let spaced = spaced.trim_start_matches(space);
    (spaced.len() < rest.len()).then(|| line.len() - spaced.len())
}

pub(crate) fn find(
    text: &NormalizedText<'_>,
    dates: &[RawDate],
    names: &[Hit],
    gazetteer: &Gazetteer,
) -> Option<Found> {
    let input = text.input();
    // Only the head of the document matters: its dates and hits, in input offsets. (Folding
    // never makes text longer than twice the input, so a folded offset past twice the head's
    // size is past the head.)
    let head = 2 * MAX_BYTES
        + 2 * input
            .len()
            .min(input.find('\n').map_or(input.len(), |i| i + 1));
    // The dates and names of the head, each list allocated once at its size (not grown).
    let dates_in_head = dates
        .iter()
        .position(|d| d.start > head)
        .unwrap_or(dates.len());
    let date_spans = dates[..dates_in_head]
        .iter()
        .map(|d| text.to_input_range(d.start, d.end))
        .collect();
    let names = &names[..names
        .iter()
        .position(|h| h.start > head)
        .unwrap_or(names.len())];
    let mut places = Vec::with_capacity(names.len());
    places.extend(names.iter().filter(|h| h.kinds.any(Kinds::PLACE)).map(|h| {
        let city = gazetteer.entries(h).any(|e| {
            matches!(
                e.kind,
                EntryKind::Place {
                    kind: PlaceKind::City | PlaceKind::Capital,
                    ..
                }
            )
        });
        (h.input_start, h.input_end, city)
    }));
    let mut organizations = Vec::with_capacity(names.len());
    organizations.extend(
        names
            .iter()
            .filter(|h| h.kinds.any(Kinds::ORGANIZATION) && !h.kinds.any(Kinds::PLACE))
            .map(|h| (h.input_start, h.input_end)),
    );
    let head = Head {
        input,
        dates,
        date_spans,
        places,
        names,
        organizations,
    };

    let mut offset = 0;
    let mut lines = 0;
    // The date line found so far, waiting for a place below it.
    let mut pending: Option<Found> = None;
    let pending_date = |pending: Option<Found>| pending.and_then(|f| f.date);
    let (mut run_words, mut run_goes_on) = (0, false);
    // Past a first body paragraph with nothing found, the lines left where only a dateline
    // with its place and its date is read (under a site's blurb: "(Le 6 mai 2014) - OTTAWA -").
    let mut past_body: Option<usize> = None;
    // A date alone past the body is the page's only when more text follows: the last line
    // of a blurb is its timestamp.
    let mut confirmed = true;
    // The date of the page's stamp, when there is one.
    let mut stamped = None;
    for raw_line in lines_with_feeds(input) {
        let line_start = offset;
        offset += raw_line.len();
        // (More text follows: a date alone above is no last line.)
        if line_start > MAX_BYTES || lines >= MAX_LINES {
            confirmed = true;
            break;
        }
        let trimmed = raw_line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let mut start = line_start + (raw_line.len() - trimmed.len());
        let mut line = trimmed.trim_end();
        if line.is_empty() {
            (run_words, run_goes_on) = (0, false);
            continue;
        }
        lines += 1;
        match past_body {
            Some(0) => {
                confirmed = true;
                break;
            }
            Some(left) => past_body = Some(left - 1),
            None => {}
        }
        let strict = past_body.is_some();
        // A line that ends no sentence goes on in the next one (a paragraph wrapped by a
        // mail or wire system): the body is a run of words, not a line.
        // Counted up to `BODY_WORDS`, all the tests below ask of a line (and of a run, a sum
        // that reaches it when a line does): a long paragraph is not read to its end.
        let words = words_up_to_body(line);
        let goes_on = run_goes_on;
        run_words = if run_goes_on {
            run_words + words
        } else {
            words
        };
        // An item of a list ("- La ministre a …": a summary under the headline) is whole on
        // its line, and no body paragraph.
        let item = line
            .strip_prefix(['-', '–', '•', '*'])
            .is_some_and(|rest| rest.starts_with(|c| blank(c) == Blank::Space));
        // Only a line of some length is wrapped, or one that ends with a word that needs
        // another ("… de"): a menu's short lines are each whole.
        run_goes_on = !item
            && (line.len() >= WRAPPED_LINE || ends_with_a_function_word(line))
            && !line.ends_with(['.', '!', '?', ':', ';', '»', '"', ')', '|']);
        let end = start + line.len();

        // The page's stamp, "date 2022-11 Le ministre…": a date line, and the rest of the
        // line a line of its own.
        if let Some(index) = stamp(line)
            .filter(|_| !strict)
            .and_then(|at| head.date_at(start + at))
        {
            pending = head.more_precise(pending, index);
            stamped = Some(index);
            let (_, date_end) = head.date_spans[index];
            let rest = input[date_end..end].trim_start();
            start = end - rest.len();
            line = rest;
            if line.is_empty() {
                continue;
            }
        }

        // "Tweet Share TUNIS (TAP) - …": the buttons of a page before its opener.
        let buttons = share_buttons(line);
        if buttons > 0 {
            start += buttons;
            line = &line[buttons..];
        }
        // "(AIP) – Abidjan, le 12 mai 2023 – …": the agency first, then the line; "(Le 6 mai
        // 2014) – OTTAWA – …": the date first; "(Ouagadougou, 13 mai 2021) Le …": the whole
        // dateline in parentheses.
        if let Some(len) = agency_at(line) {
            let rest = line[len..].trim_start_matches(|c| blank(c) == Blank::Space);
            let dashed = rest.starts_with(['-', '–', '—']);
            // "(Niamey, 8 mai 2015) – Le …": the whole dateline in parentheses, then a dash.
            if let Some(found) =
                parenthesised_dateline(&head, start, &line[..len]).filter(|_| !strict && dashed)
            {
                return Some(found);
            }
            if let Some(after) = rest.strip_prefix(['-', '–', '—']) {
                if let Some(index) = head.date_line(start + 1, start + len - 1) {
                    pending = head.more_precise(pending, index);
                }
                let after = after.trim_start_matches(|c| blank(c) == Blank::Space);
                start = end - after.len();
                line = after;
            } else if let Some(found) =
                parenthesised_dateline(&head, start, &line[..len]).filter(|_| !strict)
            {
                return Some(found);
            } else if let Some(place) = parenthesised_place(&head, start, &line[..len])
                .filter(|_| !strict && rest.starts_with(char::is_uppercase))
            {
                return Some(Found {
                    place: Some(place),
                    date: pending_date(pending),
                    above: None,
                });
            }
        }
        // "3003 Berne, le 19 mai 2005": a postcode before the place and its date.
        if let Some(found) = postcode_dateline(&head, start, line).filter(|_| !strict) {
            return Some(found);
        }
        // "ONU – New York / …": a known organisation and a dash before the dateline.
        if let Some(source) = Some(line)
            .filter(|_| head.organization_at(start))
            .and_then(opener)
        {
            let span = (start + source.place.0, start + source.place.1);
            let dashed = source
                .separator
                .is_some_and(|s| s.starts_with(['-', '–', '—']));
            if source.place.0 == 0
                && dashed
                && !source.agency
                && head.is_organization(span)
                && opener(&line[source.end..]).is_some()
            {
                start += source.end;
                line = &line[source.end..];
            }
        }
        if let Some(found) = opener(before_glued_body(line)) {
            let mut place = (start + found.place.0, start + found.place.1);
            // "À Abuja, le 12 mai 2023, …": the preposition is no part of the place.
            for preposition in ["À ", "A "] {
                if input[place.0..place.1].starts_with(preposition) {
                    place.0 += preposition.len();
                }
            }
            // "APA-Rabat (Maroc)": an agency's acronym glued to a known place.
            if !head.is_known_place(place) {
                let text = &input[place.0..place.1];
                if let Some(hyphen) = text.find('-') {
                    let glued = (place.0 + hyphen + 1, place.1);
                    if (2..=6).contains(&hyphen)
                        && crate::gazetteer::is_all_caps(&text[..hyphen])
                        && head.is_known_place(glued)
                    {
                        place = glued;
                    }
                }
            }
            // "AGENCE (Nouakchott) –", "Site-Info (Liban)-": the source first, the place or
            // the country in parentheses.
            if let Some((open, close)) = found.parenthesised {
                let inside = (start + open, start + close);
                if !head.is_known_place(place)
                    && (head.is_known_place(inside) || head.is_country(inside))
                {
                    place = inside;
                }
            }
            let after = start + found.end;
            // A place in capitals says little in a line in capitals throughout (a headline,
            // a page in capitals: "NEWS - ..."): there it must be known, unless the opener is
            // all the line.
            // Nor is a known organisation ("ANI - …": an agency).
            let capitals = is_capitalised_place(&input[place.0..place.1])
                && (line[found.end..].trim().is_empty() || line.chars().any(char::is_lowercase))
                && !head.is_organization(place);
            let known = head.is_known_place(place);
            // (Folded on the stack: a place is short.)
            let weekday = {
                let text = &input[place.0..place.1];
                let mut buffer = [0u8; 32];
                match crate::text::fold::fold_into(text, &mut buffer).map(std::str::from_utf8) {
                    Some(Ok(folded)) => is_weekday_word(folded),
                    _ => is_weekday_word(&fold_str(text)),
                }
            };
            // A body paragraph, where a colon or a slash may end a place (and after a place
            // in capitals, a colon may open the sentence in lower case, as French writes it:
            // "KINSHASA : le président …").
            let body = (words >= BODY_WORDS
                || (words >= SENTENCE_WORDS && line.ends_with(['.', '»', '"'])))
                && (line[found.end..].starts_with(char::is_uppercase)
                    || (capitals
                        && found.separator == Some(":")
                        && line[found.end..].starts_with(char::is_lowercase)));
            let with = |date: Option<usize>| {
                // Past the body, a known place or one in capitals, with its date.
                if strict && (date.is_none() || !(known || capitals)) {
                    return None;
                }
                Some(Found {
                    place: Some(place),
                    date,
                    above: pending_date(pending).filter(|&above| date != Some(above)),
                })
            };
            // "Ouagadougou. Présent à …": a city and a full stop open a body paragraph.
            if let Some(city) = city_and_full_stop(&head, place).filter(|_| !strict) {
                if words >= SENTENCE_WORDS {
                    return Some(Found {
                        place: Some(city),
                        date: pending_date(pending),
                        above: None,
                    });
                }
            }
            match found.separator {
                // "Fri, 24 Jun 2022 Source : …": a weekday is no place, its date a date line.
                _ if weekday => {
                    let date = (found.separator == Some(",") && !strict)
                        .then(|| head.date_after_comma(after, end))
                        .flatten();
                    if let Some(date) = date {
                        pending = head.more_precise(pending, date);
                        continue;
                    }
                }
                Some(",") => {
                    // "Arrivé, hier dimanche, à …": a relative date makes a dateline only of
                    // a place known or in capitals.
                    let date = head
                        .date_after_comma(after, end)
                        .filter(|&date| known || capitals || !head.dates[date].is_relative());
                    if let Some(date) = date {
                        if let Some(found) = with(Some(date)) {
                            return Some(found);
                        }
                    }
                    // "Tripoli, Libye (PANA) - …": a country, then an agency or a dash.
                    if let Some(country) = opener(&input[after..end]) {
                        let dash = country
                            .separator
                            .is_some_and(|sep| sep.starts_with(['-', '–', '—']));
                        if dash && (known || capitals || country.agency) {
                            let date = head.date_at(after + country.end);
                            if let Some(found) = with(date.or(pending_date(pending))) {
                                return Some(found);
                            }
                        }
                    }
                }
                Some(":" | "/") if body && (known || capitals) => {
                    if let Some(found) = with(pending_date(pending)) {
                        return Some(found);
                    }
                }
                // "Nord-Kivu - Goma : des combats …", "OPINION – X : « … »": a rubric before a
                // headline's own colon, no dateline ("Beyrouth - Saba :" alone on its line is
                // a place and its agency).
                Some(_)
                    if !body
                        && !found.agency
                        && opener(&input[after..end]).is_some_and(|o| {
                            o.separator == Some(":") && !input[after + o.end..end].trim().is_empty()
                        }) => {}
                Some(sep) if !matches!(sep, ":" | "/") && (known || capitals || found.agency) => {
                    // An opener under a date line completes it: "Sécurité - 21.12.2022" then
                    // "N'DJAMENA - ".
                    if let Some(found) = with(head.date_at(after).or(pending_date(pending))) {
                        return Some(found);
                    }
                }
                // Not where a line above goes on: "…du\nQuébec" is a wrapped headline.
                None if found.end == line.len() && !goes_on && head.is_city(place) => {
                    if let Some(found) = with(pending_date(pending)) {
                        return Some(found);
                    }
                }
                _ => {}
            }
        }

        let date_line = if strict {
            head.date_alone(start, end)
                .or_else(|| head.date_line(start, end).filter(|_| says_published(line)))
        } else {
            head.date_line(start, end)
        };
        if let Some(index) = date_line {
            // The page's stamp gives way to a date line to the day ("Publié le …").
            pending = match pending.and_then(|f| f.date) {
                Some(old) if Some(old) == stamped && head.precision(index) == 3 => {
                    head.more_precise(None, index)
                }
                _ => head.more_precise(pending, index),
            };
            confirmed = !strict;
            continue;
        }

        if run_words >= BODY_WORDS
            && !run_goes_on
            && !item
            && !is_boilerplate(line)
            && !is_teaser(line)
        {
            if strict || pending.is_some() {
                confirmed = true;
                break;
            }
            past_body = Some(PAST_BODY_LINES);
        }
    }
    pending.filter(|_| confirmed)
}

/// True when `line` opens with the words of a publication's stamp ("Publié le", "Mis à jour
/// :", after a label of a few words at most): a date line even under a headline and its
/// chapeau read as one paragraph.
fn says_published(line: &str) -> bool {
    let head: String = line.chars().take(40).collect();
    let folded = fold_str(&head);
    ["publie", "mis a jour", "mise a jour"]
        .iter()
        .any(|w| folded.contains(w))
}

/// The known city that opens `place` before a full stop and a capital, which the opener read
/// as one run of words ("Ouagadougou. Présent").
fn city_and_full_stop(head: &Head<'_>, (start, end): (usize, usize)) -> Option<(usize, usize)> {
    // (A place is short: a look at its bytes, not a searcher set up for two bytes.)
    let stop = head.input.as_bytes()[start..end]
        .windows(2)
        .position(|pair| pair == b". ")?;
    let city = (start, start + stop);
    head.input[start + stop + 2..]
        .starts_with(char::is_uppercase)
        .then_some(city)
        .filter(|&city| head.is_city(city))
}

/// "(PLACE, [le] DATE)" at `start`: the dateline in parentheses.
fn parenthesised_dateline(head: &Head<'_>, start: usize, parenthesis: &str) -> Option<Found> {
    comma_dateline(head, start + 1, &parenthesis[1..parenthesis.len() - 1])
}

/// "(PLACE) Body…", "(PLACE, Country) Body…" at `start`: the place in parentheses that opens
/// the body, as the press of Quebec writes it, when it is known or in capitals.
fn parenthesised_place(head: &Head<'_>, start: usize, parenthesis: &str) -> Option<(usize, usize)> {
    let inner = &parenthesis[1..parenthesis.len() - 1];
    let found = opener(inner)?;
    let place = (start + 1 + found.place.0, start + 1 + found.place.1);
    let whole = found.end == inner.len()
        || (found.separator == Some(",")
            && opener(&inner[found.end..]).is_some_and(|country| {
                found.end + country.end == inner.len() && country.separator.is_none()
            }));
    let text = &head.input[place.0..place.1];
    (whole && (head.is_known_place(place) || is_capitalised_place(text))).then_some(place)
}

/// "NNNN PLACE, [le] DATE" at `start`: a place after its postcode of four or five digits, with
/// its date ("3003 Berne, le 19 mai 2005").
fn postcode_dateline(head: &Head<'_>, start: usize, line: &str) -> Option<Found> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(4..=5).contains(&digits) || !line[digits..].starts_with(' ') {
        return None;
    }
    comma_dateline(head, start + digits + 1, &line[digits + 1..])
}

/// "PLACE, [Country,] [le] DATE" that opens `text`, at input offset `at`: the place with its
/// date, whatever the place.
fn comma_dateline(head: &Head<'_>, at: usize, text: &str) -> Option<Found> {
    let found = opener(text).filter(|o| o.separator == Some(","))?;
    let date = head.date_after_comma(at + found.end, at + text.len())?;
    Some(Found {
        place: Some((at + found.place.0, at + found.place.1)),
        date: Some(date),
        above: None,
    })
}

/// True when `line` ends with an article, a preposition or a conjunction, which a phrase
/// cannot end with: the line goes on in the next ("… au centre de formation de\nDakar").
fn ends_with_a_function_word(line: &str) -> bool {
    if line.ends_with(['\'', '’']) {
        return true;
    }
    let last = line.rsplit(' ').next().unwrap_or(line);
    last.len() < line.len()
        && matches!(
            last,
            "de" | "du"
                | "des"
                | "la"
                | "le"
                | "les"
                | "à"
                | "au"
                | "aux"
                | "et"
                | "en"
                | "pour"
                | "par"
                | "sur"
                | "avec"
                | "dans"
                | "un"
                | "une"
        )
}

/// The share buttons of [`share_buttons`].
const SHARE_BUTTONS: [&str; 9] = [
    "Tweet", "Share", "Partager", "Tweeter", "Imprimer", "Facebook", "Twitter", "WhatsApp", "Email",
];

/// True when `b` is the first byte of one of [`SHARE_BUTTONS`].
#[inline]
fn opens_a_button(b: u8) -> bool {
    matches!(b, b'T' | b'S' | b'P' | b'I' | b'F' | b'W' | b'E')
}

/// The length of the share buttons that open `line` ("Tweet Share ", "Partager Imprimer "),
/// with the blanks after them.
fn share_buttons(line: &str) -> usize {
    let mut at = 0;
    // (Most lines start with none of the buttons' first letters: no comparison.)
    while line.as_bytes().get(at).is_some_and(|&b| opens_a_button(b)) {
        let Some(word) = SHARE_BUTTONS
            .iter()
            .find(|b| line[at..].starts_with(*b) && line[at + b.len()..].starts_with([' ', '\t']))
        else {
            break;
        };
        at += word.len();
        at = line.len() - line[at..].trim_start_matches([' ', '\t']).len();
    }
    at
}

/// Long lines of web furniture that come before the body (cookie banners).
fn is_boilerplate(line: &str) -> bool {
    line.contains("cookie") || line.contains("Cookie") || line.contains("[Accepter]")
}

/// An unknown place is accepted when written in capitals, of three letters or more ("Q :" in
/// a transcript, "RD" are none), in at most three words, not
/// starting with an article ("NIAMEY", "ADDIS ABEBA"; not "LE MINISTRE DE LA DÉFENSE"), nor
/// named like an outlet ("XALIMANEWS", "ABIDJAN24").
fn is_capitalised_place(place: &str) -> bool {
    // Most places are not in capitals: that first, before the words are split and counted.
    if !crate::gazetteer::is_all_caps(place) {
        return false;
    }
    let outlet = [
        "NEWS", "INFO", "INFOS", "PRESS", "PRESSE", "MEDIA", "MÉDIAS", "TV", "FM",
    ]
    .iter()
    .any(|e| place.ends_with(e) && place.len() > e.len())
        || place.ends_with(|c: char| c.is_ascii_digit());
    if outlet || place.chars().filter(|c| c.is_alphabetic()).count() < 3 {
        return false;
    }
    // At most three words, without an article first (counted without collecting them).
    let mut words = place.split([' ', '-']).filter(|w| !w.is_empty());
    let first = words.next();
    words.nth(2).is_none()
        && !matches!(
            first,
            Some("LE" | "LA" | "LES" | "UN" | "UNE" | "DES" | "AU" | "AUX")
        )
}

mod line_regex;
mod lines;
mod opener;
#[cfg(test)]
mod tests;
