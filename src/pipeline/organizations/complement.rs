//! The complement that names a body after its head noun, read as titles read a portfolio
//! ([`phrase`](super::super::phrase)): adjectives, then groups opened by "de", "des", "pour",
//! "contre", "chargé de"…; a state after a connector ends it ("Ministère de la Défense du
//! Niger": the organisation and the state), an organisation or a place does not (it is part
//! of the name). It reads the scan's hits, this stage coming before those of states and
//! places.

use super::super::phrase::{
    adjective_like, first_prefix, fold_head, gap, input_len_of_folded, is_phrase_stop, join,
    may_open, next_in_group, starts_with_a_grave, verb_by_what_follows, word_at_start, FoldedWord,
    CONNECTORS,
};
use super::portfolios::list_item_after;
use crate::gazetteer::{Hit, Kinds};
use crate::text::boundary::floor_char_boundary;

/// [`crate::lexicon::BODY_HEADS`] folded.
static FOLDED_BODY_HEADS: once_cell::sync::Lazy<Vec<String>> = once_cell::sync::Lazy::new(|| {
    crate::lexicon::BODY_HEADS
        .iter()
        .map(|h| crate::text::fold_str(h))
        .collect()
});

/// The openers of a group of the complement, folded, longest first.
const OPENERS: [&str; 27] = join(
    join::<16, 10, 26>(
        [
            "charge de la ",
            "charge de l'",
            "charge des ",
            "charge du ",
            // "ministère en charge de la Réconciliation", as West Africa writes it.
            "en charge de la ",
            "en charge de l'",
            "en charge des ",
            "en charge du ",
            "pour la ",
            "pour l'",
            "pour les ",
            "pour le ",
            "contre la ",
            "contre l'",
            "contre les ",
            "contre le ",
        ],
        CONNECTORS,
    ),
    ["sur la "],
);

/// The articles after "et" that give a preposition's group another object, folded.
const ARTICLES: [&str; 4] = ["la ", "l'", "les ", "le "];

/// The heads of bodies named after where they serve, folded: a state after "au", "aux", "en"
/// is part of their name ("Mission … des Nations unies au Mali", "Bureau … en Guinée-Bissau").
const LOCATED_HEADS: [&str; 6] = [
    "mission",
    "missions",
    "force",
    "forces",
    "bureau",
    "operation",
];

/// The heads of armed bodies, folded: the state after "de", "des", "du" is part of their
/// name ("Forces armées des Émirats arabes unis", "Garde présidentielle du Niger").
pub(super) const NATIONAL_HEADS: [&str; 3] = ["forces", "garde", "armee"];

/// True when the name of a state ends at `end`.
pub(super) fn state_ending(names: &[Hit], end: usize) -> bool {
    // (Hits are sorted and apart: their ends are in order too.)
    names[names.partition_point(|h| h.input_end < end)..]
        .iter()
        .take_while(|h| h.input_end == end)
        .any(|h| h.kinds.any(Kinds::COUNTRY_NAME))
}

/// The end of the complement that names the body whose head (folded) ends at `end`, after
/// `words` words of it already read; a state after "au", "en" is part of the name of one of
/// [`LOCATED_HEADS`], after "de" of one of [`NATIONAL_HEADS`]; `caps` when its line is in
/// capitals, where no word is capitalised.
pub(super) fn complement_end(
    input: &str,
    end: usize,
    names: &[Hit],
    titles: &[Hit],
    head: &str,
    caps: bool,
    words: usize,
) -> usize {
    Complement {
        input,
        names,
        titles,
        caps,
        located: LOCATED_HEADS.contains(&head),
        national: NATIONAL_HEADS.contains(&head),
        ministry: head == "ministere",
        limit: floor_char_boundary(input, end + 200),
        end,
        words,
        last: None,
        preposition: false,
        in_list: false,
        pending: None,
        nationality: false,
    }
    .read()
}

/// A body's complement as it is read: where it ends so far, and what its groups said.
struct Complement<'i, 'h> {
    input: &'i str,
    names: &'h [Hit],
    titles: &'h [Hit],
    /// Its line is in capitals, where no word is capitalised.
    caps: bool,
    /// The head is one of [`LOCATED_HEADS`].
    located: bool,
    /// The head is one of [`NATIONAL_HEADS`].
    national: bool,
    /// The head is "ministère".
    ministry: bool,
    /// How far the complement is read.
    limit: usize,
    /// Where the complement ends so far.
    end: usize,
    /// The words read so far.
    words: usize,
    /// The opener of the last group, and whether that group was a name: "et" goes on only
    /// with the same opener after a group that was no name ("Conseil de paix et de
    /// sécurité", not "des Nations Unies et des recommandations").
    last: Option<(&'static str, bool)>,
    /// Whether a preposition ("pour la", "contre le") opened a group: "et" with an article
    /// then gives it another object ("pour la prévention du crime et la justice pénale").
    preposition: bool,
    /// Whether a comma opened an item of a list of portfolios, which "et" closes.
    in_list: bool,
    /// The word a group stopped at, folded, where the next round reads it again.
    pending: Option<(usize, &'i str, FoldedWord<'i>)>,
    /// Whether a demonym after an adjective closed the name's adjectives ("Armée nationale
    /// libyenne").
    nationality: bool,
}

impl<'i> Complement<'i, '_> {
    /// Reads the complement, an adjective or a group at a time, and returns its end.
    fn read(mut self) -> usize {
        while self.words < 16 && self.end < self.limit {
            let rest = &self.input[self.end..self.limit];
            let mut lead = gap(rest);
            // A list of portfolios: ", de la Coopération africaine et des Marocains…".
            if lead == 0 {
                if let Some(item) = list_item_after(rest) {
                    lead = item;
                    self.in_list = true;
                }
            }
            if lead == 0 {
                break;
            }
            let at = self.end + lead;
            let (word, folded_word) = match self.pending.take().filter(|p| p.0 == at) {
                Some((_, word, folded)) => (word, folded),
                None => {
                    let word = word_at_start(&self.input[at..self.limit]);
                    (word, FoldedWord::of(word))
                }
            };
            let read = match self.adjective(at, word, folded_word.as_str()) {
                Some(read) => read,
                None => self.group(at, word, folded_word.as_str()),
            };
            if !read {
                break;
            }
        }
        self.end
    }

    /// Reads the word `word` (folded: `folded_word`) at `at` if it is an adjective ("Comité
    /// ordinaire", "ministère français", "Agence de presse émiratie"): `Some(true)` when it
    /// is read, `Some(false)` when it ends the name, `None` when it is no adjective.
    fn adjective(&mut self, at: usize, word: &str, folded_word: &str) -> Option<bool> {
        if word.is_empty() || is_phrase_stop(folded_word) {
            return None;
        }
        let after = &self.input[at + word.len()..self.limit];
        let here = hit_at(self.names, at);
        let demonym = here.is_some_and(|h| h.kinds.any(Kinds::DEMONYM));
        let adjective = (adjective_like(folded_word)
            || demonym
            || (self.words == 0 && adjective_before_adjective(word, after, self.names, at)))
            && !here.is_some_and(|h| h.kinds.any(Kinds::COUNTRY_NAME))
            && !self.verb_like(word, folded_word, after, demonym);
        if !adjective {
            return None;
        }
        // After the nationality that closes a name's adjectives, another adjective qualifies
        // the body ("Armée nationale libyenne autoproclamée").
        if self.nationality && !demonym {
            return Some(false);
        }
        self.nationality |= demonym && self.words > 0;
        self.end = at + word.len();
        self.words += 1;
        Some(true)
    }

    /// True when `word` (folded: `folded_word`), followed by `after`, is a verb, not an
    /// adjective: right after the head, only a word that no verb ends as ("le Conseil
    /// indique", "la Commission rappelle") unless capitalised; a feminine past participle
    /// ("Mission intégrée") is an adjective unless what follows makes it a verb ("la
    /// Commission crée un fonds").
    fn verb_like(&self, word: &str, folded_word: &str, after: &str, demonym: bool) -> bool {
        if (!self.caps && word.starts_with(char::is_uppercase)) || demonym {
            return false;
        }
        // Anywhere, a verb by what follows it ("le Conseil fédéral rappelle que").
        if verb_by_what_follows(word, after) {
            return true;
        }
        // Right after the head, a word that a verb ends as, unless another adjective follows
        // it ("Commission mixte intergouvernementale").
        if self.words > 0 {
            return false;
        }
        // (A word in "-ique(s)" is a verb only as one of the few verbs in "-iquer", and one
        // in "-eur" only as the pronoun "leur": "Conseil islamique", "Conseil supérieur".)
        let singular = folded_word.strip_suffix('s').unwrap_or(folded_word);
        let verb_ending = if singular.ends_with("ique") {
            is_verb_in_iquer(singular)
        } else {
            matches!(folded_word, "leur" | "leurs")
                || (["elle", "ent", "ant", "ee", "ere", "e"]
                    .iter()
                    .any(|e| folded_word.ends_with(e))
                    && ![
                        "al", "ale", "el", "iel", "ielle", "nnelle", "if", "ive", "ien", "ienne",
                        "ain", "aine", "ais", "aise", "aire", "ee", "ees", "anent", "abe",
                    ]
                    .iter()
                    .any(|e| folded_word.ends_with(e)))
        };
        verb_ending && !adjective_follows(after)
    }

    /// Reads the group that the word `word` (folded: `folded_word`) at `at` opens, or "et"
    /// and a group: true when it is read, false when the name ends before it.
    fn group(&mut self, at: usize, word: &str, folded_word: &str) -> bool {
        let (input, names, limit) = (self.input, self.names, self.limit);
        let after = &input[at + word.len()..limit];
        if !may_open(&input[at..limit]) || !may_be_opener(word, folded_word, after) {
            return false;
        }
        let folded_head = fold_head(&input[at..limit]);
        let folded = folded_head.as_str();
        // Where a body of a located head serves, last: "au Mali", "en Guinée-Bissau".
        if self.located && self.words > 0 {
            let locative = ["au ", "aux ", "en "]
                .into_iter()
                .find(|l| folded.starts_with(l));
            if let Some(state) = locative
                .and_then(|l| hit_at(names, at + input_len_of_folded(&input[at..], l.len())))
                .filter(|h| h.kinds.any(Kinds::COUNTRY_NAME) && h.input_end <= limit)
            {
                self.end = state.input_end;
                return false;
            }
        }
        let (and, after_and) = match folded.strip_prefix("et ") {
            Some(rest) => (3, rest),
            None => (0, folded),
        };
        let second_object = (and > 0 && self.preposition)
            .then(|| first_prefix(after_and, &ARTICLES))
            .flatten();
        let Some(opener) = second_object.or_else(|| first_prefix(after_and, &OPENERS)) else {
            return false;
        };
        // (A ministry's known name ends with its first portfolio: "ministère des Affaires
        // étrangères et de la Coopération".)
        let after_known_portfolio = self.ministry && self.words > 0 && self.last.is_none();
        if and > 0
            && second_object.is_none()
            && !((self.in_list || after_known_portfolio) && DE_FAMILY.contains(opener))
            && !self
                .last
                .is_some_and(|(previous, name)| !name && same_family(previous, opener))
        {
            return false;
        }
        self.preposition |= opener.starts_with("pour ") || opener.starts_with("contre ");
        let opener_at = at + input_len_of_folded(&input[at..], and);
        // "à la", not the verb "a"; "des", not "dès".
        if opener.starts_with("a ") && !starts_with_a_grave(&input[opener_at..]) {
            return false;
        }
        if *opener == "des " && crate::text::boundary::starts_with_des_accent(&input[opener_at..]) {
            return false;
        }
        let group_at = opener_at + input_len_of_folded(&input[opener_at..], opener.len());
        if and > 0 && after_known_portfolio && !self.in_list && self.holds_a_body(group_at) {
            return false;
        }
        // "… pour la paix et l'Hôpital Aïcha Diallo": another body, no second object nor
        // item of a list of portfolios ("des Armées, de l'Intérieur et de l'École …").
        if (second_object.is_some() || (self.in_list && and > 0)) && {
            let word = word_at_start(&input[group_at..]);
            word.starts_with(char::is_uppercase) && crate::lexicon::BODY_HEADS.contains(&word)
        } {
            return false;
        }
        // "Bureau de lutte antiterroriste à l'ONU": a known body after "à" is the one this
        // body belongs to, outside its name.
        if matches!(*opener, "a la " | "a l'" | "aux " | "au ")
            && hit_at(names, group_at).is_some_and(|h| h.kinds.any(Kinds::ORGANIZATION))
        {
            return false;
        }
        // Whom the body belongs to, a state, stays outside; but after a purpose ("pour la
        // stabilisation du Mali", "contre le terrorisme au Sahel") the state is its object,
        // part of the name.
        if state_at(names, group_at) && !self.preposition {
            // The armed forces of a state are named with it ("Forces armées des Émirats
            // arabes unis", "Garde présidentielle du Niger").
            if self.national && DE_FAMILY.contains(opener) {
                if let Some(state) = hit_at(names, group_at).filter(|h| h.input_end <= limit) {
                    self.end = state.input_end;
                }
            }
            return false;
        }
        // "du Premier ministre": an office, whole; but "et le ministre" is someone else.
        if let Some(title) = hit_at(self.titles, group_at) {
            if second_object.is_some() {
                return false;
            }
            self.end = title.input_end;
            self.words += 2;
            self.last = Some((opener, true));
            return true;
        }
        let article = ["l'", "la ", "le ", "les "]
            .iter()
            .any(|a| opener.ends_with(a));
        // "… de la Défense de la coalition": a body named by its common noun after an article
        // is another (or the same, named again), outside the name; told by its lower case
        // after a capitalised group (a name written all in lower case tells nothing).
        if article && !self.caps && self.words > 0 && {
            let word = word_at_start(&input[group_at..limit]);
            word.starts_with(char::is_lowercase)
                && crate::text::boundary::word_before(input, at).starts_with(char::is_uppercase)
                && crate::pipeline::titles::is_served_head(FoldedWord::of(word).as_str())
        } {
            return false;
        }
        match group(
            input,
            group_at,
            limit,
            names,
            article,
            self.caps,
            &mut self.pending,
        ) {
            Some((group_end, n, name)) => {
                self.end = group_end;
                self.words += n + 1;
                self.last = Some((opener, name));
                true
            }
            None => false,
        }
    }

    /// After a ministry's known portfolio, "et" opens another portfolio only: true when the
    /// group at `group_at` is an office ("et des Directeurs centraux") or holds a body, up to
    /// the next "et" or punctuation ("et de l'État-major de l'ANP", "et des officiers du
    /// Ministère").
    fn holds_a_body(&self, group_at: usize) -> bool {
        let clause = &self.input[group_at..self.limit];
        let clause = &clause[..clause
            .find([',', '.', ';', ':', '(', '\n'])
            .unwrap_or(clause.len())];
        hit_at(self.titles, group_at).is_some()
            || clause
                .split(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .take_while(|w| !w.eq_ignore_ascii_case("et"))
                .any(|w| {
                    let w = FoldedWord::of(w);
                    let w = w.as_str();
                    FOLDED_BODY_HEADS.iter().any(|h| h == w)
                })
    }
}

/// False when the word `word` (folded: `folded`), followed by `after`, opens no group nor
/// "et": its folding is none of their first words and an ASCII character (folded as itself,
/// no letter) ends it, so that the upcoming text folded starts with none of them.
fn may_be_opener(word: &str, folded: &str, after: &str) -> bool {
    word.is_empty()
        || !after.as_bytes().first().map_or(true, u8::is_ascii)
        || matches!(
            folded,
            "de" | "des"
                | "du"
                | "d"
                | "a"
                | "au"
                | "aux"
                | "et"
                | "en"
                | "pour"
                | "contre"
                | "charge"
                | "sur"
        )
}

/// True when `word`, at `at` right after a head, is an adjective by the adjective or demonym
/// after it ("Commission mixte intergouvernementale", "Commission mixte algéro-russe").
fn adjective_before_adjective(word: &str, after: &str, names: &[Hit], at: usize) -> bool {
    let lead = gap(after);
    word.starts_with(char::is_lowercase)
        && word.chars().count() > 3
        && (adjective_follows(after) || (lead > 0 && demonym_at(names, at + word.len() + lead)))
}

/// True when `word` (folded) is one of the verbs in "-iquer" that a body's noun may take
/// ("le Conseil indique", "la Commission applique"): every other word in "-ique" after a
/// head is an adjective.
fn is_verb_in_iquer(word: &str) -> bool {
    matches!(
        word,
        "indique"
            | "explique"
            | "communique"
            | "applique"
            | "implique"
            | "revendique"
            | "critique"
            | "pratique"
            | "fabrique"
            | "replique"
            | "complique"
            | "abdique"
            | "duplique"
            | "trafique"
    )
}

/// The openers of "de" and its articles, folded.
pub(super) const DE_FAMILY: [&str; 6] = ["de la ", "de l'", "des ", "du ", "de ", "d'"];

/// True when the word after the gap at the start of `rest` is an adjective.
pub(super) fn adjective_follows(rest: &str) -> bool {
    let lead = gap(rest);
    let next = word_at_start(&rest[lead..]);
    let folded = FoldedWord::of(next);
    lead > 0 && adjective_like(folded.as_str()) && !is_phrase_stop(folded.as_str())
}

/// The end and word count of a group of the complement at `at`: an organisation's or a
/// place's name whole, or a noun and its adjectives, or capitalised words (none in a line in
/// capitals: `caps`); the word it stopped at, folded, in `pending`.
fn group<'a>(
    input: &'a str,
    at: usize,
    limit: usize,
    names: &[Hit],
    after_article: bool,
    caps: bool,
    pending: &mut Option<(usize, &'a str, FoldedWord<'a>)>,
) -> Option<(usize, usize, bool)> {
    if let Some(end) = name_ending(names, at) {
        return Some((end.min(limit).max(at), 1, true));
    }
    let mut end = at;
    let mut n = 0;
    let mut previous_capitalised = false;
    while let Some(word_at) = next_in_group(input, end, limit, n == 0) {
        let word = word_at_start(&input[word_at..limit]);
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        let folded_word = FoldedWord::of(word);
        let folded = folded_word.as_str();
        let capitalised = !caps && word.starts_with(char::is_uppercase);
        // "d'examiner": an infinitive is no name (but "à l'étranger": no article comes
        // before an infinitive).
        let infinitive = !(capitalised || (after_article && n == 0))
            && (folded.ends_with("er") || folded.ends_with("ir"))
            && folded.len() > 4;
        // "de la Coopération militaire et technique": "et" and a second adjective.
        if folded == "et" && n > 1 {
            let second = next_in_group(input, word_at + word.len(), limit, false)
                .map(|at| (at, word_at_start(&input[at..limit])))
                .filter(|(_, w)| adjective_like(FoldedWord::of(w).as_str()));
            if let Some((second_at, second)) = second {
                end = second_at + second.len();
                n += 2;
                previous_capitalised = !caps && second.starts_with(char::is_uppercase);
                continue;
            }
        }
        let stop = is_phrase_stop(folded)
            || infinitive
            || matches!(
                folded,
                "de" | "du" | "des" | "d" | "et" | "pour" | "contre" | "au" | "aux" | "en" | "sur"
            )
            || (n > 0 && state_at(names, word_at));
        let goes_on = n == 0
            || adjective_like(folded)
            || is_past_participle(word)
            || demonym_at(names, word_at)
            || (capitalised && previous_capitalised);
        if stop || !goes_on {
            *pending = Some((word_at, word, folded_word));
            break;
        }
        end = word_at + word.len();
        n += 1;
        previous_capitalised = capitalised;
        if n >= 5 {
            break;
        }
    }
    (n > 0).then_some((end, n, false))
}

/// True when `word` ends as a past participle in "é" or "és" ("crime organisé", "groupes
/// armés"), in either Unicode form.
fn is_past_participle(word: &str) -> bool {
    let singular = word.strip_suffix('s').unwrap_or(word);
    singular.chars().count() > 3 && (singular.ends_with('é') || singular.ends_with("e\u{301}"))
}

/// The scan's name hit that starts at `at` in the input, if any.
fn hit_at(names: &[Hit], at: usize) -> Option<&Hit> {
    let i = names.partition_point(|h| h.input_start < at);
    names.get(i).filter(|h| h.input_start == at)
}

/// True when the opener `b` after "et" coordinates with the opener `a` before: the same, or a
/// singular "de" after any form of it ("des Affaires islamiques et de l'Enseignement
/// originel"; not "de sécurité et des experts").
fn same_family(a: &str, b: &str) -> bool {
    let de = |o: &str| matches!(o, "de la " | "de l'" | "des " | "du " | "de " | "d'");
    let singular_de = matches!(b, "de la " | "de l'" | "de " | "d'");
    a == b || (de(a) && singular_de)
}

/// True when a demonym starts at `at`.
pub(super) fn demonym_at(names: &[Hit], at: usize) -> bool {
    hit_at(names, at).is_some_and(|h| h.kinds.any(Kinds::DEMONYM))
}

/// True when the name of a state starts at `at`.
pub(super) fn state_at(names: &[Hit], at: usize) -> bool {
    hit_at(names, at).is_some_and(|h| h.kinds.any(Kinds::COUNTRY_NAME))
}

/// The end of the organisation's or place's name that starts at `at`, if any.
pub(super) fn name_ending(names: &[Hit], at: usize) -> Option<usize> {
    hit_at(names, at)
        .filter(|h| h.kinds.any(Kinds::ORGANIZATION.with(Kinds::PLACE)))
        .map(|h| h.input_end)
}
