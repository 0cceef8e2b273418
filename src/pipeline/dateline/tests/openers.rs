//! The opener against the regex it implements, the lines it reads and its places in capitals.

use super::*;
use regex::Regex;

/// A dateline's place, as the opener reads it.
const PLACE: &str = r"(\p{Lu}(?:[\p{L}'’.]|-[\p{L}'’.])*(?:[ \-](?:\p{Lu}(?:[\p{L}'’]|-[\p{L}'’])*|de|du|des|la|le|el|es|al|d'|d’|l'|l’)){0,4})";

/// The opener as the regex it implements reads it.
fn opener_by_regex(line: &str) -> Option<(usize, usize, bool, Option<&str>, usize)> {
    static REGEX: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}[ \t]*(\([^)\n]{{1,40}}\))?[ \t]*(,|:|[-–—]+|/)?[ \t]*"
        ))
        .unwrap()
    });
    // "Ouagadougou, (AIB) - …": a comma before an agency, when a dash follows it.
    static COMMA_AGENCY: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}[ \t]*,[ \t]*(\([^)\n]{{1,40}}\))[ \t]*([-–—]+)[ \t]*"
        ))
        .unwrap()
    });
    // "Abidjan ? Le …": a dash garbled into a question mark, after a blank or an agency.
    static QUESTION: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}(?:[ \t]+(\([^)\n]{{1,40}}\))?|[ \t]*(\([^)\n]{{1,40}}\)))[ \t]*\? [ \t]*"
        ))
        .unwrap()
    });
    // "MONTRÉAL _ Québec …": a wire's underscore for a dash, after a blank or an agency.
    static UNDERSCORE: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}(?:[ \t]+(\([^)\n]{{1,40}}\))?|[ \t]*(\([^)\n]{{1,40}}\)))[ \t]*_ [ \t]*"
        ))
        .unwrap()
    });
    // A parenthesis without a letter ("Série (2)") is no agency: the place without it.
    static WITHOUT_AGENCY: Lazy<Regex> =
        Lazy::new(|| Regex::new(&format!(r"^{PLACE}[ \t]*")).unwrap());
    let lettered = |caps: &regex::Captures, i: usize| {
        caps.get(i)
            .map_or(true, |m| m.as_str().contains(char::is_alphabetic))
    };
    for (regex, separator) in [(&QUESTION, "?"), (&UNDERSCORE, "-")] {
        if let Some(caps) = regex.captures(line) {
            if !(lettered(&caps, 2) && lettered(&caps, 3)) {
                break;
            }
            let place = caps.get(1)?;
            let agency = caps.get(2).or(caps.get(3)).is_some();
            return Some((
                place.start(),
                place.end(),
                agency,
                Some(separator),
                caps.get(0)?.end(),
            ));
        }
    }
    // "Bangui (Centrafrique) (AFP) - …": a second parenthesis, lettered, after an agency.
    static TWO_PARENTHESES: Lazy<Regex> = Lazy::new(|| {
        Regex::new(&format!(
            r"^{PLACE}[ \t]*(\([^)\n]{{1,40}}\))[ \t]*(\([^)\n]{{1,40}}\))[ \t]*(,|:|[-–—]+|/)?[ \t]*"
        ))
        .unwrap()
    });
    if let Some(caps) = TWO_PARENTHESES
        .captures(line)
        .filter(|caps| lettered(caps, 2) && lettered(caps, 3))
    {
        let place = caps.get(1)?;
        return Some((
            place.start(),
            place.end(),
            true,
            caps.get(4).map(|m| m.as_str()),
            caps.get(0)?.end(),
        ));
    }
    let caps = COMMA_AGENCY
        .captures(line)
        .filter(|caps| lettered(caps, 2))
        .or_else(|| REGEX.captures(line))?;
    if !lettered(&caps, 2) {
        let caps = WITHOUT_AGENCY.captures(line)?;
        let place = caps.get(1)?;
        return Some((place.start(), place.end(), false, None, caps.get(0)?.end()));
    }
    let place = caps.get(1)?;
    Some((
        place.start(),
        place.end(),
        caps.get(2).is_some(),
        caps.get(3).map(|m| m.as_str()),
        caps.get(0)?.end(),
    ))
}

#[test]
fn openers_read_as_the_regex_does() {
    let lines = [
        "NIAMEY, 3 juin 2024",
        "NOUAKCHOTT (AFP) - Le ministre",
        "ADDIS ABEBA, Ethiopie, 3 septembre 2014/African Press",
        "N'DJAMENA – la réunion",
        "Riyad, 31-5-2023",
        "Guinée-Bissau / Bissau",
        "Ville des Lacs — x",
        "Port-au-Prince,le 2 mai",
        "Saint-Louis-du-Sénégal (APS)\t—— x",
        "Paris (une agence de presse au nom beaucoup trop long pour compter) - x",
        "Dakar (APS -- x",
        "A B C D E F G, x",
        "Le Caire de la Mer l’Ouest d'Or, x",
        "Ελλάδα, 3 juin",
        "lundi, 3 juin",
        "É",
        "Bamako ()",
        "Tunis (TAP)",
        "Abu Dhabi desormais, x",
        "Lomé -",
        "X.Y. Z.- x",
        "Niamey- Le président",
        "Kigali: Le secrétaire",
        "A--B - x",
        "Port-Gentil-",
        "A,(’)–",
        "Ouagadougou, (AIB) - x",
        "Ouagadougou, (AIB), x",
        "Abidjan ? Le ministre",
        "Abidjan? Le ministre",
        "Abidjan (AIP) ? x",
        "Abidjan(AIP) ? x",
        "Abidjan ?x",
        "Série (2) – x",
        "MONTRÉAL _ Québec",
        "Niamey_ x",
        "Niamey (AFP) _ x",
        "Niamey(AFP) _ x",
        "Niamey _x",
        "Bangui (Centrafrique) (AFP) - x",
        "Bangui (Centrafrique)(AFP)",
        "Bangui (AFP) (2) - x",
        "Bangui (2) (AFP) - x",
        "Ouagadougou, (AIB) (AFP) - x",
    ];
    for line in lines {
        let by_hand = opener(line).map(|o| (o.place.0, o.place.1, o.agency, o.separator, o.end));
        assert_eq!(by_hand, opener_by_regex(line), "{line}");
    }
}

#[test]
fn the_share_buttons_open_with_the_letters_their_filter_knows() {
    assert!(SHARE_BUTTONS
        .iter()
        .all(|b| opens_a_button(b.as_bytes()[0])));
    let line = "Tweet Share  Email\tNIAMEY - Le";
    assert_eq!(share_buttons(line), line.find("NIAMEY").unwrap());
    assert_eq!(share_buttons("Tweets NIAMEY"), 0);
}

proptest::proptest! {
    /// The lines found by `memchr` are those of `split_inclusive`.
    #[test]
    fn the_lines_are_those_of_split_inclusive(text in "[a\né\r ]{0,30}") {
        let expected: Vec<&str> = text.split_inclusive('\n').collect();
        proptest::prop_assert_eq!(lines_with_feeds(&text).collect::<Vec<_>>(), expected);
    }

    /// The words of a line counted byte by byte are those `split_whitespace` gives, up to
    /// the body's.
    #[test]
    fn a_line_s_words_are_counted_as_split_whitespace_does(
        line in "[a \t\r\u{b}\u{c}\u{85}\u{a0}\u{2009}\u{202f}\u{3000}é’]{0,80}",
    ) {
        let expected = line.split_whitespace().take(BODY_WORDS).count();
        proptest::prop_assert_eq!(words_up_to_body(&line), expected);
    }

    /// The same through long runs of ASCII, read eight bytes at a time.
    #[test]
    fn a_line_s_words_in_ascii_are_counted_as_split_whitespace_does(
        line in "[ab  \t\r\u{b}\u{c}]{0,120}(é[ab ]{0,20})?",
    ) {
        let expected = line.split_whitespace().take(BODY_WORDS).count();
        proptest::prop_assert_eq!(words_up_to_body(&line), expected);
    }

    /// The same through runs of letters outside ASCII and white space outside it, read eight
    /// bytes at a time up to the white space's lead byte.
    #[test]
    fn a_line_s_words_in_accented_text_are_counted_as_split_whitespace_does(
        line in "([ab]{0,9}| |\t|é|ü|’|«|–|ℓ|ब|\u{85}|\u{a0}|\u{1680}|\u{2009}|\u{202f}|\u{3000}){0,60}",
    ) {
        let expected = line.split_whitespace().take(BODY_WORDS).count();
        proptest::prop_assert_eq!(words_up_to_body(&line), expected);
    }

    #[test]
    fn any_opener_reads_as_the_regex_does(line in "[A-Z][A-Za-zÉéΩ'’ .,/()–—?\t-]{0,40}") {
        let by_hand = opener(&line).map(|o| (o.place.0, o.place.1, o.agency, o.separator, o.end));
        proptest::prop_assert_eq!(by_hand, opener_by_regex(&line));
    }
}

#[test]
fn an_unknown_place_in_capitals_needs_a_line_that_is_not() {
    let extractor = crate::Extractor::new();
    let place = |text: &str| {
        extractor
            .extract(text)
            .dateline
            .and_then(|d| d.place)
            .map(|p| p.text.to_string())
    };
    assert_eq!(
        place("KOULBOUKA - Le ministre a visité la caserne."),
        Some("KOULBOUKA".into())
    );
    assert_eq!(
        place("KOULBOUKA -\nLe ministre a visité la caserne."),
        Some("KOULBOUKA".into())
    );
    assert_eq!(place("NEWS - LE MINISTRE A VISITÉ LA CASERNE."), None);
}

/// [`is_capitalised_place`] as it read before its cheap test first.
fn capitalised_place_by_definition(place: &str) -> bool {
    let words: Vec<&str> = place.split([' ', '-']).filter(|w| !w.is_empty()).collect();
    let outlet = [
        "NEWS", "INFO", "INFOS", "PRESS", "PRESSE", "MEDIA", "MÉDIAS", "TV", "FM",
    ]
    .iter()
    .any(|e| place.ends_with(e) && place.len() > e.len())
        || place.ends_with(|c: char| c.is_ascii_digit());
    // One word ending as an abstract noun, in the singular or the plural.
    let folded = crate::text::fold_str(place);
    let singular = folded.strip_suffix('s').unwrap_or(&folded);
    let abstract_noun = !place.contains([' ', '-'])
        && ["tion", "sion", "ite", "isme", "ment", "ive"]
            .iter()
            .any(|e| singular.len() >= e.len() + 3 && singular.ends_with(e));
    crate::gazetteer::is_all_caps(place)
        && !abstract_noun
        && place.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !outlet
        && (words.len() <= 3 || !place.contains(' '))
        && !matches!(
            words.first().copied(),
            Some("LE" | "LA" | "LES" | "UN" | "UNE" | "DES" | "AU" | "AUX")
        )
}

proptest::proptest! {
    /// Places in capitals are those of the definition, whatever their words.
    #[test]
    fn capitalised_places_are_the_definitions(
        place in "(LE|LA|AUX|NEWS|TV|FM|NIAMEY|ADDIS|É|Qa|TION|ITÉ|ISMES|[A-Z]{1,4}|[ -]|[0-9]){0,7}",
    ) {
        proptest::prop_assert_eq!(
            is_capitalised_place(&place),
            capitalised_place_by_definition(&place)
        );
    }
}
