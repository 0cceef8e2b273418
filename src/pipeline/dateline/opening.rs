//! The dateline an opener gives ("Niamey - ", "NOUAKCHOTT (AFP) -", "Riyad, 31-5-2023"): its
//! place, made exact (a preposition, an agency glued to it, a source before a place in
//! parentheses and a date's article left out), then what its separator allows: a date after a
//! comma, a wire's dash, a colon, a slash or a bar in a body paragraph, a date without a
//! comma, or a city alone on its line.

use super::head::Head;
use super::opener::{
    agency_at, before_glued_body, is_byline_text, is_capitalised_place, is_rubric_text,
    names_a_weekday, opener, opens_nothing, opens_with_an_article, Opener,
};
use super::place_and_date::{
    city_and_full_stop, date_alone_below, place_and_country, slashed_source_below,
};
use super::reader::{Line, Step};
use super::{Found, BODY_WORDS, SENTENCE_WORDS};
use crate::text::blank::{blank, Blank};

/// The dateline that the opener of `line` gives, if any ([`Step::Found`]); [`Step::Next`]
/// when the opener is a source whose date is a date line (`pending_out` then holds it); else
/// [`Step::On`], the line read on.
pub(super) fn opening(head: &Head<'_>, line: &Line<'_>, pending_out: &mut Option<Found>) -> Step {
    let Line {
        start,
        text: line,
        end,
        strict,
        words,
        goes_on,
        after_blank,
        weather,
        slashed,
        ..
    } = *line;
    let input = head.input;
    let pending = *pending_out;
    let pending_date = |pending: Option<Found>| pending.and_then(|f| f.date);
    // "SÉCURITÉ – La ministre …": a rubric is no place.
    let opened = opener(before_glued_body(line))
        .filter(|found| !opens_nothing(head, start, line, found))
        .filter(|found| !is_rubric_text(&line[found.place.0..found.place.1]))
        // "Par Awa Diallo, 14 mars 2023": a byline is no place (its date line is read
        // below).
        .filter(|found| !is_byline_text(&line[found.place.0..found.place.1]));
    let Some(found) = opened else {
        return Step::On;
    };
    let place = exact_place(head, start, line, &found);
    let after = start + found.end;
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
    if let Some(city) = city_and_full_stop(head, place).filter(|_| !strict) {
        if words >= SENTENCE_WORDS {
            return Step::Found(Found {
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
            date_end <= end && (rest.is_empty() || rest.starts_with(['-', '–', '—', '(', ':']))
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
                *pending_out = head.more_precise(pending, date);
                return Step::Next;
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
                    return Step::Found(found);
                }
            }
            // "Bangui, – Un groupe …": the agency left out between the comma and the
            // dash.
            let rest = input[after..end].trim_start_matches(|c| blank(c) == Blank::Space);
            if (known || capitals) && rest.starts_with(['-', '–', '—']) {
                if let Some(found) = with(pending_date(pending)) {
                    return Step::Found(found);
                }
            }
            // "Pontivy, France" alone on its line; "Damas," (its date left out).
            let city_alone = rest.is_empty() && head.is_city(place);
            if !strict && !goes_on && (city_alone || place_and_country(head, place, after, end)) {
                let below = || date_alone_below(head, end);
                if let Some(found) = with(pending_date(pending).or_else(below)) {
                    return Step::Found(found);
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
                        return Step::Found(found);
                    }
                }
            }
        }
        // ("OTTAWA | Le Canada …": a bar, as Québec's papers write it; "AA / Istanbul /
        // Awa Diallo": a source, its place and its author.)
        Some(":" | "/" | "|") if (body || slashed) && (known || capitals) => {
            if let Some(found) = with(pending_date(pending)) {
                return Step::Found(found);
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
            let date = head
                .date_at(after)
                .filter(|&date| !head.dates[date].is_relative() || pending_date(pending).is_none());
            if let Some(found) = with(date.or(pending_date(pending))) {
                return Step::Found(found);
            }
        }
        // "Bangui 3 mai 2022—(Agence) : …": a place, its date without a comma, then a
        // dash, the agency, a colon ("Nouakchott le 3 mars 2024 : Le …") or the line's
        // end ("CONAKRY LE 27 AOUT 2018").
        None if !strict && (known || capitals) && dated_without_comma().is_some() => {
            if let Some(found) = with(dated_without_comma()) {
                return Step::Found(found);
            }
        }
        // "OTTAWA (AFP) Le Canada …": an agency, then the body without a dash.
        None if body && found.agency && (known || capitals) => {
            if let Some(found) = with(pending_date(pending)) {
                return Step::Found(found);
            }
        }
        // Not where a line above goes on: "…du\nQuébec" is a wrapped headline.
        // ("Ankara" over "AA/ Riyad": the line below is the dateline.)
        None if found.end == line.len()
            && !goes_on
            && !weather
            && head.is_city(place)
            && !slashed_source_below(head, end) =>
        {
            if let Some(found) = with(pending_date(pending)) {
                return Step::Found(found);
            }
            // Under a chapeau read as the body, a blank line, then the city alone.
            if strict && after_blank {
                return Step::Found(Found {
                    place: Some(place),
                    date: None,
                    above: None,
                });
            }
        }
        _ => {}
    }
    Step::On
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
    place
}
