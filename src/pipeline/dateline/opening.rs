//! The dateline an opener gives ("Niamey - ", "NOUAKCHOTT (AFP) -", "Riyad, 31-5-2023"): its
//! place, made exact (a preposition, an agency glued to it, a source before a place in
//! parentheses and a date's article left out), then what its separator allows: a date after a
//! comma, a wire's dash, a colon, a slash or a bar in a body paragraph, a date without a
//! comma, or a city alone on its line.

use super::head::Head;
use super::lines::{is_caption, opens_a_wrapped_paragraph};
use super::opener::{
    agency_at, before_glued_body, is_a_domain, is_byline_text, is_capitalised_place,
    is_rubric_text, names_a_day, opener, opens_nothing, opens_with_an_article, Opener,
};
use super::place_and_date::{
    and_a_second_place, city_and_full_stop, date_alone_below, place_and_country,
    slashed_source_below,
};
use super::reader::{Line, Step};
use super::{Found, BODY_WORDS, SENTENCE_WORDS};
use crate::lexicon::PLACE_PARTICLES;
use crate::text::blank::{blank, Blank};

/// The dateline that the opener of `line` gives, if any ([`Step::Found`]); [`Step::Next`]
/// when the opener is a source whose date is a date line (`pending_out` then holds it); else
/// [`Step::On`], the line read on.
pub(super) fn opening(head: &Head<'_>, line: &Line<'_>, pending_out: &mut Option<Found>) -> Step {
    let Some(o) = Opened::read(head, line, *pending_out) else {
        return Step::On;
    };
    // "Ouagadougou. Présent à …": a city and a full stop open a body paragraph.
    if let Some(city) = city_and_full_stop(head, o.place).filter(|_| !line.strict) {
        if line.words >= SENTENCE_WORDS {
            return Step::Found(Found {
                place: Some(city),
                date: o.pending_date(),
                above: None,
            });
        }
    }
    let found = match o.found.separator {
        // "Fri, 24 Jun 2022 Source : …": a weekday is no place, its date a date line; nor is
        // an unknown name that opens with an article ("Le Figaro, 11 août 2016": a
        // newspaper's), nor a known organisation, alone or before more words ("AFP, 3 mars
        // 2019", "AGENCE Burkina Faso, 22 Nov 2023": a source).
        _ if o.is_a_source() => {
            if let Some(date) = o.source_date() {
                *pending_out = head.more_precise(o.pending, date);
                return Step::Next;
            }
            None
        }
        Some(",") => o.after_comma(),
        // ("OTTAWA | Le Canada …": a bar, as Québec's papers write it; "AA / Istanbul / Awa
        // Diallo": a source, its place and its author.)
        Some(":" | "/" | "|") if (o.body || line.slashed) && (o.known || o.capitals) => {
            o.with(o.pending_date())
        }
        // "Nord-Kivu - Goma : des combats …", "OPINION – X : « … »": a rubric before a
        // headline's own colon, no dateline ("Beyrouth - Saba :" alone on its line is a
        // place and its agency).
        Some(_) if o.before_a_headline() => None,
        // ("Koweït - Déplacement du ministre … (25 avril 2025)": a headline closed by its
        // date in parentheses, its place a rubric's.)
        Some(sep)
            if !matches!(sep, ":" | "/" | "|")
                && (o.known || o.capitals || o.found.agency)
                && (o.body || o.found.agency || !head.closed_by_a_date(line.start, line.end)) =>
        {
            o.after_a_dash()
        }
        // "Bangui 3 mai 2022—(Agence) : …": a place, its date without a comma, then a dash,
        // the agency, a colon ("Nouakchott le 3 mars 2024 : Le …") or the line's end
        // ("CONAKRY LE 27 AOUT 2018").
        None if !line.strict && (o.known || o.capitals) && o.dated_without_comma().is_some() => {
            o.with(o.dated_without_comma())
        }
        // "OTTAWA (AFP) Le Canada …": an agency, then the body without a dash.
        None if o.body && o.found.agency && (o.known || o.capitals) => o.with(o.pending_date()),
        // Not where a line above goes on: "…du\nQuébec" is a wrapped headline. ("Ankara" over
        // "AA/ Riyad": the line below is the dateline.)
        None if o.found.end == line.text.len()
            && !line.goes_on
            && !line.weather
            && head.is_city(o.place)
            && !slashed_source_below(head, line.end) =>
        {
            // Under a chapeau read as the body, a blank line, then the city alone.
            o.with(o.pending_date()).or_else(|| {
                (line.strict && line.after_blank).then_some(Found {
                    place: Some(o.place),
                    date: None,
                    above: None,
                })
            })
        }
        _ => None,
    };
    found.map_or(Step::On, Step::Found)
}

/// True when the place `place` of `text` (a line at input offset `start`) is a theme's cue
/// ("TERRORISME"), or a cue and one more word, its adjective ("COOPÉRATION MILITAIRE",
/// "TERRORISME INTERNATIONAL"): a headline's rubric, no place.
fn cue_and_adjective(head: &Head<'_>, start: usize, text: &str, place: (usize, usize)) -> bool {
    let words = &text[place.0..place.1];
    let first_end = match words.split_once(' ') {
        Some((first, rest)) if !rest.trim().contains(' ') => place.0 + first.len(),
        Some(_) => return false,
        None => place.1,
    };
    head.is_a_cue((start + place.0, start + first_end))
}

/// A line's opener read as a place: what it is, and what the line around it holds.
struct Opened<'h, 'l> {
    head: &'h Head<'h>,
    line: &'l Line<'l>,
    found: Opener<'l>,
    /// The place's input span, made exact ([`exact_place`]).
    place: (usize, usize),
    /// Where the opener ends in the input.
    after: usize,
    /// A place in capitals (not a known organisation, state or place's part) that may be one
    /// where the line is not in capitals throughout.
    capitals: bool,
    /// A place of the gazetteer.
    known: bool,
    /// The line is a body paragraph after its opener.
    body: bool,
    /// The date line read above, if any.
    pending: Option<Found>,
}

impl<'h, 'l> Opened<'h, 'l> {
    /// The opener of `line` as a place, unless it opens nothing, a rubric or a byline.
    fn read(head: &'h Head<'h>, line: &'l Line<'l>, pending: Option<Found>) -> Option<Self> {
        let (start, text) = (line.start, line.text);
        // "SÉCURITÉ – La ministre …": a rubric is no place.
        let found = opener(before_glued_body(text))
            .filter(|found| !opens_nothing(head, start, text, found))
            .filter(|found| !is_rubric_text(&text[found.place.0..found.place.1]))
            // (Nor is a theme's cue, alone or with its adjective: "TERRORISME – Le procès …",
            // "COOPÉRATION MILITAIRE – La visite …".)
            .filter(|found| !cue_and_adjective(head, start, text, found.place))
            // "Par Awa Diallo, 14 mars 2023": a byline is no place (its date line is read
            // below).
            .filter(|found| !is_byline_text(&text[found.place.0..found.place.1]))
            // "À Kaya, le 3 mars. (Photo Awa Sow pour le journal)": a photo's caption, its
            // place and day the photo's, not the page's.
            .filter(|found| {
                found.separator != Some(",") || line.words >= BODY_WORDS || !is_caption(text)
            })?;
        let input = head.input;
        let place = exact_place(head, start, text, &found);
        // A place in capitals says little in a line in capitals throughout (a headline, a
        // page in capitals: "NEWS - ..."): there it must be known, unless the opener is all
        // the line. Nor is a known organisation ("ANI - …": an agency).
        let capitals = is_capitalised_place(&input[place.0..place.1])
            && (text[found.end..].trim().is_empty() || text.chars().any(char::is_lowercase))
            && !head.is_organization(place)
            && !head.is_country(place)
            && !head.of_a_known_place(place);
        // A body paragraph, where a colon or a slash may end a place (and after a place in
        // capitals, a colon may open the sentence in lower case, as French writes it:
        // "KINSHASA : le président …"). (The body may open after an agency: "OTTAWA | (AFP)
        // Le Canada …".)
        let opening = match agency_at(&text[found.end..]) {
            Some(len) => text[found.end + len..].trim_start(),
            None => &text[found.end..],
        };
        // (A paragraph wrapped by a mail or wire system is one over its lines: "TESSALIT : un
        // engin explosif a endommagé … un camion-citerne de\nla compagnie, …".)
        let body = (opening.starts_with(char::is_uppercase)
            || (capitals
                && found.separator == Some(":")
                && text[found.end..].starts_with(char::is_lowercase)))
            && (line.words >= BODY_WORDS
                || (line.words >= SENTENCE_WORDS && text.ends_with(['.', '»', '"']))
                // (Its words are counted over its lines: at 60 to 72 columns, a line holds
                // fewer than a sentence's.)
                || opens_a_wrapped_paragraph(head.input, text, line.end));
        Some(Opened {
            head,
            line,
            found,
            place,
            after: start + found.end,
            capitals,
            known: head.is_known_place(place),
            body,
            pending,
        })
    }

    /// The date of the date line above.
    fn pending_date(&self) -> Option<usize> {
        self.pending.and_then(|f| f.date)
    }

    /// The dateline of the place with `date`: past the body, only a known place or one in
    /// capitals, with its date or a wire's agency (a teaser and a paywall above the article).
    fn with(&self, date: Option<usize>) -> Option<Found> {
        // "OUAGADOUGOU (Reuters) - …": a wire's dateline, a place, its agency and a dash.
        let wire = self.found.agency
            && self
                .found
                .separator
                .is_some_and(|s| s.starts_with(['-', '–', '—']));
        if self.line.strict && ((date.is_none() && !wire) || !(self.known || self.capitals)) {
            return None;
        }
        Some(Found {
            place: Some(self.place),
            date,
            above: self.pending_date().filter(|&above| date != Some(above)),
        })
    }

    /// A day's name, a site's domain, an unknown name that opens with an article, or a known
    /// organisation: a source, not a place.
    fn is_a_source(&self) -> bool {
        let (head, place) = (self.head, self.place);
        names_a_day(&head.input[place.0..place.1])
            || is_a_domain(&head.input[place.0..place.1])
            || (!self.known
                && (opens_with_an_article(&head.input[place.0..place.1])
                    || head.is_organization(place)
                    || head.organization_at(place.0)))
    }

    /// The date after a source and its comma: a date line.
    fn source_date(&self) -> Option<usize> {
        (self.found.separator == Some(",") && !self.line.strict)
            .then(|| self.head.date_after_comma(self.after, self.line.end))
            .flatten()
    }

    /// The dateline of a place and a comma: its date, a dash, the place alone on its line (or
    /// with its country), or its country and an agency or a dash.
    fn after_comma(&self) -> Option<Found> {
        let (head, line, after) = (self.head, self.line, self.after);
        let (known, capitals) = (self.known, self.capitals);
        // "Arrivé, hier dimanche, à …": a relative date makes a dateline only of a place
        // known or in capitals.
        let date = head
            .date_after_comma(after, line.end)
            .filter(|&date| known || capitals || !head.dates[date].is_relative());
        if let Some(date) = date {
            if let Some(found) = self.with(Some(date)) {
                // ("Dakar, Paris, 9 mai 2021 – …": two places, a joint communiqué's.)
                let place = found.place.map(|place| {
                    and_a_second_place(head, line.start, line.text, &self.found, place, date)
                });
                return Some(Found { place, ..found });
            }
        }
        // "Bangui, – Un groupe …": the agency left out between the comma and the dash.
        let rest = head.input[after..line.end].trim_start_matches(|c| blank(c) == Blank::Space);
        if (known || capitals) && rest.starts_with(['-', '–', '—']) {
            if let Some(found) = self.with(self.pending_date()) {
                return Some(found);
            }
        }
        // "Pontivy, France" alone on its line; "Damas," (its date left out).
        let city_alone = rest.is_empty() && head.is_city(self.place);
        if !line.strict
            && !line.goes_on
            && (city_alone || place_and_country(head, self.place, after, line.end))
        {
            let below = || date_alone_below(head, line.end);
            if let Some(found) = self.with(self.pending_date().or_else(below)) {
                return Some(found);
            }
        }
        // "Tripoli, Libye (PANA) - …": a country, then an agency or a dash.
        let country = opener(&head.input[after..line.end])?;
        let dash = country
            .separator
            .is_some_and(|sep| sep.starts_with(['-', '–', '—']));
        // ("Fribourg, Suisse — …": a place the gazetteer lacks, before a known country.)
        let a_country = || head.is_country((after + country.place.0, after + country.place.1));
        if dash && (known || capitals || country.agency || a_country()) {
            let date = head.date_at(after + country.end);
            return self.with(date.or(self.pending_date()));
        }
        None
    }

    /// A rubric and its separator before a headline's own colon.
    fn before_a_headline(&self) -> bool {
        let (head, after, end) = (self.head, self.after, self.line.end);
        !self.body
            && !self.found.agency
            && (opener(&head.input[after..end]).is_some_and(|o| {
                o.separator == Some(":") && !head.input[after + o.end..end].trim().is_empty()
            }) || names_then_a_colon(&head.input[after..end]))
    }

    /// The dateline of a place and a dash: its date after the dash, or the date line above.
    fn after_a_dash(&self) -> Option<Found> {
        // An opener under a date line completes it: "Sécurité - 21.12.2022" then "N'DJAMENA
        // - " (whose body may open with a relative date: "BAMAKO - Lundi soir, …" is dated
        // by the line above).
        let date = self
            .head
            .date_at(self.after)
            .filter(|&date| !self.head.dates[date].is_relative() || self.pending_date().is_none());
        self.with(date.or(self.pending_date()))
    }

    /// The date that follows the place with no comma, before a dash or an agency, or the
    /// line's end.
    fn dated_without_comma(&self) -> Option<usize> {
        let (input, after, end) = (self.head.input, self.after, self.line.end);
        let at = after + (input[after..end].len() - input[after..end].trim_start().len());
        self.head.date_at(at).filter(|&date| {
            let (_, date_end) = self.head.date_spans[date];
            let rest = input.get(date_end..end).map_or("", str::trim);
            date_end <= end && (rest.is_empty() || rest.starts_with(['-', '–', '—', '(', ':']))
        })
    }
}

/// True when `text` opens with at most five capitalised words (with their particles, elided
/// ones glued to the next word: "Côte d'Ivoire"), a colon and more text: a headline's subject
/// ("Abidjan - Côte d'Ivoire : l'actualité …").
fn names_then_a_colon(text: &str) -> bool {
    // (Among the first bytes only: a long line is not searched to its end.)
    let Some(colon) = text.as_bytes().iter().take(61).position(|&b| b == b':') else {
        return false;
    };
    let (names, rest) = (&text[..colon], &text[colon + 1..]);
    let mut words = names.split_whitespace();
    let named = words
        .clone()
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.clone().count() <= 5
        && words.all(|word| {
            let word = ["d'", "d’", "l'", "l’"]
                .iter()
                .find_map(|elided| word.strip_prefix(elided))
                .unwrap_or(word);
            word.starts_with(char::is_uppercase) || PLACE_PARTICLES.contains(&word)
        });
    named && !rest.trim().is_empty()
}

/// The place of the opener `found` of `line` (which starts at input offset `start`), made
/// exact: a preposition before it left out ("À Abuja, le …"), an agency's acronym glued to a
/// known place left out ("APA-Rabat", "Tunis-TAP"), a known place or a country in parentheses
/// after a source ("AGENCE (Nouakchott) –"; not on a credit's line alone), and the article of
/// a date after it left out ("CONAKRY LE 27 AOUT 2018").
fn exact_place(head: &Head<'_>, start: usize, line: &str, found: &Opener<'_>) -> (usize, usize) {
    let input = head.input;
    let mut place = (start + found.place.0, start + found.place.1);
    // "À Abuja, le 12 mai 2023, …": the preposition is no part of the place.
    for preposition in ["À ", "A "] {
        if input[place.0..place.1].starts_with(preposition) {
            place.0 += preposition.len();
        }
    }
    // "APA-Rabat (Maroc)": an agency's acronym glued to a known place; "Tunis-TAP -":
    // glued after it.
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
        if let Some(hyphen) = text.rfind('-') {
            let agency = &text[hyphen + 1..];
            let glued = (place.0, place.0 + hyphen);
            if (2..=6).contains(&agency.len())
                && crate::gazetteer::is_all_caps(agency)
                && !crate::gazetteer::is_all_caps(&text[..hyphen])
                && head.is_known_place(glued)
            {
                place = glued;
            }
        }
    }
    // "AGENCE (Nouakchott) –", "Site-Info (Liban)-": the source first, the place or
    // the country in parentheses (alone on its line, "Le Journal de Kayes (Kayes)" is a
    // newspaper's credit and its city, no dateline).
    let credit = found.end == line.len() && found.separator.is_none();
    if let Some((open, close)) = found.parenthesised.filter(|_| !credit) {
        let inside = (start + open, start + close);
        if !head.is_known_place(place) && (head.is_known_place(inside) || head.is_country(inside)) {
            place = inside;
        }
    }
    // "AGENCE - (Nouakchott) –": the source, a dash, then the known place in parentheses
    // and its own dash.
    let rest = &line[found.end..];
    if found.separator.is_some()
        && found.parenthesised.is_none()
        && rest.starts_with('(')
        && !head.is_known_place(place)
    {
        if let Some(len) = agency_at(rest) {
            let inside = (start + found.end + 1, start + found.end + len - 1);
            let dashed = rest[len..]
                .trim_start_matches(|c| blank(c) == Blank::Space)
                .starts_with(['-', '–', '—']);
            if dashed && head.is_known_place(inside) {
                place = inside;
            }
        }
    }
    let after = start + found.end;
    // "CONAKRY LE 27 AOUT 2018": the date's article is no part of the place.
    if head.date_at(after).is_some() {
        let text = &input[place.0..place.1];
        if let Some(kept) = ["LE", "Le", "le"]
            .iter()
            .find_map(|article| text.strip_suffix(article))
            .filter(|kept| kept.ends_with(' '))
        {
            place.1 = place.0 + kept.trim_end().len();
        }
    }
    // "HALIFAX NS, le 4 mars 2022 /CNW/": the city, without the code of its Canadian province
    // or territory, as the wires of Canada write it.
    let text = &input[place.0..place.1];
    if let Some((city, code)) = text.rsplit_once(' ') {
        if CANADIAN_PROVINCES.contains(&code) && city.starts_with(char::is_uppercase) {
            place.1 = place.0 + city.trim_end().len();
        }
    }
    place
}

/// The postal codes of Canada's provinces and territories.
const CANADIAN_PROVINCES: [&str; 13] = [
    "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT",
];
