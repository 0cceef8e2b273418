//! Titles, persons, organisations and places on texts written for these tests, and the seed
//! sample's acceptance list when `../shared` is there.

use communique::{Affiliation, Extraction, Extractor, TitleKind};

fn texts<'a>(x: &'a Extraction<'_>) -> Entities<'a> {
    Entities {
        persons: x
            .persons
            .iter()
            .map(|p| (&*p.text, &*p.canonical))
            .collect(),
        titles: x
            .titles
            .iter()
            .map(|t| {
                let kind = match t.kind {
                    TitleKind::Honorific => "honorific",
                    TitleKind::Rank => "rank",
                    _ => "office",
                };
                (&*t.text, kind)
            })
            .collect(),
        organizations: x.organizations.iter().map(|o| &*o.text).collect(),
        places: x.places.iter().map(|p| &*p.text).collect(),
    }
}

#[derive(Debug, PartialEq)]
struct Entities<'a> {
    persons: Vec<(&'a str, &'a str)>,
    titles: Vec<(&'a str, &'a str)>,
    organizations: Vec<&'a str>,
    places: Vec<&'a str>,
}

fn check_spans(input: &str, x: &Extraction<'_>) {
    if let Err(e) = x.check(input) {
        panic!("{e}");
    }
}

const COALITION: &str = "Riyad, 12-3-2024\n\nLe ministre saoudien de la Défense, Son Altesse \
Royale le Prince Khalid bin Salman, a reçu le Major-général, Muhammad bin Saeed Al-Moghidi, \
Secrétaire Général de la Coalition Islamique Militaire Contre le Terrorisme (CIMCT), ainsi que \
le Ministre de la Défense de la République du Kenya, S.E. M. Adam Duali Barre. Le général \
Al-Moghedi a présenté les programmes de la CIMCT. En général, les délégations ont salué \
l'initiative.";

#[test]
fn titles_persons_and_roles_in_a_coalition_release() {
    let x = Extractor::new().extract(COALITION);
    check_spans(COALITION, &x);
    assert_eq!(
        texts(&x),
        Entities {
            persons: vec![
                ("Khalid bin Salman", "Khalid bin Salman"),
                (
                    "Muhammad bin Saeed Al-Moghidi",
                    "Muhammad bin Saeed Al-Moghidi"
                ),
                ("Adam Duali Barre", "Adam Duali Barre"),
                // A transliteration variant of the surname gets the full name.
                ("Al-Moghedi", "Muhammad bin Saeed Al-Moghidi"),
            ],
            titles: vec![
                ("ministre saoudien de la Défense", "office"),
                ("Son Altesse Royale", "honorific"),
                ("Prince", "honorific"),
                ("Major-général", "rank"),
                ("Secrétaire Général", "office"),
                ("Ministre de la Défense", "office"),
                ("S.E.", "honorific"),
                ("M.", "honorific"),
                // "En général" is no rank.
                ("général", "rank"),
            ],
            organizations: vec![
                "Coalition Islamique Militaire Contre le Terrorisme",
                "CIMCT",
                "CIMCT"
            ],
            places: vec!["Riyad"],
        }
    );
    // The demonym inside the office is a state mention too.
    assert_eq!(x.countries[0].text, "saoudien");
    assert_eq!(
        x.titles[0].of,
        Some(Affiliation::Country(
            communique::CountryCode::new("SA").unwrap()
        ))
    );
    assert_eq!(
        x.titles[5].of,
        Some(Affiliation::Country(
            communique::CountryCode::new("KE").unwrap()
        ))
    );
    assert_eq!(
        x.titles[4].of,
        Some(Affiliation::Organization(
            "Coalition Islamique Militaire Contre le Terrorisme".into()
        ))
    );
    // Persons carry their titles and their role.
    let barre = &x.persons[2];
    let titles: Vec<&str> = barre.titles.iter().map(|&i| &*x.titles[i].text).collect();
    assert_eq!(titles, ["Ministre de la Défense", "S.E.", "M."]);
    assert_eq!(
        barre.role.as_ref().unwrap().office,
        "Ministre de la Défense"
    );
    // A title in apposition after the name gives the role too.
    let moghidi = &x.persons[1];
    assert_eq!(moghidi.role.as_ref().unwrap().office, "Secrétaire Général");
}

const UNION_AFRICAINE: &str = "ADDIS ABEBA, Ethiopie, 3 septembre 2014/African Press \
Organization (APO)/ — Le Conseil de sécurité de l'ONU et la Commission de l'Union africaine ont \
condamné les attaques des Shebab. Le Groupe régional de coordination antiterroriste (GRCA) \
s'est réuni à Djibouti, au siège de l'IGAD. Le GRCA a invité Mme Fadumo Warsame Ali, \
ambassadeur de Somalie, et le colonel-major Mahamat Ould Cheikh. Djibouti et la Somalie \
partagent la Corne de l'Afrique ; Mamat O. Cham, représentant spécial de la CEDEAO, était \
présent.";

#[test]
fn organs_learnt_acronyms_particles_initials_and_city_states() {
    let x = Extractor::new().extract(UNION_AFRICAINE);
    check_spans(UNION_AFRICAINE, &x);
    assert_eq!(
        texts(&x),
        Entities {
            persons: vec![
                ("Fadumo Warsame Ali", "Fadumo Warsame Ali"),
                // "Cheikh" after "Ould" is part of the name.
                ("Mahamat Ould Cheikh", "Mahamat Ould Cheikh"),
                // An initial inside makes a name without a title.
                ("Mamat O. Cham", "Mamat O. Cham"),
            ],
            titles: vec![
                ("Mme", "honorific"),
                ("ambassadeur", "office"),
                ("colonel-major", "rank"),
                ("représentant spécial", "office"),
            ],
            organizations: vec![
                "African Press Organization",
                "APO",
                // Organs are one mention with their organisation.
                "Conseil de sécurité de l'ONU",
                "Commission de l'Union africaine",
                "Shebab",
                // Unknown to the gazetteer, learnt from the acronym's initials.
                "Groupe régional de coordination antiterroriste",
                "GRCA",
                "IGAD",
                "GRCA",
                "CEDEAO",
            ],
            // "à Djibouti" is the city, "Djibouti et la Somalie" the state; the dateline's
            // place keeps its capitals.
            places: vec!["ADDIS ABEBA", "Djibouti", "Corne de l'Afrique"],
        }
    );
    let states: Vec<&str> = x.countries.iter().map(|c| &*c.text).collect();
    assert_eq!(states, ["Ethiopie", "Somalie", "Djibouti", "Somalie"]);
    let grca = &x.organizations[6];
    assert_eq!(
        grca.long_form.as_deref(),
        Some("Groupe régional de coordination antiterroriste")
    );
}

#[test]
fn names_never_come_from_headline_capitals_or_plain_words() {
    let text = "LE GÉNÉRAL BARMOU REÇOIT LA DÉLÉGATION\n\nLa Coalition a publié son rapport. \
                Selon le texte, les Ministres de la Défense se réuniront au Caire.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    assert!(x.persons.is_empty(), "{:?}", x.persons);
    let titles: Vec<&str> = x.titles.iter().map(|t| &*t.text).collect();
    assert_eq!(titles, ["GÉNÉRAL", "Ministres de la Défense"]);
    // A bare head noun is generic.
    assert!(x.organizations.is_empty(), "{:?}", x.organizations);
    assert_eq!(x.places[0].text, "Caire");
}

/// The acceptance list of issue 7 on the seed sample, when `../shared` is there.
#[test]
fn the_seed_sample_when_present() {
    let Some(text) = crate::seed() else {
        return;
    };
    let x = Extractor::new().extract(&text);
    check_spans(&text, &x);
    let e = texts(&x);
    let full = "Mohammed bin Saeed Al-Moghidi";
    assert_eq!(
        e.persons,
        [
            (full, full),
            ("Adam Duali Barre", "Adam Duali Barre"),
            ("Al-Moghidi", full)
        ]
    );
    let titles: Vec<&str> = e.titles.iter().map(|t| t.0).collect();
    assert_eq!(
        titles,
        [
            "ministre de la Défense",
            "secrétaire général",
            "Secrétaire Général",
            "Major Général",
            "Ministre de la Défense",
            "Son Excellence",
            "Mr.",
            "Son Excellence",
            "Ministre de la Défense",
            "Secrétaire Général",
            "SE",
            "major-général"
        ]
    );
    assert_eq!(
        e.organizations,
        [
            "CIMCT",
            "Coalition Islamique Militaire Contre le Terrorisme",
            "CIMCT",
            "CIMCT",
            "Coalition islamique",
            "Coalition islamique"
        ]
    );
    assert_eq!(e.places, ["Riyad"]);
}

/// The persons of `text` with their canonical names, the spans checked.
fn persons_and_canonical(text: &str) -> Vec<(String, String)> {
    let found = Extractor::new().extract(text);
    check_spans(text, &found);
    found
        .persons
        .iter()
        .map(|p| (p.text.to_string(), p.canonical.to_string()))
        .collect()
}

/// `(text, canonical)` pairs as [`persons_and_canonical`] gives them.
fn owned(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(t, c)| (t.to_string(), c.to_string()))
        .collect()
}

/// Surnames in capitals are part of the name; two people who share a surname keep their own
/// names; a short mention takes the nearest full name before it.
#[test]
fn surnames_in_capitals_and_shared_surnames() {
    let text = "S.E.M. Amadou KONATÉ, président du Conseil, a reçu Mme Aïssata DIALLO-TOURÉ. \
                Le président Alassane Ouattara et le ministre Téné Birahima Ouattara ont parlé. \
                Ouattara a conclu, et KONATÉ a remercié le prince Khaled ben Salmane. Khaled a répondu.";
    let persons = persons_and_canonical(text);
    assert_eq!(
        persons,
        owned(&[
            ("Amadou KONATÉ", "Amadou KONATÉ"),
            ("Aïssata DIALLO-TOURÉ", "Aïssata DIALLO-TOURÉ"),
            ("Alassane Ouattara", "Alassane Ouattara"),
            ("Téné Birahima Ouattara", "Téné Birahima Ouattara"),
            ("Ouattara", "Téné Birahima Ouattara"),
            ("KONATÉ", "Amadou KONATÉ"),
            ("Khaled ben Salmane", "Khaled ben Salmane"),
            ("Khaled", "Khaled ben Salmane"),
        ])
    );
}

/// An initial before a short mention is part of it ("E. Macron"), the honorific "M." is not.
#[test]
fn an_initial_before_a_short_mention() {
    let text = "Le président Emmanuel Macron est arrivé. M. Macron a salué P. Talon, puis E. Macron a parlé.";
    let persons = persons_and_canonical(text);
    for pair in owned(&[
        ("E. Macron", "Emmanuel Macron"),
        ("Macron", "Emmanuel Macron"),
    ]) {
        assert!(persons.contains(&pair), "{pair:?} in {persons:?}");
    }
}

/// Names in apposition before an office or a rank, or after "homologue", need no known given
/// name; a name after an elision ("d'Ousmane") or after an honorific written with a dot ("Mme.") is read whole.
#[test]
fn names_in_apposition_after_elisions_and_dotted_honorifics() {
    let text = "Le sommet s'est ouvert en présence de Gatwech Lual Deng, ministre de la Défense, \
                et d'Ousmane Kaboré, chef d'état-major des armées. Mme. Tsiory Randrianasolo a \
                salué la venue d’Ousmane Kaboré. Selon Wendkouni Zongo, le ministre a conclu. \
                Il a reçu son homologue béninois Fortunat Agbossou, puis ses homologues.";
    let persons = persons_and_canonical(text);
    assert_eq!(
        persons,
        owned(&[
            ("Gatwech Lual Deng", "Gatwech Lual Deng"),
            ("Ousmane Kaboré", "Ousmane Kaboré"),
            ("Tsiory Randrianasolo", "Tsiory Randrianasolo"),
            ("Ousmane Kaboré", "Ousmane Kaboré"),
            ("Wendkouni Zongo", "Wendkouni Zongo"),
            ("Fortunat Agbossou", "Fortunat Agbossou"),
        ])
    );
}

/// An occupation before a name names the person, as "homologue" does, whatever the given
/// name: "le diplomate norvégien …", "la journaliste …"; not a name in lower case after it.
#[test]
fn names_after_a_noun_of_occupation() {
    let text = "Le diplomate norvégien Eirik Vollan sera l'émissaire. La journaliste Tiyamba \
                Loum a interrogé l'analyste Kwaku Mensah-Bonsu. Le journaliste de la radio a conclu.";
    let persons = persons_and_canonical(text);
    assert_eq!(
        persons,
        owned(&[
            ("Eirik Vollan", "Eirik Vollan"),
            ("Tiyamba Loum", "Tiyamba Loum"),
            ("Kwaku Mensah-Bonsu", "Kwaku Mensah-Bonsu"),
        ])
    );
}

/// A short mention keeps the capitalised particle of its surname ("Le Guellec", "Ibn
/// Souleymane") and takes the fullest name as canonical, through another short mention;
/// Italian particles join a name ("della").
#[test]
fn particles_of_surnames_in_short_mentions() {
    let text = "Le ministre Jean-Marc Le Guellec est arrivé avec Mohamed Ibn Souleymane. \
                M. Le Guellec a salué la directrice Carla della Ronca. Le Guellec et Ibn \
                Souleymane ont conclu.";
    let persons = persons_and_canonical(text);
    assert_eq!(
        persons,
        owned(&[
            ("Jean-Marc Le Guellec", "Jean-Marc Le Guellec"),
            ("Mohamed Ibn Souleymane", "Mohamed Ibn Souleymane"),
            ("Le Guellec", "Jean-Marc Le Guellec"),
            ("Carla della Ronca", "Carla della Ronca"),
            ("Le Guellec", "Jean-Marc Le Guellec"),
            ("Ibn Souleymane", "Mohamed Ibn Souleymane"),
        ])
    );
}

/// An adjective that ends an office stays in when it agrees in number with the noun before it,
/// and out when it agrees with the office's head only; compounds are whole words.
#[test]
fn adjectives_that_end_offices_agree_with_their_noun() {
    let titles = |text: &str| -> Vec<String> {
        let found = Extractor::new().extract(text);
        check_spans(text, &found);
        found.titles.iter().map(|t| t.text.to_string()).collect()
    };
    assert_eq!(
        titles("Les chefs de police africains et les chefs d'état-major ouest-africains."),
        ["chefs de police", "chefs d'état-major"]
    );
    assert_eq!(
        titles("Le ministre de la Sécurité intérieure et le directeur des opérations spéciales."),
        [
            "ministre de la Sécurité intérieure",
            "directeur des opérations spéciales"
        ]
    );
    // A word after an office that takes an object or, as a present participle, "à" is a
    // verb; an adjective may be followed by "à".
    assert_eq!(
        titles("Le Secrétaire général rappelle que les chefs de mission participant à la réunion sont là."),
        ["Secrétaire général", "chefs de mission"]
    );
    assert_eq!(
        titles("La directrice de l'intégration régionale à la Commission a parlé."),
        ["directrice de l'intégration régionale"]
    );
    assert_eq!(
        titles("Le Directeur des Relations Extérieures le colonel Ali Sani."),
        ["Directeur des Relations Extérieures", "colonel"]
    );
    // An adverb may stand between the verb and its object; a prefix of offices is the
    // office's.
    assert_eq!(
        titles("Le Secrétaire général rappelle fermement que la vice-première ministre a parlé."),
        ["Secrétaire général", "vice-première ministre"]
    );
    // Abbreviations in their case only: "SG" (secrétaire général), "Pr" (professeur), "PR"
    // (président de la République) after an article only; not "sg".
    assert_eq!(
        titles("Le SG de la CEEAC et le Pr Ousmane Kaboré ; PR ; le sg ; le PR."),
        ["SG", "Pr", "PR"]
    );
    // An abbreviation's dot before a name is its honorific's.
    assert_eq!(
        titles("Mme. Tsiory Randrianasolo et Mme Ousmane Kaboré ont parlé."),
        ["Mme.", "Mme"]
    );
    // Endings read on characters, not bytes ("spécialisées").
    assert_eq!(
        titles("Le directeur des unités spécialisées a parlé."),
        ["directeur des unités spécialisées"]
    );
    // A title neither starts nor ends inside a compound word, but after the prefixes of
    // offices.
    assert_eq!(
        titles("L'état-major général a reçu le vice-président et le chef de l'état-major."),
        ["vice-président"]
    );
}

/// A given name, then a surname in capitals: a mixed-case word after them is the sentence's;
/// a word in capitals alone on the next line is a caption, not a surname.
#[test]
fn names_end_after_a_surname_in_capitals_and_before_a_caption() {
    let text = "Le ministre Mahamane TOURÉ Source : agence.\n\nLe président Alassane Kaboré\nPR\n\
                Ousmane Sawadogo a conclu.";
    let persons: Vec<String> = persons_and_canonical(text)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(
        persons,
        ["Mahamane TOURÉ", "Alassane Kaboré", "Ousmane Sawadogo"]
    );
}

/// Over a line break, a pronoun or a word of quantity opens the next line's sentence, as an
/// article does: a list of names ends there.
#[test]
fn a_name_at_a_lines_end_stops_before_a_pronoun_on_the_next() {
    let text = "Caporal Abdou Ngolla Mbarga
Tous ont été décorés.
Sergent Paul Essomba
                Ils seront honorés.";
    let persons: Vec<String> = persons_and_canonical(text)
        .into_iter()
        .map(|(p, _)| p)
        .collect();
    assert_eq!(persons, ["Abdou Ngolla Mbarga", "Paul Essomba"]);
}

/// A town's or an honorific's word inside a name is the name's (French names a person's town
/// with a preposition), and an ambassador's name comes after where the ambassador serves.
#[test]
fn places_and_honorifics_inside_names_and_postings_before_them() {
    let text = "Le colonel-major Boubacar Dori SANOU a reçu le général Ahmed Cheikh ould Sidi \
                Brahim. L'ambassadeur du Japon au Sénégal KATO Hiroshi était présent. \
                L'attaché de défense auprès de l'Union africaine Paul Mbarga a parlé à Dori.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let persons: Vec<&str> = x.persons.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        persons,
        [
            "Boubacar Dori SANOU",
            "Ahmed Cheikh ould Sidi Brahim",
            "KATO Hiroshi",
            "Paul Mbarga"
        ]
    );
    // The town alone is still a place, and nothing inside a name is a title.
    let places: Vec<&str> = x.places.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(places, ["Dori"]);
    assert!(x.titles.iter().all(|t| t.text != "Cheikh"));
    let persons_titles: Vec<Vec<&str>> = x
        .persons
        .iter()
        .map(|p| {
            p.titles
                .iter()
                .map(|&i| x.titles[i].text.as_ref())
                .collect()
        })
        .collect();
    assert_eq!(persons_titles[1], ["général"]);
}

/// In a list, one person a line, a name ends with its short line; a rank keeps its class;
/// "Maître" is an honorific only before a name.
#[test]
fn names_in_lists_ranks_with_their_class_and_maitre_before_a_name() {
    let text = "Les marins honorés :\nMatelot de 2e classe Oumarou Bello\nMaître Hamidou Sall\n\
                Quartier-maître de première classe Paul Essomba\nLe maître de cérémonie a lu \
                la liste, puis Maître Fatou Ndiaye, avocate, a parlé.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let persons: Vec<&str> = x.persons.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        persons,
        [
            "Oumarou Bello",
            "Hamidou Sall",
            "Paul Essomba",
            "Fatou Ndiaye"
        ]
    );
    let titles: Vec<&str> = x.titles.iter().map(|t| t.text.as_ref()).collect();
    assert_eq!(
        titles,
        [
            "Matelot de 2e classe",
            "Maître",
            "Quartier-maître de première classe",
            "Maître"
        ]
    );
    // A line of wrapped prose still lets a name go on over its break.
    let wrapped = "Le ministre de la Défense a reçu ce matin le général Amadou\nKonaté à Bamako.";
    let x = Extractor::new().extract(wrapped);
    assert_eq!(x.persons[0].text, "Amadou\nKonaté");
}

/// A plural title names a list of persons, surname first or not; the last words of a full
/// name written before it take the full name's first words.
#[test]
fn lists_after_plural_titles_and_full_names_written_before_their_last_words() {
    let text = "Sont promus les généraux de brigade Randrianasolo Hery Michel, Rabenja Tiana \
                et Andriamihaja Jean Luc Fidèle. Les colonels Sawadogo Issa et Kaboré \
                Marie Paul ont été nommés.\n\nHamadoun Albert Diarra, porte parole\n\n\
                Le ministre Hamadoun Albert Diarra a parlé.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let persons: Vec<&str> = x.persons.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        persons,
        [
            "Randrianasolo Hery Michel",
            "Rabenja Tiana",
            "Andriamihaja Jean Luc Fidèle",
            "Sawadogo Issa",
            "Kaboré Marie Paul",
            "Hamadoun Albert Diarra",
            "Hamadoun Albert Diarra"
        ]
    );
    // Each name of the list holds the plural title.
    assert!(x.persons[..3].iter().all(|p| p
        .titles
        .iter()
        .any(|&i| x.titles[i].text == "généraux de brigade")));
}

/// Surnames first in a list after a comma or "et", a state named like a person inside a
/// name, a short surname seen again, a full stop glued to the next sentence, and an elided
/// article before a word in capitals.
#[test]
fn surnames_first_short_surnames_and_glued_sentences() {
    let text = "Sont promus, pour compter du 1er mai, Rasoanaivo Jean Marc et Andrianjaka \
                Paul Émile. Le colonel Bema Maurice Kouassi était là. Le président Paul Biya \
                a parlé. Un témoin. Biya a ensuite quitté Yaoundé, dit le porte-parole \
                Jean Kamano.Le texte précise tout.\n\nL’article ACCORD SIGNÉ est paru.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let persons: Vec<(&str, &str)> = x
        .persons
        .iter()
        .map(|p| (p.text.as_ref(), p.canonical.as_ref()))
        .collect();
    assert_eq!(
        persons,
        [
            ("Rasoanaivo Jean Marc", "Rasoanaivo Jean Marc"),
            ("Andrianjaka Paul Émile", "Andrianjaka Paul Émile"),
            ("Bema Maurice Kouassi", "Bema Maurice Kouassi"),
            ("Paul Biya", "Paul Biya"),
            ("Biya", "Paul Biya"),
            ("Jean Kamano", "Jean Kamano"),
        ]
    );
    // "Maurice" inside the name is no state.
    assert!(x.countries.iter().all(|c| c.text != "Maurice"));
}

/// A rank's abbreviation in parentheses stands between the rank and the name; a party's
/// acronym after an office is no name.
#[test]
fn abbreviations_in_parentheses_and_acronyms_after_offices() {
    let text = "Le lieutenant-colonel (lcol) Marc Tremblay est mort. Les ministres fédéraux \
                N-VA ont démissionné, dit le conseiller national PRD.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let persons: Vec<&str> = x.persons.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(persons, ["Marc Tremblay"]);
}

/// An army named by its capital and its demonym is a body; in a line in capitals the demonym
/// stays a demonym.
#[test]
fn armies_named_by_their_demonym() {
    let text = "Le chef de l'Armée malgache a reçu l'Armée luxembourgeoise.\n\n\
                L'ARMEE NIGERIENNE NEUTRALISE DES TERRORISTES\n\nL'armée malienne aussi.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let bodies: Vec<&str> = x.organizations.iter().map(|o| o.text.as_ref()).collect();
    assert_eq!(bodies, ["Armée malgache", "Armée luxembourgeoise"]);
    let demonyms: Vec<&str> = x
        .countries
        .iter()
        .filter(|c| c.demonym)
        .map(|c| c.text.as_ref())
        .collect();
    assert_eq!(demonyms, ["NIGERIENNE", "malienne"]);
}

/// One word on the line after a title opens a sentence; a preposition opens no name.
#[test]
fn a_word_after_a_title_on_the_next_line_and_bylines() {
    let text = "Le président reçoit les gouverneurs\nPoursuivant les consultations, Joseph \
                Kabila a reçu les ambassadeurs.\n\nPar Amadou Konaté\n\nPour Aïssata Diallo, \
                la paix prime.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let persons: Vec<&str> = x.persons.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(
        persons,
        ["Joseph Kabila", "Amadou Konaté", "Aïssata Diallo"]
    );
}

/// In a text a mail system wrapped, one word on the line after a title is its holder's name
/// where the wrap broke the line before it.
#[test]
fn a_name_of_one_word_after_a_title_across_a_wraps_line_break() {
    let text = "Les chefs des unités engagées dans la région des\n\
                trois frontières ont reçu hier la visite du ministre,\n\
                venu avec une délégation nombreuse et le sultan\n\
                Abdelkarim, qui a salué le travail des soldats\n\
                engagés sur le terrain depuis plusieurs années et la\n\
                qualité de leur formation.";
    let x = Extractor::new().extract(text);
    check_spans(text, &x);
    let persons: Vec<&str> = x.persons.iter().map(|p| p.text.as_ref()).collect();
    assert_eq!(persons, ["Abdelkarim"]);
    // Where the word would have fitted on the line, the break is the text's own.
    let own = text.replace(
        "venu avec une délégation nombreuse et le sultan",
        "venu avec le sultan",
    );
    assert!(Extractor::new().extract(&own).persons.is_empty());
}

/// In a text a mail system wrapped, a name across the wrap's line break reads as on one line:
/// a word before a known name joins it, a public figure's surname after an unknown given
/// name is none of the figure's, a list's item after a comma at the line's end is whole.
#[test]
fn names_across_a_wraps_line_break_read_as_on_one_line() {
    let texts = [
        "Dans une note transmise hier soir aux rédactions\n\
         par le service de presse de la diplomatie, Seyed\n\
         Abbas Araghchi salue la reprise des échanges\n\
         entre les deux capitales et propose une\n\
         rencontre des équipes techniques avant la fin du\n\
         mois, selon deux sources.",
        "Le navire sera commandé par un marin chevronné, Rajdeep\n\
         Singh (photo), âgé de 52 ans, qui a dirigé plusieurs\n\
         patrouilles dans la région et conduit des exercices\n\
         conjoints avec les marines des pays voisins depuis le\n\
         début de l'année.",
        "Le chef de la diplomatie nationale a reçu tard hier soir,\n\
         en présence de ses deux homologues des pays voisins,\n\
         Zorobé Jean Marie Koné et Hamidou Yaou Garba, les chefs\n\
         des délégations venues pour la réunion consacrée à la\n\
         sécurité des frontières communes.",
    ];
    let extractor = Extractor::new();
    let persons = |text: &str| -> Vec<(String, String)> {
        let x = extractor.extract(text);
        check_spans(text, &x);
        x.persons
            .iter()
            .map(|p| (p.text.replace('\n', " "), p.canonical.to_string()))
            .collect()
    };
    for text in texts {
        assert_eq!(persons(text), persons(&text.replace('\n', " ")), "{text}");
    }
}

/// Public figures (`gazetteers/public_figures.tsv`): a surname alone, a full name without a
/// given name the lists know, a full name over a state inside it; nouns and longer names
/// are left alone.
#[test]
fn public_figures_by_surname_or_full_name() {
    let text = "Erdogan a reçu Poutine à Ankara. Selon Macron, la Hollande soutient le projet. \
                François Hollande a salué E. Macron et Recep Tayyip Erdogan.";
    let persons = persons_and_canonical(text);
    assert_eq!(
        persons,
        owned(&[
            ("Erdogan", "Recep Tayyip Erdogan"),
            ("Poutine", "Poutine"),
            ("Macron", "Macron"),
            ("François Hollande", "François Hollande"),
            ("E. Macron", "E. Macron"),
            ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan"),
        ])
    );
    let countries: Vec<String> = communique::Extractor::new()
        .extract(text)
        .countries
        .iter()
        .map(|c| c.text.to_string())
        .collect();
    assert_eq!(countries, ["Hollande"]);
    // Two surnames joined by a hyphen: two persons.
    let persons = persons_and_canonical("L'entretien Gnassingbé-Erdogan a duré une heure.");
    assert_eq!(
        persons,
        owned(&[("Gnassingbé", "Gnassingbé"), ("Erdogan", "Erdogan")])
    );
    // A common surname inside a name the lists lack is no figure of its own.
    let persons = persons_and_canonical("La délégation comprenait Alsény Touré Sékou et A Touré.");
    assert!(!persons.iter().any(|(p, _)| p == "Touré"), "{persons:?}");
}

/// A state named like a person opens a name before a capitalised word, unless a word in lower
/// case makes it a complement.
#[test]
fn a_state_named_like_a_person_opens_a_name() {
    let text = "Maurice Tchakounté a parlé. Le Premier ministre de Maurice Pravind Jugnauth est \
                arrivé à Maurice.";
    assert_eq!(
        persons_and_canonical(text),
        owned(&[
            ("Maurice Tchakounté", "Maurice Tchakounté"),
            ("Pravind Jugnauth", "Pravind Jugnauth")
        ])
    );
    let found = Extractor::new().extract(text);
    let states: Vec<&str> = found.countries.iter().map(|c| &*c.text).collect();
    assert_eq!(states, ["Maurice", "Maurice"]);
}
