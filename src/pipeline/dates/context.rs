//! What the words around a relative reference say of it: a habit ("chaque mardi"), a day of
//! the story ("ce jour-là"), then and now ("hier comme aujourd'hui"), an event's day ("la
//! réunion d'aujourd'hui"), an event's last days ("les deux derniers jours de formation"), a
//! piece of an address. "Aujourd'hui" meaning "nowadays" has its own module ([`super::nowadays`]).

use crate::lexicon::weekday_number;
use crate::text::boundary::word_before;

/// True when the weekday at `start..end` of the folded text names a habit, not a day: after
/// "chaque" or "tous les" ("chaque mardi"), as an end of a span of weekdays ("du lundi au
/// vendredi", opening hours), or in "la prière du vendredi". (Press French writes "le lundi" for a given Monday: "depuis le
/// lundi", "le mercredi dernier".)
pub(super) fn habitual(folded: &str, start: usize, end: usize) -> bool {
    let before = folded[..start].trim_end();
    let previous = word_before(folded, start);
    let after = folded[end..].trim_start();
    let weekday_after = |text: &str, link: &str| {
        text.strip_prefix(link).is_some_and(|rest| {
            weekday_number(rest.split([' ', ',', '.']).next().unwrap_or("")).is_some()
        })
    };
    let span_start = previous == "du" && weekday_after(after, "au ");
    let span_end = previous == "au" && {
        let before_au = before[..before.len() - 2].trim_end();
        let first = word_before(before_au, before_au.len());
        weekday_number(first).is_some()
            && before_au[..before_au.len() - first.len()]
                .trim_end()
                .ends_with("du")
    };
    // "la prière du vendredi", "la prière hebdomadaire du vendredi": the weekly prayer, not a
    // day.
    let prayer = [
        "priere du",
        "prieres du",
        "hebdomadaire du",
        "hebdomadaires du",
    ]
    .iter()
    .any(|weekly| before.ends_with(weekly));
    previous == "chaque" || before.ends_with("tous les") || span_start || span_end || prayer
}

/// True when the weekday at `start..end` of the folded text is a day of the story, not of
/// the reference: placed by another day ("le lundi suivant", "le samedi précédent", "le
/// mardi d'après"), any one ("un vendredi"), a feast or a day named ("mardi gras", "vendredi
/// saint", "jeudi noir"), a rank
/// in a month ("le deuxième vendredi du mois"), a day of the month written after it without
/// its month, with an article before it or punctuation after it ("du lundi 9 au mardi 10",
/// "Vendredi 8, le ministre …"), or its date in brackets after it ("Jeudi [14 mars]").
pub(super) fn told_by_the_story(folded: &str, start: usize, end: usize) -> bool {
    let next = short(folded[end..].trim_start_matches([' ', '\t']))
        .split([' ', '\t', ',', '.', ';', ':'])
        .next()
        .unwrap_or("");
    // (After an article, or closed by punctuation: "Vendredi 8, le ministre …"; "a reçu
    // mercredi 19 officiers" is a count, "jusqu'au mercredi 6 h" an hour.)
    let day_of_the_month = super::is_a_day_number(folded[end..].trim_start_matches([' ', '\t']))
        && (matches!(word_before(folded, start), "le" | "du" | "au" | "ce")
            || folded[end..]
                .trim_start_matches([' ', '\t'])
                .get(next.len()..)
                .is_some_and(|rest| rest.starts_with([',', '.', ';', ':', ')'])));
    // "Jeudi [14 mars]", "lundi (3 mars)", "(14/03)": the weekday's date, given in brackets
    // ("ce mardi (14 mars)" is still this Tuesday, of the reference's week; "lundi (18
    // avions livrés)" a count).
    let bracketed_date = word_before(folded, start) != "ce"
        && folded[end..]
            .trim_start_matches([' ', '\t'])
            .strip_prefix(['[', '('])
            .is_some_and(|d| {
                let d = d.trim_start();
                let digits = d.len() - d.trim_start_matches(|c: char| c.is_ascii_digit()).len();
                let rest = &d[digits..];
                let rest = rest.strip_prefix("er").unwrap_or(rest);
                digits > 0
                    && (rest.starts_with(['/', '.'])
                        || crate::lexicon::month_number(word_after(rest, 0)).is_some())
            });
    day_of_the_month
        || bracketed_date
        || after_its_date(&folded[..start])
        // (A word and its closing bracket: "(mardi noir)".)
        || matches!(
            next.trim_end_matches([')', ']', '»', '"']),
            "suivant"
                | "suivante"
                | "precedent"
                | "precedente"
                | "d'apres"
                | "d'avant"
                | "gras"
                | "saint"
                | "noir"
                | "noire"
        )
        || word_before(folded, start) == "un"
        // "le deuxième vendredi du mois sacré": a day told by its rank in a month.
        || (matches!(
            word_before(folded, start),
            "premier" | "deuxieme" | "second" | "troisieme" | "quatrieme" | "2e" | "3e" | "4e"
        ) && matches!(next, "du" | "de" | "d'"))
}

/// True when `before` (folded) ends with a date to the day and a comma: a weekday after it is
/// that date's ("14/03/2024, jeudi", "3 mars 2021, mercredi"), as one before it is.
fn after_its_date(before: &str) -> bool {
    let Some(before) = before.trim_end_matches([' ', '\t']).strip_suffix(',') else {
        return false;
    };
    let mut words = before.rsplit([' ', '\t']);
    let number = |w: Option<&str>, most: u16| {
        w.and_then(|w| w.strip_suffix("er").unwrap_or(w).parse::<u16>().ok())
            .is_some_and(|n| (1..=most).contains(&n))
    };
    match words.next() {
        // "14/03/2024", "14.03.2024", "2024-03-14".
        Some(last) if last.contains(['/', '.', '-']) => {
            let parts: Vec<&str> = last.split(['/', '.', '-']).collect();
            parts.len() == 3
                && parts
                    .iter()
                    .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        }
        // "3 mars 2021".
        Some(year) if year.len() == 4 && number(Some(year), 2999) => {
            words
                .next()
                .and_then(crate::lexicon::month_number)
                .is_some()
                && number(words.next(), 31)
        }
        _ => false,
    }
}

/// True when "demain" or "hier" at `start` of the folded text means the future or the past
/// in general: a complement of a noun that names no event ("l'Afrique de demain", "les
/// menaces d'hier"; but "la réunion de demain", "le sommet d'hier").
pub(super) fn means_past_or_future(folded: &str, start: usize, toks: &[&str]) -> bool {
    if toks.len() != 1 {
        return false;
    }
    let before = folded[..start].trim_end();
    let Some(before) = before
        .strip_suffix("d'")
        .or_else(|| before.strip_suffix(" de").map(|b| b.trim_end()))
    else {
        return false;
    };
    // "à partir de demain", "à compter d'hier": a start, not a noun's complement; "la
    // conférence de presse d'hier" is yesterday's, as an event's.
    let noun = word_before(before, before.len());
    !noun.is_empty() && !ends_with_an_event(before) && !matches!(noun, "partir" | "compter")
}

/// True when the folded `text` ends with a noun of an event ([`EVENTS`]), maybe the head of
/// a compound ("l'attentat-suicide") or before one adjective ("les attaques lâches"), or
/// with an event of the press ("le point de presse", "la conférence de presse").
pub(super) fn ends_with_an_event(text: &str) -> bool {
    let text = text.trim_end();
    if text.ends_with(" de presse") {
        return true;
    }
    let word = word_before(text, text.len());
    let rest = text.strip_suffix(word).unwrap_or("");
    // (The head of a compound: "attentat" of "attentat-suicide".)
    let head = rest
        .strip_suffix('-')
        .map(|rest| word_before(rest, rest.len()));
    let qualified = {
        let rest = rest.trim_end();
        word_before(rest, rest.len())
    };
    EVENTS.contains(&word)
        || head.is_some_and(|head| EVENTS.contains(&head))
        || (EVENTS.contains(&qualified) && !matches!(word, "de" | "du" | "des"))
}

/// True when "hier", "aujourd'hui" or "demain" at `start..end` of the folded text is paired
/// with another of them in a figure of speech: then and now, sooner or later, not days ("hier
/// comme aujourd'hui", "les défis d'hier et d'aujourd'hui", "d'hier à aujourd'hui",
/// "aujourd'hui ou demain", "plus grande aujourd'hui qu'hier").
pub(super) fn times_paired(folded: &str, start: usize, end: usize) -> bool {
    const DAYS: [&str; 3] = ["hier", "aujourd'hui", "demain"];
    let day_at = |text: &str| DAYS.iter().any(|d| text.starts_with(d));
    let day_before = |text: &str| DAYS.iter().any(|d| text.ends_with(d));
    let after = folded[end..].trim_start();
    let before = folded[..start].trim_end();
    let elided = before.ends_with("d'");
    // "hier comme aujourd'hui", "aujourd'hui comme hier", "aujourd'hui ou demain", "plus
    // forte aujourd'hui qu'hier".
    if ["comme ", "ou ", "qu'"]
        .iter()
        .any(|link| after.strip_prefix(link).is_some_and(day_at))
        || [" comme", " ou", "qu'"].iter().any(|link| {
            before
                .strip_suffix(link)
                .is_some_and(|b| day_before(b.trim_end()))
        })
    {
        return true;
    }
    // "d'hier et d'aujourd'hui", "d'hier à aujourd'hui".
    let paired_after = ["et d'", "a "]
        .iter()
        .any(|link| after.strip_prefix(link).is_some_and(day_at));
    let paired_before = ["et", "a"].iter().any(|link| {
        before
            .strip_suffix("d'")
            .unwrap_or(before)
            .trim_end()
            .strip_suffix(link)
            .filter(|b| b.ends_with(' '))
            .is_some_and(|b| {
                DAYS.iter()
                    .any(|d| b.trim_end().ends_with(&format!("d'{d}")))
            })
    });
    (elided && paired_after) || paired_before
}

/// True when the words at `start..end` of the folded text open a sentence and no comma
/// follows them: the sentence's subject ("Cette soirée a réuni …"; but "Cette nuit, les
/// forces …" is a time).
pub(super) fn names_an_event(folded: &str, start: usize, end: usize) -> bool {
    opens_sentence(folded, start) && !folded[end..].trim_start().starts_with(',')
}

/// True when the relative date at `at` of the input ends a name, not a day: "Hier",
/// "Aujourd'hui" or "Demain", capitalised, after a capitalised word on its line, not in
/// capitals ("Burkina Demain", "Afrique Aujourd'hui": a title, a medium); a weekday alone
/// after "du" and a
/// capitalised word inside a sentence ("Le Journal du dimanche").
pub(super) fn ends_a_name(toks: &[&str], input: &str, at: usize) -> bool {
    if weekday_ends_a_name(toks, input, at) {
        return true;
    }
    if !matches!(toks, ["hier" | "aujourd'hui" | "demain"])
        || !input[at..].starts_with(char::is_uppercase)
    {
        return false;
    }
    let before = input[..at].trim_end_matches([' ', '\t', '\u{a0}']);
    let word = word_before(before, before.len());
    // (Capitalised, not in capitals: in a line in capitals every word is, "IL A QUITTÉ HIER".)
    before.len() < at
        && before.ends_with(word)
        && crate::text::capitals::is_capitalised_in_lower_case(word)
}

/// True when the weekday alone at `at` of the input follows "du" and a capitalised word inside
/// a sentence: the end of a name ("Le Journal du dimanche"), not a day.
pub(super) fn weekday_ends_a_name(toks: &[&str], input: &str, at: usize) -> bool {
    let [day] = toks else {
        return false;
    };
    if crate::lexicon::weekday_number(day).is_none() {
        return false;
    }
    let Some(before) = input[..at].trim_end().strip_suffix("du") else {
        return false;
    };
    let before = before.trim_end();
    let word = word_before(before, before.len());
    let ahead = before[..start_of_word_before(before, before.len(), word)].trim_end();
    !word.is_empty()
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && !ahead.is_empty()
        && !ahead.ends_with(['.', '!', '?', '\n', ':', '«', '"'])
}

/// True when "ce mois" ending at `end` of the folded text is followed by the month's name,
/// after "de" (or "du") and at most one adjective ("ce mois de juin", "ce mois sacré du
/// Ramadan").
pub(super) fn names_its_month(folded: &str, end: usize) -> bool {
    let after = folded[end..].trim_start_matches([' ', '\t']);
    let of = |text: &str| ["de ", "d'", "du "].iter().any(|of| text.starts_with(of));
    of(after)
        || after.split_once([' ', '\t']).is_some_and(|(word, rest)| {
            // (An adjective: "ce mois sacré de …"; not a conjunction's or a preposition's
            // word, "la fin de ce mois afin de …", "près de".)
            !word.is_empty()
                && word.bytes().all(|b| b.is_ascii_alphabetic())
                && !matches!(word, "afin" | "avant" | "apres" | "pres" | "lors" | "loin")
                && of(rest.trim_start())
        })
}

/// Where `word`, the [`word_before`] `at` of `text`, starts: it ends the text before `at`
/// without its blanks and one elision apostrophe.
fn start_of_word_before(text: &str, at: usize, word: &str) -> usize {
    let before = text.get(..at).unwrap_or("").trim_end();
    let before = before.strip_suffix(['\'', '’']).unwrap_or(before);
    before.len().saturating_sub(word.len())
}

/// True when the word before `at` of the input is a past participle in "-é", "-ée", "-és" or
/// "-ées" ("signé aujourd'hui", "SIGNÉS", an accent composed or not), of four letters at
/// least, after no determiner (a noun follows one: "sa priorité aujourd'hui").
pub(super) fn after_a_participle(input: &str, at: usize) -> bool {
    let word = crate::text::boundary::word_before(input, at);
    let word_start = start_of_word_before(input, at, word);
    // (The determiners, their elided and contracted forms and the other possessives.)
    let before = crate::text::boundary::word_before(input, word_start).to_lowercase();
    if crate::pipeline::phrase::is_determiner(&before)
        || matches!(
            before.as_str(),
            "l" | "d" | "des" | "du" | "au" | "aux" | "notre" | "nos" | "votre" | "vos"
        )
    {
        return false;
    }
    // The word's letters from its end, lower case, an acute accent composed with its "e".
    let mut letters = word.chars().rev().filter_map(|c| match c {
        '\u{301}' => Some('\u{301}'),
        c if c.is_alphabetic() => c.to_lowercase().next(),
        _ => None,
    });
    let mut ending = [' '; 3];
    let mut count = 0;
    while let Some(c) = letters.next() {
        let c = if c == '\u{301}' {
            match letters.next() {
                Some('e') => 'é',
                _ => return false,
            }
        } else {
            c
        };
        if count < 3 {
            ending[count] = c;
        }
        count += 1;
    }
    count >= 4
        && matches!(
            ending,
            ['é', ..] | ['e', 'é', _] | ['s', 'é', _] | ['s', 'e', 'é']
        )
}

/// True when `start` of the folded text opens a sentence or a line.
pub(super) fn opens_sentence(folded: &str, start: usize) -> bool {
    let before = folded[..start].trim_end_matches([' ', '\t']);
    before.is_empty() || before.ends_with(['.', '!', '?', '\n'])
}

/// The first 32 bytes of `text` at most (on a char boundary): where the word after a date is
/// looked for, every word compared being shorter, so that a text without blanks costs no scan
/// to its end for each date.
pub(super) fn short(text: &str) -> &str {
    crate::text::boundary::prefix(text, 32)
}

/// True when `after` (what follows a counted period) opens with "de", "du", "des" or "d'" and
/// a noun that is no period of the calendar nor a year: "de formation", "du mandat"; not "de
/// l'année", "de cette semaine", "de 2023".
pub(super) fn of_an_event(after: &str) -> bool {
    let after = after.trim_start_matches([' ', '\t']);
    let Some(rest) = ["de ", "du ", "des ", "d'"]
        .iter()
        .find_map(|of| after.strip_prefix(of))
    else {
        return false;
    };
    let rest = rest.trim_start_matches([' ', '\t']);
    // "la mise en place dans les 12 prochains mois d'un gouvernement": an indefinite
    // article opens the verb's object, not the period's complement.
    if rest.starts_with("un ") || rest.starts_with("une ") {
        return false;
    }
    let rest = ["la ", "l'", "le ", "ce ", "cet ", "cette ", "les "]
        .iter()
        .find_map(|article| rest.strip_prefix(article))
        .unwrap_or(rest)
        .trim_start_matches([' ', '\t']);
    let word = word_after(rest, 0);
    // "du mois de Ramadan", "du mois de juin": a month told by its name, not the
    // current one.
    if word == "mois" && names_its_month(rest, word.len()) {
        return true;
    }
    !(word.is_empty()
        || word.starts_with(|c: char| c.is_ascii_digit())
        || matches!(
            word,
            "annee"
                | "annees"
                | "an"
                | "ans"
                | "mois"
                | "semaine"
                | "semaines"
                | "decennie"
                | "siecle"
                | "trimestre"
                | "semestre"
                | "exercice"
        ))
}

/// The word of `text` after its first `skip` bytes and the blanks after them.
pub(super) fn word_after(text: &str, skip: usize) -> &str {
    let rest = text
        .get(skip..)
        .unwrap_or("")
        .trim_start_matches([' ', '\t']);
    let len = rest
        .find(|c: char| !crate::text::boundary::is_word_char(c))
        .unwrap_or(rest.len());
    &rest[..len]
}

/// True when the words at `start..end` of the folded text are glued into a web address or a
/// file's name ("…/hommage-mardi.php", "www.site.com/lundi"): a piece of a name, no date.
pub(super) fn inside_an_address(folded: &str, start: usize, end: usize) -> bool {
    let glued = |b: Option<&u8>| matches!(b, Some(b'-' | b'/' | b'_' | b'=' | b'.'));
    let bytes = folded.as_bytes();
    if !glued(start.checked_sub(1).and_then(|i| bytes.get(i))) && !glued(bytes.get(end)) {
        return false;
    }
    // The address around, within a reach that keeps the look short on any text.
    const REACH: usize = 256;
    let blank = |c: char| c.is_whitespace();
    let low = crate::text::boundary::floor_char_boundary(folded, start.saturating_sub(REACH));
    let high = crate::text::boundary::floor_char_boundary(folded, end.saturating_add(REACH));
    let from = folded[low..start].rfind(blank).map_or(low, |i| low + i + 1);
    let to = folded[end..high].find(blank).map_or(high, |i| end + i);
    let token = &folded[from..to];
    token.contains("://")
        || token.starts_with("www.")
        || [".php", ".htm", ".asp", ".jpg", ".png", ".pdf"]
            .iter()
            .any(|ext| token.contains(ext))
}

/// Nouns of events, folded, singular and plural: the day of one of them is a date.
pub(super) const EVENTS: [&str; 57] = [
    "etape",
    "etapes",
    "edition",
    "editions",
    "journal",
    "journaux",
    "reunion",
    "reunions",
    "sommet",
    "sommets",
    "rencontre",
    "rencontres",
    "seance",
    "seances",
    "visite",
    "visites",
    "conference",
    "ceremonie",
    "journee",
    "session",
    "attaque",
    "attaques",
    "attentat",
    "attentats",
    "vote",
    "scrutin",
    "election",
    "elections",
    "audience",
    "match",
    "annonce",
    "annonces",
    "declaration",
    "declarations",
    "discours",
    "entretien",
    "entretiens",
    "signature",
    "inauguration",
    "ceremonies",
    "conferences",
    "journees",
    "sessions",
    "audiences",
    "operation",
    "operations",
    "offensive",
    "frappe",
    "frappes",
    "explosion",
    "embuscade",
    "assaut",
    "raid",
    "manifestation",
    "manifestations",
    "evenement",
    "evenements",
];
