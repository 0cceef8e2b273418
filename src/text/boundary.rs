//! Word boundaries on the folded text.
//!
//! A word character is a letter or a digit. A match starts a word when the character before it
//! is not a word character (or it opens the text), and ends a word when the character after it
//! is not one. Patterns that begin or end with punctuation (`m.`, `s.e.`) need no boundary on
//! that side.

use super::swar;

/// True for letters and digits, the characters words are made of, and the combining marks
/// that are part of the letter before them (text in decomposed form, NFD).
#[inline]
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_non_ascii_letter(c, char::is_alphanumeric)
    }
}

/// True for a character outside ASCII that is a letter (by `letter`: with digits or not) or a
/// combining mark: the Latin-1 letters, French's accented ones among them, without a table
/// lookup, and no common punctuation.
#[inline]
fn is_non_ascii_letter(c: char, letter: fn(char) -> bool) -> bool {
    if ('\u{C0}'..='\u{FF}').contains(&c) {
        c != '\u{D7}' && c != '\u{F7}'
    } else {
        !is_common_punctuation(c) && (letter(c) || is_mark(c))
    }
}

/// True for the punctuation and spaces outside ASCII that French text is full of (no-break
/// spaces, guillemets, typographic apostrophes and quotes, dashes, ellipses): no letter, digit
/// or mark, told without a look in the Unicode tables.
#[inline]
fn is_common_punctuation(c: char) -> bool {
    matches!(
        c,
        '\u{A0}'
            | '\u{AB}'
            | '\u{BB}'
            | '\u{2013}'
            | '\u{2014}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2026}'
            | '\u{202F}'
    )
}

/// True when `text` starts with the vowel `vowel` ('a' or 'e', either case) carrying a grave
/// accent, composed ("à", "è") or decomposed (the letter, then U+0300): "à" the preposition,
/// not the verb "a"; "dès" (after its "d"), not "des".
pub(crate) fn starts_with_grave(text: &str, vowel: char) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let (composed, upper) = match vowel {
        'a' => ('à', 'À'),
        'e' => ('è', 'È'),
        _ => return false,
    };
    first == composed
        || first == upper
        || (first.to_ascii_lowercase() == vowel && chars.next() == Some('\u{300}'))
}

/// True when `text` starts with "dès" (composed or decomposed), not "des".
pub(crate) fn starts_with_des_accent(text: &str) -> bool {
    matches!(text.as_bytes().first(), Some(b'd' | b'D')) && starts_with_grave(&text[1..], 'e')
}

/// True for the combining marks of the Latin script (the diacritical marks and their
/// supplements and extensions): an accent written after its letter.
#[inline]
pub fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

/// True for letters and the combining marks that are part of them.
#[inline]
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphabetic()
    } else {
        is_non_ascii_letter(c, char::is_alphabetic)
    }
}

/// The words of `text`: its maximal runs of word characters, as byte ranges.
pub fn words(text: &str) -> Words<'_> {
    let mut words = Words {
        text,
        block: 0,
        starts: 0,
        ends: 0,
        carry: false,
        open: None,
        ahead: None,
    };
    words.load_block();
    words
}

/// The iterator of [`words`]. The text is read in blocks of 64 bytes: one bit per byte says
/// whether it belongs to a word, and the bits where that changes are the words' starts and
/// ends (ASCII text goes eight bytes at a time; other characters are decoded).
#[derive(Clone, Debug)]
pub struct Words<'t> {
    text: &'t str,
    /// The offset of the current block.
    block: usize,
    /// The word starts and ends of the current block not yet reported, one bit per byte.
    starts: u64,
    ends: u64,
    /// True when the last byte of the current block belongs to a word.
    carry: bool,
    /// The start of the word being read, reported with its end.
    open: Option<usize>,
    /// The bits of the next block, when read ahead (see [`read_ahead`](Self::read_ahead)).
    ahead: Option<u64>,
}

impl Words<'_> {
    /// Reads the block at `self.block` (once per 64 bytes).
    #[inline]
    fn load_block(&mut self) {
        let word = match self.ahead.take() {
            Some(word) => word,
            None => word_bits(self.text, self.block),
        };
        let shifted = word << 1 | u64::from(self.carry);
        self.starts = word & !shifted;
        // Past the text no bit is set: a word that ends the text ends at its length.
        self.ends = !word & shifted;
        self.carry = word >> 63 != 0;
    }
}

impl Words<'_> {
    /// Reads the next block now (the iterator reads it later anyway), so that a copy of the
    /// iterator that looks ahead and the iterator itself share it, not reading it twice.
    #[inline]
    pub fn read_ahead(&mut self) {
        let next = self.block + 64;
        if self.ahead.is_none() && next < self.text.len() {
            self.ahead = Some(word_bits(self.text, next));
        }
    }
}

/// One bit per byte of `text[block..block + 64]`: set when the byte belongs to a word.
#[inline]
fn word_bits(text: &str, block: usize) -> u64 {
    let bytes = text.as_bytes();
    // A whole block of ASCII (most of a text): eight chunks without a test each.
    if let Some(whole) = bytes.get(block..block + 64) {
        let mut chunks = [0u64; 8];
        for (chunk, eight) in chunks.iter_mut().zip(whole.chunks_exact(8)) {
            *chunk = u64::from_le_bytes(eight.try_into().unwrap_or_default());
        }
        if chunks.iter().fold(0, |all, c| all | c) & swar::HIGH_BITS == 0 {
            return chunks.iter().enumerate().fold(0, |bits, (i, &c)| {
                bits | swar::movemask(ascii_word_bytes(c)) << (8 * i)
            });
        }
    }
    let mut bits = 0;
    for chunk in 0..8 {
        let at = block + 8 * chunk;
        let eight = match swar::load(bytes, at) {
            Some(eight) if eight & swar::HIGH_BITS == 0 => swar::movemask(ascii_word_bytes(eight)),
            _ if at >= bytes.len() => break,
            _ => decoded_word_bits(text, at),
        };
        bits |= eight << (8 * chunk);
    }
    bits
}

/// [`word_bits`] for the (at most) eight bytes from `at`, decoding the characters.
fn decoded_word_bits(text: &str, at: usize) -> u64 {
    let bytes = text.as_bytes();
    let end = (at + 8).min(bytes.len());
    let mut bits = 0;
    let mut word = false;
    for (i, &b) in bytes[at..end].iter().enumerate() {
        if b.is_ascii() {
            word = b.is_ascii_alphanumeric();
        } else if i == 0 || b >= 0xC0 {
            // A character starts here (or earlier, for the chunk's first byte).
            word = char_at(text, floor_char_boundary(text, at + i)).is_some_and(is_word_char);
        }
        // A continuation byte belongs to the character before it.
        bits |= u64::from(word) << i;
    }
    bits
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

    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize)> {
        loop {
            match self.open {
                None if self.starts != 0 => {
                    let bit = self.starts.trailing_zeros() as usize;
                    self.starts &= self.starts - 1;
                    // No word is open: the block's first end left is this word's, if any.
                    if self.ends != 0 {
                        let end = self.ends.trailing_zeros() as usize;
                        self.ends &= self.ends - 1;
                        return Some((self.block + bit, self.block + end));
                    }
                    self.open = Some(self.block + bit);
                }
                Some(start) if self.ends != 0 => {
                    let bit = self.ends.trailing_zeros() as usize;
                    self.ends &= self.ends - 1;
                    self.open = None;
                    return Some((start, self.block + bit));
                }
                _ => {}
            }
            if self.block + 64 >= self.text.len() {
                // The last block is read; a word still open ends with the text.
                self.block = self.text.len();
                self.starts = 0;
                self.ends = 0;
                return self.open.take().map(|start| (start, self.text.len()));
            }
            self.block += 64;
            self.load_block();
        }
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
    // Back over letters and digits of ASCII byte by byte (most words); from a character outside
    // ASCII, character by character.
    let bytes = before.as_bytes();
    let mut start = bytes.len();
    while start > 0 && bytes[start - 1].is_ascii_alphanumeric() {
        start -= 1;
    }
    if start > 0 && !bytes[start - 1].is_ascii() {
        start = before[..start]
            .char_indices()
            .rev()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(0, |(i, c)| i + c.len_utf8());
    }
    &before[start..]
}

/// The first `at_most` bytes of `text` at most, cut on a char boundary: where a rule reads
/// the words near a mention, so that a text without blanks costs no scan to its end.
pub fn prefix(text: &str, at_most: usize) -> &str {
    &text[..floor_char_boundary(text, at_most)]
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
    fn word_characters_and_letters_are_their_definitions() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || is_mark(c), "{c:?}");
            assert_eq!(is_letter(c), c.is_alphabetic() || is_mark(c), "{c:?}");
        }
    }

    #[test]
    fn accented_starts_in_either_unicode_form() {
        assert!(starts_with_grave("à Paris", 'a'));
        assert!(starts_with_grave("À Paris", 'a'));
        assert!(starts_with_grave("a\u{300} Paris", 'a'));
        assert!(!starts_with_grave("a déclaré", 'a'));
        assert!(!starts_with_grave("", 'a'));
        assert!(starts_with_des_accent("dès lundi"));
        assert!(starts_with_des_accent("De\u{300}s lundi"));
        assert!(!starts_with_des_accent("des soldats"));
        assert!(!starts_with_des_accent("d"));
    }

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
            // In a chunk, then in a block of ASCII, at each of its places.
            let text: String = std::iter::repeat(b as char).take(8).collect::<String>() + "x";
            assert_eq!(
                words(&text).collect::<Vec<_>>(),
                words_by_chars(&text),
                "{b}"
            );
            for at in 0..64 {
                let mut block =
                    *b"abc def.ghi-jkl mno pqr stu vwx yz0 123 456 789 ABC DEF GHI JKL x";
                block[at] = b;
                let text = std::str::from_utf8(&block).unwrap();
                assert_eq!(
                    words(text).collect::<Vec<_>>(),
                    words_by_chars(text),
                    "{b} at {at}"
                );
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn words_match_the_definition(text in "[a-zA-Z0-9 ,.'@`\\[{:/é«»\u{300}北-]{0,150}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_by_chars(&text));
        }

        /// The word before an offset, read back byte by byte through ASCII, is the one read
        /// character by character.
        #[test]
        fn word_before_as_char_by_char(text in "[aZ09 '’.é\u{300}\u{a0}北-]{0,12}", at in 0usize..16) {
            let before = text.get(..at).unwrap_or("").trim_end();
            let before = before.strip_suffix(['\'', '’']).unwrap_or(before);
            let start = before
                .char_indices()
                .rev()
                .find(|&(_, c)| !is_word_char(c))
                .map_or(0, |(i, c)| i + c.len_utf8());
            proptest::prop_assert_eq!(word_before(&text, at), &before[start..]);
        }
    }

    #[test]
    fn latin1_letters_are_word_characters_as_unicode_says() {
        for c in '\u{80}'..='\u{17F}' {
            assert_eq!(is_word_char(c), c.is_alphanumeric() || is_mark(c), "{c:?}");
        }
    }

    #[test]
    fn words_cross_the_blocks_of_64_bytes() {
        for len in [63, 64, 65, 127, 128, 129] {
            for filler in ["a", " ", "é", "«"] {
                for tail in ["", "b", " ", "é"] {
                    let mut text = filler.repeat(len / filler.len());
                    text.push_str(tail);
                    let words: Vec<_> = words(&text).collect();
                    assert_eq!(words, words_by_chars(&text), "{len} {filler:?} {tail:?}");
                }
            }
        }
        let text = format!("{} mot {}", "x".repeat(62), "y".repeat(70));
        assert_eq!(words(&text).collect::<Vec<_>>(), words_by_chars(&text));
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
