//! `communique extract`: files, stdin, JSONL streams and their errors.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

/// Runs `communique extract` with `args`, writing `stdin` from another thread (a large input
/// must not deadlock against a full stdout pipe).
pub(crate) fn run(args: &[&str], stdin: &[u8]) -> Output {
    command(&[&["extract"], args].concat(), stdin)
}

/// Runs `communique` with `args` (the subcommand first), writing `stdin` from another thread.
pub(crate) fn command(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_communique"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut pipe = child.stdin.take().unwrap();
    let stdin = stdin.to_vec();
    // Write from another thread: a large input must not deadlock against a full stdout pipe.
    let writer = std::thread::spawn(move || {
        let _ = pipe.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

/// `name` holding `bytes`, in a folder of this process under Cargo's temporary folder for
/// tests (inside `target/`, so `cargo clean` removes it and `/tmp` keeps nothing).
pub(crate) fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = temp_dir("files");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// A folder of this process named after `what`, under Cargo's temporary folder for tests.
pub(crate) fn temp_dir(what: &str) -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("cli-{what}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub(crate) fn stdout_json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The sample press release of the README.
pub(crate) const SAMPLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../examples/data/communique-niamey.txt"
);

#[test]
fn the_sample_text() {
    let out = run(&[SAMPLE], b"");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = stdout_json(&out);
    assert_eq!(json["dateline"]["place"]["text"], "Niamey");
    assert_eq!(json["dateline"]["date"]["value"], "2024-03-14");
    let codes: Vec<&str> = json["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_str().unwrap())
        .collect();
    assert!(codes.starts_with(&["NE", "NE", "NE"]), "{codes:?}");
    assert!(codes.contains(&"AE") && codes.contains(&"MR") && codes.contains(&"NG"));
}

#[test]
fn stdin_bom_crlf_and_empty_input() {
    let out = run(
        &["-"],
        "\u{FEFF}Riyad, 31-5-2023\r\nLe Kenya.\r\n".as_bytes(),
    );
    assert!(out.status.success());
    let json = stdout_json(&out);
    assert_eq!(json["dateline"]["place"]["text"], "Riyad");
    assert_eq!(json["countries"][0]["text"], "Kenya");
    assert_eq!(json["countries"][0]["start"], 24);

    let out = run(&["-"], b"");
    assert!(out.status.success());
    assert_eq!(stdout_json(&out)["countries"], serde_json::json!([]));
}

#[test]
fn errors_name_the_file_and_the_byte_offset() {
    let out = run(&["/nonexistent/communique.txt"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("/nonexistent/communique.txt: "));

    let bad = temp_file("bad.txt", b"Le Kenya \xFF et le Niger");
    let out = run(&[bad.to_str().unwrap()], b"");
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.txt: invalid UTF-8 at byte offset 9"),
        "{stderr}"
    );

    let out = run(&["--lossy", bad.to_str().unwrap()], b"");
    assert!(out.status.success());
    assert_eq!(stdout_json(&out)["countries"].as_array().unwrap().len(), 2);

    let out = run(&["--reference-date", "2023-02-30", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such day"));
}

#[test]
fn jsonl_streams_and_reports_bad_lines() {
    let input = concat!(
        "{\"id\": 1, \"text\": \"Riyad, 31-5-2023\\nLe Kenya.\"}\n",
        "not json\n",
        "[1, 2]\n",
        "{\"id\": \"x\"}\n",
        "\n",
        "{\"id\": 5, \"text\": \"Réunion hier au Niger.\"}\r\n",
    );
    let out = run(
        &["--jsonl", "--reference-date", "2024-06-03", "-"],
        input.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("<stdin>:2: not JSON"), "{stderr}");
    assert!(stderr.contains("<stdin>:3: not a JSON object"), "{stderr}");
    assert!(stderr.contains("<stdin>:4: no \"text\" field"), "{stderr}");
    assert!(stderr.contains("3 line(s) failed"), "{stderr}");
    let lines: Vec<serde_json::Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["extraction"]["countries"][0]["code"], "KE");
    assert_eq!(lines[1]["id"], 5);
    assert_eq!(lines[1]["extraction"]["dates"][0]["value"], "2024-06-02");
}

#[test]
fn jsonl_invalid_utf8_names_the_line() {
    let mut input =
        b"{\"id\": 1, \"text\": \"Kenya\"}\n{\"id\": 2, \"text\": \"Ni\xFFger\"}\n".to_vec();
    input.extend_from_slice(b"{\"id\": 3, \"text\": \"Mali\"}\n");
    let path = temp_file("bad.jsonl", &input);
    let out = run(&["--jsonl", path.to_str().unwrap()], b"");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.jsonl:2: invalid UTF-8 at byte offset 21"),
        "{stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 2);
}
