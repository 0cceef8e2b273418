//! Counter-terrorism themes: every theme, the domain formula, inflections, names that hide
//! cues, and texts on other subjects.

use communique::{Extraction, Extractor};

fn themes(x: &Extraction<'_>) -> Vec<String> {
    let mut t: Vec<String> = x.themes.iter().map(|t| t.theme.to_string()).collect();
    t.sort();
    t
}

fn evidence<'a>(x: &'a Extraction<'_>, theme: &str) -> Vec<&'a str> {
    x.themes
        .iter()
        .find(|t| &*t.theme == theme)
        .map(|t| t.evidence.iter().map(|e| &*e.text).collect())
        .unwrap_or_default()
}

fn check_evidence_spans(input: &str, x: &Extraction<'_>) {
    for t in &x.themes {
        assert!(
            (0.0..=1.0).contains(&t.score),
            "{}: score {}",
            t.theme,
            t.score
        );
        for e in &t.evidence {
            assert_eq!(&input[e.start..e.end], e.text);
        }
    }
    for pair in x.themes.windows(2) {
        assert!(pair[0].score >= pair[1].score, "themes are sorted by score");
    }
}

#[test]
fn the_domain_formula_gives_each_domain_its_evidence() {
    let text = "La Coalition poursuit son action dans les domaines intellectuel, médiatique, \
                de lutte contre le financement du terrorisme et militaire.";
    let x = Extractor::new().extract(text);
    check_evidence_spans(text, &x);
    assert_eq!(evidence(&x, "ideology"), ["intellectuel"]);
    assert_eq!(evidence(&x, "media"), ["médiatique"]);
    assert_eq!(
        evidence(&x, "terrorism_financing"),
        ["financement du terrorisme"]
    );
    assert_eq!(evidence(&x, "military"), ["militaire"]);

    let text = "Le centre couvre les quatre domaines (idéologique, communication, lutte contre \
                le financement du terrorisme et militaire) de l'action commune.";
    let x = Extractor::new().extract(text);
    check_evidence_spans(text, &x);
    assert_eq!(evidence(&x, "ideology"), ["idéologique"]);
    assert_eq!(evidence(&x, "media"), ["communication"]);
    assert_eq!(
        evidence(&x, "terrorism_financing"),
        ["financement du terrorisme"]
    );
    assert_eq!(evidence(&x, "military"), ["militaire"]);
}

#[test]
fn every_theme_with_its_inflections() {
    let text = "Le ministre a condamné les attentats et les groupes terroristes, appelé à \
                combattre l'extrémisme violent et les discours extrémistes qui mènent à la \
                radicalisation des jeunes, salué le programme de déradicalisation, annoncé \
                des mesures contre le blanchiment d'argent et les sources illégales de \
                financement, un effort de rectification de l'idéologie, une riposte aux \
                messages incitatifs diffusés sur les réseaux sociaux, un soutien militaire \
                aux forces armées de la région et une coopération renforcée avec ses \
                partenaires, fondée sur l'échange d'informations.";
    let x = Extractor::new().extract(text);
    check_evidence_spans(text, &x);
    assert_eq!(
        themes(&x),
        [
            "ideology",
            "international_cooperation",
            "media",
            "military",
            "radicalization",
            "terrorism",
            "terrorism_financing",
            "violent_extremism"
        ]
    );
    assert_eq!(evidence(&x, "terrorism"), ["attentats", "terroristes"]);
    assert_eq!(
        evidence(&x, "radicalization"),
        ["radicalisation", "déradicalisation"]
    );
    assert_eq!(
        evidence(&x, "terrorism_financing"),
        ["blanchiment d'argent", "sources illégales de financement"]
    );
    // Cues of two themes may share words.
    assert_eq!(
        evidence(&x, "ideology"),
        ["discours extrémistes", "rectification de l'idéologie"]
    );
    assert_eq!(
        evidence(&x, "violent_extremism"),
        ["extrémisme violent", "extrémistes"]
    );
}

#[test]
fn cues_inside_names_do_not_count_but_a_group_name_does() {
    let text = "Le Secrétaire général de la Coalition Islamique Militaire Contre le Terrorisme \
                a reçu une délégation.";
    let x = Extractor::new().extract(text);
    assert_eq!(themes(&x), Vec::<String>::new());

    let text = "L'armée a repoussé une incursion de Boko Haram près du lac.";
    let x = Extractor::new().extract(text);
    assert!(
        themes(&x).contains(&"terrorism".to_string()),
        "{:?}",
        themes(&x)
    );
    assert_eq!(evidence(&x, "terrorism"), ["Boko Haram"]);
    // Naming a group is not calling it extremist.
    assert!(!themes(&x).contains(&"violent_extremism".to_string()));
}

#[test]
fn other_subjects_get_no_theme() {
    for text in [
        "Les ministres du Commerce du Sénégal et de la Gambie ont signé mardi à Banjul un accord \
         douanier réduisant les tarifs sur les produits agricoles. Les exportations d'arachide \
         devraient progresser de 12 % d'ici la fin de l'année, selon la chambre de commerce.",
        "Le festival des arts de Ouagadougou a ouvert ses portes samedi avec des troupes de danse \
         venues de onze pays. Les organisateurs attendent plus de 40 000 visiteurs pour cette \
         édition consacrée au patrimoine musical du Sahel.",
    ] {
        let x = Extractor::new().extract(text);
        assert_eq!(themes(&x), Vec::<String>::new(), "{text}");
    }
}

#[test]
fn one_weak_cue_is_not_enough_but_a_clear_one_is() {
    let x = Extractor::new().extract("La communication du ministère a été publiée.");
    assert_eq!(themes(&x), Vec::<String>::new());
    let x = Extractor::new().extract("Le ministère a dénoncé la propagande.");
    assert_eq!(themes(&x), ["media"]);
}

#[test]
fn custom_themes_and_cues_from_the_builder() {
    use communique::GazetteerKind;
    let extractor = Extractor::builder()
        .entry(GazetteerKind::ThemeCues, &["piracy", "1", "piraterie"])
        .entry(GazetteerKind::ThemeCues, &["military", "1", "frégate(s)"])
        .build()
        .unwrap();
    let x = extractor.extract("Deux frégates luttent contre la piraterie dans le golfe d'Aden.");
    assert_eq!(themes(&x), ["military", "piracy"]);
    assert_eq!(evidence(&x, "military"), ["frégates"]);

    let err = Extractor::builder()
        .entry(GazetteerKind::ThemeCues, &["piracy", "2", "piraterie"])
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "entries:1: invalid weight \"2\" (expected a number in (0, 1])"
    );
}

/// The seed sample of `../shared/seed/`, when it is there (CI has it; a clone may not).
#[test]
fn the_seed_sample_when_present() {
    let Some(text) = crate::seed() else {
        return;
    };
    let x = Extractor::new().extract(&text);
    check_evidence_spans(&text, &x);
    let found = themes(&x);
    for theme in [
        "ideology",
        "media",
        "military",
        "terrorism",
        "terrorism_financing",
        "violent_extremism",
    ] {
        assert!(
            found.contains(&theme.to_string()),
            "{theme} missing from {found:?}"
        );
        assert!(!evidence(&x, theme).is_empty());
    }
    assert!(!found.contains(&"radicalization".to_string()));
}

/// Cooperation and the military domain as press pages say them, without "coopération" or
/// "militaire".
#[test]
fn cooperation_and_the_military_in_paraphrase() {
    let extractor = Extractor::new();
    let summit = "Les chefs d'État de la sous-région, réunis en sommet à Accra, ont décidé d'agir \
                  de concert et d'adopter une stratégie commune face aux groupes armés.";
    assert!(themes(&extractor.extract(summit)).contains(&"international_cooperation".into()));
    let troops = "Le pays déploiera un bataillon de 850 hommes au sein du contingent régional, \
                  sous l'autorité de l'état-major de la force.";
    assert!(themes(&extractor.extract(troops)).contains(&"military".into()));
    let weather = "Une réunion de parents d'élèves s'est tenue hier soir à la mairie.";
    assert!(themes(&extractor.extract(weather)).is_empty());
}
