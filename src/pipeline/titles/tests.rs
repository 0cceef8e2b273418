//! The titles of texts written for them: offices and their portfolios, ranks, honorifics.

/// The titles of `text`, as written.
fn titles(text: &str) -> Vec<String> {
    crate::Extractor::new()
        .extract(text)
        .titles
        .iter()
        .map(|t| t.text.to_string())
        .collect()
}

#[test]
fn an_office_runs_over_its_portfolio() {
    let cases: [(&str, &[&str]); 11] = [
        (
            "Le Ministre de la Défense et de la modernisation de l'Armée a reçu les chefs.",
            &["Ministre de la Défense et de la modernisation de l'Armée", "chefs"],
        ),
        (
            "Le ministre de la Défense de l'Armée de l'air a parlé.",
            &["ministre de la Défense"],
        ),
        (
            "Le ministre des Affaires étrangères, de l'Intégration africaine et des Burkinabè de l'extérieur a parlé.",
            &["ministre des Affaires étrangères, de l'Intégration africaine et des Burkinabè de l'extérieur"],
        ),
        (
            "Les ministres de l'Intérieur et de la Justice se sont réunis.",
            &["ministres de l'Intérieur et de la Justice"],
        ),
        (
            "Le ministre délégué auprès du Premier ministre, chargé du Budget, est arrivé.",
            &["ministre délégué auprès du Premier ministre, chargé du Budget"],
        ),
        (
            "Le chef d'état-major de l'armée de terre a reçu la presse.",
            &["chef d'état-major de l'armée de terre"],
        ),
        (
            "Le directeur de la sécurité intérieure par intérim a parlé.",
            &["directeur de la sécurité intérieure par intérim"],
        ),
        (
            "Le conseiller diplomatique du président était là.",
            &["conseiller diplomatique", "président"],
        ),
        (
            "Le président en exercice et la présidente sortante ont parlé.",
            &["président en exercice", "présidente sortante"],
        ),
        (
            "La ministre nigériane de la Santé a parlé.",
            &["ministre nigériane de la Santé"],
        ),
        (
            "Le chef de la division Moyen-Orient a parlé.",
            &["chef de la division Moyen-Orient"],
        ),
    ];
    for (text, expected) in cases {
        assert_eq!(titles(text), expected, "{text}");
    }
}

#[test]
fn an_office_stops_before_whom_it_serves() {
    let cases: [(&str, &[&str]); 7] = [
        (
            "Le Président de la République du Ghana a parlé.",
            &["Président"],
        ),
        (
            "Le Représentant spécial du Secrétaire général est arrivé.",
            &["Représentant spécial", "Secrétaire général"],
        ),
        (
            "Le ministre de la Défense du Mali a reçu le secrétaire général de l'Union africaine.",
            &["ministre de la Défense", "secrétaire général"],
        ),
        (
            "Le directeur du Département de la coopération a parlé.",
            &["directeur"],
        ),
        (
            "Le ministre de la Défense a reçu la délégation.",
            &["ministre de la Défense"],
        ),
        (
            "Le ministre des Armées Florence Dupont a parlé.",
            &["ministre des Armées"],
        ),
        ("Les pays ont déjà envoyé des délégations.", &[]),
    ];
    for (text, expected) in cases {
        assert_eq!(titles(text), expected, "{text}");
    }
}

#[test]
fn an_ordinal_ranks_an_office_and_a_unit_numbered_in_figures_is_its_portfolio() {
    assert_eq!(
        titles(
            "Le 2e vice-président, le deuxième secrétaire général adjoint, la première \
             conseillère et le premier vice-président ont reçu le commandant de la 4e Région \
             militaire et le maire du 8è arrondissement."
        ),
        [
            "2e vice-président",
            "deuxième secrétaire général adjoint",
            "première conseillère",
            "premier vice-président",
            "commandant de la 4e Région militaire",
            "maire du 8è arrondissement",
        ]
    );
    // The first to hold an office is no rank; a body after an ordinal is whom it serves.
    assert_eq!(
        titles("Il fut le premier président de la CEDEAO et le Président de la 76e Assemblée générale."),
        ["président", "Président"]
    );
}

#[test]
fn a_known_person_after_de_is_whom_the_office_serves() {
    assert_eq!(
        titles(
            "L'ancien chef d'état-major de Bazoum et ambassadeur au Tchad, le porte-parole de \
             Haftar et le Directeur de Cabinet du ministre."
        ),
        [
            "chef d'état-major",
            "ambassadeur",
            "porte-parole",
            "Directeur de Cabinet",
            "ministre"
        ]
    );
}

#[test]
fn the_government_a_spokesperson_speaks_for_is_whom_the_office_serves() {
    assert_eq!(
        titles(
            "Le porte-parole du gouvernement, le Porte-parole du Gouvernement et le chef du \
             gouvernement."
        ),
        ["porte-parole", "Porte-parole", "chef du gouvernement"]
    );
}

#[test]
fn a_remit_after_the_office_another_serves_is_not_its_own() {
    assert_eq!(
        titles(
            "Le Représentant spécial du Secrétaire général pour la région des Grands Lacs et \
             l'envoyé spécial pour le Sahel."
        ),
        [
            "Représentant spécial",
            "Secrétaire général",
            "envoyé spécial pour le Sahel"
        ]
    );
}

#[test]
fn what_an_office_is_in_charge_of_is_its_portfolio() {
    assert_eq!(
        titles(
            "Le ministre délégué auprès du Chef du gouvernement, chargé de l'Administration de \
             la Défense nationale."
        ),
        ["ministre délégué auprès du Chef du gouvernement, chargé de l'Administration de la Défense nationale"]
    );
}

#[test]
fn relations_with_a_body_are_a_portfolio_and_avec_ends_any_other() {
    assert_eq!(
        titles(
            "Le ministre chargé des Relations avec le Parlement et le ministre de la Défense \
             avec le chef d'état-major."
        ),
        [
            "ministre chargé des Relations avec le Parlement",
            "ministre de la Défense",
            "chef d'état-major"
        ]
    );
}

#[test]
fn a_portfolio_after_the_qualifiers_and_a_demonym() {
    assert_eq!(
        titles(
            "Le conseiller militaire supérieur britannique pour le Sahel, le ministre fédéral \
             allemand de la Défense et le Premier ministre tchadien."
        ),
        [
            "conseiller militaire supérieur britannique pour le Sahel",
            "ministre fédéral allemand de la Défense",
            "Premier ministre"
        ]
    );
}

#[test]
fn a_remit_with_a_second_object() {
    assert_eq!(
        titles(
            "Le haut représentant pour les Affaires étrangères et la Politique de sécurité et \
             l'envoyé spécial pour le Sahel et la France."
        ),
        [
            "haut représentant pour les Affaires étrangères et la Politique de sécurité",
            "envoyé spécial pour le Sahel"
        ]
    );
}

#[test]
fn a_purpose_after_an_office_with_its_portfolio_is_the_sentences() {
    assert_eq!(
        titles(
            "Il a remercié le chef de l'État pour la contribution du pays; la secrétaire d'État \
             pour l'environnement et l'envoyé spécial pour la paix étaient là."
        ),
        [
            "chef de l'État",
            "secrétaire d'État pour l'environnement",
            "envoyé spécial pour la paix"
        ]
    );
}

#[test]
fn the_noun_of_a_post_ends_a_portfolio() {
    assert_eq!(
        titles(
            "Nommé par le Roi au poste de gouverneur, puis la ministre des Armées à la tête \
             de la délégation."
        ),
        ["Roi", "gouverneur", "ministre des Armées"]
    );
}

#[test]
fn a_body_named_by_its_noun_is_whom_the_office_serves() {
    assert_eq!(
        titles("Le directeur de l'organisme et les chefs des organismes antiterroristes."),
        ["directeur", "chefs des organismes antiterroristes"]
    );
}

#[test]
fn a_capitalised_le_between_a_name_and_an_office_makes_a_surname() {
    assert!(titles("Bruno Le Maire a parlé; Awa La Reine aussi.").is_empty());
    // Not after a title ("Son Excellence Le Colonel"), nor an office's "le" in lower case.
    assert_eq!(
        titles("Son Excellence Le Colonel Assimi Kane a reçu Bruno le maire."),
        ["Son Excellence", "Colonel", "maire"]
    );
}
