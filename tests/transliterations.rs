//! Arabic names as the French press writes them: the article in lower case or in capitals,
//! with a hyphen or a space, and the particles of persons' names ("ben", "Ould", "Al").

use communique::Extractor;

fn organizations(text: &str) -> Vec<String> {
    let x = Extractor::new().extract(text);
    if let Err(e) = x.check(text) {
        panic!("{e}");
    }
    x.organizations.iter().map(|o| o.text.to_string()).collect()
}

#[test]
fn a_group_is_found_whatever_the_case_of_its_article() {
    for (text, name) in [
        (
            "Le groupe, affilié à al-Qaïda, a revendiqué l'attaque.",
            "al-Qaïda",
        ),
        (
            "Le groupe, affilié à Al-Qaïda, a revendiqué l'attaque.",
            "Al-Qaïda",
        ),
        (
            "Le groupe, affilié à al Qaïda, a revendiqué l'attaque.",
            "al Qaïda",
        ),
        (
            "Le groupe, affilié à Al-Qaida, a revendiqué l'attaque.",
            "Al-Qaida",
        ),
    ] {
        assert_eq!(organizations(text), [name], "{text}");
    }
    // The article is part of the name it opens.
    assert_eq!(
        organizations("Les combattants d'al-Shabaab ont attaqué la base."),
        ["al-Shabaab"]
    );
    // A name in lower case throughout is a plain word.
    assert!(organizations("Le groupe al-qaïda a revendiqué l'attaque.").is_empty());
}

#[test]
fn persons_with_articles_and_particles() {
    let text = "Le ministre, cheikh Abdallah ben Zayed Al Nahyane, a reçu Mohamed Ould Cheikh \
                el-Ghazouani. Abou Bakr al-Baghdadi a été tué; Al-Baghdadi avait fui.";
    let x = Extractor::new().extract(text);
    if let Err(e) = x.check(text) {
        panic!("{e}");
    }
    let persons: Vec<(&str, &str)> = x
        .persons
        .iter()
        .map(|p| (&*p.text, &*p.canonical))
        .collect();
    assert_eq!(
        persons,
        [
            (
                "Abdallah ben Zayed Al Nahyane",
                "Abdallah ben Zayed Al Nahyane"
            ),
            (
                "Mohamed Ould Cheikh el-Ghazouani",
                "Mohamed Ould Cheikh el-Ghazouani"
            ),
            ("Abou Bakr al-Baghdadi", "Abou Bakr al-Baghdadi"),
            ("Al-Baghdadi", "Abou Bakr al-Baghdadi"),
        ]
    );
}
