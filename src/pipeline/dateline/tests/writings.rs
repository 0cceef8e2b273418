//! The same dateline however the head's blanks and accents are written: no-break spaces,
//! tabs, doubled spaces, accents as combining marks (NFD).

use super::*;
use unicode_normalization::UnicodeNormalization;

/// Heads of each shape the reader knows, each with its dateline written plainly.
const HEADS: [(&str, Option<&str>, Option<&str>); 7] = [
    (
        "Déclaration du ministre sur la coopération de défense, à Paris le 7 mars 2019.\n\n\
         Texte intégral\n\n",
        Some("Paris"),
        Some("2019-03-07"),
    ),
    (
        "ADDIS ABEBA, Éthiopie, 3 avril 2018 /Agence de presse/ -- ",
        Some("ADDIS ABEBA"),
        Some("2018-04-03"),
    ),
    (
        "Publié le 12 juin 2022 à 10:12\n\nGenève - ",
        Some("Genève"),
        Some("2022-06-12"),
    ),
    (
        "Niamey, le 9 novembre 2022 – ",
        Some("Niamey"),
        Some("2022-11-09"),
    ),
    (
        "Mis à jour : 13/06/2022\nNOUAKCHOTT (AFP) - ",
        Some("NOUAKCHOTT"),
        Some("2022-06-13"),
    ),
    ("(Québec, 13 mai 2021) ", Some("Québec"), Some("2021-05-13")),
    (
        "Rencontre des chefs d'état-major - Ndjamena, 4 février 2020\n\n",
        None,
        Some("2020-02-04"),
    ),
];

/// The ways of writing the same text.
fn writings(text: &str) -> [(&'static str, String); 5] {
    [
        ("plain", text.to_string()),
        ("no-break spaces", text.replace(' ', "\u{a0}")),
        ("tabs", text.replace(' ', "\t")),
        ("doubled spaces", text.replace(' ', "  ")),
        ("NFD", text.nfd().collect()),
    ]
}

#[test]
fn the_dateline_is_the_same_whatever_the_blanks_and_accents() {
    static EXTRACTOR: Lazy<crate::Extractor> = Lazy::new(crate::Extractor::new);
    for (head, place, date) in HEADS {
        let text = format!("{head}{BODY}");
        for (name, written) in writings(&text) {
            let extraction = EXTRACTOR.extract(&written);
            let found = extraction.dateline.as_ref();
            let found_place = found.and_then(|d| d.place.as_ref());
            // The place as written in that text, at its span there.
            if let Some(p) = found_place {
                assert_eq!(&written[p.start..p.end], p.text, "{name}: {head}");
            }
            let plain_place = found_place.map(|p| {
                p.text
                    .nfc()
                    .collect::<String>()
                    .split(|c| crate::text::blank::blank(c) != crate::text::blank::Blank::No)
                    .filter(|w| !w.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ")
            });
            let value = found
                .and_then(|d| d.date.as_ref())
                .and_then(|m| m.value)
                .map(|v| v.to_string());
            assert_eq!(
                (plain_place.as_deref(), value.as_deref()),
                (place, date),
                "{name}: {head}"
            );
        }
    }
}
