//! "Aujourd'hui" as the day of publication or as "nowadays": the day of an event ("la réunion
//! d'aujourd'hui"), put forward ("c'est aujourd'hui que"), against a past time ("il y a vingt
//! ans … aujourd'hui"), or a state, a holding, a judgement or a count of the present times.

use super::context::{ends_with_an_event, opens_sentence, short, word_after, EVENTS};
use crate::text::boundary::word_before;

/// Times of a day, folded: "à l'aube d'aujourd'hui" is today's.
const TIMES_OF_DAY: [&str; 9] = [
    "aube",
    "matin",
    "matinee",
    "midi",
    "apres-midi",
    "soir",
    "soiree",
    "nuit",
    "journee",
];

/// True when `noun` (the folded text before "d'aujourd'hui") ends with a noun of an event and
/// its complement: "les réunions du Pentagone", "la séance de la commission".
fn event_with_its_complement(noun: &str) -> bool {
    let mut after_of = false;
    for word in noun.rsplit(' ').filter(|w| !w.is_empty()).take(5) {
        if after_of && EVENTS.contains(&word) {
            return true;
        }
        after_of = matches!(word, "du" | "de" | "des") || word.starts_with("d'");
    }
    false
}

/// Verbs of holding, heading, extent, composition or a state lived through, folded, in the
/// present: "aujourd'hui" after them is "nowadays" ("qui dirige aujourd'hui", "le programme
/// couvre aujourd'hui", "l'alliance connaît aujourd'hui des difficultés", "qui nous permet
/// aujourd'hui de").
const HOLDING_VERBS: [&str; 28] = [
    "connait",
    "permet",
    "permettent",
    "connaissent",
    "dirige",
    "dirigent",
    "detient",
    "detiennent",
    "possede",
    "possedent",
    "dispose",
    "disposent",
    "occupe",
    "occupent",
    "abrite",
    "abritent",
    "emploie",
    "emploient",
    "incarne",
    "incarnent",
    "couvre",
    "couvrent",
    "regroupe",
    "regroupent",
    "englobe",
    "englobent",
    "comprend",
    "comprennent",
];

/// Determiners and words of quantity, folded, that open a noun phrase.
const NOUN_OPENERS: [&str; 20] = [
    "un", "une", "des", "le", "la", "les", "du", "de", "plus", "pres", "environ", "son", "sa",
    "ses", "leur", "leurs", "notre", "nos", "ce", "ces",
];

/// True when "aujourd'hui" at `start..end` of the folded text means "nowadays": in "le monde
/// d'aujourd'hui", "jusqu'à aujourd'hui", "aujourd'hui encore", after a verb of state
/// ("compte aujourd'hui 42 pays", "c'est aujourd'hui un langage") or of a lasting state
/// ("confrontés aujourd'hui", "fait face aujourd'hui", "exposés aujourd'hui", "fait
/// aujourd'hui partie"), a judgement ("il est difficile aujourd'hui de"), a state denied
/// ("ne sont pas aujourd'hui à même"), and before a count ("aujourd'hui (42) États"; "cela fait
/// aujourd'hui 60 ans" is an anniversary, today's). After a past participle (`participle`),
/// a verb of state that follows is the sentence's, not the time's: "l'accord signé
/// aujourd'hui est essentiel" is today's.
pub(super) fn means_nowadays(folded: &str, start: usize, end: usize, participle: bool) -> bool {
    const STATE_VERBS: [&str; 26] = [
        "est",
        "sont",
        "sommes",
        "etes",
        "semble",
        "semblent",
        "devient",
        "deviennent",
        "existe",
        "existent",
        "vivons",
        "vivent",
        "etait",
        "compte",
        "comptent",
        "reste",
        "restent",
        "demeure",
        "demeurent",
        "constitue",
        "constituent",
        "represente",
        "representent",
        "devenu",
        "devenue",
        "vit",
    ];
    let before = folded[..start].trim_end();
    let after = folded[end..].trim_start();
    let previous = word_before(folded, start);
    // "C'est aujourd'hui que s'ouvre …": today, put forward.
    if (before.ends_with("c'est") || before.ends_with("c'etait"))
        && (after.starts_with("que ") || after.starts_with("qu'"))
    {
        return false;
    }
    // "notre réunion aujourd'hui est importante", "la séance qui se tient aujourd'hui": an
    // event's day, whatever the verb after it.
    if EVENTS.contains(&previous) || matches!(previous, "tient" | "tiennent" | "deroule") {
        return false;
    }
    // "Il y a vingt ans, l'armée comptait … Aujourd'hui, elle …": now, against then.
    if opens_sentence(folded, start) && after_a_past_time(before) {
        return true;
    }
    // "la rencontre d'aujourd'hui", "le point de presse d'aujourd'hui" are today's, and
    // so is what starts today ("à partir d'aujourd'hui") and a time of its day ("à l'aube
    // d'aujourd'hui", "dans la matinée d'aujourd'hui").
    if let Some(noun) = before.strip_suffix("d'") {
        let noun = noun.trim_end();
        let word = word_before(noun, noun.len());
        // ("les attaques lâches d'aujourd'hui": an event and its adjective.)
        if ends_with_an_event(noun)
            || TIMES_OF_DAY.contains(&word)
            // ("au jour d'aujourd'hui": as of today.)
            || matches!(word, "partir" | "compter" | "jour")
            || event_with_its_complement(noun)
        {
            return false;
        }
    }
    // "s'impose aujourd'hui comme un partenaire": a role held now.
    if after.strip_prefix("comme ").is_some_and(|role| {
        ["un ", "une ", "le ", "la ", "l'", "les ", "des ", "l’"]
            .iter()
            .any(|article| role.starts_with(article))
    }) {
        return true;
    }
    let next = short(after)
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .next()
        .unwrap_or("");
    // "cela fait aujourd'hui 60 ans que …": an anniversary, told today.
    if previous == "fait" && after.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    // "âgé aujourd'hui de 75 ans": an age, held now.
    if matches!(previous, "age" | "agee" | "ages" | "agees") {
        return true;
    }
    // "ne sont pas aujourd'hui à même de": a state, denied.
    let negated_state = matches!(previous, "pas" | "plus" | "guere" | "jamais")
        && STATE_VERBS.contains(&word_before(
            before,
            before.len().saturating_sub(previous.len()),
        ));
    before.ends_with("d'")
        || negated_state
        || (STATE_VERBS.contains(&next) && !participle)
        || ["et a l'avenir", "comme a l'avenir", "et pour l'avenir"]
            .iter()
            .any(|p| after.starts_with(p))
        || before.ends_with("jusqu'a")
        || before.ends_with("jusqu'")
        || after.starts_with("encore")
        || after
            .trim_start_matches([',', ' ', '\t'])
            .starts_with("plus que jamais")
        // "un scénario aujourd'hui très improbable": a degree, of a lasting state ("arrivé
        // aujourd'hui très tôt" is a time of the day).
        || (matches!(
            next,
            "tres" | "trop" | "particulierement" | "largement" | "extremement" | "fort"
        ) && !matches!(
            word_after(after, next.len()),
            "tot" | "tard"
        ))
        || STATE_VERBS.contains(&previous)
        // "les défis auxquels nous sommes confrontés aujourd'hui", "la menace à laquelle le
        // pays fait face aujourd'hui": a state that lasts.
        || matches!(
            previous,
            "confronte"
                | "confrontes"
                | "confrontee"
                | "confrontees"
                | "face"
                | "expose"
                | "exposes"
                | "exposee"
                | "exposees"
        )
        // "qui dirige aujourd'hui un réseau", "le pays dispose aujourd'hui de", "la coopération
        // couvre aujourd'hui", "nous avons aujourd'hui des moyens": what one holds, heads or
        // covers is so now, and so is what one has (a thing after it: "a aujourd'hui signé" is
        // today's).
        || HOLDING_VERBS.contains(&previous)
        // "fait aujourd'hui partie de": a membership, a state.
        || (matches!(previous, "fait" | "font") && next == "partie")
        // "il est difficile aujourd'hui de parler de …": a judgement of the present times.
        || (matches!(
            previous,
            "difficile" | "possible" | "impossible" | "necessaire" | "urgent" | "essentiel"
                | "indispensable" | "crucial" | "evident"
        ) && (after.starts_with("de ") || after.starts_with("d'")))
        || (matches!(previous, "ai" | "a" | "avons" | "avez" | "ont")
            && (NOUN_OPENERS.contains(&next) || next.starts_with("l'") || next.starts_with("d'")))
        || (!opens_sentence(folded, start) && {
            // "compte aujourd'hui (42)", "a limogé aujourd'hui plus de 18 000": a count so far
            // ("Aujourd'hui 30 d'entre eux ont été évacués": the day's, a sentence's subject).
            let count = folded[end..].trim_start_matches(['(', ' ', '\t']);
            let count = ["plus de ", "pres de ", "moins de ", "environ ", "quelque "]
                .iter()
                .find_map(|about| count.strip_prefix(about))
                .unwrap_or(count);
            // ("aujourd'hui 28 décembre": the date of the day.)
            let digits = count.len() - count.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            digits > 0 && crate::lexicon::month_number(word_after(count, digits)).is_none()
        })
}

/// True when the sentence that `before` ends (folded) tells a time long past: "il y a vingt
/// ans", "autrefois", "jadis", "à l'époque", a decade ("dans les années 1980", "des années
/// 90"), a century ("au siècle dernier", "au XXe siècle").
fn after_a_past_time(before: &str) -> bool {
    let body = before.trim_end_matches(['.', '!', '?', '\n', ' ', '\t']);
    let sentence = &body[body.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1)..];
    [
        "autrefois",
        "jadis",
        "naguere",
        "a l'epoque",
        "par le passe",
    ]
    .iter()
    .any(|w| sentence.contains(w))
        || sentence.contains("siecle dernier")
        || sentence.contains("e siecle")
        || sentence.match_indices("annees ").any(|(i, m)| {
            (sentence[..i].ends_with("les ") || sentence[..i].ends_with("des "))
                && sentence[i + m.len()..].starts_with(|c: char| c.is_ascii_digit())
        })
        || sentence.match_indices("il y a ").any(|(i, m)| {
            let mut words = sentence[i + m.len()..].split([' ', '\t', ',']);
            words.next().is_some_and(|count| !count.is_empty())
                && words
                    .next()
                    .is_some_and(|unit| matches!(unit, "ans" | "annees" | "decennies" | "siecles"))
        })
}
