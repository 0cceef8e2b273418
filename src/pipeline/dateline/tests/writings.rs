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

#[test]
fn a_sentence_wrapped_after_a_comma_or_a_word_that_needs_another_opens_no_dateline() {
    // The line above goes on (long, no sentence's end) and ends with a comma, a preposition
    // or a determiner: the next line's date or place is the sentence's.
    for wrapped in [
        "Le ministre des Armées a tenu une conférence de presse à l'issue du conseil,\n\
         mardi 5 mars 2019 à Gao, devant les officiers de la garnison du cercle. Il a\n\
         présenté les conclusions des travaux.\n\n",
        "Les délégués de la conférence régionale ont approuvé dans la soirée du\n\
         vendredi 9 juin 2023, le plan de sécurité présenté par la commission.\n\n",
        "Le gouverneur de la région a reçu dans la salle des fêtes de la mairie, ce\n\
         lundi 4 mars 2019, les représentants des associations de jeunes.\n\n",
        "Le président reçoit les chefs d'état-major de la sous-région au palais de\n\
         Niamey, le 16 septembre 2020 - ",
    ] {
        let text = format!("Titre de la page\n\n{wrapped}{BODY}");
        assert_eq!(dateline(&text), None, "{wrapped}");
        // As the same text on one line.
        assert_eq!(
            dateline(&text.replace(",\n", ", ").replace("\n", " ")),
            None
        );
    }
    // A date line under a long headline without a full stop is still one.
    assert_eq!(
        dateline(&format!(
            "Le président reçoit les chefs d'état-major de la sous-région au palais\n\
             mercredi 16 septembre 2020\n\n{BODY}"
        )),
        is(None, Some("2020-09-16"))
    );
}

#[test]
fn a_paragraph_wrapped_by_a_mail_system_is_a_body_paragraph_over_its_lines() {
    // A place in capitals and a colon open a body paragraph, whole on one line or wrapped.
    let paragraph = "TESSALIT : un engin explosif a endommagé ce matin un camion-citerne de \
        la compagnie de transport sur la route de l'aéroport. D'après un élu de la commune, le \
        chauffeur est sorti indemne de l'accident.";
    let wrapped = "TESSALIT : un engin explosif a endommagé ce matin un camion-citerne de\n\
        la compagnie de transport sur la route de l'aéroport. D'après un élu de\n\
        la commune, le chauffeur est sorti indemne de l'accident.";
    for text in [paragraph, wrapped] {
        assert_eq!(
            dateline(&format!("Titre de la page\n\n{text}\n\n{BODY}")),
            is(Some("TESSALIT"), None),
            "{text}"
        );
    }
    // A headline over a paragraph on a line of its own is none: its line is not full.
    assert_eq!(
        dateline(&format!(
            "Titre de la page\n\nTESSALIT : un engin explosif endommage un camion-citerne sur la route \
             de l'aéroport\nLe chauffeur est sorti indemne de l'accident, selon un élu de la commune \
             qui a requis l'anonymat et décrit les dégâts subis par le véhicule citerne.\n\n\
             {BODY}"
        )),
        None
    );
}

#[test]
fn a_headlines_stamp_that_a_wrap_cuts_is_still_a_date_line() {
    // Whole on its line, cut after its label, inside its date, or past a headline cut after
    // a function word: the same date line.
    for head in [
        "La ministre des Armées visite les unités engagées dans le nord du pays Publié le jeudi 4 mars 2021 | Revue",
        "La ministre des Armées visite les unités engagées dans le nord du pays Publié le\njeudi 4 mars 2021 | Revue",
        "La ministre des Armées visite les unités engagées dans le nord du pays Publié le jeudi\n4 mars 2021 | Revue",
        "La ministre des Armées visite les unités engagées dans le nord du\npays Publié le jeudi 4 mars 2021 | Revue",
    ] {
        assert_eq!(
            dateline(&format!("{head}\n\n{BODY}")),
            is(None, Some("2021-03-04")),
            "{head:?}"
        );
    }
}

#[test]
fn a_speechs_heading_that_a_wrap_cuts_is_closed_by_its_place_and_day() {
    let heading = "Déclaration de Mme Awa Diallo, ministre des armées, sur les patrouilles \
                   navales conjointes au large des côtes du Sénégal, à Dakar le 3 avril 2019.";
    let wrapped = "Déclaration de Mme Awa Diallo, ministre des armées, sur les patrouilles\n\
                   navales conjointes au large des côtes du Sénégal, à Dakar le 3 avril\n2019.";
    let cut_after_a = "Déclaration de Mme Awa Diallo, ministre des armées, sur les patrouilles\n\
                       navales conjointes au large des côtes du Sénégal, à\nDakar le 3 avril 2019.";
    for text in [heading, wrapped, cut_after_a] {
        assert_eq!(
            dateline(&format!("{text}\n\n{BODY}")),
            is(Some("Dakar"), Some("2019-04-03")),
            "{text:?}"
        );
    }
}

#[test]
fn an_openers_place_before_a_colon_holds_in_a_paragraph_wrapped_narrow() {
    // Wrapped at 66 columns, the first line holds fewer words than a sentence's.
    let wrapped = "DAKAR : Les garde-côtes ont intercepté samedi une pirogue partie\n\
                   de la Casamance avec une centaine de passagers à son bord, selon\n\
                   un communiqué publié lundi par la marine nationale du pays.";
    assert_eq!(
        dateline(&format!("Un titre\n\n{wrapped}\n\n{BODY}")),
        is(Some("DAKAR"), None)
    );
}

#[test]
fn the_dateline_is_the_same_however_a_mail_system_wraps_the_page() {
    let body = [BODY; 3].join("\n\n");
    for (head, place, date) in HEADS {
        let text = format!("{head}{body}");
        for width in (50..=90).step_by(5) {
            assert_eq!(
                dateline(&wrapped(&text, width)),
                is(place, date),
                "{head:?} at {width}"
            );
        }
    }
}
