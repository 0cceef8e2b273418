//! The tests of the words of names: runs, capitals, candidates and the look after a word.

use super::*;

/// Every word of `input`, walked with [`next_word`].
fn words(input: &str) -> Vec<&str> {
    std::iter::successors(next_word(input, 0), |w| next_word(input, w.run_end))
        .map(|w| w.text)
        .collect()
}

#[test]
fn words_keep_initials_and_hyphens() {
    assert_eq!(
        words("M. Mamat O. Cham, Al-Moghidi... -- l’Émir .x"),
        ["M.", "Mamat", "O.", "Cham", "Al-Moghidi", "l’Émir", ".x"]
    );
}

#[test]
fn a_hyphen_or_a_non_breaking_hyphen_joins_a_name_as_the_ascii_one_does() {
    assert_eq!(
        words("Al\u{2011}Thani Al\u{2010}Sabah"),
        ["Al\u{2011}Thani", "Al\u{2010}Sabah"]
    );
}

#[test]
fn runs_end_at_the_first_character_that_is_no_word_part() {
    let reference = |s: &str| {
        s.char_indices()
            .find(|&(_, c)| !is_word_part(c))
            .map_or(s.len(), |(i, _)| i)
    };
    let pieces = [
        "é", "’", "«", "\u{a0}", "北", "🙂", "a", "Z", "0", "-", ".", "'", " ", ",", "ÉTAT",
    ];
    // Every piece at every offset of a 20-byte ASCII word, and two pieces in a row.
    for first in pieces {
        for second in pieces {
            for at in 0..=20 {
                let text = format!("{}{first}{second}bcdefghijklmnop x", &"a".repeat(20)[..at]);
                for (start, _) in text.char_indices() {
                    let rest = &text[start..];
                    assert_eq!(run_length(rest), reference(rest), "{rest:?}");
                }
            }
        }
    }
}

#[test]
fn ascii_word_parts_are_letters_digits_hyphens_apostrophes_and_dots() {
    for b in 0..=u8::MAX {
        let definition = b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'.');
        assert_eq!(is_ascii_word_part(b), definition, "{b}");
    }
}

#[test]
fn words_trim_what_ends_their_run() {
    let input = "Ali. O. Barre' al- l’ x’ Zoé, Zoé’ A.B. 12";
    let texts: Vec<(&str, usize)> =
        std::iter::successors(next_word(input, 0), |w| next_word(input, w.run_end))
            .map(|w| (w.text, w.run_end - w.start))
            .collect();
    assert_eq!(
        texts,
        [
            ("Ali", 4),
            ("O.", 2),
            ("Barre", 6),
            ("al", 3),
            ("l", 4),
            ("x", 4),
            ("Zoé", 4),
            ("Zoé", 7),
            ("A.B", 4),
            ("12", 2)
        ]
    );
}

#[test]
fn runs_end_where_the_definition_says() {
    for b in 0u8..128 {
        let text = format!("abcdefgh{}ijklmnop", b as char);
        let expected = if is_ascii_word_part(b) { text.len() } else { 8 };
        assert_eq!(run_length(&text), expected, "{b}");
        let text = format!("{}bcdefgh", b as char);
        let expected = if is_ascii_word_part(b) { text.len() } else { 0 };
        assert_eq!(run_length(&text), expected, "{b}");
    }
    assert_eq!(run_length("Al-Moghidi’s «x»"), "Al-Moghidi’s".len());
    assert_eq!(run_length("général, x"), "général".len());
}

/// The candidates of `text` by [`next_candidate`], from each one on.
fn candidates(text: &[u8]) -> Vec<usize> {
    std::iter::successors(next_candidate(text, 0), |&p| next_candidate(text, p + 1)).collect()
}

#[test]
fn candidates_are_capitals_non_ascii_starts_and_hyphens() {
    let text = "abcdefghijklmnopqrstuvwxyz0123456789 le général al-Moghidi et l'Émir ÉTAT Ba北京 \
                @[\\]^_`{|}~?>=<;:/.,+*)(&%$#\"! \u{7f}";
    let bytes = text.as_bytes();
    let by_bytes: Vec<usize> = (0..bytes.len())
        .filter(|&i| {
            bytes[i].is_ascii_uppercase()
                || bytes[i] >= 0xC0
                || bytes[i] == b'-'
                || b"@[\\]^_".contains(&bytes[i])
        })
        .collect();
    assert_eq!(candidates(bytes), by_bytes);
    for b in 0..=u8::MAX {
        let definition = (0x40..=0x5F).contains(&b) || b >= 0xC0 || b == b'-';
        assert_eq!(is_candidate(b), definition, "{b}");
        let chunk = [b'a', b'a', b'a', b, b'a', b'a', b'a', b'a', b'a', b'a'];
        assert_eq!(next_candidate(&chunk, 0), definition.then_some(3), "{b}");
    }
}

#[test]
fn names_go_on_after_one_space_and_a_capital_or_a_particle() {
    let text = "Adam Barre, Mohamed ould Ali, Ahmed al-Moghidi, Le président, Selon\u{a0}Ali";
    let after = |word: &str| may_go_on(text, text.find(word).unwrap() + word.len());
    assert!(after("Adam") && after("Mohamed") && after("ould") && after("Ahmed"));
    assert!(after("Selon"));
    assert!(!after("Le") && !after("Barre") && !after("Moghidi"));
    // A particle before a capital, not before a word in lower case; no other small word.
    let text =
        "Ali de Gaulle, Ali de la Paix, Ali del\nCastro, Ali a dit, Ali bin\n\nOmar, Ali el-Fadl";
    assert!(may_go_on(text, 3));
    assert!(!may_go_on(text, text.find(", Ali de la").unwrap() + 5));
    assert!(may_go_on(text, text.find(", Ali del").unwrap() + 5));
    assert!(!may_go_on(text, text.find(", Ali a dit").unwrap() + 5));
    assert!(!may_go_on(text, text.find(", Ali bin").unwrap() + 5));
    assert!(may_go_on(text, text.find(", Ali el-").unwrap() + 5));
    assert!(!may_go_on(text, text.len()));
    assert!(may_go_on("Ali  Barre", 3) && may_go_on("Ali\r\nBarre", 3));
    assert!(!may_go_on("Ali\n\nBarre", 3));
}

proptest::proptest! {
    /// The cheap look at the bytes after a word answers as the whole test does.
    #[test]
    fn names_go_on_as_the_whole_test_says(
        text in "([a-zA-Z,.;'\\- \t\r\n]|é|É|\u{a0}|ould|bin|de|al-|el-|del){0,12}",
        end in 0usize..40,
    ) {
        let end = end.min(text.len());
        if text.is_char_boundary(end) {
            proptest::prop_assert_eq!(may_go_on(&text, end), may_go_on_slowly(&text, end));
        }
    }

    /// The next word, found past blanks and punctuation in ASCII byte by byte, is the one
    /// that a walk character by character finds, from any offset (none inside a character).
    #[test]
    fn the_next_word_is_the_first_run_of_word_parts_with_a_word(
        text in "([a-zA-Z0-9,.;:'’\\- \t\n()«»]|é|É|\u{a0}|d'|M\\.){0,16}",
        from in 0usize..48,
    ) {
        let slowly = |mut at: usize| loop {
            let rest = text.get(at..)?;
            let start = at + rest.char_indices().find(|&(_, c)| is_word_part(c))?.0;
            match word_at(&text, start) {
                Some(word) => return Some((word.start, word.end, word.run_end)),
                None => at = start + run_length(&text[start..]),
            }
        };
        let from = from.min(text.len() + 1);
        let found = next_word(&text, from).map(|w| (w.start, w.end, w.run_end));
        proptest::prop_assert_eq!(found, slowly(from));
    }
}

#[test]
fn combining_marks_are_part_of_their_letter() {
    // "Célestin Simporé" with its accents as combining marks (NFD).
    let input = "Ce\u{301}lestin Simpore\u{301} a parle\u{301}.";
    let first = word_at(input, 0).unwrap();
    assert_eq!(first.text, "Ce\u{301}lestin");
    assert!(is_capitalised(first.text));
    let second = next_word(input, first.run_end).unwrap();
    assert_eq!(second.text, "Simpore\u{301}");
    let words: Vec<&str> = capitalised_words("E\u{301}tat et Ce\u{301}lestin")
        .iter()
        .map(|w| w.text)
        .collect();
    assert_eq!(words, ["E\u{301}tat", "Ce\u{301}lestin"]);
    // The word before a word holds its marks too, wherever they stand ("Franc\u{327}ois"
    // before "Dupont": the cedilla is no end of a word).
    let input = "Le ministre Franc\u{327}ois Dupont et Ire\u{300}ne Noe\u{308}l.";
    let before = |word: &str| word_before(input, input.find(word).unwrap()).unwrap().text;
    assert_eq!(before("Dupont"), "Franc\u{327}ois");
    assert_eq!(before("Noe"), "Ire\u{300}ne");
}

#[test]
fn capitalised_words_are_the_words_that_may_be_capitalised() {
    let input = "le général Barre, al-Moghidi et l'Émir «Ali» d'Omar de McDonald, ÉTAT a-b";
    let all = words(input);
    // After an elided preposition, the word that follows it ("d'Omar": "Omar"; not after
    // the article: "l'Émir").
    let expected: Vec<&str> = all
        .into_iter()
        .map(|w| match w.split_once(['\'', '’']) {
            Some((elided, after)) if elided != "l" && after.starts_with(char::is_uppercase) => {
                &w[w.len() - after.len()..]
            }
            _ => w,
        })
        .filter(|w| may_be_capitalised(w))
        .collect();
    let found: Vec<&str> = capitalised_words(input).iter().map(|w| w.text).collect();
    assert_eq!(found, expected);
    assert_eq!(
        found,
        ["Barre", "al-Moghidi", "Ali", "Omar", "McDonald", "ÉTAT"]
    );
}

#[test]
fn words_in_lower_case_are_looked_up_as_their_lower_case() {
    let list = ["qui", "à", "était", "le"];
    for word in [
        "Qui",
        "QUI",
        "À",
        "à",
        "ÉTAIT",
        "Était",
        "LE",
        "le",
        "Le",
        "Les",
        "A",
        "ÉTÉ",
        "",
        "ÉTAITS",
        "ÉÉÉÉÉÉÉ",
        "QUIQUIQ",
        "\u{212a}UI",
    ] {
        assert_eq!(
            lower_case_in(word, &list),
            list.contains(&word.to_lowercase().as_str()),
            "{word}"
        );
    }
}

proptest::proptest! {
    /// A listed word is found by its key as [`lower_case_in`] finds it, in any case, of any
    /// length, in ASCII or not.
    #[test]
    fn listed_words_are_found_by_their_keys(
        word in "([a-zA-Z]|é|É|à|À|\u{212a}|\0|qu|QUI|DE|était){0,5}",
    ) {
        const WORDS: [&str; 8] = ["à", "de", "qu", "qui", "était", "ab", "a", "zzzzzz"];
        let listed = Listed::new(WORDS);
        proptest::prop_assert_eq!(listed.holds(&word), lower_case_in(&word, &WORDS));
        proptest::prop_assert_eq!(
            crate::pipeline::persons::NOT_NAMES_IN_CAPITALS_LISTED.holds(&word),
            lower_case_in(&word, &crate::pipeline::persons::NOT_NAMES_IN_CAPITALS)
        );
    }

    /// The candidates read from the maps are the bytes of the definition, wherever the maps
    /// fall and however far each read starts after the one before.
    #[test]
    fn candidates_from_maps_are_the_definitions(
        text in "([a-zA-Z0-9 .'@_\\[-]|é|É|’|北|\u{7f}){0,160}",
        jumps in proptest::collection::vec(0usize..80, 0..80),
    ) {
        let bytes = text.as_bytes();
        let mut read = Candidates::new(bytes);
        let mut jumps = jumps.into_iter();
        let mut from = 0;
        loop {
            let found = read.next_from(from);
            proptest::prop_assert_eq!(found, next_candidate(bytes, from));
            let Some(p) = found else { break };
            from = p + 1 + jumps.next().unwrap_or(0);
        }
    }

    /// The candidates are the bytes of the definition, wherever the chunks fall.
    #[test]
    fn candidates_are_the_definitions(text in "([a-zA-Z0-9 .'@_\\[-]|é|É|’|北|\u{7f}){0,40}") {
        let bytes = text.as_bytes();
        let by_bytes: Vec<usize> = (0..bytes.len()).filter(|&i| is_candidate(bytes[i])).collect();
        proptest::prop_assert_eq!(candidates(bytes), by_bytes);
    }

    /// The one-pass test of capitals is the definition: a capital first, two or more,
    /// no lower-case letter, no dot.
    #[test]
    fn in_capitals_in_one_pass_is_the_definition(word in "[A-Za-zÉéß.'’\u{301}-]{0,8}") {
        let definition = word.starts_with(char::is_uppercase)
            && word.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !word.chars().any(char::is_lowercase)
            && !word.contains('.');
        proptest::prop_assert_eq!(is_in_capitals(&word), definition);
    }
}

proptest::proptest! {
    /// The word before an offset, read back byte by byte in ASCII, is the one read back
    /// character by character.
    #[test]
    fn the_word_before_is_read_back_as_the_definition_reads_it(
        text in "([a-zA-Z0-9,.;'’\\- \t\n\r]|é|É|\u{a0}|d'|M\\.|  ){0,16}",
        at in 0usize..48,
    ) {
        if at <= text.len() && text.is_char_boundary(at) {
            let found = |w: Option<Word<'_>>| w.map(|w| (w.start, w.end, w.run_end));
            proptest::prop_assert_eq!(
                found(word_before(&text, at)),
                found(word_before_slowly(&text, at))
            );
        }
    }
}

/// The characters told no capital by their first two bytes are none: every one of
/// U+0080..U+00FF and U+2000..U+203F.
#[test]
fn no_capital_by_two_bytes_is_none_by_the_definition() {
    for c in ('\u{80}'..='\u{ff}').chain('\u{2000}'..='\u{203f}') {
        let mut buffer = [0; 4];
        let bytes = c.encode_utf8(&mut buffer).as_bytes();
        if no_capital_at(bytes, 0) {
            assert!(!c.is_uppercase(), "{c}");
        }
    }
    assert!(no_capital_at("«".as_bytes(), 0) && no_capital_at("’".as_bytes(), 0));
    assert!(!no_capital_at("É".as_bytes(), 0) && !no_capital_at("Ⓐ".as_bytes(), 0));
}
