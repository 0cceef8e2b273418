//! "PR", the Président de la République as West and Central African papers abbreviate it
//! ("le PR Patrice Talon", "une audience chez le PR"): an office only as a word of its own in
//! capitals after an article ("le", "du", "au"), never inside a reference ("PSC/PR/COMM.")
//! nor where the article is missing ("PR Newswire").

use super::super::Mentions;
use crate::model::TitleMention;
use crate::types::TitleKind;
use std::borrow::Cow;

/// Adds to `out` (in the order of the text) each "PR" of `input` that names the office.
pub(super) fn presidents_abbreviated<'h>(
    input: &'h str,
    mentions: &Mentions<'_, 'h>,
    out: &mut Vec<TitleMention<'h>>,
) {
    let before_len = out.len();
    for (start, _) in input.match_indices("PR") {
        let end = start + 2;
        let bytes = input.as_bytes();
        let alone = start > 0
            && bytes[start - 1] == b' '
            && bytes.get(end).map_or(true, |b| {
                matches!(b, b' ' | b',' | b'.' | b';' | b':' | b')')
            });
        if !alone || !after_an_article(&input[..start - 1]) {
            continue;
        }
        if mentions.inside_organization(start, end)
            || out.iter().any(|t| t.start < end && start < t.end)
        {
            continue;
        }
        out.push(TitleMention {
            text: Cow::Borrowed(&input[start..end]),
            start,
            end,
            kind: TitleKind::Office,
            of: mentions.affiliation_after(input, end),
        });
    }
    if out.len() > before_len {
        out.sort_by_key(|t| t.start);
    }
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
