//! A head that a mail or wire system wrapped at a fixed width ([`crate::text::wrap`]), read
//! as its paragraphs: the line breaks the wrap made are found by the rule of greedy wrapping,
//! and the reader is given the head with a space in their place ([`super::canonical`]).
//!
//! A wrap breaks a line where its next word does not fit: a break where the next line's first
//! word would have fitted on the line is the text's own (a paragraph's end, a heading's), and
//! so is one before a figure or an item of a list, unless the line ends with a comma or a
//! word that needs another, or the break is inside a date. A break the wrap made where the
//! text had one of its own cannot be told from it: a headline as wide as the wrap is read
//! with the line below it.

use super::lines::ends_with_a_function_word;
use crate::text::wrap::{lines, next_word_overflows, wrap_width};

/// The line breaks of `head` that a hard wrap made, as the spans to read as one space each:
/// the blanks that end the line, its break and the blanks that open the next. Empty when the
/// head is not wrapped. `date_spans` are the head's dates, in order of their starts (their
/// ends too: no date holds another).
pub(super) fn wrap_breaks(head: &str, date_spans: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let Some(width) = wrap_width(head) else {
        return Vec::new();
    };
    let mut breaks = Vec::new();
    let mut lines = lines(head).peekable();
    while let (Some(line), Some(&next)) = (lines.next(), lines.peek()) {
        if line.1 == line.0 || next.1 == next.0 {
            continue;
        }
        let line_text = &head[line.0..line.1];
        let opened = head[next.0..next.1].trim_start();
        let first_word = opened.split(char::is_whitespace).next().unwrap_or("");
        if !next_word_overflows(line_text, first_word, width) {
            continue;
        }
        // A figure or an item of a list may open a line of its own (a headline, then "4
        // mars 2021 – …" or "- …"), but after a comma or a word that needs another ("…
        // reçu, le\n4 mars") or inside a date ("4 février\n2020").
        let inside_a_date = || {
            let first = date_spans.partition_point(|&(_, end)| end <= line.1);
            date_spans
                .get(first)
                .is_some_and(|&(start, _)| start < line.1)
        };
        if !opened
            .starts_with(|c: char| c.is_ascii_digit() || matches!(c, '-' | '–' | '—' | '•' | '*'))
            || line_text.ends_with(',')
            || ends_with_a_function_word(line_text)
            || inside_a_date()
        {
            breaks.push((line.1, next.1 - opened.len()));
        }
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::text::wrap::wrapped;

    /// `head` with its wrap's breaks read as spaces.
    fn unwrapped(head: &str) -> String {
        let mut out = head.to_string();
        for &(start, end) in wrap_breaks(head, &[]).iter().rev() {
            out.replace_range(start..end, " ");
        }
        out
    }

    const PAGE: &str = "Le ministre des Armées au Sahel\n\
        Publié le 4 mars 2021\n\
        NIAMEY, 4 mars 2021 – Le ministre a rencontré ce jeudi les chefs des unités engagées \
        dans la région des trois frontières, avec lesquels il a passé en revue la situation \
        et les moyens dont disposent les soldats sur le terrain.\n\
        \n\
        Il a ensuite regagné la capitale pour un entretien avec son homologue, puis avec le \
        chef de la transition, au sujet des patrouilles communes.";

    #[test]
    fn a_head_wrapped_at_any_width_is_read_as_its_paragraphs() {
        for width in [40, 60, 72, 80] {
            assert_eq!(unwrapped(&wrapped(PAGE, width)), PAGE, "{width}");
        }
    }

    #[test]
    fn a_page_as_it_is_and_a_menu_of_short_lines_are_no_wrap() {
        assert!(wrap_breaks(PAGE, &[]).is_empty());
        let menu = "Accueil\nActualités\nDéfense\nDiplomatie\nContact\nNIAMEY, 4 mars 2021 – Le \
                    ministre a reçu les chefs.";
        assert!(wrap_breaks(menu, &[]).is_empty());
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
        // Only the sentence that goes on after "des trois" is one line.
        let breaks = wrap_breaks(text, &[]);
        let joined = text.find("trois\nfrontières").unwrap() + "trois".len();
        assert_eq!(breaks, [(joined, joined + 1)]);
    }
}
