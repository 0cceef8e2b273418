//! Date lines, page stamps, bylines and sources: the dateline's date.

use super::super::lines::{closes_a_headline, is_caption, is_stamp_line, opens_after_a_label};
use super::*;

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
    // A source, a semicolon and "le" before the day.
    assert_eq!(
        dateline(&format!(
            "Titre\n\nLe Journal; le Mardi 14 Mai 2019\n\n{BODY}"
        )),
        is(None, Some("2019-05-14"))
    );
    assert_eq!(
        dateline(&format!(
            "20/12/2011 (Réf. 12) Une radio / Le contingent est arrivé\n{BODY}"
        )),
        is(None, Some("2011-12-20"))
    );
    // A sentence that opens with its day, a comma and running text tells the story's day.
    assert_eq!(
        dateline(&format!(
            "Titre\n\nJeudi 7 mars 2019, à la demande du gouverneur, les unités se sont \
             déployées.\n\n{BODY}"
        )),
        None
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
    // A byline before a comma: the author is no place, the date is the page's.
    assert_eq!(
        dateline(&format!(
            "La force parée\nPar Awa Diallo, 3 juin 2024\n\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La force parée\nPar Awa Diallo\n\nDAKAR, 3 juin 2024 - {BODY}"
        )),
        is(Some("DAKAR"), Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La force parée\nPar Awa Diallo, envoyée spéciale\n\n{BODY}"
        )),
        None
    );
    // A byline after the date: its author and nothing more.
    assert_eq!(
        dateline(&format!(
            "La force parée\nLe 3 juin 2024 par Awa Diallo\n\n{BODY}"
        )),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(
        dateline(&format!(
            "La force parée\nLe 3 juin 2024 par les forces de sécurité Awa\n\n{BODY}"
        )),
        None
    );
    // "par" in a sentence makes no byline.
    assert_eq!(
        dateline("Le texte adopté par les ministres de Dakar - 3 juin 2024 - sera publié demain dans les journaux de la région et sur les sites officiels."),
        None
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
    // Or the date in parentheses at the headline's end; never a date inside a sentence.
    assert_eq!(
        dateline(&format!(
            "Sahel : les chefs d'état-major réunis à Bamako pour deux jours (14.03.21)\n\n{BODY}"
        )),
        is(None, Some("2021-03-14"))
    );
    assert!(closes_a_headline("Les chefs réunis à Bamako (", ")"));
    assert!(!closes_a_headline("Les chefs réunis à Bamako ", ""));
    assert!(!closes_a_headline("Il est parti. Le sommet (", ")"));
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
fn a_comma_dateline_closed_by_a_full_stop_and_a_dash() {
    assert_eq!(
        dateline(&format!("Sahel matin, le 3 mars 2024.-\n{BODY}")),
        is(None, Some("2024-03-03"))
    );
}

#[test]
fn a_stamp_of_modification_or_of_putting_online() {
    for (line, date) in [
        ("Dernière modification : 20 juin 2022", "2022-06-20"),
        ("Modifié le 3 mars 2021 à 10h12", "2021-03-03"),
        ("Mis en ligne le 5 mai 2020", "2020-05-05"),
        ("Actualisé le 14/06/2016", "2016-06-14"),
    ] {
        let text = format!(
            "Un titre sur le procès
{line}
Auteur : Jean Dupont
{BODY}"
        );
        assert_eq!(dateline(&text), is(None, Some(date)), "{line}");
    }
}

#[test]
fn a_timestamp_a_stamp_after_a_headline_and_a_place_with_le_and_its_date() {
    // A date and a machine's time, whatever follows.
    let text = "La coopération militaire au menu des attachés de défenseMardi 3 décembre 2013 - \
        14:15 Tout juste nommés, les représentants du ministère ont été reçus au mess des \
        officiers.";
    assert_eq!(dateline(text), is(None, Some("2013-12-03")));
    // A headline that runs into the page's stamp.
    let text = format!(
        "Visite du chef d'état-major de l'armée voisine Publié le mercredi 25 septembre 2024\n\n{BODY}"
    );
    assert_eq!(dateline(&text), is(None, Some("2024-09-25")));
    // A place in capitals, "LE" and its date, alone on their line.
    let text = format!("DISCOURS DU MINISTRE\n\nCONAKRY LE 27 AOUT 2018\n\n{BODY}");
    assert_eq!(dateline(&text), is(Some("CONAKRY"), Some("2018-08-27")));
    // An English month with a stop, under its bullet.
    let text = format!("Le programme de la réunion\n\n  • 24 May. 2017 -\n\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2017-05-24")));
    // A page's status is no place.
    let text = format!(
        "ARCHIVÉE - Le ministre annonce des changements\n\nOTTAWA, le 20 décembre 2012 — {BODY}"
    );
    assert_eq!(dateline(&text), is(Some("OTTAWA"), Some("2012-12-20")));
}

#[test]
fn an_items_date_with_an_english_time_and_a_wire_under_a_paywall() {
    let text = format!("Une visite officielle à Djibouti\n- admin\n- samedi , 16 décembre 2023 21:25 PM GMT\n{BODY}");
    assert_eq!(dateline(&text), is(None, Some("2023-12-16")));
    // Past a teaser and a paywall's notice, a wire's place, its agency and a dash.
    let text = format!(
        "{BODY}\n\nLa lecture des articles est réservée aux abonnés.\n\nOUAGADOUGOU (Reuters) - {BODY}"
    );
    assert_eq!(dateline(&text), is(Some("OUAGADOUGOU"), None));
}

#[test]
fn photo_captions_are_no_body_and_the_date_line_below_them_is_read() {
    let caption = "Des soldats déchargent du matériel sur la base aérienne de Niamey, le 3 avril \
        2023, lors d'une relève des contingents engagés dans la lutte contre les groupes \
        armés au Sahel.";
    for credit in [
        " (AFP)",
        " (Bureau de presse de la présidence)",
        " DR",
        " © Présidence",
        " Capture d'écran.",
        " Photo d'archives",
    ] {
        let text = format!(
            "La relève des contingents\n\n{caption}{credit}\n{caption}{credit}\nShort Url\n\
             Publié le Mardi 16 juillet 2024\n\nLa relève des contingents\n\n  • Plus de 400 \
             soldats\n  • Une base rénovée\n\nNIAMEY\n\n{BODY}"
        );
        assert_eq!(
            dateline(&text),
            is(Some("NIAMEY"), Some("2024-07-16")),
            "{credit}"
        );
    }
    // A credit follows a sentence's end; a parenthesis that closes a sentence is no credit.
    assert!(is_caption(
        "Le ministre à Niamey, le 3 avril 2023. (Photo Présidence)"
    ));
    assert!(!is_caption(
        "Le ministre a reçu les chefs des armées du G5 Sahel (Niger)"
    ));
    assert!(!is_caption(
        "Le ministre a reçu les chefs des armées (dont celui du Niger)."
    ));
    assert!(!is_caption(
        "Le ministre a reçu les chefs des armées du Sahel. Ils ont dit oui"
    ));
    // Or comes first.
    assert!(is_caption(
        "Photo Agence, Awa Diallo Le ministre et ses homologues, à Dakar, le 3 avril 2023."
    ));
    assert!(!is_caption(
        "Le ministre a reçu ses homologues. Images et vidéos de la rencontre sont en ligne."
    ));
    assert!(!is_caption("La réunion a lieu à Dakar. (Lire aussi : le sommet de la CEDEAO, le programme complet de la visite et la liste des participants)"));
}

#[test]
fn a_stamp_with_a_source_a_time_in_prose_and_a_source_before_a_slash() {
    // A headline that runs into "Publié le …", then a bar and the source.
    assert_eq!(
        dateline(&format!(
            "Politique Visite officielle : le ministre reçu par le chef de l'État Publié le \
             vendredi 10 septembre 2021 | Présidence\n\n{BODY}"
        )),
        is(None, Some("2021-09-10"))
    );
    // A date and a time as prose writes them, alone on their line under the first
    // paragraph.
    assert_eq!(
        dateline(&format!(
            "Le ministre à Benghazi\n\n{BODY}\n\nLe 11/09/2018 à 14h30\n\n{BODY}"
        )),
        is(None, Some("2018-09-11"))
    );
    assert_eq!(
        dateline(&format!(
            "Le ministre à Benghazi\n\n{BODY}\n\nLe 11/09/2018 à 14 heures de route\n\n{BODY}"
        )),
        None
    );
    // A source in capitals and a slash before a known place and its date.
    assert_eq!(
        dateline(&format!("AGENCE/Nouakchott le 07-04-2025\n{BODY}")),
        is(Some("Nouakchott"), Some("2025-04-07"))
    );
    assert_eq!(
        dateline(&format!("MAP/Rabat, 3 mai 2024 - {BODY}")),
        is(Some("Rabat"), Some("2024-05-03"))
    );
    // Not before an unknown word, nor in prose.
    assert_ne!(
        dateline(&format!("SITE/Accueil le 07-04-2025\n{BODY}")).and_then(|d| d.0),
        Some("Accueil".to_string())
    );
}

#[test]
fn a_source_and_a_slash_before_a_published_stamp() {
    assert_eq!(
        dateline(&format!(
            "La visite du ministre\n\nDirection : Ministère des Armées / Publié le : 04 novembre \
             2023\n\n{BODY}"
        )),
        is(None, Some("2023-11-04"))
    );
    assert_eq!(
        dateline(&format!(
            "La visite du ministre\n\nPolitique / 04/11/2023\n\n{BODY}"
        )),
        is(None, Some("2023-11-04"))
    );
}

#[test]
fn times_as_prose_writes_them() {
    use super::super::lines::is_prose_time;
    for time in [" à 14h30", "à 9 h 05", " à 18h ", "à 7h"] {
        assert!(is_prose_time(time), "{time}");
    }
    for time in [
        "à 14h300",
        "à 14 heures",
        "à 14h30 à Dakar",
        "14h30",
        "à h30",
        "à 123h",
    ] {
        assert!(!is_prose_time(time), "{time}");
    }
}

#[test]
fn the_publication_before_the_last_update_and_a_genre_label() {
    // "Dernière mise à jour" after the publication's date leaves it the date line's.
    for line in [
        "Article publié le 25/05/2009 Dernière mise à jour le 26/05/2009 à 09:29 TU",
        "Article publié le 25/05/2009 - Dernière modification le 26/05/2009",
        // (The label agreed with a feminine or a plural noun.)
        "Question publiée le 25/05/2009",
        "Notes publiées le 25/05/2009 à 09:29",
    ] {
        assert_eq!(
            dateline(&format!("Un titre\n\n{line}\n\n{BODY}")),
            is(None, Some("2009-05-25")),
            "{line}"
        );
    }
    // A page's genre before a comma is no place.
    assert_eq!(
        dateline(&format!("Un titre\n\nArticle, 17.01.2018\n\n{BODY}")),
        is(None, Some("2018-01-17"))
    );
}

#[test]
fn a_stamp_with_its_time_before_a_day_without_its_year() {
    let text = format!("Dernière mise à jour à 08h41 le 24/02\n{BODY}");
    let date = crate::Extractor::new()
        .extract(&text)
        .dateline
        .and_then(|d| d.date)
        .map(|date| (date.text.to_string(), date.value));
    // Its year unknown, no value.
    assert_eq!(date, Some(("24/02".to_string(), None)));
}

#[test]
fn a_sites_domain_before_its_timestamp_dates_the_wire_below() {
    let text = format!(
        "Un titre\n\nfr.agence-exemple.com   2017-05-12 16:46:58   \n\nNIAMEY, 12 mai (Agence) \
         -- {BODY}"
    );
    assert_eq!(dateline(&text), is(Some("NIAMEY"), Some("2017-05-12")));
    use super::super::lines::source_before_a_timestamp;
    assert!(source_before_a_timestamp(
        "fr.agence-exemple.com ",
        " 16:46:58"
    ));
    for before in ["fr..com ", "agence.c0m ", "fin de phrase. ", "agence. "] {
        assert!(!source_before_a_timestamp(before, ""), "{before}");
    }
}

#[test]
fn a_documents_signature_is_no_date_line() {
    assert_eq!(
        dateline(
            "Le couvre-feu est levé sur toute l'étendue du territoire.\nFait à Niamey, le 3 \
             août 2023\nLe Président\n"
        ),
        None
    );
}

#[test]
fn a_known_organisation_and_a_country_before_the_date_is_a_source() {
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nUNICEF Burkina Faso, 22 novembre 2023\n\n{BODY}"
        )),
        is(None, Some("2023-11-22"))
    );
}

#[test]
fn a_site_and_its_day_between_dashes_and_an_english_day_alone_on_its_line() {
    // A site's domain, a dash, the day and a dash before the body on the same line.
    for glue in [" - ", "-"] {
        let text = format!("Titre\n\nSahelactu.com{glue}Mardi 12 mars 2019 -{BODY}");
        assert_eq!(dateline(&text), is(None, Some("2019-03-12")), "{text}");
    }
    // "21 Feb, 2024" alone on its line, over the body the normalised view joins to it.
    assert_eq!(
        dateline(&format!("Titre\n\n21 Feb, 2024\n{BODY}")),
        is(None, Some("2024-02-21"))
    );
}

#[test]
fn a_sittings_heading_dates_its_record() {
    let record = "Le président de la commission : Mesdames et messieurs, nous recevons ce matin \
        le chef d'état-major des armées, que je remercie d'avoir accepté notre invitation.";
    assert_eq!(
        dateline(&format!(
            "Audition du chef d'état-major\n\nSéance du 14 mars 2023 à 9 h 30\nCommission de \
             la défense\n\n{record}"
        )),
        is(None, Some("2023-03-14"))
    );
    assert_eq!(
        dateline(&format!(
            "Réunion du mardi 4 avril 2017 - 14:30\n\n{record}"
        )),
        is(None, Some("2017-04-04"))
    );
    // An event named by its day in a sentence is no heading.
    assert_eq!(
        dateline(&format!(
            "Le bilan de la réunion du 14 mars 2023 a été publié par la commission\n\n{record}"
        )),
        None
    );
}

#[test]
fn a_photos_caption_gives_no_dateline() {
    let body = "Les enquêteurs ont interpellé trois personnes mardi, soupçonnées de préparer une \
        attaque contre un commissariat, selon une source proche du dossier.";
    assert_eq!(
        dateline(&format!(
            "Un projet d'attaque déjoué\n\nÀ Kaya, le 3 mars. (Photo Awa Sow pour le \
             journal)\npublié le 12 mars 2021 à 10h05\n\n{body}"
        )),
        is(None, Some("2021-03-12"))
    );
}

#[test]
fn a_bylines_date_and_machine_time_under_a_standfirst() {
    let standfirst = "Trois ans après l'ouverture du centre, ses formateurs décrivent les stages \
        qu'ils donnent aux cadets venus de toute la sous-région et les exercices qu'ils \
        préparent pour la saison des pluies.";
    assert_eq!(
        dateline(&format!(
            "Un centre de formation au cœur du Sahel\n\n{standfirst}\nAwa Sow - 12 juin 2022 à \
             07:30 - Temps de lecture : 4 min\n\n{BODY}"
        )),
        is(None, Some("2022-06-12"))
    );
}

#[test]
fn a_date_line_date_is_among_the_first_eight_dates_of_its_line() {
    let line = |before: u32| {
        let days: Vec<String> = (1..=before).map(|d| format!("{d} mai 2024")).collect();
        format!(
            "Les {} Publié le 14 septembre 2017\n\n{BODY}",
            days.join(" ")
        )
    };
    assert_eq!(dateline(&line(7)), is(None, Some("2017-09-14")));
    // (A line of dates without end is read in time linear in its length.)
    assert_eq!(dateline(&line(8)), None);
}

#[test]
fn a_byline_that_opens_its_line_before_le_and_its_date() {
    assert_eq!(
        dateline(&format!(
            "Un titre\n\npar Awa Diallo le 5 mars 2019\n\n{BODY}"
        )),
        is(None, Some("2019-03-05"))
    );
    // Glued to the author's name by a page's extraction.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nPar Awa Diallole 5 mars 2019\n\n{BODY}"
        )),
        is(None, Some("2019-03-05"))
    );
    // Under a standfirst read as the body.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\n{BODY}\n\npar Awa Diallo le 5 mars 2019\n\n{BODY}"
        )),
        is(None, Some("2019-03-05"))
    );
    // Inside a headline, "par" and a name before "le" and a date are the headline's.
    assert_eq!(
        dateline(&format!(
            "Un accord signé par Awa Diallo le 5 mars 2019\n\n{BODY}"
        )),
        None
    );
}

#[test]
fn a_date_line_with_its_weekday_after_a_comma_or_with_spaced_slashes() {
    assert_eq!(
        dateline(&format!("UN SITE\n\n| 3 March 2021, Wednesday |\n\n{BODY}")),
        is(None, Some("2021-03-03"))
    );
    assert_eq!(
        dateline(&format!("Un titre\n\n3 mars 2021, mercredi\n\n{BODY}")),
        is(None, Some("2021-03-03"))
    );
    assert_eq!(
        dateline(&format!(
            "Un titre\n\n14 / 09/ 2023\n\nPar Awa Diallo\n\n{BODY}"
        )),
        is(None, Some("2023-09-14"))
    );
}

#[test]
fn a_stamp_signed_by_a_user_and_a_blurb_cut_short_before_its_date_and_source() {
    // A headline runs into its stamp, a bar and a user's name in lower case.
    assert_eq!(
        dateline(&format!(
            "Accueil Actualités Politique Communiqué sur la visite du ministre à Kidal Publié \
             le mardi 9 mars 2021 | redaction2\n\n{BODY}"
        )),
        is(None, Some("2021-03-09"))
    );
    // A standfirst cut short, its date, a comma and its source.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nLe ministre a annoncé un plan de formation des unités, en visite \
             à... 04.02.2022, Agence Afrique\n\n{BODY}"
        )),
        is(None, Some("2022-02-04"))
    );
    // Not cut short: a sentence's date and its source are no stamp.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nLe ministre a annoncé un plan de formation des unités le \
             04.02.2022, Agence Afrique\n\n{BODY}"
        )),
        None
    );
}

#[test]
fn a_date_line_signed_before_its_dash_and_a_wires_day_after_a_sentence() {
    // "Le DATE par SOURCE - …": the byline between the date and the dash.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nLe mercredi 12 janvier 2011 par InfoPresse - {BODY}"
        )),
        is(None, Some("2011-01-12"))
    );
    // "par" and no capitalised name: the dash does not follow the date.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nLe 12 janvier 2011 par le ministre - {BODY}"
        )),
        None
    );
    // A date that crosses the line's end, then "par": no byline, no panic.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nLe jeudi\n18 avril 2025 par Awa - {BODY}"
        )),
        None
    );
    // A sentence's end, then the wire's day, its agency and a dash.
    assert_eq!(
        dateline(&format!("Safar 1437. 04 déc. 2015 (AGENCE) - {BODY}")),
        is(None, Some("2015-12-04"))
    );
}

#[test]
fn a_photos_caption_under_its_credit_is_no_date_line() {
    assert_eq!(
        dateline(&format!(
            "Un titre sur la visite© Awa Diallo Source: AGENCE\nLe ministre sur les lieux de \
             l'exercice, le 3 juin 2021.\n\n{BODY}"
        )),
        None
    );
    // A page's stamp under a caption's credit is one.
    assert_eq!(
        dateline(&format!(
            "Un titre

Le ministre sur les lieux de l'exercice © Agence

\
             Publié le 3 juin 2021 Lecture : 2 minutes.

{BODY}"
        )),
        is(None, Some("2021-06-03"))
    );
    // Without the credit above, a short label, a comma and its day are a date line.
    assert_eq!(
        dateline(&format!(
            "Un titre sur la visite\nCommuniqué de presse, le 3 juin 2021.\n\n{BODY}"
        )),
        is(None, Some("2021-06-03"))
    );
}

#[test]
fn a_date_and_fields_that_bars_part_under_a_long_standfirst_are_a_date_line() {
    let standfirst = "La ministre des Armées a passé la journée avec les unités engagées dans la \
                      protection du sommet. Elle a pris le temps de répondre aux questions de \
                      notre revue sur la mission et ses effectifs.";
    assert_eq!(
        dateline(&format!(
            "Un titre sur la visite\n{standfirst}\n04.03.2022 | REVUE | ab/cd\n{BODY}"
        )),
        is(None, Some("2022-03-04"))
    );
    // A date after a word there is no stamp.
    assert_eq!(
        dateline(&format!(
            "Un titre sur la visite\n{standfirst}\nDepuis le 04.03.2022 | REVUE\n{BODY}"
        )),
        None
    );
}

#[test]
fn a_date_its_time_and_its_author_under_a_long_standfirst_are_a_date_line() {
    let standfirst = "La ministre des Armées a passé la journée avec les unités engagées dans la \
                      protection du sommet. Elle a pris le temps de répondre aux questions de \
                      notre revue sur la mission et ses effectifs.";
    for stamp in [
        "04 mars 2022 à 07h45 par Awa Sow et Ali Ba",
        "04 mars 2022 à 07:45 par Awa Sow",
    ] {
        assert_eq!(
            dateline(&format!(
                "Un titre sur la visite\n{standfirst}\n{stamp}\n{BODY}"
            )),
            is(None, Some("2022-03-04")),
            "{stamp}"
        );
    }
    // A date and its time in a sentence, or a time without its author, is none.
    for line in [
        "04 mars 2022 à 07h45, les soldats ont quitté la base.",
        "04 mars 2022 à 07h45 selon les agences",
    ] {
        assert_eq!(
            dateline(&format!(
                "Un titre sur la visite\n{standfirst}\n{line}\n{BODY}"
            )),
            None,
            "{line}"
        );
    }
}

#[test]
fn a_date_a_comma_and_its_time_under_a_byline_are_a_date_line() {
    for line in [
        "Le 04.03.2022, à 7h45",
        "Le 04.03.2022, à 07:45",
        "Le 04.03.2022 à 7h45",
    ] {
        assert_eq!(
            dateline(&format!(
                "Un titre sur la visite\n\nÉcrit par Awa Sow\n{line}\n{BODY}"
            )),
            is(None, Some("2022-03-04")),
            "{line}"
        );
    }
}
