//! The place that opens a body: agencies, countries, parentheses, capitals, and what is no place.

use super::*;

#[test]
fn a_country_and_an_agency_after_the_place() {
    let text = format!("Titre\n\nTripoli, Libye (PANA) - {BODY}");
    assert_eq!(dateline(&text), is(Some("Tripoli"), None));
}

#[test]
fn a_source_then_the_place_in_parentheses() {
    assert_eq!(
        dateline("SAHELINFO (Niamey) – Le ministre de la Défense a reçu hier ses homologues."),
        is(Some("Niamey"), None)
    );
    // An agency after a known place stays the agency.
    assert_eq!(
        dateline("Dakar (APS) – Le ministre a reçu hier ses homologues."),
        is(Some("Dakar"), None)
    );
    // A country in parentheses after a site's name: the country.
    assert_eq!(
        dateline("Sahel-Hebdo (Niger)- Le ministre a reçu hier ses homologues."),
        is(Some("Niger"), None)
    );
    // An agency glued to a known city keeps the city, before the country in parentheses.
    assert_eq!(
        dateline("Titre\n\nAPA-Dakar (Sénégal)\n\nLe ministre a reçu hier ses homologues."),
        is(Some("Dakar"), None)
    );
    // A newspaper's credit alone on its line, its city in parentheses, is no dateline's place.
    assert_eq!(
        dateline(&format!(
            "Titre\n\n12 mai 2024\nLe Courrier du Fleuve (Niamey)\nPar Awa Diallo\n\n{BODY}"
        )),
        is(None, Some("2024-05-12"))
    );
}

#[test]
fn an_agency_before_the_place_after_a_comma_and_a_preposition() {
    let body = "Le ministre de la Défense a reçu hier ses homologues de la sous-région pour \
                une réunion consacrée à la lutte contre le terrorisme au Sahel.";
    assert_eq!(
        dateline(&format!(
            "Titre\n\n(AIB) – Bobo-Dioulasso, le 3 mars 2024 – {body}"
        )),
        is(Some("Bobo-Dioulasso"), Some("2024-03-03"))
    );
    assert_eq!(
        dateline(&format!(
            "Titre\nPublié le : 03/03/2024\n\nOuagadougou, (AIB) - {body}"
        )),
        is(Some("Ouagadougou"), Some("2024-03-03"))
    );
    assert_eq!(
        dateline(&format!("Titre\n\nÀ Abuja, le 3 mars 2024, {body}")),
        is(Some("Abuja"), Some("2024-03-03"))
    );
    // A wire's tag after the place is no acronym of the place.
    let extraction = crate::Extractor::new().extract("NIAMEY (ANP) – Le ministre a parlé.");
    assert!(extraction.organizations.iter().all(|o| o.text != "NIAMEY"));
}

#[test]
fn a_colon_or_a_slash_ends_a_place_in_a_body_paragraph_only() {
    assert_eq!(
        dateline(&format!("Kigali: {BODY}")),
        is(Some("Kigali"), None)
    );
    assert_eq!(
        dateline(&format!("Téhéran/{BODY}")),
        is(Some("Téhéran"), None)
    );
    assert_eq!(
        dateline(&format!(
            "Nouakchott : ouverture de la conférence\n\n{BODY}"
        )),
        None
    );
    assert_eq!(
        dateline(&format!(
            "CEEAC : un sommet extraordinaire sur la sécurité à Libreville !\n\n{BODY}"
        )),
        None
    );
}

#[test]
fn a_bar_or_an_agency_without_a_dash_ends_a_place_in_a_body_paragraph() {
    assert_eq!(
        dateline(&format!("Titre\n\nQUÉBEC | {BODY}")),
        is(Some("QUÉBEC"), None)
    );
    assert_eq!(
        dateline(&format!("Titre\n\nQUÉBEC | (AFP) {BODY}")),
        is(Some("QUÉBEC"), None)
    );
    assert_eq!(
        dateline(&format!("Titre\n\nNIAMEY (ANP) {BODY}")),
        is(Some("NIAMEY"), None)
    );
    // A menu's bars, a headline's: no place.
    assert_eq!(
        dateline(&format!("ACCUEIL | ACTUALITÉS | DÉFENSE\n\n{BODY}")),
        None
    );
    assert_eq!(
        dateline(&format!("Niamey | le sommet s'ouvre\n\n{BODY}")),
        None
    );
}

#[test]
fn a_city_alone_on_its_line() {
    let text = format!("Le ministre en visite\n\nDakar\nAgence / Dakar / Rédaction\n{BODY}");
    assert_eq!(dateline(&text), is(Some("Dakar"), None));
    // The end of a wrapped headline is not.
    let text = format!("Le ministre en visite au centre de formation de\nDakar\n\n{BODY}");
    assert_eq!(dateline(&text), None);
    // A region or a section of a menu is not a dateline.
    assert_eq!(dateline(&format!("Accueil\nSahel\nNEWS\n{BODY}")), None);
}

#[test]
fn a_long_headline_is_not_the_body() {
    let text = format!(
        "Le ministre annonce une subvention de plusieurs millions au centre de prévention \
         de la radicalisation menant à la violence et aux organismes qui luttent contre \
         l'extrémisme dans toute la province\nQUÉBEC, le 3 mars 2016 /Agence/ - {BODY}"
    );
    assert_eq!(dateline(&text), is(Some("QUÉBEC"), Some("2016-03-03")));
}

#[test]
fn a_weekday_is_no_place() {
    assert_eq!(
        dateline(&format!("Lundi, 3 juin 2024\n\n{BODY}")),
        is(None, Some("2024-06-03"))
    );
    assert_eq!(dateline(&format!("Lundi, 3 juin - {BODY}")), None);
    // In English or abbreviated, before a date line's source.
    assert_eq!(
        dateline(&format!(
            "Titre\n\nSat, 14 Mar 2020 Source: exemple.com\n\n{BODY}"
        )),
        is(None, Some("2020-03-14"))
    );
}

#[test]
fn an_agency_glued_to_its_place_and_a_section_before_publie() {
    assert_eq!(
        dateline(&format!("Titre\n\nAPA-Dakar (Sénégal)\n\n{BODY}")),
        is(Some("Dakar"), None)
    );
    assert_eq!(
        dateline(&format!(
            "Titre\nDéfense Publié le samedi 14 mars 2020 | Agence\n\nJeudi 12 mars 2020. \
             Dakar. {BODY}"
        )),
        is(None, Some("2020-03-14"))
    );
    assert_eq!(
        dateline(&format!(
            " date 2020-03 source : une chaîne • 14/03/2020 à 10:12\n\n{BODY}"
        )),
        is(None, Some("2020-03-14"))
    );
}

#[test]
fn an_outlet_in_capitals_is_no_place_and_minutes_may_be_spelt() {
    assert_eq!(dateline(&format!("DAKARNEWS -Une mission {BODY}")), None);
    assert_eq!(
        dateline(&format!(
            "Titre\npublié le : 22 septembre 2023 à 12h05min | MàJ : 22 septembre 2023\n\n{BODY}"
        )),
        is(None, Some("2023-09-22"))
    );
}

#[test]
fn a_dateline_in_parentheses_or_after_a_postcode() {
    assert_eq!(
        dateline(&format!("(Niamey, 4 mars 2022) {BODY}")),
        is(Some("Niamey"), Some("2022-03-04"))
    );
    assert_eq!(
        dateline(&format!("(Kayes, 4 mars 2022) – {BODY}")),
        is(Some("Kayes"), Some("2022-03-04"))
    );
    assert_eq!(
        dateline(&format!("(Le 9 juin 2016) - NIAMEY - {BODY}")),
        is(Some("NIAMEY"), Some("2016-06-09"))
    );
    assert_eq!(
        dateline(&format!(
            "Communiqué\n\n1211 Genève, le 3 avril 2019\n\n{BODY}"
        )),
        is(Some("Genève"), Some("2019-04-03"))
    );
    // A number before a place is no postcode without a dated dateline.
    assert_eq!(dateline(&format!("2019 Genève {BODY}")), None);
}

#[test]
fn garbled_dashes_full_stops_times_agencies_and_ranges() {
    // A dash garbled into a question mark, under a date line.
    assert_eq!(
        dateline(&format!("jeudi 1 mars 2018\n\nAbidjan ? {BODY}")),
        is(Some("Abidjan"), Some("2018-03-01"))
    );
    // A known city and a full stop open the body.
    assert_eq!(
        dateline(&format!("Niamey. {BODY}")),
        is(Some("Niamey"), None)
    );
    assert_eq!(dateline(&format!("Koulbouka. {BODY}")), None);
    // A time before the date on a date line.
    assert_eq!(
        dateline(&format!("Un titre\n\n02:05 19 novembre 2019\n\n{BODY}")),
        is(None, Some("2019-11-19"))
    );
    // A known agency in capitals is no place.
    assert_eq!(dateline(&format!("ANP - {BODY}")), None);
    // A range that opens a line is an event's.
    assert_eq!(
        dateline("Du 5 au 7 novembre 2020 s'est tenu à Niamey le forum régional, qui a réuni de nombreux participants venus de toute la région."),
        None
    );
}

#[test]
fn a_place_in_capitals_and_a_colon_before_a_sentence_in_lower_case() {
    assert_eq!(
        dateline("KOLWEZI : le gouverneur de la province a reçu hier les responsables de la mission de paix venus faire le point sur la sécurité."),
        is(Some("KOLWEZI"), None)
    );
    // Not a place in mixed case (a headline's subject), nor a short line.
    assert_eq!(
        dateline("Sécurité : le gouverneur de la province a reçu hier les responsables de la mission de paix venus faire le point sur la sécurité."),
        None
    );
    assert_eq!(dateline(&format!("KOLWEZI : la visite\n\n{BODY}")), None);
}

#[test]
fn a_summary_in_items_is_no_body_and_ends_on_its_line() {
    assert_eq!(
        dateline(&format!(
            "La ministre en visite aux Émirats\n- La ministre a mis en avant l'exercice \
             conjoint achevé le mois dernier avec les forces du pays hôte\nNairobi\n{BODY}"
        )),
        is(Some("Nairobi"), None)
    );
    // The same with no-break spaces.
    assert_eq!(
        dateline(&format!(
            "La ministre en visite aux Émirats\n-\u{a0}La ministre a mis en avant l'exercice \
             conjoint achevé le mois dernier avec les forces du pays hôte\nNairobi\n{BODY}"
        )),
        is(Some("Nairobi"), None)
    );
}

#[test]
fn a_letter_or_two_in_capitals_is_no_place() {
    assert_eq!(
        dateline(&format!(
            "Q : Pouvez-vous préciser le calendrier du retrait des troupes du pays ? {BODY}"
        )),
        None
    );
    assert_eq!(dateline(&format!("GAO : {BODY}")), is(Some("GAO"), None));
}

#[test]
fn a_relative_date_after_a_comma_needs_a_known_place() {
    assert_eq!(
        dateline(&format!("Arrivé, hier dimanche, à Nairobi pour une visite de deux jours, le ministre a tenu une conférence de presse. {BODY}")),
        None
    );
    assert_eq!(
        dateline(&format!("DAKAR, hier dimanche - {BODY}")),
        is(Some("DAKAR"), None)
    );
}

#[test]
fn a_place_in_capitals_glued_to_the_body_by_a_hyphen() {
    assert_eq!(
        dateline("NIAMEY-Le gouvernement a annoncé la fermeture provisoire de trois postes frontaliers dans la région de Tillabéri."),
        is(Some("NIAMEY"), None)
    );
    assert_eq!(
        dateline(&format!("ADDIS-ABEBA - {BODY}")),
        is(Some("ADDIS-ABEBA"), None)
    );
    assert_eq!(before_glued_body("Porto-Novo - x"), "Porto-Novo - x");
    assert_eq!(before_glued_body("BAMAKO-Les"), "BAMAKO-");
    assert_eq!(before_glued_body("TUNIS-L’armée"), "TUNIS-");
    assert_eq!(
        before_glued_body("APA-Dakar (Sénégal)"),
        "APA-Dakar (Sénégal)"
    );
    assert_eq!(before_glued_body("A-Le"), "A-Le");
    // A place of two words in capitals, the second elided, is one place.
    assert_eq!(
        before_glued_body("VILLEBON-L’ÉTANG Le défilé"),
        "VILLEBON-L’ÉTANG Le défilé"
    );
}

#[test]
fn a_place_in_parentheses_opens_the_body_as_quebec_writes_it() {
    assert_eq!(
        dateline(&format!("Titre\n\nPartager\n\n(Québec) {BODY}")),
        is(Some("Québec"), None)
    );
    assert_eq!(
        dateline(&format!("Titre\n\n(TAPA, Estonie) {BODY}")),
        is(Some("TAPA"), None)
    );
    // Not a word in parentheses that is no place.
    assert_eq!(dateline(&format!("Titre\n\n(Photo) {BODY}")), None);
}

#[test]
fn the_short_lines_of_a_menu_make_no_paragraph() {
    let menu = "Accueil\nL'ambassade\nNous écrire\nVisas et passeports\nÉtudier dans le pays\n\
                Agenda\nCommuniqués\nLa coopération militaire bilatérale\n\
                Espace presse et médias\nLes accords de coopération signés\nVoir tout ...\n\
                À lire aussi\nPresse\n";
    assert_eq!(
        dateline(&format!(
            "{menu}Point de presse hebdomadaire du ministère\n (2021-03-14)\n\n{BODY}"
        )),
        is(None, Some("2021-03-14"))
    );
}

#[test]
fn a_known_organisation_and_a_dash_before_the_dateline() {
    assert_eq!(
        dateline("ONU – Genève / Le haut-commissaire a présenté hier son rapport annuel devant le Conseil des droits de l'homme."),
        is(Some("Genève"), None)
    );
    // Not when nothing like a place follows the dash.
    assert_eq!(
        dateline("ONU – le haut-commissaire a présenté hier son rapport annuel devant le Conseil des droits de l'homme."),
        None
    );
}

#[test]
fn a_rubric_before_a_headlines_colon_is_no_dateline() {
    assert_eq!(
        dateline(&format!(
            "Haut-Katanga - Likasi : des heurts signalés près de la mine\n{BODY}"
        )),
        None
    );
    assert_eq!(
        dateline(&format!(
            "ANALYSE – Amadou Sow : « Le Sahel doit s'unir »\n\n{BODY}"
        )),
        None
    );
    // A place and its agency alone on their line stay a dateline.
    assert_eq!(
        dateline(&format!("Dakar - Saba :\n{BODY}")),
        is(Some("Dakar"), None)
    );
}

#[test]
fn a_city_under_a_temperature_is_a_weather_widgets() {
    assert_eq!(
        dateline(&format!(
            "21.5 C\nNiamey\nAccueil Actualités\n\nTahoua, 4 mars 2024 (ANP) – {BODY}"
        )),
        is(Some("Tahoua"), Some("2024-03-04"))
    );
    // Without the temperature, the city alone on its line is the dateline's.
    assert_eq!(
        dateline(&format!("Niamey\n{BODY}")),
        is(Some("Niamey"), None)
    );
    assert!(is_temperature("31°C") && is_temperature("-2 °F") && is_temperature("23,5 C"));
    assert!(!is_temperature("CEDEAO") && !is_temperature("2024 C") && !is_temperature("C"));
}

#[test]
fn a_place_a_comma_and_a_dash_without_the_agency() {
    assert_eq!(
        dateline(&format!("Bangui, – {BODY}")),
        is(Some("Bangui"), None)
    );
    // An unknown place in mixed case stays none.
    assert_eq!(dateline(&format!("Ailleurs, – {BODY}")), None);
}

#[test]
fn a_place_and_its_date_without_a_comma_before_a_dash() {
    assert_eq!(
        dateline(&format!("Bangui 3 mai 2022—(Agence Centrafrique) : {BODY}")),
        is(Some("Bangui"), Some("2022-05-03"))
    );
    assert_eq!(
        dateline(&format!("NIAMEY 4 juin 2021 - {BODY}")),
        is(Some("NIAMEY"), Some("2021-06-04"))
    );
    // Or a colon, as after a comma ("Atar, le 2 mai 2023 : …").
    assert_eq!(
        dateline(&format!("Atar le 2 mai 2023 : {BODY}")),
        is(Some("Atar"), Some("2023-05-02"))
    );
    assert_eq!(
        dateline(&format!("Rosso le 12/01/2022 : {BODY}")),
        is(Some("Rosso"), Some("2022-01-12"))
    );
}

#[test]
fn a_newspapers_rubric_is_no_place() {
    let body = "La ministre des Armées est arrivée lundi à Niamey, où elle a rencontré le chef \
        de l'État et les officiers de la force conjointe du Sahel.";
    assert_eq!(dateline(&format!("SÉCURITÉ – {body}")), None);
    assert_eq!(dateline(&format!("Faits divers - {body}")), None);
    // Nor is the part number of a series an agency.
    assert_eq!(
        dateline(&format!("Épisode (3) – Le procès des attentats\n\n{BODY}")),
        None
    );
    // Nor is a theme's cue, a common noun of the field, in capitals before a dash.
    assert_eq!(dateline(&format!("TERRORISME – {body}")), None);
    assert_eq!(dateline(&format!("RADICALISATION - {body}")), None);
    // Nor is a cue and its adjective.
    assert_eq!(dateline(&format!("COOPÉRATION MILITAIRE – {body}")), None);
    assert_eq!(
        dateline(&format!("TERRORISME INTERNATIONAL - {body}")),
        None
    );
    // Nor is a word shaped as an abstract noun, under a page's stamp too.
    for rubric in [
        "RÉTROSPECTIVE",
        "ÉVÉNEMENTS",
        "RECRUTEMENT",
        "COMMÉMORATION",
    ] {
        assert_eq!(dateline(&format!("{rubric} – {body}")), None, "{rubric}");
    }
    assert_eq!(
        dateline(&format!(" date 2019-03 RÉTROSPECTIVE - {body}")),
        is(None, Some("2019-03"))
    );
    // A place in capitals the gazetteer lacks stays one, of two words too.
    assert_eq!(dateline(&format!("KAYA – {body}")), is(Some("KAYA"), None));
    assert_eq!(
        dateline(&format!("BOBO DIOULASSO – {body}")),
        is(Some("BOBO DIOULASSO"), None)
    );
}

#[test]
fn a_wires_underscore_is_a_dash() {
    assert_eq!(
        dateline(&format!("OTTAWA _ {BODY}")),
        is(Some("OTTAWA"), None)
    );
}

#[test]
fn an_agency_glued_after_a_known_place() {
    assert_eq!(
        dateline(&format!("Rabat-MAP - {BODY}")),
        is(Some("Rabat"), None)
    );
    // A place's own hyphen stays.
    assert_eq!(
        dateline(&format!("Porto-Novo - {BODY}")),
        is(Some("Porto-Novo"), None)
    );
}

#[test]
fn a_known_place_and_its_date_without_a_comma_in_parentheses() {
    assert_eq!(
        dateline(&format!("(Niamey 12 mars 2021. GMT+1) {BODY}")),
        is(Some("Niamey"), Some("2021-03-12"))
    );
}

#[test]
fn an_agency_dateline_inside_a_line() {
    // A scraper glued the headline to its body.
    let text = "Niger : la garde nationale se réorganise Niamey, 3 avril 2019 (AFP) - Confronté \
        à des attaques répétées, le gouvernement a nommé de nouveaux chefs à la tête des trois \
        régions militaires du pays.";
    assert_eq!(dateline(text), is(Some("Niamey"), Some("2019-04-03")));
    // Without its agency and dash, a place and a date inside a sentence are no dateline.
    let text = "Le ministre a rappelé la réunion tenue à Niamey, 3 avril 2019 avec les chefs \
        d'état-major des armées de la région, consacrée à la sécurité des frontières.";
    assert_eq!(dateline(text), None);
}

#[test]
fn a_city_alone_under_a_chapeau_and_a_blank_line() {
    let text = format!(
        "Le ministre au chevet des troupes\nQuelque trente soldats ont été formés entre \
         janvier et juin 2019 dans la région du Nord, selon des chiffres publiés par le \
         ministère de la Défense.\n\nNiamey\nAgence / Nord (Niger) / Jean Ndi\n{BODY}"
    );
    assert_eq!(dateline(&text), is(Some("Niamey"), None));
    // Right under the chapeau, with no blank line, it is not.
    let text = text.replace("Défense.\n\nNiamey", "Défense.\nNiamey");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_thing_of_a_known_place_is_no_place_and_a_place_glues_to_alors() {
    // A headline's subject in capitals, of a known place, then a dash: no dateline.
    assert_eq!(
        dateline(&format!(
            "ATTENTATS DE BAMAKO—AMINA DIALLO (OIF): « Notre soutien est entier »\n\n{BODY}"
        )),
        None
    );
    // A place glued by a hyphen to the body's first word.
    assert_eq!(
        dateline(&format!("NIAMEY-Alors que la frontière est fermée, {BODY}")),
        is(Some("NIAMEY"), None)
    );
}

#[test]
fn a_hyphenated_place_in_capitals_of_many_parts() {
    let text = format!("Un soldat blessé est décédé\n\nSAINT-JEAN-DE-LUZ – {BODY}");
    assert_eq!(dateline(&text), is(Some("SAINT-JEAN-DE-LUZ"), None));
    // Four words with spaces are a headline's, no place.
    let text = format!("Un soldat blessé\n\nAGENCE COOPÉRATION SAHEL-MALI – {BODY}");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_menu_item_glued_to_its_description_is_no_body() {
    let menu = "Qui sommes-nous\nQui sommes-nousL’agence soutient depuis trente ans les États \
        membres de la région dans la gestion de leurs frontières, de leurs migrations et de \
        leurs crises humanitaires.\nÀ propos\nNos bureaux\nNos projets";
    let text = format!("{menu}\nUn nouveau projet au Sahel\nNiamey - {BODY}");
    assert_eq!(dateline(&text), is(Some("Niamey"), None));
    // The same description on a line of its own is a body paragraph: nothing below it.
    let text = text.replace("Qui sommes-nous\nQui sommes-nousL’", "L’");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_country_in_capitals_before_a_colon_is_no_place() {
    // A state is no place: the headline of a country's news, however long.
    let text = format!(
        "RDC : l’armée défile pour la fête de l’indépendance devant le chef de l’État et ses \
         invités.\n\n{BODY}"
    );
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_known_city_and_its_comma_alone_on_a_line() {
    let text = format!("Damas,\n{BODY}");
    assert_eq!(dateline(&text), is(Some("Damas"), None));
    // An unknown word and its comma alone are no place.
    let text = format!("Bonjour,\n{BODY}");
    assert_eq!(dateline(&text), None);
}

#[test]
fn two_known_places_joined_by_a_slash_or_a_hyphen() {
    let text = format!("Dakar/New York, le 5 janvier 2021 – {BODY}");
    assert_eq!(
        dateline(&text),
        is(Some("Dakar/New York"), Some("2021-01-05"))
    );
    let text = format!("Un titre\n\nGENÈVE / BAMAKO (17 février 2016) – {BODY}");
    assert_eq!(
        dateline(&text),
        is(Some("GENÈVE / BAMAKO"), Some("2016-02-17"))
    );
    // Two places without a date after them: a headline's pair, no dateline of both.
    let text = format!("Dakar/Bamako : la route rouverte\n\n{BODY}");
    assert_eq!(dateline(&text), None);
}

#[test]
fn a_source_and_a_slash_under_the_desks_city() {
    // The desk's city alone, then the source, its slash and the dateline's place.
    assert_eq!(
        dateline(&format!(
            "Un titre sur la visite\nAnkara\nAGENCE/ Niamey\n{BODY}"
        )),
        is(Some("Niamey"), None)
    );
    // And after the place, a slash before the author.
    assert_eq!(
        dateline(&format!(
            "Un titre sur la visite\nAnkara\nAGENCE / Dakar / Awa Diallo\n{BODY}"
        )),
        is(Some("Dakar"), None)
    );
    // Without a source below, the city alone is the dateline's.
    assert_eq!(
        dateline(&format!("Un titre sur la visite\n\nAnkara\n\n{BODY}")),
        is(Some("Ankara"), None)
    );
}

#[test]
fn a_place_before_a_headline_closed_by_its_date() {
    // "Pays – Sujet (date)": a rubric and a headline, whose date is the page's.
    assert_eq!(
        dateline(&format!(
            "Sénégal – Visite du ministre des Affaires étrangères (12 mai 2024)\n\n{BODY}"
        )),
        is(None, Some("2024-05-12"))
    );
    // An event's range in parentheses is no date line.
    assert_eq!(
        dateline(&format!(
            "Sahel – Déplacement du ministre au Niger et au Tchad (3 au 5 mai 2024)\n\n{BODY}"
        )),
        None
    );
    // The place and the dash open a body: the dateline.
    assert_eq!(
        dateline(&format!("Dakar – {BODY}")),
        is(Some("Dakar"), None)
    );
}

#[test]
fn a_country_then_the_agency_in_parentheses() {
    assert_eq!(
        dateline(&format!("Un titre\n\nBangui (Centrafrique) (AFP) - {BODY}")),
        is(Some("Bangui"), None)
    );
}

#[test]
fn the_place_and_day_of_a_speechs_heading() {
    // In parentheses closing the heading.
    assert_eq!(
        dateline("Entretien du ministre avec une radio (Dakar, 30/03/2022)\nQ - Bonjour.\n"),
        is(Some("Dakar"), Some("2022-03-30"))
    );
    // "à PLACE le DATE." closing a speech's heading.
    assert_eq!(
        dateline(&format!(
            "Déclaration de Mme Awa Diallo, ministre des Armées, sur la défense, à Dakar le \
             7 octobre 2011.\n\n{BODY}"
        )),
        is(Some("Dakar"), Some("2011-10-07"))
    );
    // After the heading's sentence, the place, its day and a parenthesis.
    assert_eq!(
        dateline(&format!(
            "Discours du ministre au Forum. Dakar, le 13 juillet 2012 (Seul le prononcé fait \
             foi).\n\n{BODY}"
        )),
        is(Some("Dakar"), Some("2012-07-13"))
    );
    // A sentence of the body that ends so is no heading.
    assert_eq!(
        dateline("Titre\n\nLe ministre des Armées s'est rendu à Dakar le 3 mai 2024.\n"),
        None
    );
}

#[test]
fn two_places_joined_before_a_dash() {
    assert_eq!(
        dateline(&format!("Un titre\n\nDakar/Genève – {BODY}")),
        is(Some("Dakar/Genève"), None)
    );
    // The date line above dates it.
    assert_eq!(
        dateline(&format!(
            "Un titre sur la réunion - 16 juin 2007\n\nDakar/Genève – {BODY}"
        )),
        is(Some("Dakar/Genève"), Some("2007-06-16"))
    );
}

#[test]
fn three_places_joined_and_an_agency_before_the_dash() {
    assert_eq!(
        dateline(&format!("Un titre\n\nDakar / Genève (AGENCE) – {BODY}")),
        is(Some("Dakar / Genève"), None)
    );
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nDAKAR/GENÈVE/NIAMEY, 17 août 2012 – {BODY}"
        )),
        is(Some("DAKAR/GENÈVE/NIAMEY"), Some("2012-08-17"))
    );
}

#[test]
fn furniture_glued_before_the_dateline_is_left_out() {
    // Markup tags a page's extraction left, under the page's stamp.
    assert_eq!(
        dateline(&format!("date 2021-05 <strong>Addis Abeba — {BODY}")),
        is(Some("Addis Abeba"), Some("2021-05"))
    );
    assert_eq!(
        dateline(&format!("Un titre\n\n<p><b>NIAMEY (ANP) - {BODY}")),
        is(Some("NIAMEY"), None)
    );
    // A source in capitals glued by an underscore.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nAGENCEGN_Conakry, le 3 avril 2021\n\n{BODY}"
        )),
        is(Some("Conakry"), Some("2021-04-03"))
    );
    // A credit glued by a hyphen to the dateline in parentheses.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\n©InfoPresse-(Lomé, le 9 juin 2021)-{BODY}"
        )),
        is(Some("Lomé"), Some("2021-06-09"))
    );
    // No tag, no source: a sentence's "<" and a lower-case word before "_" are text.
    assert_eq!(
        dateline(&format!("Un titre\n\n< Retour Niamey - {BODY}")),
        None
    );
    assert_eq!(
        dateline(&format!("Un titre\n\nmot_Conakry, le 3 avril 2021 {BODY}")),
        None
    );
}

#[test]
fn the_authors_before_a_wires_opener() {
    assert_eq!(
        dateline(&format!(
            "Un titre\n\npar Awa Diallo et Jean Dupont WASHINGTON (Reuters) - {BODY}"
        )),
        is(Some("WASHINGTON"), None)
    );
    // Without an agency, the words in capitals after a byline are its authors'.
    assert_eq!(
        dateline(&format!("Un titre\n\nPar AWA DIALLO - {BODY}")),
        None
    );
}

#[test]
fn a_wires_day_without_its_year_inside_a_line() {
    assert_eq!(
        dateline(&format!(
            "Un titre 01032012 Agence GENEVE, 27 février (Xinhua) -- {BODY}"
        )),
        Some((Some("GENEVE".to_string()), None))
    );
    // Its year from the date line above, when their months agree.
    assert_eq!(
        dateline(&format!(
            "29/02/2012\n\nUn titre GENEVE, 27 février (Xinhua) -- {BODY}"
        )),
        is(Some("GENEVE"), Some("2012-02-27"))
    );
}

#[test]
fn a_source_a_dash_and_the_place_in_parentheses() {
    assert_eq!(
        dateline(&format!("Un titre\n\nINFOMAUR - (Nouakchott) – {BODY}")),
        is(Some("Nouakchott"), None)
    );
}

#[test]
fn a_place_unknown_before_a_known_country_and_a_dash() {
    assert_eq!(
        dateline(&format!("Un titre\n\nFribourg, Suisse — {BODY}")),
        is(Some("Fribourg"), None)
    );
    // Two words before a dash, no country: no dateline.
    assert_eq!(
        dateline(&format!("Un titre\n\nFribourg, Lausanne — {BODY}")),
        None
    );
}

#[test]
fn two_known_places_joined_by_a_comma_before_the_date() {
    assert_eq!(
        dateline(&format!("Un titre\n\n(Dakar, Paris, 9 mai 2021). {BODY}")),
        is(Some("Dakar, Paris"), Some("2021-05-09"))
    );
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nDakar, Paris, le 9 mai 2021\n\n{BODY}"
        )),
        is(Some("Dakar, Paris"), Some("2021-05-09"))
    );
    // A country after the comma is the place's own.
    assert_eq!(
        dateline(&format!("Un titre\n\nDakar, Sénégal, 9 mai 2021 – {BODY}")),
        is(Some("Dakar"), Some("2021-05-09"))
    );
}

#[test]
fn a_place_and_a_dash_before_a_headlines_subject_and_its_colon() {
    // "Côte d'Ivoire": an elided particle glued to the next word is still the subject's.
    assert_eq!(
        dateline(&format!(
            "Abidjan - Côte d'Ivoire : les nouvelles du pays\n\n{BODY}"
        )),
        None
    );
    // In a body paragraph, a colon after the dash is the sentence's.
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nAbidjan – Le ministre a dit : « nous venons ». {BODY}"
        )),
        is(Some("Abidjan"), None)
    );
}

#[test]
fn two_names_the_gazetteer_lacks_joined_by_a_slash_before_a_comma_and_a_day() {
    assert_eq!(
        dateline(&format!(
            "Un titre\n\nBerne/Sion, 14.11.2015 (agence) {BODY}"
        )),
        is(Some("Berne/Sion"), Some("2015-11-14"))
    );
    // Without the day, two unknown names before a dash are no dateline.
    assert_eq!(dateline(&format!("Un titre\n\nBerne/Sion – {BODY}")), None);
}

#[test]
fn a_canadian_citys_province_code_is_no_part_of_its_place() {
    assert_eq!(
        dateline(&format!("HALIFAX NS, le 4 mars 2022 /CNW/ - {BODY}")),
        is(Some("HALIFAX"), Some("2022-03-04"))
    );
    // Nor after a city in mixed case; two capitals that are no province's stay.
    assert_eq!(
        dateline(&format!("Gatineau QC, le 4 mars 2022 /CNW/ - {BODY}")),
        is(Some("Gatineau"), Some("2022-03-04"))
    );
    assert_eq!(
        dateline(&format!("PORT LOUIS, le 4 mars 2022 /CNW/ - {BODY}")),
        is(Some("PORT LOUIS"), Some("2022-03-04"))
    );
}

#[test]
fn a_day_told_from_today_is_no_place_before_its_date() {
    for day in ["Aujourd'hui", "Aujourd’hui", "Hier", "Demain", "Avant-hier"] {
        assert_eq!(
            dateline(&format!(
                "{day}, le 9 mars 2023, nous honorons la mémoire de nos anciens \
                 combattants avec la nation tout entière et ses amis."
            )),
            is(None, Some("2023-03-09")),
            "{day}"
        );
    }
}

#[test]
fn a_sites_domain_before_a_dash_is_no_place() {
    for site in ["NETTALI.COM", "Senego.net", "actu-sahel.info"] {
        assert_eq!(
            dateline(&format!("Un titre\n\n{site} - {BODY}")),
            None,
            "{site}"
        );
    }
    // A city's abbreviation with its dot is a place.
    assert_eq!(
        dateline(&format!("Un titre\n\nST. LOUIS - {BODY}")),
        is(Some("ST. LOUIS"), None)
    );
}
