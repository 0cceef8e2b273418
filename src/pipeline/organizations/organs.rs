//! Organs: the nouns that join the organisation after them with a connector ("Conseil de
//! sécurité de l'Union africaine", "secrétariat général de l'IMCTC"), read from the input.

use crate::lexicon::OF_CONNECTORS_INSIDE;
use crate::text::blank::{phrase_before, strip_soft_gap_end};
use crate::text::boundary::{self, floor_char_boundary};

/// Nouns of organs: they join the organisation that follows them. Those in lower case but
/// "secrétariat" only with an adjective of their kind and after no indefinite determiner
/// ("la direction générale de la Garde nationale", not "une commission de l'ONU" nor "le
/// commandement de Daech"), see [`organ_before`].
const ORGANS: [&str; 30] = [
    "Conseil",
    "Commandement",
    "commandement",
    "direction",
    "commission",
    "conseil",
    "comité",
    "département",
    "Commission",
    "Centre",
    "Comité",
    "Assemblée",
    "Département",
    "Direction",
    "Bureau",
    "Parlement",
    "Cour",
    "Division",
    "Cellule",
    "Agence",
    "Académie",
    "Collège",
    "Institut",
    "Observatoire",
    "Secrétariat",
    "secrétariat",
    "Haut-Commissariat",
    "État-major",
    "Etat-major",
    "Délégation",
];

/// False when the word whose bytes are `bytes` is told by its first two to be none of the
/// [`ORGANS`] nor the summit's "conférence": they open none of them ("Le", "Mali", "des";
/// "de" and "des" pass, and their length tells them).
fn may_be_organ(bytes: &[u8]) -> bool {
    // (The second byte in lower case: "CONFÉRENCE", "Conseil" alike. An accent is a byte
    // outside ASCII, composed or combining: "Dé", "De\u{301}".)
    let [first, second, ..] = *bytes else {
        return false;
    };
    matches!(
        (first, second.to_ascii_lowercase()),
        (b'C', b'o' | b'e')
            | (b'A', b's' | b'g' | b'c')
            | (b'D' | b'd', b'i' | b'e' | 0xC3)
            | (b'B', b'u')
            | (b'P', b'a')
            | (b'I', b'n')
            | (b'O', b'b')
            | (b'S' | b's', b'e')
            | (b'H', b'a')
            | (b'E', b't' | 0xCC)
            | (b'c', b'o')
            | (0x80..=0xFF, _)
    )
}

/// Endings of the adjectives that tell an organ in lower case by its rank or its kind
/// ("générale", "militaire", "exécutif", "permanent", "directeur"), not its nationality.
const KIND_ENDINGS: [&str; 15] = [
    "al", "ale", "aux", "ales", "if", "ive", "ifs", "ives", "aire", "aires", "el", "elle", "ent",
    "ente", "eur",
];

/// Endings of the adjectives that may follow an organ noun ("Conseil exécutif", "Commission
/// nationale", "Centre africain").
const ADJECTIVE_ENDINGS: [&str; 30] = [
    "al", "ale", "aux", "ales", "ique", "iques", "if", "ive", "ifs", "ives", "ien", "ienne", "éen",
    "éenne", "ain", "aine", "ais", "aise", "ois", "oise", "é", "ée", "aire", "el", "elle", "ent",
    "ente", "ant", "ante", "eur",
];

/// [`OF_CONNECTORS_INSIDE`] as the last bytes of a little-endian `u64` (the last byte the
/// highest): `(mask, bytes, length)`; all are eight bytes long at most.
const CONNECTOR_TAILS: [(u64, u64, usize); 8] = {
    let mut tails = [(0, 0, 0); 8];
    let mut k = 0;
    while k < 8 {
        let c = OF_CONNECTORS_INSIDE[k].as_bytes();
        let skip = 8 - c.len();
        let mut value = 0u64;
        let mut j = 0;
        while j < c.len() {
            value |= (c[j] as u64) << (8 * (skip + j));
            j += 1;
        }
        tails[k] = (!0u64 << (8 * skip), value, c.len());
        k += 1;
    }
    tails
};

/// The last eight bytes of `bytes`, ASCII lower-cased, zeros before them when there are fewer.
fn last_eight_lowered(bytes: &[u8]) -> [u8; 8] {
    let mut last = [0u8; 8];
    match bytes.len().checked_sub(8) {
        Some(at) => last.copy_from_slice(&bytes[at..]),
        None => last[8 - bytes.len()..].copy_from_slice(bytes),
    }
    last.make_ascii_lowercase();
    last
}

/// The length of the first connector of [`CONNECTOR_TAILS`] that the bytes of `word` end
/// with.
fn connector_tail(word: u64) -> Option<usize> {
    CONNECTOR_TAILS
        .iter()
        .find(|&&(mask, value, _)| word & mask == value)
        .map(|&(_, _, len)| len)
}

/// True when the bytes of `word` hold a blank other than one space: a byte from 9 to 13 (tab,
/// line breaks), a space after a space, or a no-break space (C2 A0). Eight bytes at once,
/// exactly: every sum is of bytes below 0x80, so none carries.
fn has_odd_blank(word: u64) -> bool {
    use crate::text::swar::{splat, HIGH_BITS};
    let low = word & !HIGH_BITS;
    // The bytes equal to `b`: the zeros of `word ^ splat(b)`.
    let equal = |b: u8| {
        let y = word ^ splat(b);
        !((y & !HIGH_BITS).wrapping_add(!HIGH_BITS) | y) & HIGH_BITS
    };
    let controls =
        low.wrapping_add(splat(0x80 - 9)) & !low.wrapping_add(splat(0x7F - 13)) & !word & HIGH_BITS;
    let spaces = equal(b' ');
    controls | (spaces & spaces << 8) | (equal(0xA0) & equal(0xC2) << 8) != 0
}

/// The connector of [`OF_CONNECTORS_INSIDE`] that `text` ends with, the first in their order.
pub(super) fn ends_with_connector(text: &str) -> Option<usize> {
    connector_at_end(text).map(|(len, _)| len)
}

/// [`ends_with_connector`], and whether the connector was read as written off the last bytes
/// alone: then any text that ends with the same bytes, as long as the connector, ends with it.
pub(super) fn connector_at_end(text: &str) -> Option<(usize, bool)> {
    // The last eight bytes (the longest connector's), lower-cased, at the end of a `u64`
    // (zeros before a shorter text: no connector holds one); a connector starts with a
    // space, so a match ends on a character boundary.
    let last = last_eight_lowered(text.as_bytes());
    if let Some(len) = connector_tail(u64::from_le_bytes(last)) {
        return Some((len, true));
    }
    // Spaces other than one: the connector over runs of white space ("de  la\n").
    // Only when the last bytes hold a blank other than one space.
    if !has_odd_blank(u64::from_le_bytes(last)) {
        return None;
    }
    let lower = &last[8 - text.len().min(8)..];
    // A connector's last word before the blanks: "la", "du", "de", "des", or an elision.
    let kept = lower.len()
        - lower
            .iter()
            .rev()
            .take_while(|b| matches!(b, b' ' | 9..=13 | 0xA0 | 0xC2))
            .count();
    let last = &lower[..kept];
    if !(last.ends_with(b"la")
        || last.ends_with(b"du")
        || last.ends_with(b"de")
        || last.ends_with(b"des")
        || last.ends_with(b"'")
        || last.ends_with("’".as_bytes()))
    {
        return None;
    }
    let tail = &text[floor_char_boundary(text, text.len().saturating_sub(32))..];
    let lower = tail.to_ascii_lowercase();
    OF_CONNECTORS_INSIDE
        .iter()
        .find_map(|c| phrase_before(&lower, c))
        .map(|len| (len, false))
}

/// [`BYTE_CLASSES`]: an ASCII letter, an apostrophe or a hyphen.
const WORD_BYTE: u8 = 0;
/// [`BYTE_CLASSES`]: a space or an ASCII control of white space (9 to 13).
const BLANK_BYTE: u8 = 1;
/// [`BYTE_CLASSES`]: a byte outside ASCII.
const HIGH_BYTE: u8 = 2;
/// [`BYTE_CLASSES`]: any other ASCII byte.
const OTHER_BYTE: u8 = 3;

/// The class of every byte, as [`organ_before`] reads words back.
const BYTE_CLASSES: [u8; 256] = {
    let mut classes = [OTHER_BYTE; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        classes[b] = if byte.is_ascii_alphabetic() || byte == b'\'' || byte == b'-' {
            WORD_BYTE
        } else if byte == b' ' || (byte >= 9 && byte <= 13) {
            BLANK_BYTE
        } else if byte >= 0x80 {
            HIGH_BYTE
        } else {
            OTHER_BYTE
        };
        b += 1;
    }
    classes
};

/// The start of an organ phrase that ends with a connector at `end` ("Conseil de sécurité de
/// l'", "secrétariat général de l'"), within `from..end`: an organ noun, then words that
/// start with a connector, a capital or an adjective's ending (so no verb: "le Conseil salue
/// les efforts du G5 Sahel" is no organ), at most eight of them, and no punctuation;
/// `connector` is the length of the connector ([`ends_with_connector`] of `input[from..end]`).
pub(super) fn organ_before(
    input: &str,
    from: usize,
    end: usize,
    connector: usize,
) -> Option<usize> {
    let before = &input[from..end];
    let phrase = &before[..before.len() - connector];
    // Words from the end, at most nine (the organ noun and eight more), while they are words.
    let mut words: [(usize, &str); 9] = [(0, ""); 9];
    let mut n = 0;
    // (The connector holds one blank before it: the others end the phrase.)
    let mut end = strip_soft_gap_end(phrase).map_or(phrase.len(), str::len);
    'words: while n < 9 {
        // Back to the last blank (a byte of ASCII white space, or the end of a no-break space,
        // C2 A0; an A0 after another byte ends a letter, "à") over the word's bytes, once: an
        // ASCII byte that is no letter, apostrophe nor hyphen ends the phrase there, and a
        // word with a byte outside ASCII has its characters read when it is whole.
        let bytes = phrase.as_bytes();
        let mut start = end;
        let mut ascii = true;
        while start > 0 {
            // (By the byte's class, one load: most bytes are a word's.)
            match BYTE_CLASSES[usize::from(bytes[start - 1])] {
                WORD_BYTE => {}
                BLANK_BYTE => break,
                HIGH_BYTE if bytes[start - 1] == 0xA0 && start >= 2 && bytes[start - 2] == 0xC2 => {
                    break
                }
                HIGH_BYTE => ascii = false,
                _ => break 'words,
            }
            start -= 1;
        }
        let w = &phrase[start..end];
        let letters = ascii
            || w.chars()
                .all(|c| boundary::is_letter(c) || matches!(c, '\'' | '’' | '-'));
        if w.is_empty() || !letters {
            break;
        }
        words[n] = (start, w);
        n += 1;
        if start == 0 {
            break;
        }
        // The white space before the word, one line break at most: most often one space after
        // a visible character of ASCII.
        if bytes[start - 1] == b' ' && (start == 1 || bytes[start - 2].is_ascii_graphic()) {
            end = start - 1;
            continue;
        }
        match strip_soft_gap_end(&phrase[..start]) {
            Some(head) => end = head.len(),
            None => break,
        }
    }
    let words = &words[..n];
    // The farthest organ noun whose next word may complete it.
    let mut found = None;
    for (k, &(i, w)) in words.iter().enumerate() {
        // Most words are told by their first two bytes.
        if !may_be_organ(w.as_bytes()) {
            continue;
        }
        // The supreme organ of every regional organisation, in any case: "conférence des
        // chefs d'État et de gouvernement de la CEDEAO".
        // (The words after it first: folding allocates.)
        let summit = w.len() >= 10
            && w.as_bytes()[0].eq_ignore_ascii_case(&b'c')
            && k >= 2
            && words[k - 1].1.eq_ignore_ascii_case("des")
            && words[k - 2].1.eq_ignore_ascii_case("chefs")
            && crate::text::fold_str(w) == "conference";
        if !is_organ(w) && !summit {
            continue;
        }
        // An organ in lower case is one organisation's with an adjective of its kind ("la
        // direction générale de …", "le comité militaire de …"; "le commandement de Daech" is
        // its leaders), after no indefinite determiner ("une commission de l'ONU" is any).
        if w.starts_with(char::is_lowercase) && !summit && !w.starts_with('s') {
            let kind = k
                .checked_sub(1)
                .is_some_and(|j| KIND_ENDINGS.iter().any(|e| words[j].1.ends_with(e)));
            let indefinite = words.get(k + 1).is_some_and(|&(_, d)| {
                [
                    "un",
                    "une",
                    "plusieurs",
                    "chaque",
                    "toute",
                    "tout",
                    "cette",
                    "ce",
                ]
                .iter()
                .any(|i| d.eq_ignore_ascii_case(i))
            });
            if !kind || indefinite {
                continue;
            }
        }
        let next_ok = match k.checked_sub(1).map(|j| words[j].1) {
            None => true,
            Some(next) => {
                let lower = next.to_lowercase();
                matches!(lower.as_str(), "de" | "des" | "du" | "pour")
                    || lower.starts_with("d'")
                    || lower.starts_with("d’")
                    || next.starts_with(char::is_uppercase)
                    || ADJECTIVE_ENDINGS.iter().any(|e| lower.ends_with(e))
            }
        };
        if next_ok {
            found = Some(from + i);
        }
    }
    found
}

/// True when `w` is one of the [`ORGANS`], its accents written as letters or as combining
/// marks ("Comite\u{301}").
fn is_organ(w: &str) -> bool {
    // Most words are told by their first two bytes (a mark or a letter outside ASCII is no
    // ASCII byte), or their length: the shortest organ, "Cour", has four.
    if w.len() < 4 || !may_be_organ(w.as_bytes()) {
        return false;
    }
    // Letter by letter, the marks left out: same letter once folded, same case.
    let same = |o: &str| {
        let mut letters = w.chars().filter(|&c| !boundary::is_mark(c));
        o.chars().all(|a| {
            letters.next().is_some_and(|b| {
                crate::text::fold_char(a) == crate::text::fold_char(b)
                    && a.is_uppercase() == b.is_uppercase()
            })
        }) && letters.next().is_none()
    };
    ORGANS.contains(&w)
        || (!w.is_ascii() && w.contains(boundary::is_mark) && ORGANS.iter().any(|o| same(o)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`ends_with_connector`]'s first test, one connector after another.
    fn ends_with_connector_by_slices(text: &str) -> Option<usize> {
        let lower = text.to_ascii_lowercase();
        OF_CONNECTORS_INSIDE
            .iter()
            .find(|c| lower.ends_with(*c))
            .map(|c| c.len())
    }

    proptest::proptest! {
        /// The blanks other than one space are seen eight bytes at once as byte by byte.
        #[test]
        fn odd_blanks_as_byte_by_byte(
            bytes in proptest::array::uniform8(proptest::sample::select(vec![
                0u8, 8, 9, 10, 13, 14, b' ', b'!', b'a', b'A', 0x7F, 0x80, 0x89, 0x8D, 0xA0,
                0xA9, 0xC2, 0xC3, 0xE2, 0xFF,
            ]))
        ) {
            let odd = |i: usize| {
                let previous = i.checked_sub(1).map(|p| bytes[p]);
                matches!(bytes[i], 9..=13)
                    || (bytes[i] == b' ' && previous == Some(b' '))
                    || (bytes[i] == 0xA0 && previous == Some(0xC2))
            };
            proptest::prop_assert_eq!(has_odd_blank(u64::from_le_bytes(bytes)), (0..8).any(odd));
        }

        /// A connector is read off the last eight bytes as by comparing them one by one.
        #[test]
        fn connectors_end_texts_as_by_slices(text in "[ a-zA-Z'’\\n]{0,4}( [dD][eEuU][sS]?( [lL][aA'’]?)?|d’)? ?") {
            let last = last_eight_lowered(text.as_bytes());
            proptest::prop_assert_eq!(
                connector_tail(u64::from_le_bytes(last)),
                ends_with_connector_by_slices(&text)
            );
        }
    }

    #[test]
    fn the_conference_of_heads_of_state_in_any_case() {
        use super::super::tests::organizations;
        assert_eq!(
            organizations(
                "La session de la conférence des chefs d'État et de gouvernement de l'UEMOA."
            ),
            ["conférence des chefs d'État et de gouvernement de l'UEMOA"]
        );
        assert_eq!(
            organizations("Une conférence de presse de l'UEMOA a suivi."),
            ["UEMOA"]
        );
        // In capitals too.
        assert_eq!(
            organizations(
                "Le sommet a eu lieu.\n\nLA CONFÉRENCE DES CHEFS D'ÉTAT ET DE GOUVERNEMENT DE \
                 L'UEMOA S'EST TENUE À DAKAR."
            ),
            ["CONFÉRENCE DES CHEFS D'ÉTAT ET DE GOUVERNEMENT DE L'UEMOA"]
        );
    }

    #[test]
    fn organs_in_lower_case_by_their_kind_with_the_nationality_of_their_organisation() {
        use super::super::tests::organizations;
        assert_eq!(
            organizations(
                "La direction générale de la Garde nationale recrute; le commandement général \
                 des Forces armées royales marocaines dément; le comité militaire de l'UE siège."
            ),
            [
                "direction générale de la Garde nationale",
                "commandement général des Forces armées royales marocaines",
                "comité militaire de l'UE",
            ]
        );
        // No kind, or any of them: the organisation alone; a head in lower case is never
        // one alone ("le commandement général" later).
        assert_eq!(
            organizations(
                "Le commandement de l'Armée de terre et une commission générale de l'UA; le \
                 commandement général a confirmé."
            ),
            ["Armée de terre", "UA"]
        );
    }

    #[test]
    fn organs_in_either_unicode_form_and_no_other_word() {
        for organ in ORGANS {
            assert!(is_organ(organ), "{organ}");
        }
        for organ in ["Comite\u{301}", "E\u{301}tat-major", "secre\u{301}tariat"] {
            assert!(is_organ(organ), "{organ}");
        }
        for word in [
            "", "conseils", "Conseils", "3", "-Conseil", "Etat", "comite", "cellule",
        ] {
            assert!(!is_organ(word), "{word}");
        }
    }

    #[test]
    fn connectors_in_any_case() {
        assert_eq!(
            ends_with_connector("Conseil de sécurité DE L’"),
            Some(" de l’".len())
        );
        assert_eq!(ends_with_connector("Commission de l'"), Some(6));
        assert_eq!(ends_with_connector("membres De La "), Some(7));
        assert_eq!(ends_with_connector("membres de  la\n"), Some(8));
        assert_eq!(ends_with_connector("membres de\n\nla "), None);
        assert_eq!(ends_with_connector("Secrétariat général des "), Some(5));
        assert_eq!(ends_with_connector("é du "), Some(4));
        assert_eq!(ends_with_connector("du "), None);
        assert_eq!(ends_with_connector("Conseil"), None);
        assert_eq!(ends_with_connector(""), None);
    }
}
