//! The dates' tests: every family with its values, the negatives, and the anchored searches
//! against one search over the whole text.

use super::families::Search;
use super::*;

pub(super) fn values(input: &str, anchor: Option<&str>) -> Vec<(String, Option<String>)> {
    let text = NormalizedText::new(input);
    let anchor = anchor.map(|a| a.parse::<Date>().unwrap());
    find(&text)
        .into_iter()
        .map(|r| {
            let (s, e) = text.to_input_range(r.start, r.end);
            (
                input[s..e].to_string(),
                r.resolve(anchor).map(|v| v.to_string()),
            )
        })
        .collect()
}

pub(super) fn check(input: &str, anchor: Option<&str>, expected: &[(&str, Option<&str>)]) {
    let got = values(input, anchor);
    let expected: Vec<(String, Option<String>)> = expected
        .iter()
        .map(|(t, v)| (t.to_string(), v.map(str::to_string)))
        .collect();
    assert_eq!(got, expected, "in {input:?}");
}

#[test]
fn numeric_and_iso() {
    check(
        "Riyad, 31-5-2023",
        None,
        &[("31-5-2023", Some("2023-05-31"))],
    );
    check(
        "le 07/09/2021 et le 7.9.2021",
        None,
        &[
            ("07/09/2021", Some("2021-09-07")),
            ("7.9.2021", Some("2021-09-07")),
        ],
    );
    check(
        "publié 2023-05-31.",
        None,
        &[("2023-05-31", Some("2023-05-31"))],
    );
    check(
        "mardi 07/09/2021",
        None,
        &[("mardi 07/09/2021", Some("2021-09-07"))],
    );
    check(
        "06/06/2022 17:15:00",
        None,
        &[("06/06/2022", Some("2022-06-06"))],
    );
}

#[test]
fn impossible_dates_are_not_dates() {
    check(
        "le 31/02/2023, le 45-13-2023 et le 30 février 2024",
        None,
        &[],
    );
    check(
        "31/02/2023 puis 3 mars 2023",
        None,
        &[("3 mars 2023", Some("2023-03-03"))],
    );
    check(
        "29 février 2024",
        None,
        &[("29 février 2024", Some("2024-02-29"))],
    );
    check("29 février 2023", None, &[]);
}

#[test]
fn textual() {
    check(
        "le 31 mai 2023",
        None,
        &[("31 mai 2023", Some("2023-05-31"))],
    );
    check(
        "le 1er juin 2024",
        None,
        &[("1er juin 2024", Some("2024-06-01"))],
    );
    check(
        "le premier juin 2024",
        None,
        &[("premier juin 2024", Some("2024-06-01"))],
    );
    check(
        "le mardi 7 septembre 2021",
        None,
        &[("mardi 7 septembre 2021", Some("2021-09-07"))],
    );
    check(
        "3 sept. 2022, 4 janv. 2024, 5 févr. 2020",
        None,
        &[
            ("3 sept. 2022", Some("2022-09-03")),
            ("4 janv. 2024", Some("2024-01-04")),
            ("5 févr. 2020", Some("2020-02-05")),
        ],
    );
    check("31 MAI 2023", None, &[("31 MAI 2023", Some("2023-05-31"))]);
    check(
        "le 3\u{a0}août\u{a0}2021",
        None,
        &[("3\u{a0}août\u{a0}2021", Some("2021-08-03"))],
    );
}

#[test]
fn without_year_needs_an_anchor() {
    check("le 3 juin", None, &[("3 juin", None)]);
    check(
        "le 3 juin",
        Some("2023-05-31"),
        &[("3 juin", Some("2023-06-03"))],
    );
    check(
        "mardi 18 mars",
        Some("2025-01-10"),
        &[("mardi 18 mars", Some("2025-03-18"))],
    );
}

#[test]
fn month_and_year() {
    check(
        "en septembre 2022",
        None,
        &[("septembre 2022", Some("2022-09"))],
    );
    check(
        "depuis janv. 2024",
        None,
        &[("janv. 2024", Some("2024-01"))],
    );
}

#[test]
fn months_in_context() {
    check(
        "en juin, depuis juillet 2021, mi-mai",
        Some("2017-11-02"),
        &[
            ("juin", Some("2017-06")),
            ("juillet 2021", Some("2021-07")),
            ("mi-mai", Some("2017-05-11/2017-05-20")),
        ],
    );
    check("en juin", None, &[("juin", None)]);
    check("il mai en", None, &[]);
}

#[test]
fn years_in_context_only() {
    check(
        "en 2022, depuis 2015 et dès 2019",
        None,
        &[
            ("2022", Some("2022")),
            ("2015", Some("2015")),
            ("2019", Some("2019")),
        ],
    );
    check(
        "de 2015 à 2020",
        None,
        &[("de 2015 à 2020", Some("2015/2020"))],
    );
    check(
        "entre 2015 et 2020",
        None,
        &[("entre 2015 et 2020", Some("2015/2020"))],
    );
    check(
        "42 pays, (42), 15e Sommet, 2173 membres, des 2000 soldats, résolution 71/291",
        None,
        &[],
    );
    check("Vision 2030 et Agenda 2063", None, &[]);
    check(
        "fin 2022 et mi-2023",
        None,
        &[
            ("fin 2022", Some("2022-11/2022-12")),
            ("mi-2023", Some("2023-06/2023-07")),
        ],
    );
}

#[test]
fn ranges() {
    check(
        "du 3 au 5 mai 2024",
        None,
        &[("du 3 au 5 mai 2024", Some("2024-05-03/2024-05-05"))],
    );
    check(
        "les 30 et 31 janvier 2025",
        None,
        &[("30 et 31 janvier 2025", Some("2025-01-30/2025-01-31"))],
    );
    check(
        "29 Octobre/3 Novembre 2017",
        None,
        &[("29 Octobre/3 Novembre 2017", Some("2017-10-29/2017-11-03"))],
    );
    check(
        "du 28 février au 2 mars 2024",
        None,
        &[(
            "du 28 février au 2 mars 2024",
            Some("2024-02-28/2024-03-02"),
        )],
    );
    check(
        "du 28 décembre au 3 janvier 2025",
        None,
        &[(
            "du 28 décembre au 3 janvier 2025",
            Some("2024-12-28/2025-01-03"),
        )],
    );
    check(
        "3-5 mai 2024",
        None,
        &[("3-5 mai 2024", Some("2024-05-03/2024-05-05"))],
    );
    check(
        "du 03/05/2024 au 05/05/2024",
        None,
        &[("du 03/05/2024 au 05/05/2024", Some("2024-05-03/2024-05-05"))],
    );
    check(
        "du 3 au 5 mai",
        Some("2024-04-01"),
        &[("du 3 au 5 mai", Some("2024-05-03/2024-05-05"))],
    );
}

#[test]
fn relative_dates() {
    let anchor = Some("2023-05-31"); // a Wednesday
    check(
        "Hier, aujourd'hui et demain",
        anchor,
        &[
            ("Hier", Some("2023-05-30")),
            ("aujourd'hui", Some("2023-05-31")),
            ("demain", Some("2023-06-01")),
        ],
    );
    check(
        "lundi, mardi dernier, jeudi prochain, mercredi dernier",
        anchor,
        &[
            ("lundi", Some("2023-05-29")),
            ("mardi dernier", Some("2023-05-30")),
            ("jeudi prochain", Some("2023-06-01")),
            ("mercredi dernier", Some("2023-05-24")),
        ],
    );
    check(
        "la semaine dernière",
        anchor,
        &[("la semaine dernière", Some("2023-05-22/2023-05-28"))],
    );
    check(
        "le mois prochain et l'année dernière",
        anchor,
        &[
            ("le mois prochain", Some("2023-06")),
            ("l'année dernière", Some("2022")),
        ],
    );
    check(
        "le mois dernier",
        Some("2023-01-15"),
        &[("le mois dernier", Some("2022-12"))],
    );
    check("lundi", None, &[("lundi", None)]);
}

#[test]
fn aujourdhui_meaning_nowadays_is_not_a_date() {
    check("le monde d'aujourd'hui", None, &[]);
    check("jusqu'à aujourd'hui", None, &[]);
    check("aujourd'hui encore, la menace", None, &[]);
    check("la Coalition compte aujourd'hui (42) pays", None, &[]);
    check("c'est aujourd'hui un langage", None, &[]);
    check("nous sommes aujourd'hui engagés ensemble", None, &[]);
    check(
        "les menaces deviennent aujourd'hui plus diffuses",
        None,
        &[],
    );
    check(
        "les travaux se poursuivent aujourd'hui",
        None,
        &[("aujourd'hui", None)],
    );
}

#[test]
fn demain_and_hier_meaning_the_future_and_the_past_are_not_dates() {
    let anchor = Some("2023-05-31");
    check("les défis de demain et l'Afrique d'hier", anchor, &[]);
    check(
        "la réunion de demain et le sommet d'hier",
        anchor,
        &[("demain", Some("2023-06-01")), ("hier", Some("2023-05-30"))],
    );
    check(
        "à partir de demain",
        anchor,
        &[("demain", Some("2023-06-01"))],
    );
}

#[test]
fn weekdays_of_a_habit_are_not_dates() {
    let anchor = Some("2023-05-31");
    check(
        "ouvert du lundi au vendredi, chaque mardi et tous les jeudis",
        anchor,
        &[],
    );
    // Press French: "le lundi" is a given Monday.
    check(
        "en conclave depuis le lundi",
        anchor,
        &[("lundi", Some("2023-05-29"))],
    );
}

#[test]
fn weekdays_of_the_story_are_not_the_references() {
    let anchor = Some("2023-05-31");
    check(
        "Le lundi suivant, il a démissionné ; le samedi précédent, des tirs avaient éclaté. \
         Un vendredi, il est arrivé sans escorte, un mardi gras.",
        anchor,
        &[],
    );
    check(
        "Arrivé samedi, il repart le lundi d'après.",
        anchor,
        &[("samedi", Some("2023-05-27"))],
    );
}

#[test]
fn the_period_just_ended() {
    check(
        "l'année écoulée, la semaine écoulée et le mois écoulé",
        Some("2023-05-31"),
        &[
            ("l'année écoulée", Some("2022")),
            ("la semaine écoulée", Some("2023-05-22/2023-05-28")),
            ("le mois écoulé", Some("2023-04")),
        ],
    );
}

#[test]
fn words_that_contain_months_are_not_dates() {
    check("3 maisons, 12 marseillais, 7 septembres", None, &[]);
}

/// The words and separators dates are made of, and some that break them.
const VOCABULARY: [&str; 105] = [
    "du",
    "de",
    "entre",
    "au",
    "et",
    "a",
    "à",
    "jusqu'à",
    "jusqu’en",
    "en",
    "depuis",
    "des",
    "dès",
    "avant",
    "après",
    "fin",
    "début",
    "courant",
    "mi-",
    "d'ici",
    "l'année",
    "l'an",
    "année",
    "la",
    "semaine",
    "dernière",
    "prochaine",
    "passée",
    "cette",
    "le",
    "mois",
    "-ci",
    "dernier",
    "prochain",
    "ce",
    "week-end",
    "aujourd'hui",
    "hier",
    "demain",
    "avant-hier",
    "lundi",
    "Mardi",
    "dimanche",
    "mai",
    "juin",
    "sept.",
    "janv",
    "Décembre",
    "1",
    "3",
    "31",
    "1er",
    "premier",
    "2024",
    "1999",
    "07/09/2021",
    "2023-05-31",
    "7.9.2021",
    " ",
    "  ",
    "\t",
    "\n",
    ",",
    "-",
    "/",
    "_",
    "x",
    "ب",
    "É",
    "soldats",
    "quinzaine",
    "seconde",
    "automne",
    "été",
    "cet",
    "l'entame",
    "quinze",
    "vingt et un",
    "dix-huit",
    "courant",
    "jour",
    "2e",
    "mois-ci",
    "matin",
    "après-midi",
    "nuit",
    "les",
    "quatre",
    "derniers",
    "semaines",
    "plus tôt",
    "17/04/19",
    "2019-7-4",
    "2019-03",
    "05 11",
    "années",
    "budget",
    "2025",
    "d'octobre",
    "80",
    "il y a",
    "y a",
    "dans",
    "une",
    "avril",
];

fn whole_search(input: &str) -> Vec<RawDate> {
    find_with(&NormalizedText::new(input), Search::Everywhere)
}

#[test]
fn anchored_searches_find_what_a_whole_search_finds() {
    for input in [
        "Le 3 mai 2024 et du 29 octobre au 3 novembre 2017, d'ici à 2030.",
        "jusqu'en mars, mi-2020, l'an dernier, la semaine prochaine, ce week-end",
        "entre 2015 et 2020 ; 31/02/2023 puis 3 mars 2023 ; des 2000 soldats",
        "بhier, x_2024, ب31 mai 2024, 30 et 31 janvier 2025",
        "remis d'ici à un mois, jusqu'au 5 mai, d'ici a une semaine",
    ] {
        let text = NormalizedText::new(input);
        assert_eq!(find(&text), whole_search(input), "{input}");
    }
}

proptest::proptest! {
    #[test]
    fn anchored_searches_find_what_a_whole_search_finds_anywhere(
        words in proptest::collection::vec(proptest::sample::select(&VOCABULARY[..]), 0..40),
        spaces in proptest::collection::vec(proptest::bool::ANY, 40),
    ) {
        let mut input = String::new();
        for (word, space) in words.iter().zip(&spaces) {
            input.push_str(word);
            if *space {
                input.push(' ');
            }
        }
        let text = NormalizedText::new(&input);
        proptest::prop_assert_eq!(find(&text), whole_search(&input), "{:?}", input);
    }
}

#[test]
fn date_stamps() {
    check(
        " date 2022-11 Le ministre",
        None,
        &[("2022-11", Some("2022-11"))],
    );
    check(
        "Date : 2019-03-14\nMise à jour",
        None,
        &[("2019-03-14", Some("2019-03-14"))],
    );
    // A reference's number is none, nor an impossible month or day.
    check("la référence 2022-11 du dossier", None, &[]);
    check("date 2022-13", None, &[]);
    check("date 2022-02-30", None, &[]);
}

#[test]
fn a_time_of_yesterday_the_present_year_and_parts_of_this_month_or_year() {
    let anchor = Some("2024-03-12");
    check(
        "Il est arrivé dans la soirée d'hier, reparti la matinée d'avant-hier. La présente \
         année sera décisive. Cette après-midi, il signe. Au début de ce mois, à la fin de ce \
         mois et à la fin de cette année.",
        anchor,
        &[
            ("la soirée d'hier", Some("2024-03-11")),
            ("la matinée d'avant-hier", Some("2024-03-10")),
            ("La présente année", Some("2024")),
            ("Cette après-midi", Some("2024-03-12")),
            ("début de ce mois", Some("2024-03-01/2024-03-10")),
            ("la fin de ce mois", Some("2024-03-21/2024-03-31")),
            ("la fin de cette année", Some("2024-11/2024-12")),
        ],
    );
    // Yesterday's friends are no day.
    check(
        "Les alliés d'hier sont les rivaux d'aujourd'hui.",
        anchor,
        &[],
    );
}

#[test]
fn any_part_of_yesterday_and_the_weekday_of_a_part_of_its_day() {
    let anchor = Some("2024-03-12");
    // Every part of yesterday, with "fin" or "début" of it; Québec's "avant-midi".
    check(
        "Il est parti dans l'après-midi d'hier, revenu en fin de matinée d'hier et reparti \
         dans la nuit d'hier; lundi avant-midi, il a signé.",
        anchor,
        &[
            ("l'après-midi d'hier", Some("2024-03-11")),
            ("fin de matinée d'hier", Some("2024-03-11")),
            ("la nuit d'hier", Some("2024-03-11")),
            ("lundi avant-midi", Some("2024-03-11")),
        ],
    );
    // A season after a preposition keeps its "dernier"; "ce soir là," is the story's; the
    // end of a month named after it is none of today's.
    check(
        "Il dirige l'office depuis l'été dernier. Ce soir là, rien. D'ici la fin de mois du \
         ramadan, il part; ce soir la délégation arrive.",
        anchor,
        &[
            ("l'été dernier", Some("2023-06/2023-08")),
            ("ramadan", None),
            ("ce soir", Some("2024-03-12")),
        ],
    );
    // Québec's "la dernière fin de semaine", the last weekend.
    check(
        "Il est rentré la dernière fin de semaine.",
        anchor,
        &[("la dernière fin de semaine", Some("2024-03-08/2024-03-10"))],
    );
    // A part of a day told by its weekday gives the weekday ("dans la journée de lundi").
    check(
        "Les combats ont duré dans la journée de lundi.",
        anchor,
        &[("lundi", Some("2024-03-11"))],
    );
}

#[test]
fn hours_ago_are_today_and_the_night_of_a_weekday_is_the_weekday() {
    let anchor = Some("2024-03-12");
    check(
        "Mis à jour il y a 3 heures, publié il y a 22 minutes. Des tirs dans la nuit de \
         dimanche, puis dans la nuit du samedi au dimanche.",
        anchor,
        &[
            ("il y a 3 heures", Some("2024-03-12")),
            ("il y a 22 minutes", Some("2024-03-12")),
            // A part of a day told by its weekday gives the weekday (ANNOTATING.md).
            ("dimanche", Some("2024-03-10")),
            (
                "la nuit du samedi au dimanche",
                Some("2024-03-09/2024-03-10"),
            ),
        ],
    );
    check(
        "Il y a trois heures de route et deux jours de marche, il y a deux ans de cela.",
        anchor,
        &[("il y a deux ans", Some("2022"))],
    );
}

#[test]
fn the_friday_prayer_is_no_day_and_yesterday_press_conference_is_yesterday() {
    let anchor = Some("2024-03-12");
    check(
        "Le kamikaze a frappé lors de la prière du vendredi. L'annonce est l'objet de la \
         conférence de presse d'hier.",
        anchor,
        &[("hier", Some("2024-03-11"))],
    );
}
