//! The head's lines read cheaply: each line found by `memchr`, its words counted eight bytes
//! at a time, up to the body's.

use super::head::folded;
use super::{BODY_WORDS, WRAPPED_LINE};
use crate::text::blank::{blank, Blank};

/// The lines of `text`, each with its line feed: `text.split_inclusive('\n')`, each line's
/// end found by `memchr` (no searcher set up for each line).
pub(super) fn lines_with_feeds(text: &str) -> impl Iterator<Item = &str> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= text.len() {
            return None;
        }
        let end = memchr::memchr(b'\n', &text.as_bytes()[at..]).map_or(text.len(), |i| at + i + 1);
        let line = &text[at..end];
        at = end;
        Some(line)
    })
}

/// The words of `line` (runs of characters other than white space), counted up to
/// [`BODY_WORDS`]: `line.split_whitespace().take(BODY_WORDS).count()`, read eight bytes at a
/// time up to a byte that may open white space outside ASCII (`0xC2`, `0xE0`-`0xE3`: only
/// that character is decoded), without an iterator per word.
pub(super) fn words_up_to_body(line: &str) -> usize {
    use crate::text::swar;
    let bytes = line.as_bytes();
    // Whether the byte before `i` is white space (or the line's start).
    let (mut words, mut after_space, mut i) = (0, true, 0);
    while i < bytes.len() {
        if let Some(chunk) = swar::load(bytes, i) {
            // Eight bytes of ASCII (most of a line): no lead byte to look for, nothing to mask.
            if chunk & swar::HIGH_BITS == 0 {
                let space = (swar::in_range(chunk, 0x09, 0x0D) | swar::in_range(chunk, b' ', b' '))
                    & swar::HIGH_BITS;
                let before = space << 8 | u64::from(after_space) << 7;
                words += count_flagged(!space & swar::HIGH_BITS & before);
                if words >= BODY_WORDS {
                    return BODY_WORDS;
                }
                after_space = space >> 63 != 0;
                i += 8;
                continue;
            }
            // The bytes before the first lead byte of white space outside ASCII; every other
            // byte outside ASCII is part of a character that is no white space.
            let n = swar::first(may_lead_white_space(chunk)).unwrap_or(8);
            let ascii = chunk & !swar::HIGH_BITS;
            let space = (swar::in_range(ascii, 0x09, 0x0D) | swar::in_range(ascii, b' ', b' '))
                & !chunk
                & swar::HIGH_BITS
                & swar::first_bytes(n);
            // A word starts at each byte other than white space after one that is.
            let before = space << 8 | u64::from(after_space) << 7;
            let starts = !space & swar::HIGH_BITS & swar::first_bytes(n) & before;
            words += count_flagged(starts);
            if words >= BODY_WORDS {
                return BODY_WORDS;
            }
            if n > 0 {
                after_space = space >> (8 * n - 1) & 1 != 0;
                i += n;
                continue;
            }
        }
        let b = bytes[i];
        let (space, len) = if b.is_ascii() {
            (matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r'), 1)
        } else if b < 0xC0 {
            // The rest of a character read eight bytes at a time: no white space.
            (false, 1)
        } else {
            line[i..]
                .chars()
                .next()
                .map_or((true, 1), |c| (c.is_whitespace(), c.len_utf8()))
        };
        if !space && after_space {
            words += 1;
            if words == BODY_WORDS {
                return words;
            }
        }
        after_space = space;
        i += len;
    }
    words
}

/// How many bytes of `mask` are flagged (high bits only): the flags moved to the bytes' low
/// bits and summed into the top byte by one multiplication (a sum of eight at most carries
/// nowhere), not a population count the baseline processor lacks.
#[inline]
fn count_flagged(mask: u64) -> usize {
    use crate::text::swar::splat;
    ((mask >> 7).wrapping_mul(splat(1)) >> 56) as usize
}

/// The high bits of the bytes of `chunk` that may lead white space outside ASCII (U+0085,
/// U+00A0, U+1680, U+2000 to U+205F, U+3000): `0xC2` and `0xE0` to `0xE3` (exact for the first
/// flagged byte: a false flag only ever follows a true one).
#[inline]
fn may_lead_white_space(chunk: u64) -> u64 {
    use crate::text::swar::{splat, HIGH_BITS};
    let zero = |x: u64| x.wrapping_sub(splat(1)) & !x & HIGH_BITS;
    zero(chunk ^ splat(0xC2)) | zero((chunk & splat(0xFC)) ^ splat(0xE0))
}

/// True when `line` is a page's stamp line: it opens with "Publié", "Mis(e) à jour" or
/// "Dernière mise à jour" (after a bullet), and its parts between dashes or bars are short,
/// the page's furniture ("Publié il y a 3 ans - Mise à jour le 14.05.2019 - auteur - 3 min",
/// "Publié le 2 avril 2017 à 10h15 - Dernière mise à jour le …"), not a sentence.
pub(super) fn is_stamp_line(line: &str) -> bool {
    let line = line.trim_start_matches(['•', '·', '*', ' ', '\t']);
    if !line.starts_with(['P', 'p', 'M', 'm', 'D', 'd']) || line.len() > 200 {
        return false;
    }
    folded(first_chars(line, 24), |opening| {
        [
            "publie",
            "mis a jour",
            "mise a jour",
            "derniere mise a jour",
        ]
        .iter()
        .any(|w| opening.starts_with(w))
    }) && line
        .split(['-', '–', '—', '|'])
        .all(|part| part.chars().count() <= 60 && !part.trim_end().ends_with('.'))
}

/// True when a date closes a headline's line after a dash or a bar, a time at most after it
/// ("Un avion de patrouille commun à trois pays - 14/06/2016 09:30 am"), or in parentheses
/// ("Les chefs d'état-major réunis à Bamako (14.03.21)"): `before` and `after` are the line's
/// text on each side of the date. The headline ends no sentence before it.
pub(super) fn closes_a_headline(before: &str, after: &str) -> bool {
    // (A page's links to its other languages may close the line: "… (14.07.16) [de]".)
    let after = without_language_links(after);
    // "… réunis à Bamako (14.03.21)": the date in parentheses.
    let in_parentheses = before
        .trim_end()
        .strip_suffix('(')
        .zip(after.trim().strip_suffix(')'));
    // A dash set off by a space on one side at least ("… délinquance- 8 avril 2016").
    let dash = before
        .trim_end()
        .strip_suffix(['-', '–', '—', '|'])
        .filter(|headline| headline.ends_with(' ') || before.ends_with(char::is_whitespace));
    // ("Questions et réponses -( 07 Avr. 2022)": a dash before the parenthesis.)
    let (headline, after) = match in_parentheses {
        Some((headline, after)) => {
            let headline = headline.strip_suffix(['-', '–', '—']).unwrap_or(headline);
            (Some(headline).filter(|h| h.ends_with(' ')), after)
        }
        None => (dash, after),
    };
    let Some(headline) = headline else {
        return false;
    };
    // (A full stop may close the line: "… - Conseil de sécurité - 28 septembre 2017.")
    let time = after.trim();
    let time = time.strip_suffix('.').unwrap_or(time).trim_end();
    let time = time
        .strip_suffix(" am")
        .or_else(|| time.strip_suffix(" pm"))
        .unwrap_or(time);
    headline.len() <= 320
        && !ends_a_sentence(headline)
        && time.bytes().all(|b| b.is_ascii_digit() || b == b':')
}

/// `text` without the links to a page's other languages that end it ("[en]", "[de] [ar]").
fn without_language_links(text: &str) -> &str {
    let mut text = text.trim_end();
    while let Some(rest) = text.strip_suffix(']').and_then(|inner| {
        let before = inner.len().checked_sub(2)?;
        let code = inner.get(before..)?;
        code.bytes()
            .all(|b| b.is_ascii_lowercase())
            .then(|| inner[..before].strip_suffix('['))
            .flatten()
    }) {
        text = rest.trim_end();
    }
    text
}

/// True when a full stop and a space end a sentence in `text`: not after an abbreviation
/// or an initial, a capitalised word of three letters at most ("M. Paul Martin", "Dr.",
/// "J. Dupont").
fn ends_a_sentence(text: &str) -> bool {
    text.match_indices(". ").any(|(at, _)| {
        let word = &text[..at];
        let word = &word[word.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
            i + word[i..].chars().next().map_or(1, char::len_utf8)
        })..];
        !(word.starts_with(char::is_uppercase) && (1..=3).contains(&word.chars().count()))
    })
}

/// True when a headline runs into the page's stamp, capitalised, at its line's end ("… de
/// l'armée gambienne Publié le mercredi 25 septembre 2024", as a scraper joins them): `before`
/// ends with "Publié le" or "Mis à jour le" after a blank, `after` holds a time at most, then
/// at most a bar and its source ("… | Présidence").
pub(super) fn published_after_a_headline(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let stamp = ["Publié le", "Publié", "Mis à jour le", "Mise à jour le"]
        .iter()
        .find_map(|stamp| before.strip_suffix(stamp));
    let (time, source) = after.split_once('|').unwrap_or((after, ""));
    let time = time.trim().trim_start_matches(['à', '-', ',']).trim();
    let source = source.trim();
    stamp.is_some_and(|headline| headline.ends_with(' ') && headline.len() <= 300)
        && time
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b':' || b == b'h')
        && (source.is_empty() || is_source_name(source))
}

/// True when `word` introduces an author: "par" or "by", in any of its three cases.
pub(super) fn is_byline_word(word: &str) -> bool {
    matches!(word, "par" | "Par" | "PAR" | "by" | "By" | "BY")
}

/// True when `after` (what follows a date on its line) is its author and nothing more: "par"
/// or "by" and one to four capitalised words ("Le 3 juin 2024 par Awa Diallo").
pub(super) fn signed(after: &str) -> bool {
    let mut words = after.split([' ', '\t']).filter(|w| !w.is_empty());
    words.next().is_some_and(is_byline_word)
        && (1..=4).contains(&words.clone().count())
        && words.all(|w| w.starts_with(char::is_uppercase))
}

/// True when `text` may be a source's name after a stamp's bar: forty characters at most,
/// capitalised, no sentence ("Présidence", "Agence de presse"), or a user's name, one word of
/// letters and figures ("redaction2").
fn is_source_name(text: &str) -> bool {
    let user = !text.is_empty()
        && text.len() <= 30
        && text.chars().all(|c| c.is_alphanumeric() || c == '_');
    user || (text.chars().count() <= 40
        && text.starts_with(char::is_uppercase)
        && !text.contains(['.', '!', '?', ';', ':']))
}

/// True when a blurb cut short ("… en visite à...") runs into its date, a comma and its
/// source, which end the line (`before` and `after` the date): the page's own stamp under a
/// standfirst ("… 17.01.2024, Agence Afrique").
pub(super) fn source_after_a_cut_blurb(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    (before.ends_with("...") || before.ends_with('…'))
        && after
            .trim_start()
            .strip_prefix(',')
            .map(str::trim)
            .is_some_and(|source| !source.is_empty() && is_source_name(source))
}

/// True when `text`, what follows a date on its line, is a time as prose writes it and
/// nothing else ("à 14h30", "à 9 h 05"): the date is a timestamp.
pub(super) fn is_prose_time(text: &str) -> bool {
    let Some(time) = text.trim().strip_prefix('à') else {
        return false;
    };
    let Some((hours, minutes)) = time.split_once('h') else {
        return false;
    };
    let digits = |s: &str, lengths: &[usize]| {
        let s = s.trim();
        lengths.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    digits(hours, &[1, 2]) && (minutes.trim().is_empty() || digits(minutes, &[2]))
}

/// True when `after`, what follows a date on its line, opens with a time written as a
/// machine writes it, after a dash, a bar, a comma or "à" ("3 décembre 2013 - 14:15
/// Tout juste …", "le lundi 10 juillet 2023 à 16:50 | …"): the date is a page's timestamp,
/// whatever follows it (prose writes "14 h 30").
pub(super) fn stamped_with_a_time(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    let Some(after) = ["-", "–", "—", "|", ",", "à"]
        .iter()
        .find_map(|mark| after.strip_prefix(mark))
    else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\t']);
    let hours = after.bytes().take_while(u8::is_ascii_digit).count();
    let minutes = after.as_bytes().get(hours + 1..hours + 3);
    (1..=2).contains(&hours)
        && after[hours..].starts_with(':')
        && minutes.is_some_and(|m| m.iter().all(u8::is_ascii_digit))
        && !after
            .as_bytes()
            .get(hours + 3)
            .is_some_and(u8::is_ascii_digit)
}

/// True when `after`, what follows a date on its line, is its time ("à 7h45", "à 07:45")
/// and its author ("par la rédaction", "par Awa Sow"): a page's stamp.
pub(super) fn signed_after_a_time(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    let Some(after) = after.strip_prefix("à").or_else(|| after.strip_prefix('-')) else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\t']);
    let hours = after.bytes().take_while(u8::is_ascii_digit).count();
    let rest = after[hours..].strip_prefix(['h', ':']).unwrap_or("");
    let minutes = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=2).contains(&hours)
        && minutes == 2
        && rest[2..]
            .trim_start_matches([' ', '\t'])
            .strip_prefix("par ")
            .is_some_and(|author| author.starts_with(char::is_alphabetic))
}

/// True when a date to the day heads a sitting's record, alone on its line but for the
/// sitting's noun before it and its hour after it ("Séance du 14 mars 2023", "Réunion du
/// mardi 4 avril 2017 à 9 h 30"), as the records of parliaments and councils are headed: the
/// day of the record.
pub(super) fn heads_a_sitting(before: &str, after: &str) -> bool {
    let sitting = before
        .trim_end()
        .strip_suffix(" du")
        .map(str::trim_end)
        .is_some_and(|noun| {
            folded(noun, |noun| {
                matches!(
                    noun,
                    "reunion"
                        | "seance"
                        | "audition"
                        | "session"
                        | "conference de presse"
                        | "point de presse"
                )
            })
        });
    // Its hour, as prose or a machine writes it ("à 14h30", "à 9 h 30", "- 14:30").
    let hour = after
        .trim()
        .trim_start_matches(['-', '–', 'à', ' '])
        .trim_start();
    sitting
        && (hour.is_empty()
            || (hour.starts_with(|c: char| c.is_ascii_digit())
                && hour.len() <= 12
                && hour.contains(['h', ':'])))
}

/// True when `line` ends cut short, as a blurb of another page does ("… les membres de la section
/// (…)", "… et la […]"): a teaser, not the page's body.
pub(super) fn is_teaser(line: &str) -> bool {
    let line = line.trim_end();
    ["(…)", "(...)", "[…]", "[...]"]
        .iter()
        .any(|cut| line.ends_with(cut))
}

/// True when `line` opens with the whole line above (`above`) glued to more words: a menu's
/// item, then the item again with its description ("Qui sommes nous" over "Qui sommes
/// nousL'Organisation …"), the menu's, not the page's body.
pub(super) fn describes_the_item_above(line: &str, above: &str) -> bool {
    !above.is_empty()
        && line
            .strip_prefix(above)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

/// True when a date opens its line but for what `before` holds, its line going on with
/// `after`: a parenthesis ("(14 mars 2021) Le …", "(2021-03-14)"), a short label and a
/// colon or dashes ("Le : --14 mars 2021 – Le …"), or one word in Arabic script (a
/// weekday: "الأحد 14-3-2021| 10:30").
pub(super) fn opens_after_a_label(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    if before == "(" {
        return after.starts_with(')');
    }
    let arabic = |c: char| matches!(c, '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}');
    if !before.is_empty() && before.chars().all(arabic) {
        return true;
    }
    // "Le : --", "Date :", "--": a label of two short words at most, a colon, dashes.
    let unmarked = before.trim_end_matches(['-', '–', '—', ' ']);
    let label = unmarked.strip_suffix(':').map(str::trim_end);
    match label {
        Some(label) => {
            label.len() <= 12
                && label.split_whitespace().count() <= 2
                && !label.contains(|c: char| c.is_ascii_digit())
        }
        None => unmarked.is_empty() && !before.is_empty(),
    }
}

/// True when a date to the day follows its source's name and ends its line or goes on with a
/// time, the timestamp of a page under its headline ("Agence Sahel 2022-08-27 16:54 - Lecture
/// : 4 min", "Ambassade de France 19.08.2015"): `before` is a name of four words at most,
/// capitalised but for "de", "du", "des", "la", "le" and "et" inside it, or a site's domain
/// ("Site.example.com 2017-05-12 16:46:58"); `after` is nothing or opens with the time. The
/// date may stand in brackets ("REWMI [26/11/2024]").
pub(super) fn source_before_a_timestamp(before: &str, after: &str) -> bool {
    let before = before.trim_end();
    let (before, after) = match (before.strip_suffix(['[', '(']), after.trim_start()) {
        (Some(source), closed) if closed.starts_with([']', ')']) => {
            (source.trim_end(), &closed[1..])
        }
        _ => (before, after),
    };
    let mut words = before.split_whitespace();
    // (Four words at most: a fifth is not looked for past, a long line not split to its end.)
    let named = words
        .next()
        .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words.clone().nth(3).is_none()
        && words.all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(w, "de" | "du" | "des" | "la" | "le" | "et")
        })
        && !before.contains(['.', ',', ':', ';', '!', '?']);
    let time = after.trim_start().as_bytes();
    let named = named || is_a_domain(before);
    let digits = time.iter().take_while(|b| b.is_ascii_digit()).count();
    named
        && (time.is_empty()
            || (1..=2).contains(&digits)
                && matches!(time.get(digits), Some(b':' | b'h'))
                && time.get(digits + 1).is_some_and(u8::is_ascii_digit))
}

/// True when `before` (the text before a day) is a site's domain and a dash, and `after` (the
/// text after it) opens with a dash: "Sahelactu.com - Mardi 12 mars 2019 - Le …", the
/// site's stamp before the body on its line.
pub(super) fn domain_and_dashes(before: &str, after: &str) -> bool {
    let dashes = ['-', '–', '—'];
    before
        .trim_end()
        .strip_suffix(dashes)
        .is_some_and(|source| is_a_domain(source.trim_end()))
        && after.trim_start().starts_with(dashes)
}

/// True when `word` is a web domain: letters, digits and hyphens in two parts at least,
/// joined by dots, the last a news site's domain ending ("French.site.com", "apanews.net").
fn is_a_domain(word: &str) -> bool {
    let mut parts = word.split('.');
    let last = parts.next_back().unwrap_or("");
    word.contains('.')
        && crate::lexicon::is_domain_ending(last)
        && parts.all(|part| {
            !part.is_empty() && part.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

/// True when `line` opens a document's signature: "Fait à Niamey, le 3 août 2023" (its
/// place and day close the text; no date line).
pub(super) fn signed_at(line: &str) -> bool {
    ["Fait à ", "Fait a ", "FAIT À ", "FAIT A "]
        .iter()
        .any(|opening| line.starts_with(opening))
}

/// True when `line` opens with the words of a publication's stamp ("Publié le", "Mis à jour
/// :", after a label of a few words at most): a date line even under a headline and its
/// chapeau read as one paragraph.
pub(super) fn says_published(line: &str) -> bool {
    folded(first_chars(line, 40), |folded| {
        [
            "publie",
            "mis a jour",
            "mise a jour",
            "modifi",
            "actualise",
            "en ligne",
        ]
        .iter()
        .any(|w| folded.contains(w))
    })
}

/// The first `n` characters of `text` (all of it when shorter).
fn first_chars(text: &str, n: usize) -> &str {
    text.char_indices()
        .nth(n)
        .map_or(text, |(at, _)| &text[..at])
}

/// The most lines of a paragraph wrapped by a mail or wire system read for its end.
const WRAPPED_LINES_READ: usize = 8;

/// The widest line a mail or wire system wraps at.
const WIDEST_WRAP: usize = 100;

/// True when the line `text`, which ends at `end` of `input`, opens a paragraph that a mail or
/// wire system wrapped: it ends no sentence, and with the lines under it up to a sentence's
/// end (within a few lines, [`BODY_WORDS`] words at least in all) it is wrapped as such a
/// system wraps, each line but the last as full as the next one's first word leaves it (at
/// most [`WIDEST_WRAP`] characters): a headline over a paragraph on lines of its own is not.
pub(super) fn opens_a_wrapped_paragraph(input: &str, text: &str, end: usize) -> bool {
    let ends_a_sentence = |line: &str| line.ends_with(['.', '!', '?', '»', '"']);
    if text.len() < WRAPPED_LINE || ends_a_sentence(text) || text.ends_with([':', ';', ')', '|']) {
        return false;
    }
    // (The rest of the line's own end first: its blanks and its line feed.)
    let Some(rest) = input
        .get(end..)
        .unwrap_or("")
        .trim_start_matches(|c| blank(c) == Blank::Space)
        .strip_prefix('\n')
    else {
        return false;
    };
    // The lines' widths, and the width of each one's first word.
    let mut lines = [(0, 0); WRAPPED_LINES_READ + 1];
    let width = |line: &str| line.chars().count();
    let first_word = |line: &str| width(line.split(' ').next().unwrap_or(""));
    lines[0] = (width(text), first_word(text));
    let mut words = words_up_to_body(text);
    for (count, raw) in (2..).zip(lines_with_feeds(rest).take(WRAPPED_LINES_READ)) {
        let line = raw.trim();
        if line.is_empty() {
            return false;
        }
        words += words_up_to_body(line);
        lines[count - 1] = (width(line), first_word(line));
        if ends_a_sentence(line) {
            let lines = &lines[..count];
            let widest = lines.iter().map(|&(w, _)| w).max().unwrap_or(0);
            return words >= BODY_WORDS
                && widest <= WIDEST_WRAP
                && lines
                    .windows(2)
                    .all(|pair| pair[0].0 + 1 + pair[1].1 > widest);
        }
    }
    false
}

/// The share buttons of [`share_buttons`].
pub(super) const SHARE_BUTTONS: [&str; 9] = [
    "Tweet", "Share", "Partager", "Tweeter", "Imprimer", "Facebook", "Twitter", "WhatsApp", "Email",
];

/// True when `b` is the first byte of one of [`SHARE_BUTTONS`].
#[inline]
pub(super) fn opens_a_button(b: u8) -> bool {
    matches!(b, b'T' | b'S' | b'P' | b'I' | b'F' | b'W' | b'E')
}

/// The length of the share buttons that open `line` ("Tweet Share ", "Partager Imprimer "),
/// with the blanks after them.
pub(super) fn share_buttons(line: &str) -> usize {
    let mut at = 0;
    // (Most lines start with none of the buttons' first letters: no comparison.)
    while line.as_bytes().get(at).is_some_and(|&b| opens_a_button(b)) {
        let Some(word) = SHARE_BUTTONS
            .iter()
            .find(|b| line[at..].starts_with(*b) && line[at + b.len()..].starts_with([' ', '\t']))
        else {
            break;
        };
        at += word.len();
        at = line.len() - line[at..].trim_start_matches([' ', '\t']).len();
    }
    at
}

/// The length of the furniture glued before the text of `line`, with the blanks after it:
/// markup tags a page's extraction left ("`<strong>`Addis Abeba — …"), a source in capitals
/// glued by an underscore ("AGENCE_Conakry, le …"), a credit glued by a hyphen before a
/// dateline in parentheses ("©Agence-(Lomé, le 3 mai 2022)-…"). None of them is text.
pub(super) fn glued_furniture(line: &str) -> usize {
    let bytes = line.as_bytes();
    let mut at = 0;
    // Tags: "<" (or "</"), a letter, then the tag as the HTML reader ends it, within 60 bytes.
    while bytes.get(at) == Some(&b'<') {
        let name = at + 1 + usize::from(bytes.get(at + 1) == Some(&b'/'));
        if !bytes.get(name).is_some_and(u8::is_ascii_alphabetic) {
            break;
        }
        let Some(close) =
            crate::text::html::tag_end(crate::text::boundary::prefix(&line[name..], 60))
        else {
            break;
        };
        at = name + close;
        at = line.len() - line[at..].trim_start_matches([' ', '\t']).len();
    }
    let rest = &line[at..];
    // "AGENCE_Conakry": a source in capitals or figures, an underscore, a capital (among the
    // first bytes only: a long line is not searched to its end).
    let underscore = rest.as_bytes().iter().take(21).position(|&b| b == b'_');
    if let Some((source, after)) = underscore.map(|i| (&rest[..i], &rest[i + 1..])) {
        if (2..=20).contains(&source.len())
            && source
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && source.bytes().any(|b| b.is_ascii_uppercase())
            && after.starts_with(char::is_uppercase)
        {
            return at + source.len() + 1;
        }
    }
    // "©Agence-(Lomé, …": a credit, a hyphen or a dash, a parenthesis.
    if let Some(credit) = rest.strip_prefix('©') {
        let word = credit
            .find(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '—' | '('))
            .unwrap_or(credit.len());
        let after = &credit[word..];
        if (1..=30).contains(&word) {
            if let Some(dash) = after.strip_prefix(['-', '–', '—']) {
                if dash.starts_with('(') {
                    return line.len() - dash.len();
                }
            }
        }
    }
    at
}

/// True when `line` is a temperature, as a site's weather widget shows it over its city
/// ("23.1 C", "31°C", "-2 °F").
pub(super) fn is_temperature(line: &str) -> bool {
    let Some(rest) = line.strip_suffix(['C', 'F']) else {
        return false;
    };
    let rest = rest.trim_end().trim_end_matches('°').trim_end();
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let (whole, fraction) = rest.split_once(['.', ',']).unwrap_or((rest, "0"));
    let figures = |s: &str, most: usize| {
        (1..=most).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
    };
    figures(whole, 2) && figures(fraction, 2)
}

/// True when `line` is a photo's caption: a sentence, then its credit in parentheses or
/// after the full stop ("… le 30 mars 2023. (AFP)", "… la tour. (Bureau des médias)", "… à
/// Tunis. DR", "… à Niamey. © Présidence", "… sentir. Capture d'écran."), or its credit
/// first ("Photo Agence, Awa Diallo Le ministre …", "Crédit photo : …", "© Présidence …").
/// However long, it is no body paragraph.
pub(super) fn is_caption(line: &str) -> bool {
    // (Asked only of lines that open with their letters.)
    if line.starts_with(['P', 'C', '©'])
        && matches!(
            line.split([' ', ':']).next(),
            Some("Photo" | "PHOTO" | "Photos" | "Crédit" | "Crédits" | "©")
        )
    {
        return true;
    }
    let credited = |before: &str| before.trim_end().ends_with(['.', '!', '?', '»', '"']);
    if let Some(inner) = line.strip_suffix(')') {
        let Some(open) = inner.rfind('(') else {
            return false;
        };
        let credit = &inner[open + 1..];
        return (1..=40).contains(&credit.chars().count())
            && credit.starts_with(|c: char| c.is_uppercase() || c == '©')
            && credited(&inner[..open]);
    }
    if let Some(before) = line.strip_suffix("DR") {
        return before.ends_with(' ') && credited(before);
    }
    // "… se font sentir. Capture d'écran.", "… à Dakar. Photo d'archives": a credit's words
    // after the sentence.
    // (Looked for among the last bytes only: a long line is not read back to its start.)
    let body = line.trim_end_matches('.');
    let tail = (body.len().saturating_sub(48)..body.len())
        .find(|&at| body.is_char_boundary(at))
        .unwrap_or(body.len());
    if let Some(stop) = body.as_bytes()[tail..]
        .iter()
        .rposition(|b| matches!(b, b'.' | b'!' | b'?'))
    {
        let credit = body[tail + stop + 1..].trim();
        if credit.starts_with(['C', 'P', 'I', 'A'])
            && credit.split(' ').count() <= 4
            && matches!(
                credit.split([' ', '\'', '’']).next(),
                Some(
                    "Capture"
                        | "Photo"
                        | "Photos"
                        | "Illustration"
                        | "Image"
                        | "Archives"
                        | "Crédit"
                )
            )
        {
            return true;
        }
    }
    // "… © Présidence": the credit's sign among the last bytes, after a sentence's end.
    let tail = (line.len().saturating_sub(60)..line.len())
        .find(|&at| line.is_char_boundary(at))
        .unwrap_or(line.len());
    line[tail..]
        .rfind('©')
        .is_some_and(|at| credited(&line[..tail + at]))
}

/// Long lines of web furniture that come before the body (cookie banners).
pub(super) fn is_boilerplate(line: &str) -> bool {
    // "cookie", "Cookie" or "[Accepter]": each "k" and "[" (rare in French) found by
    // `memchr`, and the words around it compared, with no searcher set up for each line.
    let bytes = line.as_bytes();
    memchr::memchr2_iter(b'k', b'[', bytes).any(|at| {
        if bytes[at] == b'[' {
            bytes[at..].starts_with(b"[Accepter]")
        } else {
            at >= 3 && matches!(bytes.get(at - 3..at + 3), Some(b"cookie" | b"Cookie"))
        }
    })
}

/// The page's date stamp at the start of `line`: "date 2022-11", "Date : 2022-11-14"; where
/// its date starts in the line.
pub(super) fn stamp(line: &str) -> Option<usize> {
    let rest = line
        .get(..4)
        .filter(|word| word.eq_ignore_ascii_case("date"))
        .map(|word| &line[word.len()..])?;
    let space = |c| blank(c) == Blank::Space;
    let spaced = rest.trim_start_matches(space);
    let spaced = spaced.strip_prefix(':').unwrap_or(spaced);
    let spaced = spaced.trim_start_matches(space);
    (spaced.len() < rest.len()).then(|| line.len() - spaced.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The furniture's words are found as `contains` finds them.
        #[test]
        fn boilerplate_is_found_as_contains_finds_it(
            text in "([a-z ]|ookie|cookie|Cookie|COOKIE|k|\\[|\\[Accepter\\]|Accepter\\]|é){0,12}",
        ) {
            proptest::prop_assert_eq!(
                is_boilerplate(&text),
                (text.contains("ookie") && (text.contains("cookie") || text.contains("Cookie")))
                    || text.contains("[Accepter]")
            );
        }

        /// The language links are cut off any text, however short its brackets: a suffix of
        /// it, trimmed, without "]" after a letter pair and "[" at its end.
        #[test]
        fn language_links_are_cut_off_any_text(text in "(\\[|\\]|[a-z]|[A-Z]| ){0,8}") {
            let rest = without_language_links(&text);
            proptest::prop_assert!(text.starts_with(rest));
            let link = rest.len() >= 4 && rest.ends_with(']') && {
                let inner = &rest[rest.len() - 4..rest.len() - 1];
                inner.starts_with('[') && inner[1..].bytes().all(|b| b.is_ascii_lowercase())
            };
            proptest::prop_assert!(!link);
        }
    }

    #[test]
    fn a_lone_bracket_is_no_language_link() {
        assert_eq!(without_language_links("]"), "]");
        assert_eq!(without_language_links("a]"), "a]");
        assert_eq!(without_language_links("Accueil [en] [de]"), "Accueil");
    }
}
