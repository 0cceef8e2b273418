//! Relative dates told by what stands beside them: a night whose second day is dated, a
//! weekday dated in brackets, a period "qui vient" (or "qui vient de s'achever"), today put
//! forward ("C'est aujourd'hui que …"), the last days of a month told by its name, the
//! weekday in brackets after "hier", a weekday with "dernier" before its date, a weekday
//! before an Arabic comma, a season after "au" or "à", a period "qui s'écoule", earlier in
//! the evening, a weekday of a week told after it, a period "passé", a day told after
//! "plus tôt dans la journée", a weekday before a count, a distance after "déjà", a weekly
//! prayer's weekday, a weekday ranked in its month, the weekend alone, two weekdays and their
//! plural "derniers", earlier today, the end of this afternoon, the hours to come, an event's
//! day before a verb of state, two weekdays before their two days, a weekday's evening before
//! its day.

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

#[test]
fn a_weekday_in_brackets_after_hier_and_a_weekday_dernier_before_its_date() {
    let anchor = Some("2024-12-04"); // a Wednesday
                                     // The weekday in brackets names the day "hier" names: one mention, as "hier mardi".
    check(
        "Les soldats sont tombés hier (mardi) dans une embuscade; il parle aujourd'hui (mercredi).",
        anchor,
        &[
            ("hier (mardi)", Some("2024-12-03")),
            ("aujourd'hui (mercredi)", Some("2024-12-04")),
        ],
    );
    // "dernier" or "prochain" between a weekday and its date: the date, whole.
    check(
        "L'attentat de samedi dernier 30 novembre; la réunion de lundi prochain 9 décembre.",
        anchor,
        &[
            ("samedi dernier 30 novembre", Some("2024-11-30")),
            ("lundi prochain 9 décembre", Some("2024-12-09")),
        ],
    );
    // The Arabic comma (and the fullwidth one) after a weekday is a comma.
    check(
        "Publié le mardi\u{60C} 3 décembre 2024, puis jeudi\u{FF0C} 5 décembre 2024.",
        anchor,
        &[
            ("mardi\u{60C} 3 décembre 2024", Some("2024-12-03")),
            ("jeudi\u{FF0C} 5 décembre 2024", Some("2024-12-05")),
        ],
    );
}

#[test]
fn a_season_after_au_or_a_the_period_that_passes_and_earlier_in_the_evening() {
    let anchor = Some("2024-05-15"); // a Wednesday
    check(
        "Ils rentreront au printemps ou à l'été; Jusqu'à l'hiver; à l'automne 2025.",
        anchor,
        &[
            ("printemps", Some("2024-03/2024-05")),
            ("l'été", Some("2024-06/2024-08")),
            ("l'hiver", Some("2024-12/2025-02")),
            ("automne 2025", Some("2025-09/2025-11")),
        ],
    );
    // A season alone elsewhere, or in an event's name, is none ("a été" is a verb).
    check(
        "L'été fut chaud; il a été reçu au printemps arabe; le printemps venu.",
        anchor,
        &[],
    );
    check(
        "L'année qui s'écoule, la semaine qui s'écoule; plus tôt dans la soirée, plus tôt \
         dans la matinée.",
        anchor,
        &[
            ("L'année qui s'écoule", Some("2024")),
            ("la semaine qui s'écoule", Some("2024-05-13/2024-05-19")),
            ("plus tôt dans la soirée", Some("2024-05-15")),
            ("plus tôt dans la matinée", Some("2024-05-15")),
        ],
    );
}

#[test]
fn a_weekday_of_a_week_and_the_periods_passed() {
    let anchor = Some("2024-12-04"); // a Wednesday
    check(
        "Il l'a reçu mardi de cette semaine, puis jeudi de la semaine dernière, et le verra \
         lundi de la semaine prochaine.",
        anchor,
        &[
            ("mardi de cette semaine", Some("2024-12-03")),
            ("jeudi de la semaine dernière", Some("2024-11-28")),
            ("lundi de la semaine prochaine", Some("2024-12-09")),
        ],
    );
    // A day of this week later than the reference's is still of this week.
    check(
        "Le sommet se tiendra vendredi de cette semaine.",
        anchor,
        &[("vendredi de cette semaine", Some("2024-12-06"))],
    );
    check(
        "Le week-end passé, et pendant les huit mois passés, il y a maintenant quatre ans.",
        anchor,
        &[
            ("Le week-end passé", Some("2024-11-30/2024-12-01")),
            ("les huit mois passés", Some("2024-04-04/2024-12-04")),
            ("il y a maintenant quatre ans", Some("2020")),
        ],
    );
    // Spent, with a complement: no date.
    check("Après deux années passées au Tchad.", anchor, &[]);
    // The night's second weekday with "dernier".
    check(
        "Dix morts dans la nuit de lundi à mardi dernier.",
        anchor,
        &[(
            "la nuit de lundi à mardi dernier",
            Some("2024-12-02/2024-12-03"),
        )],
    );
}

#[test]
fn a_day_told_after_earlier_in_the_day_and_a_weekday_before_a_count() {
    let anchor = Some("2024-12-04"); // a Wednesday
    check(
        "Plus tôt dans la journée de lundi, le ministre a parlé. Plus tôt dans la journée, il \
         avait reçu l'ambassadeur.",
        anchor,
        &[
            ("lundi", Some("2024-12-02")),
            ("Plus tôt dans la journée", Some("2024-12-04")),
        ],
    );
    // Earlier in yesterday's day: one mention, yesterday's.
    check(
        "Plus tôt dans la journée d'hier, le ministre avait reçu l'ambassadeur ; plus tôt \
         dans la soirée d'avant-hier, le conseil s'était réuni.",
        anchor,
        &[
            ("Plus tôt dans la journée d'hier", Some("2024-12-03")),
            ("plus tôt dans la soirée d'avant-hier", Some("2024-12-02")),
        ],
    );
    // "hier dimanche" before a count of years: no date's day follows the weekday.
    check(
        "Cela faisait hier mardi 57 ans que l'armée a été créée.",
        anchor,
        &[("hier mardi", Some("2024-12-03"))],
    );
}

#[test]
fn a_distance_after_already_and_weekdays_of_no_given_week() {
    let anchor = Some("2024-12-04"); // a Wednesday
    check(
        "Il a lancé, il y a déjà un an, une guerre.",
        anchor,
        &[("il y a déjà un an", Some("2023"))],
    );
    // A weekly prayer, a rank in a month: no given day.
    check(
        "Lors de la prière hebdomadaire du vendredi, au deuxième vendredi du mois sacré.",
        anchor,
        &[],
    );
    check(
        "Il a parlé vendredi.",
        anchor,
        &[("vendredi", Some("2024-11-29"))],
    );
}

#[test]
fn the_weekend_alone_and_two_weekdays_last() {
    let anchor = Some("2024-12-04"); // a Wednesday
    check(
        "Les attaques ont eu lieu pendant le week-end, puis samedi et dimanche derniers.",
        anchor,
        &[
            ("le week-end", Some("2024-11-30/2024-12-01")),
            ("samedi", Some("2024-11-30")),
            ("dimanche derniers", Some("2024-12-01")),
        ],
    );
    // In a clause about the future, the coming weekend; after "du", the contraction outside.
    check(
        "Les ministres se réuniront le week-end. Une directive du week-end les a chassés.",
        anchor,
        &[
            ("le week-end", Some("2024-12-07/2024-12-08")),
            ("week-end", Some("2024-11-30/2024-12-01")),
        ],
    );
}

#[test]
fn earlier_today_the_end_of_this_afternoon_and_the_hours_to_come() {
    let anchor = Some("2024-12-04");
    check(
        "Un attentat a été commis plus tôt aujourd'hui, en fin de cet après-midi ; les 72 \
         heures qui viennent seront décisives.",
        anchor,
        &[
            ("plus tôt aujourd'hui", Some("2024-12-04")),
            ("fin de cet après-midi", Some("2024-12-04")),
            ("les 72 heures qui viennent", Some("2024-12-04/2024-12-07")),
        ],
    );
    // An event's day, whatever the verb of state after it.
    check(
        "Notre réunion aujourd'hui est particulièrement importante.",
        anchor,
        &[("aujourd'hui", Some("2024-12-04"))],
    );
}

#[test]
fn two_weekdays_before_their_two_days_and_a_weekday_evening_before_its_day() {
    let anchor = Some("2024-05-15");
    // The weekdays of a range before its days are the range's, as one weekday is its day's.
    check(
        "Les assises auront lieu les vendredi et samedi 7 et 8 juin.",
        anchor,
        &[(
            "vendredi et samedi 7 et 8 juin",
            Some("2024-06-07/2024-06-08"),
        )],
    );
    // A part of the day between the weekday and its date is the date's; after a comma, the
    // date stands apart, as the relative weekday does.
    check(
        "La délégation arrive dimanche soir 16 juin, puis samedi matin 22 juin.",
        anchor,
        &[
            ("dimanche soir 16 juin", Some("2024-06-16")),
            ("samedi matin 22 juin", Some("2024-06-22")),
        ],
    );
    check(
        "Le vote a eu lieu vendredi après-midi, 10 mai 2024.",
        anchor,
        &[
            ("vendredi après-midi", Some("2024-05-10")),
            ("10 mai 2024", Some("2024-05-10")),
        ],
    );
}
