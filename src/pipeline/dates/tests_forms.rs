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
