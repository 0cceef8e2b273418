//! Per-character folding: lower case, diacritics removed, typography unified.
//!
//! Folding is what lets gazetteer patterns and date rules ignore case, accents and typography
//! ("GÉNÉRAL", "général" and "general" all fold to `general`; `d’Ivoire` folds to `d'ivoire`).
//! Each input character folds to one character, a short string, or nothing.

use super::swar;

/// What one input character folds to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Folded {
    /// A single character (the common case).
    Char(char),
    /// Two characters, for ligatures and the like (`œ` → `oe`).
    Str(&'static str),
    /// Nothing: the character is dropped (combining marks, zero-width characters, the BOM).
    Nothing,
}

/// Folds one character. ASCII letters are lower-cased, Latin letters lose their diacritics,
/// apostrophes become `'`, exotic spaces become ` `, dashes become `-`, and invisible
/// characters disappear.
#[inline]
pub fn fold_char(c: char) -> Folded {
    if c.is_ascii() {
        return Folded::Char(c.to_ascii_lowercase());
    }
    fold_non_ascii(c)
}

/// [`fold_char`] of a character outside ASCII (out of line: ASCII, most characters, is folded
/// where it is asked for).
#[inline(never)]
fn fold_non_ascii(c: char) -> Folded {
    match c {
        // Apostrophes and quotes used as apostrophes.
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{2032}' | '\u{00B4}' | '\u{02B9}' => {
            Folded::Char('\'')
        }
        // Spaces: no-break, narrow no-break, figure, thin, hair, en/em and ideographic spaces.
        '\u{00A0}' | '\u{202F}' | '\u{2000}'..='\u{200A}' | '\u{205F}' | '\u{3000}' => {
            Folded::Char(' ')
        }
        '\u{2028}' | '\u{2029}' | '\u{0085}' => Folded::Char('\n'),
        // The Arabic and fullwidth commas ("mardi، 15 août").
        '\u{060C}' | '\u{FF0C}' => Folded::Char(','),
        // Hyphens, dashes and minus signs.
        '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{FE58}' | '\u{FE63}' | '\u{FF0D}' => {
            Folded::Char('-')
        }
        // Invisible characters: soft hyphen, zero-width space/joiners, word joiner, BOM.
        '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' => Folded::Nothing,
        // Combining diacritical marks (text in decomposed form).
        '\u{0300}'..='\u{036F}' => Folded::Nothing,
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => Folded::Char('a'),
        'Æ' | 'æ' => Folded::Str("ae"),
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Ĉ' | 'ĉ' | 'Ċ' | 'ċ' | 'Č' | 'č' => Folded::Char('c'),
        'Ð' | 'ð' | 'Ď' | 'ď' | 'Đ' | 'đ' => Folded::Char('d'),
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ĕ' | 'ĕ' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => {
            Folded::Char('e')
        }
        'Ĝ' | 'ĝ' | 'Ğ' | 'ğ' | 'Ġ' | 'ġ' | 'Ģ' | 'ģ' => Folded::Char('g'),
        'Ĥ' | 'ĥ' | 'Ħ' | 'ħ' | 'Ḥ' | 'ḥ' => Folded::Char('h'),
        'Ì'..='Ï' | 'ì'..='ï' | 'Ĩ' | 'ĩ' | 'Ī' | 'ī' | 'Ĭ' | 'ĭ' | 'Į' | 'į' | 'İ' | 'ı' => {
            Folded::Char('i')
        }
        'Ĳ' | 'ĳ' => Folded::Str("ij"),
        'Ĵ' | 'ĵ' => Folded::Char('j'),
        'Ķ' | 'ķ' => Folded::Char('k'),
        'Ĺ' | 'ĺ' | 'Ļ' | 'ļ' | 'Ľ' | 'ľ' | 'Ŀ' | 'ŀ' | 'Ł' | 'ł' => Folded::Char('l'),
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ņ' | 'ņ' | 'Ň' | 'ň' => Folded::Char('n'),
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ŏ' | 'ŏ' | 'Ő' | 'ő' => {
            Folded::Char('o')
        }
        'Œ' | 'œ' => Folded::Str("oe"),
        'Ŕ' | 'ŕ' | 'Ŗ' | 'ŗ' | 'Ř' | 'ř' => Folded::Char('r'),
        'Ś' | 'ś' | 'Ŝ' | 'ŝ' | 'Ş' | 'ş' | 'Š' | 'š' | 'Ș' | 'ș' | 'Ṣ' | 'ṣ' => {
            Folded::Char('s')
        }
        'ß' | 'ẞ' => Folded::Str("ss"),
        'Ţ' | 'ţ' | 'Ť' | 'ť' | 'Ŧ' | 'ŧ' | 'Ț' | 'ț' | 'Ṭ' | 'ṭ' => Folded::Char('t'),
        'Ù'..='Ü'
        | 'ù'..='ü'
        | 'Ũ'
        | 'ũ'
        | 'Ū'
        | 'ū'
        | 'Ŭ'
        | 'ŭ'
        | 'Ů'
        | 'ů'
        | 'Ű'
        | 'ű'
        | 'Ų'
        | 'ų' => Folded::Char('u'),
        'Ŵ' | 'ŵ' => Folded::Char('w'),
        'Ý' | 'ý' | 'ÿ' | 'Ŷ' | 'ŷ' | 'Ÿ' => Folded::Char('y'),
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' | 'Ẓ' | 'ẓ' => Folded::Char('z'),
        'Þ' | 'þ' => Folded::Str("th"),
        _ => {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) => Folded::Char(l),
                // Multi-character lower case forms (rare, e.g. 'İ' handled above) keep the
                // character itself so that the folded text stays one output per input char.
                _ => Folded::Char(c),
            }
        }
    }
}

/// For the Latin-1 letters U+00C0 to U+00FF (UTF-8 `C3 80` to `C3 BF`, French's accented
/// letters), the ASCII letter they fold to, by their second byte; 0 for the others ("æ", "ß",
/// "×"), which go the general way.
pub(super) const LATIN1_FOLDS: [u8; 64] = {
    let mut table = [0u8; 64];
    let letters = b"aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y";
    let mut i = 0;
    while i < 64 {
        table[i] = letters[i];
        i += 1;
    }
    table
};

/// Folds a whole string (used for gazetteer patterns; documents go through
/// [`NormalizedText`](super::NormalizedText), which also keeps the offset map).
pub fn fold_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_push(s, &mut out);
    out
}

/// Appends `s` folded, as [`fold_str`] gives it, to `out`.
pub(crate) fn fold_push(s: &str, out: &mut String) {
    let mut rest = s;
    loop {
        let ascii = ascii_run(rest);
        let at = out.len();
        out.push_str(&rest[..ascii]);
        out[at..].make_ascii_lowercase();
        rest = &rest[ascii..];
        let Some(c) = rest.chars().next() else {
            return;
        };
        rest = &rest[c.len_utf8()..];
        match fold_char(c) {
            Folded::Char(f) => out.push(f),
            Folded::Str(f) => out.push_str(f),
            Folded::Nothing => {}
        }
    }
}

/// Folds `s` into `buffer`, as [`fold_str`] does, without allocating; `None` when the folded
/// text does not fit.
pub(crate) fn fold_into<'b>(s: &str, buffer: &'b mut [u8]) -> Option<&'b [u8]> {
    let bytes = s.as_bytes();
    let mut len = 0;
    let mut at = 0;
    loop {
        // Eight bytes of ASCII at once, their capitals lowered by adding 0x20, while they fit;
        // then the bytes one by one up to the next character outside ASCII (no copy then
        // lower-casing pass: the words folded here are short).
        while let (Some(eight), Some(out)) = (swar::load(bytes, at), buffer.get_mut(len..len + 8)) {
            if eight & swar::HIGH_BITS != 0 {
                break;
            }
            let capitals = swar::in_range(eight, b'A', b'Z') & swar::HIGH_BITS;
            out.copy_from_slice(&(eight | capitals >> 2).to_le_bytes());
            len += 8;
            at += 8;
        }
        while let Some(&b) = bytes.get(at).filter(|b| b.is_ascii()) {
            *buffer.get_mut(len)? = b.to_ascii_lowercase();
            len += 1;
            at += 1;
        }
        if at == bytes.len() {
            return buffer.get(..len);
        }
        // French's accented letters: one table lookup.
        if let [0xC3, second @ 0x80..=0xBF, ..] = bytes[at..] {
            let ascii = LATIN1_FOLDS[usize::from(second - 0x80)];
            if ascii != 0 {
                *buffer.get_mut(len)? = ascii;
                len += 1;
                at += 2;
                continue;
            }
        }
        let c = s[at..].chars().next()?;
        at += c.len_utf8();
        let mut utf8 = [0u8; 4];
        let piece = folded_bytes(c, &mut utf8);
        buffer
            .get_mut(len..len + piece.len())?
            .copy_from_slice(piece);
        len += piece.len();
    }
}

/// The length of the run of ASCII bytes `s` starts with (which fold byte for byte, to lower
/// case).
fn ascii_run(s: &str) -> usize {
    s.bytes().position(|b| !b.is_ascii()).unwrap_or(s.len())
}

/// The UTF-8 bytes that `c` folds to.
fn folded_bytes(c: char, utf8: &mut [u8; 4]) -> &[u8] {
    match fold_char(c) {
        Folded::Char(f) => f.encode_utf8(utf8).as_bytes(),
        Folded::Str(f) => f.as_bytes(),
        Folded::Nothing => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_typography() {
        let cases = [
            ("GÉNÉRAL", "general"),
            ("Côte d’Ivoire", "cote d'ivoire"),
            ("Émirats arabes unis", "emirats arabes unis"),
            ("Bahreïn", "bahrein"),
            ("cœur", "coeur"),
            ("Sud\u{2013}Soudan", "sud-soudan"),
            ("le\u{00A0}3\u{202F}juin", "le 3 juin"),
            ("Ke\u{00AD}nya", "kenya"),
            ("e\u{0301}te\u{0301}", "ete"),
            ("\u{FEFF}Riyad", "riyad"),
            ("AOÛT", "aout"),
            ("Straße", "strasse"),
            ("Łódź", "lodz"),
            ("Ελλάδα", "ελλάδα"),
            ("الرياض", "الرياض"),
        ];
        let mut buffer = [0u8; 32];
        for (input, expected) in cases {
            assert_eq!(fold_str(input), expected, "folding {input:?}");
            assert_eq!(fold_into(input, &mut buffer), Some(expected.as_bytes()));
        }
        assert_eq!(fold_into("Émirats arabes unis", &mut [0u8; 8]), None);
        // A buffer that ends inside or right after a chunk of eight.
        assert_eq!(fold_into("ABCDEFGHIJ", &mut [0u8; 9]), None);
        assert_eq!(
            fold_into("ABCDEFGHIJ", &mut [0u8; 10]),
            Some(&b"abcdefghij"[..])
        );
        assert_eq!(fold_into("ABCDEFGH", &mut [0u8; 7]), None);
    }

    proptest::proptest! {
        /// Folding runs of ASCII at once (and Latin-1 letters by table) folds as folding
        /// character by character.
        #[test]
        fn runs_of_ascii_fold_as_their_characters(s in "([a-zA-Z0-9 ’'.-]|é|ÉTÉ|œ|ß|\u{301}|\u{AD}|[\u{C0}-\u{FF}]){0,40}") {
            let by_char: String = s
                .chars()
                .map(|c| match fold_char(c) {
                    Folded::Char(f) => f.to_string(),
                    Folded::Str(f) => f.to_string(),
                    Folded::Nothing => String::new(),
                })
                .collect();
            proptest::prop_assert_eq!(fold_str(&s), by_char.clone());
            let mut buffer = [0u8; 48];
            let fits = by_char.len() <= buffer.len();
            proptest::prop_assert_eq!(
                fold_into(&s, &mut buffer),
                fits.then_some(by_char.as_bytes())
            );
        }
    }
}
