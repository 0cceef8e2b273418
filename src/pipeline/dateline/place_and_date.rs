//! The datelines read whole where a line opens: a place, a comma and its date
//! ("Paris, le 12 mars 2024"), in parentheses ("(Niamey, 13 mai 2021) Le …"), or after a
//! postcode ("3003 Berne, le 19 mai 2005"); and a place in parentheses that opens the body.

use super::head::Head;
use super::opener::opener;
use super::{is_capitalised_place, Found};

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
