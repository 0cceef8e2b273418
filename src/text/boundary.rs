//! Word boundaries on the folded text.
//!
//! A word character is a letter or a digit. A match starts a word when the character before it
//! is not a word character (or it opens the text), and ends a word when the character after it
//! is not one. Patterns that begin or end with punctuation (`m.`, `s.e.`) need no boundary on
//! that side.

use super::swar;

/// True for letters and digits, the characters words are made of.
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric()
    }
}

/// The words of `text`: its maximal runs of word characters, as byte ranges.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The class of a byte for [`words`]: an ASCII separator, an ASCII word character, or a byte
/// of a non-ASCII character (decoded to decide).
const SEPARATOR: u8 = 0;
const WORD: u8 = 1;
const NON_ASCII: u8 = 2;

const BYTE_CLASS: [u8; 256] = {
    let mut table = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        table[b] = if (b as u8).is_ascii_alphanumeric() {
            WORD
        } else {
            SEPARATOR
        };
        b += 1;
    }
    table
};

/// The iterator of [`words`].
#[derive(Clone, Debug)]
pub struct Words<'t> {
    text: &'t str,
    at: usize,
}

impl Words<'_> {
    /// Moves past the characters for which `is_word_char` is `!word`, from `at`; returns
    /// where they end. ASCII text goes eight bytes at a time.
    #[inline]
    fn run_end(&self, mut at: usize, word: bool) -> usize {
        let bytes = self.text.as_bytes();
        let (same, other) = if word {
            (WORD, SEPARATOR)
        } else {
            (SEPARATOR, WORD)
        };
        loop {
            // Eight ASCII bytes at a time: the first whose class differs ends the run.
            while let Some(chunk) = swar::load(bytes, at) {
                if chunk & swar::HIGH_BITS != 0 {
                    break;
                }
                let word_bytes = ascii_word_bytes(chunk);
                let differs = if word { !word_bytes } else { word_bytes };
                if let Some(i) = swar::first(differs) {
                    return at + i;
                }
                at += 8;
            }
            let Some(rest) = bytes.get(at..) else {
                return bytes.len();
            };
            match rest.iter().position(|&b| BYTE_CLASS[b as usize] != same) {
                None => return bytes.len(),
                Some(i) => at += i,
            }
            if BYTE_CLASS[bytes[at] as usize] == other {
                return at;
            }
            match self.text.get(at..).and_then(|rest| rest.chars().next()) {
                Some(c) if c.is_alphanumeric() == word => at += c.len_utf8(),
                _ => return at,
            }
        }
    }
}

/// For eight ASCII bytes (high bits clear), the high bit of each byte that is a letter or a
/// digit (the other bits are noise).
#[inline]
fn ascii_word_bytes(chunk: u64) -> u64 {
    let lower = chunk | swar::splat(0x20);
    swar::in_range(lower, b'a', b'z') | swar::in_range(chunk, b'0', b'9')
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        let start = self.run_end(self.at, false);
        if start >= self.text.len() {
            self.at = start;
            return None;
        }
        self.at = self.run_end(start, true);
        Some((start, self.at))
    }
}

/// The character that ends just before byte `at` of `text`, if any.
#[inline]
pub fn char_before(text: &str, at: usize) -> Option<char> {
    text.get(..at)?.chars().next_back()
}

/// The character that starts at byte `at` of `text`, if any.
#[inline]
pub fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..)?.chars().next()
}

/// True when a word cannot continue across byte `at` from the left: `at` is a word start.
#[inline]
pub fn is_word_start(text: &str, at: usize) -> bool {
    !char_before(text, at).is_some_and(is_word_char)
}

/// True when a word cannot continue across byte `at` to the right: `at` is a word end.
#[inline]
pub fn is_word_end(text: &str, at: usize) -> bool {
    !char_at(text, at).is_some_and(is_word_char)
}

/// The word (letters and digits) that ends just before byte `at`, across white space and one
/// elision apostrophe: `la` in `de la Coalition`, `l` in `l'Etat`; empty when there is none.
pub fn word_before(text: &str, at: usize) -> &str {
    let before = text.get(..at).unwrap_or("").trim_end();
    let before = before.strip_suffix(['\'', '’']).unwrap_or(before);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// The last char boundary of `text` at or before byte `at`.
pub fn floor_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// The first char boundary of `text` at or after byte `at` (at most its length).
pub fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// True when `text[start..end]` is a whole-word match: each side that is a word character in
/// the match is not glued to another word character outside it.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let first = char_at(text, start);
    let last = char_before(text, end);
    let start_ok = !first.is_some_and(is_word_char) || is_word_start(text, start);
    let end_ok = !last.is_some_and(is_word_char) || is_word_end(text, end);
    start_ok && end_ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words() {
        let text = "la ville mali, nigeria et m. barre";
        let find = |w: &str| text.find(w).unwrap();
        assert!(is_whole_word(text, find("mali"), find("mali") + 4));
        assert!(!is_whole_word(text, find("le mali"), find("le mali") + 7));
        assert!(!is_whole_word(text, find("niger"), find("niger") + 5));
        assert!(is_whole_word(text, find("nigeria"), find("nigeria") + 7));
        assert!(is_whole_word(text, find("m."), find("m.") + 2));
        assert!(is_whole_word(text, 0, 2));
        assert!(is_whole_word(text, text.len() - 5, text.len()));
    }

    #[test]
    fn words_before_and_char_boundaries() {
        assert_eq!(word_before("traduit en francais", 11), "en");
        assert_eq!(word_before("de la  coalition", 7), "la");
        assert_eq!(word_before("l'etat", 2), "l");
        assert_eq!(word_before("l’État", 4), "l");
        assert_eq!(word_before("francais", 0), "");
        assert_eq!(word_before("(42) x", 5), "");
        let s = "aé«b";
        assert_eq!(floor_char_boundary(s, 2), 1);
        assert_eq!(ceil_char_boundary(s, 2), 3);
        assert_eq!(ceil_char_boundary(s, 99), s.len());
    }

    /// The words of `text` by the definition: maximal runs of `is_word_char`.
    fn words_by_chars(text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in text.char_indices() {
            match (is_word_char(c), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    out.push((s, i));
                    start = None;
                }
                _ => {}
            }
        }
        if let Some(s) = start {
            out.push((s, text.len()));
        }
        out
    }

    #[test]
    fn every_ascii_byte_is_classified_in_chunks() {
        for b in 0u8..128 {
            let text: String = std::iter::repeat(b as char).take(8).collect::<String>() + "x";
            assert_eq!(
                words(&text).collect::<Vec<_>>(),
                words_by_chars(&text),
                "{b}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn words_match_the_definition(text in "[a-zA-Z0-9 ,.'@`\\[{:/é«»\u{300}北-]{0,40}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_by_chars(&text));
        }
    }

    #[test]
    fn words_are_runs_of_letters_and_digits() {
        let text = "l'Arabie, Guinée-Bissau: 12 «çà» 北京 ";
        let found: Vec<&str> = words(text).map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            found,
            ["l", "Arabie", "Guinée", "Bissau", "12", "çà", "北京"]
        );
        assert_eq!(words("").count(), 0);
        assert_eq!(words(" - ").count(), 0);
    }

    #[test]
    fn apostrophes_and_hyphens_separate_words() {
        let text = "l'arabie guinee-bissau";
        assert!(is_word_start(text, 2));
        assert!(is_word_end(text, 15));
        assert!(!is_word_end(text, 14));
    }
}
