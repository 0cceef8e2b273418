//! The head of a document as the dateline reads it (its dates, known places and
//! organisations, in input offsets), and the tests of a date line: what may stand before a
//! date and after it on its line.

use super::canonical::Canonical;
use super::line_regex::LineRegex;
use super::lines::{
    closes_a_headline, domain_and_dashes, heads_a_sitting, is_prose_time, is_stamp_line,
    opens_after_a_label, published_after_a_headline, signed, source_after_a_cut_blurb,
    source_before_a_timestamp, stamped_with_a_time,
};
use super::opener::agency_at;
use super::{Found, MAX_BYTES};
use crate::gazetteer::{EntryKind, Gazetteer, Hit, Hits, Kinds};
use crate::pipeline::dates::{RawDate, Reading, Written};
use crate::text::blank::{blank, Blank};
use crate::text::{fold_str, NormalizedText};
use crate::types::calendar::Precision;
use crate::types::PlaceKind;
use once_cell::sync::Lazy;
use regex::Regex;

/// A date line's date is among the first dates of its line: the others are not read (a line
/// of dates without end, a table of figures glued into one line, is read in linear time).
const DATES_READ_IN_A_LINE: usize = 8;

/// After `PLACE,`: an optional country, then an optional "le", before the date.
static AFTER_COMMA: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:\p{Lu}[^,\n]{0,30},[ \t\u{a0}\u{202F}]*)?(?:le[ \t\u{a0}\u{202F}]+)?")
        .expect("compiles")
});

/// What may stand before a date on a date line (folded): a bullet or a bar ("| 26 NOV. 2018
/// |"), a time ("02:05 19 novembre 2019"), a short label ending with a dash, a bar, a
/// bullet, a slash, a comma or a semicolon ("Communiqué de presse, ", "Journal; le ",
/// "Ministère des Armées / Publié le :"), "publié le", "mis(e) à jour :"… (after
/// one word, even glued: a section's name, "Politique Publié le", "AfriqueMise à jour"; after a
/// byline, "Par l'agence Publié le"), or a byline ("… Rédigé par l'auteur le").
pub(super) static DATE_LINE_PREFIX: Lazy<LineRegex> = Lazy::new(|| {
    const HEAD: &str = r"^(?:[•·*|-][ \t]*)?(?:[0-2]?[0-9][:h][0-5][0-9][ \t]+)?(?:[^\n]{0,60}(?:[ \t][-|•·/]|[,;])[ \t]*)?";
    const STAMP: &str = r"(?:(?:(?:par [^\n]{1,40}?|[^\s]{1,30})[ \t]+)?(?:publiee?s?|mise? a jour|date|posted|update|issued on|modifi(?:e|ee|cation)|actualisee?|mise? en ligne)|[^\s]{1,30}(?:publiee?s?|mise? a jour)|[^\n]{0,200}(?:redige|ecrit|publie|poste) par [^\n]{1,60})?";
    // ("Dernière mise à jour à 08h41 le": a time after the stamp's words.)
    const TAIL: &str =
        r"[ \t]*(?:a[ \t]+[0-2]?[0-9][:h][0-5][0-9][ \t]+)?(?:le|du)?[ \t]*:?[ \t]*$";
    LineRegex::new(
        &format!("{HEAD}{STAMP}{TAIL}"),
        |text| PREFIX_KEYWORDS.is_match(text),
        Some((&format!("{HEAD}{TAIL}"), may_end_a_label)),
    )
    .expect("compiles")
});

/// The words the long parts of [`DATE_LINE_PREFIX`] need, as one search of literals (not a
/// searcher set up for each word).
static PREFIX_KEYWORDS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(concat!(
        "publie|a jour|date|posted|update|issued on|modifi|actualise|en ligne",
        "|redige par|ecrit par|poste par"
    ))
    .expect("compiles")
});

/// The stamps' words the long part of [`DATE_LINE_SUFFIX`] needs (or a bar or a dash).
static SUFFIX_KEYWORDS: Lazy<Regex> =
    Lazy::new(|| Regex::new("modifi(?:e|cation)|a jour|actualise|lecture").expect("compiles"));

/// True when `text` (a date line's prefix without a stamp's words) ends as a label, a
/// bullet or a time may before "le", "du" and a colon: with a dash, a bar, a bullet, a comma,
/// a semicolon, a slash or a figure, or nothing.
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
        || rest.ends_with(['-', '–', '—', '|', '•', '·', ',', ';', '*', '/'])
        || rest.ends_with(|c: char| c.is_ascii_digit())
}

/// A byline before a date, wherever the line goes on after it: "By Rédaction - ", "Par Awa
/// Diallo | ", "Par Awa Diallo, " (capitalised words, not "adopté par les ministres -"); a
/// byline that opens the line before "le" ("Par Awa Diallo le ", or glued to the name by a
/// page's extraction, "Par Awa Diallole "); or an author and an
/// outlet opening the line: "Awa DIALLO | Le Quotidien Mardi le ".
pub(super) static BYLINE: Lazy<LineRegex> = Lazy::new(|| {
    LineRegex::new(
        r"(?:(?:^|[^\S\n])(?:[Bb]y|[Pp]ar)[^\S\n]+\p{Lu}[^\s]*(?:[^\S\n]+\p{Lu}[^\s]*){0,3}(?:[^\S\n]+[-–—|]|,)|^(?:[Bb]y|[Pp]ar|PAR)[^\S\n]+\p{Lu}[^\s]*?(?:[^\S\n]+\p{Lu}[^\s]*?){0,3}[^\S\n]*le|^\p{Lu}[\p{L}'’-]+(?:[^\S\n]+\p{Lu}[\p{L}'’-]+){1,3}[^\S\n]*\|[^\S\n]*\p{Lu}[^|\n]{0,40}?(?:[^\S\n]+(?i:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:[^\S\n]+le)?)?)[^\S\n]*$",
        |text| text.contains('|') || has_a_byline_word(text),
        None,
    )
    .expect("compiles")
});

/// True when `text` holds "By", "by", "Par" or "par" as a word between white spaces (or its
/// ends): `text.split(char::is_whitespace).any(…)`, the words' last letters found by `memchr`
/// ("y" and "r"), not each word split off.
fn has_a_byline_word(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'y', b'r', bytes).any(|at| {
        let start = match bytes[at] {
            b'y' if at >= 1 && matches!(bytes[at - 1], b'B' | b'b') => at - 1,
            b'r' if at >= 2 && matches!(&bytes[at - 2..at], b"Pa" | b"pa") => at - 2,
            _ => return false,
        };
        text[..start]
            .chars()
            .next_back()
            .map_or(true, char::is_whitespace)
            && text[at + 1..]
                .chars()
                .next()
                .map_or(true, char::is_whitespace)
    })
}

/// What may follow a date on a date line (folded): its weekday after a comma ("3 March
/// 2021, Wednesday |"), a time, a time zone, a dash, what follows a bar ("| Agence…", "| Mots
/// clés : …"), an author or a source after a dash ("- Auteur : …", "- Source : …"), the
/// page's other stamps ("Modifié le …", "Dernière mise à jour le …", "Lecture : 2 min").
pub(super) static DATE_LINE_SUFFIX: Lazy<LineRegex> = Lazy::new(|| {
    const HEAD: &str = r"^[ \t]*(?:,[ \t]*(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[ \t]*)?(?:(?:,[ \t]*a|a|-|,)?[ \t]*[0-2]?[0-9][:h][0-5][0-9](?::[0-5][0-9]|mn|min)?(?:[ \t]*(?:am|pm))?(?:[ \t]*(?:gmt|utc|heures?))?)?[ \t]*";
    LineRegex::new(
        &format!(r"{HEAD}(?:[-–—]|[|.]|\.[-–—]|\|[^\n]{{0,80}}|[-–—][ \t]*(?:auteurs?|sources?|par|by|credits?)(?:[ \t]|:)[^\n]{{0,80}})?[ \t]*(?:(?:(?:derniere[ \t]+)?(?:modifie|modification|mis a jour|mise a jour)|actualise|lecture|temps de lecture)[^\n]{{0,40}})?$"),
        |text| {
            text.contains('|')
                || SUFFIX_KEYWORDS.is_match(text)
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

/// More characters other than spaces and tabs than a text [`DATE_LINE_PREFIX`] matches holds
/// (346 at most: a bullet, a time, a label of 60 characters and its mark, a stamp of 269
/// "[^\n]{0,200} rédigé par [^\n]{1,60}", a time, "le :"), and than one
/// [`DATE_LINE_SUFFIX`] matches holds (158 at most), with some room.
const PREFIX_MOST: usize = 400;
const SUFFIX_MOST: usize = 200;

/// True when `text` holds more than `most` characters of ASCII other than spaces and tabs,
/// each of which folds to one such character: no date line's prefix or suffix of at most
/// `most` such characters, without a look at its folding.
fn longer_than(text: &str, most: usize) -> bool {
    // (Counted up to `most + 1` only: a long line is not read to its end.)
    text.len() > most
        && text
            .bytes()
            .filter(|&b| b.is_ascii() && b != b' ' && b != b'\t')
            .nth(most)
            .is_some()
}

/// `test` of `text` folded, in a buffer on the stack when it fits (a date line's parts are
/// short), else in a string of its own.
pub(super) fn folded(text: &str, test: impl FnOnce(&str) -> bool) -> bool {
    let mut buffer = [0u8; 512];
    match crate::text::fold::fold_into(text, &mut buffer).map(std::str::from_utf8) {
        Some(Ok(folded)) => test(folded),
        _ => test(&fold_str(text)),
    }
}

/// True when `after`, what follows a date that opens its line, goes on as a sentence: a comma
/// and three words or more, the first in lower case and no byline's "par" ("Jeudi 7 mars
/// 2019, à la demande du gouverneur …": the story's day, not the page's; "12 avril 2016, par
/// Awa Sow" is a date line).
fn opens_a_sentence(after: &str) -> bool {
    after.strip_prefix(',').is_some_and(|rest| {
        let mut words = rest
            .split(|c| blank(c) != Blank::No)
            .filter(|w| !w.is_empty());
        words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase) && !matches!(w, "par" | "by"))
            && words.nth(1).is_some()
    })
}

/// The head of a document as the dateline reads it: its dates and known places in input
/// offsets.
pub(super) struct Head<'t> {
    pub(super) input: &'t str,
    pub(super) dates: &'t [RawDate],
    /// The dates' input spans (those of the head only), in order (their starts never
    /// decrease: searched by bisection).
    pub(super) date_spans: Vec<(usize, usize)>,
    /// The names the scan found in the head (a country's: "Liban"), in order of their input
    /// starts: a place or an organisation at a span is found by bisection, with no list of
    /// its own made for each document.
    pub(super) names: &'t [Hit],
    /// The themes' cues the scan found in the head, in order of their starts.
    cues: &'t [Hit],
    /// The entries of the names.
    pub(super) gazetteer: &'t Gazetteer,
}

impl<'t> Head<'t> {
    /// The head of `text`: its first [`MAX_BYTES`] bytes and lines, as the dateline reads them.
    pub(super) fn new(
        text: &NormalizedText<'t>,
        dates: &'t [RawDate],
        hits: &'t Hits,
        gazetteer: &'t Gazetteer,
    ) -> Head<'t> {
        let input = text.input();
        // Only the head of the document matters: its dates and hits, in input offsets. (Folding
        // never makes text longer than twice the input, so a folded offset past twice the head's
        // size is past the head.)
        let head_end = 2 * MAX_BYTES
            + 2 * input
                .len()
                .min(memchr::memchr(b'\n', input.as_bytes()).map_or(input.len(), |i| i + 1));
        // The dates and names of the head (both in order of their starts), the spans allocated
        // once at their size (not grown).
        let dates_in_head = dates.partition_point(|d| d.start <= head_end);
        let date_spans = dates[..dates_in_head]
            .iter()
            .map(|d| text.to_input_range(d.start, d.end))
            .collect();
        let in_head = |hits: &'t [Hit]| &hits[..hits.partition_point(|h| h.start <= head_end)];
        Head {
            input,
            dates,
            date_spans,
            names: in_head(&hits.names),
            cues: in_head(&hits.cues),
            gazetteer,
        }
    }

    /// The names and the cues of the head at their offsets in its `canonical` writing.
    pub(super) fn hits_in(&self, canonical: &Canonical) -> (Vec<Hit>, Vec<Hit>) {
        (
            canonical.hits_from_input(self.names),
            canonical.hits_from_input(self.cues),
        )
    }

    /// The head in its `canonical` writing, with its `names` and `cues` there
    /// ([`Head::hits_in`]): the dates' spans in that writing, those it holds whole.
    pub(super) fn rewritten<'a>(
        &self,
        canonical: &'a Canonical,
        names: &'a [Hit],
        cues: &'a [Hit],
    ) -> Head<'a>
    where
        't: 'a,
    {
        Head {
            input: &canonical.text,
            dates: self.dates,
            date_spans: canonical
                .spans_from_input(self.date_spans.iter().copied())
                .collect(),
            names,
            cues,
            gazetteer: self.gazetteer,
        }
    }

    /// True when `start..end` is a theme's cue, a common noun of the field ("TERRORISME –", a
    /// headline's rubric): no place.
    pub(super) fn is_a_cue(&self, (start, end): (usize, usize)) -> bool {
        let first = self.cues.partition_point(|h| h.input_start < start);
        self.cues[first..]
            .iter()
            .take_while(|h| h.input_start == start)
            .any(|h| h.input_end == end)
    }

    /// The date that starts at input offset `at`.
    pub(super) fn date_at(&self, at: usize) -> Option<usize> {
        let first = self.date_spans.partition_point(|&(s, _)| s < at);
        self.date_spans[first..]
            .iter()
            .take_while(|&&(s, _)| s == at)
            .position(|&(s, e)| e > s)
            .map(|i| first + i)
    }

    /// True when the line `start..end` closes with a date in parentheses: "… (25 avril
    /// 2025)", "… (27 au 29 mars 2022)".
    pub(super) fn closed_by_a_date(&self, start: usize, end: usize) -> bool {
        let Some(inside) = self.input[start..end].strip_suffix(')') else {
            return false;
        };
        inside.rfind('(').is_some_and(|open| {
            self.date_at(start + open + 1)
                .is_some_and(|date| self.date_spans[date].1 == end - 1)
        })
    }

    /// The names (with their indices) that start at input offset `start`.
    pub(super) fn names_at(&self, start: usize) -> impl Iterator<Item = (usize, &'t Hit)> {
        let first = self.names.partition_point(|h| h.input_start < start);
        self.names[first..]
            .iter()
            .take_while(move |h| h.input_start == start)
            .enumerate()
            .map(move |(i, h)| (first + i, h))
    }

    /// The known places at the input span `start..end`, each with its index in `names`.
    fn places_at(&self, (start, end): (usize, usize)) -> impl Iterator<Item = (usize, &'t Hit)> {
        self.names_at(start)
            .filter(move |(_, h)| h.input_end == end && h.kinds.any(Kinds::PLACE))
    }

    pub(super) fn is_known_place(&self, span: (usize, usize)) -> bool {
        self.places_at(span).next().is_some()
    }

    /// The end of the longest known place that starts at input offset `at` and ends by `end`
    /// (a name may cross a line break: the line's end bounds it).
    pub(super) fn place_at(&self, at: usize, end: usize) -> Option<usize> {
        self.names_at(at)
            .filter(|(_, h)| h.kinds.any(Kinds::PLACE) && h.input_end <= end)
            .map(|(_, h)| h.input_end)
            .max()
    }

    /// `at..end` after its blanks, a dash and the blanks after it: where the text after the
    /// dash starts ("12 juin 2019 – Ottawa", "1er mars 1960-1er mars 2016").
    pub(super) fn after_a_dash(&self, at: usize, end: usize) -> Option<usize> {
        let spaces = |c| blank(c) == Blank::Space;
        let rest = self
            .input
            .get(at..end)?
            .trim_start_matches(spaces)
            .strip_prefix(['-', '–', '—'])?
            .trim_start_matches(spaces);
        Some(end - rest.len())
    }

    /// The first known place (in order) that ends at input offset `end` and starts after
    /// `after`.
    pub(super) fn place_ending_at(&self, end: usize, after: usize) -> Option<(usize, usize)> {
        let first = self.names.partition_point(|h| h.input_start <= after);
        self.names[first..]
            .iter()
            .take_while(|h| h.input_start < end)
            .filter(|h| h.kinds.any(Kinds::PLACE))
            .map(|h| (h.input_start, h.input_end))
            .find(|&(_, e)| e == end)
    }

    /// True when the words at `start..end` end with "de" and a known place that is not all
    /// of them: a thing of that place, in a headline ("ATTENTATS DE BAMAKO—…", "Sommet de
    /// Dakar -"), no place of its own.
    pub(super) fn of_a_known_place(&self, (start, end): (usize, usize)) -> bool {
        self.place_ending_at(end, start).is_some_and(|(s, _)| {
            let before = &self.input[start..s];
            [" DE ", " de ", " DU ", " du ", " D'", " d'", " D’", " d’"]
                .iter()
                .any(|of| before.ends_with(of))
        })
    }

    pub(super) fn is_country(&self, (start, end): (usize, usize)) -> bool {
        self.names_at(start)
            .any(|(_, h)| h.kinds.any(Kinds::COUNTRY_NAME) && h.input_end == end)
    }

    /// True when `hit` is a known organisation that is no place ("ANI", an agency).
    fn is_organization_hit(hit: &Hit) -> bool {
        hit.kinds.any(Kinds::ORGANIZATION) && !hit.kinds.any(Kinds::PLACE)
    }

    /// True when a known organisation that is no place starts at `start`.
    pub(super) fn organization_at(&self, start: usize) -> bool {
        self.names_at(start)
            .any(|(_, h)| Head::is_organization_hit(h))
    }

    pub(super) fn is_organization(&self, (start, end): (usize, usize)) -> bool {
        self.names_at(start)
            .any(|(_, h)| h.input_end == end && Head::is_organization_hit(h))
    }

    pub(super) fn is_city(&self, span: (usize, usize)) -> bool {
        // (A city or a capital: one of the place's entries.)
        self.places_at(span).any(|(i, _)| {
            self.gazetteer.entries(&self.names[i]).any(|e| {
                matches!(
                    e.kind,
                    EntryKind::Place {
                        kind: PlaceKind::City | PlaceKind::Capital,
                        ..
                    }
                )
            })
        })
    }

    /// How precise date `index` is: unresolved (a yearless day), a year, a month, a day.
    pub(super) fn precision(&self, index: usize) -> u8 {
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
    ///
    /// Or the date after "Le", before a time as prose writes it: "Le 11/09/2018 à 14h30".
    pub(super) fn date_alone(&self, start: usize, end: usize) -> Option<usize> {
        if let Some(index) = ["Le ", "le "]
            .iter()
            .find_map(|article| self.input[start..end].strip_prefix(article))
            .and_then(|rest| self.date_at(end - rest.len()))
        {
            // (A date may cross the line's end, "12\nmars 2021": then it is no line's.)
            let (_, date_end) = self.date_spans[index];
            let after = self.input.get(date_end..end)?;
            return (self.is_day(index) && is_prose_time(after)).then_some(index);
        }
        let index = self.date_at(start)?;
        let (_, date_end) = self.date_spans[index];
        let after = self.input.get(date_end..end)?;
        (self.is_day(index)
            && folded(after, |text| DATE_LINE_SUFFIX.is_match(text))
            && !after.contains(char::is_alphabetic))
        .then_some(index)
    }

    /// The date of a wire written without its year at the start of line `start..end`, before
    /// its agency in parentheses and a dash ("23 février (Reuters) - …", "Le 4 mai (APS) –
    /// …"): a dateline's date without a place, whose year the date line above gives.
    pub(super) fn yearless_wire_date(&self, start: usize, end: usize) -> Option<usize> {
        let line = &self.input[start..end];
        let at = ["Le ", "le "]
            .iter()
            .find_map(|article| line.strip_prefix(article))
            .map_or(start, |rest| end - rest.len());
        // (Most lines open with no figure.)
        if !self
            .input
            .as_bytes()
            .get(at)
            .is_some_and(u8::is_ascii_digit)
        {
            return None;
        }
        let index = self.date_at(at)?;
        let (_, date_end) = self.date_spans[index];
        let yearless_day = self.is_yearless_day(index);
        let after = self.input.get(date_end..end)?.trim_start();
        let dash = agency_at(after).map(|len| after[len..].trim_start());
        (yearless_day && dash.is_some_and(|rest| rest.starts_with(['-', '–', '—'])))
            .then_some(index)
    }

    /// True when date `index` is a day and its month, written without their year ("23
    /// février").
    pub(super) fn is_yearless_day(&self, index: usize) -> bool {
        matches!(
            self.dates[index].reading,
            Reading::Single(Written {
                year: None,
                month: Some(_),
                day: Some(_)
            })
        )
    }

    /// True when date `index` is one day, not a range ("Du 5 au 7 mai 2020 s'est tenu …" is
    /// an event's).
    pub(super) fn is_day(&self, index: usize) -> bool {
        self.precision(index) == 3 && !matches!(self.dates[index].reading, Reading::Range(..))
    }

    /// `pending` with date line `index`, kept when it is more precise than the date it has.
    pub(super) fn more_precise(&self, pending: Option<Found>, index: usize) -> Option<Found> {
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

    /// True when a dash and a date follow `at` (before `end`).
    fn dash_and_date_after(&self, at: usize, end: usize) -> bool {
        self.after_a_dash(at, end)
            .is_some_and(|after| self.date_at(after).is_some())
    }

    /// `pending` after date line `index`: the page's stamp (`stamped`) gives way to a date
    /// line to the day ("Publié le …"), and a date line to one less precise.
    pub(super) fn after_date_line(
        &self,
        pending: Option<Found>,
        stamped: Option<usize>,
        index: usize,
    ) -> Option<Found> {
        match pending.and_then(|f| f.date) {
            Some(old) if Some(old) == stamped && self.precision(index) == 3 => {
                self.more_precise(None, index)
            }
            _ => self.more_precise(pending, index),
        }
    }

    /// "[le] DATE" at `at`, or "COUNTRY, [le] DATE": the date after a place's comma.
    pub(super) fn date_after_comma(&self, at: usize, end: usize) -> Option<usize> {
        let skip = AFTER_COMMA
            .find(&self.input[at..end])
            .map_or(0, |m| m.end());
        self.date_at(at + skip)
    }

    /// The date line at `start..end` (a line, or the rest of one), if it is one: the index of
    /// its date, among the first [`DATES_READ_IN_A_LINE`] dates of the line.
    pub(super) fn date_line(&self, start: usize, end: usize) -> Option<usize> {
        // The line's dates that are not relative ("Lundi, 3 juin 2024": the weekday alone is
        // one), the first that stands as a date line's ("Défilé du 4 avril … Rédigé par X le
        // 4 avril 2023 à 16:22").
        // (Only the dates that start in the line: found by bisection, their starts in order;
        // the first few of them, so that a line of many dates costs in proportion to its
        // length.)
        let first = self.date_spans.partition_point(|&(s, _)| s < start);
        let in_line = self.date_spans[first..]
            .iter()
            .take(DATES_READ_IN_A_LINE)
            .take_while(|&&(s, _)| s < end)
            .count();
        (first..first + in_line).find(|&index| {
            let (s, e) = self.date_spans[index];
            if !(e <= end && s < e && !self.dates[index].is_relative()) {
                return false;
            }
            // (Read once: every test below but one asks for a day.)
            let day = self.is_day(index);
            // "20/12/2011 (ref) Source / Headline": a day with its year opens the line.
            // (Not a range: "Du 5 au 7 mai 2020 s'est tenu …" is an event's.)
            let (before, after) = (&self.input[start..s], &self.input[e..end]);
            // (Not before a dash and a second date: "1er mars 1960-1er mars 2016, …".)
            (s == start && day && !self.dash_and_date_after(e, end) && !opens_a_sentence(after))
                || (!longer_than(before, PREFIX_MOST)
                    && folded(before, |text| DATE_LINE_PREFIX.is_match(text))
                    && ((!longer_than(after, SUFFIX_MOST)
                        && folded(after, |text| DATE_LINE_SUFFIX.is_match(text)))
                        || signed(after)))
                // (A byline may date the page to the month: "par Awa Diallo, mai 2022".)
                || ((day || self.precision(index) == 2) && BYLINE.is_match(before))
                || (day
                    && (is_stamp_line(&self.input[start..end])
                        || closes_a_headline(before, after)
                        || opens_after_a_label(before, after)
                        || source_before_a_timestamp(before, after)
                        || domain_and_dashes(before, after)
                        || stamped_with_a_time(after)
                        || published_after_a_headline(before, after)
                        || source_after_a_cut_blurb(before, after)
                        || heads_a_sitting(before, after)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The byline's words are found as a split at white space finds them.
        #[test]
        fn byline_words_are_found_as_split_finds_them(
            text in "([a-zA-Z ]|By|by|Par|par|PAR|\u{a0}|\u{2009}|é|\t){0,16}",
        ) {
            proptest::prop_assert_eq!(
                has_a_byline_word(&text),
                text.split(char::is_whitespace)
                    .any(|w| matches!(w, "By" | "by" | "Par" | "par"))
            );
        }

        /// The keywords' searches find what a search for each word finds.
        #[test]
        fn keywords_are_found_as_contains_finds_them(
            text in "([a-z ]|publi|a jou|dat|redige|par|modifi|cation|actualis|en lign|lectur|é|-){0,30}",
        ) {
            let prefix = [
                "publie", "a jour", "date", "posted", "update", "issued on", "modifi", "actualise",
                "en ligne", "redige par", "ecrit par", "poste par",
            ];
            let suffix = ["modifie", "modification", "a jour", "actualise", "lecture"];
            proptest::prop_assert_eq!(
                PREFIX_KEYWORDS.is_match(&text),
                prefix.iter().any(|k| text.contains(k))
            );
            proptest::prop_assert_eq!(
                SUFFIX_KEYWORDS.is_match(&text),
                suffix.iter().any(|k| text.contains(k))
            );
        }
    }

    /// The longest prefix and suffix of a date line, each part as long as its pattern allows:
    /// matched, and within the bounds that spare the regexes longer texts.
    #[test]
    fn the_longest_prefix_and_suffix_are_within_the_bounds() {
        let nonblank = |text: &str| text.chars().filter(|c| !matches!(c, ' ' | '\t')).count();
        let prefix = format!(
            "• 12:30 {} - {}redige par {} a 12:30 le :",
            "x".repeat(58),
            "y".repeat(200),
            "z".repeat(60)
        );
        assert!(DATE_LINE_PREFIX.is_match(&prefix));
        assert!(nonblank(&prefix) <= PREFIX_MOST);
        let suffix = format!(
            " a 12:30:45 heures - credits:{} temps de lecture{}",
            "x".repeat(80),
            "y".repeat(40)
        );
        assert!(DATE_LINE_SUFFIX.is_match(&suffix));
        assert!(nonblank(&suffix) <= SUFFIX_MOST);
    }
}
