//! Properties that hold for any input: no panic, valid spans, determinism, shift invariance,
//! no overlap within a type.

use communique::{Extraction, Extractor};
use proptest::prelude::*;

/// Checks the invariants of `x` ([`Extraction::check`]): every span valid, every type's list
/// sorted without overlap.
pub fn assert_valid_spans(input: &str, x: &Extraction<'_>) {
    if let Err(e) = x.check(input) {
        panic!("{e}\ninput: {input:?}");
    }
}

/// Press-like text: words that hit the gazetteers and the date rules, glued by odd characters.
fn press_text() -> impl Strategy<Value = String> {
    let atoms = prop::sample::select(vec![
        "Riyad, ",
        "31-5-2023",
        "le ",
        "Kenya",
        "République du Kenya",
        "nigérienne",
        "Niger",
        "Nigeria",
        "Côte d’Ivoire",
        "du 3 au 5 mai 2024",
        "30 et 31 janvier",
        "hier",
        "lundi",
        "en 2022",
        "\u{a0}",
        "\u{202f}",
        "’",
        "É",
        "\u{301}",
        "\u{feff}",
        "\n",
        " - ",
        "(AFP)",
        "NIAMEY",
        "mai",
        "2023",
        "/",
        ".",
        "œ",
        "ß",
        "🙂",
        "الرياض",
        "\u{200b}",
        "\r\n",
        "Guinée-Bissau",
        "S.E.",
        "M.",
        "UE",
        "RDC",
        // The furniture around a dateline: brackets, language links, stamps.
        "]",
        "[",
        "[en]",
        "(",
        ")",
        " – ",
        "Le ",
        "Publié le ",
        "12/03/2021",
        "AFP, ",
        "Damas,",
        "Addis\nAbeba",
        "date 12\nmars 2021 ",
    ]);
    prop::collection::vec(atoms, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_gives_valid_spans(input in any::<String>()) {
        let x = Extractor::new().extract(&input);
        assert_valid_spans(&input, &x);
    }

    #[test]
    fn press_like_strings_give_valid_spans(input in press_text()) {
        let x = Extractor::new().extract(&input);
        assert_valid_spans(&input, &x);
        prop_assert_eq!(&x, &Extractor::new().extract(&input));
    }

    #[test]
    fn padding_shifts_every_span(input in press_text(), pad in "[a-z ]{0,10}") {
        // Padding that cannot glue to a word, change a dateline or begin a date.
        let prefix = format!("{pad}\n\n{}\n\n", "x ".repeat(30));
        let suffix = format!("\n\n{pad}");
        let body = format!("Texte. {input} Fin.");
        let a = Extractor::new().extract(&body);
        let padded = format!("{prefix}{body}{suffix}");
        let b = Extractor::new().extract(&padded);
        let shift = |x: &Extraction<'_>, by: usize| -> Vec<(String, usize, usize)> {
            x.countries.iter().map(|m| (m.text.to_string(), m.start + by, m.end + by))
                .chain(x.dates.iter().filter(|d| !d.relative).map(|m| (m.text.to_string(), m.start + by, m.end + by)))
                .collect()
        };
        prop_assert_eq!(shift(&a, prefix.len()), shift(&b, 0));
    }
}
