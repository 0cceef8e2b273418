//! `--format tsv`, `--help`, `--version` and usage errors.

use crate::extract::{command, run, temp_file, SAMPLE};

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

/// The TSV that `communique extract ARGS -` writes for `input`, the run checked a success.
fn tsv_of(args: &[&str], input: &str) -> String {
    let mut all = args.to_vec();
    all.extend(["--format", "tsv", "-"]);
    let out = run(&all, input.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    stdout(&out)
}

#[test]
fn help_and_version() {
    let out = command(&["--help"], b"");
    assert!(out.status.success());
    let help = stdout(&out);
    assert!(
        help.contains("extract") && help.contains("evaluate"),
        "{help}"
    );
    let out = command(&["extract", "--help"], b"");
    let help = stdout(&out);
    for option in [
        "--format",
        "--jsonl",
        "--threads",
        "--reference-date",
        "--lossy",
        "--input",
    ] {
        assert!(help.contains(option), "{option}: {help}");
    }
    let out = command(&["--version"], b"");
    assert!(out.status.success());
    assert_eq!(
        stdout(&out).trim(),
        format!("communique {}", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn usage_errors_exit_with_2() {
    for args in [
        &["extract"][..],
        &["extract", "--format", "xml", "-"],
        &["extract", "--threads", "0", "-"],
        &["extract", "--jsonl", "--format", "html", "-"],
        &["extract", "a.txt", "b.txt"],
        &["frobnicate"],
        &["evaluate"],
    ] {
        let out = command(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn tsv_of_a_text() {
    let text = "Dakar, 3 juin 2024\nLe ministre malien de la Défense\t(M. Ali Diallo) a \
                condamné le terrorisme avec la CEDEAO.";
    let tsv = tsv_of(&[], text);
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0], ["doc", "kind", "start", "end", "text", "value"]);
    assert!(rows.iter().all(|r| r.len() == 6), "{tsv}");
    let row = |kind: &str, text: &str| {
        rows.iter()
            .find(|r| r[1] == kind && r[4] == text)
            .unwrap_or_else(|| panic!("no {kind} {text:?} in\n{tsv}"))
            .clone()
    };
    assert_eq!(
        row("place", "Dakar"),
        ["-", "place", "0", "5", "Dakar", "SN"]
    );
    assert_eq!(row("date", "3 juin 2024")[5], "2024-06-03");
    assert_eq!(row("title", "ministre malien de la Défense")[5], "office");
    assert_eq!(row("demonym", "malien")[5], "ML");
    assert_eq!(row("person", "Ali Diallo")[5], "Ali Diallo");
    let terrorism = row("theme", "terrorism");
    assert_eq!(&terrorism[2..4], ["", ""]);
    assert!(terrorism[5].parse::<f32>().unwrap() > 0.0);
    assert_eq!(row("evidence", "terrorisme")[5], "terrorism");
    // Offsets are the input's bytes.
    for r in &rows[1..] {
        if let (Ok(start), Ok(end)) = (r[2].parse::<usize>(), r[3].parse::<usize>()) {
            assert_eq!(&text[start..end], r[4], "{r:?}");
        }
    }
}

#[test]
fn tsv_of_a_jsonl_stream_escapes_its_fields() {
    let input = concat!(
        "{\"id\": \"a\\tb\", \"text\": \"Le Mali\\net le Niger.\"}\n",
        "{\"id\": 7, \"text\": \"Le Tchad\"}\n",
        "{\"text\": \"Le Kenya\"}\n",
        "not json\n",
    );
    let out = run(&["--jsonl", "--format", "tsv", "-"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:4: not JSON"));
    assert_eq!(
        stdout(&out),
        "doc\tkind\tstart\tend\ttext\tvalue\n\
         a\\tb\tcountry\t3\t7\tMali\tML\n\
         a\\tb\tcountry\t14\t19\tNiger\tNE\n\
         7\tcountry\t3\t8\tTchad\tTD\n\
         \tcountry\t3\t8\tKenya\tKE\n"
    );
}

#[test]
fn the_sample_in_every_format() {
    for format in ["json", "tsv", "html"] {
        let out = run(&["--format", format, SAMPLE], b"");
        assert!(out.status.success(), "{format}");
        assert!(out.stdout.len() > 1000, "{format}");
    }
    // `--format jsonl` is `--jsonl`.
    let jsonl = temp_file("formats.jsonl", b"{\"id\": 1, \"text\": \"Le Mali\"}\n");
    let a = run(&["--format", "jsonl", jsonl.to_str().unwrap()], b"");
    let b = run(&["--jsonl", jsonl.to_str().unwrap()], b"");
    assert!(a.status.success());
    assert_eq!(a.stdout, b.stdout);
}

/// `--input html`: the page's text is read, spans are offsets into the page as given.
#[test]
fn an_html_page_as_input() {
    let page = "<html><head><style>p{color:red}</style></head><body>\
                <p>Le ministre de la D&eacute;fense du <b>Tchad</b> a condamn&eacute; \
                le terrorisme.</p><script>var x = 'Mali';</script></body></html>";
    let tsv = tsv_of(&["--input", "html"], page);
    let rows: Vec<Vec<&str>> = tsv.lines().map(|l| l.split('\t').collect()).collect();
    let country = rows
        .iter()
        .find(|r| r[1] == "country")
        .unwrap_or_else(|| panic!("no country in\n{tsv}"));
    assert_eq!(country[4], "Tchad");
    let (start, end): (usize, usize) = (country[2].parse().unwrap(), country[3].parse().unwrap());
    assert_eq!(&page[start..end], "Tchad");
    assert!(!tsv.contains("Mali"), "a script is no text: {tsv}");
    assert!(rows
        .iter()
        .any(|r| r[1] == "title" && r[4] == "ministre de la D&eacute;fense"));
}
