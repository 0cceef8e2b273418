//! Prints the extraction of a French press text as JSON.
//!
//! ```text
//! cargo run --release --example extract -- FILE          # pretty JSON of one text ('-': stdin)
//! cargo run --release --example extract -- --jsonl FILE  # {"id", "text"} lines in, {"id", "extraction"} lines out
//!     --reference-date YYYY-MM-DD   publication date for relative dates when there is no dateline
//!     --lossy                       replace invalid UTF-8 instead of failing
//!     --threads N                   --jsonl: extract on N threads (needs `--features rayon`)
//! ```
//!
//! Errors go to stderr with the file, line and byte offset; in JSONL mode a bad line is
//! reported and skipped, the rest of the stream is processed, and the exit code is 1 at the end.
//!
//! JSONL is read, extracted and written one chunk of lines at a time, in input order, so
//! memory holds one chunk whatever the length of the stream. With `--threads N` (N > 1, built
//! with `--features rayon`) the lines of a chunk are extracted on a pool of N threads.

use communique::{Context, Date, Extraction, Extractor};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str =
    "usage: extract [--jsonl [--threads N]] [--reference-date YYYY-MM-DD] [--lossy] FILE|-";

/// A chunk of JSONL ends after this many lines...
const CHUNK_LINES: usize = 1024;
/// ...or once it holds this many bytes of input, whichever comes first.
const CHUNK_BYTES: usize = 8 << 20;

struct Options {
    jsonl: bool,
    lossy: bool,
    threads: usize,
    context: Context,
    path: String,
}

fn parse_args() -> Result<Options, String> {
    let mut args = std::env::args().skip(1);
    let mut jsonl = false;
    let mut lossy = false;
    let mut threads = 1;
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
            "--threads" => {
                let value = args.next().ok_or("--threads needs a value")?;
                threads = value
                    .parse::<usize>()
                    .ok()
                    .filter(|&n| n >= 1)
                    .ok_or_else(|| {
                        format!("--threads: expected a number of at least 1, got {value:?}")
                    })?;
            }
            "-h" | "--help" => return Err(USAGE.to_string()),
            _ if arg.starts_with("--") => return Err(format!("unknown option {arg}\n{USAGE}")),
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("unexpected argument {arg}\n{USAGE}")),
        }
    }
    if threads > 1 && !cfg!(feature = "rayon") {
        return Err(format!(
            "--threads {threads}: this build extracts on one thread; rebuild with \
             `cargo build --release --features rayon --example extract` to use more"
        ));
    }
    Ok(Options {
        jsonl,
        lossy,
        threads,
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

/// Where the lines of a chunk are extracted: here, or on a pool of threads.
enum Workers {
    Here,
    #[cfg(feature = "rayon")]
    Pool(rayon::ThreadPool),
}

/// One numbered line of input, and what became of it.
type Numbered<T> = (usize, T);

impl Workers {
    fn new(threads: usize) -> Result<Workers, String> {
        if threads <= 1 {
            return Ok(Workers::Here);
        }
        #[cfg(feature = "rayon")]
        {
            rayon::ThreadPoolBuilder::new()
                .num_threads(threads)
                .build()
                .map(Workers::Pool)
                .map_err(|e| format!("--threads {threads}: {e}"))
        }
        #[cfg(not(feature = "rayon"))]
        {
            Err(format!("--threads {threads} needs the rayon feature"))
        }
    }

    /// Processes the lines of a chunk; the results come back in input order.
    fn process(
        &self,
        extractor: &Extractor,
        options: &Options,
        chunk: Vec<Numbered<Vec<u8>>>,
    ) -> Vec<Numbered<Result<Option<String>, String>>> {
        match self {
            Workers::Here => chunk
                .into_iter()
                .map(|(number, bytes)| (number, process_line(extractor, options, bytes)))
                .collect(),
            #[cfg(feature = "rayon")]
            Workers::Pool(pool) => {
                use rayon::prelude::*;
                pool.install(|| {
                    chunk
                        .into_par_iter()
                        // One clone of the extractor per worker task (cheap: an `Arc`).
                        .map_init(
                            || extractor.clone(),
                            |extractor, (number, bytes)| {
                                (number, process_line(extractor, options, bytes))
                            },
                        )
                        .collect()
                })
            }
        }
    }
}

/// Processes a JSONL stream a chunk of lines at a time; returns the number of bad lines.
fn run_jsonl(extractor: &Extractor, options: &Options) -> Result<usize, String> {
    let name = if options.path == "-" {
        "<stdin>"
    } else {
        options.path.as_str()
    };
    let workers = Workers::new(options.threads)?;
    let mut input = open(&options.path)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut failures = 0;
    let mut number = 0;
    loop {
        // Read one chunk; a read error ends the stream after the lines read before it.
        let mut chunk = Vec::new();
        let mut chunk_bytes = 0;
        let mut end = None;
        while chunk.len() < CHUNK_LINES && chunk_bytes < CHUNK_BYTES {
            let mut line = Vec::new();
            match input.read_until(b'\n', &mut line) {
                Ok(0) => {
                    end = Some(Ok(()));
                    break;
                }
                Ok(read) => {
                    number += 1;
                    chunk_bytes += read;
                    chunk.push((number, line));
                }
                Err(e) => {
                    end = Some(Err(format!("{name}: {e}")));
                    break;
                }
            }
        }
        for (number, result) in workers.process(extractor, options, chunk) {
            match result {
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
        match end {
            None => {}
            Some(Ok(())) => break,
            Some(Err(e)) => {
                out.flush().map_err(|e| e.to_string())?;
                return Err(e);
            }
        }
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(failures)
}

/// One line of `--jsonl` output.
#[derive(serde::Serialize)]
struct Output<'a, 'h> {
    id: &'a serde_json::Value,
    extraction: &'a Extraction<'h>,
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
    // Serialised straight from the extraction, without an intermediate `serde_json::Value`.
    let record = Output {
        id: &id,
        extraction: &extraction,
    };
    serde_json::to_string(&record)
        .map(Some)
        .map_err(|e| e.to_string())
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
