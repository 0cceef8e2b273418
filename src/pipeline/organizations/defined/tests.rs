//! The tests of the acronyms a document defines.

use super::*;

#[test]
fn an_acronym_before_a_comma_a_place_inside_a_long_form_and_plans_with_acronyms() {
    let orgs = super::super::tests::organizations(
        "Le Mouvement du peuple pour le progrès (MPP, au pouvoir) et l'Association des \
         Jeunes pour le Développement du Sahel (AJDS) ont signé; la République démocratique \
         du Congo (RDC) et la Stratégie intégrée pour le Sahel (SIPS) aussi.",
    );
    assert_eq!(
        orgs,
        [
            "Mouvement du peuple pour le progrès",
            "MPP",
            "Association des Jeunes pour le Développement du Sahel",
            "AJDS",
        ]
    );
}

#[test]
fn a_wires_place_with_an_elided_letter_is_no_acronym() {
    // The place opens the line, its first letter elided: a wire's dateline, not "DIFFA"
    // defined by the agency's name.
    let orgs = super::super::tests::organizations(
        "N'DIFFA (Agence nigérienne de presse) – Les autorités régionales ont annoncé la réouverture \
         du marché.\nL'ONU (Organisation des Nations unies) a salué la décision.",
    );
    assert_eq!(
        orgs,
        [
            "Agence nigérienne de presse",
            "ONU",
            "Organisation des Nations unies"
        ]
    );
}

proptest::proptest! {
    /// The classes read backwards by bytes are those of the characters read as such.
    #[test]
    fn classes_before_are_those_of_the_characters(s in "[a-zA-Z .,;:()'’«»\"“”\t\n\u{b}\u{c}\r\u{a0}\u{2009}éÉ\u{301}-]{0,12}") {
        let stop = ['.', ',', ';', ':', '(', ')', '«', '»', '"', '“', '”'];
        for (i, c) in s.char_indices() {
            let class = if stop.contains(&c) {
                Back::Stop
            } else if c.is_whitespace() || c == '\'' || c == '’' {
                Back::Separator
            } else {
                Back::Word
            };
            proptest::prop_assert_eq!(class_before(&s, i + c.len_utf8()), (class, c.len_utf8()));
        }
    }
}

#[test]
fn acronyms_written_as_names_need_their_whole_long_form() {
    let text = "L'Office de surveillance des frontières et de la navigation (Osfn) a \
                publié son rapport. Selon l'OSFN et l'Osfn, la menace baisse. La ville \
                (Paris) et le Groupe de suivi (Mali) ont répondu.";
    let found: Vec<String> = crate::Extractor::new()
        .extract(text)
        .organizations
        .iter()
        .map(|o| o.text.to_string())
        .collect();
    assert_eq!(
        found,
        [
            "Office de surveillance des frontières et de la navigation",
            "Osfn",
            "OSFN",
            "Osfn",
            "Groupe de suivi"
        ]
    );
}

#[test]
fn long_forms_spelled_by_initials() {
    let text = "La Force conjointe du G5 Sahel (FC-G5S) a frappé.";
    let end = text.find(" (").unwrap();
    assert_eq!(
        long_form_before(text, end, "FC-G5S", false).map(|s| &text[s..end]),
        Some("Force conjointe du G5 Sahel")
    );
    let text = "selon le Bureau central d'investigations judiciaires (BCIJ)";
    let end = text.find(" (").unwrap();
    assert_eq!(
        long_form_before(text, end, "BCIJ", false).map(|s| &text[s..end]),
        Some("Bureau central d'investigations judiciaires")
    );
    let text = "le texte adopté hier (RDC)";
    assert_eq!(
        long_form_before(text, text.find(" (").unwrap(), "RDC", false),
        None
    );
}

/// The acronyms in parentheses as the regex the reader replaces finds them.
fn by_regex(input: &str) -> Vec<((usize, usize), (usize, usize))> {
    let regex = regex::Regex::new(
        r"\(\s*(?:([A-Z][A-Za-z0-9&\-]*[A-Z][A-Za-z0-9&\-]*)\s*[),]|([A-Z][A-Za-z]{2,7})\s*\))",
    )
    .unwrap();
    regex
        .captures_iter(input)
        .map(|c| {
            let (whole, acronym) = (c.get(0).unwrap(), c.get(1).or(c.get(2)).unwrap());
            (
                (whole.start(), whole.end()),
                (acronym.start(), acronym.end()),
            )
        })
        .collect()
}

#[test]
fn acronyms_in_parentheses_are_read_as_the_regex_reads_them() {
    for input in [
        "l'Union africaine (UA), la Force (FC-G5S ) et ( CIMCT) mais (Ua) (U) (uA) (A B)",
        "(\u{a0}R&D\u{a0}) ((OTAN)) (OTAN( (É) (AÉ) (OT\nAN)",
    ] {
        let found: Vec<_> = acronyms_in_parentheses(input).collect();
        assert_eq!(found, by_regex(input), "{input:?}");
    }
}

proptest::proptest! {
    #[test]
    fn acronyms_in_parentheses_anywhere(input in "[(() )AaBZz0&\\-É\u{a0}\n]{0,30}") {
        let found: Vec<_> = acronyms_in_parentheses(&input).collect();
        proptest::prop_assert_eq!(found, by_regex(&input));
    }
}
