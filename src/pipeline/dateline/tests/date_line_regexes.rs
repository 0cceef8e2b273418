//! The date line's regexes, asked by their keywords, against their whole patterns.

use super::super::head::{BYLINE, DATE_LINE_PREFIX, DATE_LINE_SUFFIX};

#[test]
fn the_date_line_regexes_answer_as_their_whole_patterns_do() {
    let lines = [
        "publie le ",
        "• 10:30 publie le",
        "politique publie le ",
        "par l'agence de presse publie le",
        "communique de presse, ",
        "redige par awa diallo le ",
        "a 10h30 - auteur : la redaction",
        " | agence de presse",
        " - source : afp",
        " 17:15:00 gmt",
        " modifie le 3 mai",
        "By Redaction - ",
        "Par Awa Diallo | ",
        "Par Awa Diallo, ",
        "par les ministres, ",
        "Awa DIALLO | Le Quotidien Mardi le ",
        "adopte par les ministres -",
        "Il a dit que le sommet se tiendra le",
        "",
    ];
    for (name, regex) in [
        ("prefix", &*DATE_LINE_PREFIX),
        ("suffix", &*DATE_LINE_SUFFIX),
        ("byline", &*BYLINE),
    ] {
        for line in lines {
            assert_eq!(
                regex.is_match(line),
                regex.full().is_match(line),
                "{name}: {line:?}"
            );
        }
    }
}

proptest::proptest! {
    /// Over text made of the date line's words, each regex asked by its keywords answers as
    /// its whole pattern does.
    #[test]
    fn the_keyed_regexes_agree_with_their_whole_patterns(
        words in proptest::collection::vec(
            proptest::sample::select(vec![
                "publie", "le", "mis", "a", "jour", "par", "Par", "By", "Awa", "DIALLO", "|",
                "-", ",", ":", "10:30", "10h30", "gmt", "source", "auteur", "*", "modifie",
                "lundi", "Le", "x", "redige", "du", "  ", "\t", "'", "lecture", "2",
                "•", "–", "·", "mobile", "date", "update", "credits", "a 10h30", "12",
                "Rédaction", "«", "le:", "du :", "12:30", "actualise",
            ]),
            0..12,
        )
    ) {
        let line = words.join(" ");
        for regex in [&*DATE_LINE_PREFIX, &*DATE_LINE_SUFFIX, &*BYLINE] {
            proptest::prop_assert_eq!(regex.is_match(&line), regex.full().is_match(&line));
        }
    }
}
