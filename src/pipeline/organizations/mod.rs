//! Organisations: the gazetteer's names and acronyms, acronyms defined in the document, organs
//! of organisations, and capitalised back-references.
//!
//! 1. Every name hit of an organisation entry ("Union africaine", "OTAN", "Daech").
//! 2. A parenthesised acronym after a name defines it for the document: "Coalition Islamique
//!    Militaire Contre le Terrorisme (CIMCT)"; so does a name after an acronym, "l'IMCTC
//!    (Coalition …)". A name unknown to the gazetteer is learnt too when the acronym's letters
//!    are the initials of a capitalised phrase before it ("Force conjointe du G5 Sahel
//!    (FC-G5S)"). Later bare uses of a learnt acronym are mentions.
//! 3. An organ and its organisation are one mention: "Conseil de sécurité de l'ONU",
//!    "Commission de l'Union africaine", "secrétariat général de l'IMCTC".
//! 4. The first two words of a longer name seen before stand for it when the second is in
//!    lower case: "la Force conjointe" after "Force conjointe du G5 Sahel". A bare head noun
//!    ("la Coalition", "la Commission", "le Conseil") stays generic.

mod heads;
mod organs;
mod shape;

use crate::gazetteer::{EntryKind, Gazetteer, Hit, Kinds, OrgForm};
use crate::lexicon::{ACRONYM_SKIPPED_WORDS, SENTENCE_OPENERS};
use crate::model::OrganizationMention;
use crate::text::blank::{blank, is_soft_gap, paragraph_start, Blank};
use crate::text::boundary::{self, floor_char_boundary};
use crate::text::capitals::CapitalLines;
use crate::text::NormalizedText;
use aho_corasick::{AhoCorasick, AhoCorasickKind};
use heads::heads_of_longer_names;
use organs::{ends_with_connector, organ_before};
use std::borrow::Cow;
use std::sync::Arc;

/// The acronyms in parentheses of `input`, as the spans of the parentheses and of the
/// acronyms inside: `(`, blanks, a capital, letters, digits, `&` and `-` with a second capital
/// among them, blanks, `)`; or a capitalised word of three to eight letters ("(Ocam)"), an
/// acronym written as a name, which the long form before it must spell whole.
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
        (bytes.get(close) == Some(&b')')).then_some(((open, close + 1), (start, start + len)))
    })
}

#[derive(Clone, Debug)]
struct Org {
    start: usize,
    end: usize,
    long_form: Option<Arc<str>>,
    acronym: Option<Arc<str>>,
}

impl Org {
    /// A name at `start..end` with no acronym or long form known.
    fn named(start: usize, end: usize) -> Org {
        Org {
            start,
            end,
            long_form: None,
            acronym: None,
        }
    }
}

/// The organisations of a document, in order, without overlap: the gazetteer's names, bodies
/// named by their shape, the acronyms the document defines and their bare uses, organs, and the heads of longer names;
/// the bodies a line in capitals leaves undecided go to `undecided`, and nothing inside them
/// is said.
///
/// Each pass is a function of its own (`#[inline(never)]`): inlined here, all in one body, they
/// ran 0.2 M instructions more on the corpus (callgrind, `examples/repeat.rs`, three rounds).
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    names: &[Hit],
    titles: &[Hit],
    heads: &[Hit],
    taken: &[(usize, usize)],
    undecided: &mut Vec<(usize, usize)>,
) -> Vec<OrganizationMention<'h>> {
    let input = text.input();
    let bodies = shape::bodies(text, heads, names, titles, undecided);
    let web_names = shape::web_names(input);
    // Room for them all and a few acronyms more: one allocation, not one per step.
    let mut orgs = Vec::with_capacity(names.len() + bodies.len() + web_names.len() + 8);
    orgs.extend(known_names(gazetteer, names));
    orgs.extend(bodies);
    orgs.extend(web_names);
    let mut learnt = acronyms_defined(input, taken, &mut orgs);
    learnt.extend(acronyms_before_names(input, &orgs));
    bare_acronyms(input, learnt, &mut orgs);
    acronyms_after_articles(input, text.capital_runs(), names, titles, &mut orgs);
    organs(input, &mut orgs);
    heads_of_longer_names(text, &mut orgs);
    let mut orgs = without_overlap(input, orgs);
    orgs.retain(|o| !undecided_holds(undecided, o.start, o.end));
    orgs
}

/// True when `start..end` lies inside one of the `undecided` bodies after its head: a line in
/// capitals that may name a body ("MISSION INTÉGRÉE DES NATIONS UNIES POUR…") or describe one
/// ("la mission des Nations unies"), where what the complement holds may be part of a longer
/// name or not, is not said.
pub(crate) fn undecided_holds(undecided: &[(usize, usize)], start: usize, end: usize) -> bool {
    undecided.iter().any(|&(s, e)| s < start && end <= e)
}

/// The gazetteer's organisations among the scan's names.
fn known_names<'a>(gazetteer: &'a Gazetteer, names: &'a [Hit]) -> impl Iterator<Item = Org> + 'a {
    names
        .iter()
        .filter(|h| h.kinds.any(Kinds::ORGANIZATION))
        .filter_map(|h| {
            let (org, form) = gazetteer.entries(h).find_map(|e| match e.kind {
                EntryKind::Organization { org, form } => Some((gazetteer.organization(org)?, form)),
                _ => None,
            })?;
            let (start, end) = (h.input_start, h.input_end);
            (start < end).then(|| Org {
                start,
                end,
                long_form: (form != OrgForm::Name)
                    .then(|| org.long_form.clone())
                    .flatten(),
                acronym: (form != OrgForm::Acronym)
                    .then(|| org.acronym.clone())
                    .flatten(),
            })
        })
}

/// Acronyms defined in parentheses after their long form ("Union africaine (UA)"): the
/// acronym, and the long form when the gazetteer lacks it, become organisations; returns the
/// (acronym, long form) pairs learnt.
#[inline(never)]
fn acronyms_defined<'h>(
    input: &'h str,
    taken: &[(usize, usize)],
    orgs: &mut Vec<Org>,
) -> Vec<(Cow<'h, str>, Arc<str>)> {
    let mut learnt: Vec<(Cow<'h, str>, Arc<str>)> = Vec::new();
    let parentheses: Vec<_> = acronyms_in_parentheses(input).collect();
    let mut capitals = CapitalLines::default();
    // The names' ends (with the last name that ends there), starts and the states' and
    // places' ends, sorted for searches by halves: a few dozen, not worth a hash map each.
    let (ends, starts, taken_ends) = if parentheses.is_empty() {
        Default::default()
    } else {
        let mut ends: Vec<(usize, usize)> =
            orgs.iter().enumerate().map(|(i, o)| (o.end, i)).collect();
        ends.sort_unstable();
        let mut starts: Vec<usize> = orgs.iter().map(|o| o.start).collect();
        starts.sort_unstable();
        let mut taken_ends: Vec<usize> = taken.iter().map(|&(_, e)| e).collect();
        taken_ends.sort_unstable();
        (ends, starts, taken_ends)
    };
    let name_ending = |at: usize| {
        let i = ends.partition_point(|&(end, _)| end <= at);
        i.checked_sub(1)
            .map(|i| ends[i])
            .filter(|&(end, _)| end == at)
            .map(|(_, i)| i)
    };
    let taken_ends_at = |at: usize| taken_ends.binary_search(&at).is_ok();
    for ((paren_start, _), (acr_start, acr_end)) in parentheses {
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
            None if taken_ends_at(gap_start) => continue,
            // Where capitals tell nothing, they tell no name's first word either
            // ("DISCUSSIONS ENTRE TECHNICIENS DES ÉTATS MEMBRES (EM)").
            None if capitals.covers(input, acr_start, acr_end) => continue,
            None => match long_form_before(input, gap_start, acr, false) {
                Some(start) => (start, false),
                None => continue,
            },
        };
        let long: Arc<str> = Arc::from(&input[start..gap_start]);
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
    learnt
}

/// "l'IMCTC (Coalition …)": acronyms written before a known name in parentheses.
#[inline(never)]
fn acronyms_before_names<'h>(input: &'h str, orgs: &[Org]) -> Vec<(Cow<'h, str>, Arc<str>)> {
    let mut learnt = Vec::new();
    let mut capitals = CapitalLines::default();
    // The name in parentheses is written out: an acronym there after a word in capitals is a
    // wire's tag ("NIAMEY (ANP) –").
    for o in orgs
        .iter()
        .filter(|o| input[o.start..o.end].contains(char::is_lowercase))
    {
        let before = input[..o.start].trim_end();
        if let Some(inner) = before.strip_suffix('(') {
            let inner = inner.trim_end();
            let word_start = inner
                .rfind(|c: char| !(boundary::is_word_char(c) || c == '-'))
                .map_or(0, |i| {
                    i + inner[i..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &inner[word_start..];
            let uppercase = word.chars().filter(|c| c.is_uppercase()).count();
            if uppercase >= 2
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

/// The bare uses of the acronyms learnt (overlaps are resolved at the end).
#[inline(never)]
fn bare_acronyms(input: &str, mut learnt: Vec<(Cow<'_, str>, Arc<str>)>, orgs: &mut Vec<Org>) {
    learnt.sort_by(|a, b| a.0.cmp(&b.0));
    learnt.dedup_by(|b, a| a.0 == b.0);
    let patterns: Vec<&str> = learnt.iter().map(|(a, _)| a.as_ref()).collect();
    for (at, end, i) in find_all(input, &patterns) {
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

/// Acronyms that no definition gives, read by their place: a word in capitals of three to
/// eight letters right after an article or an elided one ("l'OCAM", "la DIRPA", "du CNDH"),
/// which names a body unless it is a common noun written in capitals ("le PIB", "l'ADN":
/// [`COMMON_ACRONYMS`]), a title's or a known name's; never in a line in capitals.
#[inline(never)]
fn acronyms_after_articles(
    input: &str,
    capital_runs: &[(usize, usize)],
    names: &[Hit],
    titles: &[Hit],
    orgs: &mut Vec<Org>,
) {
    let bytes = input.as_bytes();
    let mut capitals = CapitalLines::default();
    for (at, end) in runs_of_capitals_in(bytes, capital_runs) {
        let len = end - at;
        if at == 0 || bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut after = input[end..].chars();
        let glued = match after.next() {
            Some('.') => after.next().is_some_and(char::is_alphanumeric),
            Some(c) => c.is_alphanumeric() || c == '-',
            None => false,
        };
        if !(3..=8).contains(&len) || glued {
            continue;
        }
        // An elided article glued to it, or an article before blanks of any kind.
        let before = &input[..at];
        let article = ["l'", "l’", "L'", "L’"].iter().any(|a| before.ends_with(a)) || {
            let trimmed = before.trim_end_matches(|c| blank(c) != Blank::No);
            let word_start = trimmed
                .rfind(|c: char| !c.is_alphanumeric())
                .map_or(0, |i| {
                    i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
                });
            trimmed.len() < before.len()
                && is_soft_gap(&before[trimmed.len()..])
                && matches!(
                    &trimmed[word_start..],
                    "la" | "le" | "du" | "au" | "La" | "Le" | "Du" | "Au"
                )
        };
        if !article {
            continue;
        }
        let word = &input[at..end];
        let covered = |hits: &[Hit]| {
            let i = hits.partition_point(|h| h.input_end <= at);
            hits.get(i).is_some_and(|h| h.input_start < end)
        };
        if COMMON_ACRONYMS.contains(&word)
            || covered(names)
            || covered(titles)
            || capitals.covers(input, at, end)
        {
            continue;
        }
        orgs.push(Org::named(at, end));
    }
}

/// The runs of three ASCII capitals or more (with the digits after them) in `bytes`, as
/// `(start, end)`, found eight bytes at a time.
#[cfg(test)]
fn runs_of_capitals(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (start, end) = next_run_of_capitals(bytes, at, bytes.len())?;
        at = end;
        Some((start, end))
    })
}

/// [`runs_of_capitals`], searched only in `windows`, sorted spans of `bytes` that hold every
/// three capitals in a row and start and end after and before a byte that is no capital nor
/// digit (the normalised text's [`capital_runs`](NormalizedText::capital_runs)): a run lies
/// inside one, and the runs of a window are those the whole text's search finds there.
fn runs_of_capitals_in<'a>(
    bytes: &'a [u8],
    windows: &'a [(usize, usize)],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    windows.iter().flat_map(move |&(start, limit)| {
        let mut at = start;
        std::iter::from_fn(move || {
            let (start, end) = next_run_of_capitals(bytes, at, limit)?;
            at = end;
            Some((start, end))
        })
    })
}

/// The first run of [`runs_of_capitals`] that ends three capitals at or after `at` and before
/// `limit`, where no run goes on from before `at` (the text's start, or the end of a run).
#[inline(never)]
fn next_run_of_capitals(bytes: &[u8], mut at: usize, limit: usize) -> Option<(usize, usize)> {
    use crate::text::swar;
    // The high bit of each capital of `x` (bytes above ASCII left out).
    let capitals_of = |x: u64| swar::in_range(x, b'A', b'Z') & !x & swar::HIGH_BITS;
    // The capitals of the eight bytes before `at` (high bits), when they were read.
    let mut before = 0u64;
    while at < limit.min(bytes.len()) {
        // The last bytes padded with zeros, which are no capitals.
        let x = swar::load(bytes, at).unwrap_or_else(|| {
            let mut eight = [0u8; 8];
            let n = bytes.len() - at;
            eight[..n].copy_from_slice(&bytes[at..]);
            u64::from_le_bytes(eight)
        });
        // The capitals, then each that ends three, the two before it read with the chunk
        // before.
        let capitals = capitals_of(x);
        if capitals == 0 {
            // No capital (most of a text): no run ends here, none goes on into the next.
            before = 0;
            at += 8;
            continue;
        }
        let three = capitals & (capitals << 8 | before >> 56) & (capitals << 16 | before >> 48);
        let Some(i) = swar::first(three) else {
            // No run of three ends in the eight bytes (none has a capital, most of a text).
            before = capitals;
            at += 8;
            continue;
        };
        if at + i >= limit {
            return None;
        }
        let mut start = at + i - 2;
        while start > 0 && bytes[start - 1].is_ascii_uppercase() {
            start -= 1;
        }
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                .count();
        // (The byte at `end` is no capital: no run goes on across it.)
        return Some((start, end));
    }
    None
}

/// Common nouns written in capitals, which an article precedes as it precedes a body's
/// acronym ("le PIB", "l'ADN", "les EEI").
const COMMON_ACRONYMS: [&str; 24] = [
    "PIB", "VIH", "ADN", "EEI", "IED", "SIDA", "COVID", "OGM", "PME", "TVA", "DDR", "RSS", "SMS",
    "GPS", "PDF", "CEO", "PDG", "TNT", "RPG", "USD", "EUR", "FCFA", "CFA", "ONG",
];

/// Organs joined to the organisation after them ("Conseil de sécurité de l'ONU"); an organ
/// never reaches over another organisation ("Commission de l'Union africaine ont condamné les
/// attaques des Shebab" is not one name).
#[inline(never)]
fn organs(input: &str, orgs: &mut Vec<Org>) {
    orgs.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    orgs.dedup_by(|b, a| a.start == b.start);
    let mut previous_end = 0;
    for o in orgs.iter_mut() {
        let o_start = o.start;
        let end = o.end;
        // An organ ends with a connector: most names have none before them.
        if ends_with_connector(&input[..o_start]).is_none() {
            previous_end = previous_end.max(end);
            continue;
        }
        let window = floor_char_boundary(input, o_start.saturating_sub(120));
        let from = window + paragraph_start(&input[window..o_start]);
        if let Some(start) = organ_before(input, from, o_start) {
            if previous_end <= start {
                o.start = start;
                o.long_form = None;
                o.acronym = None;
            }
        }
        previous_end = previous_end.max(end);
    }
}

/// The mentions, longest first at each start, then without overlap.
#[inline(never)]
fn without_overlap<'h>(input: &'h str, mut orgs: Vec<Org>) -> Vec<OrganizationMention<'h>> {
    orgs.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<OrganizationMention<'h>> = Vec::with_capacity(orgs.len());
    let mut last_end = 0;
    for o in orgs {
        if o.start < last_end || o.start >= o.end {
            continue;
        }
        last_end = o.end;
        out.push(OrganizationMention {
            text: Cow::Borrowed(&input[o.start..o.end]),
            start: o.start,
            end: o.end,
            acronym: o.acronym,
            long_form: o.long_form,
        });
    }
    out
}

/// The length (bytes) from which [`find_all`] builds a DFA.
const LONG_INPUT: usize = 64 << 10;

/// Every occurrence `(start, end, pattern)` of the distinct strings one document defines: a
/// vectorised substring search per string when they are few, else one pass of a small
/// automaton (a long document may define hundreds: one pass each would grow with their count);
/// a DFA, dearer to build and a few times faster to run, over a long document (the automaton
/// when the DFA cannot be built).
fn find_all(input: &str, patterns: &[&str]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let build = |kind| AhoCorasick::builder().kind(Some(kind)).build(patterns);
    if patterns.len() <= 8 {
        for (i, p) in patterns.iter().enumerate().filter(|(_, p)| !p.is_empty()) {
            let found = memchr::memmem::find_iter(input.as_bytes(), p);
            out.extend(found.map(|at| (at, at + p.len(), i)));
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
    out
}

/// The start of a capitalised phrase ending at `end` whose initials spell `acronym` (or, unless
/// `whole`, two thirds of it).
fn long_form_before(input: &str, end: usize, acronym: &str, whole: bool) -> Option<usize> {
    let stop = ['.', ',', ';', ':', '(', ')', '«', '»', '"', '“', '”'];
    // Within the 300 bytes before, in the paragraph, after the last punctuation.
    let window = floor_char_boundary(input, end.saturating_sub(300));
    let window = window + paragraph_start(&input[window..end]);
    let line_start = input[window..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop.contains(&c))
        .map_or(window, |(i, c)| window + i + c.len_utf8());
    // Words with their offsets, split at white space and apostrophes.
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut word_start = None;
    for (i, c) in input[line_start..end].char_indices() {
        let at = line_start + i;
        let separator = c.is_whitespace() || c == '\'' || c == '’';
        match (separator, word_start) {
            (true, Some(s)) => {
                words.push((s, &input[s..at]));
                word_start = None;
            }
            (false, None) => word_start = Some(at),
            _ => {}
        }
    }
    if let Some(s) = word_start {
        words.push((s, &input[s..end]));
    }
    // Letters compared folded: "É" in either Unicode form is "e".
    let folded = |c: char| match crate::text::fold_char(c) {
        crate::text::Folded::Char(f) => Some(f.to_ascii_lowercase()),
        crate::text::Folded::Str(s) => s.chars().next(),
        crate::text::Folded::Nothing => None,
    };
    let initial = |w: &str| w.chars().next().and_then(folded);
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .filter_map(folded)
        .collect();
    if letters.len() < 2 {
        return None;
    }
    // The shortest phrase (2 to 10 words) whose initials give every letter of the acronym in
    // order; failing that, the shortest that gives two thirds of them.
    let n = words.len();
    // Per word of the last ten (those a phrase may start at and hold), whether it is skipped
    // and its initial: read once, not again for every phrase that holds it.
    let from = n.saturating_sub(10);
    let read: Vec<(bool, Option<char>)> = words[from..]
        .iter()
        .map(|(_, w)| {
            let skipped = ACRONYM_SKIPPED_WORDS.contains(&w.to_lowercase().as_str());
            (skipped, if skipped { None } else { initial(w) })
        })
        .collect();
    let score = |first: usize| -> Option<(bool, usize)> {
        let (start, head) = words[first];
        // "États membres (EM)", "États parties": states, not a body.
        if crate::text::fold_str(head) == "etats" {
            return None;
        }
        if !head.starts_with(char::is_uppercase)
            || read[first - from].0
            || SENTENCE_OPENERS.contains(&head)
        {
            return None;
        }
        let initials: Vec<char> = read[first - from..]
            .iter()
            .filter_map(|&(_, initial)| initial)
            .collect();
        if initials.first() != letters.first()
            || initials.len() > letters.len() + 2
            || initials.len() * 2 < letters.len()
        {
            return None;
        }
        let mut i = 0;
        for c in &initials {
            if i < letters.len() && *c == letters[i] {
                i += 1;
            }
        }
        (i * 3 >= letters.len() * 2).then_some((i == letters.len(), start))
    };
    let candidates: Vec<(bool, usize)> = (n.saturating_sub(10)..n.saturating_sub(1))
        .rev()
        .filter_map(score)
        .collect();
    candidates
        .iter()
        .find(|(full, _)| *full)
        .or_else(|| candidates.first().filter(|_| !whole))
        .map(|&(_, start)| start)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// The organisations of `text`, as written (the stage's tests read them so).
    pub(in crate::pipeline::organizations) fn organizations(text: &str) -> Vec<String> {
        crate::Extractor::new()
            .extract(text)
            .organizations
            .iter()
            .map(|o| o.text.to_string())
            .collect()
    }

    #[test]
    fn acronyms_written_as_names_need_their_whole_long_form() {
        let text = "L'Office de surveillance des frontières et de la navigation (Osfn) a \
                    publié son rapport. Selon l'OSFN et l'Osfn, la menace baisse. La ville \
                    (Paris) et le Groupe de suivi (Mali) ont répondu.";
        let found: Vec<String> = crate::Extractor::new()
            .extract(text)
            .organizations
            .iter()
            .map(|o| o.text.to_string())
            .collect();
        assert_eq!(
            found,
            [
                "Office de surveillance des frontières et de la navigation",
                "Osfn",
                "OSFN",
                "Osfn",
                "Groupe de suivi"
            ]
        );
    }

    #[test]
    fn acronyms_after_articles_name_bodies() {
        assert_eq!(
            organizations("Le directeur de l'OCAM et la DIRPA ont parlé du CNDH."),
            ["OCAM", "DIRPA", "CNDH"]
        );
        // Common nouns in capitals, a headline in capitals, a word that goes on.
        assert_eq!(
            organizations("Il a parlé du\u{a0}CNDH et de la\t\tDIRPA."),
            ["CNDH", "DIRPA"]
        );
        assert!(organizations("Le PIB et l'ADN des ONG, selon le VIH-SIDA.").is_empty());
        assert!(organizations("LA REUNION DE L'OCAM A EU LIEU").is_empty());
        // States are no body, whatever their acronym.
        assert!(organizations("Les États membres (EM) ont voté ; les EM ont signé.").is_empty());
        // An accented initial in either Unicode form.
        for text in [
            "Le Groupe d'Évaluation et de Suivi (GES) a siégé.",
            "Le Groupe d'E\u{301}valuation et de Suivi (GES) a siégé.",
        ] {
            assert_eq!(organizations(text).len(), 2, "{text}");
        }
    }

    #[test]
    fn long_forms_spelled_by_initials() {
        let text = "La Force conjointe du G5 Sahel (FC-G5S) a frappé.";
        let end = text.find(" (").unwrap();
        assert_eq!(
            long_form_before(text, end, "FC-G5S", false).map(|s| &text[s..end]),
            Some("Force conjointe du G5 Sahel")
        );
        let text = "selon le Bureau central d'investigations judiciaires (BCIJ)";
        let end = text.find(" (").unwrap();
        assert_eq!(
            long_form_before(text, end, "BCIJ", false).map(|s| &text[s..end]),
            Some("Bureau central d'investigations judiciaires")
        );
        let text = "le texte adopté hier (RDC)";
        assert_eq!(
            long_form_before(text, text.find(" (").unwrap(), "RDC", false),
            None
        );
    }

    /// The acronyms in parentheses as the regex the reader replaces finds them.
    fn by_regex(input: &str) -> Vec<((usize, usize), (usize, usize))> {
        let regex = regex::Regex::new(
            r"\(\s*([A-Z][A-Za-z0-9&\-]*[A-Z][A-Za-z0-9&\-]*|[A-Z][A-Za-z]{2,7})\s*\)",
        )
        .unwrap();
        regex
            .captures_iter(input)
            .map(|c| {
                let (whole, acronym) = (c.get(0).unwrap(), c.get(1).unwrap());
                (
                    (whole.start(), whole.end()),
                    (acronym.start(), acronym.end()),
                )
            })
            .collect()
    }

    #[test]
    fn acronyms_in_parentheses_are_read_as_the_regex_reads_them() {
        for input in [
            "l'Union africaine (UA), la Force (FC-G5S ) et ( CIMCT) mais (Ua) (U) (uA) (A B)",
            "(\u{a0}R&D\u{a0}) ((OTAN)) (OTAN( (É) (AÉ) (OT\nAN)",
        ] {
            let found: Vec<_> = acronyms_in_parentheses(input).collect();
            assert_eq!(found, by_regex(input), "{input:?}");
        }
    }

    /// The runs of capitals byte by byte: the first three capitals in a row, back to the
    /// run's start and on over its capitals and digits, then the next after it.
    fn runs_by_bytes(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut p = 0;
        while p + 3 <= bytes.len() {
            if !bytes[p..p + 3].iter().all(u8::is_ascii_uppercase) {
                p += 1;
                continue;
            }
            let mut start = p;
            while start > 0 && bytes[start - 1].is_ascii_uppercase() {
                start -= 1;
            }
            let run = bytes[start..].iter();
            p = start
                + run
                    .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                    .count();
            out.push((start, p));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn runs_of_capitals_as_byte_by_byte(input in "[ABZaz09 É-]{0,40}") {
            let found: Vec<_> = runs_of_capitals(input.as_bytes()).collect();
            proptest::prop_assert_eq!(found, runs_by_bytes(input.as_bytes()));
        }

        /// The runs of capitals searched in the normalised text's capital runs alone are those
        /// of the whole text.
        #[test]
        fn runs_of_capitals_in_the_capital_runs(input in "[ABZaz09 É\u{ad}\n-]{0,40}") {
            let text = NormalizedText::new(&input);
            let found: Vec<_> = runs_of_capitals_in(input.as_bytes(), text.capital_runs()).collect();
            proptest::prop_assert_eq!(found, runs_of_capitals(input.as_bytes()).collect::<Vec<_>>());
        }

        #[test]
        fn acronyms_in_parentheses_anywhere(input in "[(() )AaBZz0&\\-É\u{a0}\n]{0,30}") {
            let found: Vec<_> = acronyms_in_parentheses(&input).collect();
            proptest::prop_assert_eq!(found, by_regex(&input));
        }
    }
}
