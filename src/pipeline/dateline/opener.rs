//! The opener of a line: a place-like run of capitalised words, an agency in parentheses and a
//! separator ("NIAMEY (ANP) - ", "Abidjan, ", "Tripoli, Libye (PANA) -").

use super::head::{folded, Head};
use super::lines::is_byline_word;
use crate::lexicon::{is_weekday_word, PLACE_PARTICLES, SENTENCE_OPENERS};
use crate::text::blank::{blank, Blank};
use crate::text::fold_str;

/// A place-like opener at the start of a line: a run of capitalised words (up to five, joined
/// by a space or hyphen, with particles), an optional agency in parentheses, an optional
/// separator (`,`, `:`, dashes, `/`, or a bar between blanks), and the blanks after each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Opener<'l> {
    /// The place's byte range in the line.
    pub(super) place: (usize, usize),
    /// True when an agency in parentheses follows the place.
    pub(super) agency: bool,
    /// What the parentheses hold, in the line, when they follow the place.
    pub(super) parenthesised: Option<(usize, usize)>,
    /// The separator after them, if any.
    pub(super) separator: Option<&'l str>,
    /// Where the opener ends in the line.
    pub(super) end: usize,
}

/// The opener at the start of `line`, if the line starts with a capital (what the regex
/// `^(\p{Lu}(?:[\p{L}'’.]|-[\p{L}'’.])*(?:[ \-](?:\p{Lu}(?:[\p{L}'’]|-[\p{L}'’])*|de|du|…)){0,4})[ \t]*(\([^)\n]{1,40}\))?[ \t]*(,|:|[-–—]+|/)?[ \t]*`
/// matches, written by hand: it compiles in no time), and a second parenthesis with a letter
/// after the first ("Bangui (Centrafrique) (AFP) -"). A hyphen belongs to a word only before a
/// letter: "Niamey- Le" is the place "Niamey" and a dash.
pub(super) fn opener(line: &str) -> Option<Opener<'_>> {
    let word = |at: usize, dot: bool| -> Option<usize> {
        let rest = &line[at..];
        let first = rest.chars().next().filter(|c| c.is_uppercase())?;
        let inside = |c: char| {
            crate::text::boundary::is_letter(c) || matches!(c, '\'' | '’') || (dot && c == '.')
        };
        // Past the ASCII letters that follow (most of a word) byte by byte, then character by
        // character.
        let bytes = rest.as_bytes();
        let mut from = first.len_utf8();
        while bytes
            .get(from)
            .is_some_and(|&b| b.is_ascii_alphabetic() || b == b'\'' || (dot && b == b'.'))
        {
            from += 1;
        }
        let mut chars = rest[from..]
            .char_indices()
            .map(|(i, c)| (from + i, c))
            .peekable();
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            let goes_on =
                inside(c) || (c == '-' && chars.peek().is_some_and(|&(_, next)| inside(next)));
            if !goes_on {
                end = i;
                break;
            }
        }
        Some(at + end)
    };
    let mut end = word(0, true)?;
    for _ in 0..4 {
        let Some(after) = line[end..]
            .strip_prefix([' ', '-', '\u{a0}', '\u{202F}'])
            .map(|rest| line.len() - rest.len())
        else {
            break;
        };
        let next = word(after, false).or_else(|| {
            PLACE_PARTICLES
                .iter()
                .find(|p| line[after..].starts_with(*p))
                .map(|p| after + p.len())
        });
        match next {
            Some(next) => end = next,
            None => break,
        }
    }
    let place = (0, end);
    let blanks = |at: usize| {
        line.len()
            - line[at..]
                .trim_start_matches(|c| blank(c) == Blank::Space)
                .len()
    };
    let mut at = blanks(end);
    // (A parenthesis without a letter, "Série (2) –", is a part's number.)
    let lettered_agency = |at: usize| {
        agency_at(&line[at..]).filter(|&len| line[at..at + len].contains(char::is_alphabetic))
    };
    let mut agency = lettered_agency(at);
    // "Ouagadougou, (AIB) - …": a comma before the agency.
    if agency.is_none() && line[at..].starts_with(',') {
        let after_comma = blanks(at + 1);
        if let Some(len) = lettered_agency(after_comma) {
            let after = blanks(after_comma + len);
            if line[after..].starts_with(['-', '–', '—']) {
                at = after_comma;
                agency = Some(len);
            }
        }
    }
    let parenthesised = agency.map(|len| (at + 1, at + len - 1));
    if let Some(len) = agency {
        at = blanks(at + len);
        // "Bangui (Centrafrique) (AFP) -": the country, then the agency.
        if let Some(len) = lettered_agency(at) {
            at = blanks(at + len);
        }
    }
    let rest = &line[at..];
    // A dash garbled into " ? " by a wrong encoding ("Abidjan ? Le …"), or written " _ " by
    // a wire ("MONTRÉAL _ Québec …").
    let spaced = |mark: &str| at > end && rest.starts_with(mark);
    let separator_len =
        if rest.starts_with([',', '/', ':']) || spaced("? ") || spaced("_ ") || spaced("| ") {
            1
        } else {
            rest.len() - rest.trim_start_matches(['-', '–', '—']).len()
        };
    let separator = (separator_len > 0).then(|| match &rest[..separator_len] {
        "_" => "-",
        mark => mark,
    });
    Some(Opener {
        place,
        agency: agency.is_some(),
        parenthesised,
        separator,
        end: blanks(at + separator_len),
    })
}

/// The part of `line` an opener may read: the whole line, or up to a hyphen that glues a
/// word in capitals to a sentence's first word ("CONAKRY-Le ministère …", as scraped pages
/// join a dateline to its body), so that the place ends there and the hyphen is its dash.
/// Other hyphens join: "ADDIS-ABEBA", "Porto-Novo", an agency and its place "APA-Dakar".
pub(super) fn before_glued_body(line: &str) -> &str {
    let capitals = line
        .find(|c: char| !c.is_alphabetic())
        .filter(|&end| end > 1 && line[..end].chars().all(char::is_uppercase));
    let Some(end) = capitals else {
        return line;
    };
    let Some(after) = line[end..].strip_prefix('-') else {
        return line;
    };
    let word = &after[..after
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(after.len())];
    let glued = SENTENCE_OPENERS.contains(&word) || (word == "L" && elided_lowercase(&after[1..]));
    if glued {
        &line[..=end]
    } else {
        line
    }
}

/// True when `text` is an apostrophe and a word in lower case: "’armée" after "L" opens a
/// sentence; "’ÉTANG" (of "VILLEBON-L’ÉTANG") is a name in capitals.
fn elided_lowercase(text: &str) -> bool {
    text.strip_prefix(['\'', '’'])
        .is_some_and(|word| word.starts_with(char::is_lowercase))
}

/// The length of an agency in parentheses at the start of `text` ("(AFP)"), its parentheses
/// included: one to forty characters on one line.
pub(super) fn agency_at(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('(')?;
    // (Only the first forty-one characters are read: a line of many parentheses costs in
    // proportion to its length.)
    let (close, c) = inner
        .char_indices()
        .take(41)
        .find(|&(_, c)| c == ')' || c == '\n')?;
    (close > 0 && c == ')').then_some(close + 2)
}

/// True when the opener `found` of `line` (at input offset `start`) can make nothing of its
/// line, whatever its place: capitalised words inside the line, with no separator and no
/// agency after them ("Le ministre a …"), no full stop among them (no city before a full
/// stop) and no date right after them. Most lines of a body open so: their tests of a place
/// are skipped.
pub(super) fn opens_nothing(head: &Head<'_>, start: usize, line: &str, found: &Opener<'_>) -> bool {
    let rest = &line[found.end..];
    found.separator.is_none()
        && found.parenthesised.is_none()
        && found.end < line.len()
        && !line.as_bytes()[found.place.0..found.place.1]
            .windows(2)
            .any(|pair| pair == b". ")
        && head
            .date_at(start + found.end + (rest.len() - rest.trim_start().len()))
            .is_none()
}

/// True when `text` (an opener's place) is a byline: "Par Awa Diallo", "By Staff" (the
/// author of the page, no place).
pub(super) fn is_byline_text(text: &str) -> bool {
    text.split_once(|c| blank(c) == Blank::Space)
        .is_some_and(|(first, _)| is_byline_word(first))
}

/// True when `text`, a place's words, is a newspaper's rubric ("SÉCURITÉ", "Faits divers").
pub(super) fn is_rubric_text(text: &str) -> bool {
    text.len() <= 16 && may_be_a_rubric(text) && folded(text, crate::lexicon::is_rubric)
}

/// For each letter, the lengths of the rubrics that start with it (bit `n` for `n` bytes).
static RUBRIC_LENGTHS: [u32; 26] = {
    let mut lengths = [0u32; 26];
    let mut i = 0;
    while i < crate::lexicon::RUBRICS.len() {
        let rubric = crate::lexicon::RUBRICS[i].as_bytes();
        lengths[(rubric[0] - b'a') as usize] |= 1 << rubric.len();
        i += 1;
    }
    lengths
};

/// False when `text` (of 16 bytes at most) cannot fold to a rubric: it opens with a letter
/// of ASCII and is all ASCII (folding then keeps its length), and no rubric of its length
/// starts with that letter ("Le", "Niamey"). Most places are turned away here, unfolded.
fn may_be_a_rubric(text: &str) -> bool {
    let Some(first) = text.bytes().next().filter(u8::is_ascii_alphabetic) else {
        return true;
    };
    !text.is_ascii()
        || RUBRIC_LENGTHS[usize::from(first.to_ascii_lowercase() - b'a')] >> text.len() & 1 != 0
}

/// An unknown place is accepted when written in capitals, of three letters or more ("Q :" in
/// a transcript, "RD" are none), in at most three words or a hyphenated one, not
/// starting with an article ("NIAMEY", "ADDIS ABEBA"; not "LE MINISTRE DE LA DÉFENSE"), nor
/// named like an outlet ("XALIMANEWS", "ABIDJAN24"), nor one word shaped as an abstract noun
/// ("RÉTROSPECTIVE", "TERRORISME": a rubric).
pub(super) fn is_capitalised_place(place: &str) -> bool {
    // Most places are not in capitals: that first, before the words are split and counted.
    if !crate::gazetteer::is_all_caps(place) {
        return false;
    }
    let outlet = [
        "NEWS", "INFO", "INFOS", "PRESS", "PRESSE", "MEDIA", "MÉDIAS", "TV", "FM",
    ]
    .iter()
    .any(|e| place.ends_with(e) && place.len() > e.len())
        || place.ends_with(|c: char| c.is_ascii_digit());
    if outlet
        || place.chars().filter(|c| c.is_alphabetic()).count() < 3
        || is_an_abstract_noun(place)
    {
        return false;
    }
    // At most three words, the parts of a hyphenated name counted (a name of one word is any
    // of them: "SAINT-JEAN-SUR-RICHELIEU"), without an article first (counted without
    // collecting them).
    let mut words = place.split([' ', '-']).filter(|w| !w.is_empty());
    let first = words.next();
    (words.nth(2).is_none() || !place.contains(' '))
        && !matches!(
            first,
            Some("LE" | "LA" | "LES" | "UN" | "UNE" | "DES" | "AU" | "AUX")
        )
}

/// The endings, folded, of the French nouns of an action, a quality or a doctrine
/// ("coopération", "sécurité", "rétrospective", "terrorisme", "développement"), which no
/// place name has.
const ABSTRACT_NOUN_ENDINGS: [&str; 6] = ["tion", "sion", "ite", "isme", "ment", "ive"];

/// True when `word` (one word, in capitals) has the ending of an abstract noun, in the
/// singular or the plural.
fn is_an_abstract_noun(word: &str) -> bool {
    if word.contains([' ', '-']) {
        return false;
    }
    let folded = crate::text::fold_str(word);
    let singular = folded.strip_suffix('s').unwrap_or(&folded);
    ABSTRACT_NOUN_ENDINGS
        .iter()
        .any(|ending| singular.len() > ending.len() + 2 && singular.ends_with(ending))
}

/// True when `text` (a place's) names a day: a weekday or its abbreviation, in French or
/// English ("Fri", "Mardi"), a date line's, or a day told from today ("Aujourd'hui, le 18
/// février 2024, nous …", "Hier, …"): no place.
pub(super) fn names_a_day(text: &str) -> bool {
    // (Folding changes no ASCII byte but a capital, and a day's word is all letters, but for
    // an apostrophe or a hyphen: a place with a blank or a digit is none, unfolded.)
    let other =
        |b: &u8| b.is_ascii() && !b.is_ascii_alphabetic() && !matches!(b, b'.' | b'\'' | b'-');
    if text.as_bytes().iter().any(other) {
        return false;
    }
    let is_a_day = |folded: &str| {
        is_weekday_word(folded)
            || matches!(
                folded,
                "aujourd'hui" | "hier" | "demain" | "avant-hier" | "apres-demain"
            )
    };
    // (Folded on the stack: a place is short.)
    let mut buffer = [0u8; 32];
    match crate::text::fold::fold_into(text, &mut buffer).map(std::str::from_utf8) {
        Some(Ok(folded)) => is_a_day(folded),
        _ => is_a_day(&fold_str(text)),
    }
}

/// True when `text` (a place's) is a site's domain name ("NETTALI.COM - …", "Senego.net"): a
/// name, a dot and two to six ASCII letters that end it. ("St. Louis", "U.S.A." are none.)
pub(super) fn is_a_domain(text: &str) -> bool {
    text.rsplit_once('.').is_some_and(|(name, tld)| {
        (2..=6).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_alphabetic())
            && name.len() >= 2
            && name.ends_with(|c: char| c.is_alphanumeric())
    })
}

/// True when `name` opens with an article ("Le Figaro", "La Tribune", "L'Express"): no
/// unknown place does (those that do, "Le Caire", "La Haye", are known).
pub(super) fn opens_with_an_article(name: &str) -> bool {
    ["Le ", "La ", "Les ", "L'", "L’", "LE ", "LA ", "LES "]
        .iter()
        .any(|article| name.starts_with(article))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// An agency is one to forty characters in parentheses on one line, however far the
        /// text goes on: the same as the whole line searched for its closing parenthesis.
        #[test]
        fn an_agency_is_read_within_its_forty_characters(
            text in "\\(?([a-zé ]|\\(|\\)|\n|AFP|APS){0,50}",
        ) {
            let whole = text.strip_prefix('(').and_then(|inner| {
                let close = inner.find([')', '\n'])?;
                let chars = inner[..close].chars().count();
                ((1..=40).contains(&chars) && inner[close..].starts_with(')')).then_some(close + 2)
            });
            proptest::prop_assert_eq!(agency_at(&text), whole);
        }

        /// A text turned away by its first letter and length folds to no rubric.
        #[test]
        fn texts_turned_away_are_no_rubrics(
            text in "([A-Za-z ]|Sport|SANTE|Une|une|Focus|Info|É|é){0,6}",
        ) {
            let rubric = crate::lexicon::is_rubric(&crate::text::fold_str(&text));
            proptest::prop_assert!(may_be_a_rubric(&text) || !rubric);
        }
    }

    #[test]
    fn an_agency_has_one_to_forty_characters() {
        assert_eq!(agency_at("(AFP) - Le ministre"), Some(5));
        assert_eq!(agency_at(&format!("({}) -", "a".repeat(40))), Some(42));
        assert_eq!(agency_at(&format!("({}) -", "é".repeat(40))), Some(82));
        assert_eq!(agency_at(&format!("({}) -", "a".repeat(41))), None);
        assert_eq!(agency_at("() -"), None);
        assert_eq!(agency_at("(AFP\n) -"), None);
        assert_eq!(agency_at(&"(".repeat(10_000)), None);
    }

    #[test]
    fn every_rubric_may_be_one() {
        for rubric in crate::lexicon::RUBRICS {
            assert!(may_be_a_rubric(rubric), "{rubric}");
            assert!(may_be_a_rubric(&rubric.to_uppercase()), "{rubric}");
        }
    }
}
