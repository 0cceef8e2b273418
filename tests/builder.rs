//! Building extractors from the caller's gazetteers, and the errors that name file and line.

use communique::{ErrorKind, Extractor, GazetteerKind};
use std::io::Write;

fn build_error(kind: GazetteerKind, text: &str) -> String {
    Extractor::builder()
        .gazetteer_str(kind, "mine.tsv", text)
        .build()
        .unwrap_err()
        .to_string()
}

#[test]
fn gazetteer_errors_name_file_line_and_cause() {
    let cases = [
        (GazetteerKind::CountryNames, "KE\tKenya\nXQ\tNulle part\n", "mine.tsv:2: unknown country code \"XQ\""),
        (GazetteerKind::CountryNames, "KE\tKenya\tde trop\n", "mine.tsv:1: expected 2 tab-separated columns, found 3"),
        (GazetteerKind::Demonyms, "# demonyms\nKE\t\n", "mine.tsv:2: column 2 is empty"),
        (GazetteerKind::CountryNames, "KE\t--\n", "mine.tsv:1: empty pattern: \"--\" has no letter or digit"),
        (
            GazetteerKind::CountryNames,
            "KE\tPays Kikuyu\nKE\tpays kikuyu\n",
            "mine.tsv:2: duplicate pattern \"pays kikuyu\" (same as line 1 once case and accents are folded)",
        ),
        (GazetteerKind::Countries, "K1\tKEN\tKenya\n", "mine.tsv:1: invalid country code \"K1\""),
        (
            GazetteerKind::Places,
            "KE\ttown\tMombasa\n",
            "mine.tsv:1: unknown place kind \"town\" (expected capital, city, region or continent)",
        ),
        (
            GazetteerKind::Organizations,
            "AU\tnom\tUnion africaine\n",
            "mine.tsv:1: unknown organization form \"nom\" (expected name, short, acronym or acronym_cs)",
        ),
    ];
    for (kind, text, expected) in cases {
        assert_eq!(build_error(kind, text), expected, "for {text:?}");
    }
}

#[test]
fn files_are_read_at_build_and_errors_name_them() {
    let dir = std::env::temp_dir().join(format!("communique-builder-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let missing = dir.join("absent.tsv");
    let err = Extractor::builder()
        .gazetteer_file(GazetteerKind::CountryNames, &missing)
        .build()
        .unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { .. }));
    assert!(err.to_string().starts_with(&missing.display().to_string()));
    assert!(std::error::Error::source(&err).is_some());

    let bad = dir.join("bad.tsv");
    std::fs::File::create(&bad)
        .unwrap()
        .write_all(b"KE\tKenya\nNE\tNig\xC3er\n")
        .unwrap();
    let err = Extractor::builder()
        .gazetteer_file(GazetteerKind::CountryNames, &bad)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("{}:2: invalid UTF-8 at byte offset 15", bad.display())
    );

    let good = dir.join("good.tsv");
    std::fs::write(&good, "KE\tPays des Kikuyus\n").unwrap();
    let extractor = Extractor::builder()
        .gazetteer_file(GazetteerKind::CountryNames, &good)
        .build()
        .unwrap();
    let found = extractor.extract("Le Pays des Kikuyus et le Kenya.");
    let codes: Vec<(&str, &str)> = found
        .countries
        .iter()
        .map(|c| (&*c.text, c.code.as_str()))
        .collect();
    assert_eq!(codes, [("Pays des Kikuyus", "KE"), ("Kenya", "KE")]);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn replacing_and_emptying_defaults() {
    // Only the caller's names: "Kenya" is no longer known, "Pays Kikuyu" is.
    let extractor = Extractor::builder()
        .clear(GazetteerKind::CountryNames)
        .clear(GazetteerKind::Demonyms)
        .entry(GazetteerKind::CountryNames, &["KE", "Pays Kikuyu"])
        .build()
        .unwrap();
    let found = extractor.extract("Le Kenya, ou Pays Kikuyu, et les Kényans.");
    let texts: Vec<&str> = found.countries.iter().map(|c| &*c.text).collect();
    assert_eq!(texts, ["Pays Kikuyu"]);

    // No defaults at all: nothing but dates.
    let empty = Extractor::builder().no_defaults().build().unwrap();
    let found = empty.extract("Riyad, 31-5-2023 : le Kenya.");
    assert!(found.countries.is_empty());
    assert_eq!(found.dates.len(), 1);

    // An entry with a tab is refused.
    let err = Extractor::builder()
        .entry(GazetteerKind::CountryNames, &["KE", "a\tb"])
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "entries:1: field \"a\\tb\" contains a tab or a line break"
    );
}

#[test]
fn extractors_are_send_sync_and_cheap_to_clone() {
    fn assert_send_sync<T: Send + Sync + 'static>() {}
    assert_send_sync::<Extractor>();
    assert_send_sync::<communique::Extraction<'static>>();
    assert_send_sync::<communique::Error>();
    let a = Extractor::new();
    let b = a.clone();
    let text = "La Mauritanie et le Sénégal, le 3 mai 2024.";
    assert_eq!(a.extract(text), b.extract(text));
}

#[test]
fn extractions_round_trip_through_json() {
    let text = "Riyad, 31-5-2023\nLe ministre kényan a rencontré hier la délégation du Niger.";
    let found = Extractor::new().extract(text);
    let json = serde_json::to_string(&found).unwrap();
    let back: communique::Extraction<'_> = serde_json::from_str(&json).unwrap();
    assert_eq!(back, found);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    for key in [
        "dateline",
        "persons",
        "titles",
        "countries",
        "dates",
        "organizations",
        "places",
        "themes",
    ] {
        assert!(value.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(value["countries"][0]["code"], "KE");
    assert_eq!(value["countries"][0]["alpha3"], "KEN");
    assert_eq!(value["countries"][0]["demonym"], true);
    assert_eq!(value["dates"][1]["value"], "2023-05-30");
    assert_eq!(found.into_owned(), back.into_owned());
}

/// Every requested list is what the full extraction gives; the lists not needed are empty.
#[test]
fn outputs_compute_only_what_is_asked() {
    use communique::Output;
    let full = Extractor::new();
    let texts: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/texts"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    for output in Output::ALL {
        let only = Extractor::builder().outputs(&[output]).build().unwrap();
        for text in &texts {
            let (a, b) = (full.extract(text), only.extract(text));
            match output {
                Output::Dateline => assert_eq!(a.dateline, b.dateline),
                Output::Persons => assert_eq!(a.persons, b.persons),
                Output::Titles => assert_eq!(a.titles, b.titles),
                Output::Countries => assert_eq!(a.countries, b.countries),
                Output::Dates => assert_eq!(a.dates, b.dates),
                Output::Organizations => assert_eq!(a.organizations, b.organizations),
                Output::Places => assert_eq!(a.places, b.places),
                Output::Themes => assert_eq!(a.themes, b.themes),
                _ => unreachable!(),
            }
        }
    }
    let dates = Extractor::builder()
        .outputs(&[Output::Dates])
        .build()
        .unwrap();
    let found = dates.extract(&texts[0]);
    assert!(!found.dates.is_empty());
    assert!(found.persons.is_empty() && found.organizations.is_empty() && found.themes.is_empty());
}

#[test]
fn the_theme_threshold_is_a_setting() {
    let text = "Les ministres ont évoqué la lutte contre le terrorisme et la radicalisation.";
    let default = Extractor::new().extract(text).themes.len();
    let all = Extractor::builder().theme_threshold(0.0).build().unwrap();
    let none = Extractor::builder().theme_threshold(1.0).build().unwrap();
    assert!(all.extract(text).themes.len() >= default && default > 0);
    assert!(none.extract(text).themes.is_empty());
    let err = Extractor::builder()
        .theme_threshold(1.5)
        .build()
        .unwrap_err();
    assert_eq!(err.to_string(), "theme_threshold: 1.5 is not in [0, 1]");
}
