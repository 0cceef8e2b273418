//! The `communique` command: extracts French press text to JSON, JSONL, TSV or a highlighted
//! HTML page (`communique extract`), and scores the extractor against gold files
//! (`communique evaluate`).
//!
//! Exit codes: 0 when everything was processed, 1 when an input could not be read or decoded
//! (or, with `--jsonl`, when some lines failed: each is reported, the others processed), 2 for
//! a usage error.

mod evaluate;
mod extract;
mod scoring;
mod tsv;

use clap::{Args, Parser, Subcommand, ValueEnum};
use communique::Date;
use std::path::PathBuf;
use std::process::ExitCode;

/// Rule-based extraction of titles, persons, states, dates, organisations, places and
/// counter-terrorism themes from French diplomatic and defence press text.
#[derive(Parser)]
#[command(name = "communique", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract a text (pretty JSON by default) or a JSONL stream of {"id", "text"} objects.
    Extract(ExtractArgs),
    /// Score the extractor against gold files (`NN.json` beside or apart from `NN.txt`).
    Evaluate(EvaluateArgs),
}

/// The output formats of `communique extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One text in, its extraction as pretty JSON out.
    Json,
    /// {"id", "text"} lines in, {"id", "extraction"} lines out (as `--jsonl`).
    Jsonl,
    /// One row per mention and per theme, tab-separated, with a header line.
    Tsv,
    /// One text in, a self-contained highlighted HTML page out.
    Html,
}

/// What the input text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum Input {
    /// Plain text.
    Text,
    /// An HTML page: tags, comments, scripts and styles skipped, character references
    /// decoded; spans stay byte offsets into the page as given.
    Html,
}

/// The options of `communique extract`.
#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// The text to read ('-': standard input).
    #[arg(value_name = "FILE|-")]
    pub path: String,
    /// The output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    pub format: Format,
    /// Read a JSONL stream of {"id", "text"} objects, one a line; with `--format tsv`, rows
    /// carry each line's id.
    #[arg(long)]
    pub jsonl: bool,
    /// Publication date, for relative dates in texts without a dated dateline.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<Date>,
    /// Replace invalid UTF-8 by U+FFFD instead of reporting it.
    #[arg(long)]
    pub lossy: bool,
    /// What the input is: plain text, or an HTML page (`Extractor::extract_html`).
    #[arg(long, value_enum, default_value_t = Input::Text)]
    pub input: Input,
    /// With a JSONL stream: extract on N threads (needs the `rayon` feature).
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = parse_threads)]
    pub threads: usize,
}

/// The options of `communique evaluate`.
#[derive(Args, Debug)]
struct EvaluateArgs {
    /// The folder of gold files (`NN.json`, format of `tests/corpus/GUIDELINES.md`).
    gold_dir: PathBuf,
    /// The folder of the texts (`NN.txt`); by default the gold folder.
    text_dir: Option<PathBuf>,
    /// Also list every miss, false alarm and wrong value, per document.
    #[arg(long)]
    errors: bool,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

fn parse_date(value: &str) -> Result<Date, String> {
    value.parse::<Date>().map_err(|e| e.to_string())
}

fn parse_threads(value: &str) -> Result<usize, String> {
    value
        .parse::<usize>()
        .ok()
        .filter(|&n| n >= 1)
        .ok_or_else(|| format!("expected a number of at least 1, got {value:?}"))
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Extract(args) => extract::main(args),
        Command::Evaluate(args) => {
            let text_dir = args.text_dir.as_ref().unwrap_or(&args.gold_dir);
            evaluate::run(&args.gold_dir, text_dir, args.errors, args.json)
        }
    }
}
