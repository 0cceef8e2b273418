//! Measures the extractor against hand-annotated gold files.
//!
//! ```text
//! cargo run --release --example evaluate -- GOLD_DIR [TEXT_DIR] [--json] [--errors]
//! ```
//! Every `NN.json` of GOLD_DIR (format: `tests/corpus/GUIDELINES.md`) is scored against the
//! extraction of `NN.txt` (in TEXT_DIR, by default GOLD_DIR): precision, recall and F1 per
//! type as multisets of surface strings per document, exact and lenient (one string contains
//! the other), accuracy of values on exact matches, themes over documents, and datelines.

mod scoring;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut dirs = Vec::new();
    let mut json = false;
    let mut errors = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "--errors" => errors = true,
            "-h" | "--help" => {
                eprintln!("usage: evaluate GOLD_DIR [TEXT_DIR] [--json] [--errors]");
                return ExitCode::SUCCESS;
            }
            _ if arg.starts_with("--") => {
                eprintln!(
                    "unknown option {arg}\nusage: evaluate GOLD_DIR [TEXT_DIR] [--json] [--errors]"
                );
                return ExitCode::from(2);
            }
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    let (gold_dir, text_dir) = match &dirs[..] {
        [g] => (g.clone(), g.clone()),
        [g, t] => (g.clone(), t.clone()),
        _ => {
            eprintln!("usage: evaluate GOLD_DIR [TEXT_DIR] [--json] [--errors]");
            return ExitCode::from(2);
        }
    };
    let extractor = communique::Extractor::new();
    let report = match scoring::pairs(&gold_dir, &text_dir)
        .and_then(|p| scoring::evaluate(&extractor, &p))
    {
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
