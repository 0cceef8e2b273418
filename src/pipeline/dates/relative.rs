//! Reading parts of periods, relative references and feasts: "fin juin", "la fin de
//! l'année", "hier soir", "les quatre derniers mois", "Noël", "Ramadan".

use super::context::{
    habitual, inside_an_address, means_past_or_future, names_an_event, names_its_month,
    of_an_event, opens_sentence, times_paired, told_by_the_story, word_after,
};
use super::nowadays::means_nowadays;
use super::periods::{self, season_start, Part, Period, Unit};
use super::read::{first_month_word, number_in_words, year_number};
use super::{Direction, RawDate, Reading, Relative, Written};
use crate::lexicon::{month_number, weekday_number, LUNAR_FEASTS};
use crate::pipeline::phrase::{after_auxiliary, is_avoir};
use crate::text::blank::{blank, soft_gap, Blank};
use crate::text::boundary::word_before;
use crate::text::NormalizedText;

/// A part of one of the reference's periods, ending at `end` of the folded text.
pub(super) fn read_part_relative(
    matched: &str,
    start: usize,
    end: usize,
    folded: &str,
) -> Option<Reading> {
    // A season alone is one only after "au" or "à" ("au printemps", "à l'été"; the
    // preposition outside), and not in an event's name ("le printemps arabe").
    if !matched.contains(' ') && season_start(matched.trim_start_matches("l'")).is_some() {
        let after = if matched == "printemps" { "au" } else { "a" };
        let next = folded[end..].trim_start_matches([' ', '\t']);
        if word_before(folded, start) != after || next.starts_with("arabe") {
            return None;
        }
    }
    // "Le marché a été passé": after a form of "avoir" (and its adverb), "été" without its
    // article is the participle of "être", no season.
    if matched.starts_with("ete ")
        && after_auxiliary(folded, start, word_before(folded, start), is_avoir)
    {
        return None;
    }
    // "les fêtes de fin d'année", "le bilan de fin de semaine": a part without its article
    // after "de" qualifies a noun (a season of the calendar, any year's), it dates nothing.
    let of = word_before(folded, start);
    let bare = ["fin", "debut", "milieu", "entame"]
        .iter()
        .any(|part| matched.starts_with(part));
    if bare && matches!(of, "de" | "des") {
        let before = folded[..start].trim_end();
        let noun = word_before(before, before.len() - of.len());
        if !matches!(noun, "partir" | "compter" | "") {
            return None;
        }
    }
    // "la fin du mois de mars", "la fin de l'année 2024" name their period: the
    // search goes on from "fin".
    let next = folded[end..].trim_start_matches([' ', '\t']);
    let names_period = next.starts_with(|c: char| c.is_ascii_digit())
        || ["de ", "d'"].iter().any(|of| {
            next.strip_prefix(of)
                .is_some_and(|rest| first_month_word(rest.trim_start()) == Some(0))
        });
    // "la fin de mois du ramadan", "la fin du mois sacré de …": a month named after it.
    if names_period || (matched.ends_with("mois") && names_its_month(folded, end)) {
        return None;
    }
    Some(Reading::Relative(read_part_relative_words(matched)?))
}

/// A relative reference at `start..end` of the folded text.
pub(super) fn read_relative(
    toks: &[&str],
    start: usize,
    end: usize,
    text: &NormalizedText<'_>,
) -> Option<Reading> {
    let folded = text.as_str();
    if inside_an_address(folded, start, end) {
        return None;
    }
    // "dans un mois et demi", "il y a deux ans et demi": a distance no precision holds.
    if matches!(toks.first(), Some(&("dans" | "il" | "y" | "ya" | "y'a")))
        && folded[end..]
            .trim_start_matches([' ', '\t'])
            .starts_with("et demi")
    {
        return None;
    }
    // "il y a trois heures de route": a length of time, not a distance from today ("il y a
    // deux ans de cela" is one).
    if matches!(toks.first(), Some(&("il" | "y" | "ya" | "y'a"))) {
        let next = folded[end..].trim_start_matches([' ', '\t']);
        if (next.starts_with("de ") || next.starts_with("d'"))
            && !["de cela", "de ca"]
                .iter()
                .any(|that| next.starts_with(that))
        {
            return None;
        }
    }
    // A period without its article is one after "du", "au" or "seul" only ("reporté au mois
    // prochain"; "du" read with it).
    if matches!(
        toks.first(),
        Some(&("mois" | "week-end" | "weekend" | "week"))
    ) && !matches!(word_before(folded, start), "au" | "du" | "seul")
    {
        return None;
    }
    // "l'année qui vient de commencer" is the current one, not the next: no reading.
    if toks.last() == Some(&"vient") && {
        let next = folded[end..].trim_start_matches([' ', '\t']);
        next.starts_with("de ") || next.starts_with("d'")
    } {
        return None;
    }
    // "l'année" alone is the current year only as a complement ("au cours de l'année").
    if toks == ["l'annee"] && !this_year_alone(text, start, end) {
        return None;
    }
    // "le bureau qui se réunit d'habitude le lundi": every Monday, no day.
    if let [day] = toks {
        if weekday_number(day).is_some()
            && word_before(folded, start) == "le"
            && habitual_before(folded, start)
        {
            return None;
        }
    }
    let relative = read_relative_words(toks)?;
    // "les deux derniers jours de formation": the last days of an event, not those up to
    // the reference ("les trois derniers mois de l'année" are; "les 30 prochaines années
    // de partenariat" are counted from it, whatever they hold).
    if matches!(relative, Relative::Span(_, n) if n < 0) && of_an_event(&folded[end..]) {
        return None;
    }
    // (Only "aujourd'hui" may mean nowadays: "c'est ce matin que …" is today.)
    if matches!(relative, Relative::Days(0))
        && toks.first() == Some(&"aujourd'hui")
        && means_nowadays(text, start, end)
    {
        return None;
    }
    if matches!(relative, Relative::Days(-1 | 1)) && means_past_or_future(folded, start, toks) {
        return None;
    }
    if matches!(relative, Relative::Days(-1..=1))
        && toks.len() == 1
        && times_paired(folded, start, end)
    {
        return None;
    }
    if matches!(relative, Relative::Weekday(..))
        && (habitual(folded, start, end) || told_by_the_story(folded, start, end))
    {
        return None;
    }
    // "Cette soirée a réuni …": the subject of its sentence, an event, not a time ("Cette
    // année l'accent a été mis …" is a time: a year or a week is no event).
    if matches!(toks, ["cette", "soiree" | "matinee" | "nuit"])
        && names_an_event(folded, start, end)
    {
        return None;
    }
    // "ce soir là, …", "ce jour là.": "-là" written with a space (folded "la", then
    // punctuation: not the article of "ce soir la délégation …"), a time of the story.
    if matches!(toks.first(), Some(&("ce" | "cet" | "cette")))
        && folded[end..].strip_prefix(" la").is_some_and(|rest| {
            rest.is_empty() || rest.starts_with([',', '.', ';', ':', '!', '?', '\n'])
        })
    {
        return None;
    }
    // "à ce jour", "jusqu'à ce jour", "depuis ce jour": so far, or since a day told before;
    // "Ce jour, il découvre …" opening a sentence: that day, of the story ("a reçu ce jour"
    // is today, in administrative French, and so is the speaker's "Ce jour, nous avons …").
    if toks == ["ce", "jour"]
        && (matches!(word_before(folded, start), "a" | "jusqu'a" | "depuis")
            || (opens_sentence(folded, start) && !first_person_after(&folded[end..]))
            || names_a_day(text, end))
    {
        return None;
    }
    // "les huit mois passés." ends its clause; "les deux mois passés en mission", "les années
    // passées ensemble" are spent, a participle and its complement.
    if matches!(toks.first(), Some(&("les" | "ces" | "des")))
        && toks.last().is_some_and(|t| t.starts_with("passe"))
        && folded[end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(|c: char| c.is_alphanumeric())
    {
        return None;
    }
    // "plus tôt dans la journée de lundi", "… du 3 mars": the day is told after it.
    if toks.first() == Some(&"plus") && {
        let rest = folded[end..].trim_start_matches([' ', '\t']);
        rest.strip_prefix("de ")
            .is_some_and(|day| weekday_number(word_after(day, 0)).is_some())
            || rest
                .strip_prefix("du ")
                .is_some_and(|day| day.trim_start().starts_with(|c: char| c.is_ascii_digit()))
    } {
        return None;
    }
    // "ce mois sacré de Ramadan", "ce mois de juin": a month told by its name.
    if toks == ["ce", "mois"] && names_its_month(folded, end) {
        return None;
    }
    // "ce soir-là", "cette nuit-là" are that evening, not the reference's; "ce soir du 25
    // mai", "samedi soir du 2 mars", the evening of the date that follows.
    if folded[end..].starts_with("-la")
        || ((matches!(toks.first(), Some(&("ce" | "cet" | "cette")))
            || toks.first().is_some_and(|t| weekday_number(t).is_some()))
            && folded[end..]
                .trim_start_matches([' ', '\t'])
                .strip_prefix("du ")
                .is_some_and(|rest| rest.trim_start().starts_with(|c: char| c.is_ascii_digit())))
    {
        return None;
    }
    Some(Reading::Relative(relative))
}

/// Words that open what follows a complement, folded: "l'année" before them has none of
/// its own ("au cours de l'année pour", "les saisies de l'année mardi matin").
const AFTER_A_COMPLEMENT: [&str; 15] = [
    "et", "en", "pour", "afin", "au", "aux", "dans", "selon", "avec", "sur", "contre", "par",
    "mais", "alors", "puis",
];

/// True when "l'année" alone at `start..end` of the folded text is the current year: the
/// complement of a noun or of "au cours" ("la plus forte saisie de l'année", "le bilan de
/// l'année", "au cours de l'année"), and nothing after it tells which year ("de l'année
/// 2020", "(2020)" date it; "de l'année où …", "de l'année suivante" are the story's), nor a
/// word of recurrence before it ("tout au long de l'année", "chaque mois de l'année": any
/// year), nor a period it completes ("les trois derniers mois de l'année").
fn this_year_alone(text: &NormalizedText<'_>, start: usize, end: usize) -> bool {
    let folded = text.as_str();
    if word_before(folded, start) != "de" {
        return false;
    }
    let before = folded[..start].trim_end_matches([' ', '\t']);
    let before = before.strip_suffix("de").unwrap_or(before);
    let recurrent = before
        .rsplit([' ', '\t', '\n'])
        .filter(|w| !w.is_empty())
        .take(4)
        .any(|w| matches!(w, "long" | "chaque" | "tout" | "toute" | "tous" | "toutes"));
    // "les trois derniers mois de l'année", "le premier trimestre de l'année": a period's
    // complement, read with it.
    let of_a_period = matches!(
        word_before(before, before.len()),
        "jour"
            | "jours"
            | "semaine"
            | "semaines"
            | "mois"
            | "trimestre"
            | "trimestres"
            | "semestre"
            | "semestres"
    );
    let after = folded[end..].trim_start_matches([' ', '\t']);
    let next = word_after(after, 0);
    // (The line's end in the input: a headline's, which the folded view joins to the next.)
    let line_ends = text.line_break_after(end);
    !recurrent
        && !of_a_period
        && (after.is_empty()
            || line_ends
            || after.starts_with([',', '.', ';', ':', '!', '?', ')', '»', '"', '\n', '<', '…'])
            || AFTER_A_COMPLEMENT.contains(&next)
            || weekday_number(next).is_some())
}

/// True when "ce jour" ending at `end` of the folded text is a day named after it, a feast, a
/// remembrance or a date ("ce jour anniversaire de la bataille", "ce jour de la Libération",
/// "ce jour de l'Indépendance", "ce jour 12 mars 2024"), not the reference's ("la garde a
/// relevé ce jour des traces").
fn names_a_day(text: &NormalizedText<'_>, end: usize) -> bool {
    let after = text.as_str()[end..].trim_start_matches([' ', '\t']);
    // "ce jour anniversaire", "ce jour « sombre »", "ce jour historique": a day told by what
    // it is.
    if after.starts_with(['«', '"', '“'])
        || matches!(
            word_after(after, 0),
            "anniversaire"
                | "historique"
                | "sombre"
                | "funeste"
                | "triste"
                | "tragique"
                | "solennel"
                | "memorable"
                | "symbolique"
                | "beni"
                | "noir"
        )
    {
        return true;
    }
    // "ce jour 12 mars 2024", "en ce jour du 8 mai": the day its date tells.
    let dated = after.strip_prefix("du ").unwrap_or(after);
    let digits = dated.len() - dated.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    if (1..=2).contains(&digits) {
        let rest = &dated[digits..];
        let rest = rest.strip_prefix("er").unwrap_or(rest);
        if month_number(word_after(rest, 0)).is_some() {
            return true;
        }
    }
    let Some(name) = ["du ", "de la ", "de l'", "de "]
        .iter()
        .find_map(|of| after.strip_prefix(of))
    else {
        return false;
    };
    // (The name's capital, in the input.)
    let at = text.to_input(text.as_str().len() - name.len());
    text.input()
        .get(at..)
        .is_some_and(|rest| rest.starts_with(char::is_uppercase))
}

/// True when the clause before `at` (folded), within 80 bytes, tells a habit ("d'habitude",
/// "habituellement", "généralement", "d'ordinaire"): a weekday then is every one.
fn habitual_before(folded: &str, at: usize) -> bool {
    let from = crate::text::boundary::floor_char_boundary(folded, at.saturating_sub(80));
    let before = &folded[from..at];
    let clause = &before[before
        .rfind(['.', '!', '?', '\n', ',', ';'])
        .map_or(0, |i| i + 1)..];
    // (Not "ordinaire" alone: "sa session ordinaire le mercredi" is that Wednesday's.)
    [
        "d'habitude",
        "l'habitude",
        "habituellement",
        "generalement",
        "d'ordinaire",
        "traditionnellement",
    ]
    .iter()
    .any(|habit| clause.contains(habit))
}

/// True when `after` (folded) opens, past a comma, with a subject in the first person: "ce
/// jour, nous avons …", "ce jour, j'ai …".
fn first_person_after(after: &str) -> bool {
    let after = after.trim_start_matches([',', ' ', '\t']);
    ["nous ", "je ", "j'"]
        .iter()
        .any(|subject| after.starts_with(subject))
}

/// True when `before` (the input before a feast) ends with "Grand" or "Grande": a part of the
/// feast's name ("le Grand Magal"), not a name before a surname.
fn after_grand(before: &str) -> bool {
    let before = before.trim_end_matches(|c| blank(c) == Blank::Space);
    ["Grand", "Grande"].iter().any(|grand| {
        before
            .strip_suffix(grand)
            .is_some_and(|ahead| ahead.ends_with(|c| blank(c) != Blank::No))
    })
}

/// True when a feast after `before` (the folded text before it) is a name given ("une fête
/// dite Gamou"), a part of a compound ("pré-Gamou") or an edition counted ("la 96e édition du
/// Mawlid", "l'édition 2019 du Gamou", "la 131e édition du grand Magal"): no day of the
/// calendar.
fn named_or_counted(before: &str) -> bool {
    let before = before.trim_end_matches([' ', '\t']);
    // ("du grand Magal": the feast's own adjective.)
    let before = before
        .strip_suffix(" grand")
        .or_else(|| before.strip_suffix(" grande"))
        .unwrap_or(before);
    if before.ends_with("pre-") || before.ends_with(" pre") {
        return true;
    }
    let word = before.rsplit([' ', '\t']).next().unwrap_or(before);
    if matches!(
        word,
        "appele" | "appelee" | "appeles" | "appelees" | "dit" | "dite"
    ) {
        return true;
    }
    let Some(before) = before
        .strip_suffix("du")
        .or_else(|| before.strip_suffix("de l'"))
    else {
        return false;
    };
    let before = before.trim_end_matches([' ', '\t']);
    let before = before
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .trim_end();
    before.ends_with("edition")
}

/// True when the clause before `at` (folded) tells a habit ([`habitual_before`]) or a yearly
/// one ("chaque année", "tous les ans"): a feast then is every year's.
fn yearly(folded: &str, at: usize) -> bool {
    let from = crate::text::boundary::floor_char_boundary(folded, at.saturating_sub(80));
    let before = &folded[from..at];
    let clause = &before[before
        .rfind(['.', '!', '?', '\n', ';'])
        .map_or(0, |i| i + 1)..];
    habitual_before(folded, at)
        || ["chaque annee", "tous les ans"]
            .iter()
            .any(|y| clause.contains(y))
}

/// The years of the Hijri calendar a text of today writes (1400 AH began in 1979) are below
/// this; those of the Gregorian one are above it.
const HIJRI_YEARS_BELOW: i32 = 1600;

/// A feast: its day of the year written after it, or of the reference's year; Easter by the
/// computus; the feasts of the lunar calendar ([`LUNAR_FEASTS`], "la nuit du destin")
/// relative, without a value (with a year of the Hijri calendar, a date of that calendar:
/// none; with a year of the Gregorian one, "Ramadan 2024", "le Gamou de 2021", a date of that
/// year). "Noël" before a capitalised word is a first name ("Noël Mamère"), "armistice" a
/// feast only capitalised.
pub(super) fn read_holiday(
    toks: &[&str],
    start: usize,
    end: usize,
    text: &NormalizedText<'_>,
) -> Option<RawDate> {
    let year = toks.iter().find_map(|t| year_number(t));
    let input = text.input();
    let at = text.to_input(start);
    let capitalised = input[at..].starts_with(|c: char| c.is_uppercase());
    let first = *toks.first()?;
    let day = |month, day| {
        Reading::Single(Written {
            year,
            month: Some(month),
            day: Some(day),
        })
    };
    let after = &input[text.to_input(end)..];
    // "Noël Mamère", "Toussaint Louverture": first names.
    // (Past white space with one line break at most: "Noël\nMamère" too.)
    let before_a_name =
        year.is_none() && after[soft_gap(after)..].starts_with(|c: char| c.is_uppercase());
    let previous = word_before(text.as_str(), start);
    let reading = match first {
        "noel" if previous != "pere" && !before_a_name => day(12, 25),
        "saint-sylvestre" => day(12, 31),
        "toussaint" if !before_a_name => day(11, 1),
        "jour" | "nouvel" => day(1, 1),
        "fete" => day(5, 1),
        "armistice" if capitalised => day(11, 11),
        // "l'île de Pâques" is a place.
        "paques" if !text.as_str()[..start].trim_end().ends_with("ile de") => Reading::Easter(year),
        // "Ousman Ramadan": after a capitalised name inside a sentence, a surname.
        // ("aid-el-kabir": one word.)
        word if (LUNAR_FEASTS.contains(&word)
            || word == "nuit"
            || word.starts_with("aid-el")
            || word.starts_with("aid-al"))
            // ("le Grand Magal": the feast's name.)
            && !(capitalised && after_a_name(&input[..at]) && !after_grand(&input[..at]))
            && !named_or_counted(&text.as_str()[..start])
            && !yearly(text.as_str(), start)
            // "l'Aïd" alone, elided: the feast ("aid" is also an English word).
            && (word != "aid" || toks.len() > 1 || text.as_str()[..start].ends_with("l'")) =>
        {
            // "le 12 Ramadan 1445": a date of the Hijri calendar (its years are those before
            // 1600 in a text of today), no relative date, and none of the Gregorian one;
            // "Ramadan 2024": a date of that year.
            match year {
                Some(y) if y < HIJRI_YEARS_BELOW => return None,
                Some(_) => Reading::Single(Written {
                    year,
                    month: None,
                    day: None,
                }),
                None => Reading::Relative(Relative::Lunar),
            }
        }
        _ => return None,
    };
    Some(RawDate {
        start,
        end,
        reading,
    })
}

/// The words of a part of a period, split at spaces, hyphens and apostrophes.
fn part_words(matched: &str) -> impl Iterator<Item = &str> {
    matched
        .split([' ', '\t', '-', '\''])
        .filter(|w| !w.is_empty())
}

/// "début mars", "mi-juin 2024", "fin 2024", "la seconde quinzaine de mai", "automne 2022",
/// "le troisième trimestre 2017", "les six premiers mois de 2023".
pub(super) fn read_part(matched: &str) -> Option<(Written, Written)> {
    let year = part_words(matched).find_map(year_number);
    if let Some((first, last)) = first_or_last_months(matched) {
        let year = year.filter(|y| (1900..=2100).contains(y))?;
        return Some(periods::of_year(Part::Months(first, last), year));
    }
    if let Some(first) = part_words(matched).find_map(season_start) {
        return Some(periods::season(first, year?));
    }
    let part = Part::from_word(matched)?;
    match part_words(matched).find_map(month_number) {
        Some(month) => Some(periods::of_month(part, year, month)),
        None => {
            let year = year?;
            (1900..=2100)
                .contains(&year)
                .then(|| periods::of_year(part, year))
        }
    }
}

/// The periods a word shifts to: the next one (+1), the last one (-1) or none (0).
fn shift(word: &str) -> i64 {
    match word {
        // ("samedi et dimanche derniers": the plural of both.)
        "prochain" | "prochaine" | "prochains" => 1,
        "dernier" | "derniere" | "derniers" | "passe" | "passee" | "ecoule" | "ecoulee" => -1,
        _ => 0,
    }
}

/// The first and last months of "les six premiers mois", "les trois derniers mois" (of a
/// year), "le troisième trimestre", "le premier semestre": `None` for other words.
fn first_or_last_months(matched: &str) -> Option<(u8, u8)> {
    let words: Vec<&str> = part_words(matched).collect();
    if let Some(at) = words
        .iter()
        .position(|w| matches!(*w, "premiers" | "derniers"))
        .filter(|&at| words.get(at + 1) == Some(&"mois"))
    {
        let count = *words.get(at.checked_sub(1)?)?;
        let n = match count.parse::<u8>() {
            Ok(n) => n,
            Err(_) => number_in_words(count)?,
        };
        let (first, last) = periods::quarter_months(n, 1)?;
        return Some(if words[at] == "premiers" {
            (first, last)
        } else {
            (13 - last, 12)
        });
    }
    let months = match *words.iter().find(|w| w.ends_with("mestre"))? {
        "trimestre" => 3,
        "semestre" => 6,
        _ => return None,
    };
    let n = match *words.iter().find(|w| !matches!(**w, "le" | "au" | "du"))? {
        "premier" | "1er" => 1,
        "second" | "deuxieme" | "2e" => 2,
        "troisieme" | "3e" => 3,
        "quatrieme" | "4e" => 4,
        "dernier" => 12 / months,
        _ => return None,
    };
    periods::quarter_months(months, n)
}

/// "la fin de l'année", "début de semaine prochaine", "cet automne", "l'été dernier", "les
/// six premiers mois de l'année", "le premier semestre de l'année dernière".
fn read_part_relative_words(matched: &str) -> Option<Relative> {
    let words: Vec<&str> = part_words(matched).collect();
    // (Which year only the last word tells: "le dernier trimestre de l'année" is this one's.)
    if let Some((first, last)) = first_or_last_months(matched) {
        let n = words.last().copied().map_or(0, shift);
        return Some(Relative::Part(Part::Months(first, last), Period::Year, n));
    }
    // ("dernière" of "la dernière fin de semaine" is which week, not a half of it.)
    let part = words
        .iter()
        .filter(|w| !matches!(**w, "derniere" | "prochaine"))
        .find_map(|w| Part::from_word(w))
        .unwrap_or(Part::Whole);
    let period = words.iter().find_map(|w| {
        Some(match *w {
            "semaine" => Period::Week,
            "mois" => Period::Month,
            "annee" => Period::Year,
            _ => Period::Season(season_start(w)?),
        })
    })?;
    // (After the period, or before the part: "la dernière fin de semaine", as Québec writes
    // the last weekend.)
    let n = match words.last().copied().map(shift) {
        Some(0) | None => words.get(1).copied().map_or(0, shift),
        Some(n) => n,
    };
    Some(Relative::Part(part, period, n))
}

/// True when `before` ends with a capitalised word in lower case after its capital, itself
/// inside a sentence (not after a line break, a full stop, a colon or a quotation mark).
fn after_a_name(before: &str) -> bool {
    // (Past any blanks of a line: "Ould\u{a0}Maouloud" too.)
    let before = before.trim_end_matches(|c| blank(c) == Blank::Space);
    let word_start = before
        .rfind(|c: char| !(c.is_alphabetic() || c == '-' || crate::text::boundary::is_mark(c)))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &before[word_start..];
    let mut chars = word.chars();
    let titlecase = chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase);
    let ahead = before[..word_start].trim_end_matches(|c| blank(c) == Blank::Space);
    titlecase
        && !ahead.is_empty()
        && !ahead.ends_with(['.', '\n', '\r', ':', '!', '?', '«', '"', '“', '('])
}

fn read_relative_words(toks: &[&str]) -> Option<Relative> {
    // "(au cours) du seul mois dernier", "du week-end prochain": the contraction and "seul"
    // stay outside, the period reads as after "le".
    let toks = match toks {
        ["du", "seul", rest @ ..] | ["du", rest @ ..] => rest,
        _ => toks,
    };
    if let Some(read) = read_past_brackets(toks) {
        return read;
    }
    // "l'année qui vient" is the next one; "l'année qui vient de s'écouler", the last.
    let last = match toks.iter().position(|t| *t == "vient") {
        Some(i) if i + 1 < toks.len() => "derniere",
        Some(_) => "prochaine",
        None => *toks.last()?,
    };
    let first = toks.first().copied()?;
    // "la dernière décennie", "la décennie écoulée": the ten years up to the reference; "la
    // prochaine décennie", "la décennie à venir": the ten years after it.
    if first == "la" && toks.contains(&"decennie") {
        let coming = toks.contains(&"prochaine") || toks.contains(&"venir");
        return Some(Relative::Span(Unit::Year, if coming { 10 } else { -10 }));
    }
    if matches!(first, "les" | "ces" | "des") {
        return counted_period(toks, last);
    }
    if matches!(first, "il" | "y" | "ya" | "y'a" | "dans" | "d'ici") {
        return distance(toks, first, last);
    }
    if first == "plus" {
        return Some(earlier_or_later(toks));
    }
    // "la soirée d'hier", "la matinée d'avant-hier", "la journée d'aujourd'hui": a time of
    // that day.
    if let Some(day) = last.strip_prefix("d'") {
        match day {
            "aujourd'hui" => return Some(Relative::Days(0)),
            "hier" => return Some(Relative::Days(-1)),
            "avant-hier" => return Some(Relative::Days(-2)),
            _ => {}
        }
    }
    // "la présente année": the current one.
    if toks == ["la", "presente", "annee"] {
        return Some(Relative::Year(0));
    }
    // "cette fin d'après-midi": a part of today.
    if first == "cette" && matches!(toks.get(1), Some(&("fin" | "debut"))) {
        return Some(Relative::Days(0));
    }
    if toks.iter().any(is_time_of_day) {
        if let Some(relative) = part_of_a_day(first, toks, last) {
            return Some(relative);
        }
    }
    Some(match first {
        "avant-hier" => Relative::Days(-2),
        "hier" => Relative::Days(-1),
        "aujourd'hui" => Relative::Days(0),
        "demain" => Relative::Days(1),
        "apres-demain" => Relative::Days(2),
        // ("cette semaine-ci".)
        "la" | "cette" if toks.iter().any(|t| t.starts_with("semaine")) => {
            Relative::Week(shift(last))
        }
        // ("ce week end": two words.) "le week-end", "(du) week-end" alone: the nearest one.
        "le" | "week-end" | "weekend" | "week"
            if shift(last) == 0
                && toks
                    .iter()
                    .any(|t| matches!(*t, "week-end" | "weekend" | "week")) =>
        {
            Relative::NearestWeekend(Direction::Nearest)
        }
        "le" | "ce" | "week-end" | "weekend" | "week"
            if toks
                .iter()
                .any(|t| matches!(*t, "week-end" | "weekend" | "week")) =>
        {
            Relative::Weekend(shift(last))
        }
        "le" | "ce" | "mois" if toks.iter().any(|t| t.starts_with("mois")) => {
            Relative::Month(shift(last))
        }
        "ce" if toks.get(1) == Some(&"jour") => Relative::Days(0),
        // "mardi de cette semaine", "jeudi de la semaine dernière".
        day if toks.contains(&"semaine") => {
            Relative::WeekdayOfWeek(weekday_number(day)?, shift(last))
        }
        "l'annee" | "l'an" | "cette" => Relative::Year(shift(last)),
        day => Relative::Weekday(
            weekday_number(day)?,
            match shift(last) {
                -1 => Direction::Last,
                1 => Direction::Next,
                _ => Direction::Nearest,
            },
        ),
    })
}

/// A time of a day, folded ("matin", "soirée", "nuit"…).
fn is_time_of_day(word: &&str) -> bool {
    matches!(
        *word,
        "matin"
            | "soir"
            | "apres-midi"
            | "avant-midi"
            | "midi"
            | "nuit"
            | "matinee"
            | "soiree"
            | "journee"
    )
}

/// The reading of words with brackets: a count's figures after its words ("les cinq (05)
/// derniers mois"), a day that tells a relative one ("la nuit dernière (mardi)"), or an
/// editor's note that tells the day ("jeudi (NDLR : aujourd'hui)", "ce matin (hier, NDLR)",
/// "ce soir (hier : NDLR)"); `None` when the words have none.
fn read_past_brackets(toks: &[&str]) -> Option<Option<Relative>> {
    // A count's figures, or a day in brackets after a relative one, only tell what the words
    // say ("la nuit dernière (mardi)", "demain [mercredi] matin"): read without them.
    let day =
        |w: &str| weekday_number(w).is_some() || matches!(w, "avant-hier" | "hier" | "aujourd'hui");
    if let Some(open) = toks.windows(3).position(|w| match (w[0], w[2]) {
        ("(", ")") => w[1].bytes().all(|b| b.is_ascii_digit()) || day(w[1]),
        ("[", "]") => day(w[1]),
        _ => false,
    }) {
        let words: Vec<&str> = toks[..open]
            .iter()
            .chain(&toks[open + 3..])
            .copied()
            .collect();
        return Some(read_relative_words(&words));
    }
    let note = toks.iter().position(|t| *t == "ndlr")?;
    if let [":" | ",", day @ .., ")"] = &toks[note + 1..] {
        if !day.is_empty() {
            return Some(read_relative_words(day));
        }
    }
    if let [.., "(", day @ ("avant-hier" | "hier" | "aujourd'hui" | "demain"), "," | ":"] =
        &toks[..note]
    {
        return Some(read_relative_words(std::slice::from_ref(day)));
    }
    None
}

/// "plus tôt dans la soirée", "plus tard dans l'année", "plus tôt ce mois-ci": a part of the
/// current day, week, month or year ("plus tôt dans la journée d'hier": of yesterday).
fn earlier_or_later(toks: &[&str]) -> Relative {
    if toks.contains(&"d'hier") {
        Relative::Days(-1)
    } else if toks.contains(&"d'avant-hier") {
        Relative::Days(-2)
    // ("… dans la matinée", "plus tôt aujourd'hui": today.)
    } else if toks
        .iter()
        .any(|t| matches!(*t, "journee" | "soiree" | "matinee" | "aujourd'hui"))
    {
        Relative::Days(0)
    } else if toks.contains(&"semaine") {
        Relative::Week(0)
    } else if toks.iter().any(|t| t.starts_with("mois")) {
        Relative::Month(0)
    } else {
        Relative::Year(0)
    }
}

/// A time of a day told by a weekday or a night ("mardi soir", "la nuit de lundi à mardi",
/// "la nuit dernière", "ce matin"); `None` for a time of a relative day ("hier soir"), read
/// as its day.
fn part_of_a_day(first: &str, toks: &[&str], last: &str) -> Option<Relative> {
    let weekdays: Vec<u8> = toks.iter().filter_map(|t| weekday_number(t)).collect();
    Some(match (first, &weekdays[..]) {
        ("avant-hier" | "hier" | "aujourd'hui" | "demain" | "apres-demain", _) => return None,
        (_, &[a, _]) => Relative::Night(a),
        // "la nuit de dimanche à hier": the night that ends on that day.
        (_, &[] | &[_]) if last == "hier" => Relative::NightTo(-1),
        (_, &[] | &[_]) if last == "aujourd'hui" => Relative::NightTo(0),
        // ("vendredi soir dernier": last Friday's.)
        (_, &[a]) => {
            let direction = match shift(last) {
                -1 => Direction::Last,
                1 => Direction::Next,
                _ => Direction::Nearest,
            };
            Relative::Weekday(a, direction)
        }
        // "la nuit dernière": the night before the reference's day, from its eve.
        _ if shift(last) == -1 => Relative::Days(-1),
        _ => Relative::Days(0),
    })
}

/// A counted period from the reference: "les quatre derniers mois", "ces deux prochaines
/// semaines", "les trois mois à venir", "les dernières 24 heures", "les deux semaines
/// écoulées".
fn counted_period(toks: &[&str], last: &str) -> Option<Relative> {
    let elapsed = last.starts_with("ecoule") || last.starts_with("passe");
    let (count, direction) = match (toks.get(1)?, toks.get(2)?) {
        (word, count) if word.starts_with("dernier") || word.starts_with("prochain") => {
            (count, word)
        }
        (count, word) => (count, word),
    };
    let n = match count.parse::<i64>() {
        Ok(n) => n,
        Err(_) => i64::from(number_in_words(count)?),
    };
    let coming = matches!(last, "venir" | "viennent");
    let last = if coming || elapsed {
        *toks.get(2)?
    } else {
        last
    };
    let back = direction.starts_with("dernier") || elapsed;
    // "les 24 dernières heures": the days they reach back to, at a day's precision.
    if last == "heures" {
        let days = (n + 23) / 24;
        return Some(Relative::Span(Unit::Day, if back { -days } else { days }));
    }
    let unit = match last {
        "jours" => Unit::Day,
        "semaines" => Unit::Week,
        "mois" => Unit::Month,
        _ => Unit::Year,
    };
    // "ces deux dernières décennies": twenty years.
    let n = if last == "decennies" {
        n.saturating_mul(10)
    } else {
        n
    };
    let n = if back { -n } else { n };
    Some(Relative::Span(unit, n))
}

/// A distance from the reference: "il y a deux jours", "dans trois semaines": a day, or a
/// month or a year at their precision ("il y a dix ans" is a year).
fn distance(toks: &[&str], first: &str, last: &str) -> Option<Relative> {
    // ("il y a près d'un an": the count after the elision.)
    let count = toks.get(toks.len().checked_sub(2)?)?;
    let count = count.strip_prefix("d'").unwrap_or(count);
    let n = match count {
        "un" | "une" => 1,
        _ => match count.parse::<i64>() {
            Ok(n) => n,
            Err(_) => i64::from(number_in_words(count)?),
        },
    };
    let n = if matches!(first, "dans" | "d'ici") {
        n
    } else {
        -n
    };
    Some(match last.trim_end_matches('s') {
        // ("il y a trois heures": today, at a day's precision.)
        "heure" | "minute" => Relative::Days(0),
        "jour" => Relative::Days(n),
        "semaine" => Relative::Days(7 * n),
        "moi" => Relative::Month(n),
        _ => Relative::Year(n),
    })
}
