//! Extracts every `.txt` file of a folder, `N` times over, with one extractor, and prints the
//! throughput: the loop to profile, or to compare two builds with.
//!
//! ```sh
//! cargo run --release --example repeat -- [N] [FOLDER]     # defaults: 30, tests/corpus
//! valgrind --tool=callgrind --branch-sim=yes --collect-atstart=no \
//!     --toggle-collect='repeat::extract_all' target/release/examples/repeat 3
//! ```

use communique::Extractor;
use std::hint::black_box;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let rounds = match args.next().map(|n| n.parse::<usize>()) {
        None => 30,
        Some(Ok(n)) => n,
        Some(Err(_)) => {
            eprintln!("usage: repeat [N] [FOLDER]");
            return ExitCode::from(2);
        }
    };
    let folder = PathBuf::from(args.next().unwrap_or_else(|| "tests/corpus".into()));
    let mut paths: Vec<PathBuf> = match std::fs::read_dir(&folder) {
        Ok(entries) => entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(e) => {
            eprintln!("repeat: cannot read {}: {e}", folder.display());
            return ExitCode::FAILURE;
        }
    };
    paths.sort();
    let mut texts = Vec::with_capacity(paths.len());
    for path in &paths {
        match std::fs::read(path) {
            Ok(bytes) => texts.push(String::from_utf8_lossy(&bytes).into_owned()),
            Err(e) => {
                eprintln!("repeat: cannot read {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    let extractor = Extractor::new();
    // Once outside the timing (and the profiled loop): the automata compile on first use.
    for text in &texts {
        black_box(extractor.extract(text));
    }
    let bytes = texts.iter().map(String::len).sum::<usize>() * rounds;
    let start = Instant::now();
    let mentions = extract_all(&extractor, &texts, rounds);
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{} texts x {rounds}: {bytes} bytes, {mentions} mentions, {:.1} MB/s",
        texts.len(),
        bytes as f64 / seconds / 1e6
    );
    ExitCode::SUCCESS
}

/// Extracts `texts` `rounds` times; returns the number of mentions (kept out of line, so
/// that a profiler can count this loop alone).
#[inline(never)]
fn extract_all(extractor: &Extractor, texts: &[String], rounds: usize) -> usize {
    let mut mentions = 0;
    for _ in 0..rounds {
        for text in texts {
            let e = black_box(extractor.extract(text));
            mentions += e.persons.len()
                + e.titles.len()
                + e.countries.len()
                + e.dates.len()
                + e.organizations.len()
                + e.places.len()
                + e.themes.len();
        }
    }
    mentions
}
