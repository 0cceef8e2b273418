//! Prints the extraction of a French press text as JSON.
//!
//! ```text
//! cargo run --release --example extract -- FILE          # pretty JSON of one text ('-': stdin)
//! cargo run --release --example extract -- --jsonl FILE  # {"id", "text"} lines in, {"id", "extraction"} lines out
//!     --reference-date YYYY-MM-DD   publication date for relative dates when there is no dateline
//!     --lossy                       replace invalid UTF-8 instead of failing
//! ```
//!
//! Errors go to stderr with the file, line and byte offset; in JSONL mode a bad line is
//! reported and skipped, the rest of the stream is processed, and the exit code is 1 at the end.

use communique::{Context, Date, Extractor};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: extract [--jsonl] [--reference-date YYYY-MM-DD] [--lossy] FILE|-";

struct Options {
    jsonl: bool,
    lossy: bool,
    context: Context,
    path: String,
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut jsonl = false;
    let mut lossy = false;
    let mut reference_date = None;
    let mut path = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--jsonl" => jsonl = true,
            "--lossy" => lossy = true,
            "--reference-date" => {
                let value = args.next().ok_or("--reference-date needs a value")?;
                reference_date = Some(
                    value
                        .parse::<Date>()
                        .map_err(|e| format!("--reference-date: {e}"))?,
                );
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("unexpected argument {arg}\n{USAGE}")),
        }
    }
    Ok(Options {
        jsonl,
        lossy,
        context: Context::new(reference_date),
        path: path.ok_or(USAGE)?,
    })
}

fn open(path: &str) -> Result<Box<dyn BufRead>, String> {
    if path == "-" {
        return Ok(Box::new(io::BufReader::new(io::stdin())));
    }
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    Ok(Box::new(io::BufReader::with_capacity(1 << 16, file)))
}

/// Decodes UTF-8, or says where it is broken.
fn decode(bytes: Vec<u8>, lossy: bool) -> Result<String, String> {
    match String::from_utf8(bytes) {
        Ok(s) => Ok(s),
        Err(e) if lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        Err(e) => Err(format!(
            "invalid UTF-8 at byte offset {} (use --lossy to replace it)",
            e.utf8_error().valid_up_to()
        )),
    }
}

fn run_one(extractor: &Extractor, options: &Options) -> Result<(), String> {
    let name = if options.path == "-" {
        "<stdin>"
    } else {
        options.path.as_str()
    };
    let mut bytes = Vec::new();
    open(&options.path)?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name}: {e}"))?;
    let text = decode(bytes, options.lossy).map_err(|e| format!("{name}: {e}"))?;
    let extraction = extractor.extract_with(&text, &options.context);
    let stdout = io::stdout();
    let mut out = stdout.lock();
    serde_json::to_writer_pretty(&mut out, &extraction).map_err(|e| e.to_string())?;
    writeln!(out).map_err(|e| e.to_string())
}

/// Processes a JSONL stream line by line; returns the number of bad lines.
fn run_jsonl(extractor: &Extractor, options: &Options) -> Result<usize, String> {
    let name = if options.path == "-" {
        "<stdin>"
    } else {
        options.path.as_str()
    };
    let mut input = open(&options.path)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut line = Vec::new();
    let mut failures = 0;
    let mut number = 0;
    loop {
        line.clear();
        let read = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("{name}: {e}"))?;
        if read == 0 {
            break;
        }
        number += 1;
        match process_line(extractor, options, std::mem::take(&mut line)) {
            Ok(Some(json)) => {
                out.write_all(json.as_bytes()).map_err(|e| e.to_string())?;
                out.write_all(b"\n").map_err(|e| e.to_string())?;
            }
            Ok(None) => {}
            Err(e) => {
                failures += 1;
                eprintln!("{name}:{number}: {e}");
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(failures)
}

fn process_line(
    extractor: &Extractor,
    options: &Options,
    bytes: Vec<u8>,
) -> Result<Option<String>, String> {
    let line = decode(bytes, options.lossy)?;
    let line = line
        .trim_start_matches('\u{FEFF}')
        .trim_end_matches(['\n', '\r']);
    if line.trim().is_empty() {
        return Ok(None);
    }
    let value: serde_json::Value =
        serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let object = value.as_object().ok_or("not a JSON object")?;
    let text = object
        .get("text")
        .ok_or("no \"text\" field")?
        .as_str()
        .ok_or("\"text\" is not a string")?;
    let id = object.get("id").cloned().unwrap_or(serde_json::Value::Null);
    let extraction = extractor.extract_with(text, &options.context);
    let record = serde_json::json!({ "id": id, "extraction": extraction });
    Ok(Some(record.to_string()))
}

fn main() -> ExitCode {
    let options = match parse_args() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    let extractor = Extractor::new();
    let result = if options.jsonl {
        run_jsonl(&extractor, &options).map(|failures| {
            if failures > 0 {
                eprintln!("{failures} line(s) failed");
            }
            failures
        })
    } else {
        run_one(&extractor, &options).map(|()| 0)
    };
    match result {
        Ok(0) => ExitCode::SUCCESS,
        Ok(_) => ExitCode::FAILURE,
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
