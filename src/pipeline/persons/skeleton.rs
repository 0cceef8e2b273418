//! Name skeletons: the key that identifies a person across mentions and transliterations
//! (Al-Moghidi, Al-Moghedi and Al-Mughidi share one).

use std::borrow::Cow;

/// A skeleton kept as a person's key: inside the key itself when it is short (most are, a few
/// consonants), so that a document's names are keyed without one allocation each.
#[derive(Clone)]
pub(super) struct Key(Held);

/// Where a [`Key`] holds its text.
#[derive(Clone)]
enum Held {
    /// `len` bytes of `bytes`, the text of a `&str`.
    Short {
        len: u8,
        bytes: [u8; SHORT_KEY],
    },
    Long(Box<str>),
}

/// The longest key held inside a [`Key`].
const SHORT_KEY: usize = 22;

impl Key {
    pub(super) fn new(key: &str) -> Key {
        match key.len() {
            len @ 0..=SHORT_KEY => {
                let mut bytes = [0; SHORT_KEY];
                bytes[..len].copy_from_slice(key.as_bytes());
                Key(Held::Short {
                    len: len as u8,
                    bytes,
                })
            }
            _ => Key(Held::Long(key.into())),
        }
    }

    pub(super) fn as_str(&self) -> &str {
        match &self.0 {
            // (Copied from a `&str` whole: never empty for want of UTF-8.)
            Held::Short { len, bytes } => {
                std::str::from_utf8(&bytes[..usize::from(*len)]).unwrap_or_default()
            }
            Held::Long(key) => key,
        }
    }
}

impl std::ops::Deref for Key {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl AsRef<str> for Key {
    fn as_ref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.as_str() == other.as_str()
    }
}

impl Eq for Key {}

impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Key {
    fn cmp(&self, other: &Key) -> std::cmp::Ordering {
        self.as_str().cmp(other.as_str())
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.as_str().fmt(f)
    }
}

/// The key that identifies a person across mentions: the skeleton of its last word.
pub(super) fn surname_key(name: &str) -> Option<Key> {
    // Most names end with a word in ASCII after a space: read back byte by byte.
    let bytes = name.as_bytes();
    let end = bytes.len()
        - bytes
            .iter()
            .rev()
            .take_while(|b| matches!(b, 9..=13 | b' '))
            .count();
    let word = bytes[..end]
        .iter()
        .rev()
        .take_while(|&&b| b.is_ascii() && !matches!(b, 9..=13 | b' '))
        .count();
    match bytes[..end - word].last() {
        Some(b) if b.is_ascii() => skeleton_key(&name[end - word..end]),
        None if word > 0 => skeleton_key(&name[..end]),
        // The text's start, or a character outside ASCII (a word's, or white space):
        // character by character.
        _ => name
            .split(char::is_whitespace)
            .rev()
            .find(|w| !w.is_empty())
            .and_then(skeleton_key),
    }
}

/// [`skeleton_into`] a new string.
#[cfg(test)]
pub(super) fn skeleton_of_word(word: &str) -> Option<String> {
    skeleton_into(word, &mut [0; SKELETON_BUFFER]).map(Cow::into_owned)
}

/// The skeleton of `word` ([`skeleton_into`]) as a key.
pub(super) fn skeleton_key(word: &str) -> Option<Key> {
    skeleton_into(word, &mut [0; SKELETON_BUFFER]).map(|k| Key::new(&k))
}

/// Room for the skeleton of a word of this many folded bytes without allocating.
pub(super) const SKELETON_BUFFER: usize = 64;

/// The first letter of the skeleton of `word` (without its article), cheaply: its first two
/// letters folded, with the spelling pairs the skeleton unifies ("Ouattara" starts with `u`,
/// "Djibo" with `j`, "Qassemi" with `k`).
pub(super) fn initial_of(word: &str) -> Option<char> {
    let lower = |b: &u8| char::from(b.to_ascii_lowercase());
    let (first, second) = match word.as_bytes() {
        // Most words start with two ASCII letters, which fold to lower case.
        [a, b, ..] if a.is_ascii() && b.is_ascii() => (lower(a), Some(lower(b))),
        [a] if a.is_ascii() => (lower(a), None),
        _ => {
            let mut letters = word
                .chars()
                .map(crate::text::fold_char)
                .filter_map(|f| match f {
                    crate::text::Folded::Char(c) => Some(c),
                    crate::text::Folded::Str(s) => s.chars().next(),
                    crate::text::Folded::Nothing => None,
                });
            (letters.next()?, letters.next())
        }
    };
    Some(match (first, second) {
        ('o', Some('u')) => 'u',
        ('d', Some('j')) => 'j',
        ('s', Some('h')) => 'c',
        ('q', _) => 'k',
        ('y', _) => 'i',
        (c, _) => c,
    })
}

/// A transliteration-tolerant skeleton of `word`: folded, without the article, with the usual
/// spelling pairs unified (ou/u, dj/j, sh/ch, kh/k, q/k, y/i), without vowels after the first
/// letter, without doubled letters; in `buffer` when the word is ASCII once folded and fits.
pub(super) fn skeleton_into<'b>(
    word: &str,
    buffer: &'b mut [u8; SKELETON_BUFFER],
) -> Option<Cow<'b, str>> {
    // Most words are ASCII: read once, folded on the way, without a copy first.
    let bytes = word.as_bytes();
    if bytes.len() <= SKELETON_BUFFER && bytes.is_ascii() {
        let mut len = ascii_skeleton_into(bytes, buffer);
        if len < 3 {
            // Room for the short key's `=` after the word's bytes.
            if bytes.len() >= SKELETON_BUFFER {
                return short_key_into(word, buffer);
            }
            len = ascii_short_key_into(word, buffer)?;
        }
        return std::str::from_utf8(&buffer[..len]).ok().map(Cow::Borrowed);
    }
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
        let (unified, n, used) = unified_at(bytes, read);
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
    if write < 3 {
        return short_key_into(word, buffer);
    }
    std::str::from_utf8(&buffer[..write])
        .ok()
        .map(Cow::Borrowed)
}

/// The skeleton of `word`, ASCII of [`SKELETON_BUFFER`] bytes at most, written in `buffer` in
/// one pass over its bytes, each folded (lower case) as it is read: the article skipped, the
/// spelling pairs unified, then only letters and digits, no vowel after the first of them, no
/// letter twice in a row. Its length (below 3, the word takes a [`short_key`]).
fn ascii_skeleton_into(word: &[u8], buffer: &mut [u8; SKELETON_BUFFER]) -> usize {
    let len = word.len();
    let lower = |i: usize| word.get(i).map_or(0, u8::to_ascii_lowercase);
    let mut read = if matches!(lower(0), b'a' | b'e') && lower(1) == b'l' && lower(2) == b'-' {
        3
    } else {
        0
    };
    let (mut write, mut kept) = (0, 0);
    while read < len {
        let b = lower(read);
        read += 1;
        let unified = match (b, lower(read)) {
            (b'o', b'u') => b'u',
            (b'd', b'j') => b'j',
            (b's', b'h') => {
                keep(b'c', buffer, &mut write, &mut kept);
                b'h'
            }
            (b'k', b'h') => b'k',
            (b'q', _) => {
                keep(b'k', buffer, &mut write, &mut kept);
                continue;
            }
            (b'y', _) => {
                keep(b'i', buffer, &mut write, &mut kept);
                continue;
            }
            _ => {
                keep(b, buffer, &mut write, &mut kept);
                continue;
            }
        };
        // A pair: its second letter read too.
        read += 1;
        keep(unified, buffer, &mut write, &mut kept);
    }
    write
}

/// [`short_key`] of `word`, ASCII of fewer than [`SKELETON_BUFFER`] bytes, written in `buffer`
/// in one pass over its bytes, each folded as it is read: the article skipped, none for a
/// particle, the spelling pairs unified, only letters and digits, then `=`. Its length.
fn ascii_short_key_into(word: &str, buffer: &mut [u8; SKELETON_BUFFER]) -> Option<usize> {
    let bytes = word.as_bytes();
    let lower = |i: usize| bytes.get(i).map_or(0, u8::to_ascii_lowercase);
    let mut read = article_len(&[lower(0), lower(1), lower(2)]);
    if super::is_particle(&word[read..]) {
        return None;
    }
    let mut write = 0;
    let mut keep = |b: u8| {
        if b.is_ascii_alphanumeric() {
            if let Some(slot) = buffer.get_mut(write) {
                *slot = b;
                write += 1;
            }
        }
    };
    while read < bytes.len() {
        let b = lower(read);
        read += 1;
        match (b, lower(read)) {
            (b'o', b'u') | (b'd', b'j') | (b'k', b'h') => {
                read += 1;
                keep(if b == b'k' { b'k' } else { lower(read - 1) });
            }
            (b's', b'h') => {
                read += 1;
                keep(b'c');
                keep(b'h');
            }
            (b'q', _) => keep(b'k'),
            (b'y', _) => keep(b'i'),
            _ => keep(b),
        }
    }
    if write < 2 {
        return None;
    }
    *buffer.get_mut(write)? = b'=';
    Some(write + 1)
}

/// Writes `b`, a letter of a skeleton being made, at `write` in `buffer` unless it is no letter
/// or digit, a vowel after the first letter (`kept` counts them) or the letter written last.
/// Without a branch on the letter (which letters a name holds is not foreseen): `b` is written
/// at `write` whatever it is, and `write` moves past it only when it is kept.
#[inline(always)]
fn keep(b: u8, buffer: &mut [u8; SKELETON_BUFFER], write: &mut usize, kept: &mut usize) {
    let letter = b.is_ascii_alphanumeric();
    let vowel = matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
    // (No letter is 0: none is written last at the start.)
    let last = match *write {
        0 => 0,
        at => buffer.get(at - 1).copied().unwrap_or(0),
    };
    let skipped = !letter | ((*kept > 0) & vowel) | (last == b);
    *kept += usize::from(letter);
    if let Some(slot) = buffer.get_mut(*write) {
        *slot = b;
        *write += usize::from(!skipped);
    }
}

/// [`short_key`] of an ASCII word, in `buffer`: folded again, unified in place (no pair
/// makes a longer text), `=` after it.
fn short_key_into<'b>(word: &str, buffer: &'b mut [u8; SKELETON_BUFFER]) -> Option<Cow<'b, str>> {
    let fits = crate::text::fold::fold_into(word, buffer).map(<[u8]>::len);
    let Some(len) = fits.filter(|&len| len < SKELETON_BUFFER) else {
        // Too long for the buffer with its `=`: on the heap.
        let folded = crate::text::fold_str(word);
        return short_key(&folded[article_len(folded.as_bytes())..]).map(Cow::Owned);
    };
    let skip = article_len(&buffer[..len]);
    if crate::lexicon::NAME_PARTICLES
        .iter()
        .any(|p| p.as_bytes() == &buffer[skip..len])
    {
        return None;
    }
    let bytes = &mut buffer[..=len];
    let (mut read, mut write) = (skip, 0);
    while read < len {
        let (unified, n, used) = unified_at(bytes, read);
        read += used;
        for &b in unified[..n].iter().filter(|b| b.is_ascii_alphanumeric()) {
            bytes[write] = b;
            write += 1;
        }
    }
    if write < 2 {
        return None;
    }
    bytes[write] = b'=';
    std::str::from_utf8(&buffer[..=write])
        .ok()
        .map(Cow::Borrowed)
}

/// The key of a surname too short for a skeleton ("Biya", "Sall", "Déby", "Ba"): its letters
/// folded, the spelling pairs unified, then `=`, so that it never equals a skeleton; two
/// letters at least, and no particle ("Al", "Ben").
fn short_key(folded: &str) -> Option<String> {
    if crate::lexicon::NAME_PARTICLES.contains(&folded) {
        return None;
    }
    let mut key = unify(folded);
    key.retain(char::is_alphanumeric);
    (key.chars().count() >= 2).then(|| key + "=")
}

/// `folded` with the usual spelling pairs unified (ou/u, dj/j, sh/ch, kh/k, q/k, y/i).
fn unify(folded: &str) -> String {
    folded
        .replace("ou", "u")
        .replace("dj", "j")
        .replace("sh", "ch")
        .replace("kh", "k")
        .replace('q', "k")
        .replace('y', "i")
}

/// The spelling pair at `read` of folded ASCII `bytes` unified: its bytes (`n` of them) and how
/// many bytes it used (ou → u, dj → j, sh → ch, kh → k, q → k, y → i; no pair starts with the
/// same letter, and none ends with a letter another starts with, so one pass unifies them all).
fn unified_at(bytes: &[u8], read: usize) -> ([u8; 2], usize, usize) {
    match (bytes[read], bytes.get(read + 1)) {
        (b'o', Some(b'u')) => ([b'u', 0], 1, 2),
        (b'd', Some(b'j')) => ([b'j', 0], 1, 2),
        (b's', Some(b'h')) => ([b'c', b'h'], 2, 2),
        (b'k', Some(b'h')) => ([b'k', 0], 1, 2),
        (b'q', _) => ([b'k', 0], 1, 1),
        (b'y', _) => ([b'i', 0], 1, 1),
        (b, _) => ([b, 0], 1, 1),
    }
}

/// The length of the article ("al-", "el-") a folded word starts with, if any.
pub(super) fn article_len(folded: &[u8]) -> usize {
    if folded.starts_with(b"al-") || folded.starts_with(b"el-") {
        3
    } else {
        0
    }
}

/// [`skeleton_into`] of a folded word without its article, for any script.
pub(super) fn skeleton_of_folded(folded: &str) -> Option<String> {
    let unified = unify(folded);
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
    if out.len() < 3 {
        return short_key(folded);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A name's key is the skeleton of its last word, however its words are parted.
        #[test]
        fn the_surname_key_is_the_last_word_s(
            name in "([A-Za-z]{0,6}|[ \t\n\u{b}]|\u{a0}|\u{2009}|é|Ould|Al-Harbi){0,5}",
        ) {
            let expected = name
                .split(char::is_whitespace)
                .rev()
                .find(|w| !w.is_empty())
                .and_then(skeleton_of_word);
            let key = surname_key(&name);
            proptest::prop_assert_eq!(key.as_deref(), expected.as_deref());
        }

        /// A key holds its text, short or long, and compares as its text does.
        #[test]
        fn a_key_is_its_text(a in "[a-zé=]{0,30}", b in "[a-zé=]{0,30}") {
            let (ka, kb) = (Key::new(&a), Key::new(&b));
            proptest::prop_assert_eq!(ka.as_str(), a.as_str());
            proptest::prop_assert_eq!(&*kb, b.as_str());
            proptest::prop_assert_eq!(ka.cmp(&kb), a.cmp(&b));
            proptest::prop_assert_eq!(ka == kb, a == b);
        }

        /// An ASCII word's skeleton, read in one pass, is the definition's (on its folded
        /// text without the article), whatever its letters, digits and punctuation.
        #[test]
        fn the_skeleton_of_an_ascii_word_is_the_definition(
            word in "(Al-|eL-|al|)(de|Ould|bIn|)[a-zA-Z0-9'.\\-]{0,70}",
        ) {
            let folded = crate::text::fold_str(&word);
            let expected = skeleton_of_folded(&folded[article_len(folded.as_bytes())..]);
            proptest::prop_assert_eq!(skeleton_of_word(&word), expected);
        }
    }
}
