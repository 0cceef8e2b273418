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
use crate::gazetteer::Gazetteer;
use crate::hash::{WordMap, WordSet};
use crate::lexicon::NAME_PARTICLES;
use crate::model::{PersonMention, Role, TitleMention};
use crate::text::swar;
use crate::types::TitleKind;
use std::borrow::Cow;

/// The spans of the names found so far, by start (one per start, the last given).
#[derive(Default)]
struct Covered(Vec<(usize, usize)>);

impl Covered {
    fn insert(&mut self, start: usize, end: usize) {
        match self.0.binary_search_by_key(&start, |&(s, _)| s) {
            Ok(i) => self.0[i].1 = end,
            Err(i) => self.0.insert(i, (start, end)),
        }
    }

    /// True when `start..end` overlaps the span that starts last before `end`.
    fn covers(&self, start: usize, end: usize) -> bool {
        let i = self.0.partition_point(|&(s, _)| s < end);
        i > 0 && self.0[i - 1].1 > start
    }
}

/// One word of the input: a run of letters, digits, hyphens, apostrophes and dots, without
/// the dots, apostrophes and hyphens that end it (but the dot of an initial, "O.").
#[derive(Clone, Copy, Debug)]
struct Word<'h> {
    start: usize,
    end: usize,
    /// The end of the run, trimmed characters included: the next word starts after it.
    run_end: usize,
    text: &'h str,
}

#[derive(Clone, Debug)]
struct Found {
    start: usize,
    end: usize,
    words: usize,
    titles: Vec<usize>,
    /// The [`surname_key`] of the name, once computed.
    key: Option<String>,
}

/// The persons of a document, in order.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    input: &'h str,
    titles: &[TitleMention<'h>],
    mentions: &Mentions<'_, 'h>,
) -> Vec<PersonMention<'h>> {
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
        let Some(first) = word_at(input, start) else {
            continue;
        };
        if let Some((end, n)) = name_from(input, first, mentions) {
            let chain = chain_before(input, titles, i, mentions);
            found.push(Found {
                start,
                end,
                words: n,
                titles: chain,
                key: None,
            });
        }
    }

    // At known given names, and at names with an initial inside ("Mamat O. Cham").
    let mut covered = Covered::default();
    for f in &found {
        covered.insert(f.start, f.end);
    }
    // Only the words that may be capitalised can start a name or be a surname.
    let candidates = capitalised_words(input);
    for &w in &candidates {
        if !may_go_on(input, w.end) || !is_capitalised(w.text) || covered.covers(w.start, w.end) {
            continue;
        }
        let initial_inside = || {
            // A cheap look at the next letter first: an initial is a capital and a dot.
            let rest = input[w.run_end..].trim_start_matches(|c: char| !c.is_alphanumeric());
            let mut chars = rest.chars();
            if !matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_uppercase()) {
                return false;
            }
            let next = next_word(input, w.run_end);
            next.is_some_and(|n| is_initial(n.text))
                && next
                    .and_then(|n| next_word(input, n.run_end))
                    .is_some_and(|n| is_capitalised(n.text) && !is_initial(n.text))
        };
        if !(gazetteer.is_given_name(w.text) || initial_inside()) {
            continue;
        }
        if let Some((end, n)) = name_from(input, w, mentions) {
            if n >= 2 {
                covered.insert(w.start, end);
                found.push(Found {
                    start: w.start,
                    end,
                    words: n,
                    titles: Vec::new(),
                    key: None,
                });
            }
        }
    }

    // Later mentions of surnames already seen.
    for f in &mut found {
        f.key = surname_key(&input[f.start..f.end]);
    }
    let keys: WordSet<String> = found
        .iter()
        .filter(|f| f.words >= 2)
        .filter_map(|f| f.key.clone())
        .collect();
    // Skeletons start with the word's first letter: a cheap filter before computing one.
    let mut initials: Vec<char> = keys.iter().filter_map(|k| k.chars().next()).collect();
    initials.sort_unstable();
    initials.dedup();
    for w in &candidates {
        if keys.is_empty() {
            break;
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
        if !is_capitalised(w.text) || covered.covers(w.start, w.end) {
            continue;
        }
        if mentions.overlaps_any(w.start, w.end) {
            continue;
        }
        let mut buffer = [0; SKELETON_BUFFER];
        if let Some(key) = skeleton_into(w.text, &mut buffer).filter(|k| keys.contains(&**k)) {
            found.push(Found {
                start: w.start,
                end: w.end,
                words: 1,
                titles: Vec::new(),
                key: Some(key.into_owned()),
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
    let mut fullest: WordMap<&str, usize> = WordMap::default();
    for (i, f) in found.iter().enumerate() {
        if let Some(key) = &f.key {
            let best = fullest.entry(key.as_str()).or_insert(i);
            let (b, f) = (&found[*best], &found[i]);
            if (f.words, f.end - f.start) > (b.words, b.end - b.start) {
                *best = i;
            }
        }
    }
    let canonical: Vec<&'h str> = found
        .iter()
        .map(|f| {
            let best = f
                .key
                .as_deref()
                .and_then(|k| fullest.get(k))
                .map_or(f, |&b| &found[b]);
            &input[best.start..best.end]
        })
        .collect();
    found
        .into_iter()
        .zip(canonical)
        .map(|(f, canonical)| {
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
                canonical: Cow::Borrowed(canonical),
                titles: f.titles,
                role,
            }
        })
        .collect()
}

/// True for the characters words are made of: letters, digits, `-`, `'`, `’` and `.`.
#[inline]
fn is_word_part(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_word_part(c as u8)
    } else {
        crate::text::boundary::is_word_char(c) || c == '’'
    }
}

/// [`is_word_part`] for an ASCII byte.
#[inline]
fn is_ascii_word_part(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'.')
}

/// The word whose run starts at `start`, if a run starts there and is more than punctuation.
fn word_at(input: &str, start: usize) -> Option<Word<'_>> {
    let bytes = input.as_bytes();
    let first = *bytes.get(start)?;
    let first_is_part = if first.is_ascii() {
        is_ascii_word_part(first)
    } else {
        input.get(start..)?.chars().next().is_some_and(is_word_part)
    };
    let previous_is_part = match start.checked_sub(1).map(|i| bytes[i]) {
        None => false,
        Some(b) if b.is_ascii() => is_ascii_word_part(b),
        Some(_) => input[..start].chars().next_back().is_some_and(is_word_part),
    };
    if !first_is_part || previous_is_part {
        return None;
    }
    let run_end = start + run_length(&input[start..]);
    // A final dot belongs to the word only for initials ("O."); otherwise it ends a sentence.
    let mut end = run_end;
    while end > start && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let first_len = input[start..].chars().next().map_or(1, char::len_utf8);
    if end < run_end && end == start + first_len {
        end += 1;
    } else {
        // Nor do the apostrophes and hyphens that end it.
        loop {
            if end > start && matches!(bytes[end - 1], b'\'' | b'-') {
                end -= 1;
            } else if end >= start + 3 && &bytes[end - 3..end] == "’".as_bytes() {
                end -= 3;
            } else {
                break;
            }
        }
    }
    (end > start).then(|| Word {
        start,
        end,
        run_end,
        text: &input[start..end],
    })
}

/// The length of the run of word parts that `text` starts with.
#[inline]
fn run_length(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        // Up to the first byte that ends the run or starts a character outside ASCII, eight
        // bytes at a time (the noise such a character leaves in the sums only reaches the
        // bytes after it).
        let stop = match swar::load(bytes, at) {
            Some(chunk) => {
                let lower = chunk | swar::splat(0x20);
                let part = swar::in_range(lower, b'a', b'z')
                    | swar::in_range(chunk, b'0', b'9')
                    | swar::in_range(chunk, b'-', b'.')
                    | swar::in_range(chunk, b'\'', b'\'');
                match swar::first(!part | chunk) {
                    Some(i) => at + i,
                    None => {
                        at += 8;
                        continue;
                    }
                }
            }
            None => match bytes[at..]
                .iter()
                .position(|&b| !b.is_ascii() || !is_ascii_word_part(b))
            {
                Some(i) => at + i,
                None => return bytes.len(),
            },
        };
        if bytes[stop].is_ascii() {
            return stop;
        }
        match text[stop..].chars().next() {
            Some(c) if is_word_part(c) => at = stop + c.len_utf8(),
            _ => return stop,
        }
    }
}

/// The first word whose run starts at or after `from`, a place where no run goes on.
fn next_word(input: &str, from: usize) -> Option<Word<'_>> {
    let mut at = from;
    loop {
        let rest = input.get(at..)?;
        let start = at + rest.char_indices().find(|&(_, c)| is_word_part(c))?.0;
        match word_at(input, start) {
            Some(word) => return Some(word),
            // A run of punctuation only: go on after it.
            None => at = start + run_length(&input[start..]),
        }
    }
}

/// The words of the input that [`may_be_capitalised`], in order: a pass over the bytes that
/// stops only at capitals, non-ASCII characters and the hyphen of "al-"/"el-".
fn capitalised_words(input: &str) -> Vec<Word<'_>> {
    let bytes = input.as_bytes();
    let mut out = Vec::with_capacity(input.len() / 32);
    let mut at = 0;
    while let Some(p) = next_candidate(bytes, at) {
        at = p + 1;
        // A lower-case Latin-1 letter ("é", "à", "ç"): not a capital.
        if bytes[p] == 0xC3 && bytes.get(p + 1).is_some_and(|&b| b >= 0xA0) {
            continue;
        }
        let start = match bytes[p] {
            // "al-" or "el-": the run starts two bytes before.
            b'-' if p >= 2 && bytes[p - 1] == b'l' && matches!(bytes[p - 2], b'a' | b'e') => p - 2,
            b'-' => continue,
            // Inside a word ("général", "McDonald"): not a word's start.
            _ if p > 0 && is_ascii_word_part(bytes[p - 1]) => continue,
            _ if !input.is_char_boundary(p) => continue,
            _ => p,
        };
        if out.last().is_some_and(|w: &Word<'_>| w.run_end > start) {
            continue;
        }
        // Most non-ASCII starts are lower-case letters ("état", "élection"): no word to read.
        if !bytes[start].is_ascii()
            && !input[start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
        {
            continue;
        }
        if let Some(word) = word_at(input, start).filter(|w| may_be_capitalised(w.text)) {
            at = at.max(word.run_end);
            out.push(word);
        }
    }
    out
}

/// The first byte at or after `at` that is a capital, the first byte of a non-ASCII
/// character, or a hyphen: eight bytes at a time.
fn next_candidate(bytes: &[u8], mut at: usize) -> Option<usize> {
    let is_candidate = |b: u8| b.is_ascii_uppercase() || b >= 0xC0 || b == b'-';
    while let Some(chunk) = swar::load(bytes, at) {
        let ascii = chunk & !swar::HIGH_BITS;
        // Bytes 11xxxxxx start characters; 10xxxxxx continue them.
        let leads = chunk & chunk << 1;
        let flagged = (leads & swar::HIGH_BITS)
            | (!chunk & (swar::in_range(ascii, b'A', b'Z') | swar::in_range(ascii, b'-', b'-')));
        if let Some(i) = swar::first(flagged) {
            return Some(at + i);
        }
        at += 8;
    }
    let rest = bytes.get(at..)?;
    rest.iter().position(|&b| is_candidate(b)).map(|i| at + i)
}

/// True when a name of two words or more may go on after a word that ends at `end`: one
/// space, then a capital, or a letter that starts a particle or an article ("bin", "ould",
/// "al-"…). A cheap test before a given name is looked up ("Selon le", "Le président").
fn may_go_on(input: &str, end: usize) -> bool {
    let rest = &input[end..];
    let Some(next) = rest.strip_prefix([' ', '\u{a0}']) else {
        return false;
    };
    next.chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, 'a' | 'b' | 'd' | 'e' | 'i' | 'o' | 'v'))
}

/// True when `word` may be capitalised: a cheap test on its first byte that rejects the
/// words in lower case, most of the text.
#[inline]
fn may_be_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(b'a' | b'e') => word.as_bytes().get(2) == Some(&b'-'),
        Some(b) => !b.is_ascii() && word.chars().next().is_some_and(char::is_uppercase),
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
fn name_from(input: &str, first: Word<'_>, mentions: &Mentions<'_, '_>) -> Option<(usize, usize)> {
    let w = first;
    if !is_capitalised(w.text) || is_initial(w.text) || mentions.overlaps_any(w.start, w.end) {
        return None;
    }
    let mut end = w.end;
    let mut count = 1;
    let mut last = w;
    while let Some(next) = next_word(input, last.run_end) {
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
            last = next;
            continue;
        }
        // A particle joins only when a capitalised word follows it.
        if NAME_PARTICLES
            .iter()
            .any(|p| next.text.eq_ignore_ascii_case(p))
        {
            if let Some(after) = next_word(input, next.run_end) {
                let gap = &input[next.end..after.start];
                if matches!(gap, " " | "\u{a0}")
                    && is_capitalised(after.text)
                    && !mentions.overlaps_any(after.start, after.end)
                {
                    end = after.end;
                    count += 2;
                    last = after;
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
    gap.is_empty()
        || ["le", "la", "l'", "l’"]
            .iter()
            .any(|a| gap.eq_ignore_ascii_case(a))
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
    skeleton_into(word, &mut [0; SKELETON_BUFFER]).map(Cow::into_owned)
}

/// Room for the skeleton of a word of this many folded bytes without allocating.
const SKELETON_BUFFER: usize = 64;

/// [`skeleton_of_word`], in `buffer` when the word is ASCII once folded and fits.
fn skeleton_into<'b>(word: &str, buffer: &'b mut [u8; SKELETON_BUFFER]) -> Option<Cow<'b, str>> {
    let Some(folded) = crate::text::fold::fold_into(word, buffer) else {
        let folded = crate::text::fold_str(word);
        return skeleton_of_folded(&folded[article_len(folded.as_bytes())..]).map(Cow::Owned);
    };
    let skip = article_len(folded);
    if !folded.is_ascii() {
        return skeleton_of_folded(std::str::from_utf8(&folded[skip..]).ok()?).map(Cow::Owned);
    }
    // One pass, in place (the skeleton is never longer than what it has read): the spelling
    // pairs unified (no two start with the same letter, and none ends with a letter another
    // starts with, so one pass does what one pass per pair would), then only letters and
    // digits, no vowel after the first of them, no letter twice in a row.
    let len = folded.len();
    let bytes = &mut buffer[..len];
    let (mut read, mut write, mut kept) = (skip, 0, 0);
    while read < len {
        let (unified, n, used) = match (bytes[read], bytes.get(read + 1)) {
            (b'o', Some(b'u')) => ([b'u', 0], 1, 2),
            (b'd', Some(b'j')) => ([b'j', 0], 1, 2),
            (b's', Some(b'h')) => ([b'c', b'h'], 2, 2),
            (b'k', Some(b'h')) => ([b'k', 0], 1, 2),
            (b'q', _) => ([b'k', 0], 1, 1),
            (b'y', _) => ([b'i', 0], 1, 1),
            (b, _) => ([b, 0], 1, 1),
        };
        read += used;
        for &b in &unified[..n] {
            if !b.is_ascii_alphanumeric() {
                continue;
            }
            let vowel_inside = kept > 0 && matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
            kept += 1;
            if vowel_inside || (write > 0 && bytes[write - 1] == b) {
                continue;
            }
            bytes[write] = b;
            write += 1;
        }
    }
    let skeleton = std::str::from_utf8(&buffer[..write]).ok()?;
    (write >= 3).then_some(Cow::Borrowed(skeleton))
}

/// The length of the article ("al-", "el-") a folded word starts with, if any.
fn article_len(folded: &[u8]) -> usize {
    if folded.starts_with(b"al-") || folded.starts_with(b"el-") {
        3
    } else {
        0
    }
}

/// [`skeleton_of_word`] of a folded word without its article, for any script.
fn skeleton_of_folded(folded: &str) -> Option<String> {
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
        // The byte path and the general path agree.
        for word in [
            "Al-Moghidi",
            "Djouma",
            "Qhassim",
            "Shayyoukh",
            "Ould",
            "Barmou",
            "al-",
        ] {
            let folded = crate::text::fold_str(word);
            let folded = folded.strip_prefix("al-").unwrap_or(&folded);
            assert_eq!(skeleton_of_word(word), skeleton_of_folded(folded), "{word}");
        }
        assert_eq!(
            skeleton_of_word("Ибрагимов"),
            skeleton_of_folded("ибрагимов")
        );
        assert_eq!(skeleton_of_word("Al"), None);
    }

    proptest::proptest! {
        /// The covered spans answer as a map from start to end (the last given) whose span
        /// that starts last before a range's end is asked whether it reaches into the range.
        #[test]
        fn covered_spans_answer_as_an_ordered_map(
            spans in proptest::collection::vec((0usize..60, 0usize..60), 0..12),
            queries in proptest::collection::vec((0usize..70, 0usize..70), 1..12),
        ) {
            let mut covered = Covered::default();
            let mut map = std::collections::BTreeMap::new();
            for (start, len) in spans {
                covered.insert(start, start + len);
                map.insert(start, start + len);
            }
            for (start, len) in queries {
                let end = start + len;
                let expected = map.range(..end).next_back().is_some_and(|(_, &e)| e > start);
                proptest::prop_assert_eq!(covered.covers(start, end), expected);
            }
        }

        /// The one-pass skeleton is the one of the definition (one replacement after the
        /// other, then the filters), on words made of the letters the pairs are made of.
        #[test]
        fn the_one_pass_skeleton_is_the_definition(
            word in "(Al-|el-|)[oudjshkqyaeiOUDJSHKQYéÉ'\\-]{0,40}",
        ) {
            let folded = crate::text::fold_str(&word);
            let bare = folded
                .strip_prefix("al-")
                .or_else(|| folded.strip_prefix("el-"))
                .unwrap_or(&folded);
            proptest::prop_assert_eq!(skeleton_of_word(&word), skeleton_of_folded(bare));
            // Longer than the stack buffer: the allocating path gives the same.
            let long = format!("{word}{}", "b".repeat(SKELETON_BUFFER));
            let folded = crate::text::fold_str(&long);
            proptest::prop_assert_eq!(
                skeleton_of_word(&long),
                skeleton_of_folded(&folded[article_len(folded.as_bytes())..])
            );
        }
    }

    /// Every word of `input`, walked with [`next_word`].
    fn words(input: &str) -> Vec<&str> {
        std::iter::successors(next_word(input, 0), |w| next_word(input, w.run_end))
            .map(|w| w.text)
            .collect()
    }

    #[test]
    fn words_keep_initials_and_hyphens() {
        assert_eq!(
            words("M. Mamat O. Cham, Al-Moghidi... -- l’Émir .x"),
            ["M.", "Mamat", "O.", "Cham", "Al-Moghidi", "l’Émir", ".x"]
        );
    }

    #[test]
    fn runs_end_at_the_first_character_that_is_no_word_part() {
        let reference = |s: &str| {
            s.char_indices()
                .find(|&(_, c)| !is_word_part(c))
                .map_or(s.len(), |(i, _)| i)
        };
        let pieces = [
            "é", "’", "«", "\u{a0}", "北", "🙂", "a", "Z", "0", "-", ".", "'", " ", ",", "ÉTAT",
        ];
        // Every piece at every offset of a 20-byte ASCII word, and two pieces in a row.
        for first in pieces {
            for second in pieces {
                for at in 0..=20 {
                    let text = format!("{}{first}{second}bcdefghijklmnop x", &"a".repeat(20)[..at]);
                    for (start, _) in text.char_indices() {
                        let rest = &text[start..];
                        assert_eq!(run_length(rest), reference(rest), "{rest:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn runs_end_where_the_definition_says() {
        for b in 0u8..128 {
            let text = format!("abcdefgh{}ijklmnop", b as char);
            let expected = if is_ascii_word_part(b) { text.len() } else { 8 };
            assert_eq!(run_length(&text), expected, "{b}");
            let text = format!("{}bcdefgh", b as char);
            let expected = if is_ascii_word_part(b) { text.len() } else { 0 };
            assert_eq!(run_length(&text), expected, "{b}");
        }
        assert_eq!(run_length("Al-Moghidi’s «x»"), "Al-Moghidi’s".len());
        assert_eq!(run_length("général, x"), "général".len());
    }

    #[test]
    fn candidates_are_capitals_non_ascii_starts_and_hyphens() {
        let text =
            "abcdefghijklmnopqrstuvwxyz0123456789 le général al-Moghidi et l'Émir ÉTAT Ba北京";
        let bytes = text.as_bytes();
        let by_bytes: Vec<usize> = (0..bytes.len())
            .filter(|&i| bytes[i].is_ascii_uppercase() || bytes[i] >= 0xC0 || bytes[i] == b'-')
            .collect();
        let by_chunks: Vec<usize> =
            std::iter::successors(next_candidate(bytes, 0), |&p| next_candidate(bytes, p + 1))
                .collect();
        assert_eq!(by_chunks, by_bytes);
    }

    #[test]
    fn names_go_on_after_one_space_and_a_capital_or_a_particle() {
        let text = "Adam Barre, Mohamed ould Ali, Ahmed al-Moghidi, Le président, Selon\u{a0}Ali";
        let after = |word: &str| may_go_on(text, text.find(word).unwrap() + word.len());
        assert!(after("Adam") && after("Mohamed") && after("ould") && after("Ahmed"));
        assert!(after("Selon"));
        assert!(!after("Le") && !after("Barre") && !after("Moghidi"));
        assert!(!may_go_on(text, text.len()));
        assert!(!may_go_on("Ali  Barre", 3));
    }

    #[test]
    fn capitalised_words_are_the_words_that_may_be_capitalised() {
        let input = "le général Barre, al-Moghidi et l'Émir «Ali» de McDonald, ÉTAT a-b";
        let all = words(input);
        let expected: Vec<&str> = all.into_iter().filter(|w| may_be_capitalised(w)).collect();
        let found: Vec<&str> = capitalised_words(input).iter().map(|w| w.text).collect();
        assert_eq!(found, expected);
        assert_eq!(found, ["Barre", "al-Moghidi", "Ali", "McDonald", "ÉTAT"]);
    }
}
