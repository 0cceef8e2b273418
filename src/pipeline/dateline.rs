//! The dateline: the place and/or date of publication given before the body.
//!
//! The first lines of the document (at most 40 lines or 4 000 bytes, and none after the first
//! body paragraph of 25 words or more) are tried in order; the first that matches one of these
//! forms is the dateline:
//! - `PLACE, [Country,] [le] DATE …`: "Riyad, 31-5-2023", "Paris, le 12 mars 2024",
//!   "ADDIS ABEBA, Ethiopie, 3 septembre 2014/African Press Organization (APO)/ —";
//! - `PLACE [(AGENCY)] - …` where PLACE is a known place or written in capitals: "Niamey - ",
//!   "NOUAKCHOTT (AFP) -" (place only, or with the date that follows the dash);
//! - a line that is a date and little else: "07/09/2021", "Union Africaine - 06/06/2022
//!   17:15:00", "Publié le 12 mars 2024 à 10h30" (date only).
//!
//! A headline that starts with a place and a colon ("Nouakchott : …") is not a dateline, nor is
//! a timestamp after the body.

use super::dates::RawDate;
use crate::gazetteer::{Hit, Kinds};
use crate::lexicon::PLACE_PARTICLES;
use crate::text::blank::{blank, Blank};
use crate::text::{fold_str, NormalizedText};
use once_cell::sync::Lazy;
use regex::Regex;

const MAX_LINES: usize = 40;
const MAX_BYTES: usize = 4000;
const BODY_WORDS: usize = 25;
/// How many lines after a date line may hold the agency opener that gives its place.
const OPENER_LINES: usize = 3;

/// A place-like opener at the start of a line: a run of capitalised words (up to five, joined
/// by a space or hyphen, with particles), an optional agency in parentheses, an optional
/// separator (`,`, dashes or `/`), and the blanks after each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Opener<'l> {
    /// The place's byte range in the line.
    place: (usize, usize),
    /// True when an agency in parentheses follows the place.
    agency: bool,
    /// The separator after them, if any.
    separator: Option<&'l str>,
    /// Where the opener ends in the line.
    end: usize,
}

/// The opener at the start of `line`, if the line starts with a capital (what the regex
/// `^(\p{Lu}[\p{L}'’.\-]*(?:[ \-](?:\p{Lu}[\p{L}'’\-]*|de|du|…)){0,4})[ \t]*(\([^)\n]{1,40}\))?[ \t]*(,|[-–—]+|/)?[ \t]*`
/// matches, written by hand: it compiles in no time).
fn opener(line: &str) -> Option<Opener<'_>> {
    let word = |at: usize, dot: bool| -> Option<usize> {
        let rest = &line[at..];
        let mut chars = rest.char_indices();
        if !chars.next().is_some_and(|(_, c)| c.is_uppercase()) {
            return None;
        }
        let end = chars
            .find(|&(_, c)| {
                !(crate::text::boundary::is_letter(c)
                    || matches!(c, '\'' | '’' | '-')
                    || (dot && c == '.'))
            })
            .map_or(rest.len(), |(i, _)| i);
        Some(at + end)
    };
    let mut end = word(0, true)?;
    for _ in 0..4 {
        let Some(after) = line[end..]
            .strip_prefix([' ', '-', '\u{a0}', '\u{202F}'])
            .map(|rest| line.len() - rest.len())
        else {
            break;
        };
        let next = word(after, false).or_else(|| {
            PLACE_PARTICLES
                .iter()
                .find(|p| line[after..].starts_with(*p))
                .map(|p| after + p.len())
        });
        match next {
            Some(next) => end = next,
            None => break,
        }
    }
    let place = (0, end);
    let blanks = |at: usize| {
        line.len()
            - line[at..]
                .trim_start_matches(|c| blank(c) == Blank::Space)
                .len()
    };
    let mut at = blanks(end);
    let agency = line[at..].strip_prefix('(').and_then(|inner| {
        let close = inner.find([')', '\n'])?;
        let chars = inner[..close].chars().count();
        ((1..=40).contains(&chars) && inner[close..].starts_with(')')).then_some(close + 2)
    });
    if let Some(len) = agency {
        at = blanks(at + len);
    }
    let rest = &line[at..];
    let separator_len = if rest.starts_with([',', '/']) {
        1
    } else {
        rest.len() - rest.trim_start_matches(['-', '–', '—']).len()
    };
    let separator = (separator_len > 0).then(|| &rest[..separator_len]);
    Some(Opener {
        place,
        agency: agency.is_some(),
        separator,
        end: blanks(at + separator_len),
    })
}

/// After `PLACE,`: an optional country, then an optional "le", before the date.
static AFTER_COMMA: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:\p{Lu}[^,\n]{0,30},[ \t\u{a0}\u{202F}]*)?(?:le[ \t\u{a0}\u{202F}]+)?")
        .expect("compiles")
});

/// What may stand before a date on a date line (folded).
static DATE_LINE_PREFIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^(?:[^\n]{0,60}[ \t][-|][ \t]*)?(?:publie|mis a jour|date|posted|update)?[ \t]*(?:le|du|:)?[ \t]*$")
        .expect("compiles")
});

/// What may follow a date on a date line (folded): a time, a time zone.
static DATE_LINE_SUFFIX: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"^[ \t]*(?:(?:a|-|,)?[ \t]*[0-2]?[0-9][:h][0-5][0-9](?::[0-5][0-9])?(?:[ \t]*(?:gmt|utc|heures?))?)?[ \t]*[|.]?[ \t]*$")
        .expect("compiles")
});

/// A dateline found: the place's input span and the index of the date in `dates`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Found {
    pub place: Option<(usize, usize)>,
    pub date: Option<usize>,
}

pub(crate) fn find(text: &NormalizedText<'_>, dates: &[RawDate], names: &[Hit]) -> Option<Found> {
    let input = text.input();
    // Dates in input offsets, with their folded starts.
    // Only the head of the document matters: its dates and hits, in input offsets. (Folding
    // never makes text longer than twice the input, so a folded offset past twice the head's
    // size is past the head.)
    let head = 2 * MAX_BYTES
        + 2 * input
            .len()
            .min(input.find('\n').map_or(input.len(), |i| i + 1));
    let date_spans: Vec<(usize, usize)> = dates
        .iter()
        .take_while(|d| d.start <= head)
        .map(|d| text.to_input_range(d.start, d.end))
        .collect();
    let date_at = |at: usize| date_spans.iter().position(|&(s, e)| s == at && e > s);
    let places: Vec<(usize, usize)> = names
        .iter()
        .take_while(|h| h.start <= head)
        .filter(|h| h.kinds.any(Kinds::PLACE))
        .map(|h| (h.input_start, h.input_end))
        .collect();
    let is_known_place = |start: usize, end: usize| places.contains(&(start, end));

    let mut offset = 0;
    let mut lines = 0;
    // A date line already found, waiting for an agency opener on the next lines.
    let mut pending: Option<(Found, usize)> = None;
    let (mut run_words, mut run_goes_on) = (0, false);
    for raw_line in input.split_inclusive('\n') {
        let line_start = offset;
        offset += raw_line.len();
        if line_start > MAX_BYTES || lines >= MAX_LINES {
            break;
        }
        let trimmed = raw_line.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        let start = line_start + (raw_line.len() - trimmed.len());
        let line = trimmed.trim_end();
        if line.is_empty() {
            run_words = 0;
            continue;
        }
        lines += 1;
        // A line that ends no sentence goes on in the next one (a paragraph wrapped by a
        // mail or wire system): the body is a run of words, not a line.
        let words = line.split_whitespace().count();
        run_words = if run_goes_on {
            run_words + words
        } else {
            words
        };
        run_goes_on = !line.ends_with(['.', '!', '?', ':', ';', '»', '"', ')', '|']);
        let end = start + line.len();
        if let Some((found, left)) = pending {
            if left == 0 {
                return Some(found);
            }
            pending = Some((found, left - 1));
        }

        if let Some(found) = opener(line) {
            let place = (start + found.place.0, start + found.place.1);
            let after = start + found.end;
            let agency = found.agency;
            // A place in capitals says little in a line in capitals throughout (a headline,
            // a page in capitals: "NEWS - ..."): there it must be known, unless the opener is
            // all the line.
            let capitals = is_capitalised_place(&input[place.0..place.1])
                && (line[found.end..].trim().is_empty() || line.chars().any(char::is_lowercase));
            let known = is_known_place(place.0, place.1);
            match found.separator {
                Some(",") if pending.is_none() => {
                    let skip = AFTER_COMMA.find(&input[after..end]).map_or(0, |m| m.end());
                    if let Some(date) = date_at(after + skip) {
                        return Some(Found {
                            place: Some(place),
                            date: Some(date),
                        });
                    }
                }
                Some(sep) if sep != "/" && sep != "," && (known || capitals || agency) => {
                    // An opener under a date line completes it: "Sécurité - 21.12.2022" then
                    // "N'DJAMENA - ".
                    let date = pending.map_or_else(|| date_at(after), |(f, _)| f.date);
                    return Some(Found {
                        place: Some(place),
                        date,
                    });
                }
                _ => {}
            }
        }

        if pending.is_some() {
            continue;
        }
        // A date line: the first date of the line with little around it.
        if let Some(index) = date_spans
            .iter()
            .position(|&(s, e)| s >= start && e <= end && s < e)
        {
            // The line as written (the folded view joins lines parted by one break).
            let (s, e) = date_spans[index];
            if !dates[index].is_relative()
                && DATE_LINE_PREFIX.is_match(&fold_str(&input[start..s]))
                && DATE_LINE_SUFFIX.is_match(&fold_str(&input[e..end]))
                && s >= start
            {
                let found = Found {
                    place: None,
                    date: Some(index),
                };
                pending = Some((found, OPENER_LINES));
                continue;
            }
        }

        if run_words >= BODY_WORDS && !is_boilerplate(line) {
            break;
        }
    }
    pending.map(|(found, _)| found)
}

/// Long lines of web furniture that come before the body (cookie banners).
fn is_boilerplate(line: &str) -> bool {
    line.contains("cookie") || line.contains("Cookie") || line.contains("[Accepter]")
}

/// An unknown place is accepted when written in capitals, in at most three words, not
/// starting with an article ("NIAMEY", "ADDIS ABEBA"; not "LE MINISTRE DE LA DÉFENSE").
fn is_capitalised_place(place: &str) -> bool {
    let words: Vec<&str> = place.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    crate::gazetteer::is_all_caps(place)
        && words.len() <= 3
        && !matches!(
            words.first().copied(),
            Some("LE" | "LA" | "LES" | "UN" | "UNE" | "DES" | "AU" | "AUX")
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The opener as the regex it implements reads it.
    fn opener_by_regex(line: &str) -> Option<(usize, usize, bool, Option<&str>, usize)> {
        static REGEX: Lazy<Regex> = Lazy::new(|| {
            Regex::new(
            r"^(\p{Lu}[\p{L}'’.\-]*(?:[ \-](?:\p{Lu}[\p{L}'’\-]*|de|du|des|la|le|el|es|al|d'|d’|l'|l’)){0,4})[ \t]*(\([^)\n]{1,40}\))?[ \t]*(,|[-–—]+|/)?[ \t]*",
            )
            .unwrap()
        });
        let caps = REGEX.captures(line)?;
        let place = caps.get(1)?;
        Some((
            place.start(),
            place.end(),
            caps.get(2).is_some(),
            caps.get(3).map(|m| m.as_str()),
            caps.get(0)?.end(),
        ))
    }

    #[test]
    fn openers_read_as_the_regex_does() {
        let lines = [
            "NIAMEY, 3 juin 2024",
            "NOUAKCHOTT (AFP) - Le ministre",
            "ADDIS ABEBA, Ethiopie, 3 septembre 2014/African Press",
            "N'DJAMENA – la réunion",
            "Riyad, 31-5-2023",
            "Guinée-Bissau / Bissau",
            "Ville des Lacs — x",
            "Port-au-Prince,le 2 mai",
            "Saint-Louis-du-Sénégal (APS)\t—— x",
            "Paris (une agence de presse au nom beaucoup trop long pour compter) - x",
            "Dakar (APS -- x",
            "A B C D E F G, x",
            "Le Caire de la Mer l’Ouest d'Or, x",
            "Ελλάδα, 3 juin",
            "lundi, 3 juin",
            "É",
            "Bamako ()",
            "Tunis (TAP)",
            "Abu Dhabi desormais, x",
            "Lomé -",
            "X.Y. Z.- x",
        ];
        for line in lines {
            let by_hand =
                opener(line).map(|o| (o.place.0, o.place.1, o.agency, o.separator, o.end));
            assert_eq!(by_hand, opener_by_regex(line), "{line}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_opener_reads_as_the_regex_does(line in "[A-Z][A-Za-zÉéΩ'’ .,/()–—\t-]{0,40}") {
            let by_hand = opener(&line).map(|o| (o.place.0, o.place.1, o.agency, o.separator, o.end));
            proptest::prop_assert_eq!(by_hand, opener_by_regex(&line));
        }
    }

    #[test]
    fn an_unknown_place_in_capitals_needs_a_line_that_is_not() {
        let extractor = crate::Extractor::new();
        let place = |text: &str| {
            extractor
                .extract(text)
                .dateline
                .and_then(|d| d.place)
                .map(|p| p.text.to_string())
        };
        assert_eq!(
            place("KOULBOUKA - Le ministre a visité la caserne."),
            Some("KOULBOUKA".into())
        );
        assert_eq!(
            place("KOULBOUKA -\nLe ministre a visité la caserne."),
            Some("KOULBOUKA".into())
        );
        assert_eq!(place("NEWS - LE MINISTRE A VISITÉ LA CASERNE."), None);
    }
}
