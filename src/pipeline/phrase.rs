//! The grammar of the complements that names and offices run over: the words that end them,
//! the adjectives that go on them, and reading words and folded prefixes of the input. Shared
//! by titles (an office's portfolio) and organisations (a body's name by its shape).

use crate::text::boundary::{prefix, word_before};

/// The determiners, folded: "le", "la", "les", "un", "une", the possessives and demonstratives.
pub(super) fn is_determiner(folded: &str) -> bool {
    matches!(
        folded,
        "le" | "la"
            | "les"
            | "un"
            | "une"
            | "son"
            | "sa"
            | "ses"
            | "leur"
            | "leurs"
            | "ce"
            | "cet"
            | "cette"
            | "ces"
    )
}

/// True when the word before `at` of the folded text is an auxiliary (`auxiliary` tells
/// which), maybe with one adverb between: a negation, "déjà", "aussi", "bien", "ensuite",
/// "enfin", "toujours" or one in "-ment" ("ont déjà envoyé", "n'a pas été", "avait
/// récemment été"); `word` is the word before `at` (read once by the caller).
pub(super) fn after_auxiliary(
    folded: &str,
    at: usize,
    word: &str,
    auxiliary: impl Fn(&str) -> bool,
) -> bool {
    if auxiliary(word) {
        return true;
    }
    let adverb = matches!(
        word,
        "pas" | "jamais" | "deja" | "aussi" | "bien" | "ensuite" | "enfin" | "toujours"
    ) || (word.len() > 5 && word.ends_with("ment"));
    // (The adverb starts where it ends the trimmed text before `at`.)
    adverb
        && folded
            .get(..at)
            .unwrap_or("")
            .trim_end()
            .strip_suffix(word)
            .is_some_and(|rest| auxiliary(word_before(rest, rest.len())))
}

/// The forms of "avoir", folded, that make a compound tense ("a été", "avaient reçu").
pub(super) fn is_avoir(word: &str) -> bool {
    matches!(
        word,
        "a" | "ai"
            | "as"
            | "avons"
            | "avez"
            | "ont"
            | "avait"
            | "avaient"
            | "aura"
            | "auront"
            | "aurait"
            | "auraient"
            | "ayant"
            | "avoir"
    )
}

/// Words that never go on a complement (an office's portfolio, a body's name): verbs,
/// determiners, pronouns, prepositions and numbers
/// that end it ("le ministre de la Défense a reçu", "de la Défense lors de", "des sept"), and
/// the nouns of a post ("nommé par le Roi au poste de", "à la tête de").
pub(super) fn is_phrase_stop(folded: &str) -> bool {
    is_determiner(folded)
        || matches!(
            folded,
            "a" | "ont"
                | "est"
                | "sont"
                | "etait"
                | "sera"
                | "avait"
                | "qui"
                | "que"
                | "dont"
                | "ou"
                | "il"
                | "elle"
                | "ils"
                | "lors"
                | "dans"
                | "par"
                | "sur"
                | "avec"
                | "selon"
                | "apres"
                | "avant"
                | "depuis"
                | "pendant"
                | "entre"
                | "vers"
                | "deux"
                | "trois"
                | "quatre"
                | "cinq"
                | "six"
                | "sept"
                | "huit"
                | "neuf"
                | "dix"
                | "nouveau"
                | "nouvelle"
                | "nouveaux"
                | "meme"
                | "autre"
                | "autres"
                | "tout"
                | "tous"
                | "toute"
                | "plusieurs"
                | "chaque"
                | "cotes"
                | "sein"
                | "poste"
                | "postes"
                | "tete"
                | "fonctions"
                | "nom"
                | "cours"
                | "occasion"
                | "issue"
                | "fin"
                | "termes"
                | "concernant"
                | "portant"
                | "visant"
                | "comprenant"
                | "regroupant"
                // "… de la Communication et de celui des Transports": another one.
                | "celui"
                | "celle"
                | "ceux"
                | "celles"
        )
}

/// The number a word's ending tells: plural (true), singular (false), or unknown
/// ("français", "pays", "corps").
pub(super) fn grammatical_number(word: &str) -> Option<bool> {
    let ends = |w: &str| {
        word.len()
            .checked_sub(w.len())
            .and_then(|at| word.get(at..))
            .is_some_and(|tail| tail.eq_ignore_ascii_case(w))
    };
    if word.len() < 3 || ends("ais") || ends("z") {
        return None;
    }
    if ["pays", "corps", "secours", "processus"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    {
        return None;
    }
    Some(ends("s") || ends("x"))
}

/// Endings of the adjectives that may follow the noun of a portfolio ("Défense nationale",
/// "Affaires étrangères", "sécurité intérieure", "Anciens Combattants"), folded, then others
/// ("arabe", "civile", "terrestre", "militante", "islamiste", "conjoint", "permanent",
/// "restreint").
#[cfg(test)]
const ADJECTIVE_ENDINGS: [&str; 57] = [
    "al", "ale", "ales", "aux", "el", "elle", "elles", "els", "ique", "iques", "if", "ive", "ifs",
    "ives", "ien", "iens", "enne", "ennes", "ain", "aine", "aines", "ains", "ais", "aise", "ee",
    "ees", "aire", "aires", "eur", "eure", "eures", "ere", "eres", "ants", "abe", "abes", "ile",
    "iles", "estre", "estres", "ant", "ante", "antes", "iste", "istes", "oint", "ointe", "oints",
    "ointes", "anent", "anente", "anents", "anentes", "eint", "einte", "eints", "eintes",
];

/// True when a folded word looks like an adjective of a portfolio: longer than three bytes,
/// with one of the endings `ADJECTIVE_ENDINGS` lists (here by their last byte).
pub(super) fn adjective_like(folded: &str) -> bool {
    let bytes = folded.as_bytes();
    let Some(&last) = bytes.last() else {
        return false;
    };
    // Every ending is two bytes long at least: the one before the last is compared first.
    let any = |endings: &[&str]| {
        let before = bytes.get(bytes.len().wrapping_sub(2));
        endings
            .iter()
            .any(|e| e.as_bytes().get(e.len() - 2) == before && bytes.ends_with(e.as_bytes()))
    };
    bytes.len() > 3
        && match last {
            b'l' => any(&["al", "el"]),
            b'e' => any(&[
                "ale", "elle", "ique", "ive", "enne", "aine", "aise", "ee", "aire", "eure", "ere",
                "abe", "ile", "estre", "ante", "iste", "ointe", "anente", "einte",
            ]),
            b's' => any(&[
                "ales", "elles", "els", "iques", "ifs", "ives", "iens", "ennes", "aines", "ains",
                "ais", "ees", "aires", "eures", "eres", "ants", "abes", "iles", "estres", "antes",
                "istes", "oints", "ointes", "anents", "anentes", "eints", "eintes",
            ]),
            b'x' => any(&["aux"]),
            b'f' => any(&["if"]),
            b'n' => any(&["ien", "ain"]),
            b'r' => any(&["eur"]),
            b't' => any(&["ant", "oint", "anent", "eint"]),
            _ => false,
        }
}

/// True when `word` is a verb by what follows it (`rest`, from just after it): a determiner or
/// "que" opens its object or a clause ("le Secrétaire général rappelle que…"), and "à" the
/// complement of a present participle ("les chefs d'État participant à la réunion"; but
/// "directrice de l'intégration régionale à la Commission").
pub(super) fn verb_by_what_follows(word: &str, rest: &str) -> bool {
    let gap = gap(rest);
    // A capitalised word is a name's ("Relations Extérieures le colonel…"); in capitals
    // throughout, case tells nothing ("RAPPELLE QUE").
    let capitalised = crate::text::capitals::is_capitalised_in_lower_case(word);
    if gap == 0 || capitalised {
        return false;
    }
    let mut next = FoldedWord::of(word_at_start(&rest[gap..]));
    let mut rest = &rest[gap..];
    // "rappelle fermement que": an adverb between the verb and what follows it.
    if next.len() > 6 && next.ends_with("ment") {
        let after = &rest[word_at_start(rest).len()..];
        let gap = crate::text::blank::soft_gap(after);
        if gap == 0 {
            return false;
        }
        rest = &after[gap..];
        next = FoldedWord::of(word_at_start(rest));
    }
    let next_len = word_at_start(rest).len();
    if rest[next_len..].starts_with(['\'', '’']) {
        return matches!(next.as_str(), "l" | "qu");
    }
    let word = FoldedWord::of(word);
    let participle = word.ends_with("ant") || word.ends_with("ants");
    (next.as_str() == "que" || is_determiner(&next))
        || (participle
            && (matches!(next.as_str(), "au" | "aux")
                || (next.as_str() == "a" && crate::text::boundary::starts_with_grave(rest, 'a'))))
}

/// The connectors that open a group of a complement, folded, longest first: "de", its
/// articles and elision, and "à" with its articles.
pub(super) const CONNECTORS: [&str; 10] = [
    "de la ", "de l'", "des ", "du ", "de ", "d'", "a la ", "a l'", "aux ", "au ",
];

/// Two lists of words, one after the other (`C` is `A + B`), at compile time.
pub(super) const fn join<const A: usize, const B: usize, const C: usize>(
    a: [&'static str; A],
    b: [&'static str; B],
) -> [&'static str; C] {
    assert!(A + B == C, "the joined list holds both lists");
    let mut out = [""; C];
    let mut i = 0;
    while i < A {
        out[i] = a[i];
        i += 1;
    }
    while i < C {
        out[i] = b[i - A];
        i += 1;
    }
    out
}

/// The length of the white space that parts two words of one phrase at the start of `rest`
/// (spaces, tabs, no-break spaces, one line break at most: [`soft_gap`]); 0 when there is
/// none or a blank line.
pub(super) fn gap(rest: &str) -> usize {
    crate::text::blank::soft_gap(rest)
}

/// The word `text` starts with: letters and digits, with the hyphens inside
/// ("état-major"); an apostrophe ends it ("l'extérieur" is two words).
pub(super) fn word_at_start(text: &str) -> &str {
    use crate::text::boundary::{is_mark, is_word_char};
    // Byte by byte through ASCII (most words), then from a character outside it character by
    // character.
    let bytes = text.as_bytes();
    let mut ascii = 0;
    while bytes
        .get(ascii)
        .is_some_and(|&b| b.is_ascii_alphanumeric() || (ascii > 0 && b == b'-'))
    {
        ascii += 1;
    }
    if bytes.get(ascii).map_or(true, u8::is_ascii) {
        return &text[..ascii];
    }
    let end = text[ascii..]
        .char_indices()
        .map(|(i, c)| (ascii + i, c))
        .find(|&(i, c)| !(is_word_char(c) || (i > 0 && (c == '-' || is_mark(c)))))
        .map_or(text.len(), |(i, _)| i);
    &text[..end]
}

/// The first 48 bytes of `text`, folded (lower case, no accents, typographic apostrophes as
/// `'`), to compare with the folded openers and qualifiers.
pub(super) fn fold_head(text: &str) -> FoldedWord<'_> {
    FoldedWord::of(prefix(text, 24))
}

/// The folding of `word`, a word that starts at byte `at` of `head`, the folding of the text
/// it stands in ([`fold_head`]): read off `head` when the word is ASCII (it folds byte for
/// byte, to its lower case) and `head` holds it whole, so that it is not folded again; else
/// folded on its own.
#[inline]
pub(super) fn word_in_head<'a>(word: &'a str, head: &'a str, at: usize) -> FoldedWord<'a> {
    match head.get(at..at + word.len()) {
        Some(folded) if word.is_ascii() => FoldedWord::Same(folded),
        _ => FoldedWord::of(word),
    }
}

/// A short piece of text folded (the words and heads the grammar compares): the text itself
/// when folding would not change it (ASCII in lower case, single spaces), else folded on the
/// stack; empty when it does not fit.
#[derive(Clone, Copy)]
pub(super) enum FoldedWord<'a> {
    /// The text, already folded.
    Same(&'a str),
    /// The folded bytes and their length.
    Folded([u8; 64], usize),
}

impl<'a> FoldedWord<'a> {
    /// `text` folded (lower case, no accents, `'` for typographic apostrophes), each run of
    /// white space one space, up to a blank line.
    pub(super) fn of(text: &'a str) -> FoldedWord<'a> {
        let mut buffer = [0u8; 64];
        let len = match plain(text.as_bytes()) {
            Some(true) => return FoldedWord::Same(text),
            Some(false) => crate::text::fold::fold_into(text, &mut buffer).map_or(0, <[u8]>::len),
            None => fold_collapsing(text, &mut buffer),
        };
        FoldedWord::Folded(buffer, len)
    }

    /// The folded text.
    pub(super) fn as_str(&self) -> &str {
        match self {
            FoldedWord::Same(text) => text,
            // Folding gives whole characters, so the prefix is UTF-8.
            FoldedWord::Folded(bytes, len) => std::str::from_utf8(&bytes[..*len]).unwrap_or(""),
        }
    }
}

impl std::ops::Deref for FoldedWord<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        self.as_str()
    }
}

/// `Some` when `bytes` hold no white space to collapse nor a character that may be some: no
/// tab, line feed or carriage return, no byte `A0` (of a no-break space) nor from `E2` (the
/// first byte of the other spaces), no two spaces in a row; `Some(true)` when folding leaves
/// them as they are besides (ASCII, no capital). Eight bytes at a time.
fn plain(bytes: &[u8]) -> Option<bool> {
    use crate::text::swar::{in_range, load, HIGH_BITS};
    let mut at = 0;
    // The high bit of the first byte, when the byte before the chunk is a space.
    let mut after_space = 0;
    // The high bits of the bytes that folding changes or may change: capitals, not ASCII.
    let mut changed = 0;
    while let Some(x) = load(bytes, at) {
        let low = x & !HIGH_BITS;
        let (ascii, high) = (!x & HIGH_BITS, x & HIGH_BITS);
        let low_space = in_range(low, b' ', b' ');
        let spaces = low_space & ascii;
        let controls = (in_range(low, b'\t', b'\n') | in_range(low, b'\r', b'\r')) & ascii;
        let doubled = spaces & (spaces << 8 | after_space);
        // A0 and E2 to FF: the bytes above ASCII whose low seven bits are 20, or 62 and more.
        let spacing = (low_space | in_range(low, 0x62, 0x7F)) & high;
        if (controls | doubled | spacing) & HIGH_BITS != 0 {
            return None;
        }
        changed |= (high | in_range(low, b'A', b'Z') & ascii) & HIGH_BITS;
        after_space = spaces >> 56 & 0x80;
        at += 8;
    }
    let mut after_space = at > 0 && bytes[at - 1] == b' ';
    let mut same = changed == 0;
    for &b in &bytes[at..] {
        let doubled = b == b' ' && after_space;
        after_space = b == b' ';
        if matches!(b, b'\t' | b'\n' | b'\r' | 0xA0) || b >= 0xE2 || doubled {
            return None;
        }
        same &= b.is_ascii() && !b.is_ascii_uppercase();
    }
    Some(same)
}

/// Folds `text` into `buffer` with each run of white space one space, up to a blank line or
/// the buffer's end; returns the length written. ASCII (most characters) is written byte by
/// byte, the other characters through [`fold_char`](crate::text::fold_char).
fn fold_collapsing(text: &str, buffer: &mut [u8; 64]) -> usize {
    use crate::text::blank::{blank, Blank};
    use crate::text::{fold_char, Folded};
    let mut len = 0;
    let mut breaks = 0;
    let mut in_run = false;
    for c in text.chars() {
        match blank(c) {
            Blank::No => {
                in_run = false;
                breaks = 0;
                if c.is_ascii() {
                    let Some(slot) = buffer.get_mut(len) else {
                        break;
                    };
                    *slot = (c as u8).to_ascii_lowercase();
                    len += 1;
                    continue;
                }
                let mut utf8 = [0u8; 4];
                let piece: &[u8] = match fold_char(c) {
                    Folded::Char(f) => f.encode_utf8(&mut utf8).as_bytes(),
                    Folded::Str(f) => f.as_bytes(),
                    Folded::Nothing => b"",
                };
                let Some(room) = buffer.get_mut(len..len + piece.len()) else {
                    break;
                };
                room.copy_from_slice(piece);
                len += piece.len();
            }
            // A run of white space folds to one space (its first character) and nothing (the
            // others).
            kind => {
                breaks += usize::from(kind == Blank::Break);
                if breaks > 1 {
                    break;
                }
                if !in_run {
                    let Some(slot) = buffer.get_mut(len) else {
                        break;
                    };
                    *slot = b' ';
                    len += 1;
                }
                in_run = true;
            }
        }
    }
    len
}

/// The length in `text` of the characters whose folded forms (white space collapsed as
/// [`FoldedWord::of`] does) make the first `folded_len` bytes of its folding.
pub(super) fn input_len_of_folded(text: &str, folded_len: usize) -> usize {
    ascii_len_of_folded(text, folded_len).unwrap_or_else(|| input_len_by_chars(text, folded_len))
}

/// [`input_len_of_folded`] when the prefix is ASCII (each byte folds to one) with no white
/// space to collapse: `folded_len` itself; `None` when it is not, or a run of white space may
/// go on past it.
fn ascii_len_of_folded(text: &str, folded_len: usize) -> Option<usize> {
    // The ASCII white space that `blank` tells apart (tab, line feed, vertical tab, form
    // feed, carriage return).
    let controls = |b: u8| matches!(b, b'\t'..=b'\r');
    let bytes = text.as_bytes();
    let mut after_space = false;
    for &b in bytes.get(..folded_len)? {
        if !b.is_ascii() || controls(b) || (b == b' ' && after_space) {
            return None;
        }
        after_space = b == b' ';
    }
    match bytes.get(folded_len) {
        Some(&b) if after_space && (!b.is_ascii() || b == b' ' || controls(b)) => None,
        _ => Some(folded_len),
    }
}

/// [`input_len_of_folded`] character by character.
fn input_len_by_chars(text: &str, folded_len: usize) -> usize {
    use crate::text::blank::{blank, Blank};
    let mut folded = 0;
    let mut in_run = false;
    for (i, c) in text.char_indices() {
        // Past the prefix, but not inside a run of white space it ends with.
        if folded >= folded_len && !(in_run && blank(c) != Blank::No) {
            return i;
        }
        if blank(c) != Blank::No {
            folded += usize::from(!in_run);
            in_run = true;
            continue;
        }
        in_run = false;
        folded += match crate::text::fold_char(c) {
            crate::text::Folded::Char(f) => f.len_utf8(),
            crate::text::Folded::Str(f) => f.len(),
            crate::text::Folded::Nothing => 0,
        };
    }
    text.len()
}

/// True when `folded` starts with the word `word` (no letter glued after it).
pub(super) fn starts_with_word(folded: &str, word: &str) -> bool {
    folded.starts_with(word) && !folded[word.len()..].starts_with(|c: char| c.is_alphanumeric())
}

/// True when `text` starts with "à" (composed, or "a" and a combining grave), the preposition
/// and not the verb "a".
pub(super) fn starts_with_a_grave(text: &str) -> bool {
    crate::text::boundary::starts_with_grave(text, 'a')
}

/// True when `text` may start a qualifier of an office or an opener of a complement ("de",
/// "des", "d'", "à", "au", "aux", "auprès", "chargé", "contre", "en", "et", "pour", "par
/// intérim", "sur", "spécial", "adjoint", "délégué", "exécutif", "principal", "a.i."…): its
/// first letter, before anything is folded.
pub(super) fn may_open(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) => {
            matches!(b | 0x20, b'a' | b'c' | b'd' | b'e' | b'p' | b's') || starts_with_a_grave(text)
        }
        None => false,
    }
}

/// The first of `list` that `folded` starts with, comparing first bytes before anything else.
pub(super) fn first_prefix<'l>(folded: &str, list: &'l [&'l str]) -> Option<&'l &'l str> {
    let first = *folded.as_bytes().first()?;
    list.iter()
        .find(|o| o.as_bytes().first() == Some(&first) && folded.starts_with(**o))
}

/// Where the next word of a group starts: at `end` for its first word, past one soft gap for
/// the others; `None` where no gap parts them (punctuation, a blank line).
pub(super) fn next_in_group(input: &str, end: usize, limit: usize, first: bool) -> Option<usize> {
    if first {
        return Some(end);
    }
    let blank = gap(&input[end..limit]);
    (blank > 0).then_some(end + blank)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_auxiliary_before_maybe_across_one_adverb() {
        let after = |folded: &str| {
            let at = folded.len();
            after_auxiliary(folded, at, word_before(folded, at), is_avoir)
        };
        for yes in [
            "il a ",
            "ils ont deja ",
            "n'a pas ",
            "avait recemment ",
            "l'ayant ",
        ] {
            assert!(after(yes), "{yes}");
        }
        for no in ["", "la ", "il est ", "ont bien deja ", "le deploiement "] {
            assert!(!after(no), "{no}");
        }
    }

    proptest::proptest! {
        /// Eight bytes at a time, as byte by byte.
        #[test]
        fn plain_text_as_byte_by_byte(text in "([a-zA-Z .'-]|\t|\n|\r|\u{a0}|\u{202f}|’|é|É|ß|\u{b}|\u{c}){0,40}") {
            let bytes = text.as_bytes();
            let by_bytes = !bytes.windows(2).any(|pair| pair == b"  ")
                && !bytes.iter().any(|&b| matches!(b, b'\t' | b'\n' | b'\r' | 0xA0) || b >= 0xE2);
            let same = bytes.iter().all(|&b| b.is_ascii() && !b.is_ascii_uppercase());
            proptest::prop_assert_eq!(plain(bytes), by_bytes.then_some(same));
        }

        /// By the last byte, as ending by ending.
        #[test]
        fn adjectives_by_last_byte_as_by_endings(word in "[a-z]{0,3}(al|ale|e|el|ique|ifs|ien|aine|ais|ees|eur|ant|antes|iste|abe|ile|estre|oint|anent|eint|s|x|n|r|t|f|l){0,2}") {
            let by_endings = word.len() > 3 && ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e));
            proptest::prop_assert_eq!(adjective_like(&word), by_endings);
        }

        /// Through ASCII at once, as character by character.
        #[test]
        fn input_len_of_folded_as_by_characters(text in "([a-zA-Z .'-]|\t|\n|\r|\u{b}|\u{c}|\u{a0}|\u{202f}|’|é|\u{301}){0,24}", n in 0usize..26) {
            if let Some(len) = ascii_len_of_folded(&text, n) {
                proptest::prop_assert_eq!(len, input_len_by_chars(&text, n));
            }
        }

        /// A word read off the head it stands in, as folded on its own.
        #[test]
        fn words_in_heads_as_folded_alone(
            opener in "(de la|De  la|DE LA|d'|D’|aux|Au)( |\n|\t|\u{a0}|  )",
            rest in "([a-zA-Z0-9 .'-]|é|É|ß|\u{301}|’|\n){0,30}",
        ) {
            let text = format!("{opener}{rest}");
            let head = fold_head(&text);
            let head = head.as_str();
            let opener = ["de la ", "d'", "aux ", "au "];
            if let Some(o) = opener.into_iter().find(|o| head.starts_with(o)) {
                let at = input_len_of_folded(&text, o.len());
                let word = word_at_start(&text[at..]);
                let (read, alone) = (word_in_head(word, head, o.len()), FoldedWord::of(word));
                proptest::prop_assert_eq!(read.as_str(), alone.as_str());
            }
        }

        /// Byte by byte through ASCII, as character by character.
        #[test]
        fn words_at_start_as_by_characters(text in "([a-zA-Z0-9 .'-]|é|\u{301}|’|ß){0,20}") {
            use crate::text::boundary::{is_mark, is_word_char};
            let end = text
                .char_indices()
                .find(|&(i, c)| !(is_word_char(c) || (i > 0 && (c == '-' || is_mark(c)))))
                .map_or(text.len(), |(i, _)| i);
            proptest::prop_assert_eq!(word_at_start(&text), &text[..end]);
        }
    }
}
