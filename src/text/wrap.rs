//! A text that a mail or wire system wrapped at a fixed width: the width, and whether a line
//! break is one the wrap made.
//!
//! A text is wrapped when no line of it is wider than some width of 30 to 100 characters and
//! many of its lines come near that width (a web page holds longer lines: a paragraph, a menu
//! on one line). A greedy wrap breaks a line where its next word does not fit: a break where
//! the next line's first word would have fitted on the line is the text's own.

use std::ops::RangeInclusive;

/// The narrowest and the widest wrap read as one.
const WIDTHS: RangeInclusive<usize> = 30..=100;

/// The most bytes of a wrapped line: three for each character of the widest wrap (a line of
/// French holds few characters of two bytes; one of Arabic, two bytes each).
const WIDEST_LINE: usize = 3 * *WIDTHS.end();

/// How far below the width a line counts as full.
const NEAR_THE_WIDTH: usize = 12;

/// The fewest full lines of a wrapped text.
const FULL_LINES: usize = 4;

/// The spans of `text`'s lines, without their breaks and the blanks before them.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = 0;
    memchr::memchr_iter(b'\n', text.as_bytes())
        .chain(std::iter::once(text.len()))
        .map(move |end| {
            let line = (start, start + text[start..end].trim_end().len());
            start = end + 1;
            line
        })
}

/// The width `text` was wrapped at, in characters, or `None` when it was not wrapped. (A
/// line's characters are counted only where its bytes, as many or more, may pass a test: most
/// lines are read by their bytes alone, and a text of long lines is left at its first.)
pub(crate) fn wrap_width(text: &str) -> Option<usize> {
    let width_of = |(start, end): (usize, usize)| text[start..end].chars().count();
    let mut width = 0;
    for line in lines(text) {
        let len = line.1 - line.0;
        if len > WIDEST_LINE {
            return None;
        }
        if len > width {
            width = width.max(width_of(line));
        }
    }
    if !WIDTHS.contains(&width) {
        return None;
    }
    let (mut full, mut written) = (0, 0);
    for line in lines(text).filter(|line| line.1 > line.0) {
        written += 1;
        full += usize::from(
            line.1 - line.0 + NEAR_THE_WIDTH >= width && width_of(line) + NEAR_THE_WIDTH >= width,
        );
    }
    (full >= FULL_LINES && 3 * full >= written).then_some(width)
}

/// True when the next word (`next_word`) would not have fitted on `line` in a text wrapped at
/// `width`: the break between them may be the wrap's.
pub(crate) fn next_word_overflows(line: &str, next_word: &str, width: usize) -> bool {
    line.len() + 1 + next_word.len() > width
        && line.chars().count() + 1 + next_word.chars().count() > width
}

/// `text` wrapped as a mail or wire system wraps it: each of its lines broken greedily at the
/// space before the word that would pass `width` characters (a word wider than the width
/// alone on its line). The transformation this module's readers undo, for the crate's tests.
/// (`tests/transform.rs` has its own: the integration tests see no private module.)
#[cfg(test)]
pub(crate) fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for (j, word) in line.split(' ').enumerate() {
            let len = word.chars().count();
            if j > 0 {
                if column + 1 + len > width && column > 0 {
                    out.push('\n');
                    column = 0;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            out.push_str(word);
            column += len;
        }
    }
    out
}

/// How many lines on each side of a line break tell whether its text is wrapped there.
const LINES_AROUND: usize = 12;

/// True when the line break at `at` (a `'\n'` of `input`) is one a hard wrap made: the text
/// is wrapped around it (as the [`LINES_AROUND`] lines on each side tell: a bounded read,
/// however long the text and however many breaks are asked of it) and the next line's first
/// word would not have fitted on the line that the break ends. For the rules that a line
/// break stops, read only where one does.
pub(crate) fn is_a_wrap_break(input: &str, at: usize) -> bool {
    let Some(line) = input.get(..at) else {
        return false;
    };
    let line = line.trim_end();
    let line = &line[line.rfind('\n').map_or(0, |i| i + 1)..];
    let next = input
        .get(at + 1..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    let next_word = next.split(char::is_whitespace).next().unwrap_or("");
    let bytes = input.as_bytes();
    let start = memchr::memrchr_iter(b'\n', bytes.get(..at).unwrap_or_default())
        .nth(LINES_AROUND)
        .map_or(0, |i| i + 1);
    let end = memchr::memchr_iter(b'\n', bytes.get(at + 1..).unwrap_or_default())
        .nth(LINES_AROUND)
        .map_or(input.len(), |i| at + 1 + i);
    !line.is_empty()
        && !next_word.is_empty()
        && input
            .get(start..end)
            .and_then(wrap_width)
            .is_some_and(|width| next_word_overflows(line, next_word, width))
}

/// True when the gap `start..end` of `input` (between two words) holds no line break, or
/// only one a hard wrap made ([`is_a_wrap_break`]): the words stand on one line of the text
/// as it was written.
pub(crate) fn on_one_line(input: &str, start: usize, end: usize) -> bool {
    input
        .get(start..end)
        .and_then(|gap| gap.find('\n'))
        .map_or(true, |at| is_a_wrap_break(input, start + at))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_full_short_lines_is_wrapped_at_its_widest() {
        let line = "Le ministre a reçu les chefs des unités engagées dans la région";
        let text = [line; 6].join("\n");
        assert_eq!(wrap_width(&text), Some(line.chars().count()));
        assert!(next_word_overflows(line, "des", line.chars().count()));
        assert!(!next_word_overflows(
            "Le ministre",
            "des",
            line.chars().count()
        ));
    }

    #[test]
    fn a_break_is_a_wraps_where_the_text_around_it_is_wrapped_and_the_word_did_not_fit() {
        let line = "Le ministre a reçu les chefs des unités engagées dans la région";
        let wrapped = format!("{}\nAbdelkarim, chef de la zone.", [line; 5].join("\n"));
        let at = wrapped.rfind('\n').unwrap();
        assert!(is_a_wrap_break(&wrapped, at));
        // Where the word would have fitted, or in a page of long lines, the break is the
        // text's own; and any offset is read without a panic.
        let short = wrapped.replacen(&format!("{line}\nAbdel"), "Le ministre\nAbdel", 1);
        assert!(!is_a_wrap_break(&short, short.rfind('\n').unwrap()));
        let page = format!("{}\nAbdelkarim, chef de la zone.", line.repeat(3));
        assert!(!is_a_wrap_break(&page, page.rfind('\n').unwrap()));
        for at in 0..=wrapped.len() + 1 {
            let _ = is_a_wrap_break(&wrapped, at);
        }
    }

    #[test]
    fn long_lines_a_menu_and_few_full_lines_are_no_wrap() {
        let paragraph = "Le ministre a reçu les chefs des unités engagées ".repeat(8);
        assert_eq!(wrap_width(&format!("Titre\n{paragraph}")), None);
        assert_eq!(wrap_width("Accueil\nActualités\nDéfense\nContact"), None);
        let line = "Le ministre a reçu les chefs des unités engagées dans la région";
        assert_eq!(
            wrap_width(&format!("{line}\n{line}\nA\nB\nC\nD\nE\nF")),
            None
        );
    }
}
