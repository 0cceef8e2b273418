//! The portfolio's word lists and pre-checks, against the lists they stand for.

use super::*;

/// The words of a letter, as those of the whole list that start with it.
#[test]
fn words_by_first_letter_as_by_the_whole_list() {
    fn check<const N: usize>(grouped: &ByFirstLetter<N>, list: &[&str]) {
        for byte in 0..=u8::MAX {
            let text = [byte, b' '];
            let text = std::str::from_utf8(&text).unwrap_or("");
            let expected: Vec<&str> = list
                .iter()
                .copied()
                .filter(|w| text.as_bytes().first() == w.as_bytes().first())
                .collect();
            assert_eq!(grouped.starting(text), expected, "{byte}");
        }
        assert!(grouped.starting("").is_empty());
    }
    check(&QUALIFIERS_BY_LETTER, &OFFICE_QUALIFIERS);
    check(&OPENERS_BY_LETTER, &PORTFOLIO_OPENERS);
}

proptest::proptest! {
    /// The pre-checks reject only what the folded comparisons reject.
    #[test]
    fn pre_checks_as_folded_comparisons(
        text in "([a-zA-Z0-9 .'-]|é|É|à|’|\u{a0}|\u{301}){0,12}",
    ) {
        let head = fold_head(&text);
        let head = head.as_str();
        let starts = QUALIFIERS_BY_LETTER.starting(head).iter()
            .chain(OPENERS_BY_LETTER.starting(head))
            .chain(&["et "])
            .any(|w| head.starts_with(w));
        proptest::prop_assert!(!starts || may_start_a_phrase(&text));
        let word = word_at_start(&text);
        proptest::prop_assert!(!adjective_like(&FoldedWord::of(word)) || may_be_adjective(word));
    }
}
