//! Persons: names after titles, names that start with a known given name, and later short
//! mentions of the same people, each with the fullest form of its name.
//!
//! A name is a run of capitalised words, initials ("O.") and particles (bin, ben, ibn, bint,
//! Ould, Ag, Abu/Abou, al-/el-, de, du…) followed by a capitalised word; it stops at anything
//! another extractor found (a title, a state, an organisation, a place, a date). A name
//! starts:
//! - right after a title, or a title and whom it serves ("le Major Général Mohammed bin
//!   Saeed Al-Moghidi", "le Major-général, Muhammad …", "le ministre de la Défense du Tchad,
//!   Daoud Yaya Brahim"), a rank and its demonym ("le général nigérian Illya Abbah"), an
//!   honorific glued to the name ("M.Salim Gado"); but one word glued to an office that ends
//!   with a body's noun goes on that body ("commandant de la Force Conjointe");
//!   in a list of appointments, after an office that opens its item and a colon, the name
//!   that ends the item ("Directeur du protocole : El Hacen Ould Sidi ;");
//! - at a known given name (`gazetteers/given_names.tsv`): "Adam Duali Barre a déclaré";
//! - as a public figure of `gazetteers/public_figures.tsv`, by full name or by the surname
//!   the press names the figure by alone ("Recep Tayyip Erdogan", "Erdogan a déclaré");
//! - in apposition before an office or a rank, whatever the given name: "Abdeltif Loudyi,
//!   ministre délégué"; after "homologue" ("son homologue sénégalais Augustin Tine"); as
//!   the subject of a verb of speech ("Arvin Ramdin a affirmé", `speakers`); coordinated
//!   by "et" with a name found ("Olivier Boko et Oswald Homéky", `coordinated`);
//! - at a word in mixed case before a surname in capitals, the administrative way
//!   ("Félicienne HOUESSOU"), where no article makes the first word a noun;
//! - as a later mention of a surname already seen ("Al-Moghidi", "le général Barmou"),
//!   compared by a skeleton that tolerates transliteration (Al-Moghidi, Al-Moghedi,
//!   Al-Mughidi; Barmo, Barmou), with the full name's words written before it ("Bahram
//!   Qassemi" again at a sentence's start), or as the first two words or more of a full name
//!   seen before ("Téné Birahima" after "Téné Birahima Ouattara").
//!
//! Words in capitals throughout (headlines) never start a name.

mod after_nouns;
mod again;
mod buffers;
mod canonical;
mod coordinated;
mod figures;
mod full_names;
mod given_names;
mod skeleton;
mod speakers;
#[cfg(test)]
mod testing;
mod titled;
mod words;

use super::Mentions;
use crate::gazetteer::{Gazetteer, Hit, Kinds};
use crate::lexicon::{NAME_PARTICLES, SENTENCE_OPENERS};
use crate::model::{PersonMention, Role, TitleMention};
use crate::text::blank::{
    blank, is_soft_gap, single_spaced, single_spaced_value, soft_gap, strip_soft_gap_end, Blank,
};
use crate::text::capitals::CapitalLines;
use crate::types::TitleKind;
use after_nouns::{after_counterparts, after_demonym_nouns};
use again::{full_names_seen_again, surnames_seen_before};
pub(crate) use buffers::Buffers;
use buffers::Spare;
use canonical::canonical_names;
use coordinated::coordinated_with_names;
use figures::public_figures;
use given_names::at_given_names;
use skeleton::{skeleton_into, surname_key, Key, SKELETON_BUFFER};
use speakers::{after_quoted_speech, before_speech_verbs};
use std::borrow::Cow;
use titled::{after_titles, before_titles};
use words::{
    capitalised_words_into, is_capitalised, is_in_capitals, is_initial, lower_case_in, may_go_on,
    next_word, word_at, word_before, Listed, Word,
};

/// The spans of the names found so far, by start (one per start, the last given): a sorted
/// vector (a page names a few dozen people), then a tree past [`Covered::TREE_FROM`] spans, so
/// that a text of thousands of names inserts each in time logarithmic in their number.
// (The tree boxed: one pointer in the common case, where it is never made; measured cheaper
// on the real pages than the tree in place.)
#[allow(clippy::box_collection)]
#[derive(Default)]
struct Covered(
    Vec<(usize, usize)>,
    Option<Box<std::collections::BTreeMap<usize, usize>>>,
);

impl Covered {
    /// The number of spans from which they are kept in a tree.
    const TREE_FROM: usize = 512;

    #[inline]
    fn insert(&mut self, start: usize, end: usize) {
        if self.1.is_some() || self.0.len() >= Self::TREE_FROM {
            return self.tree_insert(start, end);
        }
        match self.0.binary_search_by_key(&start, |&(s, _)| s) {
            Ok(i) => self.0[i].1 = end,
            Err(i) => self.0.insert(i, (start, end)),
        }
    }

    /// [`Covered::insert`] into the tree (made of the vector's spans first).
    #[cold]
    #[inline(never)]
    fn tree_insert(&mut self, start: usize, end: usize) {
        let vector = &mut self.0;
        self.1
            .get_or_insert_with(|| Box::new(vector.drain(..).collect()))
            .insert(start, end);
    }

    /// True when `start..end` overlaps the span that starts last before `end`.
    #[inline]
    fn covers(&self, start: usize, end: usize) -> bool {
        if let Some(tree) = &self.1 {
            return Self::tree_covers(tree, start, end);
        }
        let i = self.0.partition_point(|&(s, _)| s < end);
        i > 0 && self.0[i - 1].1 > start
    }

    /// [`Covered::covers`] of the spans in a tree.
    #[cold]
    #[inline(never)]
    fn tree_covers(
        tree: &std::collections::BTreeMap<usize, usize>,
        start: usize,
        end: usize,
    ) -> bool {
        tree.range(..end)
            .next_back()
            .is_some_and(|(_, &e)| e > start)
    }

    /// Forgets every span, keeping the vector's room.
    fn clear(&mut self) {
        self.0.clear();
        self.1 = None;
    }
}

/// What the readers of where names start share: the text, its words that may be capitalised
/// (the only ones that start a name or are a surname), the mentions found before them, and the
/// gazetteer.
#[derive(Clone, Copy)]
struct Reader<'c, 'h> {
    gazetteer: &'c Gazetteer,
    input: &'h str,
    candidates: &'c [Word<'h>],
    mentions: &'c Mentions<'c, 'h>,
}

/// The names found so far, the spans they cover, and the rules' working vectors.
struct FoundNames<'s> {
    found: Vec<Found>,
    covered: Covered,
    spare: &'s mut Spare,
}

#[derive(Clone, Debug)]
struct Found {
    start: usize,
    end: usize,
    words: usize,
    titles: Vec<usize>,
    /// The [`surname_key`] of the name, once computed.
    key: Option<Key>,
}

/// The persons of a document, in order: names after titles, at given names, later mentions
/// of their surnames, then the titles in apposition and the canonical names.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    input: &'h str,
    heads: &[Hit],
    titles: &[TitleMention<'h>],
    mentions: &Mentions<'_, 'h>,
    buffers: &mut Buffers,
) -> Vec<PersonMention<'h>> {
    let mut names = FoundNames {
        found: std::mem::take(&mut buffers.found),
        covered: Covered(std::mem::take(&mut buffers.covered), None),
        spare: &mut buffers.spare,
    };
    names.found.clear();
    names.covered.clear();
    after_titles(
        gazetteer,
        input,
        titles,
        mentions,
        &mut buffers.affiliations,
        &mut names.found,
    );
    for f in &names.found {
        names.covered.insert(f.start, f.end);
    }
    after_counterparts(input, heads, mentions, &mut names.covered, &mut names.found);
    after_demonym_nouns(input, mentions, &mut names.covered, &mut names.found);
    let mut candidates = crate::pipeline::recycled(std::mem::take(&mut buffers.candidates));
    capitalised_words_into(input, &mut candidates);
    let cx = Reader {
        gazetteer,
        input,
        candidates: &candidates,
        mentions,
    };
    at_given_names(cx, &mut names);
    public_figures(cx, &mut names);
    before_titles(cx, titles, &mut names);
    before_speech_verbs(cx, &mut names);
    after_quoted_speech(cx, &mut names);
    coordinated_with_names(cx, &mut names);
    surnames_seen_before(cx, &mut names);
    full_names_seen_again(cx, &mut names);
    buffers.candidates = crate::pipeline::recycled(candidates);
    buffers.covered = names.covered.0;
    let mut found = names.found;
    found.sort_by_key(|f| f.start);
    found.dedup_by(|b, a| b.start < a.end);
    titles_in_apposition(input, titles, mentions, &mut found);
    let persons = with_canonical_names(input, titles, &mut found, &mut buffers.spare);
    buffers.found = found;
    persons
}

/// The titles in apposition after a name: "Adam Duali Barre, ministre de la Défense".
#[inline(never)]
fn titles_in_apposition(
    input: &str,
    titles: &[TitleMention<'_>],
    mentions: &Mentions<'_, '_>,
    found: &mut [Found],
) {
    for f in found.iter_mut().filter(|f| f.words >= 2) {
        let rest = &input[f.end..];
        let Some(after_comma) = rest.strip_prefix(',') else {
            continue;
        };
        let skipped = after_comma.len() - after_comma.trim_start().len();
        let mut at = f.end + 1 + skipped;
        for article in ["le ", "la ", "l'", "l’"] {
            if input[at..].starts_with(article) {
                at += article.len();
            }
        }
        if let Ok(first) = titles.binary_search_by_key(&at, |t| t.start) {
            let mut last = first;
            while titles
                .get(last + 1)
                .is_some_and(|next| chained(input, titles[last].end, next.start, mentions))
            {
                last += 1;
            }
            f.titles.extend(first..=last);
        }
    }
}

/// The mentions, each with the fullest name of its person as canonical and the office among
/// its titles as role (`found` emptied).
#[inline(never)]
fn with_canonical_names<'h>(
    input: &'h str,
    titles: &[TitleMention<'h>],
    found: &mut Vec<Found>,
    spare: &mut Spare,
) -> Vec<PersonMention<'h>> {
    let canonical = canonical_names(input, found, spare);
    let persons = canonical
        .iter()
        .enumerate()
        .map(|(i, &best)| {
            let canonical = &input[found[best].start..found[best].end];
            let f = &mut found[i];
            let role = f
                .titles
                .iter()
                .rev()
                .map(|&i| &titles[i])
                .find(|t| t.kind == TitleKind::Office)
                .map(|t| Role {
                    office: single_spaced_value(&t.text),
                    of: t.of.clone(),
                });
            PersonMention {
                text: Cow::Borrowed(&input[f.start..f.end]),
                start: f.start,
                end: f.end,
                canonical: single_spaced(canonical),
                titles: std::mem::take(&mut f.titles),
                role,
            }
        })
        .collect();
    found.clear();
    persons
}

/// At most this many distinct full names that share a surname (or a first word) are compared
/// with a mention: a page names a few people of one surname; a text that names thousands (a
/// generated one, capitalised words throughout) is then read in time linear in its length,
/// the first names of each surname in the text compared.
const MAX_NAMES_COMPARED: usize = 64;

/// The words that end a name in capitals ("ALI BONGO ONDIMBA QUI…"): the articles,
/// prepositions, conjunctions and pronouns that start what follows a name.
const NOT_NAMES_IN_CAPITALS: [&str; 46] = [
    "a", "à", "après", "au", "aux", "avait", "avant", "avec", "ce", "cet", "cette", "comme",
    "dans", "de", "des", "dont", "du", "en", "est", "et", "était", "il", "la", "le", "les", "leur",
    "lors", "ont", "ou", "par", "pour", "qu", "que", "qui", "sa", "se", "selon", "sera", "ses",
    "son", "sont", "sur", "un", "une", "va", "vers",
];

/// [`NOT_NAMES_IN_CAPITALS`] to look words up in.
static NOT_NAMES_IN_CAPITALS_LISTED: Listed<46> = Listed::new(NOT_NAMES_IN_CAPITALS);

/// [`NOT_NAME_STARTS`] to look words up in.
static NOT_NAME_STARTS_LISTED: Listed<25> = Listed::new(NOT_NAME_STARTS);

/// The conjunctions, pronouns and prepositions that never start a name (but "Le Guennec",
/// "De Gaulle"): "Par P. Ndongo" is a byline.
const NOT_NAME_STARTS: [&str; 25] = [
    "que", "qui", "dont", "qu", "il", "elle", "ils", "elles", "nous", "vous", "on", "ce", "cet",
    "cette", "ces", "mais", "car", "donc", "et", "ou", "par", "pour", "selon", "avec", "chez",
];

/// The end and word count of the name that starts at word `first`, if one does.
///
/// When `anchored` (after a title, at a known given name), words in capitals throughout
/// ("Adam DUALI", a headline in capitals) are a name's words too; otherwise they are not.
fn name_from(
    input: &str,
    first: Word<'_>,
    mentions: &Mentions<'_, '_>,
    anchored: bool,
) -> Option<(usize, usize)> {
    // A word in capitals may be a name's when anchored: no elision ("S'EST") but a name's
    // "N'" or "M'" ("N'DIAYE", "M'BEMBA"), no word of the sentence around the name.
    let of_a_name_in_capitals = |w: &str| {
        (!w.contains(['\'', '’']) || is_n_or_m_elided(w)) && !NOT_NAMES_IN_CAPITALS_LISTED.holds(w)
    };
    let in_capitals = |w: &str| anchored && is_in_capitals(w) && of_a_name_in_capitals(w);
    let is_capitalised = |w: &str| is_capitalised(w) || in_capitals(w);
    // At most four words in capitals besides particles: past them, the words of the
    // sentence.
    let first_in_capitals = in_capitals(first.text);
    let mut capitals = usize::from(first_in_capitals);
    let w = first;
    let capitalised = words::is_capitalised(w.text);
    // Nor a conjunction or a pronoun ("le Roi, Que Dieu L'assiste").
    if !(capitalised || first_in_capitals)
        || is_initial(w.text)
        || (mentions.overlaps_any(w.start, w.end)
            && !mentions.name_like_states.contains(&(w.start, w.end)))
        || NOT_NAME_STARTS_LISTED.holds(w.text)
    {
        return None;
    }
    if let Some(dot) = words::glued_full_stop(w.text.as_bytes()) {
        return Some((w.start + dot, 1));
    }
    let mut end = w.end;
    let mut count = 1;
    let mut last = w;
    // Whether the last word is in capitals throughout.
    let mut last_in_capitals = is_in_capitals(w.text);
    // A given name in mixed case, then a surname in capitals ("Mahamane TOURÉ"): the name is
    // whole, and a mixed-case word after it is the sentence's ("… TOURÉ Source : ANP").
    let mut given = capitalised && !last_in_capitals;
    let mut surname_in_capitals = false;
    // One reader of lines in capitals for the whole name.
    let mut lines = CapitalLines::default();
    while let Some(next) = next_word(input, last.run_end) {
        // Words of one name are parted by white space with one line break at most.
        let gap = &input[end..next.start];
        if !is_soft_gap(gap) || count >= 7 {
            break;
        }
        let line_break = gap != " " && gap.contains('\n');
        let next_in_capitals = is_in_capitals(next.text);
        // In lines in capitals, a line break may part a name or end it before the next line's
        // first word: nothing tells which ("… TOURE\nSOURCE : …").
        if line_break
            && last_in_capitals
            && next_in_capitals
            && (lines.covers(input, last.start, last.end)
                || lines.covers(input, next.start, next.end))
        {
            break;
        }
        let next_capitalised = words::is_capitalised(next.text);
        let mixed = next_capitalised && !next_in_capitals;
        if surname_in_capitals && mixed {
            break;
        }
        // A particle in capitals ("Mohamed Ahmed EL Baouardi") is no surname, nor is "Le" or
        // "La" inside a name ("Jean-Yves Le Drian"): it joins only before a capitalised word.
        let article = matches!(next.text, "Le" | "La");
        let particle = article || is_particle(next.text);
        if next_in_capitals && given && !particle {
            surname_in_capitals = true;
        }
        given |= mixed;
        if line_break && ends_over_a_line_break(input, end, next, next_in_capitals) {
            break;
        }
        // A place or an honorific right after a name's word is the name's: French names a
        // person's town with a preposition ("Hamadou Djibo Barte", "Mohamed Cheikh Ould …").
        let inside_the_name = !line_break && mentions.may_be_inside_a_name(next.start, next.end);
        if !inside_the_name && mentions.overlaps_any(next.start, next.end) {
            break;
        }
        // A word in capitals is never capitalised (that needs a lower-case letter).
        let next_as_capitals = next_in_capitals && anchored && of_a_name_in_capitals(next.text);
        if !next_capitalised && next_as_capitals && !particle {
            capitals += 1;
            if capitals > 4 {
                break;
            }
        }
        // In a line in capitals, a word of the name's after which an article opens an object
        // is a verb ("DONALD TRUMP APPELLE L'IRAN", "… ANNONCE UNE SUBVENTION").
        if count >= 2
            && next_as_capitals
            && super::phrase::verb_by_what_follows(next.text, &input[next.end..])
            && lines.covers(input, next.start, next.end)
        {
            break;
        }
        if (next_capitalised && !article) || next_as_capitals || is_initial(next.text) {
            // "Kamano.Le document": the next sentence, its space lost, ends the name.
            if let Some(dot) = words::glued_full_stop(next.text.as_bytes()) {
                return Some((next.start + dot, count + 1));
            }
            end = next.end;
            count += 1;
            last = next;
            last_in_capitals = next_in_capitals;
            continue;
        }
        // In capitals, "LE", "LA" right after a first name are a surname's particle ("JEAN-YVES
        // LE DRIAN"): a first name takes no article.
        if count == 1 && anchored && last_in_capitals && matches!(next.text, "LE" | "LA") {
            if let Some(after) = next_word(input, next.run_end) {
                if is_soft_gap(&input[next.end..after.start])
                    && in_capitals(after.text)
                    && !mentions.overlaps_any(after.start, after.end)
                {
                    end = after.end;
                    count += 2;
                    last = after;
                    last_in_capitals = true;
                    continue;
                }
            }
        }
        // A particle joins only when a capitalised word follows it.
        if particle {
            if let Some(after) = next_word(input, next.run_end) {
                let gap = &input[next.end..after.start];
                if is_soft_gap(gap)
                    && is_capitalised(after.text)
                    && !mentions.overlaps_any(after.start, after.end)
                {
                    end = after.end;
                    count += 2;
                    last = after;
                    last_in_capitals = is_in_capitals(after.text);
                    continue;
                }
            }
        }
        break;
    }
    // A name does not end on an initial.
    Some((end, count))
}

/// True when a name that ends at `end` ends before `next`, the first word of the next line:
/// a word that opens sentences ("La", "Le") starts the line's, and a word in capitals alone on
/// its line, with no punctuation, is a caption or a heading ("… Ouattara\nPR\n"; a wrapped
/// line leaves a surname alone only at the end of its sentence: "… Essowè\nTCHALIM."), and
/// a short line before is a heading's or a menu's.
fn ends_over_a_line_break(input: &str, end: usize, next: Word<'_>, next_in_capitals: bool) -> bool {
    let alone = next_in_capitals
        && next.run_end == next.end
        && input[next.end..]
            .split('\n')
            .next()
            .is_some_and(|rest| rest.trim().is_empty());
    alone || SENTENCE_OPENERS.contains(&next.text) || short_line_before(input, end)
}

/// True when `word` is a surname that opens with "N'" or "M'" and a capital ("N'DIAYE",
/// "M’Bemba"), as West African names are written: no elided negation or pronoun before a
/// verb ("N'A", "N'EST").
fn is_n_or_m_elided(word: &str) -> bool {
    /// The verbs that "n'" and "m'" elide before, in capitals ("N'A PAS", "N'EST", "M'A").
    const VERBS: [&str; 16] = [
        "A", "AI", "AS", "AVAIT", "AVAIENT", "AVONS", "EN", "EST", "ETAIT", "ÉTAIT", "ETAIENT",
        "ÉTAIENT", "ONT", "SONT", "Y", "AURA",
    ];
    let rest = ["N'", "N’", "M'", "M’"]
        .iter()
        .find_map(|p| word.strip_prefix(p));
    rest.is_some_and(|r| {
        r.starts_with(char::is_uppercase) && !VERBS.iter().any(|v| r.eq_ignore_ascii_case(v))
    })
}

/// True when `word` is one of the particles of names ("bin", "ould", "EL"), in any case.
fn is_particle(word: &str) -> bool {
    // The particles are ASCII, of five letters at most: a word's key in one register.
    let bytes = word.as_bytes();
    if bytes.is_empty() || bytes.len() > 5 {
        return false;
    }
    let key = bytes.iter().rev().fold(bytes.len() as u64, |key, b| {
        key << 8 | u64::from(b.to_ascii_lowercase())
    });
    PARTICLE_KEYS.contains(&key)
}

/// The keys of [`NAME_PARTICLES`] for [`is_particle`]: their bytes, the first lowest, then
/// their length.
const PARTICLE_KEYS: [u64; NAME_PARTICLES.len()] = {
    let mut keys = [0; NAME_PARTICLES.len()];
    let mut i = 0;
    while i < keys.len() {
        let bytes = NAME_PARTICLES[i].as_bytes();
        let mut key = bytes.len() as u64;
        let mut j = bytes.len();
        while j > 0 {
            j -= 1;
            key = key << 8 | bytes[j] as u64;
        }
        keys[i] = key;
        i += 1;
    }
    keys
};

/// True when the line that ends after `end` (a name's word before a line break) is shorter
/// than a wrapped line of prose: a list's, a caption's or a byline's line, whose name ends
/// with it ("Maître Kanaga Benjamin\nMaître …", "Par Prisca\nSécurité : …").
fn short_line_before(input: &str, end: usize) -> bool {
    /// Wrapped prose (a mail's 72 columns, a PDF's column) leaves longer lines than this.
    const WRAPPED_LINE: usize = 30;
    let start = input[..end].rfind('\n').map_or(0, |i| i + 1);
    input[start..end].chars().take(WRAPPED_LINE).count() < WRAPPED_LINE
}

/// True when the word before `w`, in a line in capitals, may be a name's: a word in capitals
/// throughout, not one of the sentence's small words, no mention, no "homologue".
fn name_may_start_before(input: &str, w: Word<'_>, mentions: &Mentions<'_, '_>) -> bool {
    let Some(before) = word_before(input, w.start) else {
        return false;
    };
    let lower = before.text.to_lowercase();
    is_in_capitals(before.text)
        && !before.text.contains(['\'', '’'])
        && !NOT_NAMES_IN_CAPITALS.contains(&lower.as_str())
        && !crate::lexicon::PERSON_HEADS
            .iter()
            .any(|h| crate::text::fold_str(h) == crate::text::fold_str(&lower))
        && !mentions.overlaps_any(before.start, before.end)
        && CapitalLines::default().covers(input, before.start, w.end)
}

/// True when the text between two titles chains them ("Son Excellence Mr.", "le Ministre de
/// la Défense de la République du Kenya, Son Excellence").
fn chained(input: &str, from: usize, to: usize, mentions: &Mentions<'_, '_>) -> bool {
    near(from, to)
        && chained_past(
            input,
            from,
            to,
            mentions.affiliation_span_after(input, from),
        )
}

/// True when a title that ends at `from` may chain with one that starts at `to`: after it,
/// and near.
fn near(from: usize, to: usize) -> bool {
    to >= from && to - from <= 120
}

/// [`chained`] of two [`near`] titles, with where the affiliation after the first ends, if it
/// has one (asked once per title).
fn chained_past(input: &str, from: usize, to: usize, affiliation: Option<usize>) -> bool {
    let mut at = from;
    if let Some(end) = affiliation {
        if end <= to {
            at = end;
        }
    }
    let gap = input[at..to].trim_matches(|c: char| c.is_whitespace() || c == ',');
    gap.is_empty()
        || ["le", "la", "l'", "l’"]
            .iter()
            .any(|a| gap.eq_ignore_ascii_case(a))
}

/// The indices of the chain of titles that ends with title `last`, with where the
/// affiliation after each title up to it ends, if it has one (asked once per title).
fn chain_before(
    input: &str,
    titles: &[TitleMention<'_>],
    last: usize,
    affiliations: &[Option<usize>],
) -> Vec<usize> {
    // (Room for a chain of four titles without growing.)
    let mut chain = Vec::with_capacity(4);
    chain.push(last);
    let mut i = last;
    while i > 0 && {
        let (from, to) = (titles[i - 1].end, titles[i].start);
        near(from, to) && chained_past(input, from, to, affiliations[i - 1])
    } {
        i -= 1;
        chain.push(i);
    }
    chain.reverse();
    chain
}

#[cfg(test)]
mod tests;
