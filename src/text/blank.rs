//! White space as matching sees it: a run of blanks (spaces, tabs, no-break and narrow
//! spaces, carriage returns) with at most one line break is one space, so a name, an office or
//! a date may be parted by two spaces, a tab or the end of a line; a blank line (two breaks or
//! more) ends everything. The normalised view folds such runs; the stages that read the input
//! itself part words with [`is_soft_gap`] and [`soft_gap`].

use std::borrow::Cow;

/// What a run of white space is for matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Blank {
    /// Not white space.
    No,
    /// A space, tab or another blank.
    Space,
    /// A line break.
    Break,
}

/// What `c` is as white space: the blanks of [`fold_char`](super::fold_char) (spaces, tabs, no-break and
/// narrow spaces…) and the carriage return are spaces; line feeds, vertical tabs, form feeds
/// and the Unicode line and paragraph separators are breaks.
#[inline]
pub(crate) fn blank(c: char) -> Blank {
    match c {
        ' ' | '\t' | '\r' => Blank::Space,
        '\n' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => Blank::Break,
        '\u{00A0}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => Blank::Space,
        _ => Blank::No,
    }
}

/// The end of the run of white space at `at` in `input`, and the line breaks in it (a
/// carriage return before a line feed is part of that break; one alone is a space).
pub(crate) fn blank_run(input: &str, at: usize) -> (usize, usize) {
    let mut end = at;
    let mut breaks = 0;
    for c in input[at..].chars() {
        match blank(c) {
            Blank::No => break,
            Blank::Space => {}
            Blank::Break => breaks += 1,
        }
        end += c.len_utf8();
    }
    (end, breaks)
}

/// `text` with every run of white space between its words one space: a value (a canonical
/// name, an office, a body's name or long form) read over two spaces, a tab or a line break
/// is the one it has on one line.
pub(crate) fn single_spaced(text: &str) -> Cow<'_, str> {
    // (Read by bytes first, in one pass: white space outside ASCII starts with one of four
    // bytes, which few letters start with.)
    let mut previous = 0;
    let suspect = text.bytes().any(|b| {
        let suspect = (b == b' ' && previous == b' ') || matches!(b, 9..=13 | 0xC2 | 0xE1..=0xE3);
        previous = b;
        suspect
    });
    let plain = !suspect
        || !(text.contains("  ") || text.contains(|c: char| c.is_whitespace() && c != ' '));
    if plain {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

/// [`single_spaced`] for a mention's text: borrowed from the input as the text is, when it is
/// single-spaced already.
pub(crate) fn single_spaced_value<'h>(text: &Cow<'h, str>) -> Cow<'h, str> {
    match single_spaced(text) {
        Cow::Borrowed(_) => text.clone(),
        Cow::Owned(spaced) => Cow::Owned(spaced),
    }
}

/// True when `gap` parts the words of one name: white space with at most one line break
/// ("A B", "A  B", "A\tB", "A\nB", "A\r\nB").
#[inline]
pub(crate) fn is_soft_gap(gap: &str) -> bool {
    gap == " " || (!gap.is_empty() && matches!(blank_run(gap, 0), (end, 0 | 1) if end == gap.len()))
}

/// The length of the white space `rest` starts with when it parts the words of one name
/// ([`is_soft_gap`]); 0 when it starts with none, or with a blank line.
#[inline]
pub(crate) fn soft_gap(rest: &str) -> usize {
    match rest.as_bytes().first() {
        None => 0,
        Some(b' ') if rest.as_bytes().get(1).is_some_and(|b| b.is_ascii_graphic()) => 1,
        _ => match blank_run(rest, 0) {
            (end, 0 | 1) => end,
            _ => 0,
        },
    }
}

/// The length of `phrase` at the start of `text`, each space of the phrase matching white
/// space with one line break at most ([`soft_gap`]); the phrase's other characters are
/// compared as they are. (Always inlined: its callers pass phrases known when compiled, and
/// most calls fail at the first byte.)
#[inline(always)]
pub(crate) fn phrase_len(text: &str, phrase: &str) -> Option<usize> {
    // Most calls fail at the first byte.
    if phrase.as_bytes().first().is_some_and(|&b| b != b' ')
        && text.as_bytes().first() != phrase.as_bytes().first()
    {
        return None;
    }
    // (A phrase that ends with a space takes the whole gap there.)
    if text.starts_with(phrase)
        && !(phrase.ends_with(' ') && text[phrase.len()..].starts_with(|c| blank(c) != Blank::No))
    {
        return Some(phrase.len());
    }
    // Byte for byte: a space of the phrase takes a soft gap of the text, at a char boundary
    // since what came before matched whole characters of the phrase.
    let (t, p) = (text.as_bytes(), phrase.as_bytes());
    let mut i = 0;
    for &b in p {
        if b == b' ' {
            let gap = soft_gap(&text[i..]);
            if gap == 0 {
                return None;
            }
            i += gap;
        } else if t.get(i) == Some(&b) {
            i += 1;
        } else {
            return None;
        }
    }
    Some(i)
}

/// The length of `phrase` at the end of `text`, as [`phrase_len`] matches it at the start.
pub(crate) fn phrase_before(text: &str, phrase: &str) -> Option<usize> {
    if text.ends_with(phrase) {
        return Some(phrase.len());
    }
    let mut at = text.len();
    for (i, part) in phrase.rsplit(' ').enumerate() {
        if i > 0 {
            at = strip_soft_gap_end(&text[..at])?.len();
        }
        if !text[..at].ends_with(part) {
            return None;
        }
        at -= part.len();
    }
    Some(text.len() - at)
}

/// `text` without the soft gap ([`is_soft_gap`]) that ends it; `None` when it ends with no
/// white space, or with a blank line.
pub(crate) fn strip_soft_gap_end(text: &str) -> Option<&str> {
    if let Some(before) = text.strip_suffix(' ') {
        if !before.ends_with(|c| blank(c) != Blank::No) {
            return Some(before);
        }
    }
    let trimmed = text.trim_end_matches(|c| blank(c) != Blank::No);
    let gap = &text[trimmed.len()..];
    (!gap.is_empty() && is_soft_gap(gap)).then_some(trimmed)
}

/// Where the last paragraph of `text` starts: after its last blank line (white space with
/// two line breaks or more), else 0.
pub(crate) fn paragraph_start(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    // Line feeds only: the other breaks are rare enough to part lines, not paragraphs, here.
    while let Some(i) = memchr::memrchr(b'\n', &bytes[..end]) {
        let mut j = i;
        while j > 0 && matches!(bytes[j - 1], b' ' | b'\t' | b'\r') {
            j -= 1;
        }
        if j > 0 && bytes[j - 1] == b'\n' {
            return i + 1;
        }
        end = j;
    }
    0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_single_spaced_whatever_its_blanks() {
        for text in [
            "Agence  nationale",
            "Agence\nnationale",
            "Agence\r\nnationale",
            "Agence\tnationale",
            "Agence\u{a0}nationale",
            "Agence \u{202F} nationale",
            "Agence\u{2028}nationale",
            "Agence\u{3000}nationale",
        ] {
            assert_eq!(single_spaced(text), "Agence nationale", "{text:?}");
        }
        // Letters of every script are no blanks, and a plain value is borrowed.
        for text in [
            "Société générale",
            "Émile Ndiaye",
            "Ägypten",
            "الأمم المتحدة",
            "Ḥasan",
        ] {
            assert!(
                matches!(single_spaced(text), Cow::Borrowed(t) if t == text),
                "{text}"
            );
        }
    }

    #[test]
    fn soft_gaps_are_blanks_with_one_line_break_at_most() {
        for gap in [" ", "  ", "\t", "\n", " \r\n ", "\u{a0}", " \u{202F}\t"] {
            assert!(is_soft_gap(gap), "{gap:?}");
            assert_eq!(soft_gap(&format!("{gap}Duali")), gap.len(), "{gap:?}");
        }
        for gap in ["", "\n\n", " \n \r\n", ",", " , "] {
            assert!(!is_soft_gap(gap), "{gap:?}");
        }
        assert_eq!(soft_gap("\n\nDuali"), 0);
        assert_eq!(soft_gap("Duali"), 0);
    }

    #[test]
    fn phrases_match_over_soft_gaps() {
        assert_eq!(phrase_len("de la Défense", "de la"), Some(5));
        assert_eq!(phrase_len("de  la\tDéfense", "de la"), Some(6));
        assert_eq!(phrase_len("de\nla", "de la"), Some(5));
        assert_eq!(phrase_len("de\n\nla", "de la"), None);
        assert_eq!(phrase_len("du Tchad", "de la"), None);
        assert_eq!(phrase_len(" de", " de"), Some(3));
        assert_eq!(phrase_len("des  Collectivités", "des "), Some(5));
        assert_eq!(phrase_len("des \u{a0}Collectivités", "des "), Some(6));
        assert_eq!(phrase_len("\t de", " de"), Some(4));
        assert_eq!(phrase_before("ministre de la", " de la"), Some(6));
        assert_eq!(phrase_before("ministre  de\tla", " de la"), Some(7));
        assert_eq!(phrase_before("ministre\n\nde la", " de la"), None);
        assert_eq!(phrase_before("ministre du", " de la"), None);
        assert_eq!(strip_soft_gap_end("Haut "), Some("Haut"));
        assert_eq!(strip_soft_gap_end("Haut\u{a0}\t"), Some("Haut"));
        assert_eq!(strip_soft_gap_end("Haut\r\n"), Some("Haut"));
        assert_eq!(strip_soft_gap_end("Haut\n\n"), None);
        assert_eq!(strip_soft_gap_end("Haut"), None);
        assert_eq!(paragraph_start("a\nb"), 0);
        assert_eq!(paragraph_start("a\n\nb\nc"), 3);
        assert_eq!(paragraph_start("a\r\n \r\nb"), 6);
    }
}
