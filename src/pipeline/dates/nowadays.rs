//! "Aujourd'hui" as the day of publication or as "nowadays": the day of an event ("la réunion
//! d'aujourd'hui"), put forward ("c'est aujourd'hui que"), against a past time ("il y a vingt
//! ans … aujourd'hui"), or a state, a holding, a belief, a judgement, a question about the
//! present state, an apposition ("X, aujourd'hui ville fantôme,"), what is ongoing ("en
//! cours"), the present year ("en 2024") or a count of the present times; "now that"
//! ("Aujourd'hui que …"); capitalised inside a phrase, a part of a title's name; opening a
//! sentence (or a line under a heading) whose verb is a present of a plural subject or
//! negated ("Aujourd'hui, les unités assurent …", "n'a plus les moyens"), not a past tense,
//! a thing done ("c'est chose faite") nor the day told ("Aujourd'hui est une journée de fête").

use super::context::{
    after_a_participle, ends_with_an_event, opens_sentence, short, word_after, EVENTS,
};
use crate::pipeline::phrase::is_avoir;
use crate::text::boundary::word_before;
use crate::text::NormalizedText;

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

/// Verbs of holding, heading, extent, composition, work or a state lived through, folded, in
/// the present: "aujourd'hui" after them is "nowadays" ("qui dirige aujourd'hui", "le
/// programme couvre aujourd'hui", "l'alliance connaît aujourd'hui des difficultés", "qui nous
/// permet aujourd'hui de", "les trafics persistent aujourd'hui", "ce que l'école maîtrise
/// aujourd'hui", "une trentaine d'agents travaillent aujourd'hui au service").
const HOLDING_VERBS: [&str; 34] = [
    "travaille",
    "travaillent",
    "persiste",
    "persistent",
    "maitrise",
    "maitrisent",
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

/// Verbs of state, folded: "aujourd'hui" beside them is "nowadays" ("compte aujourd'hui 42
/// pays", "c'est aujourd'hui un langage", "ne peut pas être aujourd'hui tenue à l'écart").
const STATE_VERBS: [&str; 27] = [
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
    "etre",
];

/// Verbs of belief in the present, folded: what one thinks, believes or estimates is so now
/// ("je ne pense pas aujourd'hui que", "ceux qui croient aujourd'hui que", "on estime
/// aujourd'hui que").
const BELIEF_VERBS: [&str; 11] = [
    "pense", "penses", "pensons", "pensent", "crois", "croit", "croyons", "croient", "estime",
    "estimons", "estiment",
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
pub(super) fn means_nowadays(text: &NormalizedText<'_>, start: usize, end: usize) -> bool {
    let folded = text.as_str();
    let participle = after_a_participle(text.input(), text.to_input(start));
    let before = folded[..start].trim_end();
    let after = folded[end..].trim_start();
    let previous = word_before(folded, start);
    // (The verb of the clause, across a comma and an adverb of manner.)
    let verb = verb_before(folded, start);
    // "C'est aujourd'hui que s'ouvre …": today, put forward; and so is what the day counts
    // ("c'est aujourd'hui la troisième fois que", "c'est aujourd'hui le 40e anniversaire de")
    // and whose turn it is ("c'était aujourd'hui au tour du ministre de …").
    // ("C'est aussi aujourd'hui que …": an adverb between.)
    let presented = [
        "egalement",
        "aussi",
        "donc",
        "bien",
        "enfin",
        "precisement",
        "justement",
    ]
    .iter()
    .find_map(|adverb| before.strip_suffix(adverb).filter(|b| b.ends_with(' ')))
    .map_or(before, str::trim_end);
    // ("C'est aujourd'hui, mercredi 15 mai, que …": the day's date in apposition.)
    let dated = after.strip_prefix(',').is_some_and(|rest| {
        let word = rest.split_whitespace().next().unwrap_or("");
        crate::lexicon::weekday_number(word.trim_end_matches(',')).is_some()
    });
    if (presented.ends_with("c'est") || presented.ends_with("c'etait"))
        && (dated
            || after.starts_with("que ")
            || after.starts_with("qu'")
            || after.starts_with("au tour d")
            || counts_the_day(after)
            || done(after))
    {
        return false;
    }
    // "Aujourd'hui est une journée de fête": the day itself, told.
    if after.strip_prefix("est ").is_some_and(counts_the_day) {
        return false;
    }
    // "notre réunion aujourd'hui est importante", "la séance qui se tient aujourd'hui": an
    // event's day, whatever the verb after it; and so is the day of an event that a relative
    // clause tells ("la cérémonie qui nous réunit aujourd'hui", "la conférence qui s'ouvre
    // aujourd'hui").
    // ("Sa visite, aujourd'hui, au camp …": the event before a comma.)
    let event_before_a_comma = before.strip_suffix(',').is_some_and(|noun| {
        let noun = noun.trim_end();
        EVENTS.contains(&word_before(noun, noun.len()))
    });
    if EVENTS.contains(&previous)
        || event_before_a_comma
        || matches!(previous, "tient" | "tiennent" | "deroule")
        || event_and_its_clause(before)
    {
        return false;
    }
    // "Le Quotidien/Aujourd'hui", "la revue Afrique Aujourd'hui": capitalised inside a
    // phrase, a part of a title's name.
    if !opens_sentence(folded, start) && part_of_a_name(text, start) {
        return true;
    }
    // "Aujourd'hui que les forces ont repris le dessus, …": "now that", a conjunction.
    if opens_sentence(folded, start) && (after.starts_with("que ") || after.starts_with("qu'")) {
        return true;
    }
    // "Mocimboa, aujourd'hui ville fantôme, est tombée …": a description of the present state
    // in apposition.
    if before.ends_with(',') && in_apposition(after) {
        return true;
    }
    // "Quel est l'état de la menace aujourd'hui ?": a question about the present state.
    if asks_about_a_state(folded, start, end) {
        return true;
    }
    // "la Haute-Volta, aujourd'hui Burkina Faso", "Léopoldville (aujourd'hui Kinshasa)": a
    // former name and the present one ("une conférence tenue, aujourd'hui, Awa Sow a …" is the
    // day's).
    if before.ends_with([',', '(']) && renamed(text, start, end) {
        return true;
    }
    // "Il y a vingt ans, l'armée comptait … Aujourd'hui, elle …": now, against then ("…
    // Aujourd'hui, c'est chose faite": what was awaited then is done today).
    if opens_sentence(folded, start) && after_a_past_time(before) && !done(after) {
        return true;
    }
    // "Aujourd'hui, la mission est présente dans six districts", "Aujourd'hui, la flotte
    // n'est pas prête": a sentence of state that "aujourd'hui" opens.
    // ("mais aujourd'hui, …" sets the day against what was expected: the day's.)
    if (opens_sentence(folded, start)
        || capitalised_in_the_input(text, start)
        || before.ends_with([':', '«', '"', '“', ','])
        || before.ends_with("qu'")
        || before.ends_with(" et"))
        && clause_of_state(text, end)
    {
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
            // ("au jour d'aujourd'hui", "à la date d'aujourd'hui": as of today.)
            || matches!(word, "partir" | "compter" | "jour" | "date")
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
        .split(|c: char| !crate::text::boundary::is_word_char(c) && c != '\'')
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
    // The word before `previous` (asked only where a test below needs it).
    let second_previous = || word_before(before, before.len().saturating_sub(previous.len()));
    // "ne sont pas aujourd'hui à même de": a state, denied (and a belief: "je ne pense pas
    // aujourd'hui que").
    let negated_state = matches!(previous, "pas" | "plus" | "guere" | "jamais") && {
        let verb = second_previous();
        STATE_VERBS.contains(&verb) || BELIEF_VERBS.contains(&verb)
    };
    before.ends_with("d'")
        || negated_state
        || (STATE_VERBS.contains(&next) && !participle)
        || ["et a l'avenir", "comme a l'avenir", "et pour l'avenir"]
            .iter()
            .any(|p| after.starts_with(p))
        || before.ends_with("jusqu'a")
        || before.ends_with("jusqu'")
        || after.starts_with("encore")
        // "les procédures aujourd'hui en cours", "juger aujourd'hui en 2020": what goes on,
        // and the present year.
        || after.starts_with("en cours")
        || after.strip_prefix("en ").is_some_and(|year| {
            year.len() >= 4
                && year.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                && !year.as_bytes().get(4).is_some_and(u8::is_ascii_digit)
        })
        || {
            // ("aujourd'hui plus que jamais", "moins que jamais": these times against all.)
            let after = after.trim_start_matches([',', ' ', '\t']);
            after.starts_with("plus que jamais") || after.starts_with("moins que jamais")
        }
        // "encore aujourd'hui": still, these times (as "aujourd'hui encore").
        || previous == "encore"
        // "la filière se trouve aujourd'hui sans débouchés", "dans quelle situation se
        // trouvent aujourd'hui les quais": how one stands, a state ("se trouve aujourd'hui à Dakar",
        // "en Guinée": where one is this day).
        || (matches!(previous, "trouve" | "trouvent" | "trouvons")
            && matches!(second_previous(), "se" | "nous")
            && !BEFORE_A_PLACE.contains(&word_after(after, 0)))
        // "un scénario aujourd'hui très improbable": a degree, of a lasting state ("arrivé
        // aujourd'hui très tôt" is a time of the day).
        || (matches!(
            next,
            "tres" | "trop" | "particulierement" | "largement" | "extremement" | "fort"
        ) && !matches!(
            word_after(after, next.len()),
            "tot" | "tard"
        ))
        || STATE_VERBS.contains(&verb)
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
        || HOLDING_VERBS.contains(&verb)
        // "ceux qui pensent aujourd'hui que …": a belief held now.
        || BELIEF_VERBS.contains(&verb)
        // "ils sont 91 000 aujourd'hui": a count so far, before it.
        || counted_before(before)
        // "il faut aujourd'hui du calme": a need of the present times.
        || previous == "faut"
        // "compte tenu aujourd'hui de la menace": as things stand.
        || (previous == "tenu" && second_previous() == "compte")
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
            // ("s'élève aujourd'hui à 85 millions": an amount, after "à".)
            let count = match previous {
                "eleve" | "elevent" | "monte" | "montent" | "chiffre" | "chiffrent" => {
                    count.strip_prefix("a ").unwrap_or(count)
                }
                _ => count,
            };
            let count = ["plus de ", "pres de ", "moins de ", "environ ", "quelque "]
                .iter()
                .find_map(|about| count.strip_prefix(about))
                .unwrap_or(count);
            // ("aujourd'hui 28 décembre": the date of the day.)
            let digits = count.len() - count.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            digits > 0 && crate::lexicon::month_number(word_after(count, digits)).is_none()
        })
}

/// True when `before` (the folded text before "aujourd'hui") ends with a noun of an event,
/// "qui" and at most three words of its clause: "l'événement qui nous rassemble", "la
/// cérémonie qui a lieu".
fn event_and_its_clause(before: &str) -> bool {
    let mut back = before.rsplit([' ', '\t', '\n']).filter(|w| !w.is_empty());
    for _ in 0..4 {
        match back.next() {
            Some("qui") => {
                // (The noun with its elided article: "l'evenement".)
                return back.next().is_some_and(|noun| {
                    EVENTS.contains(&noun.rsplit('\'').next().unwrap_or(noun))
                });
            }
            Some(_) => {}
            None => return false,
        }
    }
    false
}

/// True when names stand on both sides of "aujourd'hui" (at `start..end` of the folded text),
/// past a comma or a bracket: a capitalised word before it, and after it one that names no
/// day nor month ("la Haute-Volta, aujourd'hui Burkina Faso", not "aujourd'hui Mardi 5
/// mars").
fn renamed(text: &NormalizedText<'_>, start: usize, end: usize) -> bool {
    use crate::text::blank::{blank, Blank};
    let input = text.input();
    let before = input
        .get(..text.to_input(start))
        .unwrap_or("")
        .trim_end_matches(|c| matches!(c, ',' | '(') || blank(c) == Blank::Space);
    // (Capitalised, not in capitals: in a line in capitals every word is.)
    let capitalised = crate::text::capitals::is_capitalised_in_lower_case;
    let capitalised_before = before
        .rsplit(|c| c == '\'' || blank(c) != Blank::No)
        .next()
        .is_some_and(capitalised);
    let after = input
        .get(text.to_input(end)..)
        .unwrap_or("")
        .trim_start_matches(|c| c == ',' || blank(c) == Blank::Space);
    let folded = text.as_str()[end..].trim_start_matches([',', ' ', '\t']);
    let word = word_after(folded, 0);
    capitalised_before
        && capitalised(after.split(|c| blank(c) != Blank::No).next().unwrap_or(""))
        && crate::lexicon::weekday_number(word).is_none()
        && crate::lexicon::month_number(word).is_none()
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

/// The word before `start` of the folded text where a verb before "aujourd'hui" stands: across
/// a comma ("possèdent, aujourd'hui") and an adverb of manner in "-ment" ("dispose
/// largement aujourd'hui").
fn verb_before(folded: &str, start: usize) -> &str {
    let before = folded[..start].trim_end_matches([' ', '\t']);
    let before = before
        .strip_suffix(',')
        .map_or(before, |b| b.trim_end_matches([' ', '\t']));
    let word = word_before(before, before.len());
    if word.len() > 6 && word.ends_with("ment") {
        if let Some(rest) = before.strip_suffix(word) {
            return word_before(rest, rest.len());
        }
    }
    word
}

/// True when "aujourd'hui" at `start` of the folded text is capitalised in the input (not
/// in capitals): it opens a sentence where no stop stands before it, under a heading ("Un
/// port sous surveillance\nAujourd'hui, …") or glued to it on one line (a part of a name,
/// after a capitalised word, is read before).
fn capitalised_in_the_input(text: &NormalizedText<'_>, start: usize) -> bool {
    let word = text.input()[text.to_input(start)..]
        .split(char::is_whitespace)
        .next()
        .unwrap_or("");
    crate::text::capitals::is_capitalised_in_lower_case(word)
}

/// True when the clause after "aujourd'hui" (from `end` of the folded text) has, within its
/// first words and before a relative pronoun, a verb of state or of holding that no past
/// participle follows: "Aujourd'hui, la mission est présente", "Aujourd'hui la flotte n'est
/// pas prête" ("Aujourd'hui, le ministre est arrivé", "a reçu" are the day's).
fn clause_of_state(text: &NormalizedText<'_>, end: usize) -> bool {
    let folded = text.as_str();
    // The clause's subject is plural ("les …", "ils …"), its verb negated ("ne", "n'"), and
    // the word before the one read.
    let mut plural = false;
    let mut negated = false;
    let mut previous = "";
    for (n, (i, word)) in words_from(folded, end)
        .filter(|&(_, word)| word != ",")
        .take(CLAUSE_WORDS)
        .enumerate()
    {
        let bare = word.trim_end_matches([',', '.', ';', ':', '!', '?', '»', '"']);
        if n == 0 {
            plural =
                PLURAL_SUBJECTS.contains(&bare) || bare.starts_with(|c: char| c.is_ascii_digit());
        }
        negated |= bare == "ne" || bare.starts_with("n'");
        // "Aujourd'hui, le groupe n'hésite plus à …", "n'a plus les moyens de": a state
        // denied ("n'a pas encore signé", "ne s'est jamais rendu": a past tense, the day's).
        if negated && NEGATIONS.contains(&bare) {
            let verb = previous.rsplit('\'').next().unwrap_or(previous);
            let auxiliary = is_avoir(verb) || matches!(verb, "est" | "sont" | "suis" | "sommes");
            return !auxiliary
                || !words_from(folded, i + word.len())
                    .next()
                    .is_some_and(|(j, next)| {
                        let next_end = j + next.trim_end_matches([',', '.', ';', ':']).len();
                        !NOUN_OPENERS.contains(&next)
                            && !next.starts_with("l'")
                            && !next.starts_with("d'")
                            && (maybe_a_participle(next)
                                || after_a_participle(text.input(), text.to_input(next_end)))
                    });
        }
        // "Aujourd'hui, les unités assurent …", "ils entretiennent …": the present of a
        // plural subject tells what is so in these times, not what happens this day (a
        // reflexive, "ils se réunissent", may be the day's meeting).
        if plural && n > 0 && !negated && present_of_the_plural(word, previous) {
            return true;
        }
        let before = std::mem::replace(&mut previous, bare);
        // (The elided negation and pronouns stay with their verb: "n'est", "s'est", "l'a".)
        let bare = bare.rsplit('\'').next().unwrap_or(bare);
        // "Aujourd'hui, les quais se trouvent dans …", "nous nous trouvons face à …": how one
        // stands ("se trouve à Dakar": where one is this day).
        if matches!(bare, "trouve" | "trouvent" | "trouvons") && matches!(before, "se" | "nous") {
            return !words_from(folded, i + word.len())
                .next()
                .is_some_and(|(_, next)| BEFORE_A_PLACE.contains(&next));
        }
        // (Folded, the preposition "à" is written as "a", the verb's form: told apart in the
        // input.)
        let preposition = bare == "a" && {
            let written = &text.input()[text.to_input(i)..];
            written.starts_with(['à', 'À'])
                || written.starts_with("a\u{300}")
                || written.starts_with("A\u{300}")
        };
        // "Aujourd'hui, il ne s'agit plus d'attendre": what the matter is, a state; and so
        // are a membership and what one faces ("Aujourd'hui, l'agence fait partie du réseau",
        // "Aujourd'hui, nous faisons face à des menaces").
        if word == "s'agit"
            || (matches!(bare, "fait" | "font" | "faisons")
                && words_from(folded, i + word.len())
                    .next()
                    .is_some_and(|(_, next)| matches!(next, "partie" | "face")))
        {
            return true;
        }
        // (A past tense is the day's, but for a negated "avoir", read at its negation's
        // second word; a relative's verb is not the clause's; "c'est" presents, it tells no
        // state: "Aujourd'hui, c'est une fête".)
        if (is_avoir(bare) && !negated && !preposition)
            || matches!(bare, "qui" | "que" | "dont" | "ou" | "quand" | "lorsque")
            || word.starts_with("s'")
            || word.starts_with("c'")
        {
            return false;
        }
        if STATE_VERBS.contains(&bare) || HOLDING_VERBS.contains(&bare) {
            let verb_end = i + word.len() - (word.len() - word.trim_end_matches(',').len());
            // (Past a negation: "ne sont pas réunis" is a past tense.)
            return !words_from(folded, verb_end)
                .find(|&(_, next)| !(negated && NEGATIONS.contains(&next)))
                .is_some_and(|(j, next)| {
                    let next_end = j + next.trim_end_matches([',', '.', ';', ':']).len();
                    maybe_a_participle(next)
                        || after_a_participle(text.input(), text.to_input(next_end))
                });
        }
        // A clause ends at its punctuation, past the comma after "aujourd'hui".
        if i > end + 2 && word.ends_with([',', '.', ';', ':', '!', '?']) {
            return false;
        }
    }
    false
}

/// The prepositions, folded, before where one is: after "se trouve", a place this day ("se
/// trouve aujourd'hui à Dakar"), not how one stands.
const BEFORE_A_PLACE: [&str; 5] = ["a", "au", "aux", "en", "chez"];

/// How many words of the clause after "aujourd'hui" are read for its verb.
const CLAUSE_WORDS: usize = 12;

/// The words, folded, that open a plural subject.
const PLURAL_SUBJECTS: [&str; 13] = [
    "les",
    "des",
    "ces",
    "nos",
    "vos",
    "leurs",
    "ses",
    "mes",
    "ils",
    "elles",
    "plusieurs",
    "certains",
    "certaines",
];

/// The second words of a negation, folded ("ne … pas", "n'… plus").
const NEGATIONS: [&str; 5] = ["pas", "plus", "jamais", "guere", "point"];

/// True when the folded `word`, after `previous`, may be a verb in the present for a plural
/// subject: "-ent" ("assurent", "concernent"), not an adverb in "-ment", an imperfect in
/// "-aient", a noun after a determiner or a preposition ("les agents", "du parlement"), nor
/// a reflexive ("se réunissent").
fn present_of_the_plural(word: &str, previous: &str) -> bool {
    let verb = word.trim_end_matches([',', '.', ';', ':', '!', '?', '»', '"']);
    // (Letters only: not after an elision, "s'engagent" is reflexive, "l'agent" a noun.)
    verb.len() >= 5
        && verb.ends_with("ent")
        && !verb.ends_with("ment")
        && !verb.ends_with("aient")
        && verb.bytes().all(|b| b.is_ascii_lowercase() || b >= 0x80)
        && !crate::pipeline::phrase::is_determiner(previous)
        && !NOUN_OPENERS.contains(&previous)
        && !matches!(
            previous,
            "se" | "a"
                | "au"
                | "aux"
                | "en"
                | "par"
                | "pour"
                | "sur"
                | "dans"
                | "avec"
                | "et"
                | "ou"
                | "d'un"
                | "l'un"
        )
}

/// True when the folded `word` may be a past participle in "-i" or "-u", with its agreement
/// ("parti", "venus", "venue"): after "est" or "sont", a time of the day's event, not a state.
fn maybe_a_participle(word: &str) -> bool {
    let word = word.trim_end_matches([',', '.', ';', ':']);
    let stem = word.strip_suffix('s').unwrap_or(word);
    let stem = stem.strip_suffix('e').unwrap_or(stem);
    word.len() >= 4 && (stem.ends_with('i') || stem.ends_with('u'))
}

/// The words of the folded text from `at`, with their starts, blanks between them (a line's
/// end too).
fn words_from(folded: &str, at: usize) -> impl Iterator<Item = (usize, &str)> {
    let rest = folded.get(at..).unwrap_or("");
    rest.split([' ', '\t', '\n'])
        .scan(at, |offset, word| {
            let start = *offset;
            *offset += word.len() + 1;
            Some((start, word))
        })
        .filter(|(_, word)| !word.is_empty())
}

/// True when `after` (the folded text after "aujourd'hui") says a thing is done: "c'est
/// chose faite", ", chose faite" (after "c'est aujourd'hui").
fn done(after: &str) -> bool {
    let after = after.trim_start_matches([',', ' ', '\t']);
    let after = after.strip_prefix("c'est ").unwrap_or(after);
    after.starts_with("chose faite")
}

/// True when `after` (the folded text after "c'est aujourd'hui") opens with what the day
/// counts: an article and an ordinal, "fois", "jour", "journée" or "anniversaire" ("la
/// troisième fois", "le 40e anniversaire", "la journée mondiale", "une journée
/// de deuil").
fn counts_the_day(after: &str) -> bool {
    let mut words = after.split([' ', '\t']).filter(|w| !w.is_empty());
    if !matches!(words.next(), Some("la" | "le" | "une" | "un")) {
        return false;
    }
    words.take(2).any(|word| {
        // ("C'est aujourd'hui la dixième.": the word before its stop.)
        let word = word.trim_end_matches(['.', ',', ';', ':', '!', '?', '»', '"']);
        let digits = word.trim_start_matches(|c: char| c.is_ascii_digit());
        matches!(
            word,
            "fois"
                | "jour"
                | "journee"
                | "anniversaire"
                | "premiere"
                | "premier"
                | "derniere"
                | "dernier"
        ) || word.ends_with("ieme")
            || (digits.len() < word.len() && matches!(digits, "e" | "eme" | "er" | "ere"))
    })
}

/// True when "aujourd'hui" at `start` of the folded text is capitalised in the input (not in
/// capitals) after a slash or a capitalised word ("Le Quotidien/Aujourd'hui", "Afrique
/// Aujourd'hui"): a part of a name.
fn part_of_a_name(text: &NormalizedText<'_>, start: usize) -> bool {
    let input = text.input();
    let at = text.to_input(start);
    let before = input[..at].trim_end_matches(char::is_whitespace);
    let capitalised = crate::text::capitals::is_capitalised_in_lower_case;
    let word = input[at..]
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '.'))
        .next()
        .unwrap_or("");
    let word_before = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '/' | '('))
        .next()
        .unwrap_or("");
    capitalised(word) && (before.ends_with('/') || capitalised(word_before))
}

/// True when the sentence of "aujourd'hui" (at `start..end` of the folded text) asks about a
/// state: "quel est …", "quelle est …", "quels sont …", "quelles sont …" before it (within its
/// sentence, 160 bytes back) and a question mark after it (80 bytes on) before any other end
/// ("Quel est l'état de la menace en France aujourd'hui ?").
fn asks_about_a_state(folded: &str, start: usize, end: usize) -> bool {
    // (The question mark first: most sentences ask nothing.)
    let after = crate::text::boundary::prefix(&folded[end..], 80);
    let question = after
        .bytes()
        .find(|b| matches!(b, b'?' | b'.' | b'!' | b'\n'))
        == Some(b'?');
    question && {
        let from = crate::text::boundary::floor_char_boundary(folded, start.saturating_sub(160));
        let before = &folded[from..start];
        let sentence = &before[before.rfind(['.', '!', '?', '\n']).map_or(0, |i| i + 1)..];
        // ("Qu'en est-il aujourd'hui ?": how things stand.)
        [
            "quel est ",
            "quelle est ",
            "quels sont ",
            "quelles sont ",
            "qu'en est-il",
        ]
        .iter()
        .any(|q| sentence.contains(q))
    }
}

/// True when `before` (the folded text before "aujourd'hui") ends with a verb of state and a
/// count: "ils sont 91 000", "elles étaient 300".
fn counted_before(before: &str) -> bool {
    let mut words = before.rsplit([' ', '\t']).filter(|w| !w.is_empty());
    let mut figures = 0;
    let verb = loop {
        match words.next() {
            Some(word) if !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit()) => {
                figures += 1;
                if figures > 3 {
                    return false;
                }
            }
            Some(word) => break word,
            None => return false,
        }
    };
    figures > 0 && STATE_VERBS.contains(&verb)
}

/// True when `after` (the folded text after "aujourd'hui", itself after a comma) is a short
/// phrase closed by a comma or a bracket, with no verb of its own nor a preposition first: an
/// apposition of the present state ("aujourd'hui ville fantôme,", "aujourd'hui véritable
/// centre du commerce,"; not "aujourd'hui à Paris," nor "aujourd'hui est arrivé,").
fn in_apposition(after: &str) -> bool {
    let after = crate::text::boundary::prefix(after, 64);
    let Some(close) = after.find([',', ')']) else {
        return false;
    };
    let phrase = after[..close].trim();
    let mut words = phrase.split([' ', '\t']).filter(|w| !w.is_empty());
    let count = words.clone().count();
    let first = words.next().unwrap_or("");
    // (Nor a date nor a time of the day: "aujourd'hui 12 mai,", "aujourd'hui mardi,",
    // "aujourd'hui matin,".)
    let dated = first.starts_with(|c: char| c.is_ascii_digit())
        || crate::lexicon::weekday_number(first).is_some()
        || crate::lexicon::month_number(first).is_some()
        || TIMES_OF_DAY.contains(&first)
        || first == "meme";
    (1..=5).contains(&count)
        && !dated
        && !first.contains('\'')
        && !matches!(
            first,
            "a" | "au"
                | "aux"
                | "en"
                | "dans"
                | "sur"
                | "pour"
                | "chez"
                | "avec"
                | "par"
                | "lors"
                | "devant"
                | "vers"
                | "pres"
                | "de"
                | "du"
                | "des"
                | "et"
                | "ou"
                | "le"
                | "la"
                | "les"
                | "il"
                | "elle"
                | "ils"
                | "elles"
                | "on"
                | "nous"
                | "vous"
                | "je"
                | "ce"
                | "ne"
                | "n'"
                | "se"
                | "s'"
        )
        && !phrase.split([' ', '\t']).any(|w| {
            STATE_VERBS.contains(&w)
                || is_avoir(w)
                || matches!(w, "sera" | "seront" | "fut" | "furent" | "va" | "vont")
        })
}
