//! Particles, skeletons and the covered spans of the persons' stage.

use super::skeleton::*;
use super::*;

#[test]
fn particles_are_short_ascii_words_in_any_case() {
    assert!(NAME_PARTICLES.iter().all(|p| p.is_ascii() && p.len() <= 5));
    assert!(is_particle("della") && is_particle("EL") && is_particle("Ould"));
    assert!(!is_particle("Dellas") && !is_particle("Él") && !is_particle(""));
    for word in [
        "de", "DE", "dE", "d", "de\0", "dé", "della", "DELLA", "dell", "bint", "x",
    ] {
        let listed = NAME_PARTICLES.iter().any(|p| word.eq_ignore_ascii_case(p));
        assert_eq!(is_particle(word), listed, "{word:?}");
    }
}

#[test]
fn skeletons_tolerate_transliterations() {
    let same = [
        ("Al-Moghidi", "Al-Moghedi"),
        ("Al-Moghidi", "Al-Mughidi"),
        ("Barmo", "Barmou"),
        ("Al-Harbi", "Al-Harby"),
        ("Al-Khafaji", "El-Khafadji"),
        ("Al-Shahrani", "Al-Chahrani"),
        ("Al-Otaibi", "Al-Oteibi"),
    ];
    for (a, b) in same {
        assert_eq!(skeleton_of_word(a), skeleton_of_word(b), "{a} / {b}");
    }
    assert_ne!(skeleton_of_word("Barmou"), skeleton_of_word("Brahim"));
    // The byte path and the general path agree.
    for word in [
        "Al-Moghidi",
        "Djouma",
        "Qhassim",
        "Shayyoukh",
        "Ould",
        "Barmou",
        "al-",
    ] {
        let folded = crate::text::fold_str(word);
        let folded = folded.strip_prefix("al-").unwrap_or(&folded);
        assert_eq!(skeleton_of_word(word), skeleton_of_folded(folded), "{word}");
    }
    assert_eq!(
        skeleton_of_word("Ибрагимов"),
        skeleton_of_folded("ибрагимов")
    );
    assert_eq!(skeleton_of_word("Al"), None);
}

/// Inserts `spans` (start, length) into [`Covered`] and into an ordered map, and asks both
/// of `queries`: the same answers, and the covered spans made.
fn covered_as_an_ordered_map(
    spans: &[(usize, usize)],
    queries: &[(usize, usize)],
) -> Result<Covered, proptest::test_runner::TestCaseError> {
    let mut covered = Covered::default();
    let mut map = std::collections::BTreeMap::new();
    for &(start, len) in spans {
        covered.insert(start, start + len);
        map.insert(start, start + len);
    }
    for &(start, len) in queries {
        let end = start + len;
        let expected = map
            .range(..end)
            .next_back()
            .is_some_and(|(_, &e)| e > start);
        proptest::prop_assert_eq!(covered.covers(start, end), expected);
    }
    Ok(covered)
}

proptest::proptest! {
    /// The covered spans answer as a map from start to end (the last given) whose span
    /// that starts last before a range's end is asked whether it reaches into the range.
    #[test]
    fn covered_spans_answer_as_an_ordered_map(
        spans in proptest::collection::vec((0usize..60, 0usize..60), 0..12),
        queries in proptest::collection::vec((0usize..70, 0usize..70), 1..12),
    ) {
        covered_as_an_ordered_map(&spans, &queries)?;
    }

    /// So do they past the number of spans from which they are kept in a tree.
    #[test]
    fn many_covered_spans_answer_as_an_ordered_map(
        spans in proptest::collection::vec((0usize..4000, 0usize..8), 0..1200),
        queries in proptest::collection::vec((0usize..4010, 0usize..8), 1..64),
    ) {
        let covered = covered_as_an_ordered_map(&spans, &queries)?;
        let starts: std::collections::BTreeSet<usize> = spans.iter().map(|&(s, _)| s).collect();
        proptest::prop_assert!(starts.len() <= Covered::TREE_FROM || covered.1.is_some());
    }

    /// The one-pass skeleton is the one of the definition (one replacement after the
    /// other, then the filters), on words made of the letters the pairs are made of.
    #[test]
    fn the_one_pass_skeleton_is_the_definition(
        word in "(Al-|el-|)[oudjshkqyaeiOUDJSHKQYéÉ'\\-]{0,40}",
    ) {
        let folded = crate::text::fold_str(&word);
        let bare = folded
            .strip_prefix("al-")
            .or_else(|| folded.strip_prefix("el-"))
            .unwrap_or(&folded);
        proptest::prop_assert_eq!(skeleton_of_word(&word), skeleton_of_folded(bare));
        // Longer than the stack buffer: the allocating path gives the same.
        let long = format!("{word}{}", "b".repeat(SKELETON_BUFFER));
        let folded = crate::text::fold_str(&long);
        proptest::prop_assert_eq!(
            skeleton_of_word(&long),
            skeleton_of_folded(&folded[article_len(folded.as_bytes())..])
        );
    }
}

/// A relative, a friend or a hostage before a name names the person, with a demonym and a
/// comma: "son amie norvégienne, …", "son épouse …", "l'otage …".
#[test]
fn names_after_a_relative_a_friend_or_a_hostage() {
    use super::testing::names;
    assert_eq!(
        names(
            "Il voyageait avec son amie suédoise, Lovisa Strand. Le pouvoir passa à son fils \
             Kodjovi Amédé, et son épouse Yawa Dogbé fut libérée avec l'otage Piet Maes."
        ),
        ["Lovisa Strand", "Kodjovi Amédé", "Yawa Dogbé", "Piet Maes"]
    );
}

#[test]
fn le_and_la_inside_a_name_are_its_particles() {
    use super::testing::names;
    // A capitalised "Le" joins a name before a capitalised word, an office's word included.
    assert_eq!(
        names("Le ministre Bruno Le Maire a reçu Jean-Yves Le Drian, son prédécesseur."),
        ["Bruno Le Maire", "Jean-Yves Le Drian"]
    );
    // It never ends one, and "Le" opening a sentence is no later mention of it.
    assert_eq!(
        names("Le correspondant Awa Ndiaye Le\n\nLe rapport est paru."),
        ["Awa Ndiaye"]
    );
}

#[test]
fn a_name_after_the_words_that_give_it_or_an_office_and_its_locality() {
    use super::testing::names;
    assert_eq!(
        names("Quatre assaillants, dont un adjudant du nom de Koné Mori, ont été arrêtés."),
        ["Koné Mori"]
    );
    assert_eq!(
        names("a déclaré le gouverneur de la région de Maradi, Midjiyawa Bakari."),
        ["Midjiyawa Bakari"]
    );
    assert_eq!(
        names("a déclaré le préfet de Tillabéri, Kalla Moutari."),
        ["Kalla Moutari"]
    );
}

#[test]
fn a_noun_phrase_before_a_comma_and_an_office_is_no_name() {
    use super::testing::names;
    // "des Forces Armées": an article or a contraction before the capitalised words.
    assert!(names("Au nom du personnel des Forces Armées, le général a parlé.").is_empty());
    assert!(names("Au nom de l'Etat Major, le général a parlé.").is_empty());
    // After "de", a name in apposition is one.
    assert_eq!(
        names("Le discours de Kalla Moutari, ministre de la Défense, a été salué."),
        ["Kalla Moutari"]
    );
}

#[test]
fn a_name_after_le_nomme_or_freres_and_no_surname_that_an_article_determines() {
    use super::testing::names;
    assert_eq!(
        names("Un mandat vise le nommé Kounta Dallah, et les frères El Bakraoui."),
        ["Kounta Dallah", "El Bakraoui"]
    );
    // After brothers or sisters, a family's name alone; not a body's capitalised words.
    assert_eq!(
        names("Il a soutenu les frères Kouachi et Amédy Coulibaly."),
        ["Kouachi", "Amédy Coulibaly"]
    );
    assert!(names("Les Frères musulmans ont appelé au calme.").is_empty());
    // "nommé" without an article appoints; after a curly apostrophe, no article either.
    assert!(names("Il a été nommé Directeur Général de la Police.").is_empty());
    assert!(names("La garde d’honneur nommée Garde Républicaine défile.").is_empty());
    // A word in capitals that an article determines elsewhere is a body's acronym.
    assert!(
        names("Société FAZSOI: hommage\n\nLe ministre a décoré des personnels des FAZSOI.")
            .is_empty()
    );
    assert_eq!(
        names("Félicienne HOUESSOU a présidé la séance."),
        ["Félicienne HOUESSOU"]
    );
}

#[test]
fn a_name_before_a_filiation_and_a_given_name_opens_the_name() {
    use super::testing::names;
    assert_eq!(
        names("Les accusés : Hantao Ag Mohamed Cissé et Hassan Barry."),
        ["Hantao Ag Mohamed Cissé", "Hassan Barry"]
    );
    // Not a word that opens the sentence.
    assert_eq!(
        names("Le Ag Mohamed Cissé dont il parle."),
        ["Mohamed Cissé"]
    );
    // A kunya after the noun of a place's surroundings is the place's name.
    assert!(names("Des frappes ont visé la vallée à proximité d'Abou Kamal.").is_empty());
    assert_eq!(names("Le groupe d'Abou Naïm a revendiqué."), ["Abou Naïm"]);
}

#[test]
fn a_profession_written_out_before_a_given_name_is_no_first_name() {
    use super::testing::names;
    assert_eq!(
        names("Bamako, le 3 mai.\n\nProfesseur Alpha Condé\n\nPrésident de la République"),
        ["Alpha Condé"]
    );
    assert_eq!(
        names("Le vice-président, Sénateur Kashim Shetima, a parlé."),
        ["Kashim Shetima"]
    );
}
