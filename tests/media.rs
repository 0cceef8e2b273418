//! News agencies, broadcasters, newspapers and press-release wires of the organisations
//! gazetteer, on sentences written for these tests: outlets found by their names, acronyms
//! only in capitals, and the outlets whose names are ordinary French never found in ordinary
//! sentences.

use communique::{Extraction, Extractor};

fn organizations(text: &str) -> Vec<String> {
    let x = Extractor::new().extract(text);
    if let Err(e) = x.check(text) {
        panic!("{e}");
    }
    names(&x)
}

fn names(x: &Extraction<'_>) -> Vec<String> {
    x.organizations.iter().map(|o| o.text.to_string()).collect()
}

#[test]
fn national_agencies_by_name_and_acronym() {
    let text = "Le ministre a reçu mardi les directeurs de l'Agence ivoirienne de presse (AIP), \
                de l'Agence Bénin Presse et de l'Agence togolaise de presse. Selon la SANA, \
                l'armée syrienne a repris la ville; la KUNA et l'agence Anadolu ont repris \
                l'information, que l'Agence de presse jordanienne a confirmée.";
    assert_eq!(
        organizations(text),
        [
            "Agence ivoirienne de presse",
            "AIP",
            "Agence Bénin Presse",
            "Agence togolaise de presse",
            "SANA",
            "KUNA",
            "Anadolu",
            "Agence de presse jordanienne",
        ]
    );
}

#[test]
fn world_wires_and_broadcasters() {
    let text = "Une dépêche de l'Associated Press, reprise par Reuters, la DPA et Kyodo, a été \
                commentée sur France 24, la BBC Afrique, Al Arabiya et Deutsche Welle, puis \
                par Radio Okapi et l'ORTM.";
    assert_eq!(
        organizations(text),
        [
            "Associated Press",
            "Reuters",
            "DPA",
            "Kyodo",
            "France 24",
            "BBC Afrique",
            "Al Arabiya",
            "Deutsche Welle",
            "Radio Okapi",
            "ORTM",
        ]
    );
}

#[test]
fn newspapers_news_sites_and_release_wires() {
    let text = "Le quotidien El Watan et le Quotidien d'Oran citent Jeune Afrique et une \
                enquête du Canard enchaîné; Fraternité Matin et L'Observateur Paalga \
                reprennent l'entretien, diffusé par PR Newswire et CNW Telbec.";
    assert_eq!(
        organizations(text),
        [
            "El Watan",
            "Quotidien d'Oran",
            "Jeune Afrique",
            "Canard enchaîné",
            "Fraternité Matin",
            "L'Observateur Paalga",
            "PR Newswire",
            "CNW Telbec",
        ]
    );
}

#[test]
fn short_acronyms_of_outlets_only_in_capitals() {
    // "ami", "map", "aim", "tap", "spa", "ina", "sana" and "aa" are words or names in lower
    // case.
    let text = "Mon ami a pris la map pour viser son aim; un tap sur l'écran du spa, et Ina \
                et Sana sont parties en aa.";
    assert!(organizations(text).is_empty(), "{:?}", organizations(text));
    let text = "L'AMI, la MAP, la TAP, la SPA et l'AA ont couvert la réunion.";
    assert_eq!(organizations(text), ["AMI", "MAP", "TAP", "SPA", "AA"]);
}

#[test]
fn ordinary_sentences_name_no_outlet() {
    let text = "Le monde entier regarde la crise. La presse locale et la presse de Tunisie en \
                parlent; le point de vue des experts, l'express de nuit, le soir venu, le \
                temps qui passe, la libération des otages, la liberté de la presse, le devoir \
                de mémoire, le soleil du Sahel et l'union des forces ont été évoqués. Le \
                monde diplomatique salue l'essor de la coopération, et la télévision \
                togolaise comme l'agence de presse qatarie en ont rendu compte.";
    assert!(organizations(text).is_empty(), "{:?}", organizations(text));
}

#[test]
fn acronyms_this_press_uses_for_other_things_are_no_outlets() {
    let text = "La région MENA fait face à la menace NBC; des missiles AIM-120 ont été livrés \
                et la réunion s'est tenue dans le quartier ACI 2000 de Bamako.";
    let found = organizations(text);
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn menu_items_one_a_line_make_no_outlet() {
    let text = "Accueil\nPolitique\nMonde\nAfrique\nActu\nCameroun\nSport\n\nLe ministre a \
                parlé.";
    assert!(organizations(text).is_empty(), "{:?}", organizations(text));
}

#[test]
fn a_lower_case_agency_noun_stays_outside_the_name() {
    let text = "Selon l'agence Reuters et l'agence Belga, l'Agence Anadolu a été reçue.";
    assert_eq!(organizations(text), ["Reuters", "Belga", "Agence Anadolu"]);
}

#[test]
fn capitals_of_a_headline_are_no_acronyms_of_outlets() {
    let text = "LA MAP ET LA SANA AU SOMMET\n\nLe sommet s'est ouvert lundi.";
    assert!(organizations(text).is_empty(), "{:?}", organizations(text));
}

#[test]
fn canonical_forms_of_outlets() {
    let text = "La KUNA a cité Walfadjri.";
    let x = Extractor::new().extract(text);
    let kuna = &x.organizations[0];
    assert_eq!(&*kuna.text, "KUNA");
    assert_eq!(
        kuna.long_form.as_deref(),
        Some("Agence de presse du Koweït")
    );
    assert_eq!(names(&x), ["KUNA", "Walfadjri"]);
}

#[test]
fn a_place_before_a_wire_in_parentheses_is_no_acronym_of_it() {
    // A dateline's place in capitals before its agency's name is no acronym for it.
    let text = "BAMAKO (Reuters) - Les forces ont repris la ville, a affirmé vendredi une ONG.";
    assert_eq!(organizations(text), ["Reuters"]);
    // An acronym before the compound it abbreviates is learnt, and found again bare.
    let text = "Les chefs d'AQ (Al-Qaïda) ont fui; AQ a perdu la ville.";
    assert_eq!(organizations(text), ["AQ", "Al-Qaïda", "AQ"]);
}
