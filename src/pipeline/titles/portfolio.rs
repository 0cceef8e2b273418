//! An office's portfolio: how far an office runs past the words the gazetteer knows, up to
//! whom it serves (the grammar of `pipeline/phrase.rs`; the module docs of `titles` say the
//! rule).

use super::super::phrase::{
    adjective_like, fold_head, gap, input_len_of_folded, is_phrase_stop, join, may_open,
    next_in_group, starts_with_a_grave, starts_with_word, verb_by_what_follows, word_at_start,
    word_in_head, FoldedWord, CONNECTORS,
};
use super::super::Mentions;
use super::letters::{starting_pairs, ByFirstLetter};
use crate::gazetteer::{Gazetteer, Hit};
use crate::text::blank::{blank, Blank};
use crate::text::boundary::floor_char_boundary;

mod heads;
pub(crate) use heads::is_served_head;
use heads::{is_named_body_head, is_office_head};

/// Qualifiers that stay in an office after its head ("ministre délégué", "directeur de cabinet
/// adjoint", "présidente sortante", "président en exercice"), folded.
const OFFICE_QUALIFIERS: [&str; 26] = [
    "adjoint",
    "adjointe",
    "adjoints",
    "adjointes",
    "delegue",
    "deleguee",
    "delegues",
    "deleguees",
    "special",
    "speciale",
    "speciaux",
    "sortant",
    "sortante",
    "sortants",
    "supreme",
    "superieur",
    "superieure",
    "permanent",
    "permanente",
    "principal",
    "principale",
    "executif",
    "executive",
    "en exercice",
    "par interim",
    "a.i.",
];

/// The words that open a portfolio after an office, folded, longest first: a connector, or a
/// phrase that ends with one ("chargé de la", "en charge des", "auprès du", "pour les"). "et"
/// opens one only before another ("et de la Justice"); "avec" only after "relations" ("chargé
/// des relations avec le Parlement").
const PORTFOLIO_OPENERS: [&str; 42] = join(
    [
        "avec les ",
        "avec la ",
        "avec le ",
        "avec l'",
        "charge de la ",
        "charge de l'",
        "charge des ",
        "charge du ",
        "charge de ",
        "charge d'",
        "chargee de la ",
        "chargee de l'",
        "chargee des ",
        "chargee du ",
        "chargee de ",
        "charges de la ",
        "charges des ",
        "charges du ",
        "charges de ",
        "en charge de la ",
        "en charge de l'",
        "en charge des ",
        "en charge du ",
        "en charge de ",
        "aupres de la ",
        "aupres de l'",
        "aupres du ",
        "aupres des ",
        "pour la ",
        "pour l'",
        "pour les ",
        "pour le ",
    ],
    CONNECTORS,
);

/// [`OFFICE_QUALIFIERS`] and [`PORTFOLIO_OPENERS`] by their first letters: the words a
/// folded text may start with are looked up among those of its first letter only.
static QUALIFIERS_BY_LETTER: ByFirstLetter<26> = ByFirstLetter::new(OFFICE_QUALIFIERS);
static OPENERS_BY_LETTER: ByFirstLetter<42> = ByFirstLetter::new(PORTFOLIO_OPENERS);

/// The pairs of letters that start a qualifier, "et" or an opener: bit `j` of entry `i` for
/// the `i`-th letter of the alphabet, then its `j`-th.
static STARTING_PAIRS: [u32; 26] =
    starting_pairs(&[&OFFICE_QUALIFIERS, &PORTFOLIO_OPENERS, &["et "]]);

/// False when the folded text at the start of `text` starts no qualifier, "et" nor opener
/// though it starts with two ASCII letters (which fold to themselves in lower case): "dans",
/// "cette"; or with a letter alone before a space and a letter or digit, which only "à la"
/// and "à l'" do among them: "a reçu".
fn may_start_a_phrase(text: &str) -> bool {
    match text.as_bytes() {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            let (a, b) = (a.to_ascii_lowercase() - b'a', b.to_ascii_lowercase() - b'a');
            STARTING_PAIRS[usize::from(a)] >> b & 1 == 1
        }
        [a, b' ', c, ..] if a.is_ascii_alphabetic() && c.is_ascii_alphanumeric() => {
            a.eq_ignore_ascii_case(&b'a') && c.eq_ignore_ascii_case(&b'l')
        }
        _ => true,
    }
}

/// False when `word`, in ASCII, cannot fold to an adjective ([`adjective_like`]): it folds to
/// itself in lower case, and this has three letters or less, or a last letter that ends no
/// adjective's ending.
fn may_be_adjective(word: &str) -> bool {
    !word.is_ascii()
        || (word.len() > 3
            && word.as_bytes().last().is_some_and(|b| {
                matches!(
                    b.to_ascii_lowercase(),
                    b'l' | b'e' | b's' | b'x' | b'f' | b'n' | b'r' | b't'
                )
            }))
}

/// The end of the office whose known part ends at `end`: past its qualifiers and the
/// complements of its portfolio, up to whom it serves (see the module docs); `None` when a
/// line in capitals leaves it undecided.
pub(super) fn portfolio_end(
    gazetteer: &Gazetteer,
    input: &str,
    mut end: usize,
    titles: &[Hit],
    mentions: &Mentions<'_, '_>,
) -> Option<usize> {
    let limit = floor_char_boundary(input, end + 240);
    let mut words = 0;
    let mut capital_lines = crate::text::capitals::CapitalLines::default();
    // Whether the last group of the portfolio is a noun in lower case ("de la
    // reconstruction"): a named body after it is that noun's complement ("de la
    // reconstruction de l'Armée"), not whom the office serves.
    let mut after_common_noun = false;
    // Whether the last group was opened by "pour": "et" with an article then gives it another
    // object ("pour le Moyen-Orient et l'Afrique du Nord").
    let mut after_pour = false;
    while words < 16 && end < limit {
        // Blanks, and a comma only before a connector or "chargé" ("…, chargé du Budget",
        // "…, de la Coopération et des Sénégalais de l'extérieur").
        let rest = &input[end..limit];
        let blank = gap(rest);
        let (lead, comma) = match rest[blank..].strip_prefix(',') {
            Some(tail) => (blank + 1 + gap(tail), true),
            None => (blank, false),
        };
        if lead == 0 {
            break;
        }
        let at = end + lead;
        // Past the first word, only a qualifier or an opener goes on, and each starts with
        // one of these letters: nothing to fold otherwise.
        let opens = may_open(&input[at..limit]);
        if words > 0 && !opens {
            break;
        }
        // (An ASCII byte other than those letters folds to none of them: no qualifier, "et" nor
        // opener follows, nothing to fold.)
        // Nor do two ASCII letters that start none of them.
        let folded_head = if (opens && may_start_a_phrase(&input[at..limit]))
            || input.as_bytes().get(at).is_some_and(|b| !b.is_ascii())
        {
            fold_head(&input[at..limit])
        } else {
            FoldedWord::Same("")
        };
        let folded = folded_head.as_str();
        if !comma {
            if let Some(q) = QUALIFIERS_BY_LETTER
                .starting(folded)
                .iter()
                .find(|q| starts_with_word(folded, q))
            {
                end = at + input_len_of_folded(&input[at..], q.len());
                words += 1;
                continue;
            }
            // An adjective right after the office ("conseiller diplomatique").
            if words == 0 {
                if let Some(adjective_end) =
                    adjective_after_office(gazetteer, input, end, at, limit, mentions)
                {
                    end = adjective_end;
                    words += 1;
                    continue;
                }
            }
        }
        // "et" goes on only before a connector ("et de la Justice", "et des Anciens").
        let (and, after_and) = match folded.strip_prefix("et ") {
            Some(rest) if !comma => (3, rest),
            Some(_) => break,
            None => (0, folded),
        };
        let second_object = (and > 0 && after_pour)
            .then(|| {
                ["la ", "le ", "les ", "l'"]
                    .into_iter()
                    .find(|a| after_and.starts_with(a))
            })
            .flatten();
        let Some(opener) = second_object.or_else(|| {
            OPENERS_BY_LETTER
                .starting(after_and)
                .iter()
                .find(|o| after_and.starts_with(**o))
                .filter(|o| !(comma && matches!(**o, "a la " | "a l'" | "aux " | "au ")))
                .copied()
        }) else {
            break;
        };
        // "des relations avec le Parlement": whom the relations are with, a body too, is the
        // portfolio's.
        let with_relations = opener.starts_with("avec");
        if with_relations
            && (and > 0
                || !input[..end]
                    .get(end.saturating_sub(9)..)
                    .is_some_and(|w| w.eq_ignore_ascii_case("relations")))
        {
            break;
        }
        let opener_at = at + input_len_of_folded(&input[at..], and);
        // "à la", not the verb "a": "le ministre de la Défense a la charge de…".
        if opener.starts_with("a ") && !starts_with_a_grave(&input[opener_at..]) {
            break;
        }
        let group_at = opener_at + input_len_of_folded(&input[opener_at..], opener.len());
        let group_word = word_at_start(&input[group_at..limit]);
        let head = word_in_head(group_word, folded, and + opener.len());
        let group = Group {
            opener,
            at: group_at,
            word: group_word,
            head: head.as_str(),
            second_object: second_object.is_some(),
            after_common_noun,
        };
        // In a line in capitals, the capital tells nothing: "CHEF DU SERVICE DE SÉCURITÉ" is
        // the office "chef" of a body or the office "chef du service de sécurité", so neither
        // is said; a body the line leaves undecided ("CHEF DE L'ORGANE DE…") ends the office,
        // as its name would.
        if group.article()
            && group.named_body()
            && capital_lines.covers(input, group_at, group_at + group_word.len())
        {
            return None;
        }
        if group.serves(gazetteer, titles, mentions) {
            break;
        }
        let (head, article, auprès) = (group.head, group.article(), group.aupres());
        // "auprès du Premier ministre": the office it is attached to, whole.
        if auprès {
            if let Ok(i) = titles.binary_search_by_key(&group_at, |h| h.input_start) {
                end = titles[i].input_end;
                words += 2;
                after_common_noun = false;
                continue;
            }
        }
        let first = (group_word, head);
        match portfolio_group(
            gazetteer, input, group_at, limit, titles, mentions, article, first,
        ) {
            Some((group_end, n)) => {
                end = group_end;
                words += n + 1;
                after_common_noun = group_word.starts_with(char::is_lowercase)
                    && !matches!(group_word, "celui" | "celle" | "ceux" | "celles");
                after_pour = opener.starts_with("pour") || (after_pour && second_object.is_some());
            }
            None => break,
        }
    }
    Some(end)
}

/// A word after the office that may be an adjective of it ("conseiller diplomatique",
/// "Conseiller régional"), not a demonym, which stays outside ("Premier ministre
/// mauritanien"): where it ends. The office ends at `end`, the word starts at `at`; a
/// capitalised word is one only after a capitalised office.
fn adjective_after_office(
    gazetteer: &Gazetteer,
    input: &str,
    end: usize,
    at: usize,
    limit: usize,
    mentions: &Mentions<'_, '_>,
) -> Option<usize> {
    let word = word_at_start(&input[at..limit]);
    let capital_ok = || {
        !word.starts_with(char::is_uppercase)
            || input[..end]
                .trim_end()
                .rsplit(|c| blank(c) != Blank::No)
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
    };
    (!word.is_empty()
        && may_be_adjective(word)
        && capital_ok()
        && adjective_like(&FoldedWord::of(word))
        && !gazetteer.is_given_name(word)
        && !verb_by_what_follows(word, &input[at + word.len()..limit])
        && !mentions.country_at(at)
        && !mentions.place_at(at))
    .then_some(at + word.len())
}

/// A group of a portfolio as its opener starts it: "de la Défense", "auprès du Premier
/// ministre", "pour l'Afrique".
struct Group<'a> {
    /// The opener, folded ("de la ", "aupres du ", "pour ").
    opener: &'a str,
    /// Where its first word starts in the input.
    at: usize,
    /// Its first word.
    word: &'a str,
    /// Its head noun, folded.
    head: &'a str,
    /// It is the second object of "pour" ("pour l'Asie et le Pacifique").
    second_object: bool,
    /// The group before it was a noun in lower case ("de la reconstruction"): a named body
    /// after it is that noun's complement.
    after_common_noun: bool,
}

impl Group<'_> {
    /// Opened by an article ("de la", "du"), not by "de" or "d'" alone.
    fn article(&self) -> bool {
        !matches!(self.opener, "de " | "d'")
    }

    /// Opened by "auprès".
    fn aupres(&self) -> bool {
        self.opener.starts_with("aupres")
    }

    /// A body named by its capitalised head noun, not a lower-case noun's complement.
    fn named_body(&self) -> bool {
        self.word.starts_with(char::is_uppercase)
            && is_named_body_head(self.head)
            && !self.after_common_noun
    }

    /// Whom the office serves, which ends it: a state, an organisation, a date, a body named
    /// by its head noun after an article, or another office (unless the office is "auprès"
    /// of it: "délégué auprès du Premier ministre"); not whom "relations" are with.
    fn serves(&self, gazetteer: &Gazetteer, titles: &[Hit], mentions: &Mentions<'_, '_>) -> bool {
        let (at, article) = (self.at, self.article());
        // A place after "de" is whom the office serves ("Prince héritier d'Abou Dhabi"), after
        // "pour" its remit ("Conseiller pour l'Afrique du Nord").
        let place_served =
            mentions.place_at(at) && !self.opener.starts_with("pour") && !self.second_object;
        // A person after "de" without an article is whom the office serves ("porte-parole de
        // Haftar", "chef d'état-major de Bazoum"; "Directeur de Cabinet" is a portfolio): a
        // known given name or a public figure's surname.
        let person_served = self.opener == "de "
            && self.word.starts_with(char::is_uppercase)
            && (gazetteer.is_given_name(self.word)
                || !gazetteer.figure_names(self.word).is_empty());
        !self.opener.starts_with("avec")
            && (mentions.state_at(at)
                || mentions.organization_at(at)
                || mentions.date_at(at)
                || place_served
                || person_served
                || (article
                    && (self.named_body()
                        || is_served_head(self.head)
                        || mentions.undecided_at(at)))
                || (!self.aupres() && (starts_title(titles, at) || is_office_head(self.head))))
    }
}

/// True when a title hit of the scan starts at `at`.
fn starts_title(titles: &[Hit], at: usize) -> bool {
    titles.binary_search_by_key(&at, |h| h.input_start).is_ok()
}

/// The end and word count of the noun group of a portfolio at `at`: a noun ("Défense",
/// "service", "Affaires"), then adjectives ("nationale", "étrangères", "Extérieures"), or
/// "et" between two of them ("arabes et africaines"). Never a stop word, a connector, a
/// given name, a word in capitals, a number, nor a state, an organisation or an office.
/// `article`: an article opened the group (whom the office serves may follow one); `first`:
/// the group's first word and its folding, which the caller read.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
fn portfolio_group(
    gazetteer: &Gazetteer,
    input: &str,
    at: usize,
    limit: usize,
    titles: &[Hit],
    mentions: &Mentions<'_, '_>,
    article: bool,
    first: (&str, &str),
) -> Option<(usize, usize)> {
    let mut end = at;
    let mut n = 0;
    // In a line in capitals, a word in capitals tells nothing.
    let mut capital_lines = crate::text::capitals::CapitalLines::default();
    // "de la première région militaire", "des différentes unités": an ordinal or "différents"
    // before the noun, which then follows.
    // (Not "du Premier ministre": an office, whom the first serves.)
    let prenominal = before_the_noun(first.1)
        && first
            .0
            .starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
        && !starts_title(titles, at);
    if let Some(noun_at) = prenominal
        .then(|| next_in_group(input, at + first.0.len(), limit, false))
        .flatten()
    {
        let noun = word_at_start(&input[noun_at..limit]);
        // (After an ordinal in figures, a unit's noun may be capitalised: "de la 4e Région
        // militaire".)
        let in_figures = first.0.starts_with(|c: char| c.is_ascii_digit());
        if !noun.is_empty()
            && (noun.starts_with(char::is_lowercase)
                || (in_figures
                    && noun.starts_with(char::is_uppercase)
                    && !mentions.organization_at(noun_at)
                    && !mentions.state_at(noun_at)))
        {
            let folded = FoldedWord::of(noun);
            if !is_phrase_stop(folded.as_str()) && !is_connector_word(folded.as_str()) {
                return portfolio_group(
                    gazetteer,
                    input,
                    noun_at,
                    limit,
                    titles,
                    mentions,
                    article,
                    (noun, folded.as_str()),
                )
                .map(|(end, n)| (end, n + 1));
            }
        }
    }
    while let Some(word_at) = next_in_group(input, end, limit, n == 0) {
        if n > 0 {
            // "arabes et africaines": "et" between two adjectives.
            let after = &input[word_at..limit];
            if let Some(tail) = after.strip_prefix("et") {
                let et_gap = gap(tail);
                let next = word_at_start(&tail[et_gap..]);
                if et_gap > 0 && !next.is_empty() && adjective_like(&FoldedWord::of(next)) {
                    end = word_at + 2 + et_gap + next.len();
                    n += 2;
                    continue;
                }
            }
        }
        // "chef de la division Moyen-Orient": a place names the remit, whole.
        if n > 0 {
            if let Some(place) = mentions.place_starting_at(word_at) {
                end = place.end.min(limit);
                n += 1;
                continue;
            }
        }
        let folded_word;
        let (word, folded) = if n == 0 {
            first
        } else {
            let word = word_at_start(&input[word_at..limit]);
            folded_word = FoldedWord::of(word);
            (word, folded_word.as_str())
        };
        if word.is_empty() {
            break;
        }
        // Past the noun, only an adjective goes on ("Défense nationale"), or a cardinal point
        // ("zone Sud"): nothing more to read of a word that is none.
        if n > 0 && !adjective_like(folded) && !is_cardinal_point(folded) {
            break;
        }
        let letters = word.chars().filter(|c| c.is_alphabetic()).count();
        let all_capitals = letters > 1 && !word.chars().any(char::is_lowercase);
        // (Only a word in capitals may stand in a line in capitals: the line is read then.)
        let capitals_line =
            all_capitals && capital_lines.covers(input, word_at, word_at + word.len());
        let in_capitals = all_capitals && !capitals_line;
        // In a line in capitals, a short word after an article may be an acronym, which is
        // not read there ("SECRÉTAIRE GÉNÉRAL DE L'ONU"): whom the office serves. Without an
        // article it is a portfolio ("CHEF D'ETAT", "MINISTRES DE LA DÉFENSE DE PAYS…").
        let acronym_like = capitals_line
            && article
            && n == 0
            && letters <= 4
            && !matches!(
                folded,
                "paix" | "mer" | "air" | "eau" | "art" | "sol" | "sud" | "nord" | "est" | "etat"
            );
        // "de convoquer": an infinitive is no portfolio (capitalised words may end so:
        // "Premier").
        let infinitive = (!word.starts_with(char::is_uppercase) || capitals_line)
            && (folded.ends_with("er") || folded.ends_with("ir"))
            && folded.len() > 4;
        let never = is_phrase_stop(folded)
            || acronym_like
            || infinitive
            || is_connector_word(folded)
            || in_capitals
            // No portfolio is one letter ("M.", an initial).
            || letters < 2
            || word.starts_with(|c: char| c.is_ascii_digit())
            || gazetteer.is_given_name(word);
        let named = || {
            mentions.state_at(word_at)
                || mentions.organization_at(word_at)
                || mentions.date_at(word_at)
                || starts_title(titles, word_at)
        };
        if never
            || (n > 0
                && (named() || verb_by_what_follows(word, &input[word_at + word.len()..limit])))
        {
            break;
        }
        end = word_at + word.len();
        n += 1;
        if n >= 5 {
            break;
        }
    }
    (n > 0).then_some((end, n))
}

/// True for the words that stand before the noun of a portfolio (folded): an ordinal in
/// words ("première", "quatrième", "second") or in figures ("4e", "5ème"), or "différents".
fn before_the_noun(folded: &str) -> bool {
    crate::lexicon::is_ordinal(folded)
        || matches!(
            folded,
            "premiers" | "premieres" | "differents" | "differentes"
        )
}

/// True for a cardinal point after the noun of a portfolio (folded): "zone Sud", "région
/// Nord-Est".
fn is_cardinal_point(folded: &str) -> bool {
    let point = |p: &str| matches!(p, "nord" | "sud" | "est" | "ouest" | "centre");
    match folded.split_once('-') {
        Some((a, b)) => point(a) && point(b),
        None => point(folded),
    }
}

/// True for the words that connect the parts of a portfolio.
fn is_connector_word(folded: &str) -> bool {
    matches!(
        folded,
        "de" | "du" | "des" | "d" | "et" | "aux" | "au" | "pour" | "aupres" | "charge" | "en"
    )
}

#[cfg(test)]
mod tests;
