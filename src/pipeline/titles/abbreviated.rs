//! "PR", the Président de la République as West and Central African papers abbreviate it
//! ("le PR Boni Kossi", "une audience chez le PR"; `office_uc` in the gazetteer): an office
//! only as a word of its own after an article ("le", "du", "au"), never inside a reference
//! ("PSC/PR/COMM.") nor where the article is missing ("PR Newswire").

use crate::text::blank::{blank, is_soft_gap, Blank};

/// True when the title hit at `start..end` of `input` is "PR" where it does not name the
/// office: glued to other signs ("PSC/PR/COMM.") or without its article ("PR Newswire").
pub(super) fn pr_without_article(input: &str, start: usize, end: usize) -> bool {
    if &input[start..end] != "PR" {
        return false;
    }
    let before = input[..start].trim_end_matches(|c| blank(c) != Blank::No);
    let alone = before.len() < start
        && is_soft_gap(&input[before.len()..start])
        && input[end..].chars().next().map_or(true, |c| {
            blank(c) != Blank::No || matches!(c, ',' | '.' | ';' | ':' | ')')
        });
    !(alone && after_an_article(before))
}

/// True when `before` ends with "le", "du" or "au" as a word of its own, in any case.
fn after_an_article(before: &str) -> bool {
    ["le", "du", "au"].iter().any(|article| {
        before.len() >= 2
            && before.is_char_boundary(before.len() - 2)
            && before[before.len() - 2..].eq_ignore_ascii_case(article)
            && !before[..before.len() - 2].ends_with(|c: char| c.is_alphanumeric() || c == '-')
    })
}

#[cfg(test)]
mod tests {
    use crate::types::TitleKind;

    /// The titles of `text`, with their kinds.
    fn titles(text: &str) -> Vec<(String, TitleKind)> {
        crate::Extractor::new()
            .extract(text)
            .titles
            .iter()
            .map(|t| (t.text.to_string(), t.kind))
            .collect()
    }

    #[test]
    fn pr_is_the_office_after_an_article_only() {
        let office = |t: &str| (t.to_string(), TitleKind::Office);
        assert_eq!(
            titles("Le PR Boni Kossi a reçu hier le ministre, puis une audience chez le PR."),
            [office("PR"), office("ministre"), office("PR")]
        );
        let extraction = crate::Extractor::new().extract("Le PR Boni Kossi a parlé.");
        assert_eq!(extraction.persons[0].text, "Boni Kossi");
        assert!(titles("Le communiqué PSC/PR/COMM.(CMXX) et PR Newswire, le PRN.").is_empty());
    }
}
