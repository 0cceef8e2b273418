//! Short lines above the body that date the page: a wire's date without its year, a byline's
//! month, a source's name and its date, a heading closed by its date, a speech's place and
//! day after its title, a place and its country alone.

use super::{dateline, is, BODY};

#[test]
fn a_wire_date_without_its_year_before_its_agency() {
    let text = "23 février (Reuters) - Le groupe d'action financière a retiré vendredi deux \
        pays de sa liste de surveillance, a annoncé l'organisme à l'issue de sa réunion.";
    assert_eq!(dateline(text), is(None, None));
    // With "Le" first, and its year from the page's stamp above.
    let stamped = format!(
        " date 2024-02\n\nLe {}",
        text.replacen("(Reuters)", "(APS)", 1)
    );
    assert_eq!(dateline(&stamped), is(None, Some("2024-02-23")));
    // Without its agency, a day at the start of a sentence is none.
    let text = "23 février : le groupe a retiré deux pays de sa liste, a annoncé l'organisme.";
    assert_eq!(dateline(text), None);
}

#[test]
fn a_byline_dates_the_page_to_the_month() {
    let text = format!("Le port et ses garnisons\n\npar Awa Diallo, mai 2022 (n° 45).\n\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2022-05")));
}

#[test]
fn a_source_and_its_date_alone_on_a_line() {
    for line in [
        "Ambassade de France 19.08.2015",
        "Rédaction Centrale 19 août 2015",
    ] {
        let text = format!("Opérations contre le terrorisme\n\n{line}\n\n{BODY}");
        assert_eq!(dateline(&text), is(None, Some("2015-08-19")), "{line}");
    }
    // Not after words in lower case ("reçu à"), nor a sentence.
    let text =
        format!("Opérations contre le terrorisme\n\nLe convoi reçu à Gao 19.08.2015\n\n{BODY}");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_heading_closed_by_its_date_after_an_abbreviation() {
    // "M." is no sentence's end; a full stop may close the heading.
    let text = format!(
        "Lutte contre le terrorisme\n\nIntervention de M. Paul Martin, représentant permanent - \
         Conseil de sécurité - 28 septembre 2017.\n\n{BODY}"
    );
    assert_eq!(dateline(&text), is(None, Some("2017-09-28")));
    // A dash glued to the word before it, links to other languages after the date.
    for line in [
        "Intervention du préfet, secrétaire général du comité- 8 avril 2016",
        "Attentat de Nice (14.07.16) [de] [en]",
    ] {
        let text = format!("{line}\n\n{BODY}");
        let date = if line.contains("Nice") {
            "2016-07-14"
        } else {
            "2016-04-08"
        };
        assert_eq!(dateline(&text), is(None, Some(date)), "{line}");
    }
    // After a sentence's end, the date closes no heading.
    let text = text.replace("permanent -", "permanent. Il parle -");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_speech_place_and_day_after_its_title() {
    let text = format!(
        "Discours du ministre des Armées. Strasbourg, le 14 septembre 2015 – Seul le prononcé \
         fait foi.\n\n{BODY}"
    );
    assert_eq!(dateline(&text), is(Some("Strasbourg"), Some("2015-09-14")));
    // Without the dash after the date, a sentence that names them.
    let text = text.replace("2015 –", "2015 et");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_meeting_place_and_days_close_its_heading() {
    let text = format!(
        "12e réunion du Conseil des ministres, Dakar, 3-4 mai 2010

{BODY}"
    );
    assert_eq!(
        dateline(&text),
        is(Some("Dakar"), Some("2010-05-03/2010-05-04"))
    );
    // A country is no meeting's city: the date alone.
    let text = format!(
        "Réunion des ministres, Sénégal, 3 mai 2010

{BODY}"
    );
    assert_eq!(dateline(&text), is(None, Some("2010-05-03")));
    // More words after the date: a sentence, whose date is no dateline.
    let text = format!(
        "Les ministres, à Dakar, 3 mai 2010, ont signé l’accord de paix.

{BODY}"
    );
    assert_eq!(dateline(&text).and_then(|(place, _)| place), None);
}

#[test]
fn a_place_and_its_country_alone_on_a_line() {
    let text = format!("Pontivy, France\n\n{BODY}");
    assert_eq!(dateline(&text), is(Some("Pontivy"), None));
    // Two countries are a list, no dateline.
    let text = format!("Russie, Ukraine\n\n{BODY}");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_date_then_its_place_and_a_newspaper_before_its_date() {
    let text = format!("COMMUNIQUÉ FINAL\n14 décembre 2025, Abuja, Nigeria\n\n{BODY}");
    assert_eq!(dateline(&text), is(Some("Abuja"), Some("2025-12-14")));
    // More after the place: a sentence, no dateline of a place.
    let text = format!("COMMUNIQUÉ FINAL\n14 décembre 2025, Abuja accueille le sommet\n\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2025-12-14")));
    // A place's name wrapped onto the next line ends no line: no place (this panicked).
    let text =
        format!("COMMUNIQUÉ FINAL\n14 décembre 2025, Addis\nAbeba accueille le sommet. {BODY}");
    assert_eq!(dateline(&text), is(None, Some("2025-12-14")));
    // An unknown name that opens with an article is a newspaper's, its date a date line.
    let text = format!("Unis contre le terrorisme\n\nLe Quotidien, 11 août 2016\n\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2016-08-11")));
    // A dash before a heading's date in parentheses.
    let text = format!("Mali - Questions et réponses -( 07 Avr. 2022)\n\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2022-04-07")));
}

#[test]
fn a_wire_photo_label_is_no_place() {
    let text =
        format!("Un soutien pour le Sahel\n\nFILE- In this file photo, troops train.\n\n{BODY}");
    assert_eq!(dateline(&text), None);
    let text = format!("Un soutien pour le Sahel\n\nPHOTO - Les troupes défilent.\n\n{BODY}");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_date_and_a_dash_open_a_line_of_their_own() {
    // "Le", a date to the day and a dash: a date line, then the body.
    let text = format!("Le Niger salue l’accord\n\nLe 4 mars 2013 - {BODY}");
    assert_eq!(dateline(&text), is(None, Some("2013-03-04")));
    // After the dash, a place, its province and a source.
    let text = format!(
        "Déclaration\n\nLe 12 juin 2019 – Ottawa (Ontario) – Affaires mondiales Canada\n\n{BODY}"
    );
    assert_eq!(dateline(&text), is(Some("Ottawa"), Some("2019-06-12")));
    // A second date after the dash spans an anniversary's years: no date line.
    let text = format!("2 mars 1960-2 mars 2016, cela fait 56 ans. {BODY}");
    assert_eq!(dateline(&text), None);
    // A month is no date to the day: "Le" then a month opens no date line.
    let text = format!("Un titre\n\nLe mois de mars 2013 - {BODY}");
    assert_eq!(dateline(&text), None);
}

#[test]
fn an_agency_before_a_comma_and_its_date_is_a_source() {
    // The agency's date is a date line; the place and the country below give the place.
    let text = format!("Un titre\n\nAFP, 3 mars 2019\n\nNiamey, Niger - {BODY}");
    assert_eq!(dateline(&text), is(Some("Niamey"), Some("2019-03-03")));
    // A known place before its comma and its date stays the dateline.
    let text = format!("Un titre\n\nNiamey, 3 mars 2019 - {BODY}");
    assert_eq!(dateline(&text), is(Some("Niamey"), Some("2019-03-03")));
}

#[test]
fn a_relative_date_after_an_opener_leaves_the_date_line_above() {
    let text = format!(
        "Un titre\n\nPublié le 3 mars 2020 à 10h11\n\nBAMAKO - Mardi soir, trois soldats sont \
         morts dans un accident. {BODY}"
    );
    assert_eq!(dateline(&text), is(Some("BAMAKO"), Some("2020-03-03")));
}

#[test]
fn a_source_and_its_date_in_brackets_and_a_date_under_a_place() {
    let text = format!("Un titre sur la sécurité\nAGENCE [26/11/2024]\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2024-11-26")));
    // A meeting's place and country, then its day alone below them.
    let text = format!("RÉUNION MINISTÉRIELLE\n\nDAKAR, SÉNÉGAL\n\n17 DÉCEMBRE 2014\n\n{BODY}");
    assert_eq!(dateline(&text), is(Some("DAKAR"), Some("2014-12-17")));
    // More than one blank line between them: the place alone.
    let text = format!("RÉUNION\n\nDAKAR, SÉNÉGAL\n\n\n\n17 DÉCEMBRE 2014\n\n{BODY}");
    assert_eq!(dateline(&text), is(Some("DAKAR"), None));
}

#[test]
fn a_date_between_bars_is_a_date_line() {
    let text = format!("| 12 MARS 2019 |\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2019-03-12")));
}

#[test]
fn a_date_across_a_line_break_is_no_line_of_its_own() {
    // (Each panicked: the date, read across the line break, ended past its line.)
    let text = format!("date 12\nmars 2021 Le ministre parle.\n\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2021-03-12")));
    let text = format!("Un titre\n\n{BODY}\n\nVendredi 2\nmars 2018\n\n{BODY}");
    assert_eq!(dateline(&text), None);
    let text = format!("Un titre\n\n{BODY}\n\nLe 11\n/09/2018 à 14h30\n\n{BODY}");
    assert_eq!(dateline(&text), None);
}
