//! Organisations the gazetteer does not know, recognised by their shape: a head noun of bodies
//! ("Conseil", "Comité", "Bureau", "Mission", "Direction", "ministère"…) with the complement
//! that names it ("Comité des services de renseignement et de sécurité de l'Afrique", "Bureau
//! des Nations unies pour l'Afrique de l'Ouest", "ministère français de la Défense"), and news
//! sites named by their domain ("abc24.com", "www.aps.dz").
//!
//! The complement is read as titles read a portfolio ([`phrase`](super::super::phrase)):
//! adjectives, then groups opened by "de", "des", "pour", "contre", "chargé de"…; a state after
//! a connector ends it ("Ministère de la Défense du Niger": the organisation and the state),
//! an organisation or a place does not (it is part of the name). It reads the scan's hits,
//! this stage coming before those of states and places. A head without a complement
//! is a generic noun ("le Conseil a décidé") and no mention.

use super::super::phrase::{
    adjective_like, first_prefix, fold_head, gap, input_len_of_folded, is_determiner,
    is_phrase_stop, join, may_open, next_in_group, starts_with_a_grave, verb_by_what_follows,
    word_at_start, FoldedWord, CONNECTORS,
};
use super::Org;
use crate::gazetteer::{Hit, Kinds};
use crate::text::boundary::floor_char_boundary;
use crate::text::NormalizedText;

/// First words of complements that make no body of a head ("Conférence de presse",
/// "Organisation terroriste").
const NOT_NAMES: [&str; 11] = [
    "presse",
    "ministres",
    "guerre",
    "terroriste",
    "terroristes",
    "islamiste",
    "islamistes",
    "jihadiste",
    "jihadistes",
    "armees",
    "speciales",
];

/// The openers of a group of the complement, folded, longest first.
const OPENERS: [&str; 23] = join(
    join::<12, 10, 22>(
        [
            "charge de la ",
            "charge de l'",
            "charge des ",
            "charge du ",
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

/// The bodies named by their shape in the document, at the head nouns the scan reported.
#[inline(never)]
pub(super) fn bodies(
    text: &NormalizedText<'_>,
    heads: &[Hit],
    names: &[Hit],
    titles: &[Hit],
    undecided: &mut Vec<(usize, usize)>,
) -> Vec<Org> {
    let input = text.input();
    let folded = text.as_str();
    let mut out = Vec::new();
    let mut capitals = crate::text::capitals::CapitalLines::default();
    for head in heads.iter().filter(|h| h.kinds.any(Kinds::BODY_HEAD)) {
        let (start, head_end) = (head.input_start, head.input_end);
        // The head noun folded, as `FoldedWord::of` folds its input: one word (no blank to
        // collapse), folded by the normalised view already.
        let head_folded = &folded[head.start..head.end];
        let capitalised = input[start..].starts_with(char::is_uppercase);
        // In a line in capitals, a capital tells no name: words are read as in lower case,
        // and a head that names a body only when capitalised ("Mission", not "ministère")
        // leaves it undecided.
        let caps = capitalised && capitals.covers(input, start, head_end);
        let undecided_head = caps && !any_case_head(&input[start..head_end]);
        // "l'Armée malgache" names an army by its capital, which a line in capitals does not
        // write ("L'ARMEE NIGERIENNE NEUTRALISE…": the demonym's).
        if caps && head_folded == "armee" {
            continue;
        }
        // "UNE DÉLÉGATION DE…", "SA MISSION…": a body that is named takes "le", "la"; after
        // "de" without one, the noun is a portfolio ("CHEFS DE MISSION DES NATIONS UNIES").
        if undecided_head && after_generic_determiner(&input[..start]) {
            continue;
        }
        // "Fédération de Russie" is a state; a known name is read by its own phase; a head
        // inside a title belongs to it ("Chef d'état-major général des FAR").
        // (Hits are sorted and apart: only the last title that starts before may hold it.)
        let before = titles.partition_point(|t| t.input_start < start);
        let in_title = before > 0 && start < titles[before - 1].input_end;
        if state_at(names, start) || in_title {
            continue;
        }
        // A known name read by its own phase, unless a list of portfolios goes on after it
        // ("ministère des Affaires étrangères, de la Coopération et des…").
        if let Some(known_end) = name_ending(names, start) {
            // Or an adjective on its line that is no demonym ("ministère de la Sécurité
            // publique", not "… des Affaires étrangères marocain").
            let next =
                input[known_end..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
            let adjective = adjective_follows(&input[known_end..])
                && !next.starts_with(|c: char| c.is_uppercase() || c == '\n')
                && !demonym_at(names, input.len() - next.len());
            if list_item_after(&input[known_end..]).is_some() || adjective {
                // The known name's words count: what follows is no longer right after the head.
                let end = complement_end(input, known_end, names, titles, head_folded, caps, 1);
                if end > known_end && undecided_head {
                    undecided.push((start, end));
                } else if end > known_end {
                    out.push(Org::named(start, end));
                }
            }
            continue;
        }
        // A whole word.
        let glued_before = input[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-');
        let glued_after = input[head_end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-');
        if glued_before || glued_after {
            continue;
        }
        let end = complement_end(input, head_end, names, titles, head_folded, caps, 0);
        if end > head_end {
            let rest = &input[head_end..];
            let first = word_at_start(&rest[gap(rest)..]);
            // "Forces armées" alone is no name; "Forces armées des Émirats arabes unis" is.
            let with_state = NATIONAL_HEADS.contains(&head_folded) && state_ending(names, end);
            if !with_state && NOT_NAMES.contains(&FoldedWord::of(first).as_str()) {
                continue;
            }
            // "l'état-major des armées" is any army's; "l'état-major général des Armées", "…
            // de l'ANP", "… des armées françaises" one: a capital or a demonym names it.
            let named = input[head_end..end].contains(char::is_uppercase)
                || names[names.partition_point(|h| h.input_start <= head_end)..]
                    .iter()
                    .take_while(|h| h.input_start <= end)
                    .any(|h| h.input_end <= end && h.kinds.any(Kinds::DEMONYM));
            if head_folded == "etat-major" && !capitalised && !named {
                continue;
            }
            if undecided_head {
                undecided.push((start, end));
            } else {
                out.push(Org::named(start, end));
            }
        }
    }
    out
}

/// True when `before` ends with a determiner other than the definite article ("une", "sa",
/// "cette"…) or with "de" without one ("chef de mission", "d'"): what follows is a common
/// noun, no name.
fn after_generic_determiner(before: &str) -> bool {
    let before = before.trim_end();
    let word_of = |text: &str| {
        let start = text.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
        FoldedWord::of(&text[start..]).as_str() == "d"
    };
    if let Some(elided) = before.strip_suffix(['\'', '’']) {
        return word_of(elided);
    }
    let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = FoldedWord::of(&before[word_start..]);
    let word = word.as_str();
    (is_determiner(word) && !matches!(word, "le" | "la" | "les"))
        || matches!(word, "notre" | "votre" | "de")
}

/// True when `head` names a body in any case ("ministère": `lexicon::BODY_HEADS` written in
/// lower case).
fn any_case_head(head: &str) -> bool {
    let head = FoldedWord::of(head);
    crate::lexicon::BODY_HEADS
        .iter()
        .any(|h| h.starts_with(char::is_lowercase) && FoldedWord::of(h).as_str() == head.as_str())
}

/// Endings of the domains of news sites, in lower case.
const DOMAIN_ENDINGS: [&str; 30] = [
    "com", "net", "org", "info", "tv", "fr", "dz", "ma", "sn", "ne", "ml", "bf", "ci", "tn", "mr",
    "td", "cm", "ga", "cd", "bj", "tg", "gn", "be", "ch", "ca", "africa", "news", "media", "int",
    "eu",
];

/// News sites named by their domain ("abc24.com", "www.aps.dz", "Arabnews.com"): a word of
/// letters, digits and hyphens (dots between), then a dot and a domain ending in lower case
/// (or in capitals, in a line in capitals), not inside an e-mail address or a path.
#[inline(never)]
pub(super) fn web_names(input: &str) -> Vec<Org> {
    let bytes = input.as_bytes();
    let mut out: Vec<Org> = Vec::new();
    let mut capitals = crate::text::capitals::CapitalLines::default();
    for dot in memchr::memchr_iter(b'.', bytes) {
        let tail = &bytes[dot + 1..];
        let mut len = tail.iter().take_while(|b| b.is_ascii_lowercase()).count();
        // In a line in capitals, the domain is in capitals too ("WWW.APS.DZ").
        let upper = len == 0;
        if upper {
            len = tail.iter().take_while(|b| b.is_ascii_uppercase()).count();
        }
        let glued = tail
            .get(len)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-');
        let ending = std::str::from_utf8(&tail[..len]).unwrap_or("");
        if len < 2
            || glued
            || !DOMAIN_ENDINGS
                .iter()
                .any(|e| e.eq_ignore_ascii_case(ending))
            || (upper && !capitals.covers(input, dot + 1, dot + 1 + len))
        {
            continue;
        }
        let name = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.');
        let start = dot - bytes[..dot].iter().rev().take_while(|b| name(b)).count();
        let before = start.checked_sub(1).map(|i| bytes[i]);
        let label = &bytes[start..dot];
        if label.len() < 2
            || !label.iter().any(u8::is_ascii_alphabetic)
            || label.starts_with(b".")
            || matches!(before, Some(b'@' | b'/' | b'_'))
            || out.last().is_some_and(|o| o.end > start)
        {
            continue;
        }
        out.push(Org::named(start, dot + 1 + len));
    }
    out
}

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
const NATIONAL_HEADS: [&str; 3] = ["forces", "garde", "armee"];

/// True when the name of a state ends at `end`.
fn state_ending(names: &[Hit], end: usize) -> bool {
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
fn complement_end(
    input: &str,
    mut end: usize,
    names: &[Hit],
    titles: &[Hit],
    head: &str,
    caps: bool,
    mut words: usize,
) -> usize {
    let located = LOCATED_HEADS.contains(&head);
    let national = NATIONAL_HEADS.contains(&head);
    let limit = floor_char_boundary(input, end + 200);
    // The opener of the last group, and whether that group was a name: "et" goes on only
    // with the same opener after a group that was no name ("Conseil de paix et de
    // sécurité", not "des Nations Unies et des recommandations").
    let mut last: Option<(&str, bool)> = None;
    // Whether a preposition ("pour la", "contre le") opened a group: "et" with an article then
    // gives it another object ("pour la prévention du crime et la justice pénale").
    let mut preposition = false;
    // Whether a comma opened an item of a list of portfolios, which "et" closes.
    let mut in_list = false;
    while words < 16 && end < limit {
        let rest = &input[end..limit];
        let mut lead = gap(rest);
        // A list of portfolios: ", de la Coopération africaine et des Marocains…".
        if lead == 0 {
            if let Some(item) = list_item_after(rest) {
                lead = item;
                in_list = true;
            }
        }
        if lead == 0 {
            break;
        }
        let at = end + lead;
        let word = word_at_start(&input[at..limit]);
        let folded_word = FoldedWord::of(word);
        let folded_word = folded_word.as_str();
        // An adjective ("Comité ordinaire", "ministère français", "Agence de presse
        // émiratie"); right after the head, only one that no verb ends as ("le Conseil
        // indique", "la Commission rappelle") unless capitalised.
        // A feminine past participle ("Mission intégrée") is an adjective unless what follows
        // makes it a verb ("la Commission crée un fonds").
        let after = &input[at + word.len()..limit];
        let verb_like = || {
            if (!caps && word.starts_with(char::is_uppercase)) || demonym_at(names, at) {
                return false;
            }
            // Anywhere, a verb by what follows it ("le Conseil fédéral rappelle que").
            if verb_by_what_follows(word, after) {
                return true;
            }
            // Right after the head, a word that a verb ends as, unless another adjective
            // follows it ("Commission mixte intergouvernementale").
            let verb_ending = [
                "ique", "iques", "elle", "ent", "ant", "ee", "eur", "ere", "e",
            ]
            .iter()
            .any(|e| folded_word.ends_with(e))
                && ![
                    "al", "ale", "el", "iel", "ielle", "nnelle", "if", "ive", "ien", "ienne",
                    "ain", "aine", "ais", "aise", "aire", "ee", "ees",
                ]
                .iter()
                .any(|e| folded_word.ends_with(e));
            words == 0 && verb_ending && !adjective_follows(after)
        };
        if !word.is_empty()
            && !is_phrase_stop(folded_word)
            && (adjective_like(folded_word)
                || demonym_at(names, at)
                || (words == 0 && adjective_before_adjective(word, after, names, at)))
            && !state_at(names, at)
            && !verb_like()
        {
            end = at + word.len();
            words += 1;
            continue;
        }
        if !may_open(&input[at..limit]) {
            break;
        }
        let folded_head = fold_head(&input[at..limit]);
        let folded = folded_head.as_str();
        // Where a body of a located head serves, last: "au Mali", "en Guinée-Bissau".
        if located && words > 0 {
            let locative = ["au ", "aux ", "en "]
                .into_iter()
                .find(|l| folded.starts_with(l));
            if let Some(state) = locative
                .and_then(|l| hit_at(names, at + input_len_of_folded(&input[at..], l.len())))
                .filter(|h| h.kinds.any(Kinds::COUNTRY_NAME) && h.input_end <= limit)
            {
                end = state.input_end;
                break;
            }
        }
        let (and, after_and) = match folded.strip_prefix("et ") {
            Some(rest) => (3, rest),
            None => (0, folded),
        };
        let second_object = (and > 0 && preposition)
            .then(|| first_prefix(after_and, &ARTICLES))
            .flatten();
        let Some(opener) = second_object.or_else(|| first_prefix(after_and, &OPENERS)) else {
            break;
        };
        if and > 0
            && second_object.is_none()
            && !(in_list && DE_FAMILY.contains(opener))
            && !last.is_some_and(|(previous, name)| !name && same_family(previous, opener))
        {
            break;
        }
        preposition |= opener.starts_with("pour ") || opener.starts_with("contre ");
        let opener_at = at + input_len_of_folded(&input[at..], and);
        // "à la", not the verb "a"; "des", not "dès".
        if opener.starts_with("a ") && !starts_with_a_grave(&input[opener_at..]) {
            break;
        }
        if *opener == "des " && crate::text::boundary::starts_with_des_accent(&input[opener_at..]) {
            break;
        }
        let group_at = opener_at + input_len_of_folded(&input[opener_at..], opener.len());
        // Whom the body belongs to, a state, stays outside; but after a purpose ("pour la
        // stabilisation du Mali", "contre le terrorisme au Sahel") the state is its object,
        // part of the name.
        if state_at(names, group_at) && !preposition {
            // The armed forces of a state are named with it ("Forces armées des Émirats
            // arabes unis", "Garde présidentielle du Niger").
            if national && DE_FAMILY.contains(opener) {
                if let Some(state) = hit_at(names, group_at).filter(|h| h.input_end <= limit) {
                    end = state.input_end;
                }
            }
            break;
        }
        // "du Premier ministre": an office, whole; but "et le ministre" is someone else.
        if let Some(title) = hit_at(titles, group_at) {
            if second_object.is_some() {
                break;
            }
            end = title.input_end;
            words += 2;
            last = Some((opener, true));
            continue;
        }
        let article = ["l'", "la ", "le ", "les "]
            .iter()
            .any(|a| opener.ends_with(a));
        match group(input, group_at, limit, names, article, caps) {
            Some((group_end, n, name)) => {
                end = group_end;
                words += n + 1;
                last = Some((opener, name));
            }
            None => break,
        }
    }
    end
}

/// True when `word`, at `at` right after a head, is an adjective by the adjective or demonym
/// after it ("Commission mixte intergouvernementale", "Commission mixte algéro-russe").
fn adjective_before_adjective(word: &str, after: &str, names: &[Hit], at: usize) -> bool {
    let lead = gap(after);
    word.starts_with(char::is_lowercase)
        && word.chars().count() > 3
        && (adjective_follows(after) || (lead > 0 && demonym_at(names, at + word.len() + lead)))
}

/// The openers of "de" and its articles, folded.
const DE_FAMILY: [&str; 6] = ["de la ", "de l'", "des ", "du ", "de ", "d'"];

/// Where the item after a comma at the start of `rest` starts, when the comma opens an item
/// of a list of portfolios: a "de" group, and later in the sentence "et" and another before
/// any other punctuation ("…étrangères, de la Coopération africaine et des Marocains…").
fn list_item_after(rest: &str) -> Option<usize> {
    let after = rest.strip_prefix(',')?;
    let lead = gap(after);
    let item = &after[lead..];
    let opens = |s: &str| {
        let head = fold_head(s);
        DE_FAMILY.iter().any(|o| head.as_str().starts_with(o))
    };
    if lead == 0 || !opens(item) {
        return None;
    }
    // The sentence's next punctuation (or a blank line) comes after an "et", between blanks
    // of any kind, that opens another group.
    let stop = item
        .find(['.', ';', ':', '(', ')', ',', '«', '»', '"'])
        .unwrap_or(item.len());
    let stop = item[..stop].find("\n\n").unwrap_or(stop);
    // ("ET" in a line in capitals.)
    let closes = ["et", "ET"].iter().any(|et| {
        item[..stop].match_indices(et).any(|(i, _)| {
            let before = item[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_whitespace);
            let after = &item[i + 2..];
            let lead = gap(after);
            before && lead > 0 && opens(&after[lead..])
        })
    });
    closes.then_some(1 + lead)
}

/// True when the word after the gap at the start of `rest` is an adjective.
fn adjective_follows(rest: &str) -> bool {
    let lead = gap(rest);
    let next = word_at_start(&rest[lead..]);
    let folded = FoldedWord::of(next);
    lead > 0 && adjective_like(folded.as_str()) && !is_phrase_stop(folded.as_str())
}

/// The end and word count of a group of the complement at `at`: an organisation's or a
/// place's name whole, or a noun and its adjectives, or capitalised words (none in a line in
/// capitals: `caps`).
fn group(
    input: &str,
    at: usize,
    limit: usize,
    names: &[Hit],
    after_article: bool,
    caps: bool,
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
        let folded = FoldedWord::of(word);
        let folded = folded.as_str();
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
fn demonym_at(names: &[Hit], at: usize) -> bool {
    hit_at(names, at).is_some_and(|h| h.kinds.any(Kinds::DEMONYM))
}

/// True when the name of a state starts at `at`.
fn state_at(names: &[Hit], at: usize) -> bool {
    hit_at(names, at).is_some_and(|h| h.kinds.any(Kinds::COUNTRY_NAME))
}

/// The end of the organisation's or place's name that starts at `at`, if any.
fn name_ending(names: &[Hit], at: usize) -> Option<usize> {
    hit_at(names, at)
        .filter(|h| h.kinds.any(Kinds::ORGANIZATION.with(Kinds::PLACE)))
        .map(|h| h.input_end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::organizations;

    #[test]
    fn bodies_the_gazetteer_lacks_are_named_by_their_shape() {
        let cases: [(&str, &[&str]); 10] = [
            (
                "Le Comité des chefs de police de l'Afrique de l'Est s'est réuni.",
                &["Comité des chefs de police de l'Afrique de l'Est"],
            ),
            (
                "Un accord avec la Direction générale de la sûreté nationale a été signé.",
                &["Direction générale de la sûreté nationale"],
            ),
            (
                "Le ministère burkinabè de la Sécurité a publié un communiqué.",
                &["ministère burkinabè de la Sécurité"],
            ),
            (
                "Le Ministère de la Défense du Niger a confirmé l'attaque.",
                &["Ministère de la Défense"],
            ),
            (
                "Le Conseil de défense et de sécurité intérieure et des experts ont siégé.",
                &["Conseil de défense et de sécurité intérieure"],
            ),
            (
                "Le Conseil a décidé, en conférence de presse, de la Coalition dès demain.",
                &[],
            ),
            (
                "Le Forum international de Niamey sur la paix s'est ouvert (un événement).",
                &[],
            ),
            (
                "La Mission intégrée des Nations unies pour la stabilisation du Mali part. La \
                 Commission crée un fonds de la paix.",
                &["Mission intégrée des Nations unies pour la stabilisation du Mali"],
            ),
            (
                "L'Office de lutte contre la drogue et le crime organisé et le ministre ont signé.",
                &["Office de lutte contre la drogue et le crime organisé"],
            ),
            (
                "Selon le site sahel-infos24.com et www.agence-presse.ne, l'écrit de contact@exemple.com.",
                &["sahel-infos24.com", "www.agence-presse.ne"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }

    #[test]
    fn staffs_cities_armed_forces_and_known_names_with_an_adjective() {
        let cases: [(&str, &[&str]); 6] = [
            (
                "L'état-major de l'ANP et l'état-major général des Armées ont parlé.",
                &["état-major de l'ANP", "état-major général des Armées"],
            ),
            // Any army's staff: no name.
            ("L'état-major des armées a parlé.", &[]),
            (
                "La Ville de Montréal a annoncé un plan. La ville de Montréal est grande.",
                &["Ville de Montréal"],
            ),
            (
                "Les Forces armées des Émirats arabes unis (EAU) et la Garde présidentielle du Niger.",
                &[
                    "Forces armées des Émirats arabes unis",
                    "Garde présidentielle du Niger",
                ],
            ),
            (
                "Le ministère de la Sécurité publique a parlé.",
                &["ministère de la Sécurité publique"],
            ),
            // An adjective on the next line is the next line's.
            (
                "Ministère des Armées\nCommuniqué de presse",
                &["Ministère des Armées"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }

    #[test]
    fn lists_of_portfolios_after_a_comma() {
        let cases: [(&str, &[&str]); 3] = [
            (
                "Le ministère des Affaires étrangères, de la Coopération et des Tchadiens de \
                 l'étranger a parlé.",
                &["ministère des Affaires étrangères, de la Coopération et des Tchadiens de l'étranger"],
            ),
            (
                "Le Ministère de la Sécurité, de la Protection civile et des Douanes a parlé.",
                &["Ministère de la Sécurité, de la Protection civile et des Douanes"],
            ),
            // A comma that no "et de" closes ends the name.
            (
                "Le Ministère de la Sécurité, de son côté, a parlé.",
                &["Ministère de la Sécurité"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }

    #[test]
    fn verbs_adjectives_coordination_and_where_a_body_serves() {
        let cases: [(&str, &[&str]); 6] = [
            // A verb by what follows it, after an adjective too.
            (
                "Le Conseil fédéral rappelle que la loi a changé.",
                &["Conseil fédéral"],
            ),
            // An adjective followed by another is no verb.
            (
                "La Commission mixte intergouvernementale a siégé à Alger.",
                &["Commission mixte intergouvernementale"],
            ),
            // "et" and a second adjective in a group.
            (
                "Le Service fédéral de la Coopération militaire et technique et la presse.",
                &["Service fédéral de la Coopération militaire et technique"],
            ),
            // Where a mission serves is its name's; whose ministry it is is not.
            (
                "La Mission intégrée de soutien des Nations unies au Tchad et le Ministère de \
                 l'Intérieur du Niger.",
                &[
                    "Mission intégrée de soutien des Nations unies au Tchad",
                    "Ministère de l'Intérieur",
                ],
            ),
            (
                "Le Bureau régional des Nations unies en Guinée a fermé.",
                &["Bureau régional des Nations unies en Guinée"],
            ),
            // Courts and brigades are heads of bodies.
            (
                "La Brigade spéciale de lutte antiterroriste et le Tribunal militaire de Niamey.",
                &[
                    "Brigade spéciale de lutte antiterroriste",
                    "Tribunal militaire de Niamey",
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }
}
