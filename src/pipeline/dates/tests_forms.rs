//! The forms of issue 16 with their values: two-digit years, spaced and unpadded numbers,
//! parts of periods, numbers in words, holidays, times of day, English dates; and the
//! negatives around them.

use super::tests::check;

#[test]
fn two_digit_years() {
    check(
        "le 17/04/19, le 5.3.19 et le 08/09/77",
        None,
        &[
            ("17/04/19", Some("2019-04-17")),
            ("5.3.19", Some("2019-03-05")),
            ("08/09/77", Some("1977-09-08")),
        ],
    );
    // 00–49 are 2000–2049, 50–99 are 1950–1999.
    check(
        "01/01/49 et 01/01/50",
        None,
        &[
            ("01/01/49", Some("2049-01-01")),
            ("01/01/50", Some("1950-01-01")),
        ],
    );
}

#[test]
fn unpadded_iso_spaced_numbers_and_iso_months() {
    check(
        "publié le 2019-7-4",
        None,
        &[("2019-7-4", Some("2019-07-04"))],
    );
    check(
        "le 05 11 2018 à Dakar",
        None,
        &[("05 11 2018", Some("2018-11-05"))],
    );
    check(
        " date 2019-03 Un texte",
        None,
        &[("2019-03", Some("2019-03"))],
    );
    // Slashes spaced as some pages type them, with a four-digit year.
    check(
        "Publié le 14 / 09/ 2023 par la rédaction",
        None,
        &[("14 / 09/ 2023", Some("2023-09-14"))],
    );
    check(
        "2024-04-03T10:00:00Z",
        None,
        &[("2024-04-03", Some("2024-04-03"))],
    );
    // "2011-12" is a season, two years, not December 2011.
    check("la saison 2011-12", None, &[]);
}

#[test]
fn numbers_that_are_not_dates() {
    check("Tél. : +33 1 45 67 89 10 ou 01 45 67 89 10", None, &[]);
    check("ligne : 12 10 2015 2016 2017", None, &[]);
    check("version 1.2.10.5, v2.3.1, v1.2.10", None, &[]);
    check("score final 3-1, 24/7, 1/2, 45 %, page 12", None, &[]);
    check("à 15 h 30", None, &[]);
    // A reference's year in parentheses belongs to the reference.
    check("la résolution 2178 (2014) du Conseil", None, &[]);
}

#[test]
fn parts_of_months_and_years() {
    check(
        "début mars 2024, mi-juin 2024, fin juin 2024 et fin février 2024",
        None,
        &[
            ("début mars 2024", Some("2024-03-01/2024-03-10")),
            ("mi-juin 2024", Some("2024-06-11/2024-06-20")),
            ("fin juin 2024", Some("2024-06-21/2024-06-30")),
            ("fin février 2024", Some("2024-02-21/2024-02-29")),
        ],
    );
    check(
        "Fin du mois de juin, début d'août, fin février",
        Some("2023-01-10"),
        &[
            ("Fin du mois de juin", Some("2023-06-21/2023-06-30")),
            ("début d'août", Some("2023-08-01/2023-08-10")),
            ("fin février", Some("2023-02-21/2023-02-28")),
        ],
    );
    check("fin juin", None, &[("fin juin", None)]);
    check(
        "début 2024, mi-2024, fin 2024, fin de l'année 2025",
        None,
        &[
            ("début 2024", Some("2024-01/2024-02")),
            ("mi-2024", Some("2024-06/2024-07")),
            ("fin 2024", Some("2024-11/2024-12")),
            ("fin de l'année 2025", Some("2025-11/2025-12")),
        ],
    );
    check(
        "la première quinzaine de mai 2024 et la seconde quinzaine de février 2023",
        None,
        &[
            (
                "première quinzaine de mai 2024",
                Some("2024-05-01/2024-05-15"),
            ),
            (
                "seconde quinzaine de février 2023",
                Some("2023-02-16/2023-02-28"),
            ),
        ],
    );
    // "courant" keeps the period whole.
    check(
        "courant mai",
        Some("2024-01-02"),
        &[("mai", Some("2024-05"))],
    );
    check(
        "l'automne 2022 et l'hiver 2022",
        None,
        &[
            ("automne 2022", Some("2022-09/2022-11")),
            ("hiver 2022", Some("2022-12/2023-02")),
        ],
    );
    // Not parts of periods.
    check("mettre fin aux combats, au début des travaux", None, &[]);
}

#[test]
fn parts_of_the_reference_periods() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "d'ici la fin de l'année, en début de semaine prochaine, fin de semaine",
        anchor,
        &[
            ("la fin de l'année", Some("2024-11/2024-12")),
            ("début de semaine prochaine", Some("2024-05-20/2024-05-21")),
            ("fin de semaine", Some("2024-05-17/2024-05-19")),
        ],
    );
    check(
        "à l'entame de l'année, la fin du mois",
        anchor,
        &[
            ("l'entame de l'année", Some("2024-01/2024-02")),
            ("la fin du mois", Some("2024-05-21/2024-05-31")),
        ],
    );
    check(
        "cet automne, l'été prochain, l'hiver dernier, la fin de l'été",
        anchor,
        &[
            ("cet automne", Some("2024-09/2024-11")),
            ("l'été prochain", Some("2024-06/2024-08")),
            ("l'hiver dernier", Some("2023-12/2024-02")),
            ("la fin de l'été", Some("2024-08")),
        ],
    );
    check("cet automne", None, &[("cet automne", None)]);
}

#[test]
fn textual_forms() {
    check(
        "né le 12 juin 88.",
        None,
        &[("12 juin 88", Some("1988-06-12"))],
    );
    // A two-digit number before more words is no year.
    check(
        "le 12 juin 15 soldats",
        Some("2024-01-01"),
        &[("12 juin", Some("2024-06-12"))],
    );
    check(
        "le 3 mai, 2000 soldats",
        Some("2024-01-01"),
        &[("3 mai", Some("2024-05-03"))],
    );
    // After an abbreviation's full stop too; a line's end ends the phrase.
    check(
        "Bangui, le 15 févr. 21\nLe gouvernement a pris des mesures ; le 16 févr. 21 soldats.",
        None,
        &[("15 févr. 21", Some("2021-02-15")), ("16 févr.", None)],
    );
    check(
        "Lomé, le 2 juin 88  \r\nLes soldats sont rentrés.",
        None,
        &[("2 juin 88", Some("1988-06-02"))],
    );
    check(
        "le 2 juin 15\nsoldats sont rentrés.",
        Some("2024-01-01"),
        &[("2 juin", Some("2024-06-02"))],
    );
    check(
        "le premier avril, le quinze novembre et le vingt et un mars 2022",
        Some("2024-01-01"),
        &[
            ("premier avril", Some("2024-04-01")),
            ("quinze novembre", Some("2024-11-15")),
            ("vingt et un mars 2022", Some("2022-03-21")),
        ],
    );
    check(
        "du premier au douze août 2023, le dix-huit mai 2023",
        None,
        &[
            (
                "du premier au douze août 2023",
                Some("2023-08-01/2023-08-12"),
            ),
            ("dix-huit mai 2023", Some("2023-05-18")),
        ],
    );
    check(
        "le 2e jour de juin 2023 et le dernier jour de février 2024",
        None,
        &[
            ("2e jour de juin 2023", Some("2023-06-02")),
            ("dernier jour de février 2024", Some("2024-02-29")),
        ],
    );
    check(
        "samedi, 14 mars et Mardi le 18 Août 2015 ; mercredi, 29 avril, 2020.",
        Some("2020-03-01"),
        &[
            ("samedi, 14 mars", Some("2020-03-14")),
            ("Mardi le 18 Août 2015", Some("2015-08-18")),
            ("mercredi, 29 avril, 2020", Some("2020-04-29")),
        ],
    );
    check(
        "le 12 courant",
        Some("2024-05-02"),
        &[("12 courant", Some("2024-05-12"))],
    );
    check("le 12 courant", None, &[("12 courant", None)]);
}

#[test]
fn months_alone_in_a_temporal_context() {
    check(
        "au mois d'août, depuis août, jusqu'à mars, en juin, mars dernier",
        Some("2024-09-01"),
        &[
            ("août", Some("2024-08")),
            ("août", Some("2024-08")),
            ("mars", Some("2024-03")),
            ("juin", Some("2024-06")),
            ("mars", Some("2024-03")),
        ],
    );
    check("Août", None, &[]);
    check("il sera mars", None, &[]);
}

#[test]
fn times_of_day_and_counted_periods() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "ce matin, cet après-midi, ce soir, mardi après-midi, hier soir",
        anchor,
        &[
            ("ce matin", Some("2024-05-15")),
            ("cet après-midi", Some("2024-05-15")),
            ("ce soir", Some("2024-05-15")),
            ("mardi après-midi", Some("2024-05-14")),
            ("hier soir", Some("2024-05-14")),
        ],
    );
    check(
        "dans la nuit de lundi à mardi, hier lundi",
        anchor,
        &[
            ("la nuit de lundi à mardi", Some("2024-05-13/2024-05-14")),
            ("hier lundi", Some("2024-05-14")),
        ],
    );
    // The weekday set off by commas names the same day; before a day's number it is the
    // date's, and before "et" it opens a list.
    check(
        "arrivé hier, mardi, il repart demain, jeudi 16 mai; aujourd'hui, jeudi et vendredi",
        anchor,
        &[
            ("hier, mardi", Some("2024-05-14")),
            ("demain", Some("2024-05-16")),
            ("jeudi 16 mai", Some("2024-05-16")),
            ("aujourd'hui", Some("2024-05-15")),
            ("jeudi", Some("2024-05-09")),
            ("vendredi", Some("2024-05-10")),
        ],
    );
    check(
        "plus tôt dans la semaine, ce mois-ci, cette année, l'an dernier",
        anchor,
        &[
            ("plus tôt dans la semaine", Some("2024-05-13/2024-05-19")),
            ("ce mois-ci", Some("2024-05")),
            ("cette année", Some("2024")),
            ("l'an dernier", Some("2023")),
        ],
    );
    check(
        "les quatre derniers mois, les deux prochaines semaines, ces 3 dernières années",
        anchor,
        &[
            ("les quatre derniers mois", Some("2024-01-15/2024-05-15")),
            (
                "les deux prochaines semaines",
                Some("2024-05-15/2024-05-29"),
            ),
            ("ces 3 dernières années", Some("2021-05-15/2024-05-15")),
        ],
    );
    // Hours, counted before or after "dernières", reach back by whole days.
    check(
        "au cours des 24 dernières heures, les dernières 48 heures, les 72 prochaines heures",
        anchor,
        &[
            ("24 dernières heures", Some("2024-05-14/2024-05-15")),
            ("les dernières 48 heures", Some("2024-05-13/2024-05-15")),
            ("les 72 prochaines heures", Some("2024-05-15/2024-05-18")),
        ],
    );
    check(
        "les défis d'aujourd'hui, aujourd'hui plus que jamais",
        anchor,
        &[],
    );
    // An age held now.
    check(
        "Ce diplomate, âgé aujourd'hui de 75 ans, part.",
        anchor,
        &[],
    );
    // With a comma before "plus que jamais"; a state lived through ("connaît aujourd'hui").
    check(
        "Aujourd'hui, plus que jamais, l'alliance connaît aujourd'hui des difficultés.",
        anchor,
        &[],
    );
}

#[test]
fn ranges_of_months_years_days_and_decades() {
    check(
        "entre janvier et septembre 2024, de janvier à mars, d'octobre à février 2025",
        Some("2023-06-01"),
        &[
            ("entre janvier et septembre 2024", Some("2024-01/2024-09")),
            ("de janvier à mars", Some("2023-01/2023-03")),
            ("d'octobre à février 2025", Some("2024-10/2025-02")),
        ],
    );
    check(
        "le budget 2024-2025, en 2024/2025, pour les années 2015 à 2017",
        None,
        &[
            ("2024-2025", Some("2024/2025")),
            ("2024/2025", Some("2024/2025")),
            ("2015 à 2017", Some("2015/2017")),
        ],
    );
    check(
        "du 4 au 9, entre le 6 et le 8 octobre, les 7, 8 et 9 janvier 2015",
        Some("2024-05-02"),
        &[
            ("du 4 au 9", Some("2024-05-04/2024-05-09")),
            ("entre le 6 et le 8 octobre", Some("2024-10-06/2024-10-08")),
            ("7, 8 et 9 janvier 2015", Some("2015-01-07/2015-01-09")),
        ],
    );
    check(
        "les années 80, les années 1980 et les années 2000",
        None,
        &[
            ("années 80", Some("1980/1989")),
            ("années 1980", Some("1980/1989")),
            ("années 2000", Some("2000/2009")),
        ],
    );
    check(
        "du 1er au douze août et le 03/11/21",
        Some("2021-01-05"),
        &[
            ("du 1er au douze août", Some("2021-08-01/2021-08-12")),
            ("03/11/21", Some("2021-11-03")),
        ],
    );
    // Not ranges of days or years.
    check(
        "des enfants du 4 au 9 ans, du 4 au 9 %, 2024-2025 seul, scores 3-1",
        None,
        &[],
    );
}

#[test]
fn holidays() {
    check(
        "à Noël, à la Saint-Sylvestre, le jour de l'An, la Toussaint, le 14 juillet",
        Some("2024-03-01"),
        &[
            ("Noël", Some("2024-12-25")),
            ("Saint-Sylvestre", Some("2024-12-31")),
            ("jour de l'An", Some("2024-01-01")),
            ("Toussaint", Some("2024-11-01")),
            ("14 juillet", Some("2024-07-14")),
        ],
    );
    check(
        "la fête du Travail, l'Armistice, le Nouvel An 2025, Noël 2023",
        Some("2024-03-01"),
        &[
            ("fête du Travail", Some("2024-05-01")),
            ("Armistice", Some("2024-11-11")),
            ("Nouvel An 2025", Some("2025-01-01")),
            ("Noël 2023", Some("2023-12-25")),
        ],
    );
    // Easter by the computus.
    check(
        "Pâques 2024, Pâques 2025 et Pâques",
        Some("2019-01-01"),
        &[
            ("Pâques 2024", Some("2024-03-31")),
            ("Pâques 2025", Some("2025-04-20")),
            ("Pâques", Some("2019-04-21")),
        ],
    );
    // Feasts of the lunar calendar: relative, without a value.
    check(
        "pendant le Ramadan et l'Aïd el-Fitr",
        Some("2024-03-01"),
        &[("Ramadan", None), ("Aïd el-Fitr", None)],
    );
    check("Noël", None, &[("Noël", None)]);
    // A first name, an armistice between parties, words that hold the feasts.
    check(
        "Noël Mamère, le Père Noël, un armistice signé, Al-Qaïda, Saïd",
        Some("2024-03-01"),
        &[],
    );
    // (Whatever the blank between the two names, a wrap's line break too.)
    check(
        "Noël\u{a0}Mamère, Toussaint\tLouverture, Jean-Noël\nBarrot, Noël\r\nMamère",
        Some("2024-03-01"),
        &[],
    );
}

#[test]
fn english_dates() {
    check(
        "April 3, 2024; 3 April 2024; Apr. 3, 2024; 03 Apr. 2008; May 1st, 2023",
        None,
        &[
            ("April 3, 2024", Some("2024-04-03")),
            ("3 April 2024", Some("2024-04-03")),
            ("Apr. 3, 2024", Some("2024-04-03")),
            ("03 Apr. 2008", Some("2008-04-03")),
            ("May 1st, 2023", Some("2023-05-01")),
        ],
    );
    // A comma before the year after the day and the month, as a byline writes it; before
    // more words, a count ("3 April, 2000 soldiers").
    check(
        "Wednesday, 29 October, 2025. On 3 April, 2000 soldiers left.",
        None,
        &[("Wednesday, 29 October, 2025", Some("2025-10-29"))],
    );
    // Alone on its line, the day is a phrase of its own, whatever follows on the next line (a
    // line wrapped after the count keeps the count).
    check(
        "21 Feb, 2024\nLe comité a clos ses travaux. On 3 April, 2000\nsoldiers left.",
        None,
        &[("21 Feb, 2024", Some("2024-02-21"))],
    );
    check(
        "2024-04-03T10:00:00Z",
        None,
        &[("2024-04-03", Some("2024-04-03"))],
    );
    check("may be, in March", None, &[]);
    // A French month in the English order, as a CMS writes its stamp; the comma is needed.
    check(
        "mars 30, 2015 — le Conseil",
        None,
        &[("mars 30, 2015", Some("2015-03-30"))],
    );
    check("en mars 30 000 personnes", None, &[("mars", None)]);
}

#[test]
fn american_numeric_dates_where_the_day_cannot_be_a_month() {
    check(
        "7/27/2022 12:00:00 AM",
        None,
        &[("7/27/2022", Some("2022-07-27"))],
    );
    // Otherwise the French order: "08/05/2014" is 8 May.
    check("le 08/05/2014", None, &[("08/05/2014", Some("2014-05-08"))]);
    check("7-27-2022 et 7.27.2022", None, &[]);
}

#[test]
fn quarters_halves_and_years_named_with_cette_annee() {
    check(
        "au troisième trimestre 2017, au premier semestre de 2024, le dernier trimestre 2023",
        None,
        &[
            ("troisième trimestre 2017", Some("2017-07/2017-09")),
            ("premier semestre de 2024", Some("2024-01/2024-06")),
            ("dernier trimestre 2023", Some("2023-10/2023-12")),
        ],
    );
    // The first or last months of a year, and its quarters and halves, of a year written or
    // of the reference's (relative: "de l'année", "de cette année", "de l'année dernière").
    check(
        "les six premiers mois de 2023, les trois derniers mois de 2023, au cours des dix \
         premiers mois de cette année, les 6 premiers mois de l'année, au premier semestre de \
         l'année, le dernier trimestre de l'année dernière",
        Some("2024-03-13"),
        &[
            ("les six premiers mois de 2023", Some("2023-01/2023-06")),
            ("les trois derniers mois de 2023", Some("2023-10/2023-12")),
            ("dix premiers mois de cette année", Some("2024-01/2024-10")),
            ("les 6 premiers mois de l'année", Some("2024-01/2024-06")),
            ("premier semestre de l'année", Some("2024-01/2024-06")),
            (
                "le dernier trimestre de l'année dernière",
                Some("2023-10/2023-12"),
            ),
        ],
    );
    // Thirteen months of a year are none.
    check("les treize premiers mois de 2023", None, &[]);
    check(
        "en cette année 2015, cette année",
        Some("2016-01-01"),
        &[("2015", Some("2015")), ("cette année", Some("2016"))],
    );
    check(
        "mercredi, 29 avril, 2020 à 9:34",
        None,
        &[("mercredi, 29 avril, 2020", Some("2020-04-29"))],
    );
    check(
        "hier, lundi,",
        Some("2024-05-14"),
        &[("hier, lundi", Some("2024-05-13"))],
    );
}

#[test]
fn periods_named_after_a_part_and_times_of_another_day() {
    check(
        "à la fin du mois de mars, à la fin de l'année 2024",
        Some("2023-06-01"),
        &[
            ("fin du mois de mars", Some("2023-03-21/2023-03-31")),
            ("fin de l'année 2024", Some("2024-11/2024-12")),
        ],
    );
    check("ce soir-là, cette nuit-là", Some("2023-06-01"), &[]);
    check(
        "Toussaint Louverture, l'île de Pâques",
        Some("2023-06-01"),
        &[],
    );
}

#[test]
fn leading_words_fit_their_keys() {
    for w in crate::lexicon::DATE_LEADING_WORDS {
        assert!(
            w.len() <= 9 && w.bytes().all(|b| b.is_ascii_alphanumeric()),
            "{w}"
        );
    }
}

#[test]
fn numbers_of_documents_are_not_dates() {
    check(
        "N° 12/03/19, réf. 2019-03, la loi 2019-7-4, décret n° 2020-05, dossier 05 11 2018, \
         arrêté n° 12 / 03 / 2019",
        None,
        &[],
    );
    check(
        "la loi du 12/03/2019",
        None,
        &[("12/03/2019", Some("2019-03-12"))],
    );
}

#[test]
fn a_day_and_an_abbreviated_month_joined_by_hyphens() {
    check(
        "Mis à jour : 22-Mar-2007 | le 3-déc-2019",
        None,
        &[
            ("22-Mar-2007", Some("2007-03-22")),
            ("3-déc-2019", Some("2019-12-03")),
        ],
    );
}

#[test]
fn a_weekday_and_le_before_a_numeric_date() {
    check(
        "à 13h20 de mercredi le 15/3/2017, puis mardi, le 14/3/2017",
        None,
        &[
            ("mercredi le 15/3/2017", Some("2017-03-15")),
            ("mardi, le 14/3/2017", Some("2017-03-14")),
        ],
    );
}

#[test]
fn a_day_and_its_month_in_figures_after_le() {
    // "le 24/02": the reference's year; not a fraction, a score, a full date's part.
    check(
        "La réunion prévue le 15/04, celle du 24/02/2024 ; le 1/2 des voix, le 24/7, le \
         31/02, 2/1 au score.",
        Some("2024-03-12"),
        &[
            ("15/04", Some("2024-04-15")),
            ("24/02/2024", Some("2024-02-24")),
        ],
    );
    // Without a reference, no value.
    check("Mise à jour le 29/02 à 10h.", None, &[("29/02", None)]);
}
