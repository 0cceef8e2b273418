//! Lists of portfolios, read where a name or an office goes on: a ministry's ("ministère
//! des Affaires étrangères, de la Coopération et des…", "… étrangères et de la
//! Coopération") and an office's, whose items are no bodies ("ministre de la Sécurité, de
//! l'Administration territoriale et …").

use super::super::phrase::{fold_head, gap, FoldedWord};
use super::complement::DE_FAMILY;
use crate::gazetteer::Hit;

/// Where the item after a comma at the start of `rest` starts, when the comma opens an item
/// of a list of portfolios: a "de" group, and later in the sentence "et" and another before
/// any other punctuation ("…étrangères, de la Coopération africaine et des Marocains…").
pub(super) fn list_item_after(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix(',')?;
    let lead = gap(after);
    let item = &after[lead..];
    // Every opener starts with "d": an item whose first byte is ASCII and folds to another
    // letter opens none, told before anything is folded.
    if item
        .as_bytes()
        .first()
        .map_or(true, |&b| b.is_ascii() && b | 0x20 != b'd')
    {
        return None;
    }
    let opens = |s: &str| {
        let head = fold_head(s);
        DE_FAMILY.iter().any(|o| head.as_str().starts_with(o))
    };
    if lead == 0 || !opens(item) {
        return None;
    }
    // The sentence's next punctuation (or a blank line) comes after an "et", between blanks
    // of any kind, that opens another group.
    let stop = item
        .find(['.', ';', ':', '(', ')', ',', '«', '»', '"'])
        .unwrap_or(item.len());
    let stop = item[..stop].find("\n\n").unwrap_or(stop);
    // ("ET" in a line in capitals.)
    let closes = ["et", "ET"].iter().any(|et| {
        item[..stop].match_indices(et).any(|(i, _)| {
            let before = item[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace);
            let after = &item[i + 2..];
            let lead = gap(after);
            before && lead > 0 && opens(&after[lead..])
        })
    });
    closes.then_some(1 + lead)
}

/// True when the body at `start` is an office's portfolio: an item of its list after a comma
/// ("ministre de la Sécurité, de l'Administration territoriale et …") or what it is "chargé
/// de" ("ministre délégué chargé de l'Administration de la Défense nationale"). A connector
/// before it, a comma or "chargé" before that, and before them groups opened by "de" that
/// go back, in the sentence, to the end of a title. (A body whose head, `head` folded, names
/// a unit an office serves is what the office is in charge of: "chargé du Département de
/// l'intégration".)
pub(super) fn in_a_list_of_portfolios(
    input: &str,
    titles: &[Hit],
    start: usize,
    head: &str,
) -> bool {
    // Most bodies follow no connector, or one after neither a comma nor "chargé": told
    // before any title is looked for.
    let before = &input[..start];
    let Some(connector) = super::organs::ends_with_connector(before) else {
        return false;
    };
    let rest = before[..before.len() - connector].trim_end();
    let item_end = match rest.strip_suffix(',') {
        Some(item) => item.len(),
        None => {
            // (The last word folded: "chargé" in either Unicode form.)
            let last = rest
                .rsplit(|c: char| c.is_whitespace() || c == ',')
                .next()
                .unwrap_or(rest);
            let in_charge = last.len() >= 6
                && last.as_bytes()[0] | 0x20 == b'c'
                && matches!(
                    FoldedWord::of(last).as_str(),
                    "charge" | "chargee" | "charges" | "chargees"
                );
            if !in_charge || crate::pipeline::titles::is_served_head(head) {
                return false;
            }
            let rest = rest[..rest.len() - last.len()].trim_end();
            rest.strip_suffix(',').unwrap_or(rest).trim_end().len()
        }
    };
    // The last title that ends before the comma, within the sentence and 200 bytes.
    let i = titles.partition_point(|t| t.input_end <= item_end);
    let Some(title) = i.checked_sub(1).map(|i| &titles[i]) else {
        return false;
    };
    let between = &input[title.input_end..item_end];
    between.len() <= 200
        && !between.contains(['.', ';', ':', '!', '?', '(', ')', '\n'])
        && (between.is_empty() || crate::pipeline::mentions::connector_len(between).is_some())
}

/// Where the group after "et" at the start of `rest` starts when it is another portfolio: a
/// blank, "et" (or "ET"), a blank, "de" or its articles and a capital ("et de la
/// Coopération").
pub(super) fn portfolio_after_and(rest: &str) -> Option<usize> {
    let lead = gap(rest);
    let after = rest[lead..]
        .strip_prefix("et")
        .or_else(|| rest[lead..].strip_prefix("ET"))?;
    let blank = gap(after);
    let group = &after[blank..];
    // (Its words over any blanks: "de\u{a0}la ".)
    let opener = [
        "de la ", "de l'", "de l’", "des ", "du ", "DE LA ", "DE L'", "DE L’", "DES ", "DU ",
    ]
    .iter()
    .find_map(|o| crate::text::blank::phrase_len(group, o))?;
    let first = group[opener..].chars().next()?;
    (lead > 0 && blank > 0 && first.is_uppercase()).then_some(lead)
}
