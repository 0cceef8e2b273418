//! The words of a name, read from the input: runs of letters, digits, hyphens, apostrophes and
//! dots, and the cheap tests of capitals that pick the words a name may start with (eight bytes
//! at a time).

use crate::text::blank::{blank, is_soft_gap, Blank};
use crate::text::swar;
#[cfg(test)]
use candidates::{is_candidate, next_candidate};
use candidates::{no_capital_at, Candidates};

mod candidates;

/// One word of the input: a run of letters, digits, hyphens, apostrophes and dots, without
/// the dots, apostrophes and hyphens that end it (but the dot of an initial, "O.").
#[derive(Clone, Copy, Debug)]
pub(super) struct Word<'h> {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The end of the run, trimmed characters included: the next word starts after it.
    pub(super) run_end: usize,
    pub(super) text: &'h str,
}

/// True for the characters words are made of: letters, digits, `-`, `'`, `’` and `.`.
#[inline]
pub(super) fn is_word_part(c: char) -> bool {
    if c.is_ascii() {
        is_ascii_word_part(c as u8)
    } else {
        // (The hyphen and the non-breaking hyphen join a name's parts as "-" does: "Al‑Thani".)
        matches!(c, '’' | '\u{2010}' | '\u{2011}') || crate::text::boundary::is_word_char(c)
    }
}

/// [`is_word_part`] for an ASCII byte (false for any other byte).
#[inline]
pub(super) fn is_ascii_word_part(b: u8) -> bool {
    ASCII_WORD_PARTS[usize::from(b)]
}

/// The bytes [`is_ascii_word_part`] is true for: one load instead of five comparisons.
static ASCII_WORD_PARTS: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = (b as u8).is_ascii_alphanumeric() || matches!(b as u8, b'-' | b'\'' | b'.');
        b += 1;
    }
    table
};

/// Where a full stop glued to the next sentence stands in a run ("Kamano.Le"): a dot after
/// two letters in lower case and before a capital (not an initial's, "O.", nor a site's,
/// "abc24.com").
pub(super) fn glued_full_stop(run: &[u8]) -> Option<usize> {
    // Runs are short: a plain search beats a call.
    let dot = run.iter().position(|&b| b == b'.')?;
    let lower = |b: u8| b.is_ascii_lowercase() || b >= 0x80;
    (dot >= 2
        && lower(run[dot - 1])
        && lower(run[dot - 2])
        && run.get(dot + 1).is_some_and(u8::is_ascii_uppercase))
    .then_some(dot)
}

/// The word whose run starts at `start`, if a run starts there and is more than punctuation.
pub(super) fn word_at(input: &str, start: usize) -> Option<Word<'_>> {
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
    } && !after_elision(input, start)
        && !after_abbreviation(input, start);
    if !first_is_part || previous_is_part {
        return None;
    }
    word_from(input, start)
}

/// [`word_at`] past its tests of where the run starts: the run at `start` (a word part that
/// no word part goes on from before it), trimmed.
#[inline(always)]
fn word_from(input: &str, start: usize) -> Option<Word<'_>> {
    let bytes = input.as_bytes();
    let run_end = start + run_length(&input[start..]);
    // Most runs end with a letter or a digit: nothing to trim (the first character is a
    // word part, so the run is not empty; "’" ends with the byte 0x99).
    let last = bytes[run_end - 1];
    if last.is_ascii_alphanumeric() || (last >= 0x80 && last != 0x99) {
        return Some(Word {
            start,
            end: run_end,
            run_end,
            text: &input[start..run_end],
        });
    }
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

/// True when `start` follows the dot of a short abbreviation in a capital ("M.Salim Gado",
/// "Dr.Amina"), glued, and a capitalised word starts there (not "U.S.").
pub(super) fn after_abbreviation(input: &str, start: usize) -> bool {
    let Some(before) = input[..start].strip_suffix('.') else {
        return false;
    };
    let letters = before.len()
        - before
            .trim_end_matches(|c: char| c.is_ascii_alphabetic())
            .len();
    let abbreviation = &before[before.len() - letters..];
    let alone = before[..before.len() - letters]
        .chars()
        .next_back()
        .map_or(true, |c| !is_word_part(c));
    let mut word = input[start..].chars();
    (1..=3).contains(&letters)
        && alone
        && abbreviation.starts_with(|c: char| c.is_ascii_uppercase())
        && word.next().is_some_and(char::is_uppercase)
        && word.next().is_some_and(char::is_lowercase)
}

/// True when `start` follows an elided preposition or conjunction and its apostrophe, a
/// capital after them: "d'", "qu'", "jusqu'", "lorsqu'" ("la tournée d'Emmanuel Macron"): a
/// name may start there. (Not after the article "l'": names take none.)
pub(super) fn after_elision(input: &str, start: usize) -> bool {
    let Some(before) = input[..start]
        .strip_suffix('\'')
        .or_else(|| input[..start].strip_suffix('’'))
    else {
        return false;
    };
    let elided = ["d", "qu", "jusqu", "lorsqu", "puisqu"]
        .iter()
        .find_map(|w| {
            let lower = before.len().checked_sub(w.len())?;
            before
                .get(lower..)
                .filter(|tail| tail.eq_ignore_ascii_case(w))
                .map(|_| lower)
        });
    elided.is_some_and(|at| {
        !input[..at].chars().next_back().is_some_and(is_word_part)
            && input[start..].starts_with(char::is_uppercase)
    })
}

/// The length of the run of word parts that `text` starts with.
#[inline(always)]
pub(super) fn run_length(text: &str) -> usize {
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
pub(super) fn next_word(input: &str, from: usize) -> Option<Word<'_>> {
    let bytes = input.as_bytes();
    let mut at = from;
    loop {
        // Blanks and punctuation in ASCII (most gaps): byte by byte, without decoding.
        while bytes
            .get(at)
            .is_some_and(|&b| b.is_ascii() && !is_ascii_word_part(b))
        {
            at += 1;
        }
        let rest = input.get(at..)?;
        let start = at + rest.char_indices().find(|&(_, c)| is_word_part(c))?.0;
        match word_at(input, start) {
            Some(word) => return Some(word),
            // A run of punctuation only: go on after it.
            None => at = start + run_length(&input[start..]),
        }
    }
}

/// [`capitalised_words_into`] a new vector.
#[cfg(test)]
pub(super) fn capitalised_words(input: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    capitalised_words_into(input, &mut out);
    out
}

/// The words of the input that [`may_be_capitalised`], in order, in `out` (emptied first): a
/// pass over the bytes that stops only at capitals, non-ASCII characters and the hyphen of
/// "al-"/"el-".
#[inline(never)]
pub(super) fn capitalised_words_into<'h>(input: &'h str, out: &mut Vec<Word<'h>>) {
    let bytes = input.as_bytes();
    out.clear();
    out.reserve(input.len() / 32);
    let mut at = 0;
    let mut candidates = Candidates::new(bytes);
    while let Some(p) = candidates.next_from(at) {
        at = p + 1;
        // A lower-case Latin-1 letter ("é", "à", "ç"), a character of U+0080..U+00BF (a
        // no-break space, "«", "»") or of the general punctuation ("’", "–", "…"): not a
        // capital, told by its first two bytes without decoding. Nor is "@", "[", "\\", "]",
        // "^" or "_", which start no word.
        if no_capital_at(bytes, p) || matches!(bytes[p], b'@' | b'[' | b'\\' | b']' | b'^' | b'_') {
            continue;
        }
        let start = match bytes[p] {
            // "al-" or "el-": the run starts two bytes before.
            b'-' if p >= 2 && bytes[p - 1] == b'l' && matches!(bytes[p - 2], b'a' | b'e') => p - 2,
            b'-' => continue,
            // Inside a word ("général", "McDonald"): not a word's start, but after an
            // elision ("d'Emmanuel").
            _ if p > 0 && is_ascii_word_part(bytes[p - 1]) && !after_elision(input, p) => continue,
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
        // A capital after a byte in ASCII that no word is made of (most candidates): a run
        // starts there, read without [`word_at`]'s tests of its start.
        let plain = bytes[start].is_ascii_uppercase()
            && (start == 0 || {
                let b = bytes[start - 1];
                b.is_ascii() && !is_ascii_word_part(b)
            });
        let word = if plain {
            word_from(input, start)
        } else {
            word_at(input, start)
        };
        if let Some(word) = word.filter(|w| may_be_capitalised(w.text)) {
            at = at.max(word.run_end);
            out.push(word);
        }
    }
}

/// The high bit of each byte of `x` that is zero, exactly (no carry between bytes).
#[inline]
pub(super) fn zero_bytes(x: u64) -> u64 {
    !((x & !swar::HIGH_BITS).wrapping_add(!swar::HIGH_BITS) | x) & swar::HIGH_BITS
}

/// True when a name of two words or more may go on after a word that ends at `end`: white
/// space with one line break at most, then what a name's next word starts with (a capital,
/// "al-"/"el-"), or a particle ("bin", "ould", "de"…) and, past white space again, a capital or
/// "al-"/"el-". A cheap test before a given name is looked up ("Selon le", "Le président",
/// "Ali a dit", "Paris de la").
pub(super) fn may_go_on(input: &str, end: usize) -> bool {
    // Most words: punctuation or a letter glued to them, or one space and a letter in lower
    // case that starts no particle (the first letters of the particles, "al-" and "el-", are
    // those below).
    match input.as_bytes().get(end..) {
        Some([b, ..]) if b.is_ascii() && !matches!(b, 9..=13 | b' ') => return false,
        Some([b' ', b, ..])
            if b.is_ascii_lowercase()
                && !matches!(b, b'a' | b'b' | b'd' | b'e' | b'i' | b'o' | b'v') =>
        {
            return false
        }
        // One space and a letter in lower case: the next word starts after the space.
        Some([b' ', b, ..]) if b.is_ascii_lowercase() => return goes_on_at(input, end + 1),
        _ => {}
    }
    may_go_on_slowly(input, end)
}

/// [`may_go_on`] without its cheap look first: the whole test.
fn may_go_on_slowly(input: &str, end: usize) -> bool {
    let Some(next) = after_soft_gap(input, end) else {
        return false;
    };
    goes_on_at(input, next)
}

/// [`may_go_on`] past the white space after the word: the next word starts at `next`.
fn goes_on_at(input: &str, next: usize) -> bool {
    let rest = &input[next..];
    match rest.as_bytes()[0] {
        // The first letters of the particles, "al-" and "el-".
        b'a' | b'b' | b'd' | b'e' | b'i' | b'o' | b'v' => {}
        b if b.is_ascii_lowercase() => return false,
        _ => return rest.chars().next().is_some_and(char::is_uppercase),
    }
    if rest.starts_with("al-") || rest.starts_with("el-") {
        return true;
    }
    let letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    super::is_particle(&rest[..letters])
        && after_soft_gap(input, next + letters).is_some_and(|after| {
            let rest = &input[after..];
            rest.starts_with("al-")
                || rest.starts_with("el-")
                || rest.chars().next().is_some_and(char::is_uppercase)
        })
}

/// Where the text goes on after white space with one line break at most at `end`, if some
/// does (not at a blank line, nor at the text's end).
fn after_soft_gap(input: &str, end: usize) -> Option<usize> {
    let rest = &input[end..];
    let gap = crate::text::blank::soft_gap(rest);
    (gap > 0 && gap < rest.len()).then_some(end + gap)
}

/// True when `word` may be capitalised: a cheap test on its first byte that rejects the
/// words in lower case, most of the text.
#[inline]
pub(super) fn may_be_capitalised(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii_uppercase() => true,
        Some(b'a' | b'e') => word.as_bytes().get(2) == Some(&b'-'),
        Some(b) => !b.is_ascii() && word.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

#[inline]
pub(super) fn is_capitalised(word: &str) -> bool {
    // Most names' words: a capital of ASCII, then a letter in lower case.
    match word.as_bytes() {
        [first, second, ..] if first.is_ascii_uppercase() && second.is_ascii_lowercase() => true,
        _ => is_capitalised_otherwise(word),
    }
}

/// [`is_capitalised`] of a word that does not start with a capital of ASCII and a letter in
/// lower case.
fn is_capitalised_otherwise(word: &str) -> bool {
    if !may_be_capitalised(word) {
        return false;
    }
    // A capital of ASCII first (most names): its bytes after it, decoded only outside ASCII.
    if let [first, rest @ ..] = word.as_bytes() {
        if first.is_ascii_uppercase() {
            return rest.iter().any(u8::is_ascii_lowercase)
                || (!rest.is_ascii() && word[1..].chars().any(char::is_lowercase));
        }
    }
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // "al-Moghidi" and "el-Béchir" are capitalised after their particle.
    let first_ok = first.is_uppercase()
        || word
            .strip_prefix("al-")
            .or_else(|| word.strip_prefix("el-"))
            .and_then(|rest| rest.chars().next())
            .is_some_and(char::is_uppercase);
    // Not in capitals throughout (a headline word): some letter after the first is lower case.
    first_ok && chars.any(char::is_lowercase)
}

/// True when `word` is in capitals throughout, of two letters or more ("DUALI", "AL-MOGHIDI"):
/// a name's word only where a title or a given name anchors the name.
#[inline]
pub(super) fn is_in_capitals(word: &str) -> bool {
    // Most words start with a byte of ASCII that is no capital, or a capital and a letter in
    // lower case: not in capitals.
    match word.as_bytes() {
        [first, ..] if first.is_ascii() && !first.is_ascii_uppercase() => false,
        [first, second, ..] if first.is_ascii_uppercase() && second.is_ascii_lowercase() => false,
        _ => in_capitals_throughout(word),
    }
}

/// [`is_in_capitals`], character by character (byte by byte in ASCII).
fn in_capitals_throughout(word: &str) -> bool {
    let bytes = word.as_bytes();
    if bytes.is_ascii() {
        return bytes.first().is_some_and(u8::is_ascii_uppercase)
            && !bytes.iter().any(|&b| b.is_ascii_lowercase() || b == b'.')
            && bytes.iter().filter(|b| b.is_ascii_uppercase()).count() >= 2;
    }
    // One pass, which ends at the first lower-case letter or dot.
    let mut chars = word.chars();
    if !chars.next().is_some_and(char::is_uppercase) {
        return false;
    }
    let mut capitals = 1;
    for c in chars {
        if c.is_lowercase() || c == '.' {
            return false;
        }
        capitals += usize::from(c.is_uppercase());
    }
    capitals >= 2
}

/// The longest word of the lists [`lower_case_in`] reads, in bytes.
pub(super) const LONGEST_LISTED: usize = 6;

/// True when `word` in lower case is one of `list` (words in lower case, of
/// [`LONGEST_LISTED`] bytes at most), without allocating for an ASCII word, nor comparing a
/// longer one (its lower case has as many characters at least).
pub(super) fn lower_case_in(word: &str, list: &[&str]) -> bool {
    debug_assert!(list.iter().all(|w| w.len() <= LONGEST_LISTED));
    if word.len() > LONGEST_LISTED
        && (word.is_ascii() || word.chars().nth(LONGEST_LISTED).is_some())
    {
        return false;
    }
    if word.is_ascii() {
        list.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        list.contains(&word.to_lowercase().as_str())
    }
}

/// A list of words in lower case that [`Listed::holds`] looks words up in: the words, and the
/// keys of those in ASCII (their bytes in one register, the first lowest, their length in the
/// highest byte), sorted to be searched by halves.
pub(super) struct Listed<const N: usize> {
    words: [&'static str; N],
    keys: [u64; N],
}

impl<const N: usize> Listed<N> {
    /// The list of `words` (in lower case, of [`LONGEST_LISTED`] bytes at most).
    pub(super) const fn new(words: [&'static str; N]) -> Listed<N> {
        // A word outside ASCII has no key: `u64::MAX` is none of an ASCII word's.
        let mut keys = [u64::MAX; N];
        let mut i = 0;
        while i < N {
            let bytes = words[i].as_bytes();
            assert!(bytes.len() <= LONGEST_LISTED);
            let (mut key, mut ascii, mut j) = (0u64, true, bytes.len());
            while j > 0 {
                j -= 1;
                ascii &= bytes[j].is_ascii();
                key = key << 8 | bytes[j] as u64;
            }
            if ascii {
                keys[i] = key | (bytes.len() as u64) << 56;
            }
            i += 1;
        }
        // Sorted by insertion (the lists are short).
        let mut i = 1;
        while i < N {
            let mut j = i;
            while j > 0 && keys[j - 1] > keys[j] {
                let swapped = keys[j];
                keys[j] = keys[j - 1];
                keys[j - 1] = swapped;
                j -= 1;
            }
            i += 1;
        }
        Listed { words, keys }
    }

    /// [`lower_case_in`] the list: an ASCII word by its key in lower case (capitals lowered in
    /// its register), searched by halves; none longer than the longest listed.
    #[inline]
    pub(super) fn holds(&self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_ascii() {
            if bytes.len() > LONGEST_LISTED {
                return false;
            }
            let head = crate::hash::head(bytes);
            let capitals = swar::in_range(head, b'A', b'Z') & swar::HIGH_BITS;
            let key = (head | capitals >> 2) | (bytes.len() as u64) << 56;
            return self.keys.binary_search(&key).is_ok();
        }
        lower_case_in(word, &self.words)
    }
}

pub(super) fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    matches!((chars.next(), chars.next(), chars.next()), (Some(c), Some('.'), None) if c.is_uppercase())
}

/// The word that ends right before `at`, past a soft gap (blanks, one line break at most).
pub(super) fn word_before(input: &str, at: usize) -> Option<Word<'_>> {
    // Most words before a word: one space after a run of ASCII letters, digits, hyphens and
    // apostrophes that a byte in ASCII (or the text's start) precedes, read back byte by byte.
    let bytes = input.as_bytes();
    if at >= 2 && bytes[at - 1] == b' ' && !matches!(bytes[at - 2], 9..=13 | b' ' | 0x80..) {
        let end = at - 1;
        let mut start = end;
        while start > 0
            && (bytes[start - 1].is_ascii_alphanumeric()
                || matches!(bytes[start - 1], b'-' | b'\''))
        {
            start -= 1;
        }
        if start == 0 || bytes[start - 1].is_ascii() {
            return (start < end)
                .then(|| word_at(input, start))
                .flatten()
                .filter(|w| w.end == end);
        }
    }
    word_before_slowly(input, at)
}

/// [`word_before`] without its look at the bytes first.
fn word_before_slowly(input: &str, at: usize) -> Option<Word<'_>> {
    let before = &input[..at];
    let trimmed = before.trim_end_matches(|c| blank(c) != Blank::No);
    if trimmed.len() == before.len() || !is_soft_gap(&before[trimmed.len()..]) {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| {
            crate::text::boundary::is_word_char(c) || c == '-' || c == '\'' || c == '’'
        })
        .last()
        .map(|(i, _)| i)?;
    word_at(input, start).filter(|w| w.end == trimmed.len())
}

#[cfg(test)]
mod tests;
