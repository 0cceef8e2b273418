//! The reading of the head, line by line: each line is counted (its words, whether it goes on
//! in the next), then read in order for a page's stamp, share buttons, an agency or a dateline
//! in parentheses first, a postcode or two places, a source before the place, the opener
//! ([`super::opening`]), a dateline inside the line, a wire's yearless date, a date line;
//! a body paragraph ends the reading (or leaves a few lines read strictly under a blurb).

use super::head::Head;
use super::lines::{
    describes_the_item_above, glued_furniture, is_boilerplate, is_caption, is_teaser,
    is_temperature, lines_with_feeds, published_after_a_headline, says_published, share_buttons,
    signed_after_a_time, signed_at, stamp, stamped_with_a_time, words_up_to_body,
};
use super::opener::{agency_at, is_byline_text, opener};
use super::opening::opening;
use super::place_and_date::{
    agency_dateline_inside, byline_before_an_opener, date_then_place, dated_opening,
    dateline_after_a_sentence, parenthesised_dateline, parenthesised_place, postcode_dateline,
    slashed_source, two_places_dateline,
};
use super::{Found, BODY_WORDS, MAX_BYTES, MAX_LINES, PAST_BODY_LINES, WRAPPED_LINE};
use crate::text::blank::{blank, Blank};
use crate::text::boundary::floor_char_boundary;
use crate::text::wrap::ends_with_a_function_word;

/// What a step of the reading made of a line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Step {
    /// The dateline.
    Found(Found),
    /// The line is read: on to the next one.
    Next,
    /// The reading ends (what was found so far stands, if confirmed).
    Stop,
    /// The line goes on to the next step.
    On,
}

/// A line of the head as its steps read it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Line<'i> {
    /// Where [`Line::text`] starts in the input.
    pub(super) start: usize,
    /// The line's text, without its blanks, less what the steps before read off its start (a
    /// stamp, buttons, an agency, a source).
    pub(super) text: &'i str,
    /// Where the line ends in the input.
    pub(super) end: usize,
    /// Past a first body paragraph: only a dateline with its place and its date (or its
    /// agency) is read.
    pub(super) strict: bool,
    /// Its words, counted up to [`BODY_WORDS`].
    pub(super) words: usize,
    /// The line above goes on in this one (a paragraph wrapped by a mail or wire system).
    pub(super) goes_on: bool,
    /// The line is an item of a list ("- La ministre a …"): whole, and no body paragraph.
    pub(super) item: bool,
    /// The line above was blank.
    pub(super) after_blank: bool,
    /// The line above was a temperature: a city here is a weather widget's.
    pub(super) weather: bool,
    /// A source and a slash were read off the line's start ("AGENCE/Nouakchott le …").
    pub(super) slashed: bool,
    /// The last line above that was not blank, whole.
    pub(super) above: &'i str,
}

impl<'i> Line<'i> {
    /// The line from `rest`, a part of its text that ends where it ends.
    fn keep(&mut self, rest: &'i str) {
        self.start = self.end - rest.len();
        self.text = rest;
    }

    /// The line past its first `bytes` bytes.
    fn skip(&mut self, bytes: usize) {
        self.start += bytes;
        self.text = &self.text[bytes..];
    }
}

/// The state of the reading, from line to line.
#[derive(Default)]
struct Reader<'i> {
    /// Where the next line starts in the input.
    offset: usize,
    /// The lines read that were not blank.
    lines: usize,
    /// The date line found so far, waiting for a place below it.
    pending: Option<Found>,
    /// The words of the run of lines that go on into each other.
    run_words: usize,
    /// Where that run starts in the input.
    run_start: usize,
    /// The last line goes on in the next.
    run_goes_on: bool,
    /// Past a first body paragraph with nothing found, the lines left where only a dateline
    /// with its place and its date is read (under a site's blurb: "(Le 6 mai 2014) - OTTAWA
    /// -").
    past_body: Option<usize>,
    /// A date alone past the body is the page's only when more text follows: the last line
    /// of a blurb is its timestamp.
    unconfirmed: bool,
    /// The date of the page's stamp, when there is one.
    stamped: Option<usize>,
    /// The line above was a temperature.
    under_a_temperature: bool,
    /// The line above was blank.
    blank_above: bool,
    /// The last line that was not blank.
    line_above: &'i str,
}

/// "… les unités du pays Publié le\njeudi 4 mars 2021 | Revue", "… Publié le jeudi\n4 mars
/// 2021", "… engagées dans le nord du\npays Publié le 4 mars 2021": a headline's stamp
/// that a wrap cut, its label at the end of the line above or in `line`, and its date in
/// `line` or crossing into it: the index of the date.
fn published_over_a_wrap(head: &Head<'_>, line: &Line<'_>) -> Option<usize> {
    /// How far into the line above a date that crosses into `line` may start, in bytes.
    const REACH: usize = 40;
    let input = head.input;
    let first = head.date_spans.partition_point(|&(_, e)| e <= line.start);
    let index = (first..head.date_spans.len())
        .take_while(|&i| head.date_spans[i].0 < line.end)
        .find(|&i| {
            let (s, e) = head.date_spans[i];
            s + REACH >= line.start && e <= line.end && !head.dates[i].is_relative()
        })?;
    let (s, e) = head.date_spans[index];
    let before = input[..s].trim_end_matches(|c| blank(c) != Blank::No);
    let before = &before[before.rfind('\n').map_or(0, |i| i + 1)..];
    published_after_a_headline(before, &input[e..line.end]).then_some(index)
}

/// True when `text` holds a stamp's label ("Publié", "publié", "Mis à jour", "Mise à jour").
fn labelled(text: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), "ublié".as_bytes()).is_some()
        || memchr::memmem::find(text.as_bytes(), "à jour".as_bytes()).is_some()
}

/// The dateline of the head, read line by line.
pub(super) fn read(head: &Head<'_>) -> Option<Found> {
    let mut reader = Reader::default();
    for raw_line in lines_with_feeds(head.input) {
        match reader.line(head, raw_line) {
            Step::Found(found) => return Some(found),
            Step::Stop => {
                reader.unconfirmed = false;
                break;
            }
            Step::Next | Step::On => {}
        }
    }
    reader.pending.filter(|_| !reader.unconfirmed)
}

impl<'i> Reader<'i> {
    /// Reads `raw_line` (with its line break) for the dateline.
    fn line(&mut self, head: &Head<'i>, raw_line: &'i str) -> Step {
        let mut line = match self.count(raw_line) {
            Ok(line) => line,
            Err(step) => return step,
        };
        // "Déclaration de M. X, ministre, sur …, à\nParis le 14 juin 2016.": a speech's
        // heading that a wrap cut, closed by its place and day.
        if line.goes_on && !line.strict && line.text.ends_with('.') {
            let run = head.input.get(self.run_start..line.end).unwrap_or("");
            if let Some(found) = dateline_after_a_sentence(head, self.run_start, run) {
                return Step::Found(found);
            }
        }
        // A line that goes on a sentence cut after a comma or a word that needs another ("…
        // a tenu une conférence,\nmardi 5 mars 2019 à Gao, …", "… dans la soirée
        // du\nvendredi 9 juin 2023, le plan …"): a paragraph wrapped by a mail or
        // wire system, whose next words open no dateline, but for a headline's stamp that
        // the wrap cut ("… Publié le\nmardi 3 mai 2022").
        if line.goes_on && (line.above.ends_with(',') || ends_with_a_function_word(line.above)) {
            if let Some(index) = (labelled(line.above) || labelled(line.text))
                .then(|| published_over_a_wrap(head, &line))
                .flatten()
            {
                return self.on_date_line(head, &line, index);
            }
            return self.body_paragraph(&line);
        }
        let input = head.input;
        let pending_date = |pending: Option<Found>| pending.and_then(|f| f.date);

        // The page's stamp, "date 2022-11 Le ministre…": a date line, and the rest of the
        // line a line of its own.
        if let Some(index) = stamp(line.text)
            .filter(|_| !line.strict)
            .and_then(|at| head.date_at(line.start + at))
        {
            self.pending = head.more_precise(self.pending, index);
            self.stamped = Some(index);
            // (Its date may cross the line's end: then nothing is left of the line.)
            let (_, date_end) = head.date_spans[index];
            line.keep(input.get(date_end..line.end).unwrap_or("").trim_start());
            if line.text.is_empty() {
                return Step::Next;
            }
        }

        // "Tweet Share TUNIS (TAP) - …": the buttons of a page before its opener.
        let buttons = share_buttons(line.text);
        if buttons > 0 {
            line.skip(buttons);
        }
        // "<strong>Addis Abeba — …", "AGENCE_Conakry, le …": furniture glued before the text.
        let furniture = glued_furniture(line.text);
        if furniture > 0 {
            line.skip(furniture);
        }
        if let Some(found) = self.agency_first(head, &mut line) {
            return Step::Found(found);
        }
        // "3003 Berne, le 19 mai 2005": a postcode before the place and its date; "Dakar/New
        // York, le 5 janvier 2021": two places.
        if let Some(found) = postcode_dateline(head, line.start, line.text)
            .or_else(|| two_places_dateline(head, line.start, line.text))
            .filter(|_| !line.strict)
        {
            // (Without its own date, the date line above is the dateline's.)
            if found.date.is_none() {
                let date = pending_date(self.pending);
                return Step::Found(Found { date, ..found });
            }
            let above = pending_date(self.pending).filter(|&above| found.date != Some(above));
            return Step::Found(Found { above, ..found });
        }
        self.sources_first(head, &mut line);

        match opening(head, &line, &mut self.pending) {
            Step::On => {}
            step => return step,
        }

        // "… Ouagadougou, 8 mai 2019 (AFP) - Confronté …": a headline glued to its body.
        if let Some(found) = Some(line.text).filter(|_| !line.strict).and_then(|text| {
            agency_dateline_inside(head, line.start, text)
                .or_else(|| dateline_after_a_sentence(head, line.start, text))
                .or_else(|| date_then_place(head, line.start, text))
        }) {
            // (A wire's day without its year, "GENÈVE, 27 février (Xinhua) --", takes it from
            // the date line above.)
            let yearless = found.date.is_some_and(|date| head.is_yearless_day(date));
            let above =
                pending_date(self.pending).filter(|&above| yearless && found.date != Some(above));
            return Step::Found(Found { above, ..found });
        }

        // "23 février (Reuters) - …": a wire's date without its year opens the body.
        if let Some(index) = head
            .yearless_wire_date(line.start, line.end)
            .filter(|_| !line.strict)
        {
            return Step::Found(Found {
                place: None,
                date: Some(index),
                above: pending_date(self.pending),
            });
        }

        // ("Fait à Niamey, le 3 août 2023": a document's signature, its end, no date line.)
        let date_line = if signed_at(line.text) || under_a_credit(&line) {
            None
        } else if line.strict {
            // (Past a standfirst read as the body, a page's stamp: its words, its author ("par
            // Awa Sow le 12 juin 2022", "12 juin 2022 à 7h30 par la rédaction"), a time as a
            // machine writes it, "Awa Sow - 12 juin 2022 à 07:30 - …", or fields that a bar
            // parts, "12.06.2022 | Revue | AS".)
            head.date_alone(line.start, line.end).or_else(|| {
                head.date_line(line.start, line.end).filter(|&index| {
                    let (date_start, date_end) = head.date_spans[index];
                    let after = input.get(date_end..line.end).unwrap_or("");
                    says_published(line.text)
                        || is_byline_text(line.text)
                        || stamped_with_a_time(after)
                        || (date_start == line.start && after.trim_start().starts_with('|'))
                        || (date_start == line.start && signed_after_a_time(after))
                })
            })
        } else {
            head.date_line(line.start, line.end)
        };
        // ("… Publié le samedi\n5 août 2023": a stamp's date that a wrap cut inside, the line
        // opening with its day.)
        let date_line = date_line.or_else(|| {
            if !line.text.starts_with(|c: char| c.is_ascii_digit()) {
                return None;
            }
            let from = line.above.len().saturating_sub(24);
            let tail = &line.above[floor_char_boundary(line.above, from)..];
            labelled(tail)
                .then(|| published_over_a_wrap(head, &line))
                .flatten()
        });
        if let Some(index) = date_line {
            return self.on_date_line(head, &line, index);
        }

        self.body_paragraph(&line)
    }

    /// After date line `index` on `line`: what is pending, and whether the page confirms it.
    fn on_date_line(&mut self, head: &Head<'i>, line: &Line<'i>, index: usize) -> Step {
        self.pending = head.after_date_line(self.pending, self.stamped, index);
        self.unconfirmed = line.strict;
        Step::Next
    }

    /// After a line where nothing was found: [`Step::Stop`] when it ends a body paragraph
    /// under something found, else [`Step::Next`].
    fn body_paragraph(&mut self, line: &Line<'i>) -> Step {
        // A body paragraph ends the reading when something was found above it, else leaves a
        // few lines to read strictly.
        if self.run_words >= BODY_WORDS
            && !self.run_goes_on
            && !line.item
            && !is_boilerplate(line.text)
            && !is_teaser(line.text)
            // (A caption is no body paragraph, nor a menu's item and its description.)
            && !is_caption(line.text)
            && !describes_the_item_above(line.text, line.above)
        {
            if line.strict || self.pending.is_some() {
                return Step::Stop;
            }
            self.past_body = Some(PAST_BODY_LINES);
        }
        Step::Next
    }

    /// Counts `raw_line` (its words, whether it goes on in the next) and makes it a [`Line`]:
    /// [`Step::Next`] instead for a blank line, [`Step::Stop`] when the reading is done.
    fn count(&mut self, raw_line: &'i str) -> Result<Line<'i>, Step> {
        let line_start = self.offset;
        self.offset += raw_line.len();
        // (More text follows: a date alone above is no last line.)
        if line_start > MAX_BYTES || self.lines >= MAX_LINES {
            return Err(Step::Stop);
        }
        let trimmed = raw_line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let start = line_start + (raw_line.len() - trimmed.len());
        let text = trimmed.trim_end();
        if text.is_empty() {
            (self.run_words, self.run_goes_on) = (0, false);
            self.blank_above = true;
            return Err(Step::Next);
        }
        let after_blank = std::mem::replace(&mut self.blank_above, false);
        let above = std::mem::replace(&mut self.line_above, text);
        self.lines += 1;
        let weather = std::mem::replace(&mut self.under_a_temperature, is_temperature(text));
        match self.past_body {
            Some(0) => return Err(Step::Stop),
            Some(left) => self.past_body = Some(left - 1),
            None => {}
        }
        // A line that ends no sentence goes on in the next one (a paragraph wrapped by a
        // mail or wire system): the body is a run of words, not a line.
        // Counted up to `BODY_WORDS`, all the tests below ask of a line (and of a run, a sum
        // that reaches it when a line does): a long paragraph is not read to its end.
        let words = words_up_to_body(text);
        let goes_on = self.run_goes_on;
        self.run_words = if self.run_goes_on {
            self.run_words + words
        } else {
            self.run_start = start;
            words
        };
        // An item of a list ("- La ministre a …": a summary under the headline) is whole on
        // its line, and no body paragraph.
        let item = text
            .strip_prefix(['-', '–', '•', '*'])
            .is_some_and(|rest| rest.starts_with(|c| blank(c) == Blank::Space));
        // Only a line of some length is wrapped, or one that ends with a word that needs
        // another ("… de"): a menu's short lines are each whole; so is a photo's caption,
        // which ends with its credit.
        self.run_goes_on = !item
            && (text.len() >= WRAPPED_LINE || ends_with_a_function_word(text))
            && !text.ends_with(['.', '!', '?', ':', ';', '»', '"', ')', '|'])
            && !is_caption(text);
        Ok(Line {
            start,
            text,
            end: start + text.len(),
            strict: self.past_body.is_some(),
            words,
            goes_on,
            item,
            after_blank,
            weather,
            slashed: false,
            above,
        })
    }

    /// "(AIP) – Abidjan, le 12 mai 2023 – …": the agency first, then the line (read off it);
    /// "(Le 6 mai 2014) – OTTAWA – …": the date first; "(Ouagadougou, 13 mai 2021) Le …":
    /// the whole dateline in parentheses.
    fn agency_first(&mut self, head: &Head<'i>, line: &mut Line<'i>) -> Option<Found> {
        let len = agency_at(line.text)?;
        let (start, strict) = (line.start, line.strict);
        let parentheses = &line.text[..len];
        let rest = line.text[len..].trim_start_matches(|c| blank(c) == Blank::Space);
        let dashed = rest.starts_with(['-', '–', '—']);
        // "(Niamey, 8 mai 2015) – Le …": the whole dateline in parentheses, then a dash.
        if let Some(found) =
            parenthesised_dateline(head, start, parentheses).filter(|_| !strict && dashed)
        {
            return Some(found);
        }
        if let Some(after) = rest.strip_prefix(['-', '–', '—']) {
            if let Some(index) = head.date_line(start + 1, start + len - 1) {
                self.pending = head.more_precise(self.pending, index);
            }
            line.keep(after.trim_start_matches(|c| blank(c) == Blank::Space));
            None
        } else if let Some(found) =
            parenthesised_dateline(head, start, parentheses).filter(|_| !strict)
        {
            Some(found)
        } else {
            parenthesised_place(head, start, parentheses)
                .filter(|_| !strict && rest.starts_with(char::is_uppercase))
                .map(|place| Found {
                    place: Some(place),
                    date: self.pending.and_then(|f| f.date),
                    above: None,
                })
        }
    }

    /// Reads off the start of `line` what stands before its dateline: a known organisation
    /// and a dash ("ONU – New York / …"), a source and a slash ("AGENCE/Nouakchott le 7 avril
    /// 2025"), a date line and a dash ("Le 3 mars 2014 – Ottawa (Ontario) – …", its date
    /// the pending one).
    fn sources_first(&mut self, head: &Head<'i>, line: &mut Line<'i>) {
        // "ONU – New York / …": a known organisation and a dash before the dateline.
        if let Some(source) = Some(line.text)
            .filter(|_| head.organization_at(line.start))
            .and_then(opener)
        {
            let span = (line.start + source.place.0, line.start + source.place.1);
            let dashed = source
                .separator
                .is_some_and(|s| s.starts_with(['-', '–', '—']));
            if source.place.0 == 0
                && dashed
                && !source.agency
                && head.is_organization(span)
                && opener(&line.text[source.end..]).is_some()
            {
                line.skip(source.end);
            }
        }
        // "par Awa Diallo NIAMEY (Reuters) - …": the authors before a wire's opener.
        if let Some(skip) = byline_before_an_opener(line.text) {
            line.skip(skip);
        }
        // "AGENCE/Nouakchott le 7 avril 2025": a source and a slash before the dateline.
        if let Some(skip) = slashed_source(head, line.start, line.text) {
            line.skip(skip);
            line.slashed = true;
        }
        // "Le 3 mars 2014 – Ottawa (Ontario) – …": a date line, then a line of its own.
        if let Some((index, skip)) =
            dated_opening(head, line.start, line.text).filter(|_| !line.strict)
        {
            self.pending = head.after_date_line(self.pending, self.stamped, index);
            line.skip(skip);
        }
    }
}

/// True when `line` is a photo's caption under its credit: the line above holds "©" and this
/// one, a sentence closed by its full stop ("X sur les lieux de l'attaque, le 25 septembre
/// 2020."), tells when the photo was taken, not when the page was published; a page's stamp
/// is none ("Publié le 3 juin 2021 Lecture : 2 minutes.").
fn under_a_credit(line: &Line<'_>) -> bool {
    line.text.ends_with('.') && line.above.contains('©') && !says_published(line.text)
}
