//! Two-word heads of longer names seen before: "la Force conjointe" after "Force conjointe du
//! G5 Sahel".

use super::defined::find_all;
use super::{Org, Spare};
use crate::lexicon::ACRONYM_SKIPPED_WORDS;
use crate::pipeline::recycled;
use crate::text::blank::soft_gap;
use crate::text::boundary::{self, word_before};
use crate::text::NormalizedText;
use std::borrow::Cow;

/// Two-word heads of longer names seen before ("la Force conjointe" after "Force conjointe du
/// G5 Sahel"), in one pass. (In the working vectors `spare`.)
#[inline(never)]
pub(super) fn heads_of_longer_names<'h>(
    text: &NormalizedText<'h>,
    orgs: &mut Vec<Org>,
    spare: &mut Spare,
) {
    let input = text.input();
    let mut heads: Vec<(Cow<'h, str>, usize)> = recycled(std::mem::take(&mut spare.heads));
    for o in orgs.iter() {
        let name = &input[o.start..o.end];
        let Some((first, second)) = first_two_of_three_words(name) else {
            continue;
        };
        // (A head in lower case, "commandement général", is any organisation's alone.)
        if first.starts_with(char::is_lowercase)
            || !second.starts_with(char::is_lowercase)
            || ACRONYM_SKIPPED_WORDS.contains(&second)
        {
            continue;
        }
        // The two words as they stand when one space parts them (the usual case).
        let spaced = first.len() + 1 + second.len();
        let head = match name.get(..spaced) {
            Some(two)
                if two.starts_with(first)
                    && two[first.len()..].strip_prefix(' ') == Some(second) =>
            {
                Cow::Borrowed(two)
            }
            _ => Cow::Owned(format!("{first} {second}")),
        };
        // A few heads a document: found by a look at each, not by a hash map.
        match heads.iter_mut().find(|(h, _)| *h == head) {
            Some((_, end)) => *end = (*end).min(o.end),
            None => heads.push((head, o.end)),
        }
    }
    // Searched in the folded text, where any soft gap is one space ("Force\nconjointe"), and
    // kept where the input's words are the head's, as written.
    // (All in one string, then cut.)
    let folded = &mut spare.folded;
    folded.clear();
    let ends = &mut spare.pairs;
    ends.clear();
    for (h, _) in &heads {
        let start = folded.len();
        crate::text::fold::fold_push(h, folded);
        ends.push((start, folded.len()));
    }
    let mut patterns: Vec<&str> = recycled(std::mem::take(&mut spare.patterns));
    patterns.extend(ends.iter().map(|&(s, e)| &folded[s..e]));
    // (Each from the name it heads on: only later ones stand for it.)
    let seen = &mut spare.occurrences;
    find_all(
        text.as_str(),
        &patterns,
        |i| text.folded_before(heads[i].1),
        seen,
    );
    spare.patterns = recycled(patterns);
    seen.retain_mut(|(fs, fe, i)| {
        let (at, end) = text.to_input_range(*fs, *fe);
        (*fs, *fe) = (at, end);
        input[at..end].split_whitespace().eq(heads[*i].0.split(' '))
    });
    for &(at, end, i) in seen.iter() {
        let seen_at = heads[i].1;
        if at < seen_at || !boundary::is_whole_word(input, at, end) || !after_determiner(input, at)
        {
            continue;
        }
        // Not the start of a longer capitalised name.
        let next = &input[end..];
        let next = &next[soft_gap(next)..];
        if next.starts_with(char::is_uppercase) {
            continue;
        }
        orgs.push(Org::named(at, end));
    }
    spare.heads = recycled(heads);
}

/// The first two words of `name` ([`str::split_whitespace`]'s) when it has a third; read by
/// bytes, a character decoded only outside ASCII.
fn first_two_of_three_words(name: &str) -> Option<(&str, &str)> {
    let first_start = word_start(name, 0)?;
    let first_end = word_end(name, first_start);
    let second_start = word_start(name, first_end)?;
    let second_end = word_end(name, second_start);
    word_start(name, second_end)?;
    Some((
        &name[first_start..first_end],
        &name[second_start..second_end],
    ))
}

/// Whether the character at `at` of `text` is white space, and its length.
fn white_at(text: &str, at: usize) -> (bool, usize) {
    match text.as_bytes()[at] {
        b @ 0..=0x7F => (matches!(b, 9..=13 | b' '), 1),
        _ => text[at..]
            .chars()
            .next()
            .map_or((false, 1), |c| (c.is_whitespace(), c.len_utf8())),
    }
}

/// The start of the first word of `text` at or after `at` (a char boundary), if any.
fn word_start(text: &str, mut at: usize) -> Option<usize> {
    while at < text.len() {
        match white_at(text, at) {
            (true, len) => at += len,
            (false, _) => return Some(at),
        }
    }
    None
}

/// The end of the word of `text` that starts at `at`: the next white space, or the end.
fn word_end(text: &str, mut at: usize) -> usize {
    let bytes = text.as_bytes();
    while at < bytes.len() {
        // (ASCII bytes other than white space, most, in a tight loop.)
        if bytes[at] > b' ' && bytes[at] < 0x80 {
            at += 1;
            continue;
        }
        match white_at(text, at) {
            (true, _) => return at,
            (false, len) => at += len,
        }
    }
    at
}

/// True when the word before `at` is a determiner ("la Coalition", "de la Coalition").
fn after_determiner(input: &str, at: usize) -> bool {
    // ASCII case is enough: no other character lower-cases to these letters.
    let word = word_before(input, at);
    ["la", "le", "l", "du", "au", "les", "des", "aux"]
        .iter()
        .any(|d| word.eq_ignore_ascii_case(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn two_of_three_words_as_split_whitespace(name in "[ab \t\n\u{b}\u{a0}\u{2003}é\u{1c}]{0,12}") {
            let mut words = name.split_whitespace();
            let expected = match (words.next(), words.next(), words.next()) {
                (Some(first), Some(second), Some(_)) => Some((first, second)),
                _ => None,
            };
            proptest::prop_assert_eq!(first_two_of_three_words(&name), expected);
        }
    }
}
