//! `communique evaluate`: the extractor scored against a folder of gold files.
//!
//! Every `NN.json` of the gold folder (format: `tests/corpus/GUIDELINES.md`) is scored
//! against the extraction of `NN.txt` (in the text folder): precision, recall and F1 per type
//! as multisets of surface strings per document, exact and lenient (one string contains the
//! other), accuracy of values on exact matches, themes over documents, and datelines.
//! `examples/evaluate` runs the same code.

use crate::scoring;
use std::path::Path;
use std::process::ExitCode;

/// Prints the table (or the JSON report), after every document's errors when `errors`.
pub fn run(gold_dir: &Path, text_dir: &Path, errors: bool, json: bool) -> ExitCode {
    let extractor = communique::Extractor::new();
    let report =
        match scoring::pairs(gold_dir, text_dir).and_then(|p| scoring::evaluate(&extractor, &p)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::FAILURE;
            }
        };
    if json {
        let mut value = serde_json::to_value(&report).unwrap_or_default();
        if errors {
            value["errors"] = serde_json::to_value(&report.errors).unwrap_or_default();
        }
        println!(
            "{}",
            serde_json::to_string_pretty(&value).unwrap_or_default()
        );
        return ExitCode::SUCCESS;
    }
    if errors {
        for e in &report.errors {
            let nothing = e.missed.is_empty()
                && e.false_alarms.is_empty()
                && e.wrong_values.is_empty()
                && e.themes_missed.is_empty()
                && e.themes_false.is_empty()
                && e.dateline.is_none();
            if nothing {
                continue;
            }
            println!("== {}", e.doc);
            for (ty, list) in &e.missed {
                println!("  missed {ty}: {}", list.join(" | "));
            }
            for (ty, list) in &e.false_alarms {
                println!("  false  {ty}: {}", list.join(" | "));
            }
            for (ty, list) in &e.wrong_values {
                println!("  value  {ty}: {}", list.join(" | "));
            }
            if !e.themes_missed.is_empty() {
                println!("  missed themes: {}", e.themes_missed.join(", "));
            }
            if !e.themes_false.is_empty() {
                println!("  false  themes: {}", e.themes_false.join(", "));
            }
            if let Some(d) = &e.dateline {
                println!("  dateline: {d}");
            }
        }
        println!();
    }
    print!("{}", scoring::table(&report));
    ExitCode::SUCCESS
}
