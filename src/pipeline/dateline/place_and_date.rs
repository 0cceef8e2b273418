//! The datelines read whole where a line opens: a place, a comma and its date
//! ("Paris, le 12 mars 2024"), in parentheses ("(Niamey, 13 mai 2021) Le …"), or after a
//! postcode ("3003 Berne, le 19 mai 2005"); a place in parentheses that opens the body; a
//! wire's dateline inside a line; a known city before a full stop; a source and a slash
//! before a dateline.

use super::head::{folded, Head};
use super::opener::is_capitalised_place;
use super::opener::{agency_at, opener};
use super::Found;
use crate::text::blank::{blank, Blank};

/// "(PLACE, [le] DATE)" at `start`: the dateline in parentheses; also "(PLACE DATE …)" with
/// a known place and its date to the day right after it, whatever follows the date there
/// ("(Addis-Abeba 8 mai 2020. TU+3)").
pub(super) fn parenthesised_dateline(
    head: &Head<'_>,
    start: usize,
    parenthesis: &str,
) -> Option<Found> {
    let inner = &parenthesis[1..parenthesis.len() - 1];
    comma_dateline(head, start + 1, inner).or_else(|| {
        let found = opener(inner).filter(|o| o.separator.is_none())?;
        let place = (start + 1 + found.place.0, start + 1 + found.place.1);
        let date = head.date_at(start + 1 + found.end).filter(|&date| {
            head.is_day(date) && head.date_spans[date].1 < start + parenthesis.len()
        })?;
        head.is_known_place(place).then_some(Found {
            place: Some(place),
            date: Some(date),
            above: None,
        })
    })
}

/// "(PLACE) Body…", "(PLACE, Country) Body…" at `start`: the place in parentheses that opens
/// the body, as the press of Quebec writes it, when it is known or in capitals.
pub(super) fn parenthesised_place(
    head: &Head<'_>,
    start: usize,
    parenthesis: &str,
) -> Option<(usize, usize)> {
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
pub(super) fn postcode_dateline(head: &Head<'_>, start: usize, line: &str) -> Option<Found> {
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if !(4..=5).contains(&digits) || !line[digits..].starts_with(' ') {
        return None;
    }
    comma_dateline(head, start + digits + 1, &line[digits + 1..])
}

/// "Dakar/New York, le 5 janvier 2021 –", "GENÈVE / BAMAKO (17 février 2016) –", "LE
/// CAIRE-NEW YORK, 25 oct (MENA) -" as `line` (at input offset `start`): two to four known
/// places joined by slashes or hyphens open the line ("BAMAKO/GENÈVE/DAKAR, 17 août 2012";
/// capitalised names the gazetteer lacks only before a comma and a day, "Berne/Fribourg,
/// 14.11.2015"),
/// then a comma and a date, a date in parentheses, or a spaced dash or an agency and a dash
/// before the body ("NEW YORK/GENÈVE – …", "Dakar / Genève (CICR) – …", no date); the place
/// is all of them, as written.
pub(super) fn two_places_dateline(head: &Head<'_>, start: usize, line: &str) -> Option<Found> {
    // (A place opens with a letter.)
    if !line.starts_with(char::is_alphabetic) {
        return None;
    }
    let end = start + line.len();
    let spaces = |c| blank(c) == Blank::Space;
    // A known place, or else a name the gazetteer lacks, capitalised and not in capitals (a
    // source's acronym is: "MAP/Rabat"), then only before a comma and a day
    // ("Berne/Fribourg, 14.11.2015 (agence)").
    let mut all_known = true;
    let mut place_at = |at: usize| {
        head.place_at(at, end).or_else(|| {
            // (Most lines have no slash among their first bytes: no name is read there.)
            let first_bytes = &line.as_bytes()[..line.len().min(60)];
            memchr::memchr(b'/', first_bytes)?;
            all_known = false;
            let name = opener(&head.input[at..end])?;
            let words = &head.input[at + name.place.0..at + name.place.1];
            (name.place.0 == 0
                && crate::text::capitals::is_capitalised_in_lower_case(words)
                && !head.organization_at(at))
            .then_some(at + name.place.1)
        })
    };
    let mut last_end = place_at(start)?;
    let mut places = 1;
    while places < 4 {
        let Some(joined) = head.input[last_end..end]
            .trim_start_matches(spaces)
            .strip_prefix(['/', '-'])
            .map(|rest| rest.trim_start_matches(spaces))
        else {
            break;
        };
        let Some(next_end) = place_at(end - joined.len()) else {
            break;
        };
        last_end = next_end;
        places += 1;
    }
    if places < 2 {
        return None;
    }
    let place = Some((start, last_end));
    let after = head.input[last_end..end].trim_start_matches(spaces);
    let date = match after.strip_prefix(',') {
        Some(rest) => head
            .date_after_comma(end - rest.trim_start().len(), end)
            .filter(|&date| all_known || head.is_day(date)),
        None if all_known => after
            .strip_prefix('(')
            .and_then(|inside| head.date_at(end - inside.trim_start_matches(spaces).len())),
        None => return None,
    };
    if date.is_some() {
        return Some(Found {
            place,
            date,
            above: None,
        });
    }
    if !all_known {
        return None;
    }
    // (A spaced dash: "Dakar-Thiès" is a road, "Dakar - Thiès" no dateline.)
    let dashed = |text: &str| text.starts_with(['-', '–', '—']);
    let agency_and_dash = agency_at(after).is_some_and(|len| {
        after[..len].contains(char::is_alphabetic)
            && dashed(after[len..].trim_start_matches(spaces))
    });
    ((last_end < end - after.len() && dashed(after)) || agency_and_dash).then_some(Found {
        place,
        date: None,
        above: None,
    })
}

/// "PLACE, [Country,] [le] DATE" that opens `text`, at input offset `at`: the place with its
/// date, whatever the place.
fn comma_dateline(head: &Head<'_>, at: usize, text: &str) -> Option<Found> {
    let found = opener(text).filter(|o| o.separator == Some(","))?;
    let date = head.date_after_comma(at + found.end, at + text.len())?;
    let place = (at + found.place.0, at + found.place.1);
    Some(Found {
        place: Some(and_a_second_place(head, at, text, &found, place, date)),
        date: Some(date),
        above: None,
    })
}

/// `place`, the place of opener `found` of `text` (at input offset `at`) before a comma and
/// `date`, joined to a second known place between the comma and the date: "Dakar, Paris, 9
/// mai 2021" (a joint communiqué's) gives "Dakar, Paris"; a country there is the place's own
/// ("Dakar, Sénégal, …").
pub(super) fn and_a_second_place(
    head: &Head<'_>,
    at: usize,
    text: &str,
    found: &super::opener::Opener<'_>,
    place: (usize, usize),
    date: usize,
) -> (usize, usize) {
    let Some(second) = opener(&text[found.end..]).filter(|o| o.separator == Some(",")) else {
        return place;
    };
    let after = at + found.end;
    let second_place = (after + second.place.0, after + second.place.1);
    let known = |p: (usize, usize)| head.is_known_place(p) && !head.is_country(p);
    if known(place)
        && known(second_place)
        && head.date_after_comma(after + second.end, at + text.len()) == Some(date)
    {
        (place.0, second_place.1)
    } else {
        place
    }
}

/// "… l'armée Ouagadougou, 8 mai 2019 (AFP) - Confronté …" in `line` (at input offset
/// `start`): a known place, a comma, its date to the day (or its day and month, "GENÈVE, 28
/// février (Xinhua) --"), an agency in parentheses and a dash, inside a line (a scraper glued
/// the headline to the body); or the day alone after a sentence's full stop or at the line's
/// start ("… 1437. 04 déc. 2015 (AGENCE) - …").
pub(super) fn agency_dateline_inside(head: &Head<'_>, start: usize, line: &str) -> Option<Found> {
    memchr::memchr_iter(b'(', line.as_bytes()).find_map(|open| {
        let len = agency_at(&line[open..])
            .filter(|&len| line[open..open + len].contains(char::is_alphabetic))?;
        let after = line[open + len..].trim_start_matches(|c| blank(c) == Blank::Space);
        if !after.starts_with(['-', '–', '—']) {
            return None;
        }
        let date_end = start + line[..open].trim_end().len();
        let date = head
            .date_spans
            .iter()
            .position(|&(s, e)| e == date_end && s > start)
            .filter(|&date| head.is_day(date) || head.is_yearless_day(date))?;
        let lead = head.input[start..head.date_spans[date].0].trim_end();
        // "… Qi'dah 1436. 04 sept. 2015 (SPA) - …": a sentence's end, then the wire's day
        // and its agency, with no place.
        if lead.is_empty() || lead.ends_with('.') {
            return head.is_day(date).then_some(Found {
                place: None,
                date: Some(date),
                above: None,
            });
        }
        let place_end = start + lead.strip_suffix(',')?.trim_end().len();
        let (s, e) = head.place_ending_at(place_end, start)?;
        Some(Found {
            place: Some((s, e)),
            date: Some(date),
            above: None,
        })
    })
}

/// "… ministre de la Défense. Strasbourg, le 14 septembre 2015 – Seul le prononcé fait foi"
/// in `line` (at input offset `start`): after a sentence's full stop, a known place, a comma,
/// its date to the day and a dash or a parenthesis (a speech's heading, its place and day
/// after its title); "Session du Comité, Strasbourg, 7-8 novembre 2001": after a comma, a
/// known place, a comma and its day (or days) that end the line (a meeting's heading); "…
/// (Strasbourg, 14/09/2015)": a known place, a comma and its day in parentheses that close
/// the line; "Déclaration de M. X, ministre, …, à Strasbourg le 14 septembre 2015.": a
/// speech's heading closed by "à", a known place, "le" and its day.
pub(super) fn dateline_after_a_sentence(
    head: &Head<'_>,
    start: usize,
    line: &str,
) -> Option<Found> {
    let end = start + line.len();
    let first = head.date_spans.partition_point(|&(s, _)| s <= start);
    (first..head.date_spans.len())
        .take_while(|&date| head.date_spans[date].0 < end)
        .find_map(|date| {
            let (date_start, date_end) = head.date_spans[date];
            let after = head.input.get(date_end..end)?;
            let after = after.trim_start_matches(|c| blank(c) == Blank::Space);
            let dashed = after.starts_with(['-', '–', '—', '(']) && head.is_day(date);
            let closing = matches!(after, "" | ".") && head.precision(date) == 3;
            let bracketed = after == ")" && head.is_day(date);
            if !(dashed || closing || bracketed) {
                return None;
            }
            let lead = head.input[start..date_start].trim_end();
            let (lead, le) = match lead.strip_suffix(" le") {
                Some(lead) => (lead.trim_end(), true),
                None => (lead, false),
            };
            let comma = lead.strip_suffix(',');
            // (Without a comma, only a speech's heading: asked before any place is looked for.)
            if comma.is_none() && !(closing && le && opens_a_speech(line)) {
                return None;
            }
            let place_end = start + comma.unwrap_or(lead).trim_end().len();
            let (s, e) = head.place_ending_at(place_end, start)?;
            // (A wrapped heading's "à" may end the line above its place.)
            let before = head.input[start..s].trim_end_matches(|c| blank(c) != Blank::No);
            let after_a_sentence = dashed && comma.is_some() && before.ends_with('.');
            let after_a_comma =
                closing && comma.is_some() && before.ends_with(',') && head.is_city((s, e));
            let in_parentheses = bracketed && comma.is_some() && before.ends_with('(');
            let speech = comma.is_none() && (before.ends_with(" à") || before.ends_with(" a"));
            (after_a_sentence || after_a_comma || in_parentheses || speech).then_some(Found {
                place: Some((s, e)),
                date: Some(date),
                above: None,
            })
        })
}

/// True when `line` opens with the noun of a speech or an interview: "Déclaration de M. X",
/// "Discours du Président", "Entretien de", "Interview de", "Allocution", "Conférence de
/// presse", "Intervention", "Message".
fn opens_a_speech(line: &str) -> bool {
    let first = line.split(' ').next().unwrap_or("");
    folded(first, |word| {
        matches!(
            word,
            "declaration"
                | "discours"
                | "entretien"
                | "interview"
                | "allocution"
                | "conference"
                | "intervention"
                | "message"
        )
    })
}

/// The date alone on the next line after `end` (the end of a line), or on the line after a
/// blank one: "NOUAKCHOTT, MAURITANIE" over "17 DÉCEMBRE 2014", the meeting's heading.
pub(super) fn date_alone_below(head: &Head<'_>, end: usize) -> Option<usize> {
    let (start, line) = line_below(head, end)?;
    head.date_alone(start, start + line.len())
}

/// The line below `end` (the end of a line), or the one after a blank line, without its
/// blanks, and where it starts.
fn line_below<'t>(head: &Head<'t>, end: usize) -> Option<(usize, &'t str)> {
    let rest = head.input.get(end..)?;
    let text = rest.trim_start();
    let skipped = &rest[..rest.len() - text.len()];
    if skipped.matches('\n').count() > 2 || text.is_empty() {
        return None;
    }
    Some((
        end + skipped.len(),
        text[..text.find('\n').unwrap_or(text.len())].trim_end(),
    ))
}

/// True when the line below `end` (at most a blank line between) opens with a source, a
/// slash and a known place: "AA/ Riyad" under "Ankara" (the desk's city, then the
/// dateline's).
pub(super) fn slashed_source_below(head: &Head<'_>, end: usize) -> bool {
    line_below(head, end).is_some_and(|(start, line)| slashed_source(head, start, line).is_some())
}

/// True when the line's place (`place`, in the input) and a comma are followed by a known
/// country that ends the line (`after..end`): "Pontivy, France", not a list of countries
/// ("Russie, Ukraine").
pub(super) fn place_and_country(
    head: &Head<'_>,
    place: (usize, usize),
    after: usize,
    end: usize,
) -> bool {
    let rest = &head.input[after..end];
    let country = rest.trim();
    let from = after + (rest.len() - rest.trim_start().len());
    !country.is_empty() && !head.is_country(place) && head.is_country((from, from + country.len()))
}

/// "14 décembre 2025, Abuja, République fédérale du Nigeria" as `line` (at input offset
/// `start`): a date to the day opens the line, then a comma, a known place and at most a comma
/// and its country, nothing else.
pub(super) fn date_then_place(head: &Head<'_>, start: usize, line: &str) -> Option<Found> {
    // (A day opens with a figure or a weekday's capital.)
    if !line
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let date = head.date_at(start)?;
    let (_, date_end) = head.date_spans[date];
    let rest = head
        .input
        .get(date_end..start + line.len())?
        .strip_prefix(',')?;
    let at = date_end + 1 + (rest.len() - rest.trim_start().len());
    let place = (at, head.place_at(at, start + line.len())?);
    let tail = head.input[place.1..start + line.len()].trim_end();
    let alone = tail.is_empty()
        || tail.strip_prefix(',').is_some_and(|rest| {
            let from = place.1 + 1 + (rest.len() - rest.trim_start().len());
            head.is_country((from, place.1 + tail.len()))
        });
    (alone && head.is_day(date)).then_some(Found {
        place: Some(place),
        date: Some(date),
        above: None,
    })
}

/// "Le 3 mars 2014 – Le ministre …", "12 juin 2019 – Ottawa (Ontario) – …" as `line` (at
/// input offset `start`): a date to the day opens the line (after "Le"), then a dash (after a
/// byline: "Le 3 mars 2014 par Le Journal - …") and more text; the date's index and where the
/// text after the dash starts in `line`. No date follows the dash: "1er mars 1960-1er mars
/// 2016, …" spans an anniversary's years.
pub(super) fn dated_opening(head: &Head<'_>, start: usize, line: &str) -> Option<(usize, usize)> {
    // (A day opens with a figure, a weekday's capital or the article.)
    if !line
        .as_bytes()
        .first()
        .is_some_and(|b| b.is_ascii_alphanumeric())
    {
        return None;
    }
    let spaces = |c| blank(c) == Blank::Space;
    let skip = ["Le", "le"]
        .iter()
        .find_map(|article| line.strip_prefix(article))
        .filter(|rest| rest.starts_with(spaces))
        .map_or(0, |rest| line.len() - rest.trim_start_matches(spaces).len());
    let date = head
        .date_at(start + skip)
        .filter(|&date| head.is_day(date))?;
    let (_, date_end) = head.date_spans[date];
    let end = start + line.len();
    let after = head.after_a_dash(signed_by(head.input, date_end, end), end)?;
    (after < end && head.date_at(after).is_none()).then_some((date, after - start))
}

/// Where a byline after a date ends ("… 12 janvier 2011 par Le Journal - …": "par" and one
/// to three capitalised words) in `input[at..end]`; `at` when none follows the date.
fn signed_by(input: &str, at: usize, end: usize) -> usize {
    let spaces = |c| blank(c) == Blank::Space;
    // (A date may cross the line's end: then no byline follows it.)
    let Some(names) = input
        .get(at..end)
        .and_then(|rest| rest.trim_start_matches(spaces).strip_prefix("par "))
    else {
        return at;
    };
    let mut from = end - names.len();
    for _ in 0..3 {
        let rest = input[from..end].trim_start_matches(spaces);
        if !rest.starts_with(char::is_uppercase) {
            break;
        }
        let word = rest.find(spaces).unwrap_or(rest.len());
        from = end - rest.len() + word;
    }
    if from == end - names.len() {
        at
    } else {
        from
    }
}

/// The known city that opens `place` before a full stop and a capital, which the opener read
/// as one run of words ("Ouagadougou. Présent").
pub(super) fn city_and_full_stop(
    head: &Head<'_>,
    (start, end): (usize, usize),
) -> Option<(usize, usize)> {
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

/// The length of a source's name in capitals and its slash at the start of `line` (at
/// `start` in the input), when the dateline's known place follows: "AGENCE/Nouakchott le 7
/// avril 2025", "MAP/Rabat, 3 mai".
pub(super) fn slashed_source(head: &Head<'_>, start: usize, line: &str) -> Option<usize> {
    // (Most lines have no slash among their first bytes.)
    if !line.as_bytes().iter().take(13).any(|&b| b == b'/') {
        return None;
    }
    let source = opener(line).filter(|o| {
        let name = &line[o.place.0..o.place.1];
        o.place.0 == 0
            && o.separator == Some("/")
            && !o.agency
            && !name.contains(' ')
            && crate::gazetteer::is_all_caps(name)
    })?;
    let rest = &line[source.end..];
    // (The place's words may run into the date's article: "Nouakchott le".)
    let place = opener(rest)?;
    let text = &rest[place.place.0..place.place.1];
    let text = [" le", " Le", " LE"]
        .iter()
        .find_map(|article| text.strip_suffix(article))
        .unwrap_or(text);
    let from = start + source.end + place.place.0;
    head.is_known_place((from, from + text.len()))
        .then_some(source.end)
}

/// The length of a byline that opens `line` before a wire's opener: "par" or "by", at most
/// eight words of its authors' names (capitalised, joined by "et", "and" or commas), then a
/// place in capitals, its agency in parentheses and a dash ("par Awa Diallo et Jean Dupont
/// NIAMEY (Reuters) - …": the authors, then the dateline).
pub(super) fn byline_before_an_opener(line: &str) -> Option<usize> {
    let (first, _) = line.split_once(' ')?;
    if !super::lines::is_byline_word(first) {
        return None;
    }
    let mut at = first.len() + 1;
    for _ in 0..8 {
        let rest = &line[at..];
        let word_len = rest.find([' ', '\t']).unwrap_or(rest.len());
        let word = rest[..word_len].trim_end_matches(',');
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        if letters >= 3 && crate::gazetteer::is_all_caps(word) {
            let o = opener(rest)?;
            let dashed = o.separator.is_some_and(|s| s.starts_with(['-', '–', '—']));
            return (at > first.len() + 1 && o.agency && dashed).then_some(at);
        }
        let joins = matches!(word, "et" | "and" | "&");
        if !(joins || word.starts_with(char::is_uppercase)) {
            return None;
        }
        at += word_len;
        at = line.len() - line[at..].trim_start_matches([' ', '\t']).len();
        if at >= line.len() {
            return None;
        }
    }
    None
}
