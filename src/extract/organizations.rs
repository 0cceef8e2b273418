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

use crate::extraction::OrganizationMention;
use crate::gazetteer::{EntryKind, Gazetteer, Hit, OrgForm};
use crate::text::{boundary, NormalizedText};
use once_cell::sync::Lazy;
use regex::Regex;
use std::borrow::Cow;
use std::sync::Arc;

/// Nouns of organs: they join the organisation that follows them.
const ORGANS: &str = "Conseil|Commission|Centre|Comité|Assemblée|Département|Direction|Bureau|Parlement|Cour|Division|Cellule|Agence|Académie|Collège|Institut|Observatoire|Secrétariat|secrétariat|Haut-Commissariat|État-major|Etat-major";

static ACRONYM_IN_PARENS: Lazy<Regex> = Lazy::new(|| {
    Regex::new(r"\(\s*([A-Z][A-Za-z0-9&\-]*[A-Z][A-Za-z0-9&\-]*)\s*\)").expect("compiles")
});

/// An organ noun, then what completes it (starting with a connector, a capitalised word or
/// a word with an adjective's ending: "de sécurité", "des Ministres de la Défense",
/// "général", "permanent", "exécutif"), then the connector before its organisation. A verb
/// cannot follow the noun ("le Conseil salue les efforts du G5 Sahel").
static ORGAN_BEFORE: Lazy<Regex> = Lazy::new(|| {
    Regex::new(&format!(
        r"(?:^|[^\p{{L}}])((?:{ORGANS})(?:[ \-](?:de|des|du|d['’]|pour|\p{{Lu}}[\p{{L}}\-]*|\p{{Ll}}[\p{{L}}\-]*(?:al|ale|aux|ales|ique|iques|if|ive|ifs|ives|ien|ienne|iens|iennes|éen|éenne|ain|aine|ains|aines|ais|aise|ois|oise|é|ée|aire|aires|el|elle|ent|ente|ant|ante|eur|rice|iel|ielle))(?:[ \-][\p{{L}}'’\-]+){{0,7}}?)?)[ \t]+(?:de la|de l['’]|du|des|de|d['’])[ \t]*$"
    ))
    .expect("compiles")
});

/// Words that start sentences and never a name of an organisation.
const STOP_WORDS: [&str; 24] = [
    "Selon", "Le", "La", "Les", "Dans", "Pour", "Par", "En", "Après", "Avant", "Lors", "Depuis",
    "Avec", "Sur", "Sous", "Entre", "Au", "Aux", "Du", "Des", "Une", "Un", "Cette", "Ce",
];

/// Connecting words that an acronym skips.
const CONNECTORS: [&str; 20] = [
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "contre", "en", "sur", "aux",
    "au", "a", "of", "the", "and", "for",
];

#[derive(Clone, Debug)]
struct Org {
    start: usize,
    end: usize,
    long_form: Option<Arc<str>>,
    acronym: Option<Arc<str>>,
}

/// The organisations of a document, in order, without overlap.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    names: &[Hit],
    taken: &[(usize, usize)],
) -> Vec<OrganizationMention<'h>> {
    let input = text.input();
    let mut orgs: Vec<Org> = names
        .iter()
        .filter_map(|h| {
            let (org, form) = gazetteer.entries(h).find_map(|e| match e.kind {
                EntryKind::Organization { org, form } => Some((gazetteer.organization(org)?, form)),
                _ => None,
            })?;
            let (start, end) = text.to_input_range(h.start, h.end);
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
        .collect();

    // Acronyms defined in the document: (acronym, long form).
    let mut learnt: Vec<(String, Arc<str>)> = Vec::new();
    for caps in ACRONYM_IN_PARENS.captures_iter(input) {
        let (Some(paren), Some(acr)) = (caps.get(0), caps.get(1)) else {
            continue;
        };
        let before = input[..paren.start()].trim_end();
        let gap_start = before.len();
        // A known name right before: "Union africaine (UA)".
        if let Some(name) = orgs.iter().find(|o| o.end == gap_start).cloned() {
            let long: Arc<str> = Arc::from(&input[name.start..name.end]);
            learnt.push((acr.as_str().to_string(), long.clone()));
            if !orgs.iter().any(|o| o.start == acr.start()) {
                orgs.push(Org {
                    start: acr.start(),
                    end: acr.end(),
                    long_form: Some(long),
                    acronym: None,
                });
            }
            continue;
        }
        // Something else right before (a state: "République démocratique du Congo (RDC)").
        if taken.iter().any(|&(_, e)| e == gap_start) {
            continue;
        }
        // An unknown name whose initials spell the acronym.
        if let Some(start) = long_form_before(input, gap_start, acr.as_str()) {
            let long: Arc<str> = Arc::from(&input[start..gap_start]);
            learnt.push((acr.as_str().to_string(), long.clone()));
            orgs.push(Org {
                start,
                end: gap_start,
                long_form: Some(long.clone()),
                acronym: Some(Arc::from(acr.as_str())),
            });
            if !orgs.iter().any(|o| o.start == acr.start()) {
                orgs.push(Org {
                    start: acr.start(),
                    end: acr.end(),
                    long_form: Some(long),
                    acronym: None,
                });
            }
        }
    }
    // "l'IMCTC (Coalition …)": an acronym before a known name in parentheses.
    for o in orgs.clone() {
        let before = input[..o.start].trim_end();
        if let Some(inner) = before.strip_suffix('(') {
            let inner = inner.trim_end();
            let word_start = inner
                .rfind(|c: char| !(c.is_alphanumeric() || c == '-'))
                .map_or(0, |i| {
                    i + inner[i..].chars().next().map_or(1, char::len_utf8)
                });
            let word = &inner[word_start..];
            let uppercase = word.chars().filter(|c| c.is_uppercase()).count();
            if uppercase >= 2
                && word
                    .chars()
                    .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
            {
                learnt.push((word.to_string(), Arc::from(&input[o.start..o.end])));
            }
        }
    }

    // Bare uses of learnt acronyms.
    for (acronym, long) in &learnt {
        for (at, _) in input.match_indices(acronym.as_str()) {
            let end = at + acronym.len();
            if boundary::is_whole_word(input, at, end)
                && !orgs.iter().any(|o| o.start < end && at < o.end)
            {
                orgs.push(Org {
                    start: at,
                    end,
                    long_form: Some(long.clone()),
                    acronym: None,
                });
            }
        }
    }

    // Organs: "Commission de l'Union africaine".
    // An organ never reaches over another organisation ("Commission de l'Union africaine ont
    // condamné les attaques des Shebab" is not one name).
    orgs.sort_by_key(|o| o.start);
    for i in 0..orgs.len() {
        let o_start = orgs[i].start;
        let line_start = input[..o_start].rfind('\n').map_or(0, |i| i + 1);
        let from = floor_boundary(input, o_start.saturating_sub(120).max(line_start));
        let Some(organ) = ORGAN_BEFORE
            .captures(&input[from..o_start])
            .and_then(|c| c.get(1))
        else {
            continue;
        };
        let start = from + organ.start();
        let crosses = orgs[..i].iter().any(|p| p.start < o_start && start < p.end);
        if !crosses {
            let o = &mut orgs[i];
            o.start = start;
            o.long_form = None;
            o.acronym = None;
        }
    }

    // Capitalised heads of names seen before: "la Coalition".
    let heads: Vec<(usize, String)> = orgs
        .iter()
        .filter_map(|o| {
            let name = &input[o.start..o.end];
            let words: Vec<&str> = name.split_whitespace().collect();
            (words.len() >= 3).then(|| (o.end, format!("{} {}", words[0], words[1])))
        })
        .collect();
    let mut extra = Vec::new();
    for (seen_at, head) in &heads {
        if !head
            .split(' ')
            .nth(1)
            .is_some_and(|w| w.starts_with(char::is_lowercase))
        {
            continue;
        }
        for (at, _) in input[*seen_at..].match_indices(head.as_str()) {
            let at = seen_at + at;
            let end = at + head.len();
            if !boundary::is_whole_word(input, at, end) || !after_determiner(input, at) {
                continue;
            }
            // Not the start of a longer capitalised name.
            let next = input[end..].trim_start_matches([' ', '\u{a0}']);
            if next.starts_with(char::is_uppercase) {
                continue;
            }
            extra.push(Org {
                start: at,
                end,
                long_form: None,
                acronym: None,
            });
        }
    }
    orgs.extend(extra);

    // Longest first at each start, then no overlap.
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

fn floor_boundary(s: &str, mut at: usize) -> usize {
    while at > 0 && !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// True when the word before `at` is a determiner ("la Coalition", "de la Coalition").
fn after_determiner(input: &str, at: usize) -> bool {
    let before = input[..at].trim_end_matches([' ', '\u{a0}']);
    let before = before.strip_suffix(['\'', '’']).map_or(before, |b| {
        // "l'" elided.
        b
    });
    let word_start = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
        i + before[i..].chars().next().map_or(1, char::len_utf8)
    });
    let word = before[word_start..].to_lowercase();
    matches!(
        word.as_str(),
        "la" | "le" | "l" | "du" | "au" | "les" | "des" | "aux"
    )
}

/// The start of a capitalised phrase ending at `end` whose initials spell `acronym`.
fn long_form_before(input: &str, end: usize, acronym: &str) -> Option<usize> {
    let stop = ['\n', '.', ',', ';', ':', '(', ')', '«', '»', '"', '“', '”'];
    let line_start = input[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| stop.contains(&c))
        .map_or(0, |(i, c)| i + c.len_utf8());
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
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    if letters.len() < 2 {
        return None;
    }
    // The shortest phrase (2 to 10 words) whose initials give every letter of the acronym in
    // order; failing that, the shortest that gives two thirds of them.
    let n = words.len();
    let score = |first: usize| -> Option<(bool, usize)> {
        let (start, head) = words[first];
        if !head.starts_with(char::is_uppercase)
            || CONNECTORS.contains(&head.to_lowercase().as_str())
            || STOP_WORDS.contains(&head)
        {
            return None;
        }
        let initials: Vec<char> = words[first..]
            .iter()
            .filter(|(_, w)| !CONNECTORS.contains(&w.to_lowercase().as_str()))
            .filter_map(|(_, w)| w.chars().next())
            .flat_map(char::to_lowercase)
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
        .or_else(|| candidates.first())
        .map(|&(_, start)| start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_forms_spelled_by_initials() {
        let text = "La Force conjointe du G5 Sahel (FC-G5S) a frappé.";
        let end = text.find(" (").unwrap();
        assert_eq!(
            long_form_before(text, end, "FC-G5S").map(|s| &text[s..end]),
            Some("Force conjointe du G5 Sahel")
        );
        let text = "selon le Bureau central d'investigations judiciaires (BCIJ)";
        let end = text.find(" (").unwrap();
        assert_eq!(
            long_form_before(text, end, "BCIJ").map(|s| &text[s..end]),
            Some("Bureau central d'investigations judiciaires")
        );
        let text = "le texte adopté hier (RDC)";
        assert_eq!(
            long_form_before(text, text.find(" (").unwrap(), "RDC"),
            None
        );
    }
}
