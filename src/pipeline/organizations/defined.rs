//! Acronyms the document defines: an acronym in parentheses after its long form ("Union
//! africaine (UA)", or a capitalised phrase whose initials spell it), a known name in
//! parentheses after an acronym ("l'IMCTC (Coalition …)"), and the bare uses of the acronyms
//! so learnt.

use super::{Org, Spare};
use crate::lexicon::{ACRONYM_SKIPPED_WORDS, SENTENCE_OPENERS};
use crate::pipeline::recycled;
use crate::text::blank::{blank, paragraph_start, single_spaced, Blank};
use crate::text::boundary::{self, floor_char_boundary};
use crate::text::capitals::CapitalLines;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use std::borrow::Cow;
use std::sync::Arc;

/// The acronyms in parentheses of `input`, as the spans of the parentheses (up to the
/// acronym's end) and of the acronyms inside: `(`, blanks, a capital, letters, digits, `&` and
/// `-` with a second capital among them, blanks, `)` or `,`; or a capitalised word of three to
/// eight letters ("(Ocam)"), an acronym written as a name, which the long form before it must
/// spell whole.
#[inline(never)]
fn acronyms_in_parentheses(
    input: &str,
) -> impl Iterator<Item = ((usize, usize), (usize, usize))> + '_ {
    let bytes = input.as_bytes();
    memchr::memchr_iter(b'(', bytes).filter_map(move |open| {
        let inner = &input[open + 1..];
        let lead = inner.len() - inner.trim_start().len();
        let start = open + 1 + lead;
        let len = bytes[start..]
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'&' || b == b'-'))
            .unwrap_or(bytes.len() - start);
        let acronym = &bytes[start..start + len];
        let capitals = acronym.iter().filter(|b| b.is_ascii_uppercase()).count();
        let written_as_a_name =
            (3..=8).contains(&len) && acronym.iter().all(u8::is_ascii_alphabetic);
        if !acronym.first().is_some_and(u8::is_ascii_uppercase)
            || (capitals < 2 && !written_as_a_name)
        {
            return None;
        }
        let after = &input[start + len..];
        let close = start + len + (after.len() - after.trim_start().len());
        // ("(MPP, au pouvoir)": an acronym in capitals may open what the parenthesis says.)
        let closes = match bytes.get(close) {
            Some(b')') => true,
            Some(b',') => capitals >= 2,
            _ => false,
        };
        closes.then_some(((open, close + 1), (start, start + len)))
    })
}

/// Acronyms defined in parentheses after their long form ("Union africaine (UA)"): the
/// acronym, and the long form when the gazetteer lacks it, become organisations; the
/// (acronym, long form) pairs learnt are added to `learnt`. (In the working vectors `spare`.)
#[inline(never)]
pub(super) fn acronyms_defined<'h>(
    input: &'h str,
    taken: &[(usize, usize)],
    orgs: &mut Vec<Org>,
    learnt: &mut Vec<(Cow<'h, str>, Arc<str>)>,
    spare: &mut Spare,
) {
    let parentheses = &mut spare.parentheses;
    parentheses.clear();
    parentheses.extend(acronyms_in_parentheses(input));
    let mut capitals = CapitalLines::default();
    // The names' ends (with the last name that ends there), starts and the states' and
    // places' ends, sorted for searches by halves: a few dozen, not worth a hash map each.
    let (ends, [starts, taken_ends]) = (&mut spare.pairs, &mut spare.offsets);
    ends.clear();
    starts.clear();
    taken_ends.clear();
    if !parentheses.is_empty() {
        ends.extend(orgs.iter().enumerate().map(|(i, o)| (o.end, i)));
        ends.sort_unstable();
        starts.extend(orgs.iter().map(|o| o.start));
        starts.sort_unstable();
        taken_ends.extend(taken.iter().map(|&(_, e)| e));
        taken_ends.sort_unstable();
    }
    let (ends, starts, taken_ends) = (&*ends, &*starts, &*taken_ends);
    let name_ending = |at: usize| {
        let i = ends.partition_point(|&(end, _)| end <= at);
        i.checked_sub(1)
            .map(|i| ends[i])
            .filter(|&(end, _)| end == at)
            .map(|(_, i)| i)
    };
    let taken_ends_at = |at: usize| taken_ends.binary_search(&at).is_ok();
    for &((paren_start, _), (acr_start, acr_end)) in parentheses.iter() {
        let acr = &input[acr_start..acr_end];
        let before = input[..paren_start].trim_end();
        let gap_start = before.len();
        // "(Ocam)": an acronym written as a name only where the name before spells it whole;
        // its later uses may be in capitals too ("OCAM").
        let written_as_a_name = acr.bytes().filter(u8::is_ascii_uppercase).count() < 2;
        // A known name right before ("Union africaine (UA)"), else, unless a state or place
        // is there ("République démocratique du Congo (RDC)"), an unknown name whose
        // initials spell the acronym.
        // In a line in capitals every word looks like an acronym: a known name's is one only
        // when the name's initials spell it, and an unknown name is none.
        let (start, known) = match name_ending(gap_start) {
            _ if written_as_a_name => match long_form_before(input, gap_start, acr, true) {
                Some(start) => (
                    start,
                    name_ending(gap_start).is_some() || taken_ends_at(gap_start),
                ),
                None => continue,
            },
            Some(_)
                if capitals.covers(input, acr_start, acr_end)
                    && long_form_before(input, gap_start, acr, false).is_none() =>
            {
                continue
            }
            // A state that ends the name spells the acronym: it is the state's ("Forces armées
            // des Émirats arabes unis (EAU)").
            Some(i)
                if taken_ends_at(gap_start)
                    && !same_initial(&input[orgs[i].start..], acr)
                    && taken
                        .iter()
                        .any(|&(s, e)| e == gap_start && same_initial(&input[s..], acr)) =>
            {
                continue
            }
            Some(i) => (orgs[i].start, true),
            // A place or a state ends the name: the acronym is theirs, unless the name began
            // before them and spells it whole ("Association des Jeunes pour le Développement
            // du Sahel (AJDS)"; not "République démocratique du Congo (RDC)").
            None if taken_ends_at(gap_start) => {
                let place_start = taken
                    .iter()
                    .filter(|&&(_, e)| e == gap_start)
                    .map(|&(s, _)| s)
                    .min()
                    .unwrap_or(gap_start);
                match long_form_before(input, gap_start, acr, true) {
                    Some(start)
                        if start < place_start && !capitals.covers(input, acr_start, acr_end) =>
                    {
                        (start, false)
                    }
                    _ => continue,
                }
            }
            // Where capitals tell nothing, they tell no name's first word either
            // ("DISCUSSIONS ENTRE TECHNICIENS DES ÉTATS MEMBRES (EM)").
            None if capitals.covers(input, acr_start, acr_end) => continue,
            None => match long_form_before(input, gap_start, acr, false) {
                Some(start) => (start, false),
                None => continue,
            },
        };
        // A plan, a programme, an operation or a treaty has an acronym too, and is no body
        // ("Stratégie intégrée … pour le Sahel (SINUS)"; the known ones, "Programme
        // alimentaire mondial", are the gazetteer's).
        if !known && names_no_body(&input[start..gap_start]) {
            continue;
        }
        let long: Arc<str> = Arc::from(&*single_spaced(&input[start..gap_start]));
        learnt.push((Cow::Borrowed(acr), long.clone()));
        if written_as_a_name {
            learnt.push((Cow::Owned(acr.to_ascii_uppercase()), long.clone()));
        }
        if !known {
            orgs.push(Org {
                start,
                end: gap_start,
                long_form: Some(long.clone()),
                acronym: Some(Arc::from(acr)),
            });
        } else if let Some(i) = name_ending(gap_start).filter(|&i| {
            orgs[i].start == start && orgs[i].acronym.is_none() && orgs[i].long_form.is_none()
        }) {
            // A body named by its shape ("Agence nationale de sécurité (ANS)") is told its
            // acronym, as a known name is (not an acronym itself: "l'UA (AUHIP)").
            orgs[i].acronym = Some(Arc::from(acr));
        }
        // (The acronyms' starts are distinct: no need to add them.)
        if starts.binary_search(&acr_start).is_err() {
            orgs.push(Org {
                start: acr_start,
                end: acr_end,
                long_form: Some(long),
                acronym: None,
            });
        }
    }
}

/// True when `long_form` opens with a noun of what is no organisation: a plan, a strategy, a
/// programme, a project, an operation, an exercise, a treaty, an agreement, a summit.
fn names_no_body(long_form: &str) -> bool {
    let first = long_form
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
        .next()
        .unwrap_or("");
    let folded = crate::text::fold_str(first);
    matches!(
        folded.as_str(),
        "strategie"
            | "plan"
            | "programme"
            | "projet"
            | "operation"
            | "exercice"
            | "traite"
            | "accord"
            | "sommet"
    )
}

/// "l'IMCTC (Coalition …)": acronyms written before a known name in parentheses.
#[inline(never)]
pub(super) fn acronyms_before_names<'h>(
    input: &'h str,
    orgs: &[Org],
) -> Vec<(Cow<'h, str>, Arc<str>)> {
    let mut learnt = Vec::new();
    let mut capitals = CapitalLines::default();
    // The name in parentheses is written out: an acronym there after a word in capitals is a
    // wire's tag ("NIAMEY (ANP) –").
    // (The parenthesis first, the cheaper test.)
    for o in orgs {
        let before = input[..o.start].trim_end();
        let inner = before.strip_suffix('(');
        if let Some(inner) = inner.filter(|_| input[o.start..o.end].contains(char::is_lowercase)) {
            let inner = inner.trim_end();
            let word_start = inner
                .rfind(|c: char| !(boundary::is_word_char(c) || c == '-'))
                .map_or(0, |i| {
                    i + inner[i..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &inner[word_start..];
            let uppercase = word.chars().filter(|c| c.is_uppercase()).count();
            // A long form is a phrase, or a compound whose parts' initials spell the acronym
            // ("AQ (Al-Qaïda)"; "Reuters" alone is an agency's name); a word in capitals that
            // opens its line before the parenthesis and a dash is a dateline's place ("BAMAKO
            // (Agence malienne de presse) –").
            let name = &input[o.start..o.end];
            let phrase = name.contains(|c| blank(c) != Blank::No)
                || name
                    .split('-')
                    .filter_map(|part| part.chars().next())
                    .flat_map(char::to_uppercase)
                    .eq(word.chars().filter(|c| *c != '-'));
            // (A place's elided first letter opens the line as well: "N'DJAMENA (…) –".)
            let line_start =
                elided_letter_before(&inner[..word_start]).trim_end_matches([' ', '\t']);
            let dateline = (line_start.is_empty() || line_start.ends_with('\n'))
                && input[o.end..]
                    .trim_start_matches([')', ' ', '\t'])
                    .starts_with(['-', '–', '—']);
            if uppercase >= 2
                && phrase
                && !dateline
                && word
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
                && !capitals.covers(input, word_start, o.end)
            {
                learnt.push((Cow::Borrowed(word), Arc::from(&input[o.start..o.end])));
            }
        }
    }

    learnt
}

/// `text` without the elided letter that ends it, if it does ("N'", "D’"): the start of a
/// word that the apostrophe cut.
fn elided_letter_before(text: &str) -> &str {
    let Some(before) = text.strip_suffix(['\'', '’']) else {
        return text;
    };
    let mut chars = before.chars();
    match chars.next_back() {
        Some(letter)
            if letter.is_alphabetic() && !chars.as_str().ends_with(char::is_alphanumeric) =>
        {
            chars.as_str()
        }
        _ => text,
    }
}

/// The bare uses of the acronyms learnt (overlaps are resolved at the end).
#[inline(never)]
pub(super) fn bare_acronyms(
    input: &str,
    learnt: &mut Vec<(Cow<'_, str>, Arc<str>)>,
    orgs: &mut Vec<Org>,
    spare: &mut Spare,
) {
    learnt.sort_by(|a, b| a.0.cmp(&b.0));
    learnt.dedup_by(|b, a| a.0 == b.0);
    let mut patterns: Vec<&str> = recycled(std::mem::take(&mut spare.patterns));
    patterns.extend(learnt.iter().map(|(a, _)| a.as_ref()));
    find_all(input, &patterns, |_| 0, &mut spare.occurrences);
    spare.patterns = recycled(patterns);
    for &(at, end, i) in &spare.occurrences {
        if boundary::is_whole_word(input, at, end) {
            orgs.push(Org {
                start: at,
                end,
                long_form: Some(learnt[i].1.clone()),
                acronym: None,
            });
        }
    }
}

/// True when `text` and `acronym` start with the same letter, folded.
fn same_initial(text: &str, acronym: &str) -> bool {
    let first = |s: &str| {
        s.chars()
            .next()
            .and_then(|c| match crate::text::fold_char(c) {
                crate::text::Folded::Char(f) => Some(f.to_ascii_lowercase()),
                crate::text::Folded::Str(s) => s.chars().next(),
                crate::text::Folded::Nothing => None,
            })
    };
    first(text).is_some() && first(text) == first(acronym)
}

/// The length (bytes) from which [`find_all`] builds a DFA.
const LONG_INPUT: usize = 64 << 10;

/// Every occurrence `(start, end, pattern)` of the distinct strings one document defines: a
/// vectorised substring search per string when they are few, else one pass of a small
/// automaton (a long document may define hundreds: one pass each would grow with their count);
/// a DFA, dearer to build and a few times faster to run, over a long document (the automaton
/// when the DFA cannot be built).
///
/// Pattern `i`'s occurrences that start before `from(i)` may be left out: a search per string
/// starts there when no two occurrences of the string may overlap (then those after are the
/// same). In `out` (emptied first).
pub(super) fn find_all(
    input: &str,
    patterns: &[&str],
    from: impl Fn(usize) -> usize,
    out: &mut Vec<(usize, usize, usize)>,
) {
    out.clear();
    let build = |kind| AhoCorasick::builder().kind(Some(kind)).build(patterns);
    if patterns.len() <= 8 {
        let bytes = input.as_bytes();
        for (i, p) in patterns.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
            let p = p.as_bytes();
            let start = if overlaps_itself(p) {
                0
            } else {
                from(i).min(bytes.len())
            };
            let found = memchr::memmem::find_iter(&bytes[start..], p);
            out.extend(found.map(|at| (start + at, start + at + p.len(), i)));
        }
    } else if let Ok(automaton) = (input.len() >= LONG_INPUT)
        .then(|| build(AhoCorasickKind::DFA))
        .and_then(Result::ok)
        .map_or_else(|| build(AhoCorasickKind::ContiguousNFA), Ok)
    {
        out.extend(
            automaton
                .find_overlapping_iter(input)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize())),
        );
    }
}

/// True when two occurrences of `p` may overlap: a proper suffix of it is a prefix of it too.
fn overlaps_itself(p: &[u8]) -> bool {
    (1..p.len()).any(|k| p[k] == p[0] && p[k..] == p[..p.len() - k])
}

/// The start of a capitalised phrase ending at `end` whose initials spell `acronym` (or, unless
/// `whole`, two thirds of it).
fn long_form_before(input: &str, end: usize, acronym: &str, whole: bool) -> Option<usize> {
    // Within the 300 bytes before, in the paragraph, after the last punctuation.
    let window = floor_char_boundary(input, end.saturating_sub(300));
    let window = window + paragraph_start(&input[window..end]);
    // Its last ten words (those a phrase may start at and hold) with their offsets, split at
    // white space and apostrophes, read from the end back to the punctuation (on the stack,
    // as what is read of them below: no allocation per parenthesis).
    let mut words: [(usize, &str); 10] = [(0, ""); 10];
    let mut n = 0;
    let mut word_end = None;
    let mut line_start = window;
    // `after`: the end of the character read.
    let mut after = end;
    while after > window {
        let (class, len) = class_before(input, after);
        match (class, word_end) {
            (Back::Stop, _) => {
                line_start = after;
                break;
            }
            (Back::Separator, Some(e)) => {
                words[n] = (after, &input[after..e]);
                n += 1;
                word_end = None;
                if n == 10 {
                    break;
                }
            }
            (Back::Word, None) => word_end = Some(after),
            _ => {}
        }
        after -= len;
    }
    // (Fewer than ten then: the tenth resets `word_end`.)
    if let Some(e) = word_end {
        words[n] = (line_start, &input[line_start..e]);
        n += 1;
    }
    let words = &mut words[..n];
    words.reverse();
    let words = &*words;
    // Letters compared folded: "É" in either Unicode form is "e".
    let folded = |c: char| match crate::text::fold_char(c) {
        crate::text::Folded::Char(f) => Some(f.to_ascii_lowercase()),
        crate::text::Folded::Str(s) => s.chars().next(),
        crate::text::Folded::Nothing => None,
    };
    let initial = |w: &str| w.chars().next().and_then(folded);
    // (On the stack when they fit, as they all do but in a freak.)
    let letters_of = || {
        acronym
            .chars()
            .filter(|c| c.is_alphabetic())
            .filter_map(folded)
    };
    let mut stack = ['\0'; 16];
    let heap: Vec<char>;
    let letters: &[char] = if letters_of().nth(stack.len()).is_none() {
        let mut k = 0;
        for c in letters_of() {
            stack[k] = c;
            k += 1;
        }
        &stack[..k]
    } else {
        heap = letters_of().collect();
        &heap
    };
    if letters.len() < 2 {
        return None;
    }
    // The shortest phrase (2 to 10 words) whose initials give every letter of the acronym in
    // order; failing that, the shortest that gives two thirds of them.
    // Per word, whether it is skipped and its initial: read once, not again for every phrase
    // that holds it.
    let from = n.saturating_sub(10);
    let mut read = [(false, None); 10];
    for (r, (_, w)) in read.iter_mut().zip(&words[from..]) {
        *r = {
            // (A word in ASCII, most, lower-cased without a copy; none longer than the
            // longest skipped word is one.)
            let skipped = if w.is_ascii() {
                w.len() <= LONGEST_SKIPPED
                    && ACRONYM_SKIPPED_WORDS
                        .iter()
                        .any(|s| w.eq_ignore_ascii_case(s))
            } else {
                // (Lower-cased, a character gives one or more: a word of more characters than
                // the longest skipped word is none.)
                w.chars().count() <= LONGEST_SKIPPED
                    && ACRONYM_SKIPPED_WORDS.contains(&w.to_lowercase().as_str())
            };
            (skipped, if skipped { None } else { initial(w) })
        };
    }
    let read = &read[..n - from];
    let score = |first: usize| -> Option<(bool, usize)> {
        let (start, head) = words[first];
        if !head.starts_with(char::is_uppercase)
            || read[first - from].0
            || SENTENCE_OPENERS.contains(&head)
        {
            return None;
        }
        // The phrase's initials, read in place: the first, how many, and how many letters of
        // the acronym they give in order.
        let initials = read[first - from..]
            .iter()
            .filter_map(|&(_, initial)| initial);
        let count = initials.clone().count();
        if initials.clone().next().as_ref() != letters.first()
            || count > letters.len() + 2
            || count * 2 < letters.len()
        {
            return None;
        }
        let mut i = 0;
        for c in initials {
            if i < letters.len() && c == letters[i] {
                i += 1;
            }
        }
        // "États membres (EM)", "États parties": states, not a body (folded last, the
        // dearest test).
        if crate::text::fold_str(head) == "etats" {
            return None;
        }
        (i * 3 >= letters.len() * 2).then_some((i == letters.len(), start))
    };
    // The first phrase that gives every letter, else the first that gives two thirds.
    let mut first_candidate = None;
    for first in (n.saturating_sub(10)..n.saturating_sub(1)).rev() {
        if let Some((full, start)) = score(first) {
            if full {
                return Some(start);
            }
            first_candidate.get_or_insert(start);
        }
    }
    first_candidate.filter(|_| !whole)
}

/// The length of the longest of [`ACRONYM_SKIPPED_WORDS`].
const LONGEST_SKIPPED: usize = {
    let mut longest = 0;
    let mut k = 0;
    while k < ACRONYM_SKIPPED_WORDS.len() {
        if ACRONYM_SKIPPED_WORDS[k].len() > longest {
            longest = ACRONYM_SKIPPED_WORDS[k].len();
        }
        k += 1;
    }
    longest
};

/// What the character before a byte offset is to [`long_form_before`], read backwards.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Back {
    /// Punctuation, before which no phrase goes on: `. , ; : ( ) « » " “ ”`.
    Stop,
    /// White space or an apostrophe, between words.
    Separator,
    /// Any other character, of a word.
    Word,
}

/// The class of the character that ends at `at` (a char boundary after `0`) of `input`, and its
/// length: a byte of ASCII by a `match`, another character decoded.
fn class_before(input: &str, at: usize) -> (Back, usize) {
    match input.as_bytes()[at - 1] {
        b'.' | b',' | b';' | b':' | b'(' | b')' | b'"' => (Back::Stop, 1),
        b' ' | 9..=13 | b'\'' => (Back::Separator, 1),
        0..=0x7F => (Back::Word, 1),
        _ => match input[..at].chars().next_back() {
            Some(c @ ('«' | '»' | '“' | '”')) => (Back::Stop, c.len_utf8()),
            Some(c) if c.is_whitespace() || c == '’' => (Back::Separator, c.len_utf8()),
            Some(c) => (Back::Word, c.len_utf8()),
            None => (Back::Word, 1),
        },
    }
}

#[cfg(test)]
mod tests;
