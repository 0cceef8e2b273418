//! `communique evaluate` on the written corpus.

use crate::extract::command;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/corpus");

#[test]
fn the_table_and_the_json_report() {
    let documents = std::fs::read_dir(CORPUS)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .path()
                .extension()
                .is_some_and(|x| x == "json")
        })
        .count();
    let out = command(&["evaluate", CORPUS], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let table = String::from_utf8(out.stdout).unwrap();
    assert!(
        table.starts_with(&format!("{documents} documents\n")),
        "{table}"
    );
    assert!(table.contains("| persons | "), "{table}");
    assert!(table.contains("dateline accuracy: "), "{table}");

    let out = command(&["evaluate", CORPUS, CORPUS, "--json", "--errors"], b"");
    assert!(out.status.success());
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["documents"], documents);
    assert_eq!(report["errors"].as_array().unwrap().len(), documents);
}

#[test]
fn a_missing_folder_is_named() {
    let out = command(&["evaluate", "/nonexistent/gold"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("/nonexistent/gold: "));
}
