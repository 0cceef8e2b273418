//! The French words the gazetteer and the stages share: months, weekdays, the words dates are
//! made of, and the small words between the parts of a name. Every list is folded (lower
//! case, no accents) unless it says otherwise. This layer imports nothing from the crate.

/// The months, folded, in calendar order.
pub(crate) const MONTHS: [&str; 12] = [
    "janvier",
    "fevrier",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "aout",
    "septembre",
    "octobre",
    "novembre",
    "decembre",
];

/// The abbreviations of months ("janv.", "sept."), with the month's number.
pub(crate) const MONTH_ABBREVIATIONS: [(&str, u8); 11] = [
    ("janv", 1),
    ("jan", 1),
    ("fevr", 2),
    ("fev", 2),
    ("avr", 4),
    ("juil", 7),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The English months and their abbreviations, those French does not share first, with the
/// month's number: dates in English inside French pages ("April 3, 2024", "03 Apr. 2008").
pub(crate) const ENGLISH_MONTHS: [(&str, u8); 24] = [
    ("january", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("mar", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("sept", 9),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month an English word names, in full or abbreviated (with or without its dot).
pub(crate) fn english_month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    ENGLISH_MONTHS
        .iter()
        .find(|(m, _)| *m == word)
        .map(|&(_, n)| n)
}

/// The weekdays, folded, Monday first.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
];

/// The month (1 to 12) a folded word names, in full or abbreviated, with or without the
/// abbreviation's dot.
pub(crate) fn month_number(word: &str) -> Option<u8> {
    let word = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == word)
        .map(|i| i as u8 + 1)
        .or_else(|| {
            MONTH_ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == word)
                .map(|&(_, n)| n)
        })
}

/// The English weekdays, whole and in three letters, folded: a weekday before an English date
/// ("Fri, 24 Jun 2022").
pub(crate) const ENGLISH_WEEKDAYS: [&str; 14] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
];

/// Weekdays as pages' stamps abbreviate them besides [`ENGLISH_WEEKDAYS`], folded ("tues",
/// "lun.").
const WEEKDAY_ABBREVIATIONS: [&str; 10] = [
    "tues", "thur", "thurs", "lun", "mar", "mer", "jeu", "ven", "sam", "dim",
];

/// True when a folded word is a weekday, in French or English, whole or abbreviated (with or
/// without the abbreviation's dot).
pub(crate) fn is_weekday_word(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    weekday_number(word).is_some()
        || ENGLISH_WEEKDAYS.contains(&word)
        || WEEKDAY_ABBREVIATIONS.contains(&word)
}

/// The weekday a folded word names, 0 for Monday.
pub(crate) fn weekday_number(word: &str) -> Option<u8> {
    WEEKDAYS.iter().position(|d| *d == word).map(|i| i as u8)
}

/// The words of relative dates, ordinals and parts of periods that anchor dates besides
/// months and weekdays ("deja", "pres", "juste", "environ", "presque": "il y a déjà un an",
/// "il y a près de deux ans", whose count comes too late).
const OTHER_DATE_WORDS: [&str; 74] = [
    "deja",
    "cela",
    "precisement",
    "exactement",
    "pres",
    "juste",
    "seulement",
    "peine",
    "peu",
    "environ",
    "presque",
    "premier",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "jours",
    "jour",
    "heure",
    "semaines",
    "annees",
    "ans",
    "matin",
    "soir",
    "midi",
    "nuit",
    "tot",
    "tard",
    "noel",
    "sylvestre",
    "toussaint",
    "paques",
    "fete",
    "armistice",
    "trimestre",
    "semestre",
    "hier",
    "demain",
    "aujourd",
    "semaine",
    "mois",
    "annee",
    "an",
    "decennie",
    "decennies",
    "week",
    "weekend",
    "matinee",
    "soiree",
    "fin",
    "debut",
    "milieu",
    "entame",
    "courant",
    "quinzaine",
    "printemps",
    "ete",
    "automne",
    "hiver",
];

/// The feasts of the lunar calendar, folded, by their first word: Ramadan, the Aïd (el-Fitr,
/// el-Kébir, Tabaski, Korité), the Mawlid (Gamou, Maouloud), the Magal of Touba and Achoura
/// (Tamkharit). (The Night of Destiny, "la nuit du destin", is anchored by "nuit".)
pub(crate) const LUNAR_FEASTS: [&str; 12] = [
    "ramadan",
    "ramadhan",
    "aid",
    "tabaski",
    "korite",
    "gamou",
    "maouloud",
    "mawlid",
    "mouloud",
    "magal",
    "tamkharit",
    "achoura",
];

/// How many words [`DATE_WORDS`] holds.
const DATE_WORD_COUNT: usize = MONTHS.len()
    + MONTH_ABBREVIATIONS.len()
    + WEEKDAYS.len()
    + OTHER_DATE_WORDS.len()
    + LUNAR_FEASTS.len()
    + ENGLISH_ONLY_MONTHS;

/// The English months of [`ENGLISH_MONTHS`] that are not French abbreviations (the first ones).
const ENGLISH_ONLY_MONTHS: usize = 18;

/// The words that, with numbers, anchor dates: every date holds one (or a number, or a word
/// with a character outside ASCII) within its first four words. The months, their
/// abbreviations, the weekdays, then [`OTHER_DATE_WORDS`] and [`LUNAR_FEASTS`].
pub(crate) const DATE_WORDS: [&str; DATE_WORD_COUNT] = date_words();

/// [`DATE_WORDS`], put together from the lists it is made of.
const fn date_words() -> [&'static str; DATE_WORD_COUNT] {
    let mut out = [""; DATE_WORD_COUNT];
    let mut n = 0;
    let mut i = 0;
    while i < MONTHS.len() {
        out[n] = MONTHS[i];
        n += 1;
        i += 1;
    }
    i = 0;
    while i < MONTH_ABBREVIATIONS.len() {
        out[n] = MONTH_ABBREVIATIONS[i].0;
        n += 1;
        i += 1;
    }
    i = 0;
    while i < WEEKDAYS.len() {
        out[n] = WEEKDAYS[i];
        n += 1;
        i += 1;
    }
    i = 0;
    while i < OTHER_DATE_WORDS.len() {
        out[n] = OTHER_DATE_WORDS[i];
        n += 1;
        i += 1;
    }
    i = 0;
    while i < LUNAR_FEASTS.len() {
        out[n] = LUNAR_FEASTS[i];
        n += 1;
        i += 1;
    }
    i = 0;
    while i < ENGLISH_ONLY_MONTHS {
        out[n] = ENGLISH_MONTHS[i].0;
        n += 1;
        i += 1;
    }
    assert!(
        n == DATE_WORD_COUNT,
        "DATE_WORDS has room for every word, and no more"
    );
    out
}

/// The words that may come before the first anchor of a date: "du", "entre", "d'ici a",
/// "jusqu'en", "la semaine", "l'an"… (and [`ENGLISH_WEEKDAYS`]).
pub(crate) const DATE_LEADING_WORDS: [&str; 40] = [
    "du",
    "de",
    "entre",
    "en",
    "depuis",
    "des",
    "avant",
    "apres",
    "jusqu",
    "fin",
    "debut",
    "courant",
    "mi",
    "d",
    "ici",
    "a",
    "l",
    "la",
    "cette",
    "le",
    "ce",
    "cet",
    "premiere",
    "1re",
    "seconde",
    "deuxieme",
    "derniere",
    "dernier",
    "les",
    "ces",
    "plus",
    "jour",
    "nouvel",
    "saint",
    "second",
    "troisieme",
    "quatrieme",
    "y",
    "ya",
    "dans",
];

/// "de la", "de l'", "du", "des", "de", "d'" (with both apostrophes), as written, longest
/// first: what comes between an office or an organ and whom it belongs to.
pub(crate) const OF_CONNECTORS: [&str; 8] =
    ["de la", "de l'", "de l’", "du", "des", "de", "d'", "d’"];

/// [`OF_CONNECTORS`] as they stand inside a phrase: a space before, and one after those that
/// end with a letter.
pub(crate) const OF_CONNECTORS_INSIDE: [&str; 8] = [
    " de la ", " de l'", " de l’", " du ", " des ", " de ", " d'", " d’",
];

/// The states whose short name is a given name too, as written: inside a person's name, the
/// person's ("Bawe Maurice Nfoa", "Ralala Alain Dominique").
pub(crate) const STATES_NAMED_LIKE_PERSONS: [&str; 3] = ["Maurice", "Dominique", "Salvador"];

/// The particles of persons' names, folded ("bin", "Ould", "al-", "van"…).
pub(crate) const NAME_PARTICLES: [&str; 21] = [
    "bin", "ben", "ibn", "bint", "bent", "ould", "ag", "abu", "abou", "al", "el", "de", "du", "da",
    "van", "von", "der", "di", "dos", "del", "della",
];

/// The particles a place's name may hold between capitalised words, as written, tried in
/// this order.
pub(crate) const PLACE_PARTICLES: [&str; 12] = [
    "de", "du", "des", "la", "le", "el", "es", "al", "d'", "d’", "l'", "l’",
];

/// The small words an acronym skips ("Coalition islamique militaire contre le terrorisme":
/// CIMCT), French and English, lower case.
pub(crate) const ACRONYM_SKIPPED_WORDS: [&str; 20] = [
    "de", "du", "des", "la", "le", "les", "l", "d", "et", "pour", "contre", "en", "sur", "aux",
    "au", "a", "of", "the", "and", "for",
];

/// Professions written out before a name, as written: neither titles (ANNOTATION.md) nor a
/// part of the name ("le ministre Docteur Mohamed Diané").
pub(crate) const PROFESSIONS_BEFORE_NAMES: [&str; 8] = [
    "Docteur",
    "Professeur",
    "Sénateur",
    "Sénatrice",
    "DOCTEUR",
    "PROFESSEUR",
    "SÉNATEUR",
    "SÉNATRICE",
];

/// Capitalised words that start sentences and never a name of an organisation, as written.
/// (Articles, prepositions, pronouns and the words of quantity that open French sentences.)
pub(crate) const SENTENCE_OPENERS: [&str; 42] = [
    "Selon", "Le", "La", "Les", "Dans", "Pour", "Par", "En", "Après", "Avant", "Lors", "Depuis",
    "Avec", "Sur", "Sous", "Entre", "Au", "Aux", "Du", "Des", "Une", "Un", "Cette", "Ce", "Ces",
    "Cet", "Tous", "Toutes", "Tout", "Il", "Ils", "Elle", "Elles", "Nous", "On", "Leur", "Leurs",
    "Ses", "Mais", "Et", "Alors", "Ainsi",
];

/// The labels of a newspaper's sections and genres, and a page's status ("ARCHIVÉE"), folded:
/// written before a dash at a line's start ("SÉCURITÉ – La ministre …", "Faits divers - …")
/// they name the rubric, never the place of a dateline.
pub(crate) const RUBRICS: [&str; 75] = [
    "archive",
    "archivee",
    "actualite",
    "actualites",
    "actu",
    "afrique",
    "agriculture",
    "alerte",
    "analyse",
    "article",
    "articles",
    "breve",
    "breves",
    "chronique",
    "communique",
    "contribution",
    "culture",
    "decryptage",
    "defense",
    "diplomatie",
    "dossier",
    "economie",
    "edito",
    "editorial",
    "education",
    "en bref",
    "energie",
    "enquete",
    "entretien",
    "environnement",
    "evenement",
    "exclusif",
    "faits divers",
    "flash",
    "focus",
    "info",
    "infos",
    "insolite",
    "international",
    "internationale",
    "interview",
    "justice",
    "medias",
    "monde",
    "nation",
    "national",
    "nationale",
    "opinion",
    "point de vue",
    "politique",
    "portrait",
    "regions",
    "religion",
    "reportage",
    "sante",
    "securite",
    "serie",
    "societe",
    "sport",
    "sports",
    "technologie",
    "terrorisme",
    "tribune",
    "une",
    "urgent",
    "video",
    "videos",
    "temoignage",
    // A page's media and a wire photo's label ("FILE - In this … photo").
    "archives",
    "audio",
    "direct",
    "en direct",
    "file",
    "photo",
    "photos",
];

/// Endings of the domains of news sites, in lower case: "abc24.com", "www.aps.dz".
const DOMAIN_ENDINGS: [&str; 30] = [
    "com", "net", "org", "info", "tv", "fr", "dz", "ma", "sn", "ne", "ml", "bf", "ci", "tn", "mr",
    "td", "cm", "ga", "cd", "bj", "tg", "gn", "be", "ch", "ca", "africa", "news", "media", "int",
    "eu",
];

/// True when `ending` (after a domain's last dot) is one of [`DOMAIN_ENDINGS`], in either case.
pub(crate) fn is_domain_ending(ending: &str) -> bool {
    DOMAIN_ENDINGS
        .iter()
        .any(|e| e.eq_ignore_ascii_case(ending))
}

/// True when the folded word `folded` is an ordinal: in figures ("2e", "4eme", "1er", "1re",
/// "2nd", "2nde", folded from "4ème", "5è", "1ère") or in words ("premier", "seconde",
/// "deuxieme", "quatrieme"…).
pub(crate) fn is_ordinal(folded: &str) -> bool {
    let digits = folded.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        return digits <= 2
            && matches!(
                &folded[digits..],
                "e" | "eme" | "er" | "ere" | "re" | "nd" | "nde"
            );
    }
    (folded.ends_with("ieme") && folded.len() > 5)
        || matches!(folded, "premier" | "premiere" | "second" | "seconde")
}

/// True when a folded text is the label of a newspaper's section ([`RUBRICS`]).
pub(crate) fn is_rubric(folded: &str) -> bool {
    RUBRICS.contains(&folded)
}

/// Head nouns of facilities and streets, where a place is named by what follows ("stade du 4
/// Août", "rue de Syrie", "mémorial Modibo Keïta", "base aérienne de Sakhir"), as written.
pub(crate) const PLACE_HEADS: [&str; 16] = [
    "rue",
    "avenue",
    "boulevard",
    "stade",
    "palais",
    "hôtel",
    "musée",
    "mémorial",
    "aéroport",
    "base aérienne",
    "base navale",
    "base militaire",
    "camp",
    "caserne",
    "bassin",
    "pont",
];

/// Nouns of the divisions of a territory, which name the locality after them with "de" ("le
/// village de Sarakala", "la commune rurale de Niabi", "le quartier Badalabougou", "la
/// région du Nord"): the name alone is the place (`pipeline::places`).
pub(crate) const LOCALITY_HEADS: [&str; 24] = [
    "localité",
    "localités",
    "village",
    "villages",
    "commune",
    "communes",
    "ville",
    "cercle",
    "département",
    "région",
    "régions",
    "province",
    "district",
    "préfecture",
    "sous-préfecture",
    "quartier",
    "arrondissement",
    "canton",
    "wilaya",
    "gouvernorat",
    "chef-lieu",
    "hameau",
    "bourgade",
    "zone",
];

/// Nouns that name the person after them without being titles: a counterpart, a colleague, a
/// member of parliament, an occupation ("son homologue sénégalais Augustin Tine", "le
/// diplomate norvégien Lars Berg", "la journaliste Awa Ndiaye"), a relative, a friend or a
/// hostage ("son fils Faure Gnassingbé"), singular where an occupation names one person.
pub(crate) const PERSON_HEADS: [&str; 67] = [
    "homologue",
    "homologues",
    "collègue",
    "collègues",
    "député",
    "députée",
    "députés",
    "députées",
    "diplomate",
    "journaliste",
    "avocat",
    "avocate",
    "chercheur",
    "chercheuse",
    "analyste",
    "opposant",
    "opposante",
    "militant",
    "militante",
    "activiste",
    "écrivain",
    "écrivaine",
    "correspondant",
    "correspondante",
    "photographe",
    "chroniqueur",
    "chroniqueuse",
    "universitaire",
    "politologue",
    "sociologue",
    "historien",
    "historienne",
    "économiste",
    "éditorialiste",
    "reporter",
    "blogueur",
    "blogueuse",
    // Kin, friends and hostages ("son amie norvégienne, Maren Ueland").
    "ami",
    "amie",
    "amis",
    "épouse",
    "époux",
    "mari",
    "veuve",
    "compagnon",
    "compagne",
    "fils",
    "fille",
    "frère",
    "frères",
    "sœur",
    "sœurs",
    "neveu",
    "nièce",
    "cousin",
    "cousine",
    "otage",
    "otages",
    // The words that give a name ("un adjudant du nom de Koné Mori", "un homme dénommé …",
    // "le nommé …": after an article only, not "nommé Directeur général").
    "nom de",
    "nommé",
    "nommée",
    "dénommé",
    "dénommée",
    "prénommé",
    "prénommée",
    "surnommé",
    "surnommée",
];

/// Head nouns of bodies, where an organisation may be named by its shape ("Comité des chefs
/// de police de l'Afrique de l'Est"), as written: capitalised, but "ministère" in any case (a
/// ministry is named by its portfolio). Events are no bodies ("Forum de Dakar", "Sommet"): the
/// forums that are organisations are the gazetteer's.
pub(crate) const BODY_HEADS: [&str; 59] = [
    "Conseil",
    "Comité",
    "Commission",
    "Conférence",
    "Bureau",
    "Mission",
    "Direction",
    "Directions",
    "Service",
    "Services",
    "Agence",
    "Centre",
    "Institut",
    "Organisation",
    "Organe",
    "Coordination",
    "Cellule",
    "Cellules",
    "Groupe",
    "Autorité",
    "Assemblée",
    "Administration",
    "Force",
    "Forces",
    "Garde",
    "Armée",
    "état-major",
    "État-major",
    "Etat-major",
    "État-Major",
    "Etat-Major",
    "Coalition",
    "Cabinet",
    "Académie",
    "Université",
    "École",
    "Ecole",
    "Hôpital",
    "Fédération",
    "Office",
    "Observatoire",
    "Secrétariat",
    "Département",
    "Délégation",
    "Haut-Commissariat",
    "ministère",
    "ministères",
    "Banque",
    "Fonds",
    "Communauté",
    "Fondation",
    "Collège",
    "Tribunal",
    "Cour",
    "Parlement",
    "Brigade",
    "Gendarmerie",
    "Sûreté",
    "Ville",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_and_weekdays_are_date_words() {
        for word in MONTHS
            .iter()
            .chain(MONTH_ABBREVIATIONS.iter().map(|(a, _)| a))
            .chain(WEEKDAYS.iter())
        {
            assert!(DATE_WORDS.contains(word), "{word}");
        }
        assert_eq!(month_number("sept."), Some(9));
        assert_eq!(month_number("decembre"), Some(12));
        assert_eq!(month_number("lundi"), None);
        assert_eq!(weekday_number("dimanche"), Some(6));
    }

    #[test]
    fn connectors_inside_a_phrase_are_the_connectors() {
        for (c, inside) in OF_CONNECTORS.iter().zip(OF_CONNECTORS_INSIDE) {
            let space_after = if c.ends_with(char::is_alphabetic) {
                " "
            } else {
                ""
            };
            assert_eq!(format!(" {c}{space_after}"), inside);
        }
    }
}
