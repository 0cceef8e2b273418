//! Relative dates told by what stands beside them: a night whose second day is dated, a
//! weekday dated in brackets, a period "qui vient" (or "qui vient de s'achever"), today put
//! forward ("C'est aujourd'hui que …"), the last days of a month told by its name.

use super::tests::check;

#[test]
fn a_night_whose_second_day_is_dated() {
    let anchor = Some("2024-12-04"); // a Wednesday
    check(
        "L'attaque a eu lieu dans la nuit de mercredi à jeudi 5 décembre 2024.",
        anchor,
        &[("jeudi 5 décembre 2024", Some("2024-12-05"))],
    );
    // The same night told with its contractions, and one of two days without a date.
    check(
        "Dix morts dans la nuit du mercredi au jeudi 5 décembre, puis la nuit de lundi à mardi.",
        anchor,
        &[
            ("jeudi 5 décembre", Some("2024-12-05")),
            ("la nuit de lundi à mardi", Some("2024-12-02/2024-12-03")),
        ],
    );
    // A range of two days after "la nuit" stays whole.
    check(
        "Les combats ont duré la nuit du dimanche 1er au lundi 2 décembre.",
        anchor,
        &[(
            "du dimanche 1er au lundi 2 décembre",
            Some("2024-12-01/2024-12-02"),
        )],
    );
}

#[test]
fn a_weekday_dated_in_brackets_the_coming_and_the_ending_year() {
    let anchor = Some("2024-12-04"); // a Wednesday
    check(
        "Jeudi [28 novembre] au matin, une patrouille a essuyé des tirs, puis lundi (2 décembre).",
        anchor,
        &[
            ("28 novembre", Some("2024-11-28")),
            ("2 décembre", Some("2024-12-02")),
        ],
    );
    // "ce mardi (3 décembre)" is still this Tuesday.
    check(
        "Ce mardi (3 décembre), le conseil s'est réuni.",
        anchor,
        &[
            ("mardi", Some("2024-12-03")),
            ("3 décembre", Some("2024-12-03")),
        ],
    );
    check(
        "Le bilan de l'année qui vient de s'achever est lourd; l'année qui vient sera \
         décisive, le mois qui vient aussi, mais l'année qui vient de commencer est calme.",
        anchor,
        &[
            ("l'année qui vient de s'achever", Some("2023")),
            ("l'année qui vient", Some("2025")),
            ("le mois qui vient", Some("2025-01")),
        ],
    );
    check(
        "C'est aujourd'hui que s'ouvre la conférence, durant les trois derniers jours du mois \
         de Ramadan.",
        anchor,
        &[("aujourd'hui", Some("2024-12-04")), ("Ramadan", None)],
    );
}
