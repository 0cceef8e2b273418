//! The dateline's tests: the opener against the regex it implements, and every form.

use super::lines::{closes_a_headline, is_stamp_line, opens_after_a_label};
use super::*;
use once_cell::sync::Lazy;
use regex::Regex;

/// A dateline's place, as the opener reads it.
const PLACE: &str = r"(\p{Lu}(?:[\p{L}'’.]|-[\p{L}'’.])*(?:[ \-](?:\p{Lu}(?:[\p{L}'’]|-[\p{L}'’])*|de|du|des|la|le|el|es|al|d'|d’|l'|l’)){0,4})";

/// The opener as the regex it implements reads it.
fn opener_by_regex(line: &str) -> Option<(usize, usize, bool, Option<&str>, usize)> {
    static REGEX: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}[ \t]*(\([^)\n]{{1,40}}\))?[ \t]*(,|:|[-–—]+|/)?[ \t]*"
        ))
        .unwrap()
    });
    // "Ouagadougou, (AIB) - …": a comma before an agency, when a dash follows it.
    static COMMA_AGENCY: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}[ \t]*,[ \t]*(\([^)\n]{{1,40}}\))[ \t]*([-–—]+)[ \t]*"
        ))
        .unwrap()
    });
    // "Abidjan ? Le …": a dash garbled into a question mark, after a blank or an agency.
    static QUESTION: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}(?:[ \t]+(\([^)\n]{{1,40}}\))?|[ \t]*(\([^)\n]{{1,40}}\)))[ \t]*\? [ \t]*"
        ))
        .unwrap()
    });
    if let Some(caps) = QUESTION.captures(line) {
        let place = caps.get(1)?;
        let agency = caps.get(2).or(caps.get(3)).is_some();
        return Some((
            place.start(),
            place.end(),
            agency,
            Some("?"),
            caps.get(0)?.end(),
        ));
    }
    let caps = COMMA_AGENCY
        .captures(line)
        .or_else(|| REGEX.captures(line))?;
    let place = caps.get(1)?;
    Some((
        place.start(),
        place.end(),
        caps.get(2).is_some(),
        caps.get(3).map(|m| m.as_str()),
        caps.get(0)?.end(),
    ))
}

#[test]
fn openers_read_as_the_regex_does() {
    let lines = [
        "NIAMEY, 3 juin 2024",
        "NOUAKCHOTT (AFP) - Le ministre",
        "ADDIS ABEBA, Ethiopie, 3 septembre 2014/African Press",
        "N'DJAMENA – la réunion",
        "Riyad, 31-5-2023",
        "Guinée-Bissau / Bissau",
        "Ville des Lacs — x",
        "Port-au-Prince,le 2 mai",
        "Saint-Louis-du-Sénégal (APS)\t—— x",
        "Paris (une agence de presse au nom beaucoup trop long pour compter) - x",
        "Dakar (APS -- x",
        "A B C D E F G, x",
        "Le Caire de la Mer l’Ouest d'Or, x",
        "Ελλάδα, 3 juin",
        "lundi, 3 juin",
        "É",
        "Bamako ()",
        "Tunis (TAP)",
        "Abu Dhabi desormais, x",
        "Lomé -",
        "X.Y. Z.- x",
        "Niamey- Le président",
        "Kigali: Le secrétaire",
        "A--B - x",
        "Port-Gentil-",
        "A,(’)–",
        "Ouagadougou, (AIB) - x",
        "Ouagadougou, (AIB), x",
        "Abidjan ? Le ministre",
        "Abidjan? Le ministre",
        "Abidjan (AIP) ? x",
        "Abidjan(AIP) ? x",
        "Abidjan ?x",
    ];
    for line in lines {
        let by_hand = opener(line).map(|o| (o.place.0, o.place.1, o.agency, o.separator, o.end));
        assert_eq!(by_hand, opener_by_regex(line), "{line}");
    }
}

#[test]
fn the_share_buttons_open_with_the_letters_their_filter_knows() {
    assert!(SHARE_BUTTONS
        .iter()
        .all(|b| opens_a_button(b.as_bytes()[0])));
    let line = "Tweet Share  Email\tNIAMEY - Le";
    assert_eq!(share_buttons(line), line.find("NIAMEY").unwrap());
    assert_eq!(share_buttons("Tweets NIAMEY"), 0);
}

proptest::proptest! {
    /// The lines found by `memchr` are those of `split_inclusive`.
    #[test]
    fn the_lines_are_those_of_split_inclusive(text in "[a\né\r ]{0,30}") {
        let expected: Vec<&str> = text.split_inclusive('\n').collect();
        proptest::prop_assert_eq!(lines_with_feeds(&text).collect::<Vec<_>>(), expected);
    }

    /// The words of a line counted byte by byte are those `split_whitespace` gives, up to
    /// the body's.
    #[test]
    fn a_line_s_words_are_counted_as_split_whitespace_does(
        line in "[a \t\r\u{b}\u{c}\u{85}\u{a0}\u{2009}\u{202f}\u{3000}é’]{0,80}",
    ) {
        let expected = line.split_whitespace().take(BODY_WORDS).count();
        proptest::prop_assert_eq!(words_up_to_body(&line), expected);
    }

    /// The same through long runs of ASCII, read eight bytes at a time.
    #[test]
    fn a_line_s_words_in_ascii_are_counted_as_split_whitespace_does(
        line in "[ab  \t\r\u{b}\u{c}]{0,120}(é[ab ]{0,20})?",
    ) {
        let expected = line.split_whitespace().take(BODY_WORDS).count();
        proptest::prop_assert_eq!(words_up_to_body(&line), expected);
    }

    #[test]
    fn any_opener_reads_as_the_regex_does(line in "[A-Z][A-Za-zÉéΩ'’ .,/()–—?\t-]{0,40}") {
        let by_hand = opener(&line).map(|o| (o.place.0, o.place.1, o.agency, o.separator, o.end));
        proptest::prop_assert_eq!(by_hand, opener_by_regex(&line));
    }
}

#[test]
fn an_unknown_place_in_capitals_needs_a_line_that_is_not() {
    let extractor = crate::Extractor::new();
    let place = |text: &str| {
        extractor
            .extract(text)
            .dateline
            .and_then(|d| d.place)
            .map(|p| p.text.to_string())
    };
    assert_eq!(
        place("KOULBOUKA - Le ministre a visité la caserne."),
        Some("KOULBOUKA".into())
    );
    assert_eq!(
        place("KOULBOUKA -\nLe ministre a visité la caserne."),
        Some("KOULBOUKA".into())
    );
    assert_eq!(place("NEWS - LE MINISTRE A VISITÉ LA CASERNE."), None);
}

/// The dateline as (place, date value) for `text`.
fn dateline(text: &str) -> Option<(Option<String>, Option<String>)> {
    static EXTRACTOR: Lazy<crate::Extractor> = Lazy::new(crate::Extractor::new);
    EXTRACTOR.extract(text).dateline.map(|d| {
        (
            d.place.map(|p| p.text.to_string()),
            d.date.and_then(|m| m.value).map(|v| v.to_string()),
        )
    })
}

fn is(place: Option<&str>, date: Option<&str>) -> Option<(Option<String>, Option<String>)> {
    Some((place.map(str::to_string), date.map(str::to_string)))
}

const BODY: &str = "Le ministre de la Défense a reçu hier une délégation de la commission \
    chargée de la coopération militaire, avec laquelle il a passé en revue les dossiers \
    en cours.";

#[test]
fn a_page_stamp_is_a_date_line_and_its_line_goes_on() {
    assert_eq!(
        dateline(&format!(
            " date 2022-11 La visite du ministre à Niamey\n\n{BODY}"
        )),
        is(None, Some("2022-11"))
    );
    // A place after the stamp completes it; a date to the day below replaces it.
    assert_eq!(
        dateline(&format!(" date 2024-10 Rabat — {BODY}")),
        is(Some("Rabat"), Some("2024-10"))
    );
    assert_eq!(
        dateline(&format!(" date 2017-09 14 septembre 2017\n\n{BODY}")),
        is(None, Some("2017-09-14"))
    );
    // Even a stamp to the day gives way to the page's date line ("Publié le …").
    assert_eq!(
        dateline(&format!(
            " date 2017-09-12 La visite du ministre\nPublié le jeudi 14 septembre 2017 | Agence\n\n{BODY}"
        )),
        is(None, Some("2017-09-14"))
    );
}

#[test]
fn a_stamp_to_the_month_gives_its_year_to_yearless_dates_and_no_day_to_relative_ones() {
    let text = format!(" date 2020-08 Le sommet du 2 juin\n\n{BODY}");
    let found = crate::Extractor::new().extract(&text);
    let values: Vec<(String, Option<String>)> = found
        .dates
        .iter()
        .map(|d| (d.text.to_string(), d.value.map(|v| v.to_string())))
        .collect();
    let expected = [
        ("2020-08", Some("2020-08")),
        ("2 juin", Some("2020-06-02")),
        ("hier", None),
    ];
    let expected: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(t, v)| (t.to_string(), v.map(str::to_string)))
        .collect();
    assert_eq!(values, expected);
}

#[test]
fn a_place_with_its_date_wins_over_a_date_line() {
    let text = format!("Titre de la page\n\n10 juin 2015\n\nMontréal, le 10 juin 2015 - {BODY}");
    assert_eq!(dateline(&text), is(Some("Montréal"), Some("2015-06-10")));
}

#[test]
fn a_country_and_an_agency_after_the_place() {
    let text = format!("Titre\n\nTripoli, Libye (PANA) - {BODY}");
    assert_eq!(dateline(&text), is(Some("Tripoli"), None));
}

#[test]
fn a_source_then_the_place_in_parentheses() {
    assert_eq!(
        dateline("SAHELINFO (Niamey) – Le ministre de la Défense a reçu hier ses homologues."),
        is(Some("Niamey"), None)
    );
    // An agency after a known place stays the agency.
    assert_eq!(
        dateline("Dakar (APS) – Le ministre a reçu hier ses homologues."),
        is(Some("Dakar"), None)
    );
    // A country in parentheses after a site's name: the country.
    assert_eq!(
        dateline("Sahel-Hebdo (Niger)- Le ministre a reçu hier ses homologues."),
        is(Some("Niger"), None)
    );
    // An agency glued to a known city keeps the city, before the country in parentheses.
    assert_eq!(
        dateline("Titre\n\nAPA-Dakar (Sénégal)\n\nLe ministre a reçu hier ses homologues."),
        is(Some("Dakar"), None)
    );
}

#[test]
fn an_agency_before_the_place_after_a_comma_and_a_preposition() {
    let body = "Le ministre de la Défense a reçu hier ses homologues de la sous-région pour \
                une réunion consacrée à la lutte contre le terrorisme au Sahel.";
    assert_eq!(
        dateline(&format!(
            "Titre\n\n(AIB) – Bobo-Dioulasso, le 3 mars 2024 – {body}"
        )),
        is(Some("Bobo-Dioulasso"), Some("2024-03-03"))
    );
    assert_eq!(
        dateline(&format!(
            "Titre\nPublié le : 03/03/2024\n\nOuagadougou, (AIB) - {body}"
        )),
        is(Some("Ouagadougou"), Some("2024-03-03"))
    );
    assert_eq!(
        dateline(&format!("Titre\n\nÀ Abuja, le 3 mars 2024, {body}")),
        is(Some("Abuja"), Some("2024-03-03"))
    );
    // A wire's tag after the place is no acronym of the place.
    let extraction = crate::Extractor::new().extract("NIAMEY (ANP) – Le ministre a parlé.");
    assert!(extraction.organizations.iter().all(|o| o.text != "NIAMEY"));
}

#[test]
fn a_colon_or_a_slash_ends_a_place_in_a_body_paragraph_only() {
    assert_eq!(
        dateline(&format!("Kigali: {BODY}")),
        is(Some("Kigali"), None)
    );
    assert_eq!(
        dateline(&format!("Téhéran/{BODY}")),
        is(Some("Téhéran"), None)
    );
    assert_eq!(
        dateline(&format!(
            "Nouakchott : ouverture de la conférence\n\n{BODY}"
        )),
        None
    );
    assert_eq!(
        dateline(&format!(
            "CEEAC : un sommet extraordinaire sur la sécurité à Libreville !\n\n{BODY}"
        )),
        None
    );
}

#[test]
fn a_city_alone_on_its_line() {
    let text = format!("Le ministre en visite\n\nDakar\nAgence / Dakar / Rédaction\n{BODY}");
    assert_eq!(dateline(&text), is(Some("Dakar"), None));
    // The end of a wrapped headline is not.
    let text = format!("Le ministre en visite au centre de formation de\nDakar\n\n{BODY}");
    assert_eq!(dateline(&text), None);
    // A region or a section of a menu is not a dateline.
    assert_eq!(dateline(&format!("Accueil\nSahel\nNEWS\n{BODY}")), None);
}

#[test]
fn date_lines_with_a_source_a_bullet_or_a_label() {
    assert_eq!(
        dateline(&format!(
            "Titre\nPublié le mercredi 14 mai 2014 | Agence de presse\n\n{BODY}"
        )),
        is(None, Some("2014-05-14"))
    );
    assert_eq!(
        dateline(&format!("Titre\n  • 03/04/2008 -\n\n{BODY}")),
        is(None, Some("2008-04-03"))
    );
    assert_eq!(
        dateline(&format!(
            "Titre\n\nCommuniqué de presse, 10.03.2020\n\n{BODY}"
        )),
        is(None, Some("2020-03-10"))
    );
    assert_eq!(
        dateline(&format!(
            "20/12/2011 (Réf. 12) Une radio / Le contingent est arrivé\n{BODY}"
        )),
        is(None, Some("2011-12-20"))
    );
}

#[test]
fn a_date_line_waits_for_the_place_that_opens_the_body() {
    let text = format!(
        "Titre\nPublié le 14 mai 2014\nLe\n© Photo\nLégende de la photo\nVos outils\n\nNiamey- {BODY}"
    );
    assert_eq!(dateline(&text), is(Some("Niamey"), Some("2014-05-14")));
}

#[test]
fn a_long_headline_is_not_the_body() {
    let text = format!(
        "Le ministre annonce une subvention de plusieurs millions au centre de prévention \
         de la radicalisation menant à la violence et aux organismes qui luttent contre \
         l'extrémisme dans toute la province\nQUÉBEC, le 3 mars 2016 /Agence/ - {BODY}"
    );
    assert_eq!(dateline(&text), is(Some("QUÉBEC"), Some("2016-03-03")));
}

#[test]
fn a_weekday_is_no_place() {
    assert_eq!(
        dateline(&format!("Lundi, 3 juin 2024\n\n{BODY}")),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(dateline(&format!("Lundi, 3 juin - {BODY}")), None);
    // In English or abbreviated, before a date line's source.
    assert_eq!(
        dateline(&format!(
            "Titre\n\nSat, 14 Mar 2020 Source: exemple.com\n\n{BODY}"
        )),
        is(None, Some("2020-03-14"))
    );
}

#[test]
fn an_agency_glued_to_its_place_and_a_section_before_publie() {
    assert_eq!(
        dateline(&format!("Titre\n\nAPA-Dakar (Sénégal)\n\n{BODY}")),
        is(Some("Dakar"), None)
    );
    assert_eq!(
        dateline(&format!(
            "Titre\nDéfense Publié le samedi 14 mars 2020 | Agence\n\nJeudi 12 mars 2020. \
             Dakar. {BODY}"
        )),
        is(None, Some("2020-03-14"))
    );
    assert_eq!(
        dateline(&format!(
            " date 2020-03 source : une chaîne • 14/03/2020 à 10:12\n\n{BODY}"
        )),
        is(None, Some("2020-03-14"))
    );
}

#[test]
fn bylines_updates_share_buttons_and_dates_written_with_dashes_or_spaced_dots() {
    assert_eq!(
        dateline(&format!(
            " date 2023-04 Défilé du 4 avril : le bilan Rédigé par la rédaction le Mardi 4 \
             Avril 2023 à 16:22 | | 0 commentaire(s)|\n\n{BODY}"
        )),
        is(None, Some("2023-04-04"))
    );
    assert_eq!(
        dateline(&format!(
            "Titre\n\n  • Dernière mise à jour le 3 novembre 2005.\n\n{BODY}"
        )),
        is(None, Some("2005-11-03"))
    );
    assert_eq!(
        dateline(&format!("Titre\n\n14 - Novembre - 2019\n\n{BODY}")),
        is(None, Some("2019-11-14"))
    );
    assert_eq!(
        dateline(&format!(
            "Titre\n\nexemple.cn | Mis à jour le 22. 07. 2018 | Mots clés : Chine\n\n{BODY}"
        )),
        is(None, Some("2018-07-22"))
    );
    assert_eq!(
        dateline(&format!("Tweet Share TUNIS (TAP) - {BODY}")),
        is(Some("TUNIS"), None)
    );
}

#[test]
fn an_outlet_in_capitals_is_no_place_and_minutes_may_be_spelt() {
    assert_eq!(dateline(&format!("DAKARNEWS -Une mission {BODY}")), None);
    assert_eq!(
        dateline(&format!(
            "Titre\npublié le : 22 septembre 2023 à 12h05min | MàJ : 22 septembre 2023\n\n{BODY}"
        )),
        is(None, Some("2023-09-22"))
    );
}

#[test]
fn a_dateline_in_parentheses_or_after_a_postcode() {
    assert_eq!(
        dateline(&format!("(Niamey, 4 mars 2022) {BODY}")),
        is(Some("Niamey"), Some("2022-03-04"))
    );
    assert_eq!(
        dateline(&format!("(Kayes, 4 mars 2022) – {BODY}")),
        is(Some("Kayes"), Some("2022-03-04"))
    );
    assert_eq!(
        dateline(&format!("(Le 9 juin 2016) - NIAMEY - {BODY}")),
        is(Some("NIAMEY"), Some("2016-06-09"))
    );
    assert_eq!(
        dateline(&format!(
            "Communiqué\n\n1211 Genève, le 3 avril 2019\n\n{BODY}"
        )),
        is(Some("Genève"), Some("2019-04-03"))
    );
    // A number before a place is no postcode without a dated dateline.
    assert_eq!(dateline(&format!("2019 Genève {BODY}")), None);
}

#[test]
fn a_yearless_dateline_takes_the_year_of_the_stamp_above_when_the_months_agree() {
    assert_eq!(
        dateline(&format!(
            " date 2019-11\n\nNIAMEY, 18 novembre (ANP) - {BODY}"
        )),
        is(Some("NIAMEY"), Some("2019-11-18"))
    );
    let text = " date 2019-11\n\nNIAMEY, 18 novembre (ANP) - Le 20 novembre, le ministre partira.";
    let found = crate::Extractor::new().extract(text);
    let values: Vec<Option<String>> = found
        .dates
        .iter()
        .map(|d| d.value.map(|v| v.to_string()))
        .collect();
    assert_eq!(
        values,
        [
            Some("2019-11".to_string()),
            Some("2019-11-18".to_string()),
            Some("2019-11-20".to_string())
        ]
    );
    // Another month: the stamp says nothing of the dateline's year.
    assert_eq!(
        dateline(&format!(
            " date 2020-01\n\nNIAMEY, 30 décembre (ANP) - {BODY}"
        )),
        is(Some("NIAMEY"), None)
    );
    // No stamp: the dateline keeps no value.
    assert_eq!(
        dateline(&format!("NIAMEY, 18 novembre (ANP) - {BODY}")),
        is(Some("NIAMEY"), None)
    );
}

#[test]
fn garbled_dashes_full_stops_times_agencies_and_ranges() {
    // A dash garbled into a question mark, under a date line.
    assert_eq!(
        dateline(&format!("jeudi 1 mars 2018\n\nAbidjan ? {BODY}")),
        is(Some("Abidjan"), Some("2018-03-01"))
    );
    // A known city and a full stop open the body.
    assert_eq!(
        dateline(&format!("Niamey. {BODY}")),
        is(Some("Niamey"), None)
    );
    assert_eq!(dateline(&format!("Koulbouka. {BODY}")), None);
    // A time before the date on a date line.
    assert_eq!(
        dateline(&format!("Un titre\n\n02:05 19 novembre 2019\n\n{BODY}")),
        is(None, Some("2019-11-19"))
    );
    // A known agency in capitals is no place.
    assert_eq!(dateline(&format!("ANP - {BODY}")), None);
    // A range that opens a line is an event's.
    assert_eq!(
        dateline("Du 5 au 7 novembre 2020 s'est tenu à Niamey le forum régional, qui a réuni de nombreux participants venus de toute la région."),
        None
    );
}

#[test]
fn under_a_first_paragraph_only_a_place_with_its_date() {
    let blurb = "Le bulletin électronique de l'ambassade présente chaque semaine au public les \
                 dossiers de la défense et de la sécurité que le pays suit avec ses partenaires \
                 de la région.";
    assert_eq!(
        dateline(&format!("{blurb}\n\n(Le 9 juin 2016) - NIAMEY - {BODY}")),
        is(Some("NIAMEY"), Some("2016-06-09"))
    );
    assert_eq!(
        dateline(&format!(
            "{blurb}\n\nRecevant, jeudi 12 mars 2015, une délégation, {BODY}"
        )),
        None
    );
    // A date alone under the chapeau, to the day, dates the page when more body follows.
    assert_eq!(
        dateline(&format!("{blurb}\n\n12 mars 2015\n\nNIAMEY - {BODY}")),
        is(Some("NIAMEY"), Some("2015-03-12"))
    );
    assert_eq!(
        dateline(&format!("{blurb}\n\nJeudi 12 Mars 2015\n\n{BODY}")),
        is(None, Some("2015-03-12"))
    );
    assert_eq!(
        dateline(&format!("{blurb}\n12 mars 2015, 08:30\n{BODY}")),
        is(None, Some("2015-03-12"))
    );
    // A headline and its chapeau read as one paragraph: "Publié le" below is still read.
    assert_eq!(
        dateline(&format!(
            "La ministre en visite chez les troupes déployées au nord du pays\n{blurb}\n\
             Publié le 12-03-2015 à 07h13 - Mis à jour le 13-03-2015 à 08h35\nimage.jpg\n\
             Crédit photo\nLégende\n{BODY}"
        )),
        is(None, Some("2015-03-12"))
    );
    // The last line of a blurb is its timestamp.
    assert_eq!(dateline(&format!("{blurb}\nDéfense\n12 mars 2015")), None);
    assert_eq!(dateline(&format!("{blurb}\n\nmars 2015\n\n{BODY}")), None);
}

#[test]
fn bylines_stamps_after_the_date_and_labels_glued_to_a_stamp() {
    assert_eq!(
        dateline(&format!(
            "Sécurité By Rédaction - 3 juin 2024 0 Partager {BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La visite du ministre\nPar Radio Sahel Publié le 03-06-2024 Modifié le 03-06-2024 à 14:52\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La visite du ministre\n\nPublié le 3 juin 2024 Lecture : 2 minutes.\n\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La visite du ministre\n\nMise à jour  : 03/06/2024 - Auteur : Service de presse - Rubrique : Défense\n\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!("Bangui, le 3 juin 24\n{BODY}")),
        is(Some("Bangui"), Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "Accueil>>ActualitésMise à jour 03.06.2024 08h58\nLa visite du ministre\n\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La force parée\n\nAwa DIALLO | Le Quotidien Mardi le 3 juin 2024 Société Imprimer Envoyer\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La force parée\n\nAwa\u{a0}DIALLO\u{a0}| Le\u{a0}Quotidien Mardi\u{a0}le 3 juin 2024 Société\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    // "par" in a sentence makes no byline.
    assert_eq!(
        dateline("Le texte adopté par les ministres de Dakar - 3 juin 2024 - sera publié demain dans les journaux de la région et sur les sites officiels."),
        None
    );
}

#[test]
fn a_place_in_capitals_and_a_colon_before_a_sentence_in_lower_case() {
    assert_eq!(
        dateline("KOLWEZI : le gouverneur de la province a reçu hier les responsables de la mission de paix venus faire le point sur la sécurité."),
        is(Some("KOLWEZI"), None)
    );
    // Not a place in mixed case (a headline's subject), nor a short line.
    assert_eq!(
        dateline("Sécurité : le gouverneur de la province a reçu hier les responsables de la mission de paix venus faire le point sur la sécurité."),
        None
    );
    assert_eq!(dateline(&format!("KOLWEZI : la visite\n\n{BODY}")), None);
}

#[test]
fn a_summary_in_items_is_no_body_and_ends_on_its_line() {
    assert_eq!(
        dateline(&format!(
            "La ministre en visite aux Émirats\n- La ministre a mis en avant l'exercice \
             conjoint achevé le mois dernier avec les forces du pays hôte\nNairobi\n{BODY}"
        )),
        is(Some("Nairobi"), None)
    );
    // The same with no-break spaces.
    assert_eq!(
        dateline(&format!(
            "La ministre en visite aux Émirats\n-\u{a0}La ministre a mis en avant l'exercice \
             conjoint achevé le mois dernier avec les forces du pays hôte\nNairobi\n{BODY}"
        )),
        is(Some("Nairobi"), None)
    );
}

#[test]
fn a_letter_or_two_in_capitals_is_no_place() {
    assert_eq!(
        dateline(&format!(
            "Q : Pouvez-vous préciser le calendrier du retrait des troupes du pays ? {BODY}"
        )),
        None
    );
    assert_eq!(dateline(&format!("GAO : {BODY}")), is(Some("GAO"), None));
}

#[test]
fn a_relative_date_after_a_comma_needs_a_known_place() {
    assert_eq!(
        dateline(&format!("Arrivé, hier dimanche, à Nairobi pour une visite de deux jours, le ministre a tenu une conférence de presse. {BODY}")),
        None
    );
    assert_eq!(
        dateline(&format!("DAKAR, hier dimanche - {BODY}")),
        is(Some("DAKAR"), None)
    );
}

#[test]
fn a_place_in_capitals_glued_to_the_body_by_a_hyphen() {
    assert_eq!(
        dateline("NIAMEY-Le gouvernement a annoncé la fermeture provisoire de trois postes frontaliers dans la région de Tillabéri."),
        is(Some("NIAMEY"), None)
    );
    assert_eq!(
        dateline(&format!("ADDIS-ABEBA - {BODY}")),
        is(Some("ADDIS-ABEBA"), None)
    );
    assert_eq!(before_glued_body("Porto-Novo - x"), "Porto-Novo - x");
    assert_eq!(before_glued_body("BAMAKO-Les"), "BAMAKO-");
    assert_eq!(before_glued_body("TUNIS-L’armée"), "TUNIS-");
    assert_eq!(
        before_glued_body("APA-Dakar (Sénégal)"),
        "APA-Dakar (Sénégal)"
    );
    assert_eq!(before_glued_body("A-Le"), "A-Le");
    // A place of two words in capitals, the second elided, is one place.
    assert_eq!(
        before_glued_body("VILLEBON-L’ÉTANG Le défilé"),
        "VILLEBON-L’ÉTANG Le défilé"
    );
}

#[test]
fn a_stamp_line_of_furniture_and_the_publication_before_the_update() {
    assert_eq!(
        dateline(&format!(
            "Titre\n\nPublié il y a 3 ans - Mise à jour le 14.05.2019 - marie-durand - 3 min  \
             - 212 lectures\n\n{BODY}"
        )),
        is(None, Some("2019-05-14"))
    );
    assert_eq!(
        dateline(&format!(
            "Publié le 2 avril 2017 à 10h15 - Dernière mise à jour le 3 mai 2021 à 08h00\n{BODY}"
        )),
        is(None, Some("2017-04-02"))
    );
    assert_eq!(
        dateline(&format!(
            "À la une\n\nRevue [fr]\n\nLettre d'intention de trois pays pour un avion de \
             patrouille maritime commun - 14/06/2016 09:30 am\n\n{BODY}"
        )),
        is(None, Some("2016-06-14"))
    );
    assert!(!closes_a_headline("Il est parti. Le sommet - ", ""));
    // A blurb of another page cut short is no body: the date line under it is read.
    assert_eq!(
        dateline(&format!(
            "\nVie des sections\n3 juin, parDans une salle comble, les membres de la section \
             locale se sont retrouvés pour élire leur bureau et préparer la saison qui vient \
             (…)\nLa ministre en visite\n12 avril 2016, par\n{BODY}"
        )),
        is(None, Some("2016-04-12"))
    );
    // A sentence that opens with "Publié" is no stamp line.
    assert!(!is_stamp_line(
        "Publié hier, le rapport de la commission daté du 3 mai 2021 dresse un bilan sévère."
    ));
}

#[test]
fn a_place_in_parentheses_opens_the_body_as_quebec_writes_it() {
    assert_eq!(
        dateline(&format!("Titre\n\nPartager\n\n(Québec) {BODY}")),
        is(Some("Québec"), None)
    );
    assert_eq!(
        dateline(&format!("Titre\n\n(TAPA, Estonie) {BODY}")),
        is(Some("TAPA"), None)
    );
    // Not a word in parentheses that is no place.
    assert_eq!(dateline(&format!("Titre\n\n(Photo) {BODY}")), None);
}

#[test]
fn dates_after_a_parenthesis_a_short_label_or_a_weekday_in_arabic() {
    assert_eq!(
        dateline(&format!("Titre\n(14 mars 2021) {BODY}")),
        is(None, Some("2021-03-14"))
    );
    assert_eq!(
        dateline(&format!("Titre\n (2021-03-14)\n\n{BODY}")),
        is(None, Some("2021-03-14"))
    );
    assert_eq!(
        dateline(&format!("Titre\nLe : --14 mars 2021 – {BODY}")),
        is(None, Some("2021-03-14"))
    );
    assert_eq!(
        dateline(&format!("Titre\n\nالأحد 14-3-2021| 10:30\n\n{BODY}")),
        is(None, Some("2021-03-14"))
    );
    // A label of three words or with figures is a sentence's start.
    assert!(!opens_after_a_label("Le bilan du :", ""));
    assert!(!opens_after_a_label("Rapport 2020 :", ""));
}

#[test]
fn the_short_lines_of_a_menu_make_no_paragraph() {
    let menu = "Accueil\nL'ambassade\nNous écrire\nVisas et passeports\nÉtudier dans le pays\n\
                Agenda\nCommuniqués\nLa coopération militaire bilatérale\n\
                Espace presse et médias\nLes accords de coopération signés\nVoir tout ...\n\
                À lire aussi\nPresse\n";
    assert_eq!(
        dateline(&format!(
            "{menu}Point de presse hebdomadaire du ministère\n (2021-03-14)\n\n{BODY}"
        )),
        is(None, Some("2021-03-14"))
    );
}

/// [`is_capitalised_place`] as it read before its cheap test first.
fn capitalised_place_by_definition(place: &str) -> bool {
    let words: Vec<&str> = place.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let outlet = [
        "NEWS", "INFO", "INFOS", "PRESS", "PRESSE", "MEDIA", "MÉDIAS", "TV", "FM",
    ]
    .iter()
    .any(|e| place.ends_with(e) && place.len() > e.len())
        || place.ends_with(|c: char| c.is_ascii_digit());
    crate::gazetteer::is_all_caps(place)
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !outlet
        && words.len() <= 3
        && !matches!(
            words.first().copied(),
            Some("LE" | "LA" | "LES" | "UN" | "UNE" | "DES" | "AU" | "AUX")
        )
}

proptest::proptest! {
    /// Places in capitals are those of the definition, whatever their words.
    #[test]
    fn capitalised_places_are_the_definitions(
        place in "(LE|LA|AUX|NEWS|TV|FM|NIAMEY|ADDIS|É|Qa|[A-Z]{1,4}|[ -]|[0-9]){0,7}",
    ) {
        proptest::prop_assert_eq!(
            is_capitalised_place(&place),
            capitalised_place_by_definition(&place)
        );
    }
}

#[test]
fn a_sources_name_before_a_timestamp_under_the_headline() {
    assert_eq!(
        dateline(&format!(
            "Sécurité : un sommet à Niamey\nJournal Sahel 2024-03-04 10:12 - Lecture : 3 min\n{BODY}"
        )),
        is(None, Some("2024-03-04"))
    );
    // Not a sentence before the date, nor a date without its time.
    assert_eq!(
        dateline(&format!(
            "Sécurité : un sommet à Niamey\nLe sommet a eu lieu 2024-03-04 10:12\n{BODY}"
        )),
        None
    );
    assert_eq!(
        dateline(&format!(
            "Sécurité : un sommet à Niamey\nJournal Sahel 2024-03-04 en direct\n{BODY}"
        )),
        None
    );
}

#[test]
fn a_known_organisation_and_a_dash_before_the_dateline() {
    assert_eq!(
        dateline("ONU – Genève / Le haut-commissaire a présenté hier son rapport annuel devant le Conseil des droits de l'homme."),
        is(Some("Genève"), None)
    );
    // Not when nothing like a place follows the dash.
    assert_eq!(
        dateline("ONU – le haut-commissaire a présenté hier son rapport annuel devant le Conseil des droits de l'homme."),
        None
    );
}

#[test]
fn a_rubric_before_a_headlines_colon_is_no_dateline() {
    assert_eq!(
        dateline(&format!(
            "Haut-Katanga - Likasi : des heurts signalés près de la mine\n{BODY}"
        )),
        None
    );
    assert_eq!(
        dateline(&format!(
            "ANALYSE – Amadou Sow : « Le Sahel doit s'unir »\n\n{BODY}"
        )),
        None
    );
    // A place and its agency alone on their line stay a dateline.
    assert_eq!(
        dateline(&format!("Dakar - Saba :\n{BODY}")),
        is(Some("Dakar"), None)
    );
}

#[test]
fn a_comma_dateline_closed_by_a_full_stop_and_a_dash() {
    assert_eq!(
        dateline(&format!("Sahel matin, le 3 mars 2024.-\n{BODY}")),
        is(None, Some("2024-03-03"))
    );
}
