//! Offices as the press writes them: feminine forms ("la cheffe de la diplomatie"), offices
//! of justice, consulates and chancelleries, and the role nouns that are no titles.

use communique::{Extractor, TitleKind};

/// The titles of `text` with their kinds, its spans checked.
fn titles(text: &str) -> Vec<(String, TitleKind)> {
    let x = Extractor::new().extract(text);
    if let Err(e) = x.check(text) {
        panic!("{e}");
    }
    x.titles
        .iter()
        .map(|t| (t.text.to_string(), t.kind))
        .collect()
}

/// The offices of `text`.
fn offices(text: &str) -> Vec<String> {
    titles(text)
        .into_iter()
        .filter(|t| t.1 == TitleKind::Office)
        .map(|t| t.0)
        .collect()
}

#[test]
fn feminine_forms_of_chef_are_offices() {
    assert_eq!(
        offices("La cheffe de mission a rencontré la cheffe d'état-major des armées."),
        ["cheffe de mission", "cheffe d'état-major des armées"]
    );
    assert_eq!(
        offices("La Cheffe du gouvernement a reçu la délégation."),
        ["Cheffe du gouvernement"]
    );
}

#[test]
fn offices_of_justice_consulates_and_chancelleries() {
    assert_eq!(
        offices("Le procureur de la République, Samuel Diop, a ouvert une enquête."),
        ["procureur de la République"]
    );
    assert_eq!(
        offices("La consule générale à Dakar et le chancelier ont été reçus."),
        ["consule générale", "chancelier"]
    );
    assert_eq!(
        offices("La coordonnatrice résidente a salué l'accord."),
        ["coordonnatrice résidente"]
    );
    // A compound written with a hyphen or a space.
    assert_eq!(
        offices("La Haute-Représentante et le haut commissaire ont été reçus."),
        ["Haute-Représentante", "haut commissaire"]
    );
    // Role and profession nouns are no offices.
    assert!(offices("Les juges et procureurs ont été formés.").is_empty());
}

#[test]
fn a_commandant_of_something_is_an_office() {
    let text = "Le lieutenant-colonel Ali Diallo, commandant du groupement des forces \
                spéciales, a reçu le commandant Moussa Keïta.";
    let x = Extractor::new().extract(text);
    let titles: Vec<(&str, TitleKind)> = x.titles.iter().map(|t| (&*t.text, t.kind)).collect();
    assert_eq!(
        titles,
        [
            ("lieutenant-colonel", TitleKind::Rank),
            (
                "commandant du groupement des forces spéciales",
                TitleKind::Office
            ),
            ("commandant", TitleKind::Rank),
        ]
    );
}

#[test]
fn ordinals_before_the_noun_and_cardinal_points_after_it() {
    assert_eq!(
        offices("Il était commandant de la première région militaire."),
        ["commandant de la première région militaire"]
    );
    assert_eq!(
        offices("Le commandant de la zone Sud, Ali Diallo, a parlé."),
        ["commandant de la zone Sud"]
    );
    assert_eq!(
        offices("Les commandants des différentes unités ont parlé."),
        ["commandants des différentes unités"]
    );
    // An office after "du" serves the first: "Premier ministre" is no ordinal.
    assert_eq!(
        offices("Le conseiller du Premier ministre a parlé."),
        ["conseiller", "Premier ministre"]
    );
}

#[test]
fn abbreviated_ranks_are_ranks_in_their_exact_case() {
    let x = Extractor::new().extract(
        "Le Lt-Col Ali Kaboré, le Gén. Issa Diallo, le Col Musa Sidibé, le Cdt Awa Sow, le \
         Cne Idi Bako et le Sgt Lamine Touré ont défilé.",
    );
    let ranks: Vec<(&str, TitleKind)> = x.titles.iter().map(|t| (&*t.text, t.kind)).collect();
    assert_eq!(
        ranks,
        ["Lt-Col", "Gén.", "Col", "Cdt", "Cne", "Sgt"].map(|r| (r, TitleKind::Rank))
    );
    let persons: Vec<&str> = x.persons.iter().map(|p| &*p.text).collect();
    assert_eq!(
        persons,
        [
            "Ali Kaboré",
            "Issa Diallo",
            "Musa Sidibé",
            "Awa Sow",
            "Idi Bako",
            "Lamine Touré"
        ]
    );
    // In lower case, the words they fold to are no ranks.
    assert!(titles("Le col de Tizi et le sgt du club sont fermés.").is_empty());
}

#[test]
fn a_portfolio_after_the_demonym_of_the_office() {
    assert_eq!(
        offices(
            "L'Envoyé spécial français pour le Sahel et le ministre adjoint iranien des \
             Affaires étrangères ont parlé."
        ),
        [
            "Envoyé spécial français pour le Sahel",
            "ministre adjoint iranien des Affaires étrangères"
        ]
    );
    // A complement of the sentence after the demonym is no portfolio.
    assert_eq!(
        offices(
            "Le ministre de la Défense ivoirien au terme de la visite, puis le président \
             sénégalais à la tribune."
        ),
        ["ministre de la Défense", "président"]
    );
    // In a line in capitals, a capital tells no portfolio.
    assert_eq!(
        offices("LE MINISTRE DE LA DÉFENSE IVOIRIEN AU TERME DE LA VISITE"),
        ["MINISTRE DE LA DÉFENSE"]
    );
}

#[test]
fn a_surname_particle_after_an_office_is_the_name() {
    let x = Extractor::new().extract("Le ministre De Crem a reçu le Ministre De La Défense.");
    let titles: Vec<&str> = x.titles.iter().map(|t| &*t.text).collect();
    assert_eq!(titles, ["ministre", "Ministre De La Défense"]);
    let persons: Vec<&str> = x.persons.iter().map(|p| &*p.text).collect();
    assert_eq!(persons, ["De Crem"]);
}

#[test]
fn sayyid_is_an_honorific_before_the_name() {
    let x = Extractor::new().extract("Il a reçu Sayyid Badr bin Hamad Al Busaidi à Mascate.");
    let titles: Vec<(&str, TitleKind)> = x.titles.iter().map(|t| (&*t.text, t.kind)).collect();
    assert_eq!(titles, [("Sayyid", TitleKind::Honorific)]);
    let persons: Vec<&str> = x.persons.iter().map(|p| &*p.text).collect();
    assert_eq!(persons, ["Badr bin Hamad Al Busaidi"]);
}
