//! A text that a mail or wire system wrapped at a fixed width, read as it was written: the
//! line breaks the wrap made are found, and every stage reads them as spaces
//! ([`crate::pipeline`] runs on [`unwrapped`]), so a name, a title's holder or a dateline cut
//! by the wrap is read whole.
//!
//! A text is wrapped where its lines, between two wider than 100 characters (a web page's
//! paragraphs, a menu on one line), are no wider than some width of 30 to 100 characters and
//! many of them come near that width. A greedy wrap breaks a line where its next word does not
//! fit: a break where the next line's first word would have fitted on the line is the text's
//! own.

use super::{fold_str, NormalizedText};
use crate::lexicon::{MONTHS, WEEKDAYS};
use std::ops::{Range, RangeInclusive};

/// The narrowest and the widest wrap read as one.
const WIDTHS: RangeInclusive<usize> = 30..=100;

/// The most bytes of a wrapped line: three for each character of the widest wrap (a line of
/// French holds few characters of two bytes; one of Arabic, two bytes each).
const WIDEST_LINE: usize = 3 * *WIDTHS.end();

/// How far below the width a line counts as full.
const NEAR_THE_WIDTH: usize = 12;

/// The fewest full lines of a wrapped text.
const FULL_LINES: usize = 4;

/// True when the next word (`next_word`) would not have fitted on `line` in a text wrapped at
/// `width`: the break between them may be the wrap's.
fn next_word_overflows(line: &str, next_word: &str, width: usize) -> bool {
    line.len() + 1 + next_word.len() > width
        && line.chars().count() + 1 + next_word.chars().count() > width
}

/// The transformation this module's readers undo, for the crate's tests (shared with the
/// integration tests, which see no private module).
#[cfg(test)]
#[path = "wrapped.rs"]
mod wrapped_text;
#[cfg(test)]
pub(crate) use wrapped_text::wrapped;

/// The line breaks of `text`'s input that a hard wrap made: the offsets of their `'\n'`, in
/// order.
///
/// A break is the wrap's where the text around it is wrapped (the lines between the two
/// nearest too wide for a wrap tell: a page may hold a wrapped mail among paragraphs of its
/// own) and the next line's first word would not have fitted on the line the break ends. A
/// figure or an item of a list may open a line of its own (a headline, then "4 mars 2021 – …"
/// or "- …"): a break before one is the wrap's only after a comma, a word that needs another
/// ("… reçu, le\n4 mars") or a month or weekday ("4 février\n2020"). A line in capitals (a
/// headline, a heading) ends where its capitals end (the line below not in capitals). A break
/// the wrap made where the text had one of its own cannot be told from it otherwise: a
/// headline as wide as the wrap, not in capitals, is read with the line below it.
///
/// The lines are those the folding found ([`NormalizedText::break_runs`]): the input is not
/// read again but for the lines of a part that may be wrapped.
pub(crate) fn wrap_breaks(text: &NormalizedText<'_>) -> Vec<usize> {
    let lines = Lines {
        input: text.input(),
        runs: text.break_runs(),
    };
    let mut breaks = Vec::new();
    // A wrapped text holds full lines: no break is a wrap's in a text of fewer.
    if lines.runs.len() < FULL_LINES {
        return breaks;
    }
    // The text is read by parts: the runs of lines that no line too wide for a wrap parts (a
    // page's paragraph, a menu on one line), each told wrapped or not by its lines' widths.
    let mut first = 0;
    for k in 0..=lines.runs.len() {
        let (start, end) = lines.span(k);
        let bytes = end - start;
        // (A line of no more bytes than the widest wrap's characters is no wider.)
        let too_wide = bytes > WIDEST_LINE
            || (bytes > *WIDTHS.end() && lines.input[start..end].chars().count() > *WIDTHS.end());
        if too_wide {
            lines.read_part(first..k, &mut breaks);
            first = k + 1;
        }
    }
    lines.read_part(first..lines.runs.len() + 1, &mut breaks);
    breaks
}

/// The lines of an input, between the runs of blanks that hold its line breaks.
struct Lines<'t> {
    input: &'t str,
    /// The runs (see [`NormalizedText::break_runs`]).
    runs: &'t [(usize, usize, bool)],
}

impl Lines<'_> {
    /// The span of line `k` (0 to the number of runs), without the blanks around it.
    fn span(&self, k: usize) -> (usize, usize) {
        let start = k.checked_sub(1).map_or(0, |k| self.runs[k].1);
        let end = self
            .runs
            .get(k)
            .map_or_else(|| start + self.input[start..].trim_end().len(), |run| run.0);
        (start, end.max(start))
    }

    /// The text of line `k`.
    fn text(&self, k: usize) -> &str {
        let (start, end) = self.span(k);
        &self.input[start..end]
    }

    /// The width lines `part` were wrapped at, or `None` when they were not wrapped: the
    /// widest is 30 to 100 characters wide, and at least [`FULL_LINES`] of those written, a
    /// third of them, come within [`NEAR_THE_WIDTH`] of it. (Most parts of a page, between
    /// two paragraphs, hold too few lines to be read.)
    fn width(&self, part: Range<usize>) -> Option<usize> {
        if part.len() < FULL_LINES {
            return None;
        }
        let mut lines_of_width = [0usize; *WIDTHS.end() + 1];
        for k in part {
            let width = self.text(k).chars().count();
            lines_of_width[width.min(*WIDTHS.end())] += 1;
        }
        let width = lines_of_width.iter().rposition(|&n| n > 0)?;
        if !WIDTHS.contains(&width) {
            return None;
        }
        let written: usize = lines_of_width[1..].iter().sum();
        let full: usize = lines_of_width[width - NEAR_THE_WIDTH..].iter().sum();
        (full >= FULL_LINES && 3 * full >= written).then_some(width)
    }

    /// Pushes to `breaks` those of the line breaks inside lines `part` that a wrap made.
    fn read_part(&self, part: Range<usize>, breaks: &mut Vec<usize>) {
        let Some(width) = self.width(part.clone()) else {
            return;
        };
        for k in part.start..part.end.saturating_sub(1) {
            let (run_start, run_end, blank_line) = self.runs[k];
            let (line, next) = (self.text(k), self.text(k + 1));
            let first_word = next.split(char::is_whitespace).next().unwrap_or("");
            let at = self.input[run_start..run_end].find('\n');
            if let Some(at) = at.filter(|_| !blank_line && !line.is_empty() && !next.is_empty()) {
                if next_word_overflows(line, first_word, width)
                    && (!opens_a_line_of_its_own(next) || goes_on(line))
                    && (!in_capitals(line) || in_capitals(next))
                {
                    breaks.push(run_start + at);
                }
            }
        }
    }
}

/// `text`'s input with the line breaks a hard wrap made ([`wrap_breaks`]) written as spaces,
/// or `None` when it has none. The offsets are the input's: a break and a space are one byte.
pub(crate) fn unwrapped(text: &NormalizedText<'_>) -> Option<String> {
    let breaks = wrap_breaks(text);
    if breaks.is_empty() {
        return None;
    }
    let mut bytes = text.input().as_bytes().to_vec();
    for at in breaks {
        bytes[at] = b' ';
    }
    String::from_utf8(bytes).ok()
}

/// True when `line` (a line's text, its first blanks stripped) opens with a figure or a mark
/// of a list's item: it may open a line of its own.
fn opens_a_line_of_its_own(line: &str) -> bool {
    line.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | '•' | '*'))
}

/// True when `line` is written in capitals: two capital letters or more and no small one.
fn in_capitals(line: &str) -> bool {
    !line.chars().any(char::is_lowercase)
        && line.chars().filter(|c| c.is_uppercase()).nth(1).is_some()
}

/// True when `line` ends with a comma, a word that needs another
/// ([`ends_with_a_function_word`]), a month or a weekday: it goes on in the next line.
fn goes_on(line: &str) -> bool {
    let last = fold_str(line.rsplit(' ').next().unwrap_or(line));
    line.ends_with(',')
        || ends_with_a_function_word(line)
        || MONTHS.contains(&last.as_str())
        || WEEKDAYS.contains(&last.as_str())
}

/// True when `line` ends with an article, a determiner, a preposition or a conjunction,
/// which a phrase cannot end with: the line goes on in the next ("… au centre de formation
/// de\nDakar", "… a reçu, ce\nlundi 4 mars …").
pub(crate) fn ends_with_a_function_word(line: &str) -> bool {
    if line.ends_with(['\'', '’']) {
        return true;
    }
    let last = line.rsplit(' ').next().unwrap_or(line);
    last.len() < line.len() && FUNCTION_WORDS.contains(&last)
}

/// The articles, determiners, prepositions and conjunctions a line of a wrapped phrase may
/// end with, as written.
const FUNCTION_WORDS: [&str; 31] = [
    "de", "du", "des", "la", "le", "les", "à", "au", "aux", "et", "en", "pour", "par", "sur",
    "avec", "dans", "un", "une", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur", "leurs",
    "notre", "nos", "votre", "vos",
];

#[cfg(test)]
mod tests {
    use super::*;

    const LINE: &str = "Le ministre a reçu les chefs des unités engagées dans la région";

    /// `text` with its wrap's breaks read as spaces.
    fn unwrap(text: &str) -> String {
        unwrapped(&NormalizedText::new(text)).unwrap_or_else(|| text.to_string())
    }

    /// The line breaks of `text` that its wrap made.
    fn wrap_breaks(text: &str) -> Vec<usize> {
        super::wrap_breaks(&NormalizedText::new(text))
    }

    const PAGE: &str = "Le ministre des Armées au Sahel\n\
        Publié le 4 mars 2021\n\
        NIAMEY, 4 mars 2021 – Le ministre a rencontré ce jeudi les chefs des unités engagées \
        dans la région des trois frontières, avec lesquels il a passé en revue la situation \
        et les moyens dont disposent les soldats sur le terrain.\n\
        \n\
        Il a ensuite regagné la capitale pour un entretien avec son homologue, puis avec le \
        chef de la transition, au sujet des patrouilles communes. Les deux hommes ont évoqué \
        la relève des unités, le retour des déplacés dans leurs villages et la saison des \
        pluies, qui rendra les pistes du nord difficiles à parcourir jusqu'en octobre.";

    #[test]
    fn a_page_wrapped_at_any_width_is_read_as_its_paragraphs() {
        for width in [40, 60, 72, 80, 100] {
            let text = wrapped(PAGE, width);
            assert_ne!(text, PAGE);
            assert_eq!(unwrap(&text), PAGE, "{width}");
        }
    }

    #[test]
    fn a_page_as_it_is_a_menu_and_few_full_lines_are_no_wrap() {
        assert!(wrap_breaks(PAGE).is_empty());
        let menu = "Accueil\nActualités\nDéfense\nDiplomatie\nContact\nNIAMEY, 4 mars 2021 – Le \
                    ministre a reçu les chefs.";
        assert!(wrap_breaks(menu).is_empty());
        let few = format!("{LINE}\n{LINE}\nA\nB\nC\nD\nE\nF");
        assert!(wrap_breaks(&few).is_empty());
        // Lines too wide for a wrap (a paragraph each) are the text's own.
        let paragraphs = format!("{} fin.\n", LINE.repeat(2)).repeat(6);
        assert!(wrap_breaks(&paragraphs).is_empty());
    }

    #[test]
    fn a_break_is_a_wraps_only_where_the_next_word_did_not_fit() {
        let text = format!("{}\nAbdelkarim, chef de la zone.", [LINE; 5].join("\n"));
        assert_eq!(wrap_breaks(&text).len(), 5);
        let short = text.replacen(&format!("{LINE}\nAbdel"), "Le ministre\nAbdel", 1);
        assert_eq!(wrap_breaks(&short).len(), 4);
        assert!(short.contains("ministre\nAbdel") && unwrap(&short).contains("ministre\nAbdel"));
    }

    #[test]
    fn only_the_part_of_a_page_that_was_wrapped_is_unwrapped() {
        // A wrapped mail quoted in a page of long paragraphs: the paragraphs stay apart (and
        // so do a short title and signature), the mail is read as its paragraphs.
        let paragraph = format!("{} fin.", LINE.repeat(3));
        let mail = wrapped(&[PAGE; 3].join("\n"), 60);
        let page = format!("{paragraph}\nTitre\n{mail}\nA. S.\n{paragraph}");
        let expected = format!(
            "{paragraph}\nTitre\n{}\nA. S.\n{paragraph}",
            [PAGE; 3].join("\n")
        );
        assert_eq!(unwrap(&page), expected);
    }

    #[test]
    fn an_item_of_a_list_a_figure_and_a_blank_line_open_their_own_lines() {
        let text = "Le ministre a annoncé les mesures suivantes pour les unités engagées :\n\
                    - un renfort de deux compagnies dans la région des trois frontières ;\n\
                    - un appui aérien accru et des moyens de renseignement pour les postes ;\n\
                    - une aide aux familles des soldats tombés pendant les douze derniers mois\n\
                    2 000 soldats de plus seront ainsi engagés dans la région des trois\n\
                    frontières avant la fin de l'année, a précisé le ministre devant eux.\n\
                    \n\
                    Les chefs des unités engagées dans la région ont salué ces annonces.";
        // Only the sentence that goes on after "des trois" is one line; a headline in
        // capitals ends where they end.
        let headline = "LE MINISTRE DES ARMÉES ANNONCE DE NOUVELLES MESURES POUR LES UNITÉS";
        let page = format!(
            "{headline}\n{}",
            text.replacen(" pour les unités engagées", "", 1)
        );
        let joined = page.find("trois\nfrontières").unwrap() + "trois".len();
        assert_eq!(wrap_breaks(&page), [joined]);
        // Only the sentence that goes on after "des trois" is one line.
        let joined = text.find("trois\nfrontières").unwrap() + "trois".len();
        assert_eq!(wrap_breaks(text), [joined]);
        // A figure after a comma, a word that needs another, a month or a weekday goes on
        // (on a line as wide as the wrap).
        for (end, next) in [
            ("reçus,", "12 délégués"),
            ("reçus le", "4 mars"),
            ("le 4 février", "2020 à Niamey"),
            ("le mardi", "4 mars"),
        ] {
            let keep = LINE.chars().count() - end.chars().count();
            let line: String = LINE.chars().take(keep).chain(end.chars()).collect();
            let text = format!("{}\n{line}\n{next} et les autres.", [LINE; 5].join("\n"));
            let at = text.rfind('\n').unwrap();
            assert!(wrap_breaks(&text).contains(&at), "{end}");
            let text = text.replacen(&format!("{end}\n"), "reçus.\n", 1);
            assert!(!wrap_breaks(&text).contains(&at), "{end}");
        }
    }

    #[test]
    fn any_text_is_read_without_a_panic_and_keeps_its_length() {
        for text in ["", "\n", "\n\n\n\n\n", "é\nà\n€\n\u{10348}\n\r\n\t\n"] {
            assert_eq!(unwrap(text), text);
        }
        let arabic = "ال".repeat(40);
        let text = [arabic.as_str(); 8].join("\n");
        assert_eq!(unwrap(&text).len(), text.len());
    }
}
