//! Offices as the press writes them: feminine forms ("la cheffe de la diplomatie"), offices
//! of justice, consulates and chancelleries, and the role nouns that are no titles.

use communique::{Extractor, TitleKind};

fn offices(text: &str) -> Vec<String> {
    let x = Extractor::new().extract(text);
    if let Err(e) = x.check(text) {
        panic!("{e}");
    }
    x.titles
        .iter()
        .filter(|t| t.kind == TitleKind::Office)
        .map(|t| t.text.to_string())
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
    // Role and profession nouns are no offices.
    assert!(offices("Les juges et procureurs ont été formés.").is_empty());
}
