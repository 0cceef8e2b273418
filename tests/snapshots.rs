//! The whole output on every text of the repository, against a stored snapshot: a change that
//! is meant to leave every result as it was (a refactoring, a speed-up) proves it here, and a
//! change of results shows each one in review.
//!
//! `COMMUNIQUE_UPDATE_SNAPSHOTS=1 cargo test --test integration snapshots` rewrites the
//! snapshots (`tests/snapshots/`); review their diff before committing it.

use std::path::{Path, PathBuf};

/// Every text of the repository: the written corpus, the test texts, the example.
fn texts() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for dir in [
        "tests/corpus",
        "tests/corpus/holdout",
        "tests/texts",
        "examples/data",
    ] {
        for entry in std::fs::read_dir(root.join(dir)).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt") {
                out.push(path);
            }
        }
    }
    out.sort();
    out
}

/// The snapshot's name: the text's path under the repository, with `__` for `/`.
fn snapshot_path(text: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let relative = text.strip_prefix(root).unwrap().with_extension("json");
    let name = relative.to_str().unwrap().replace('/', "__");
    root.join("tests/snapshots").join(name)
}

#[test]
fn every_text_gives_its_snapshot() {
    let update = std::env::var_os("COMMUNIQUE_UPDATE_SNAPSHOTS").is_some();
    let extractor = communique::Extractor::new();
    let mut changed = Vec::new();
    let texts = texts();
    assert!(texts.len() >= 50, "{} texts", texts.len());
    for path in texts {
        let text = std::fs::read_to_string(&path).unwrap();
        let json = serde_json::to_string_pretty(&extractor.extract(&text)).unwrap() + "\n";
        let snapshot = snapshot_path(&path);
        if update {
            std::fs::create_dir_all(snapshot.parent().unwrap()).unwrap();
            std::fs::write(&snapshot, &json).unwrap();
        } else if std::fs::read_to_string(&snapshot).ok().as_deref() != Some(json.as_str()) {
            changed.push(snapshot.display().to_string());
        }
    }
    assert!(
        changed.is_empty(),
        "the output differs from its snapshot for {} texts (COMMUNIQUE_UPDATE_SNAPSHOTS=1 \
         rewrites them; review the diff):\n{}",
        changed.len(),
        changed.join("\n")
    );
}
