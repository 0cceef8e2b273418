//! Persons: names after titles, names that start with a known given name, and later short
//! mentions of the same people, each with the fullest form of its name.
//!
//! A name is a run of capitalised words, initials ("O.") and particles (bin, ben, ibn, bint,
//! Ould, Ag, Abu/Abou, al-/el-, de, du…) followed by a capitalised word; it stops at anything
//! another extractor found (a title, a state, an organisation, a place, a date). A name
//! starts:
//! - right after a title, or a title and whom it serves ("le Major Général Mohammed bin
//!   Saeed Al-Moghidi", "le Major-général, Muhammad …", "le ministre de la Défense du Tchad,
//!   Daoud Yaya Brahim");
//! - at a known given name (`gazetteers/given_names.tsv`): "Adam Duali Barre a déclaré";
//! - as a later mention of a surname already seen ("Al-Moghidi", "le général Barmou"),
//!   compared by a skeleton that tolerates transliteration (Al-Moghidi, Al-Moghedi,
//!   Al-Mughidi; Barmo, Barmou).
//!
//! Words in capitals throughout (headlines) never start a name.

use super::Mentions;
use crate::extraction::{PersonMention, Role, TitleKind, TitleMention};
use crate::gazetteer::Gazetteer;
use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap, HashSet};

/// True when `start..end` overlaps a span of `covered` (start → end, without overlaps).
fn is_covered(covered: &BTreeMap<usize, usize>, start: usize, end: usize) -> bool {
    covered
        .range(..end)
        .next_back()
        .is_some_and(|(_, &e)| e > start)
}

const PARTICLES: [&str; 18] = [
    "bin", "ben", "ibn", "bint", "ould", "ag", "abu", "abou", "al", "el", "de", "du", "da", "van",
    "von", "der", "di", "dos",
];

/// One word of the input.
#[derive(Clone, Copy, Debug)]
struct Word<'h> {
    start: usize,
    end: usize,
    text: &'h str,
}

#[derive(Clone, Debug)]
struct Found {
    start: usize,
    end: usize,
    words: usize,
    titles: Vec<usize>,
}

/// The persons of a document, in order.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    input: &'h str,
    titles: &[TitleMention<'h>],
    mentions: &Mentions<'_, 'h>,
) -> Vec<PersonMention<'h>> {
    let words = words(input);
    let mut found: Vec<Found> = Vec::new();

    // After titles (and chains of titles).
    for (i, title) in titles.iter().enumerate() {
        // Only the last title of a chain starts a name.
        if titles
            .get(i + 1)
            .is_some_and(|next| chained(input, title.end, next.start, mentions))
        {
            continue;
        }
        let mut at = title.end;
        if let Some(end) = mentions.affiliation_span_after(input, at) {
            at = end;
        }
        let rest = &input[at..];
        let skipped = rest.len() - rest.trim_start_matches([' ', '\u{a0}', '\t', ',']).len();
        // At most one comma, and no line break.
        if rest[..skipped].matches(',').count() > 1 {
            continue;
        }
        let start = at + skipped;
        let Ok(first) = words.binary_search_by_key(&start, |w| w.start) else {
            continue;
        };
        if let Some((end, n)) = name_from(&words, first, mentions, input) {
            let chain = chain_before(input, titles, i, mentions);
            found.push(Found {
                start,
                end,
                words: n,
                titles: chain,
            });
        }
    }

    // At known given names, and at names with an initial inside ("Mamat O. Cham").
    let mut covered: BTreeMap<usize, usize> = found.iter().map(|f| (f.start, f.end)).collect();
    for (i, w) in words.iter().enumerate() {
        if !is_capitalised(w.text) || is_covered(&covered, w.start, w.end) {
            continue;
        }
        let initial_inside = words.get(i + 1).is_some_and(|n| is_initial(n.text))
            && words
                .get(i + 2)
                .is_some_and(|n| is_capitalised(n.text) && !is_initial(n.text));
        if !(gazetteer.is_given_name(w.text) || initial_inside) {
            continue;
        }
        if let Some((end, n)) = name_from(&words, i, mentions, input) {
            if n >= 2 {
                covered.insert(w.start, end);
                found.push(Found {
                    start: w.start,
                    end,
                    words: n,
                    titles: Vec::new(),
                });
            }
        }
    }

    // Later mentions of surnames already seen.
    let keys: HashSet<String> = found
        .iter()
        .filter(|f| f.words >= 2)
        .filter_map(|f| surname_key(&input[f.start..f.end]))
        .collect();
    // Skeletons start with the word's first letter: a cheap filter before computing one.
    let initials: Vec<char> = keys.iter().filter_map(|k| k.chars().next()).collect();
    for w in &words {
        if keys.is_empty() {
            break;
        }
        if !may_be_capitalised(w.text) {
            continue;
        }
        let article = w
            .text
            .get(..3)
            .is_some_and(|a| a.eq_ignore_ascii_case("al-") || a.eq_ignore_ascii_case("el-"));
        let first = if article { &w.text[3..] } else { w.text };
        let first = first.chars().next().map(crate::text::fold_char);
        if !matches!(first, Some(crate::text::Folded::Char(c)) if initials.contains(&c)) {
            continue;
        }
        if !is_capitalised(w.text) || is_covered(&covered, w.start, w.end) {
            continue;
        }
        if mentions.overlaps_any(w.start, w.end) {
            continue;
        }
        if skeleton_of_word(w.text).is_some_and(|k| keys.contains(&k)) {
            found.push(Found {
                start: w.start,
                end: w.end,
                words: 1,
                titles: Vec::new(),
            });
        }
    }

    found.sort_by_key(|f| f.start);
    found.dedup_by(|b, a| b.start < a.end);

    // Titles in apposition after the name: "Adam Duali Barre, ministre de la Défense".
    for f in found.iter_mut().filter(|f| f.words >= 2) {
        let rest = &input[f.end..];
        let Some(after_comma) = rest.strip_prefix(',') else {
            continue;
        };
        let skipped = after_comma.len() - after_comma.trim_start().len();
        let mut at = f.end + 1 + skipped;
        for article in ["le ", "la ", "l'", "l’"] {
            if input[at..].starts_with(article) {
                at += article.len();
            }
        }
        if let Ok(first) = titles.binary_search_by_key(&at, |t| t.start) {
            let mut last = first;
            while titles
                .get(last + 1)
                .is_some_and(|next| chained(input, titles[last].end, next.start, mentions))
            {
                last += 1;
            }
            f.titles.extend(first..=last);
        }
    }

    // Canonical: the fullest name of the same surname.
    let keys: Vec<Option<String>> = found
        .iter()
        .map(|f| surname_key(&input[f.start..f.end]))
        .collect();
    let mut fullest: HashMap<&str, usize> = HashMap::new();
    for (i, key) in keys.iter().enumerate() {
        if let Some(key) = key {
            let best = fullest.entry(key.as_str()).or_insert(i);
            let (b, f) = (&found[*best], &found[i]);
            if (f.words, f.end - f.start) > (b.words, b.end - b.start) {
                *best = i;
            }
        }
    }
    let canonical_of = |i: usize| -> &'h str {
        let f = &found[i];
        let best = keys[i]
            .as_deref()
            .and_then(|k| fullest.get(k))
            .map_or(f, |&b| &found[b]);
        &input[best.start..best.end]
    };
    found
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let role = f
                .titles
                .iter()
                .rev()
                .map(|&i| &titles[i])
                .find(|t| t.kind == TitleKind::Office)
                .map(|t| Role {
                    office: t.text.clone(),
                    of: t.of.clone(),
                });
            PersonMention {
                text: Cow::Borrowed(&input[f.start..f.end]),
                start: f.start,
                end: f.end,
                canonical: Cow::Borrowed(canonical_of(i)),
                titles: f.titles.clone(),
                role,
            }
        })
        .collect()
}

/// The words of the input: runs of letters, digits, hyphens, apostrophes and dots.
fn words(input: &str) -> Vec<Word<'_>> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(input.len() / 6);
    let mut start = None;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        let (part, len) = if b.is_ascii() {
            (
                b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'.'),
                1,
            )
        } else {
            let c = input[at..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric() || c == '’', c.len_utf8())
        };
        match (part, start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                push_word(input, s, at, &mut out);
                start = None;
            }
            _ => {}
        }
        at += len;
    }
    if let Some(s) = start {
        push_word(input, s, input.len(), &mut out);
    }
    out
}

fn push_word<'h>(input: &'h str, start: usize, end: usize, out: &mut Vec<Word<'h>>) {
    // A final dot belongs to the word only for initials ("O."); otherwise it ends a sentence.
    let text = &input[start..end];
    let trimmed = text.trim_end_matches('.');
    let keep_dot =
        text.len() > trimmed.len() && !trimmed.is_empty() && trimmed.chars().nth(1).is_none();
    let text = if keep_dot {
        &text[..trimmed.len() + 1]
    } else {
        trimmed
    };
    let text = text.trim_end_matches(['\'', '’', '-']);
    if !text.is_empty() {
        out.push(Word {
            start,
            end: start + text.len(),
            text,
        });
    }
}

/// True when `word` may be capitalised: a cheap test on its first byte that rejects the
/// words in lower case, most of the text.
#[inline]
fn may_be_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(b'a' | b'e') => word.as_bytes().get(2) == Some(&b'-'),
        Some(b) => !b.is_ascii(),
        None => false,
    }
}

fn is_capitalised(word: &str) -> bool {
    if !may_be_capitalised(word) {
        return false;
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // "al-Moghidi" and "el-Béchir" are capitalised after their particle.
    let lead = word
        .strip_prefix("al-")
        .or_else(|| word.strip_prefix("el-"))
        .and_then(|rest| rest.chars().next());
    let first_ok = first.is_uppercase() || lead.is_some_and(char::is_uppercase);
    // Not in capitals throughout (a headline word): some letter after the first is lower case.
    first_ok && chars.any(char::is_lowercase)
}

fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// The end and word count of the name that starts at word `first`, if one does.
fn name_from(
    words: &[Word<'_>],
    first: usize,
    mentions: &Mentions<'_, '_>,
    input: &str,
) -> Option<(usize, usize)> {
    let w = words.get(first)?;
    if !is_capitalised(w.text) || is_initial(w.text) || mentions.overlaps_any(w.start, w.end) {
        return None;
    }
    let mut end = w.end;
    let mut count = 1;
    let mut i = first + 1;
    while let Some(next) = words.get(i) {
        // Words of one name are separated by one space.
        let gap = &input[end..next.start];
        if !matches!(gap, " " | "\u{a0}") || count >= 7 {
            break;
        }
        if mentions.overlaps_any(next.start, next.end) {
            break;
        }
        if is_capitalised(next.text) || is_initial(next.text) {
            end = next.end;
            count += 1;
            i += 1;
            continue;
        }
        // A particle joins only when a capitalised word follows it.
        let lower = next.text.to_lowercase();
        if PARTICLES.contains(&lower.as_str()) {
            if let Some(after) = words.get(i + 1) {
                let gap = &input[next.end..after.start];
                if matches!(gap, " " | "\u{a0}")
                    && is_capitalised(after.text)
                    && !mentions.overlaps_any(after.start, after.end)
                {
                    end = after.end;
                    count += 2;
                    i += 2;
                    continue;
                }
            }
        }
        break;
    }
    // A name does not end on an initial.
    Some((end, count))
}

/// True when the text between two titles chains them ("Son Excellence Mr.", "le Ministre de
/// la Défense de la République du Kenya, Son Excellence").
fn chained(input: &str, from: usize, to: usize, mentions: &Mentions<'_, '_>) -> bool {
    if to < from || to - from > 120 {
        return false;
    }
    let mut at = from;
    if let Some(end) = mentions.affiliation_span_after(input, at) {
        if end <= to {
            at = end;
        }
    }
    let gap = input[at..to].trim_matches(|c: char| c.is_whitespace() || c == ',');
    gap.is_empty() || matches!(gap.to_lowercase().as_str(), "le" | "la" | "l'" | "l’")
}

/// The indices of the chain of titles that ends with title `last`.
fn chain_before(
    input: &str,
    titles: &[TitleMention<'_>],
    last: usize,
    mentions: &Mentions<'_, '_>,
) -> Vec<usize> {
    let mut chain = vec![last];
    let mut i = last;
    while i > 0 && chained(input, titles[i - 1].end, titles[i].start, mentions) {
        i -= 1;
        chain.push(i);
    }
    chain.reverse();
    chain
}

/// The key that identifies a person across mentions: the skeleton of its last word.
fn surname_key(name: &str) -> Option<String> {
    name.split([' ', '\u{a0}'])
        .rev()
        .find(|w| !w.is_empty())
        .and_then(skeleton_of_word)
}

/// A transliteration-tolerant skeleton: folded, without the article, with the usual
/// spelling pairs unified (ou/u, dj/j, sh/ch, kh/k, q/k, y/i), without vowels after the first
/// letter, without doubled letters.
fn skeleton_of_word(word: &str) -> Option<String> {
    let folded = crate::text::fold_str(word);
    let folded = folded
        .strip_prefix("al-")
        .or_else(|| folded.strip_prefix("el-"))
        .unwrap_or(&folded);
    let unified = folded
        .replace("ou", "u")
        .replace("dj", "j")
        .replace("sh", "ch")
        .replace("kh", "k")
        .replace('q', "k")
        .replace('y', "i");
    let mut out = String::new();
    for (i, c) in unified.chars().filter(|c| c.is_alphanumeric()).enumerate() {
        if i > 0 && "aeiou".contains(c) {
            continue;
        }
        if out.ends_with(c) {
            continue;
        }
        out.push(c);
    }
    (out.len() >= 3).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skeletons_tolerate_transliterations() {
        let same = [
            ("Al-Moghidi", "Al-Moghedi"),
            ("Al-Moghidi", "Al-Mughidi"),
            ("Barmo", "Barmou"),
            ("Al-Harbi", "Al-Harby"),
            ("Al-Khafaji", "El-Khafadji"),
            ("Al-Shahrani", "Al-Chahrani"),
            ("Al-Otaibi", "Al-Oteibi"),
        ];
        for (a, b) in same {
            assert_eq!(skeleton_of_word(a), skeleton_of_word(b), "{a} / {b}");
        }
        assert_ne!(skeleton_of_word("Barmou"), skeleton_of_word("Brahim"));
        assert_eq!(skeleton_of_word("Al"), None);
    }

    #[test]
    fn words_keep_initials_and_hyphens() {
        let w: Vec<&str> = words("M. Mamat O. Cham, Al-Moghidi.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(w, ["M.", "Mamat", "O.", "Cham", "Al-Moghidi"]);
    }
}
