//! `communique extract`: one text, or a JSONL stream, to JSON, JSONL, TSV or HTML.
//!
//! Errors go to stderr with the file, line and byte offset; in JSONL mode a bad line is
//! reported and skipped, the rest of the stream is processed, and the exit code is 1 at the end.
//!
//! JSONL is read, extracted and written one chunk of lines at a time, in input order, so
//! memory holds one chunk whatever the length of the stream. With `--threads N` (N > 1, built
//! with `--features rayon`) the lines of a chunk are extracted on a pool of N threads.

use crate::{tsv, ExtractArgs, Format};
use communique::{Context, Extraction, Extractor};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

/// A chunk of JSONL ends after this many lines...
const CHUNK_LINES: usize = 1024;
/// ...or once it holds this many bytes of input, whichever comes first.
const CHUNK_BYTES: usize = 8 << 20;

/// What `extract` does, once its arguments are checked.
struct Options {
    jsonl: bool,
    html: bool,
    format: Format,
    lossy: bool,
    threads: usize,
    context: Context,
    path: String,
}

impl Options {
    /// The extraction of `text`, read as the input option says.
    fn extract<'h>(&self, extractor: &Extractor, text: &'h str) -> Extraction<'h> {
        if self.html {
            extractor.extract_html_with(text, &self.context)
        } else {
            extractor.extract_with(text, &self.context)
        }
    }

    /// The input's name in messages.
    fn name(&self) -> &str {
        if self.path == "-" {
            "<stdin>"
        } else {
            &self.path
        }
    }
}

/// Runs `communique extract`.
pub fn main(args: ExtractArgs) -> ExitCode {
    let jsonl = args.jsonl || args.format == Format::Jsonl;
    let usage = if jsonl && args.format == Format::Html {
        Some("--format html: one page per text, not a JSONL stream".to_string())
    } else if args.threads > 1 && !cfg!(feature = "rayon") {
        Some(format!(
            "--threads {}: this build extracts on one thread; rebuild with \
             `cargo install --path cli --features rayon` to use more",
            args.threads
        ))
    } else {
        None
    };
    if let Some(message) = usage {
        eprintln!("error: {message}");
        return ExitCode::from(2);
    }
    let options = Options {
        jsonl,
        html: args.input == crate::Input::Html,
        format: args.format,
        lossy: args.lossy,
        threads: args.threads,
        context: Context::new(args.reference_date),
        path: args.path,
    };
    let extractor = Extractor::new();
    let result = if options.jsonl {
        run_jsonl(&extractor, &options).inspect(|&failures| {
            if failures > 0 {
                eprintln!("{failures} line(s) failed");
            }
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

/// One text in, one document out, written through one buffer.
fn run_one(extractor: &Extractor, options: &Options) -> Result<(), String> {
    let name = options.name();
    let mut bytes = Vec::new();
    open(&options.path)?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("{name}: {e}"))?;
    let text = decode(bytes, options.lossy).map_err(|e| format!("{name}: {e}"))?;
    let extraction = options.extract(extractor, &text);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let written = match options.format {
        Format::Json | Format::Jsonl => serde_json::to_writer_pretty(&mut out, &extraction)
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out)),
        Format::Tsv => {
            let mut rows = String::from(tsv::HEADER);
            tsv::rows(&mut rows, &options.path, &extraction);
            out.write_all(rows.as_bytes())
        }
        Format::Html => out.write_all(communique::render::html(&text, &extraction).as_bytes()),
    };
    written
        .and_then(|()| out.flush())
        .map_err(|e| format!("<stdout>: {e}"))
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
    let name = options.name();
    let workers = Workers::new(options.threads)?;
    let mut input = open(&options.path)?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let write_error = |e: io::Error| format!("<stdout>: {e}");
    if options.format == Format::Tsv {
        out.write_all(tsv::HEADER.as_bytes()).map_err(write_error)?;
    }
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
                Ok(Some(record)) => out.write_all(record.as_bytes()).map_err(write_error)?,
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
                out.flush().map_err(write_error)?;
                return Err(e);
            }
        }
    }
    out.flush().map_err(write_error)?;
    Ok(failures)
}

/// One line of `--jsonl` output.
#[derive(serde::Serialize)]
struct Output<'a, 'h> {
    id: &'a serde_json::Value,
    extraction: &'a Extraction<'h>,
}

/// One JSONL line: its output record (a JSON line, or TSV rows), nothing for a blank line, or
/// why it failed.
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
    let id = object.get("id").unwrap_or(&serde_json::Value::Null);
    let extraction = options.extract(extractor, text);
    if options.format == Format::Tsv {
        let id = match id {
            serde_json::Value::Null => String::new(),
            serde_json::Value::String(s) => s.clone(),
            other => other.to_string(),
        };
        let mut rows = String::new();
        tsv::rows(&mut rows, &id, &extraction);
        return Ok(Some(rows));
    }
    // Serialised straight from the extraction, without an intermediate `serde_json::Value`.
    let record = Output {
        id,
        extraction: &extraction,
    };
    let mut json = serde_json::to_string(&record).map_err(|e| e.to_string())?;
    json.push('\n');
    Ok(Some(json))
}
