//! The share of mentions each transformation of issue 15 changes, on the `.txt` files of the
//! folders given (by default the development pages of `tests/real/texts`, when present):
//!
//! ```sh
//! cargo run --release --example metamorphic -- [FOLDER...]
//! ```
//!
//! A mention is changed when the transformed text does not give it (same kind, same text and
//! value once the transformation is undone: `tests/transform.rs`) or gives it where the
//! original lacks it; "changed" is (lost + invented) / mentions of the original, so a mention
//! whose span moves counts twice. For capitals, which may lose mentions, the figure is what they
//! invent. Themes: the documents whose set of themes changes.

#[path = "../tests/transform.rs"]
mod transform;

use communique::Extractor;
use std::path::PathBuf;
use transform::{keys, missing, themes, Transform};

fn main() {
    let mut folders: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    if folders.is_empty() {
        folders.push("tests/real/texts".into());
    }
    let holdout = holdout_ids();
    let mut texts = Vec::new();
    for folder in &folders {
        let Ok(entries) = std::fs::read_dir(folder) else {
            eprintln!("skipped: {} is absent", folder.display());
            continue;
        };
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .filter(|p| {
                let id = p.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                !holdout.iter().any(|h| h == id)
            })
            .collect();
        paths.sort();
        for p in paths {
            if let Ok(t) = std::fs::read_to_string(&p) {
                texts.push((p, t));
            }
        }
    }
    let extractor = Extractor::new();
    // METAMORPHIC_SHOW=<name> lists what that transformation changes (on standard error).
    let show = std::env::var("METAMORPHIC_SHOW").ok();
    println!("{} documents\n", texts.len());
    println!("| transformation | mentions | lost | invented | changed | themes changed |");
    println!("|---|---:|---:|---:|---:|---:|");
    let all = Transform::NEUTRAL.iter().chain([&Transform::Capitals]);
    for &t in all {
        let (mut total, mut lost, mut invented, mut theme_docs) = (0, 0, 0, 0);
        for (path, text) in &texts {
            let original = extractor.extract(text);
            let changed = t.apply(text);
            let x = if t == Transform::Html {
                extractor.extract_html(&changed)
            } else {
                extractor.extract(&changed)
            };
            if let Err(e) = x.check(&changed) {
                eprintln!("{}: {e}", t.name());
            }
            let a = keys(&original, Some(t));
            let b = keys(&x, Some(t));
            total += a.len();
            let (gone, new) = (missing(&a, &b), missing(&b, &a));
            if show.as_deref() == Some(t.name()) && !(gone.is_empty() && new.is_empty()) {
                eprintln!("{}\nlost {gone:?}\ninvented {new:?}", path.display());
            }
            lost += gone.len();
            invented += new.len();
            theme_docs += usize::from(themes(&original) != themes(&x));
        }
        let pct = |n: usize| 100.0 * n as f64 / total.max(1) as f64;
        let changed = if t == Transform::Capitals {
            pct(invented)
        } else {
            pct(lost + invented)
        };
        println!(
            "| {} | {total} | {:.1}% | {:.1}% | {changed:.1}% | {theme_docs} |",
            t.name(),
            pct(lost),
            pct(invented)
        );
    }
}

/// The ids of the held-out pages (`tests/real/manifest.tsv`, split `holdout`): never read.
fn holdout_ids() -> Vec<String> {
    let manifest = std::fs::read_to_string("tests/real/manifest.tsv").unwrap_or_default();
    let mut lines = manifest.lines();
    let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    let id = header.iter().position(|&h| h == "id");
    let split = header.iter().position(|&h| h == "split");
    let (Some(id), Some(split)) = (id, split) else {
        return Vec::new();
    };
    lines
        .filter_map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            (f.get(split) == Some(&"holdout")).then(|| f.get(id).unwrap_or(&"").to_string())
        })
        .collect()
}
