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
//!   paragraph, a colon, a slash or a bar also ends the place ("Kigali: Le secrétaire…",
//!   "Téhéran/Le ministre…", "QUÉBEC | (AFP) Le …"), and an agency needs no dash ("NIAMEY
//!   (ANP) Le …"), never in a headline ("Nouakchott : …" is not a dateline);
//!   a source before a known place or a country in parentheses gives it ("AGENCE (Rabat) –",
//!   "Site-Info (Liban)-"); an
//!   agency may also come after a comma ("Ouagadougou, (AIB) -"), open the line ("(AIP) –
//!   Abidjan, le …") or be glued to a known place ("APA-Rabat (Maroc)"), and a preposition
//!   before the place is left out ("À Abuja, le …"); a weekday, in French or English, whole
//!   or abbreviated, is never a place ("Fri, 24 Jun 2022": a date line), nor is a state in
//!   capitals ("RDC : …", a headline), a known organisation ("ANI - …"; "AFP, 3 mars 2019": a
//!   date line) or a newspaper's rubric ("SÉCURITÉ – …"), nor is the place before a headline
//!   closed by its date in parentheses ("Koweït - Déplacement du ministre (25 avril 2025)");
//!   a parenthesis without a letter is no agency ("Série (2) –"); a dash garbled into " ? "
//!   or written " _ " is a dash; an
//!   agency glued after a known place is left out ("Tunis-TAP -"); a known city and a full
//!   stop open a body paragraph ("Niamey. Présent à …");
//! - the dateline in parentheses ("(Niamey, 13 mai 2021) Le …", or before a dash; a known
//!   place needs no comma: "(Niamey 13 mai 2021. GMT+1)"), a date in parentheses
//!   before a dash ("(Le 6 mai 2014) - OTTAWA - …"), a postcode before the place ("3003
//!   Berne, le 19 mai 2005"), two known places joined by a slash or a hyphen before a comma
//!   and a date, a date in parentheses ("Dakar/New York, le 5 janvier 2021 –": both) or a
//!   spaced dash ("NEW YORK/GENÈVE – …", dated by the date line above, if any);
//! - a known city alone on its line, under a line that ends a sentence or a blank line (with
//!   the date line above it, if any): under a line that goes on, it ends a wrapped sentence;
//!   under a blank line, even past a first paragraph (a chapeau); over a source, a slash and
//!   a known place ("AGENCE/ Niamey", "AGENCE / Dakar / Author"), the desk's city: the place
//!   below is the dateline's;
//! - inside a line, a known place, a comma, its date, an agency and a dash ("… de l'armée
//!   Ouagadougou, 8 mai 2019 (AFP) - …": a headline glued to its body), or after a
//!   sentence's full stop, a known place, a comma, its day and a dash ("Discours du ministre.
//!   Strasbourg, le 14 septembre 2015 – …", or a parenthesis after the day), or after a
//!   comma, a known city, a comma and the day or days that close a heading ("Réunion du
//!   Conseil, Dakar, 3-4 mai 2010"), or a known place and its day that close a speech's
//!   heading ("Entretien de M. X (Paris, 30/03/2022)", "Déclaration de M. X, …, à Paris le
//!   7 octobre 2011.");
//! - a place and a known country alone on a line ("Pontivy, France", with the date alone on
//!   the line below, if any), a known city and its comma ("Damas,"), or a place and a country
//!   after a date to the day ("14 décembre 2025, Abuja, République fédérale du Nigeria"); an
//!   unknown name that opens with an article is no place ("Le Figaro, 11 août 2016": its date
//!   a date line);
//! - a wire's date without its year, before its agency and a dash ("23 février (Reuters) -
//!   …", the year from the date line above);
//! - a date line: a line that is a date and little else ("07/09/2021", "Union Africaine -
//!   06/06/2022 17:15:00", "Publié le 12 mars 2024 à 10h30 | Agence…", "Dernière
//!   modification : …", "Mis en ligne le …", "Actualisé le …"), a line that starts
//!   with a date to the day ("20/12/2011 – …"; a range there is an event's, and a second date
//!   after a dash an anniversary's; after "Le" and a dash, what follows is read as a line of
//!   its own: "Le 3 mars 2014 – Ottawa (Ontario) – …"), a source's name before a timestamp
//!   or a day that ends the line ("Agence Sahel 2022-08-27 16:54 - Lecture : 4 min",
//!   "Ambassade de France 19.08.2015", "AGENCE [26/11/2024]"), a byline's day or month ("par
//!   Awa Diallo, mai 2022"), a time before the date ("02:05 19 novembre 2019"), a page's stamp
//!   at a line's start ("date 2022-11", whose line goes on as a line of its own), a stamp line
//!   of furniture (its first date to the day: "Publié il y a 3 ans - Mise à jour le
//!   14.05.2019 - auteur - 3 min",
//!   "Publié le … - Dernière mise à jour le …"), or a headline closed by a date after a dash
//!   or in parentheses ("… - 14/06/2016 09:30 am", "… -( 14.03.21) [en]", "Intervention de
//!   M. X - Conseil de sécurité - 28 septembre 2017."). A date line waits for a place below it
//!   until the body starts; a later date line replaces it only when it is more precise (a
//!   day after a month).
//!
//! A paragraph cut short ("… (…)", "[…]": a blurb of another page) is no body paragraph, nor
//! is a menu's item glued to its description under the item alone ("Qui sommes nous" over
//! "Qui sommes nousL'Organisation …").
//! Under a first body paragraph where nothing was found (a site's blurb), four more lines are
//! read for a dateline with a known place or one in capitals and its date ("(Le 6 mai
//! 2014) - OTTAWA - …") or its agency ("OUAGADOUGOU (Reuters) - …": the article under a
//! teaser and a paywall's notice): no date line, and no place alone but a known city under a
//! blank line (the first paragraph was a chapeau).
//!
//! A dateline's date without its year ("LIBREVILLE, 18 novembre (…) -") takes the year of the
//! date line above it, when their months agree (`Found::above`).
//!
//! A line can cross no line break here: the dateline ends with its line, and a timestamp after
//! the body is not a dateline, nor is a document's signature ("Fait à Niamey, le 3 août
//! 2023"), wherever it stands.

use super::dates::RawDate;
use crate::gazetteer::{Gazetteer, Hit};
use crate::text::blank::{blank, Blank};
use crate::text::NormalizedText;
use head::Head;
use lines::{
    describes_the_item_above, ends_with_a_function_word, is_boilerplate, is_caption, is_teaser,
    is_temperature, lines_with_feeds, says_published, share_buttons, signed_at, stamp,
    words_up_to_body,
};
#[cfg(test)]
use lines::{opens_a_button, SHARE_BUTTONS};
use opener::{
    agency_at, before_glued_body, is_byline_text, is_capitalised_place, is_rubric_text,
    names_a_weekday, opener, opens_nothing, opens_with_an_article,
};
use place_and_date::{
    agency_dateline_inside, city_and_full_stop, date_alone_below, date_then_place, dated_opening,
    dateline_after_a_sentence, parenthesised_dateline, parenthesised_place, place_and_country,
    postcode_dateline, slashed_source, slashed_source_below, two_places_dateline,
};

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

/// A dateline found: the place's input span and the index of the date in `dates`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Found {
    pub place: Option<(usize, usize)>,
    pub date: Option<usize>,
    /// The date line above the dateline, when the dateline has a date of its own: its year
    /// completes a yearless dateline ("date 2017-11" over "LIBREVILLE, 18 novembre (…) -").
    pub above: Option<usize>,
}

pub(crate) fn find(
    text: &NormalizedText<'_>,
    dates: &[RawDate],
    names: &[Hit],
    gazetteer: &Gazetteer,
) -> Option<Found> {
    let input = text.input();
    let head = Head::new(text, dates, names, gazetteer);

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
    // The line above was a temperature: a city below it is a weather widget's.
    let mut under_a_temperature = false;
    // The line above was blank; the last line that was not.
    let mut blank_above = false;
    let mut line_above = "";
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
            blank_above = true;
            continue;
        }
        let after_blank = std::mem::replace(&mut blank_above, false);
        let above = std::mem::replace(&mut line_above, line);
        lines += 1;
        let weather = std::mem::replace(&mut under_a_temperature, is_temperature(line));
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
        // another ("… de"): a menu's short lines are each whole; so is a photo's caption,
        // which ends with its credit.
        run_goes_on = !item
            && (line.len() >= WRAPPED_LINE || ends_with_a_function_word(line))
            && !line.ends_with(['.', '!', '?', ':', ';', '»', '"', ')', '|'])
            && !is_caption(line);
        let end = start + line.len();

        // The page's stamp, "date 2022-11 Le ministre…": a date line, and the rest of the
        // line a line of its own.
        if let Some(index) = stamp(line)
            .filter(|_| !strict)
            .and_then(|at| head.date_at(start + at))
        {
            pending = head.more_precise(pending, index);
            stamped = Some(index);
            // (Its date may cross the line's end: then nothing is left of the line.)
            let (_, date_end) = head.date_spans[index];
            let rest = input.get(date_end..end).unwrap_or("").trim_start();
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
        // "3003 Berne, le 19 mai 2005": a postcode before the place and its date; "Dakar/New
        // York, le 5 janvier 2021": two places.
        if let Some(found) = postcode_dateline(&head, start, line)
            .or_else(|| two_places_dateline(&head, start, line))
            .filter(|_| !strict)
        {
            // (Without its own date, the date line above is the dateline's.)
            if found.date.is_none() {
                let date = pending_date(pending);
                return Some(Found { date, ..found });
            }
            let above = pending_date(pending).filter(|&above| found.date != Some(above));
            return Some(Found { above, ..found });
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
        // "AGENCE/Nouakchott le 7 avril 2025": a source and a slash before the dateline.
        let slashed = slashed_source(&head, start, line);
        if let Some(skip) = slashed {
            start += skip;
            line = &line[skip..];
        }
        // "Le 3 mars 2014 – Ottawa (Ontario) – …": a date line, then a line of its own.
        if let Some((index, skip)) = dated_opening(&head, start, line).filter(|_| !strict) {
            pending = head.after_date_line(pending, stamped, index);
            start += skip;
            line = &line[skip..];
        }
        // "SÉCURITÉ – La ministre …": a rubric is no place.
        let opened = opener(before_glued_body(line))
            .filter(|found| !opens_nothing(&head, start, line, found))
            .filter(|found| !is_rubric_text(&line[found.place.0..found.place.1]))
            // "Par Awa Diallo, 14 mars 2023": a byline is no place (its date line is read
            // below).
            .filter(|found| !is_byline_text(&line[found.place.0..found.place.1]));
        if let Some(found) = opened {
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
            // A place in capitals says little in a line in capitals throughout (a headline,
            // a page in capitals: "NEWS - ..."): there it must be known, unless the opener is
            // all the line.
            // Nor is a known organisation ("ANI - …": an agency).
            let capitals = is_capitalised_place(&input[place.0..place.1])
                && (line[found.end..].trim().is_empty() || line.chars().any(char::is_lowercase))
                && !head.is_organization(place)
                && !head.is_country(place)
                && !head.of_a_known_place(place);
            let known = head.is_known_place(place);
            let weekday = names_a_weekday(&input[place.0..place.1]);
            // A body paragraph, where a colon or a slash may end a place (and after a place
            // in capitals, a colon may open the sentence in lower case, as French writes it:
            // "KINSHASA : le président …").
            // (The body may open after an agency: "OTTAWA | (AFP) Le Canada …".)
            let opening = match agency_at(&line[found.end..]) {
                Some(len) => line[found.end + len..].trim_start(),
                None => &line[found.end..],
            };
            let body = (words >= BODY_WORDS
                || (words >= SENTENCE_WORDS && line.ends_with(['.', '»', '"'])))
                && (opening.starts_with(char::is_uppercase)
                    || (capitals
                        && found.separator == Some(":")
                        && line[found.end..].starts_with(char::is_lowercase)));
            // "OUAGADOUGOU (Reuters) - …": a wire's dateline, a place, its agency and a dash.
            let wire = found.agency
                && found
                    .separator
                    .is_some_and(|s| s.starts_with(['-', '–', '—']));
            let with = |date: Option<usize>| {
                // Past the body, a known place or one in capitals, with its date or its
                // agency (a teaser and a paywall above the article).
                if strict && ((date.is_none() && !wire) || !(known || capitals)) {
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
            // The date that follows the place with no comma, before a dash or an agency, or
            // the line's end.
            let dated_without_comma = || {
                let at = after + (input[after..end].len() - input[after..end].trim_start().len());
                head.date_at(at).filter(|&date| {
                    let (_, date_end) = head.date_spans[date];
                    let rest = input.get(date_end..end).map_or("", str::trim);
                    date_end <= end
                        && (rest.is_empty() || rest.starts_with(['-', '–', '—', '(', ':']))
                })
            };
            match found.separator {
                // "Fri, 24 Jun 2022 Source : …": a weekday is no place, its date a date line;
                // nor is an unknown name that opens with an article ("Le Figaro, 11 août
                // 2016": a newspaper's), nor a known organisation, alone or before more
                // words ("AFP, 3 mars 2019", "AGENCE Burkina Faso, 22 Nov 2023": a source).
                _ if weekday
                    || (!known
                        && (opens_with_an_article(&input[place.0..place.1])
                            || head.is_organization(place)
                            || head.organization_at(place.0))) =>
                {
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
                    // "Bangui, – Un groupe …": the agency left out between the comma and the
                    // dash.
                    let rest = input[after..end].trim_start_matches(|c| blank(c) == Blank::Space);
                    if (known || capitals) && rest.starts_with(['-', '–', '—']) {
                        if let Some(found) = with(pending_date(pending)) {
                            return Some(found);
                        }
                    }
                    // "Pontivy, France" alone on its line; "Damas," (its date left out).
                    let city_alone = rest.is_empty() && head.is_city(place);
                    if !strict
                        && !goes_on
                        && (city_alone || place_and_country(&head, place, after, end))
                    {
                        let below = || date_alone_below(&head, end);
                        if let Some(found) = with(pending_date(pending).or_else(below)) {
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
                // ("OTTAWA | Le Canada …": a bar, as Québec's papers write it; "AA / Istanbul /
                // Awa Diallo": a source, its place and its author.)
                Some(":" | "/" | "|") if (body || slashed.is_some()) && (known || capitals) => {
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
                // ("Koweït - Déplacement du ministre … (25 avril 2025)": a headline closed by
                // its date in parentheses, its place a rubric's.)
                Some(sep)
                    if !matches!(sep, ":" | "/" | "|")
                        && (known || capitals || found.agency)
                        && (body || found.agency || !head.closed_by_a_date(start, end)) =>
                {
                    // An opener under a date line completes it: "Sécurité - 21.12.2022" then
                    // "N'DJAMENA - " (whose body may open with a relative date: "BAMAKO -
                    // Lundi soir, …" is dated by the line above).
                    let date = head.date_at(after).filter(|&date| {
                        !head.dates[date].is_relative() || pending_date(pending).is_none()
                    });
                    if let Some(found) = with(date.or(pending_date(pending))) {
                        return Some(found);
                    }
                }
                // "Bangui 3 mai 2022—(Agence) : …": a place, its date without a comma, then a
                // dash, the agency, a colon ("Nouakchott le 3 mars 2024 : Le …") or the line's
                // end ("CONAKRY LE 27 AOUT 2018").
                None if !strict && (known || capitals) && dated_without_comma().is_some() => {
                    if let Some(found) = with(dated_without_comma()) {
                        return Some(found);
                    }
                }
                // "OTTAWA (AFP) Le Canada …": an agency, then the body without a dash.
                None if body && found.agency && (known || capitals) => {
                    if let Some(found) = with(pending_date(pending)) {
                        return Some(found);
                    }
                }
                // Not where a line above goes on: "…du\nQuébec" is a wrapped headline.
                // ("Ankara" over "AA/ Riyad": the line below is the dateline.)
                None if found.end == line.len()
                    && !goes_on
                    && !weather
                    && head.is_city(place)
                    && !slashed_source_below(&head, end) =>
                {
                    if let Some(found) = with(pending_date(pending)) {
                        return Some(found);
                    }
                    // Under a chapeau read as the body, a blank line, then the city alone.
                    if strict && after_blank {
                        return Some(Found {
                            place: Some(place),
                            date: None,
                            above: None,
                        });
                    }
                }
                _ => {}
            }
        }

        // "… Ouagadougou, 8 mai 2019 (AFP) - Confronté …": a headline glued to its body.
        if let Some(found) = Some(line).filter(|_| !strict).and_then(|line| {
            agency_dateline_inside(&head, start, line)
                .or_else(|| dateline_after_a_sentence(&head, start, line))
                .or_else(|| date_then_place(&head, start, line))
        }) {
            return Some(found);
        }

        // "23 février (Reuters) - …": a wire's date without its year opens the body.
        if let Some(index) = head.yearless_wire_date(start, end).filter(|_| !strict) {
            return Some(Found {
                place: None,
                date: Some(index),
                above: pending_date(pending),
            });
        }

        // ("Fait à Niamey, le 3 août 2023": a document's signature, its end, no date line.)
        let date_line = if signed_at(line) {
            None
        } else if strict {
            head.date_alone(start, end)
                .or_else(|| head.date_line(start, end).filter(|_| says_published(line)))
        } else {
            head.date_line(start, end)
        };
        if let Some(index) = date_line {
            pending = head.after_date_line(pending, stamped, index);
            confirmed = !strict;
            continue;
        }

        if run_words >= BODY_WORDS
            && !run_goes_on
            && !item
            && !is_boilerplate(line)
            && !is_teaser(line)
            // (A caption is no body paragraph, nor a menu's item and its description.)
            && !is_caption(line)
            && !describes_the_item_above(line, above)
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

mod head;
mod line_regex;
mod lines;
mod opener;
mod place_and_date;
#[cfg(test)]
mod tests;
