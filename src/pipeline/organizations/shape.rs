//! Organisations the gazetteer does not know, recognised by their shape: a head noun of bodies
//! ("Conseil", "Comité", "Bureau", "Mission", "Direction", "ministère"…) with the complement
//! that names it ("Comité des services de renseignement et de sécurité de l'Afrique", "Bureau
//! des Nations unies pour l'Afrique de l'Ouest", "ministère français de la Défense"), the
//! complement read by [`complement`](super::complement). A head without a complement is a
//! generic noun ("le Conseil a décidé") and no mention.

use super::super::phrase::{gap, is_determiner, word_at_start, FoldedWord};
use super::complement::{
    adjective_follows, complement_end, demonym_at, name_ending, state_at, state_ending,
    NATIONAL_HEADS,
};
use super::portfolios::{in_a_list_of_portfolios, list_item_after, portfolio_after_and};
use super::Org;
use crate::gazetteer::{Gazetteer, Hit, Kinds};
use crate::text::blank::{self, soft_gap};
use crate::text::NormalizedText;

/// First words of complements that make no body of a head ("Conférence de presse",
/// "Organisation terroriste").
const NOT_NAMES: [&str; 11] = [
    "presse",
    "ministres",
    "guerre",
    "terroriste",
    "terroristes",
    "islamiste",
    "islamistes",
    "jihadiste",
    "jihadistes",
    "armees",
    "speciales",
];

/// Heads (folded) of bodies that may be named after a person ("Fondation Konrad Adenauer",
/// "Hôpital Gabriel Touré"); an organ's head is not ("la Commission Moussa Faki": its
/// president after it).
const NAMED_AFTER_PEOPLE: [&str; 8] = [
    "fondation",
    "universite",
    "ecole",
    "hopital",
    "institut",
    "centre",
    "academie",
    "college",
];

/// The bodies named by their shape in the document, at the head nouns the scan reported,
/// added to `out`.
#[inline(never)]
pub(super) fn bodies(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'_>,
    heads: &[Hit],
    names: &[Hit],
    titles: &[Hit],
    undecided: &mut Vec<(usize, usize)>,
    out: &mut Vec<Org>,
) {
    let input = text.input();
    let folded = text.as_str();
    let mut capitals = crate::text::capitals::CapitalLines::default();
    for head in heads.iter().filter(|h| h.kinds.any(Kinds::BODY_HEAD)) {
        let (start, head_end) = (head.input_start, head.input_end);
        // The head noun folded, as `FoldedWord::of` folds its input: one word (no blank to
        // collapse), folded by the normalised view already.
        let head_folded = &folded[head.start..head.end];
        let capitalised = input[start..].starts_with(char::is_uppercase);
        // In a line in capitals, a capital tells no name: words are read as in lower case,
        // and a head that names a body only when capitalised ("Mission", not "ministère")
        // leaves it undecided.
        let caps = capitalised && capitals.covers(input, start, head_end);
        let undecided_head = caps && !any_case_head(&input[start..head_end]);
        // "l'Armée malgache" names an army by its capital, which a line in capitals does not
        // write ("L'ARMEE NIGERIENNE NEUTRALISE…": the demonym's).
        if caps && head_folded == "armee" {
            continue;
        }
        // "UNE DÉLÉGATION DE…", "SA MISSION…": a body that is named takes "le", "la"; after
        // "de" without one, the noun is a portfolio ("CHEFS DE MISSION DES NATIONS UNIES").
        if undecided_head && after_generic_determiner(&input[..start]) {
            continue;
        }
        // "Fédération de Russie" is a state; a known name is read by its own phase; a head
        // inside a title belongs to it ("Chef d'état-major général des FAR").
        // (Hits are sorted and apart: only the last title that starts before may hold it.)
        let before = titles.partition_point(|t| t.input_start < start);
        let in_title = before > 0 && start < titles[before - 1].input_end;
        let portfolio = in_a_list_of_portfolios(input, titles, start, head_folded);
        if state_at(names, start) || in_title || portfolio {
            continue;
        }
        // A known name read by its own phase, unless a list of portfolios goes on after it
        // ("ministère des Affaires étrangères, de la Coopération et des…").
        if let Some(known_end) = name_ending(names, start) {
            // Or an adjective on its line that is no demonym ("ministère de la Sécurité
            // publique", not "… des Affaires étrangères marocain").
            let next =
                input[known_end..].trim_start_matches(|c: char| c.is_whitespace() && c != '\n');
            // (A name that ends with its nationality is whole: "Armée nationale libyenne
            // autoproclamée" qualifies it.)
            let adjective = adjective_follows(&input[known_end..])
                && !next.starts_with(|c: char| c.is_uppercase() || c == '\n')
                && !demonym_at(names, input.len() - next.len())
                && !ends_with_a_nationality(&input[start..known_end]);
            // A ministry's portfolio goes on after "et" ("… étrangères et de la Coopération").
            let and_portfolio =
                head_folded == "ministere" && portfolio_after_and(&input[known_end..]).is_some();
            if list_item_after(&input[known_end..]).is_some() || adjective || and_portfolio {
                // The known name's words count: what follows is no longer right after the head.
                let end = complement_end(input, known_end, names, titles, head_folded, caps, 1);
                if end > known_end && undecided_head {
                    undecided.push((start, end));
                } else if end > known_end {
                    out.push(Org::named(start, end));
                }
            }
            continue;
        }
        // A whole word.
        let glued_before = input[..start]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric() || c == '-');
        let glued_after = input[head_end..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-');
        if glued_before || glued_after {
            continue;
        }
        // "Fondation Konrad Adenauer", "Université Cheikh Anta Diop de Dakar": a body named
        // after a person, then maybe its complement.
        let named_after = capitalised && !caps && NAMED_AFTER_PEOPLE.contains(&head_folded);
        let end = match named_after
            .then(|| named_after_a_person(gazetteer, input, head_end, titles))
            .flatten()
        {
            Some(name_end) => {
                complement_end(input, name_end, names, titles, head_folded, caps, 1).max(name_end)
            }
            _ => complement_end(input, head_end, names, titles, head_folded, caps, 0),
        };
        if end > head_end {
            let rest = &input[head_end..];
            let first = word_at_start(&rest[gap(rest)..]);
            // "Forces armées" alone is no name; "Forces armées des Émirats arabes unis" is.
            let with_state = NATIONAL_HEADS.contains(&head_folded) && state_ending(names, end);
            if !with_state && NOT_NAMES.contains(&FoldedWord::of(first).as_str()) {
                continue;
            }
            // "l'état-major des armées" is any army's; "l'état-major général des Armées", "…
            // de l'ANP", "… des armées françaises" one: a capital or a demonym names it.
            let named = input[head_end..end].contains(char::is_uppercase)
                || names[names.partition_point(|h| h.input_start <= head_end)..]
                    .iter()
                    .take_while(|h| h.input_start <= end)
                    .any(|h| h.input_end <= end && h.kinds.any(Kinds::DEMONYM));
            if head_folded == "etat-major" && !capitalised && !named {
                continue;
            }
            // Ministries in the plural are named by their portfolios ("les ministères de la
            // Défense et de l'Intérieur"), never by a demonym alone ("les ministères français").
            if head_folded == "ministeres"
                && !input[head_end..end].split(char::is_whitespace).any(|w| {
                    matches!(w, "de" | "des" | "du") || w.starts_with("d'") || w.starts_with("d’")
                })
            {
                continue;
            }
            let start = with_haut(input, start);
            if undecided_head {
                undecided.push((start, end));
            } else {
                out.push(Org::named(start, end));
            }
        }
    }
}

/// True when the name `name` ends with a word in lower case shaped as a nationality
/// ("libyenne", "marocaines", "français"): the suffixes of French demonyms.
fn ends_with_a_nationality(name: &str) -> bool {
    let last = name.rsplit(char::is_whitespace).next().unwrap_or(name);
    let singular = last.strip_suffix('s').unwrap_or(last);
    last.starts_with(char::is_lowercase)
        && [
            "enne", "en", "aise", "ais", "aine", "ain", "oise", "ois", "ite",
        ]
        .iter()
        .any(|suffix| singular.ends_with(suffix))
}

/// Where the name of a person ends when one follows the head that ends at `head_end` after a
/// space: a known given name or an honorific ("Cheikh"), then capitalised words, Arabic or
/// Germanic particles and roman numerals, two words at least ("Gabriel Touré", "Mohammed
/// VI", "Konrad Adenauer").
fn named_after_a_person(
    gazetteer: &Gazetteer,
    input: &str,
    head_end: usize,
    titles: &[Hit],
) -> Option<usize> {
    const PARTICLES: [&str; 13] = [
        "bin", "ben", "ibn", "bint", "ould", "ag", "abu", "abou", "al", "el", "van", "von", "der",
    ];
    let lead = soft_gap(&input[head_end..]);
    if lead == 0 {
        return None;
    }
    let at = head_end + lead;
    let first = word_at_start(&input[at..]);
    let honorific = titles
        .get(titles.partition_point(|t| t.input_start < at))
        .is_some_and(|t| t.input_start == at && t.input_end == at + first.len());
    if first.is_empty()
        || !first.starts_with(char::is_uppercase)
        || !(honorific || gazetteer.is_given_name_or_compound(first))
    {
        return None;
    }
    let (mut end, mut words) = (at + first.len(), 1);
    let mut last = first;
    while words < 6 {
        let lead = soft_gap(&input[end..]);
        if lead == 0 {
            break;
        }
        let word = word_at_start(&input[end + lead..]);
        let goes_on = word.starts_with(char::is_uppercase) || PARTICLES.contains(&word);
        if word.is_empty() || !goes_on {
            break;
        }
        end += lead + word.len();
        words += 1;
        last = word;
    }
    // (A particle ends no name.)
    (words >= 2 && !PARTICLES.contains(&last)).then_some(end)
}

/// Where the name of the body whose head starts at `start` starts: at "Haut", "Haute",
/// "Hauts" or "Hautes" right before the head, which ranks the body and is part of its name
/// ("Haut Conseil islamique", "Haute Autorité de la communication").
fn with_haut(input: &str, start: usize) -> usize {
    let before = &input[..start];
    let Some(word) = blank::strip_soft_gap_end(before) else {
        return start;
    };
    ["Haut", "Haute", "Hauts", "Hautes"]
        .iter()
        .find(|haut| {
            word.strip_suffix(**haut)
                .is_some_and(|rest| !rest.ends_with(|c: char| c.is_alphanumeric() || c == '-'))
        })
        .map_or(start, |haut| word.len() - haut.len())
}

/// True when `before` ends with a determiner other than the definite article ("une", "sa",
/// "cette"…) or with "de" without one ("chef de mission", "d'"): what follows is a common
/// noun, no name.
fn after_generic_determiner(before: &str) -> bool {
    let before = before.trim_end();
    let word_of = |text: &str| {
        let start = text
            .rfind(|c: char| !crate::text::boundary::is_word_char(c))
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        FoldedWord::of(&text[start..]).as_str() == "d"
    };
    if let Some(elided) = before.strip_suffix(['\'', '’']) {
        return word_of(elided);
    }
    let word_start = before
        .rfind(|c: char| !crate::text::boundary::is_word_char(c))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = FoldedWord::of(&before[word_start..]);
    let word = word.as_str();
    (is_determiner(word) && !matches!(word, "le" | "la" | "les"))
        || matches!(word, "notre" | "votre" | "de")
}

/// True when `head` names a body in any case ("ministère": `lexicon::BODY_HEADS` written in
/// lower case).
fn any_case_head(head: &str) -> bool {
    let head = FoldedWord::of(head);
    crate::lexicon::BODY_HEADS
        .iter()
        .any(|h| h.starts_with(char::is_lowercase) && FoldedWord::of(h).as_str() == head.as_str())
}

#[cfg(test)]
mod tests {
    use super::super::tests::organizations;

    #[test]
    fn a_body_named_after_a_person_holds_the_name() {
        let cases: [(&str, &[&str]); 4] = [
            (
                "Il a visité la Fondation Abdoulaye Kané pour la paix et l'Hôpital Aïcha Diallo.",
                &[
                    "Fondation Abdoulaye Kané pour la paix",
                    "Hôpital Aïcha Diallo",
                ],
            ),
            (
                "Les étudiants de l'Université Cheikh Moussa Traoré de Niamey ont défilé.",
                &["Université Cheikh Moussa Traoré de Niamey"],
            ),
            // An organ's head: its president after it; a generic head; a line in capitals.
            ("Le président de la Commission Moussa Traoré a parlé.", &[]),
            ("LA FONDATION MOUSSA TRAORÉ A PARLÉ.", &[]),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
        let names = crate::Extractor::new().extract("La Fondation Abdoulaye Kané a parlé.");
        assert!(names.persons.is_empty(), "{:?}", names.persons);
    }

    #[test]
    fn a_known_body_after_a_stays_outside_the_name() {
        assert_eq!(
            organizations("Le Bureau de lutte antiterroriste à l'ONU a publié un rapport."),
            ["Bureau de lutte antiterroriste", "ONU"]
        );
        // A state after "au" names where a mission serves, inside.
        assert_eq!(
            organizations("La Mission des Nations unies au Mali a parlé."),
            ["Mission des Nations unies au Mali"]
        );
    }

    #[test]
    fn bodies_the_gazetteer_lacks_are_named_by_their_shape() {
        let cases: [(&str, &[&str]); 10] = [
            (
                "Le Comité des chefs de police de l'Afrique de l'Est s'est réuni.",
                &["Comité des chefs de police de l'Afrique de l'Est"],
            ),
            (
                "Un accord avec la Direction générale de la sûreté nationale a été signé.",
                &["Direction générale de la sûreté nationale"],
            ),
            (
                "Le ministère burkinabè de la Sécurité a publié un communiqué.",
                &["ministère burkinabè de la Sécurité"],
            ),
            (
                "Le Ministère de la Défense du Niger a confirmé l'attaque.",
                &["Ministère de la Défense"],
            ),
            (
                "Le Conseil de défense et de sécurité intérieure et des experts ont siégé.",
                &["Conseil de défense et de sécurité intérieure"],
            ),
            (
                "Le Conseil a décidé, en conférence de presse, de la Coalition dès demain.",
                &[],
            ),
            (
                "Le Forum international de Niamey sur la paix s'est ouvert (un événement).",
                &[],
            ),
            (
                "La Mission intégrée des Nations unies pour la stabilisation du Mali part. La \
                 Commission crée un fonds de la paix.",
                &["Mission intégrée des Nations unies pour la stabilisation du Mali"],
            ),
            (
                "L'Office de lutte contre la drogue et le crime organisé et le ministre ont signé.",
                &["Office de lutte contre la drogue et le crime organisé"],
            ),
            (
                "Selon le site sahel-infos24.com et www.agence-presse.ne, l'écrit de contact@exemple.com.",
                &["sahel-infos24.com", "www.agence-presse.ne"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }

    #[test]
    fn staffs_cities_armed_forces_and_known_names_with_an_adjective() {
        let cases: [(&str, &[&str]); 6] = [
            (
                "L'état-major de l'ANP et l'état-major général des Armées ont parlé.",
                &["état-major de l'ANP", "état-major général des Armées"],
            ),
            // Any army's staff: no name.
            ("L'état-major des armées a parlé.", &[]),
            (
                "La Ville de Montréal a annoncé un plan. La ville de Montréal est grande.",
                &["Ville de Montréal"],
            ),
            (
                "Les Forces armées des Émirats arabes unis (EAU) et la Garde présidentielle du Niger.",
                &[
                    "Forces armées des Émirats arabes unis",
                    "Garde présidentielle du Niger",
                ],
            ),
            (
                "Le ministère de la Sécurité publique a parlé.",
                &["ministère de la Sécurité publique"],
            ),
            // An adjective on the next line is the next line's.
            (
                "Ministère des Armées\nCommuniqué de presse",
                &["Ministère des Armées"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }

    #[test]
    fn lists_of_portfolios_after_a_comma() {
        let cases: [(&str, &[&str]); 7] = [
            (
                "Le ministère des Affaires étrangères, de la Coopération et des Tchadiens de \
                 l'étranger a parlé.",
                &["ministère des Affaires étrangères, de la Coopération et des Tchadiens de l'étranger"],
            ),
            (
                "Le Ministère de la Sécurité, de la Protection civile et des Douanes a parlé.",
                &["Ministère de la Sécurité, de la Protection civile et des Douanes"],
            ),
            // A comma that no "et de" closes ends the name.
            (
                "Le Ministère de la Sécurité, de son côté, a parlé.",
                &["Ministère de la Sécurité"],
            ),
            // A known ministry's portfolio goes on after "et", but not into an office or a
            // body.
            (
                "Le ministère des Affaires étrangères et de la Coopération internationale, le \
                 ministère de la Défense nationale et de l'État-major de l'ANP ont parlé.",
                &[
                    "ministère des Affaires étrangères et de la Coopération internationale",
                    "ministère de la Défense nationale",
                    "État-major de l'ANP",
                ],
            ),
            // (Whatever the blanks between the connector's words.)
            (
                "Le ministère des Affaires étrangères et de\u{a0}la Coopération \
                 internationale a parlé.",
                &["ministère des Affaires étrangères et de\u{a0}la Coopération internationale"],
            ),
            // A body in an office's list of portfolios, or what it is in charge of, is a
            // portfolio; a unit it is in charge of, a body.
            (
                "Le ministre de la Sécurité, de l'Administration territoriale et de la \
                 Décentralisation a parlé; l'Administration pénitentiaire aussi.",
                &["Administration pénitentiaire"],
            ),
            (
                "Le ministre délégué chargé de l'Administration de la Défense nationale et le \
                 commissaire chargé du Département des affaires politiques ont parlé.",
                &["Département des affaires politiques"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }

    #[test]
    fn verbs_adjectives_coordination_and_where_a_body_serves() {
        let cases: [(&str, &[&str]); 7] = [
            // A body named by its common noun after an article is outside the name.
            (
                "Le Conseil des ministres de la Défense de la coalition a siégé.",
                &["Conseil des ministres de la Défense"],
            ),
            // A verb by what follows it, after an adjective too.
            (
                "Le Conseil fédéral rappelle que la loi a changé.",
                &["Conseil fédéral"],
            ),
            // An adjective followed by another is no verb.
            (
                "La Commission mixte intergouvernementale a siégé à Alger.",
                &["Commission mixte intergouvernementale"],
            ),
            // "et" and a second adjective in a group.
            (
                "Le Service fédéral de la Coopération militaire et technique et la presse.",
                &["Service fédéral de la Coopération militaire et technique"],
            ),
            // Where a mission serves is its name's; whose ministry it is is not.
            (
                "La Mission intégrée de soutien des Nations unies au Tchad et le Ministère de \
                 l'Intérieur du Niger.",
                &[
                    "Mission intégrée de soutien des Nations unies au Tchad",
                    "Ministère de l'Intérieur",
                ],
            ),
            (
                "Le Bureau régional des Nations unies en Guinée a fermé.",
                &["Bureau régional des Nations unies en Guinée"],
            ),
            // Courts and brigades are heads of bodies.
            (
                "La Brigade spéciale de lutte antiterroriste et le Tribunal militaire de Niamey.",
                &[
                    "Brigade spéciale de lutte antiterroriste",
                    "Tribunal militaire de Niamey",
                ],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }

    #[test]
    fn adjectives_in_ique_and_eur_and_the_rank_of_a_body() {
        let cases: [(&str, &[&str]); 9] = [
            // "conjoint", "permanent", "restreint" are adjectives.
            (
                "Le Comité permanent de suivi et le Conseil restreint de défense ont siégé.",
                &["Comité permanent de suivi", "Conseil restreint de défense"],
            ),
            (
                "Le Secrétariat permanent a siégé.",
                &["Secrétariat permanent"],
            ),
            (
                "La Force d'intervention conjointe multinationale a patrouillé.",
                &["Force d'intervention conjointe multinationale"],
            ),
            // An adjective in "-ique" or "-eur" right after the head is no verb…
            (
                "Le Conseil supérieur de la magistrature a siégé.",
                &["Conseil supérieur de la magistrature"],
            ),
            (
                "La Commission islamique a siégé.",
                &["Commission islamique"],
            ),
            // … but the verbs in "-iquer" and the pronoun "leur" are no adjectives.
            ("Le Conseil indique que la loi a changé.", &[]),
            ("Le Conseil leur a demandé de partir.", &[]),
            // "Haut" ranks a body and is part of its name.
            (
                "Le Haut Conseil islamique a appelé au calme.",
                &["Haut Conseil islamique"],
            ),
            (
                "La Haute Autorité de la communication a siégé.",
                &["Haute Autorité de la communication"],
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(organizations(text), expected, "{text}");
        }
    }
}
