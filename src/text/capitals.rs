//! Lines in capitals throughout (a headline, a page typed in capitals): there every word is in
//! capitals, so capitals say nothing of an acronym, an honorific written in capitals ("S.E.")
//! or an entry whose case matters ("AU", "UN", "EU" are ordinary words of "A EU LIEU").
//!
//! A line is in capitals when it has no lower-case letter (but a superscript, "68ᵉ", which
//! capitals keep) and at least [`MIN_LETTERS`] capitals besides the span asked about: an
//! acronym alone on its line, or in a line with lower-case letters, is still one. Of a line
//! longer than a headline, the [`REACH`] bytes on each side of the span are read.

use super::boundary::{ceil_char_boundary, floor_char_boundary};

/// True when `word` is capitalised and not in capitals ("Niamey", not "NIAMEY"): where every
/// word of a line is in capitals, a capital tells nothing of a name.
#[inline]
pub(crate) fn is_capitalised_in_lower_case(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// The capitals a line must hold outside the span asked about.
pub(crate) const MIN_LETTERS: usize = 12;

/// How far on each side of a span its line is read, in bytes: a line in capitals is a
/// headline or a page typed in capitals; of a longer line, the part around the span is read
/// (so that a page in capitals on one line is read in linear time).
const REACH: usize = 256;

/// Answers whether spans lie in a line in capitals, remembering the last line it read whole
/// (spans come in order, so a line is read once).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct CapitalLines {
    /// The last line read: its bounds, and whether it has no lower-case letter, with its
    /// count of capitals.
    last: Option<(usize, usize, bool, usize)>,
}

impl CapitalLines {
    /// True when `start..end` of `input` lies in a line in capitals.
    pub(crate) fn covers(&mut self, input: &str, start: usize, end: usize) -> bool {
        // Most spans have a lower-case letter near them, on their line: no line to read.
        // (Read outwards from the span, where the nearest letters are.)
        let bytes = input.as_bytes();
        let near_lower = |mut near: std::slice::Iter<'_, u8>, backwards: bool| {
            let mut next = || {
                if backwards {
                    near.next_back()
                } else {
                    near.next()
                }
            };
            while let Some(&b) = next() {
                if b == b'\n' {
                    return false;
                }
                if b.is_ascii_lowercase() {
                    return true;
                }
            }
            false
        };
        if near_lower(bytes[start.saturating_sub(24)..start].iter(), true)
            || near_lower(bytes[end..bytes.len().min(end + 24)].iter(), false)
        {
            return false;
        }
        // The line, read up to [`REACH`] bytes on each side of the span.
        let (line_start, line_end, no_lower, capitals) = match self.last {
            Some(last @ (s, e, _, _))
                if s <= start && end <= e && start - s <= REACH && e - end <= REACH =>
            {
                last
            }
            _ => {
                let from = floor_char_boundary(input, start.saturating_sub(REACH));
                let to = ceil_char_boundary(input, end.saturating_add(REACH));
                let s = input[from..start]
                    .rfind('\n')
                    .map_or(from, |i| from + i + 1);
                let e = input[end..to].find('\n').map_or(to, |i| end + i);
                let line = &input[s..e];
                let no_lower = !line.chars().any(changed_by_capitals);
                let capitals = if no_lower {
                    line.chars().filter(|c| c.is_uppercase()).count()
                } else {
                    0
                };
                // (Kept for the next span when it is the whole line: any span of it reads it
                // whole then.)
                let whole = (s == 0 || input.as_bytes()[s - 1] == b'\n')
                    && (e == input.len() || input.as_bytes()[e] == b'\n');
                self.last = whole.then_some((s, e, no_lower, capitals));
                (s, e, no_lower, capitals)
            }
        };
        debug_assert!(line_start <= start && end <= line_end);
        no_lower && {
            let inside = input[start..end]
                .chars()
                .filter(|c| c.is_uppercase())
                .count();
            capitals - inside >= MIN_LETTERS
        }
    }
}

/// True for a lower-case letter that capitals write otherwise: not a superscript ("68ᵉ"),
/// which a text in capitals keeps as it is.
fn changed_by_capitals(c: char) -> bool {
    c.is_lowercase() && (c.is_ascii() || c.to_uppercase().next() != Some(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_in_capitals_throughout() {
        let input = "A EU LIEU A NIAMEY HIER\nLe sommet de l'UA.\nUA\nLE SOMMET ANNUEL DE L'UA";
        let mut lines = CapitalLines::default();
        let at = |s: &str| input.find(s).unwrap();
        assert!(lines.covers(input, at("EU"), at("EU") + 2));
        assert!(!lines.covers(input, at("UA."), at("UA.") + 2));
        let alone = input.find("\nUA\n").unwrap() + 1;
        assert!(!lines.covers(input, alone, alone + 2));
        let last = input.rfind("UA").unwrap();
        assert!(lines.covers(input, last, last + 2));
        // A superscript is kept by capitals: no lower-case letter of the line.
        let input = "LE 68ᵉ SOMMET ANNUEL DE L'UA\nLe 68ᵉ sommet de l'UA";
        let mut lines = CapitalLines::default();
        let at = input.find("UA").unwrap();
        assert!(lines.covers(input, at, at + 2));
        let at = input.rfind("UA").unwrap();
        assert!(!lines.covers(input, at, at + 2));
    }

    #[test]
    fn a_long_line_is_read_around_the_span() {
        // Menus of headlines in capitals glued after a sentence: far from it, capitals.
        let sentence = "Le sommet de l'UA s'est tenu hier.";
        let menu = " LE PRÉSIDENT REÇOIT LES CHEFS DE L'UA –".repeat(12);
        let input = format!("{sentence}{menu}");
        let mut lines = CapitalLines::default();
        let first = input.find("UA").unwrap();
        assert!(!lines.covers(&input, first, first + 2));
        let last = input.rfind("UA").unwrap();
        assert!(last - sentence.len() > REACH);
        assert!(lines.covers(&input, last, last + 2));
        // On its own line, the same menu is in capitals throughout.
        let input = format!("{sentence}\n{menu}");
        let at = input.find("UA –").unwrap();
        assert!(lines.covers(&input, at, at + 2));
        // A page in capitals on one line, however long, is read in pieces, each the same.
        let page = "LE MINISTRE A REÇU LE SECRÉTAIRE GÉNÉRAL DE L'ONU. ".repeat(10_000);
        let mut lines = CapitalLines::default();
        assert!(page
            .match_indices("ONU")
            .all(|(at, _)| lines.covers(&page, at, at + 3)));
    }
}
