//! The families of dates as one automaton, and the searches of a document: anchored at the
//! words around the anchors the scan reported, or (the reference, and the fallback) over the
//! whole text.

use super::Family;
use crate::hash::{self, WordTable};
use crate::lexicon::{DATE_LEADING_WORDS, ENGLISH_WEEKDAYS, MONTHS, MONTH_ABBREVIATIONS, WEEKDAYS};
use once_cell::sync::Lazy;
use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::meta::Regex;
use regex_automata::{Anchored, Input};
use std::cell::RefCell;

/// A day of the month in figures, "1er" or "premier".
const DAY_FIGURES: &str = r"(?:1er|premier|[0-3]?[0-9])";

/// A day of the month in figures or in words ("quinze", "vingt et un", "trente-et-un").
const DAY: &str = r"(?:1er|premier|[0-3]?[0-9]|(?:vingt|trente)(?: et |-et-)un|dix-(?:sept|huit|neuf)|vingt-(?:deux|trois|quatre|cinq|six|sept|huit|neuf)|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente)";

/// An ordinal day: "2e", "3eme", "premier", "dernier".
const ORDINAL_DAY: &str = r"(?:[0-3]?[0-9](?:e|eme|ieme)|premier|dernier)";

/// A count of periods in "les quatre derniers mois", up to "soixante-neuf" in words, and its
/// figures in brackets after it, as administrative French writes them ("les six (06) derniers
/// mois").
const COUNT: &str = concat!(
    r"(?:(?:[0-9]{1,3}|(?:dix|vingt|trente|quarante|cinquante|soixante)-(?:et-)?",
    r"(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf)",
    r"|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize",
    r"|vingt|trente|quarante|cinquante|soixante)(?: \([0-9]{1,3}\))?)"
);

/// The seasons, folded.
const SEASON: &str = r"(?:printemps|ete|automne|hiver)";

const YEAR: &str = r"[12][0-9]{3}(?-u:\b)";

/// Numeric dates: day, month and year (four digits or two) separated by one of `/ . -`, or
/// by single spaces with a four-digit year, or by a dot and a space ("22. 07. 2018"), or by
/// slashes with spaces ("14 / 09/ 2023", a four-digit year); ISO `yyyy-m-d` (padded or not,
/// also with `/` or `.`), a timestamp's `T` after it; ISO `yyyy-mm`; the American `m/d/yyyy` where the day
/// cannot be a month ("7/27/2022", a CMS's stamp). What stands around them (a phone number,
/// a table of figures, a version) is checked when the match is read.
const NUMERIC: &str = r"(?:[0-3]?[0-9][./-][01]?[0-9][./-](?:[12][0-9]{3}|[0-9]{2})(?-u:\b)|[0-3]?[0-9]\.\x20[01]?[0-9]\.\x20[12][0-9]{3}(?-u:\b)|[0-3]?[0-9]\x20?/\x20?[01]?[0-9]\x20?/\x20?[12][0-9]{3}(?-u:\b)|[01]?[0-9]/(?:1[3-9]|2[0-9]|3[01])/[12][0-9]{3}(?-u:\b)|[0-3]?[0-9]\x20[01]?[0-9]\x20[12][0-9]{3}(?-u:\b)|[12][0-9]{3}[./-][01]?[0-9][./-][0-3]?[0-9](?:(?-u:\b)|t[0-2][0-9]:)|[12][0-9]{3}-[01][0-9](?-u:\b))";

/// The pattern of each family, in the order of [`Family::ALL`] (a match's pattern id is its
/// family's position there).
static FAMILIES: Lazy<Vec<String>> = Lazy::new(|| {
    let weekday = format!("(?:{})", WEEKDAYS.join("|"));
    // Only abbreviations take a dot ("sept. 2022"), a full name leaves the sentence's full
    // stop outside ("le 2 juin.").
    let abbreviations: Vec<&str> = MONTH_ABBREVIATIONS.iter().map(|(a, _)| *a).collect();
    let month = format!(
        r"(?:(?:{})(?-u:\b)|(?:{})(?-u:\b)\.?)",
        MONTHS.join("|"),
        abbreviations.join("|")
    );
    // A weekday before an English date, in French or English ("Mardi, 25 November 2025",
    // "Fri, 24 Jun 2022").
    let english_weekday = format!(r"(?:(?:{})\.?)", ENGLISH_WEEKDAYS.join("|"));
    // A French month in the English order, with its comma ("mars 30, 2015": a CMS's stamp).
    let months = MONTHS.join("|");
    let english = r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?-u:\b)\.?|(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?-u:\b)\.?)";
    let families = [
        (
            Family::RangeNum,
            format!(r"(?-u:\b)du (?:{weekday} )?{NUMERIC} au (?:{weekday} )?{NUMERIC}"),
        ),
        (
            Family::RangeText,
            format!(
                r"(?-u:\b)(?:du )?(?:{weekday} )?{DAY}(?: {month}(?: {YEAR})?)? au (?:{weekday} )?{DAY} {month}(?: {YEAR})?"
            ),
        ),
        (
            Family::RangeAnd,
            format!(
                r"(?-u:\b)(?:entre (?:le )?(?:{weekday} )?{DAY}(?: {month}(?: {YEAR})?)? et (?:le )?|(?:{weekday} et )?(?:(?:{weekday} )?{DAY}~,~)*(?:{weekday} )?{DAY}(?: {month})? et )(?:{weekday} )?{DAY} {month}(?: {YEAR})?"
            ),
        ),
        (
            Family::RangeSlash,
            format!(r"(?-u:\b){DAY_FIGURES}(?: {month})?~[/-]~{DAY_FIGURES} {month}(?: {YEAR})?"),
        ),
        (
            Family::RangeYears,
            format!(r"(?-u:\b)(?:de|entre) {YEAR} (?:a|au|et|jusqu'a|jusqu'en) {YEAR}"),
        ),
        (
            Family::RangeMonths,
            format!(
                r"(?-u:\b)(?:entre |de |d'){month}(?: {YEAR})? (?:et|a|au|jusqu'a|jusqu'en) {month}(?: {YEAR})?"
            ),
        ),
        (
            Family::YearSpan,
            format!(
                r"(?-u:\b)(?:(?:en |depuis )?{YEAR}~[-/]~{YEAR}|annees {YEAR} (?:a|au|et) {YEAR})"
            ),
        ),
        (
            Family::Decade,
            r"(?-u:\b)annees (?:[1-9]0|1[0-9][0-9]0|20[0-9]0)(?-u:\b)".to_string(),
        ),
        (
            Family::RangeDays,
            format!(r"(?-u:\b)du {DAY_FIGURES} au {DAY_FIGURES}(?-u:\b)"),
        ),
        (
            Family::Text,
            format!(
                r"(?-u:\b)(?:(?:{weekday}(?: dernier| prochain)?(?:~,? le|~,)? |{weekday} (?:matin|soir|apres[- ]midi|midi) )?{DAY} {month}(?:,? {YEAR}| [0-9]{{2}}(?-u:\b))?|{DAY} - {month} - {YEAR}|{DAY} courant(?-u:\b)|{ORDINAL_DAY} jour (?:du mois )?(?:de |d'){month}(?: {YEAR})?)"
            ),
        ),
        (
            Family::English,
            format!(
                r"(?-u:\b)(?:(?:{weekday}|{english_weekday}),? )?(?:{english} [0-3]?[0-9](?:st|nd|rd|th)?,? {YEAR}|[0-3]?[0-9] {english},? {YEAR}|[0-3]?[0-9]-(?:{english}|{month})-{YEAR}|(?:{months}) [0-3]?[0-9], {YEAR})"
            ),
        ),
        (
            Family::Numeric,
            // ("le 24/02": a day and its month after "le", the year left out, then no other
            // figure nor slash.)
            format!(
                r"(?-u:\b)(?:(?:{weekday}(?:,? le)? )?{NUMERIC}|le [0-3][0-9]/[01][0-9](?:[\x00-\x2e\x3a-\x7f]|$))"
            ),
        ),
        (
            Family::Holiday,
            format!(
                r"(?-u:\b)(?:noel|saint-sylvestre|toussaint|(?:jour de l'|nouvel )an|fete du travail|armistice|paques|ramadh?an|aid(?:(?:-| )(?:el|al)(?:-| )?(?:fitr|kebir|kabir|adha|seghir|sghir))?|tabaski|korite|gamou|maouloud|mawlid|mouloud|magal|tamkharit|achoura|nuit du destin)(?-u:\b)(?: (?:de )?{YEAR})?"
            ),
        ),
        (
            Family::Part,
            format!(
                r"(?-u:\b)(?:(?:fin|debut|mi)(?: du mois)?(?:-| )(?:de |d')?{month}(?: {YEAR})?|(?:fin|debut|mi)(?:-| )(?:de l'annee )?{YEAR}|(?:premiere|1re|1ere|seconde|deuxieme|2e|2de|derniere) quinzaine (?:du mois )?(?:de |d'){month}(?: {YEAR})?|{SEASON} {YEAR}|(?:premier|1er|second|deuxieme|2e|troisieme|3e|quatrieme|4e|dernier) (?:trimestre|semestre) (?:de |de l'annee )?{YEAR}|(?:les )?{COUNT} (?:premiers|derniers) mois (?:de |de l'annee ){YEAR})"
            ),
        ),
        (Family::MonthYear, format!(r"(?-u:\b){month} {YEAR}")),
        (
            Family::MonthContext,
            format!(
                r"(?-u:\b)(?:(?:(?:en|depuis|des|avant|apres|jusqu'en|jusqu'a|courant|durant|pendant|vers) |mois (?:de |d')){month}(?: {YEAR})?|{month} (?:dernier|prochain)(?-u:\b))"
            ),
        ),
        (
            Family::Year,
            format!(
                r"(?-u:\b)(?:en|depuis|des|avant|apres|jusqu'en|d'ici|d'ici a|courant|l'annee|l'an|annee|cette annee) {YEAR}"
            ),
        ),
        (
            Family::PartRelative,
            format!(
                r"(?-u:\b)(?:la (?:derniere|prochaine) fin de semaine|(?:la |le |l'|cette )?(?:fin|debut|milieu|entame)(?: de la| de l'| du| de| d'| de cette| de ce| de cet)~(?:semaine|mois|annee|{SEASON})(?: (?:prochaine?|derniere?|passee?|ecoulee?|courante?|en cours))?|(?:les )?{COUNT} premiers mois (?:de l'annee|de cette annee)(?: (?:derniere|passee|prochaine|ecoulee|en cours))?|(?:le )?(?:premier|1er|second|deuxieme|2e|troisieme|3e|quatrieme|4e|dernier) (?:trimestre|semestre) (?:de l'annee|de cette annee)(?: (?:derniere|passee|prochaine|ecoulee|en cours))?|(?:cet|ce) {SEASON}|d'ici (?:l'|le )?{SEASON}|(?:avant|apres|depuis|des) (?:l'|le ){SEASON}(?: (?:prochain|dernier|passe))?|(?:l'|le )?{SEASON} (?:prochain|dernier|passe)|l'(?:ete|automne|hiver)|printemps)(?-u:\b)"
            ),
        ),
        (
            Family::Relative,
            format!(
                r"(?-u:\b)(?:(?:avant-hier|apres-demain|aujourd'hui|hier|demain|ce)~[(\[]{weekday}[)\]] (?:matin|soir|apres[- ]midi)|(?:(?:avant-hier|apres-demain|aujourd'hui|hier|demain)(?: (?:matin|soir|apres[- ]midi))?|ce matin|ce soir|cet apres[- ]midi|ce jour|la (?:nuit|matinee|soiree) (?:derniere|passee)|cette (?:nuit|matinee|soiree))~(?:\((?:(?:ce )?{weekday}(?: (?:matin|soir|apres[- ]midi))?|avant-hier|hier|aujourd'hui)(?:~[,:] ndlr)?\)|\[(?:{weekday}|avant-hier|hier|aujourd'hui)\])|{weekday} \(ndlr~[:,]~(?:avant-hier|apres-demain|aujourd'hui|hier|demain)\)|(?:(?:avant-hier|apres-demain|aujourd'hui|hier|demain)(?:,? {weekday})?(?: (?:matin|soir|apres[- ]midi|avant[- ]midi|midi)(?:, {weekday})?)?|(?:(?:fin|debut) (?:de |d'))?(?:ce|cet) (?:matin|soir|apres[- ]midi|midi|jour)|cette (?:nuit|matinee|soiree|apres[- ]midi)|la presente annee|la (?:nuit|matinee|soiree) (?:derniere|passee)|(?:la )?nuit (?:(?:de|du) (?:ce )?{weekday}|d'hier) (?:a|au) (?:(?:ce )?{weekday}(?: dernier)?|hier|aujourd'hui)|(?:(?:fin|debut) (?:de |d'))?(?:la |l')?(?:matinee|soiree|journee|apres[- ]midi|nuit) d'(?:hier|avant-hier|aujourd'hui)|(?:la |l')?(?:matinee|soiree|journee|apres[- ]midi) de ce jour|le courant de la journee|plus tot (?:dans|cette) (?:la |l')?(?:semaine|annee|(?:journee|soiree|matinee)(?: d'(?:avant-)?hier)?)|plus tard (?:dans|cette) (?:la |l')?(?:semaine|annee)|plus (?:tot|tard) ce mois(?:-ci)?|plus (?:tot|tard) aujourd'hui|(?:les|ces|des) (?:{COUNT} (?:derniers|dernieres|prochains|prochaines)|(?:dernieres|prochaines) {COUNT}) (?:jours|semaines|mois|annees|ans|decennies|heures)|(?:les|ces|des) {COUNT} (?:heures|jours|semaines|mois|annees|ans|decennies) (?:a venir|qui viennent|ecoulee?s|passee?s)|la (?:(?:derniere|prochaine) decennie|decennie (?:ecoulee|passee|a venir))|(?:(?:il )?y a|(?:il )?y'a|ya) (?:de cela )?(?:maintenant |deja |tout juste |juste |seulement |a peine |un peu plus de |un peu plus d'|plus de |plus d'|pres de |pres d'|environ |presque |precisement |exactement )?(?:{COUNT}|un|une) (?:jours?|semaines?|mois|annees?|ans?|heures?|minutes?)|(?:dans|d'ici(?: a)?) (?:{COUNT}|un|une) (?:jours?|semaines?|mois|annees?|ans?)|cette (?:fin|debut) (?:de |d')(?:matinee|apres-midi|journee|soiree)|{weekday} (?:au )?(?:matin|soir|nuit|apres[- ]midi|avant[- ]midi|midi)(?: dernier| prochain)?|la semaine (?:derniere|prochaine|passee|ecoulee|courante|en cours|qui vient(?: de s'(?:ecouler|achever|terminer))?|qui s'ecoule)|cette semaine(?:-ci)?|(?:du (?:seul )?)?mois (?:dernier|prochain|passe|ecoule)|(?:du )?week(?:-| )?end (?:dernier|prochain|passe)|le mois (?:dernier|prochain|passe|ecoule|courant|en cours|qui vient(?: de s'(?:ecouler|achever|terminer))?|qui s'ecoule)|ce mois(?:-ci)?|l'annee (?:derniere|prochaine|passee|ecoulee|courante|en cours|qui vient(?: de s'(?:ecouler|achever|terminer))?|qui s'ecoule)|l'annee|l'an (?:dernier|prochain|passe)|cette annee(?: civile|-ci)?|le week(?:-| )?end (?:dernier|prochain|passe)|(?:ce|le|du) week(?:-| )?end|{weekday}(?: (?:derniers?|prochains?|passe)| de cette semaine| de la semaine (?:derniere|prochaine|passee))?)(?-u:\b))"
            ),
        ),
    ];
    debug_assert!(families.iter().map(|(f, _)| *f).eq(Family::ALL));
    // In the families, ' ' stands for one or more spaces or tabs, '~' for any number.
    families
        .into_iter()
        .map(|(_, family)| family.replace(' ', r"[ \t]+").replace('~', r"[ \t]*"))
        .collect()
});

/// The families, as the patterns of one automaton (a match's pattern is its family).
fn family_patterns() -> Vec<&'static str> {
    FAMILIES.iter().map(String::as_str).collect()
}

/// The families as one lazy DFA, for anchored searches. ASCII only (the text is folded).
pub(super) static DATES: Lazy<Option<DFA>> = Lazy::new(|| {
    DFA::builder()
        .syntax(regex_automata::util::syntax::Config::new().unicode(false))
        .configure(DFA::config().cache_capacity(4 << 20))
        .build_many(&family_patterns())
        .ok()
});

/// The families as a regex that searches the whole text: the reference for the anchored
/// searches, and their fallback should the lazy DFA fail.
pub(super) static DATES_EVERYWHERE: Lazy<Regex> = Lazy::new(|| {
    Regex::builder()
        .syntax(regex_automata::util::syntax::Config::new().unicode(false))
        .build_many(&family_patterns())
        .expect("the date families compile")
});

/// True when byte `at` of `bytes` starts an ASCII word (`(?-u:\b)` before a letter or digit):
/// where a date may start.
#[inline]
pub(super) fn starts_ascii_word(bytes: &[u8], at: usize) -> bool {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    bytes.get(at).is_some_and(u8::is_ascii_alphanumeric) && (at == 0 || !is_word(bytes[at - 1]))
}

/// The classes of bytes for [`leading_starts`]: a letter or a digit, a byte of a word for
/// `(?-u:\b)` (those and `_`), a byte dates are made of (those and `' \t'-./,([`: "ce (mardi)
/// soir").
const ALPHANUMERIC: u8 = 1;
const WORD: u8 = 2;
const IN_DATES: u8 = 4;
static CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        classes[b] = if c.is_ascii_alphanumeric() {
            ALPHANUMERIC | WORD | IN_DATES
        } else if c == b'_' {
            WORD | IN_DATES
        } else if matches!(
            c,
            b' ' | b'\t' | b'\'' | b'-' | b'.' | b'/' | b',' | b'(' | b'['
        ) {
            IN_DATES
        } else {
            0
        };
        b += 1;
    }
    classes
};

/// The most word starts [`leading_starts`] gives: three words, each after an elision.
const LEADING_STARTS: usize = 6;

/// The word starts from which a date that holds the anchor at `anchor` may start, before it:
/// those of at most three words, in order, back through the characters dates are made of
/// (an elided word and its host are one word, two starts: "d'ici à un mois"), and only words
/// that dates start with (see [`DATE_LEADING_WORDS`]). One read of each byte, by its class:
/// a start (as [`starts_ascii_word`] says) where the byte before a letter or a digit is no
/// word byte; a word, the run of letters and digits from there (read on from the anchor when
/// it goes on into it).
fn leading_starts(bytes: &[u8], anchor: usize) -> ([usize; LEADING_STARTS], usize) {
    // The starts, nearest first, with the ends of their runs of letters and digits.
    let mut found = [(0, 0); LEADING_STARTS];
    let mut starts = 0;
    // The words they start, a host after its apostrophe not counted.
    let mut words = 0;
    let mut at = anchor;
    let mut run_end = anchor;
    // True when the byte at `at` is a letter or a digit.
    let mut alphanumeric_at = false;
    while words < 3 {
        let before = at.checked_sub(1).map(|before| bytes[before]);
        let class = before.map_or(0, |b| CLASSES[usize::from(b)]);
        if alphanumeric_at && class & WORD == 0 {
            found[starts] = (at, run_end);
            starts += 1;
            words += usize::from(before != Some(b'\''));
            if words == 3 || starts == LEADING_STARTS {
                break;
            }
        }
        if class & IN_DATES == 0 {
            break;
        }
        at -= 1;
        let alphanumeric = class & ALPHANUMERIC != 0;
        if alphanumeric && !alphanumeric_at {
            run_end = at + 1;
            if run_end == anchor {
                run_end += bytes[anchor..]
                    .iter()
                    .take(10)
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
            }
        }
        alphanumeric_at = alphanumeric;
        // Inside a run of letters and digits nothing changes until its first: skipped at once.
        if alphanumeric {
            at -= alphanumerics_before(bytes, at);
        }
    }
    // In the text's order (they were found nearest first), keeping the words dates start with.
    let mut out = [0; LEADING_STARTS];
    let mut n = 0;
    for &(start, end) in found[..starts].iter().rev() {
        if is_leading_word(bytes, start, end) {
            out[n] = start;
            n += 1;
        }
    }
    (out, n)
}

/// How many ASCII letters and digits stand right before `at`: eight bytes at a time (most of
/// the bytes [`leading_starts`] reads back through are a word's).
#[inline]
fn alphanumerics_before(bytes: &[u8], at: usize) -> usize {
    use crate::text::swar;
    let mut end = at;
    while let Some(chunk) = end.checked_sub(8).and_then(|from| swar::load(bytes, from)) {
        let ascii = chunk & !swar::HIGH_BITS;
        let alphanumeric = (swar::in_range(ascii | swar::splat(0x20), b'a', b'z')
            | swar::in_range(ascii, b'0', b'9'))
            & !chunk;
        let others = !alphanumeric & swar::HIGH_BITS;
        if others != 0 {
            // The last byte of the chunk that is none is the highest flagged.
            return at - end + (others.leading_zeros() / 8) as usize;
        }
        end -= 8;
    }
    at - end
        + bytes[..end]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count()
}

/// The words of [`DATE_LEADING_WORDS`] no date starts with: only inside one ("d'ici a
/// 2030"), where the search starts at an earlier word. (The automaton dies after each of them,
/// whatever follows: tested.)
const NEVER_FIRST: [&str; 2] = ["a", "ici"];

/// [`DATE_LEADING_WORDS`] but [`NEVER_FIRST`], and [`ENGLISH_WEEKDAYS`]: one lookup of a
/// word's first eight bytes and length per word (most words turned away by the table's
/// filter).
static LEADING_WORDS: Lazy<WordTable<()>> = Lazy::new(|| {
    WordTable::new(
        DATE_LEADING_WORDS
            .iter()
            .filter(|w| !NEVER_FIRST.contains(w))
            .chain(&ENGLISH_WEEKDAYS)
            .map(|w| (w.as_bytes(), ())),
    )
});

/// True when the ASCII word `bytes[start..end]` is one of [`LEADING_WORDS`] (none is longer
/// than nine bytes).
fn is_leading_word(bytes: &[u8], start: usize, end: usize) -> bool {
    end - start <= 9
        && LEADING_WORDS
            .get(&bytes[start..end], hash::head_at(bytes, start, end))
            .is_some()
}

/// A match of the families in the folded text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Match {
    pub start: usize,
    pub end: usize,
    pub family: Family,
}

/// The searches of one document.
pub(super) enum Search<'a> {
    /// Anchored searches of the lazy DFA at the words around the anchors.
    Anchored {
        dfa: &'a DFA,
        cache: &'a mut Cache,
        anchors: &'a [(usize, usize)],
    },
    /// One regex over the whole text.
    Everywhere,
}

impl Search<'_> {
    /// The leftmost-first match of the families that starts at or after `at`.
    pub(super) fn next(&mut self, folded: &str, at: usize) -> Option<Match> {
        let (dfa, cache, anchors) = match self {
            Search::Anchored {
                dfa,
                cache,
                anchors,
            } => (&**dfa, &mut **cache, *anchors),
            Search::Everywhere => {
                let m = DATES_EVERYWHERE.search(&Input::new(folded).range(at..))?;
                return Some(Match {
                    start: m.start(),
                    end: m.end(),
                    family: Family::ALL[m.pattern().as_usize()],
                });
            }
        };
        let bytes = folded.as_bytes();
        // A date that starts at or after `at` holds an anchor that ends after it.
        let first = anchors.partition_point(|&(_, end)| end <= at);
        let mut tried = at;
        for &(start, end) in &anchors[first..] {
            // The words dates start with up to three words before the anchor, then the word
            // starts of the anchor (one, unless a character outside ASCII splits it), in
            // order; those before `tried` failed already.
            let (leading, n) = leading_starts(bytes, start);
            let inside = (start..end).filter(|&i| i == start || !bytes[i - 1].is_ascii());
            let candidates = leading[..n].iter().copied().chain(inside);
            for candidate in candidates {
                if candidate < tried || !starts_ascii_word(bytes, candidate) {
                    continue;
                }
                match anchored_match(dfa, cache, folded, candidate) {
                    Ok(Some((end, pattern))) => {
                        return Some(Match {
                            start: candidate,
                            end,
                            family: Family::ALL[pattern],
                        })
                    }
                    Ok(None) => {}
                    Err(()) => {
                        *self = Search::Everywhere;
                        return self.next(folded, at);
                    }
                }
            }
            tried = tried.max(end);
        }
        None
    }
}

/// The leftmost-first match of the lazy DFA anchored at `start` in `text`, its end and its
/// pattern, as `try_search_fwd` finds it: the DFA walked one state a byte, without the set-up
/// of a search through a long haystack (most walks die within a few bytes). `Err` when the
/// DFA gives up (its cache spent) or quits.
fn anchored_match(
    dfa: &DFA,
    cache: &mut Cache,
    text: &str,
    start: usize,
) -> Result<Option<(usize, usize)>, ()> {
    let input = Input::new(text).range(start..).anchored(Anchored::Yes);
    let mut state = dfa.start_state_forward(cache, &input).map_err(|_| ())?;
    let mut found = None;
    for (i, &b) in text.as_bytes()[start..].iter().enumerate() {
        state = dfa.next_state(cache, state, b).map_err(|_| ())?;
        if state.is_tagged() {
            // (Matches are seen one byte late: the match ends before this byte.)
            if state.is_match() {
                found = Some((start + i, dfa.match_pattern(cache, state, 0).as_usize()));
            } else if state.is_dead() {
                return Ok(found);
            } else if state.is_quit() {
                return Err(());
            }
        }
    }
    state = dfa.next_eoi_state(cache, state).map_err(|_| ())?;
    if state.is_match() {
        found = Some((text.len(), dfa.match_pattern(cache, state, 0).as_usize()));
    } else if state.is_quit() {
        return Err(());
    }
    Ok(found)
}

thread_local! {
    /// Each thread's cache of the lazy DFA's states.
    pub(super) static DATES_CACHE: RefCell<Option<Cache>> = const { RefCell::new(None) };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`leading_starts`] as it read before: a word start test at every byte, then each word's
    /// letters and digits counted from its start (at most ten) and compared with the list.
    fn leading_starts_by_bytes(bytes: &[u8], anchor: usize) -> Vec<usize> {
        let mut found = Vec::new();
        let mut words = 0;
        let mut at = anchor;
        while at > 0 && words < 3 && found.len() < LEADING_STARTS {
            let b = bytes[at - 1];
            if !(b.is_ascii_alphanumeric()
                || matches!(
                    b,
                    b' ' | b'\t' | b'\'' | b'-' | b'.' | b'/' | b'_' | b',' | b'(' | b'['
                ))
            {
                break;
            }
            at -= 1;
            if starts_ascii_word(bytes, at) {
                found.push(at);
                if at == 0 || bytes[at - 1] != b'\'' {
                    words += 1;
                }
            }
        }
        let leading = |at: usize| {
            let rest = &bytes[at..];
            let len = rest
                .iter()
                .take(10)
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(rest.len().min(10));
            let word = std::str::from_utf8(&rest[..len]).unwrap_or("");
            len <= 9
                && DATE_LEADING_WORDS
                    .iter()
                    .filter(|w| !NEVER_FIRST.contains(w))
                    .chain(&ENGLISH_WEEKDAYS)
                    .any(|w| *w == word)
        };
        found.into_iter().rev().filter(|&s| leading(s)).collect()
    }

    /// No date starts with a word of [`NEVER_FIRST`]: the automaton, started at it, dies at
    /// any byte after it that is no letter or digit, and matches nothing at the text's end.
    #[test]
    fn no_date_starts_with_the_words_never_first() {
        let dfa = DATES.as_ref().expect("the lazy DFA builds");
        let mut cache = dfa.create_cache();
        for word in NEVER_FIRST {
            let text = format!(" {word}");
            let input = Input::new(&text).range(1..).anchored(Anchored::Yes);
            let mut state = dfa.start_state_forward(&mut cache, &input).unwrap();
            for &b in word.as_bytes() {
                state = dfa.next_state(&mut cache, state, b).unwrap();
                assert!(!state.is_match(), "{word}");
            }
            assert!(!dfa.next_eoi_state(&mut cache, state).unwrap().is_match());
            for b in (0..=255u8).filter(|b| !b.is_ascii_alphanumeric()) {
                let next = dfa.next_state(&mut cache, state, b).unwrap();
                assert!(next.is_dead(), "{word} {b}");
            }
        }
    }

    #[test]
    fn leading_starts_are_the_words_dates_start_with() {
        let text = "entre le 3 et_du 4, jusqu'au 5 (du 6 mardi7 depuis monday 8 dedu9";
        let bytes = text.as_bytes();
        for anchor in 0..=bytes.len() {
            let (found, n) = leading_starts(bytes, anchor);
            assert_eq!(
                found[..n],
                leading_starts_by_bytes(bytes, anchor),
                "{anchor}"
            );
        }
        let at = text.find('3').unwrap();
        let (found, n) = leading_starts(bytes, at);
        assert_eq!(found[..n], [0, 6]);
    }

    proptest::proptest! {
        /// The letters and digits before a place, counted eight bytes at a time, are those
        /// counted one by one.
        #[test]
        fn alphanumerics_before_are_counted_back(text in "([a-zA-Z0-9]{0,12}|[ _@`{/:]|é|Z){0,8}", at in 0usize..120) {
            let bytes = text.as_bytes();
            let at = at.min(bytes.len());
            let expected = bytes[..at].iter().rev().take_while(|b| b.is_ascii_alphanumeric()).count();
            proptest::prop_assert_eq!(alphanumerics_before(bytes, at), expected);
        }

        /// Long words and runs of digits before the anchor: read back past them at once.
        #[test]
        fn leading_starts_past_long_words(text in "([a-zA-Z0-9]{0,14}|[ ',./_-]|du|le|entre|é){0,12}", at in 0usize..120) {
            let bytes = text.as_bytes();
            let anchor = at.min(bytes.len());
            let (found, n) = leading_starts(bytes, anchor);
            proptest::prop_assert_eq!(&found[..n], &leading_starts_by_bytes(bytes, anchor)[..]);
        }

        #[test]
        fn leading_starts_as_byte_by_byte(text in "([a-z0-9 ',./_\t()-]|du|le|entre|de|des|jusqu'|wednesday|troisieme|é){0,30}", at in 0usize..80) {
            let bytes = text.as_bytes();
            let anchor = at.min(bytes.len());
            let (found, n) = leading_starts(bytes, anchor);
            proptest::prop_assert_eq!(&found[..n], &leading_starts_by_bytes(bytes, anchor)[..]);
        }
    }
}
