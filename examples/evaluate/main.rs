//! Measures the extractor against hand-annotated gold files: the code of `communique
//! evaluate`, kept here so that this command goes on working.
//!
//! ```text
//! cargo run --release --example evaluate -- GOLD_DIR [TEXT_DIR] [--json] [--errors]
//! ```

#[path = "../../cli/src/evaluate.rs"]
mod evaluate;
#[path = "../../cli/src/scoring.rs"]
mod scoring;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    const USAGE: &str = "usage: evaluate GOLD_DIR [TEXT_DIR] [--json] [--errors]";
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |name: &str| args.iter().any(|a| a == name);
    let dirs: Vec<PathBuf> = args
        .iter()
        .filter(|a| !a.starts_with("--"))
        .map(PathBuf::from)
        .collect();
    if let Some(unknown) = args
        .iter()
        .find(|a| a.starts_with("--") && !["--json", "--errors"].contains(&a.as_str()))
    {
        eprintln!("unknown option {unknown}\n{USAGE}");
        return ExitCode::from(2);
    }
    match &dirs[..] {
        [gold] => evaluate::run(gold, gold, flag("--errors"), flag("--json")),
        [gold, text] => evaluate::run(gold, text, flag("--errors"), flag("--json")),
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
