//! End-to-end extraction of countries, dates and datelines from twelve French press texts
//! written for these tests (`tests/texts/`), in the style of the press the crate reads.
//!
//! Every expectation is what `tests/corpus/GUIDELINES.md` (and `ANNOTATION.md`) says is right,
//! not what the extractor happens to output. Each test compares whole lists, in order.
//! Values of relative dates follow the crate's documented resolution against the dateline's
//! date (or the caller's reference date): a bare weekday is the latest such day on or before
//! it, "mardi dernier" the latest Tuesday strictly before it, "la semaine dernière" the Monday to
//! Sunday week before, "le mois prochain" the next month.

use communique::{Context, Date, Extraction, Extractor};

/// A country mention: (text, ISO 3166-1 alpha-2 code, demonym).
type CountryRow<'a> = (&'a str, &'a str, bool);
/// A date mention: (text, ISO 8601 value or `None`, relative).
type DateRow<'a> = (&'a str, Option<&'a str>, bool);

/// What one text must give.
struct Expected<'a> {
    /// `None` when the text has no dateline; else (place text, date value).
    dateline: Option<(Option<&'a str>, Option<&'a str>)>,
    countries: &'a [CountryRow<'a>],
    dates: &'a [DateRow<'a>],
}

/// Extracts `input` (with `reference`, a publication date, if given) and compares the whole
/// dateline, country and date lists with `expected`, reporting every difference at once.
fn check(name: &str, input: &str, reference: Option<&str>, expected: &Expected<'_>) {
    let reference = reference.map(|d| d.parse::<Date>().expect("a valid reference date"));
    let found = Extractor::new().extract_with(input, &Context::new(reference));
    let mut failures = Vec::new();
    check_spans(input, &found, &mut failures);

    let dateline = found.dateline.as_ref().map(|d| {
        (
            d.place.as_ref().map(|p| p.text.to_string()),
            d.date.as_ref().and_then(|m| m.value).map(|v| v.to_string()),
        )
    });
    let want_dateline = expected
        .dateline
        .map(|(place, date)| (place.map(String::from), date.map(String::from)));
    if dateline != want_dateline {
        failures.push(format!(
            "dateline differs\n  expected: {want_dateline:?}\n  actual:   {dateline:?}"
        ));
    }

    let countries: Vec<(String, String, bool)> = found
        .countries
        .iter()
        .map(|c| (c.text.to_string(), c.code.as_str().to_string(), c.demonym))
        .collect();
    let want_countries: Vec<(String, String, bool)> = expected
        .countries
        .iter()
        .map(|&(t, c, d)| (t.to_string(), c.to_string(), d))
        .collect();
    compare("countries", &want_countries, &countries, &mut failures);

    let dates: Vec<(String, Option<String>, bool)> = found
        .dates
        .iter()
        .map(|m| {
            (
                m.text.to_string(),
                m.value.map(|v| v.to_string()),
                m.relative,
            )
        })
        .collect();
    let want_dates: Vec<(String, Option<String>, bool)> = expected
        .dates
        .iter()
        .map(|&(t, v, r)| (t.to_string(), v.map(String::from), r))
        .collect();
    compare("dates", &want_dates, &dates, &mut failures);

    assert!(
        failures.is_empty(),
        "{name}: {} failure(s)\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Records a difference between two whole lists, one item a line.
fn compare<T: PartialEq + std::fmt::Debug>(
    what: &str,
    expected: &[T],
    actual: &[T],
    failures: &mut Vec<String>,
) {
    if expected == actual {
        return;
    }
    let lines = |items: &[T]| {
        items
            .iter()
            .map(|i| format!("    {i:?}"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    failures.push(format!(
        "{what} differ\n  expected:\n{}\n  actual:\n{}",
        lines(expected),
        lines(actual)
    ));
}

/// Every mention's span is on char boundaries and `input[start..end]` is its text; the
/// dateline's date is also one of the dates.
fn check_spans(input: &str, found: &Extraction<'_>, failures: &mut Vec<String>) {
    let mut spans: Vec<(&str, usize, usize, &str)> = Vec::new();
    spans.extend(
        found
            .countries
            .iter()
            .map(|m| ("country", m.start, m.end, &*m.text)),
    );
    spans.extend(
        found
            .dates
            .iter()
            .map(|m| ("date", m.start, m.end, &*m.text)),
    );
    if let Some(d) = &found.dateline {
        if let Some(p) = &d.place {
            spans.push(("dateline place", p.start, p.end, &*p.text));
        }
        if let Some(m) = &d.date {
            spans.push(("dateline date", m.start, m.end, &*m.text));
            if !found.dates.contains(m) {
                failures.push(format!("dateline date {m:?} is not among the dates"));
            }
        }
    }
    for (kind, start, end, text) in spans {
        if !(input.is_char_boundary(start) && input.is_char_boundary(end)) {
            failures.push(format!(
                "{kind} {text:?}: {start}..{end} is not on char boundaries"
            ));
        } else if input.get(start..end) != Some(text) {
            failures.push(format!(
                "{kind} {text:?}: input[{start}..{end}] is {:?}",
                input.get(start..end)
            ));
        }
    }
}

const T01: &str = include_str!("texts/01-riyad-coalition.txt");
const T02: &str = include_str!("texts/02-riyad-prnewswire.txt");
const T03: &str = include_str!("texts/03-nouakchott-afp.txt");
const T04: &str = include_str!("texts/04-union-africaine-somalie.txt");
const T05: &str = include_str!("texts/05-niamey-exercice.txt");
const T06: &str = include_str!("texts/06-abidjan-date-sous-titre.txt");
const T07: &str = include_str!("texts/07-paris-ministere.txt");
const T08: &str = include_str!("texts/08-nouakchott-titre.txt");
const T09: &str = include_str!("texts/09-new-york-onu.txt");
const T10: &str = include_str!("texts/10-malabo-golfe-de-guinee.txt");
const T11: &str = include_str!("texts/11-bamako-extremisme.txt");
const T12: &str = include_str!("texts/12-moroni-comores.txt");

/// "Riyad, 31-5-2023" (a Wednesday); the four forms of "kényan"; relative dates and a
/// yearless date resolved against the dateline; "42 pays" is no date.
#[test]
fn t01_riyad_coalition() {
    check(
        "01-riyad-coalition",
        T01,
        None,
        &Expected {
            dateline: Some((Some("Riyad"), Some("2023-05-31"))),
            countries: &[
                ("kényane", "KE", true),
                ("République du Kenya", "KE", false),
                ("kényanes", "KE", true),
                ("kényans", "KE", true),
                ("Kenya", "KE", false),
                ("kényanes", "KE", true),
                ("kényan", "KE", true),
            ],
            dates: &[
                ("31-5-2023", Some("2023-05-31"), false),
                ("lundi", Some("2023-05-29"), true),
                ("2015", Some("2015"), false),
                ("3 juin", Some("2023-06-03"), false),
                ("septembre 2022", Some("2022-09"), false),
                ("hier", Some("2023-05-30"), true),
                ("aujourd\u{2019}hui", Some("2023-05-31"), true),
            ],
        },
    );
}

/// The dateline's date takes precedence over the caller's reference date.
#[test]
fn t01_riyad_coalition_dateline_wins_over_context() {
    let found = Extractor::new().extract_with(
        T01,
        &Context::new(Some("2024-06-03".parse::<Date>().unwrap())),
    );
    let values: Vec<(&str, Option<String>)> = found
        .dates
        .iter()
        .map(|m| (&*m.text, m.value.map(|v| v.to_string())))
        .collect();
    assert_eq!(
        values,
        [
            ("31-5-2023", Some("2023-05-31".to_string())),
            ("lundi", Some("2023-05-29".to_string())),
            ("2015", Some("2015".to_string())),
            ("3 juin", Some("2023-06-03".to_string())),
            ("septembre 2022", Some("2022-09".to_string())),
            ("hier", Some("2023-05-30".to_string())),
            ("aujourd\u{2019}hui", Some("2023-05-31".to_string())),
        ]
    );
}

/// All-caps headline, then "RIYAD, 24 avril 2019 /PRNewswire/ --" (a Wednesday);
/// "Royaume d'Arabie Saoudite" is one mention; the four forms of "saoudien"; "Vision 2030"
/// is no date; a slash range.
#[test]
fn t02_riyad_prnewswire() {
    check(
        "02-riyad-prnewswire",
        T02,
        None,
        &Expected {
            dateline: Some((Some("RIYAD"), Some("2019-04-24"))),
            countries: &[
                ("Royaume d'Arabie Saoudite", "SA", false),
                ("saoudien", "SA", true),
                ("saoudienne", "SA", true),
                ("saoudiens", "SA", true),
                ("saoudiennes", "SA", true),
                ("Royaume d'Arabie saoudite", "SA", false),
                ("Arabie saoudite", "SA", false),
            ],
            dates: &[
                ("24 avril 2019", Some("2019-04-24"), false),
                ("mardi dernier", Some("2019-04-23"), true),
                ("le mois prochain", Some("2019-05"), true),
                ("demain", Some("2019-04-25"), true),
                (
                    "29 Octobre/3 Novembre 2017",
                    Some("2017-10-29/2017-11-03"),
                    false,
                ),
            ],
        },
    );
}

/// "NOUAKCHOTT (AFP) -": a place without a date, so "hier" and "le 3 juin" have no value;
/// official long form and "la Mauritanie"; "en français" is a language; "Banque africaine de
/// développement" names no state; a year range.
#[test]
fn t03_nouakchott_afp() {
    check(
        "03-nouakchott-afp",
        T03,
        None,
        &Expected {
            dateline: Some((Some("NOUAKCHOTT"), None)),
            countries: &[
                ("Mauritanie", "MR", false),
                ("République islamique de Mauritanie", "MR", false),
                ("mauritaniens", "MR", true),
                ("Sénégal", "SN", false),
                ("Mali", "ML", false),
                ("Burkina Faso", "BF", false),
                ("mauritaniens", "MR", true),
                ("Mauritanie", "MR", false),
                ("mauritanien", "MR", true),
            ],
            dates: &[
                ("hier", None, true),
                ("3 juin", None, false),
                ("de 2015 à 2020", Some("2015/2020"), false),
                ("2022", Some("2022"), false),
            ],
        },
    );
}

/// "Union Africaine - 06/06/2022 17:15:00" (a Monday): a date without a place, the time
/// outside the text; Soudan / Soudan du Sud; "Afrique du Sud" is a state; "15e Sommet" is no
/// date.
#[test]
fn t04_union_africaine_somalie() {
    check(
        "04-union-africaine-somalie",
        T04,
        None,
        &Expected {
            dateline: Some((None, Some("2022-06-06"))),
            countries: &[
                ("République fédérale de Somalie", "SO", false),
                ("somalien", "SO", true),
                ("République fédérale de Somalie", "SO", false),
                ("somaliennes", "SO", true),
                ("Somalie", "SO", false),
                ("Afrique du Sud", "ZA", false),
                ("Soudan", "SD", false),
                ("Soudan du Sud", "SS", false),
                ("Somalie", "SO", false),
            ],
            dates: &[
                ("06/06/2022", Some("2022-06-06"), false),
                ("aujourd'hui", Some("2022-06-06"), true),
                ("la semaine dernière", Some("2022-05-30/2022-06-05"), true),
                ("févr. 2023", Some("2023-02"), false),
                ("le mois prochain", Some("2022-07"), true),
            ],
        },
    );
}

const T05_COUNTRIES: &[CountryRow<'static>] = &[
    ("nigérien", "NE", true),
    ("Nigeria", "NG", false),
    ("Niger", "NE", false),
    ("Nigeria", "NG", false),
    ("nigériens", "NE", true),
    ("nigérians", "NG", true),
    ("nigériane", "NG", true),
    ("nigérienne", "NE", true),
];

/// "Niamey - ": an agency opener with a known place and no date, so "demain" has no value;
/// Niger / Nigeria and nigérien / nigérian; "Tchad" in "bassin du lac Tchad" is a place.
#[test]
fn t05_niamey_exercice() {
    check(
        "05-niamey-exercice",
        T05,
        None,
        &Expected {
            dateline: Some((Some("Niamey"), None)),
            countries: T05_COUNTRIES,
            dates: &[
                ("du 3 au 5 mai 2024", Some("2024-05-03/2024-05-05"), false),
                ("2015", Some("2015"), false),
                ("janv. 2024", Some("2024-01"), false),
                ("demain", None, true),
                ("1er juin 2024", Some("2024-06-01"), false),
            ],
        },
    );
}

/// A dateline without a date leaves relative dates to the caller's reference date.
#[test]
fn t05_niamey_exercice_with_reference_date() {
    check(
        "05-niamey-exercice (reference 2024-06-03)",
        T05,
        Some("2024-06-03"),
        &Expected {
            dateline: Some((Some("Niamey"), None)),
            countries: T05_COUNTRIES,
            dates: &[
                ("du 3 au 5 mai 2024", Some("2024-05-03/2024-05-05"), false),
                ("2015", Some("2015"), false),
                ("janv. 2024", Some("2024-01"), false),
                ("demain", Some("2024-06-04"), true),
                ("1er juin 2024", Some("2024-06-01"), false),
            ],
        },
    );
}

/// A date line under the headline ("07/09/2021", a Tuesday); the weekday inside the date;
/// numeric forms; Côte d'Ivoire with straight and typographic apostrophes and unaccented.
#[test]
fn t06_abidjan_date_sous_titre() {
    check(
        "06-abidjan-date-sous-titre",
        T06,
        None,
        &Expected {
            dateline: Some((None, Some("2021-09-07"))),
            countries: &[
                ("Côte d\u{2019}Ivoire", "CI", false),
                ("Côte d'Ivoire", "CI", false),
                ("Ghana", "GH", false),
                ("Togo", "TG", false),
                ("Bénin", "BJ", false),
                ("ivoirien", "CI", true),
                ("burkinabè", "BF", true),
                ("togolaise", "TG", true),
                ("Cote d'Ivoire", "CI", false),
                ("Côte d\u{2019}Ivoire", "CI", false),
            ],
            dates: &[
                ("07/09/2021", Some("2021-09-07"), false),
                ("mardi 7 septembre 2021", Some("2021-09-07"), false),
                ("la semaine dernière", Some("2021-08-30/2021-09-05"), true),
                ("hier", Some("2021-09-06"), true),
                ("demain", Some("2021-09-08"), true),
                ("mardi 07/09/2021", Some("2021-09-07"), false),
                ("7.9.2021", Some("2021-09-07"), false),
            ],
        },
    );
}

/// "Paris, le 12 mars 2024" (a Tuesday, so "mardi dernier" is a week before); Émirats arabes
/// unis with and without accents, after "aux"; États-Unis d'Amérique; "les 30 et 31 janvier
/// 2025" drops "les".
#[test]
fn t07_paris_ministere() {
    check(
        "07-paris-ministere",
        T07,
        None,
        &Expected {
            dateline: Some((Some("Paris"), Some("2024-03-12"))),
            countries: &[
                ("Émirats arabes unis", "AE", false),
                ("Émirats arabes unis", "AE", false),
                ("États-Unis d'Amérique", "US", false),
                ("France", "FR", false),
                ("émirienne", "AE", true),
                ("Emirats Arabes Unis", "AE", false),
            ],
            dates: &[
                ("12 mars 2024", Some("2024-03-12"), false),
                ("mardi dernier", Some("2024-03-05"), true),
                ("sept. 2022", Some("2022-09"), false),
                ("2008", Some("2008"), false),
                (
                    "30 et 31 janvier 2025",
                    Some("2025-01-30/2025-01-31"),
                    false,
                ),
                ("le mois prochain", Some("2024-04"), true),
            ],
        },
    );
}

const T08_COUNTRIES: &[CountryRow<'static>] = &[
    ("Mauritanie", "MR", false),
    ("Sénégal", "SN", false),
    ("Guinée", "GN", false),
    ("sénégalais", "SN", true),
    ("Guinée-Bissau", "GW", false),
    ("guinéennes", "GN", true),
];

/// A headline "Nouakchott : …" is not a dateline; with no dateline and no reference date,
/// relative and yearless dates have no value.
#[test]
fn t08_nouakchott_titre_without_reference() {
    check(
        "08-nouakchott-titre",
        T08,
        None,
        &Expected {
            dateline: None,
            countries: T08_COUNTRIES,
            dates: &[
                ("mercredi", None, true),
                ("hier", None, true),
                ("la semaine dernière", None, true),
                ("12 juin", None, false),
                ("le mois prochain", None, true),
                ("Mardi dernier", None, true),
            ],
        },
    );
}

/// The same text with a reference date (2024-06-03, a Monday) and still no dateline.
#[test]
fn t08_nouakchott_titre_with_reference() {
    check(
        "08-nouakchott-titre (reference 2024-06-03)",
        T08,
        Some("2024-06-03"),
        &Expected {
            dateline: None,
            countries: T08_COUNTRIES,
            dates: &[
                ("mercredi", Some("2024-05-29"), true),
                ("hier", Some("2024-06-02"), true),
                ("la semaine dernière", Some("2024-05-27/2024-06-02"), true),
                ("12 juin", Some("2024-06-12"), false),
                ("le mois prochain", Some("2024-07"), true),
                ("Mardi dernier", Some("2024-05-28"), true),
            ],
        },
    );
}

/// Dominique / République dominicaine, Congo / République démocratique du Congo, "Iles
/// Comores"; "résolution 71/291" and "2173 membres" are no dates.
#[test]
fn t09_new_york_onu() {
    check(
        "09-new-york-onu",
        T09,
        None,
        &Expected {
            dateline: Some((Some("New York"), Some("2023-04-14"))),
            countries: &[
                ("République dominicaine", "DO", false),
                ("Dominique", "DM", false),
                ("République démocratique du Congo", "CD", false),
                ("Congo", "CG", false),
                ("Iles Comores", "KM", false),
                ("dominicaine", "DO", true),
            ],
            dates: &[
                ("14 avril 2023", Some("2023-04-14"), false),
                ("31 mai 2023", Some("2023-05-31"), false),
                ("septembre 2024", Some("2024-09"), false),
            ],
        },
    );
}

/// Guinée / Guinée-Bissau / Guinée équatoriale and their demonyms; "golfe de Guinée" is a
/// place (GUIDELINES.md, Places), so its "Guinée" is no state. "Malabo, le 20 octobre 2022"
/// is a Thursday.
#[test]
fn t10_malabo_golfe_de_guinee() {
    check(
        "10-malabo-golfe-de-guinee",
        T10,
        None,
        &Expected {
            dateline: Some((Some("Malabo"), Some("2022-10-20"))),
            countries: &[
                ("Guinée équatoriale", "GQ", false),
                ("Guinée", "GN", false),
                ("Guinée-Bissau", "GW", false),
                ("Cameroun", "CM", false),
                ("Gabon", "GA", false),
                ("équato-guinéen", "GQ", true),
                ("bissau-guinéen", "GW", true),
            ],
            dates: &[
                ("20 octobre 2022", Some("2022-10-20"), false),
                ("lundi", Some("2022-10-17"), true),
                ("2019", Some("2019"), false),
                ("2023", Some("2023"), false),
            ],
        },
    );
}

/// All-caps "MALI" and "31 MAI 2023"; ISO 2023-05-31; the impossible 31/02/2023 and
/// 45-13-2023 give nothing; "les Maliens" is a demonym, "en français" a language.
/// "Bamako, 2 juin 2023" is a Friday.
#[test]
fn t11_bamako_extremisme() {
    check(
        "11-bamako-extremisme",
        T11,
        None,
        &Expected {
            dateline: Some((Some("Bamako"), Some("2023-06-02"))),
            countries: &[
                ("MALI", "ML", false),
                ("Maroc", "MA", false),
                ("Niger", "NE", false),
                ("maliennes", "ML", true),
                ("Maliens", "ML", true),
                ("MALI", "ML", false),
            ],
            dates: &[
                ("2 juin 2023", Some("2023-06-02"), false),
                ("mercredi", Some("2023-05-31"), true),
                ("2021", Some("2021"), false),
                ("2023-05-31", Some("2023-05-31"), false),
                ("31 MAI 2023", Some("2023-05-31"), false),
            ],
        },
    );
}

/// No-break spaces inside a date; "Union des Comores" in a header line that is no dateline;
/// "(42)" is no date. "Moroni, le 7 juin 2023" is a Wednesday.
#[test]
fn t12_moroni_comores() {
    check(
        "12-moroni-comores",
        T12,
        None,
        &Expected {
            dateline: Some((Some("Moroni"), Some("2023-06-07"))),
            countries: &[
                ("Union des Comores", "KM", false),
                ("comorien", "KM", true),
                ("comoriens", "KM", true),
                ("Madagascar", "MG", false),
                ("Mozambique", "MZ", false),
                ("Tanzanie", "TZ", false),
                ("saoudienne", "SA", true),
                ("Comores", "KM", false),
            ],
            dates: &[
                ("7 juin 2023", Some("2023-06-07"), false),
                ("hier", Some("2023-06-06"), true),
                ("31\u{a0}mai\u{a0}2023", Some("2023-05-31"), false),
                ("2020", Some("2020"), false),
            ],
        },
    );
}
