//! `communique extract` on hostile input: empty files, byte-order marks, CRLF, a 100 MB line,
//! invalid UTF-8 deep in a file, and JSONL lines that are not what they should be. Every bad
//! line is reported on stderr with its line number, every good line still gives its output
//! line, in order, and the exit code says that something failed.
//!
//! `extract.rs` has the basic cases; these extend them. When the command was built with
//! `--features rayon`, every JSONL case also runs with `--threads 2` and must give the same
//! output.

use crate::extract::{run, temp_dir};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A file in this process's own temporary directory, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    /// `name` with a unique prefix: tests run in parallel threads of one process.
    fn new(name: &str, bytes: &[u8]) -> TempFile {
        static NEXT: AtomicUsize = AtomicUsize::new(0);
        let path =
            temp_dir("robust").join(format!("{}-{name}", NEXT.fetch_add(1, Ordering::Relaxed)));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }

    fn path(&self) -> &str {
        self.0.to_str().unwrap()
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The output lines of a JSONL run, each parsed (a line that is not JSON fails the test).
fn jsonl_out(out: &Output) -> Vec<Value> {
    String::from_utf8(out.stdout.clone())
        .expect("stdout is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("bad output line {l:?}: {e}")))
        .collect()
}

fn ids(lines: &[Value]) -> Vec<Value> {
    lines.iter().map(|l| l["id"].clone()).collect()
}

fn country_texts(extraction: &Value) -> Vec<&str> {
    extraction["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect()
}

/// The ways to run `--jsonl`: on one thread, and on two when the binary was built with
/// `--features rayon` (asked once, by running it with `--threads 2` on an empty stream).
fn jsonl_modes() -> &'static [&'static [&'static str]] {
    static MODES: OnceLock<Vec<&'static [&'static str]>> = OnceLock::new();
    MODES.get_or_init(|| {
        let threads: &'static [&'static str] = &["--jsonl", "--threads", "2"];
        let supported = run(&[threads, &["-"]].concat(), b"").status.success();
        let mut modes: Vec<&'static [&'static str]> = vec![&["--jsonl"]];
        if supported {
            modes.push(threads);
        }
        modes
    })
}

/// Runs `--jsonl` on `input` written to a file, and checks the common contract: each of
/// `bad` (line number, message fragment) is on stderr as `FILE:LINE: ...`, the good lines are
/// all in the output with their ids in order, and the exit code is 1 exactly when a line failed.
/// With `--threads 2` (when available) the output must be the same, byte for byte.
fn check_jsonl(input: &[u8], bad: &[(usize, &str)], good_ids: &[Value]) -> Vec<Value> {
    let file = TempFile::new("stream.jsonl", input);
    let mut first: Option<Output> = None;
    for mode in jsonl_modes() {
        let out = run(&[*mode, &[file.path()]].concat(), b"");
        let err = stderr(&out);
        for (line, message) in bad {
            let expected = format!("{}:{line}: {message}", file.path());
            assert!(
                err.contains(&expected),
                "{mode:?}: missing {expected:?} in stderr:\n{err}"
            );
        }
        let reported = err.lines().filter(|l| l.starts_with(file.path())).count();
        assert_eq!(
            reported,
            bad.len(),
            "{mode:?}: one report per bad line:\n{err}"
        );
        if bad.is_empty() {
            assert!(out.status.success(), "{mode:?}: {err}");
            assert!(err.is_empty(), "{mode:?}: {err}");
        } else {
            assert_eq!(out.status.code(), Some(1), "{mode:?}: {err}");
            assert!(
                err.contains(&format!("{} line(s) failed", bad.len())),
                "{mode:?}: {err}"
            );
        }
        assert_eq!(ids(&jsonl_out(&out)), good_ids, "{mode:?}: stderr:\n{err}");
        match &first {
            None => first = Some(out),
            Some(one) => assert!(
                one.stdout == out.stdout && one.stderr == out.stderr,
                "{mode:?} differs from one thread"
            ),
        }
    }
    jsonl_out(&first.expect("at least one mode"))
}

#[test]
fn empty_files() {
    let empty = TempFile::new("empty.txt", b"");
    let out = run(&[empty.path()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["dateline"], Value::Null);
    for key in [
        "persons",
        "titles",
        "countries",
        "dates",
        "organizations",
        "places",
    ] {
        assert_eq!(json[key], serde_json::json!([]), "{key}");
    }

    // An empty stream, and one of blank lines only, give no output and no error.
    check_jsonl(b"", &[], &[]);
    check_jsonl(b"\n\r\n   \n\t\n", &[], &[]);
    // An object with an empty text is a document like any other.
    let lines = check_jsonl(b"{\"id\": 1, \"text\": \"\"}\n", &[], &[1.into()]);
    assert_eq!(lines[0]["extraction"]["countries"], serde_json::json!([]));
}

#[test]
fn byte_order_marks() {
    // A BOM-prefixed file: the BOM is part of the input, so offsets count its three bytes.
    let text = "\u{FEFF}Le Kenya.";
    let file = TempFile::new("bom.txt", text.as_bytes());
    let out = run(&[file.path()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["countries"][0]["text"], "Kenya");
    assert_eq!(json["countries"][0]["start"], text.find("Kenya").unwrap());

    // A BOM before the first JSONL line, and before a later one (files concatenated with cat).
    let input =
        "\u{FEFF}{\"id\": 1, \"text\": \"Kenya\"}\n\u{FEFF}{\"id\": 2, \"text\": \"Mali\"}\n";
    let lines = check_jsonl(input.as_bytes(), &[], &[1.into(), 2.into()]);
    assert_eq!(country_texts(&lines[0]["extraction"]), ["Kenya"]);
    assert_eq!(country_texts(&lines[1]["extraction"]), ["Mali"]);

    // A BOM inside a text value stays in the text, and offsets count it.
    let lines = check_jsonl(
        "{\"id\": 1, \"text\": \"\u{FEFF}Le Mali\"}\n".as_bytes(),
        &[],
        &[1.into()],
    );
    assert_eq!(lines[0]["extraction"]["countries"][0]["start"], 6);
}

#[test]
fn crlf_jsonl() {
    // Every line ends in CRLF, bad lines included: line numbers and output are unchanged.
    let input = concat!(
        "{\"id\": 1, \"text\": \"Riyad, 31-5-2023\\r\\nLe Kenya.\"}\r\n",
        "\r\n",
        "{\"id\": 2}\r\n",
        "{\"id\": 3, \"text\": \"Le Niger et le Mali.\"}\r\n",
        "{\"id\": 4, \"text\": \"Le Tchad\"}", // no final line break
    );
    let lines = check_jsonl(
        input.as_bytes(),
        &[(3, "no \"text\" field")],
        &[1.into(), 3.into(), 4.into()],
    );
    // The escaped CRLF inside the first text is part of the text: "Kenya" starts after it.
    let kenya = &lines[0]["extraction"]["countries"][0];
    assert_eq!(kenya["text"], "Kenya");
    assert_eq!(kenya["start"], "Riyad, 31-5-2023\r\nLe ".len());
    assert_eq!(lines[0]["extraction"]["dates"][0]["value"], "2023-05-31");
    assert_eq!(country_texts(&lines[1]["extraction"]), ["Niger", "Mali"]);
    assert_eq!(country_texts(&lines[2]["extraction"]), ["Tchad"]);
}

/// Size of the long-line test: 100 MiB when the tests (and so the command) are built with
/// `--release`; 20 MiB in a debug build, where the binary extracts about 2 MB/s (20 MiB: 10 s
/// of CPU). Only `--jsonl` is tested: it reads line by line, a plain file is read whole.
const LONG_LINE: usize = if cfg!(debug_assertions) {
    20 << 20
} else {
    100 << 20
};

#[test]
fn a_100_mb_line_between_two_small_ones() {
    // One JSONL line of LONG_LINE bytes (100 MiB, or 20 MiB in a debug build) without a
    // break: "Kenya" at its start and "Mali" at its end, filler in between, so the last
    // mention's offset proves nothing was cut.
    let head = "Le Kenya ";
    let tail = " et le Mali.";
    let filler = "des mots sans majuscule et sans chiffre ";
    let text = [head, &filler.repeat(LONG_LINE / filler.len()), tail].concat();
    let mali_start = text.len() - "Mali.".len();
    let mut input = Vec::with_capacity(text.len() + 128);
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"Le Niger\"}\n");
    input.extend_from_slice(b"{\"id\": 2, \"text\": \"");
    input.extend_from_slice(text.as_bytes());
    input.extend_from_slice(b"\"}\n{\"id\": 3, \"text\": \"Le Tchad\"}\nnot json\n");
    let lines = check_jsonl(&input, &[(4, "not JSON")], &[1.into(), 2.into(), 3.into()]);
    let long = &lines[1]["extraction"]["countries"];
    assert_eq!(long.as_array().unwrap().len(), 2, "{long}");
    assert_eq!(long[0]["start"], head.find("Kenya").unwrap());
    assert_eq!(long[1]["text"], "Mali");
    assert_eq!(long[1]["start"], mali_start);
}

#[test]
fn invalid_utf8_deep_in_a_file() {
    // 1 MiB of good lines, then a lone continuation byte: the offset is the file's.
    let mut bytes = "Le Kenya et le Niger.\n".repeat(50_000).into_bytes();
    let offset = bytes.len() + "Le Ma".len();
    bytes.extend_from_slice(b"Le Ma\x80li.\nLe Tchad.\n");
    let file = TempFile::new("deep.txt", &bytes);
    let out = run(&[file.path()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty(), "no partial output");
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "{}: invalid UTF-8 at byte offset {offset}",
            file.path()
        )),
        "{err}"
    );

    // A sequence cut short by the end of the file.
    let file = TempFile::new("cut.txt", b"Le Kenya \xC3");
    let out = run(&[file.path()], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("invalid UTF-8 at byte offset 9"),
        "{}",
        stderr(&out)
    );

    // With --lossy the bad bytes become U+FFFD and everything after them is still read.
    let file = TempFile::new(
        "lossy.txt",
        b"Le Kenya \xC3 et le Ma\x80li. Le Tchad \xF0\x9F\x99",
    );
    let out = run(&["--lossy", file.path()], b"");
    assert!(out.status.success(), "{}", stderr(&out));
    let json: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(country_texts(&json), ["Kenya", "Tchad"]);
}

#[test]
fn invalid_utf8_in_jsonl_lines() {
    // Line 2 ends its text with a sequence cut short; line 4 starts with two bad bytes.
    let before_cut = b"{\"id\": 2, \"text\": \"Le Mali ";
    let mut input = b"{\"id\": 1, \"text\": \"Kenya\"}\n".to_vec();
    input.extend_from_slice(before_cut);
    input.extend_from_slice(b"\xE2\x80\"}\n{\"id\": 3, \"text\": \"Le Niger\"}\n");
    input.extend_from_slice(b"\xFF\xFE{\"id\": 4, \"text\": \"Le Tchad\"}\n");
    input.extend_from_slice(b"{\"id\": 5, \"text\": \"Le Kenya\"}");
    let at_cut = format!("invalid UTF-8 at byte offset {}", before_cut.len());
    check_jsonl(
        &input,
        &[(2, at_cut.as_str()), (4, "invalid UTF-8 at byte offset 0")],
        &[1.into(), 3.into(), 5.into()],
    );

    // --lossy keeps the line whose text has a bad byte; a line whose JSON is broken by
    // replacement characters is still reported.
    let file = TempFile::new("lossy.jsonl", &input);
    let out = run(&["--jsonl", "--lossy", file.path()], b"");
    let err = stderr(&out);
    let lines = jsonl_out(&out);
    assert_eq!(ids(&lines), [1, 2, 3, 5], "{err}");
    assert_eq!(country_texts(&lines[1]["extraction"]), ["Mali"]);
    assert!(
        err.contains(&format!("{}:4: not JSON", file.path())),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn jsonl_lines_that_are_not_documents() {
    // Each bad line between two good ones, in one stream: every bad line is reported with its
    // line number, every good line comes out, in order, and the failures are counted.
    let cases: &[(&str, &str)] = &[
        // Not an object.
        ("\"Le Kenya\"", "not a JSON object"),
        ("42", "not a JSON object"),
        ("null", "not a JSON object"),
        ("true", "not a JSON object"),
        ("[{\"text\": \"Le Kenya\"}]", "not a JSON object"),
        // No "text".
        ("{}", "no \"text\" field"),
        ("{\"id\": 9, \"Text\": \"Le Kenya\"}", "no \"text\" field"),
        (
            "{\"id\": 9, \"body\": {\"text\": \"Le Kenya\"}}",
            "no \"text\" field",
        ),
        // "text" not a string.
        ("{\"id\": 9, \"text\": 42}", "\"text\" is not a string"),
        ("{\"id\": 9, \"text\": null}", "\"text\" is not a string"),
        (
            "{\"id\": 9, \"text\": [\"Le Kenya\"]}",
            "\"text\" is not a string",
        ),
        (
            "{\"id\": 9, \"text\": {\"fr\": \"Le Kenya\"}}",
            "\"text\" is not a string",
        ),
        // Trailing garbage, two objects on one line, truncated, not JSON at all.
        ("{\"id\": 9, \"text\": \"Le Kenya\"} x", "not JSON"),
        ("{\"id\": 9, \"text\": \"Le Kenya\"},", "not JSON"),
        (
            "{\"id\": 9, \"text\": \"Le Kenya\"}{\"id\": 10, \"text\": \"Mali\"}",
            "not JSON",
        ),
        ("{\"id\": 9, \"text\": \"Le Ken", "not JSON"),
        // The two halves of an object cut by a raw line break inside its text.
        ("{\"id\": 9, \"text\": \"Le", "not JSON"),
        ("Kenya\"}", "not JSON"),
        ("id=9 text=Kenya", "not JSON"),
        ("\u{0}", "not JSON"),
    ];
    let mut input = String::new();
    let mut bad = Vec::new();
    let mut good = Vec::new();
    let mut line = 0;
    for (text, message) in cases {
        line += 1;
        input.push_str(&format!("{{\"id\": {line}, \"text\": \"Le Kenya\"}}\n"));
        good.push(Value::from(line));
        line += 1;
        input.push_str(text);
        input.push('\n');
        bad.push((line, *message));
    }
    input.push_str("{\"id\": \"last\", \"text\": \"Le Mali\"}");
    good.push("last".into());
    let lines = check_jsonl(input.as_bytes(), &bad, &good);
    for l in &lines[..lines.len() - 1] {
        assert_eq!(country_texts(&l["extraction"]), ["Kenya"], "{l}");
    }
    assert_eq!(
        country_texts(&lines[lines.len() - 1]["extraction"]),
        ["Mali"]
    );
}

#[test]
fn line_numbers_hold_over_thousands_of_lines() {
    // More lines than one chunk of the binary's reader (1024), bad ones scattered: each is
    // reported with its own number, and every good line comes out, in order.
    let mut input = String::new();
    let mut bad = Vec::new();
    let mut good = Vec::new();
    for line in 1..=3000 {
        if line % 7 == 0 {
            input.push_str("{\"id\": 0}\n");
            bad.push((line, "no \"text\" field"));
        } else if line % 11 == 0 {
            input.push_str("\r\n"); // blank: neither output nor error
        } else {
            input.push_str(&format!("{{\"id\": {line}, \"text\": \"Le Mali\"}}\n"));
            good.push(Value::from(line));
        }
    }
    check_jsonl(input.as_bytes(), &bad, &good);
}

#[test]
fn control_characters_and_odd_ids_pass_through() {
    // Escaped control characters and NUL in the text are text; any JSON id is echoed as is.
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"\\u0000\\u0007Le Kenya\\u001b[0m\\t\\u000b\"}\n",
        "{\"id\": {\"file\": \"b.txt\", \"n\": [1, 2]}, \"text\": \"Le Mali\", \"extra\": true}\n",
        "{\"text\": \"Le Niger\"}\n",
    );
    let lines = check_jsonl(
        input.as_bytes(),
        &[],
        &[
            "a".into(),
            serde_json::json!({"file": "b.txt", "n": [1, 2]}),
            Value::Null,
        ],
    );
    assert_eq!(lines[0]["extraction"]["countries"][0]["start"], 5);
    assert_eq!(country_texts(&lines[1]["extraction"]), ["Mali"]);
    assert_eq!(country_texts(&lines[2]["extraction"]), ["Niger"]);
}

#[test]
fn unreadable_inputs_are_named() {
    let dir = std::env::temp_dir();
    let dir = dir.to_str().unwrap();
    for args in [vec![dir], vec!["--jsonl", dir]] {
        let out = run(&args, b"");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(
            stderr(&out).starts_with(&format!("{dir}: ")),
            "{}",
            stderr(&out)
        );
        assert!(out.stdout.is_empty());
    }
    assert!(!Path::new("/nonexistent/x.jsonl").exists());
    let out = run(&["--jsonl", "/nonexistent/x.jsonl"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("/nonexistent/x.jsonl: "),
        "{}",
        stderr(&out)
    );
}
