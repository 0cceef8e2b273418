//! Quality floors on the annotated corpus, scored by the same code as `communique evaluate`.
//!
//! Floors only go up: raise one when an extractor improves; never lower one to let a change
//! pass. The holdout (`tests/corpus/holdout/`) is measured by `communique evaluate`, not here.

use crate::scoring;

use std::path::Path;

/// (type, exact F1 floor, value accuracy floor), set from the figures measured on
/// 2026-12-05 (`cargo run --release --example evaluate -- tests/corpus`): persons 0.982 /
/// 0.944, titles 0.982 / 0.995, countries 0.998 / 1.000, demonyms 1.000 / 0.992, dates
/// 1.000 / 1.000, relative dates 0.981, organisations 0.982, places 0.951.
const FLOORS: &[(&str, f64, f64)] = &[
    ("persons", 0.97, 0.93),
    ("titles", 0.97, 0.99),
    ("countries", 0.99, 0.99),
    ("demonyms", 0.99, 0.99),
    ("dates", 0.99, 0.99),
    ("relative_dates", 0.97, 0.0),
    ("organizations", 0.97, 0.0),
    ("places", 0.94, 0.0),
];
/// Dateline accuracy floor.
const DATELINE_FLOOR: f64 = 0.96;
/// Theme F1 over (document, theme) pairs; measured 0.966.
const THEMES_FLOOR: f64 = 0.955;

#[test]
fn corpus_quality_stays_above_the_floors() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let pairs = scoring::pairs(&dir, &dir).unwrap();
    assert!(
        pairs.len() >= 30,
        "the corpus has {} documents",
        pairs.len()
    );
    let report = scoring::evaluate(&communique::Extractor::new(), &pairs).unwrap();
    let table = scoring::table(&report);
    for &(ty, f1_floor, value_floor) in FLOORS {
        let counts = &report.types[ty];
        let (_, _, f1) = counts.exact_prf();
        assert!(
            f1 >= f1_floor,
            "{ty}: exact F1 {f1:.3} < floor {f1_floor}\n{table}"
        );
        let accuracy = counts.value_accuracy().unwrap_or(1.0);
        assert!(
            accuracy >= value_floor,
            "{ty}: value accuracy {accuracy:.3} < floor {value_floor}\n{table}"
        );
    }
    let (_, _, themes) = report.themes.exact_prf();
    assert!(
        themes >= THEMES_FLOOR,
        "themes: F1 {themes:.3} < floor {THEMES_FLOOR}\n{table}"
    );
    let dateline = report.dateline_correct as f64 / report.documents as f64;
    assert!(
        dateline >= DATELINE_FLOOR,
        "dateline accuracy {dateline:.3} < floor\n{table}"
    );
}

#[test]
fn gold_files_are_consistent_with_their_texts() {
    // Every gold text occurs in its document at least as often as it is listed.
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for dir in [root.clone(), root.join("holdout")] {
        for (gold_path, text_path) in scoring::pairs(&dir, &dir).unwrap() {
            let gold: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&gold_path).unwrap()).unwrap();
            let text = std::fs::read_to_string(&text_path).unwrap();
            for ty in scoring::TYPES {
                let list = gold[ty]
                    .as_array()
                    .unwrap_or_else(|| panic!("{}: no {ty}", gold_path.display()));
                let mut counts = std::collections::HashMap::new();
                for m in list {
                    *counts.entry(m["text"].as_str().unwrap()).or_insert(0) += 1;
                }
                for (t, n) in counts {
                    assert!(
                        text.matches(t).count() >= n,
                        "{}: {ty} {t:?} listed {n} times",
                        gold_path.display()
                    );
                }
            }
        }
    }
}
