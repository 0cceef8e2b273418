//! Hostile input runs in time linear in its size: each input is timed at two sizes, 1× and 4×,
//! with `Throughput::Bytes`, so a superlinear stage shows as a throughput that falls with size.
//!
//! ```text
//! cargo bench --bench adversarial                  # everything (about six minutes)
//! cargo bench --bench adversarial -- de_la         # one input
//! ```
//!
//! The inputs are made here, deterministically (no file, no env var): the development texts
//! of `tests/corpus/` without their line breaks (10 MB at 4×), in capitals (also on one line)
//! and after a BOM; capitalised words; digits, slashes and dashes; dates on one line;
//! acronyms and parentheses; names in a list, and with titles; "de la " repeated; nested
//! brackets and quotes; control characters; a lone combining mark repeated; a BOM between
//! every word.
//! Before anything is timed, each input's mention count is printed, so a broken extractor
//! cannot look fast and a quadratic one is seen at once.

mod common;

use communique::{Extraction, Extractor};
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::time::{Duration, Instant};

/// The 1× size of most inputs (the 4× size is 1 MiB).
const BASE: usize = 256 << 10;

/// The 1× size of the input without line breaks (the 4× size is 10 MiB).
const LONG_BASE: usize = 10 << 20 >> 2;

/// The development texts, concatenated in file-name order.
fn corpus() -> String {
    common::dev_texts().join("\n\n")
}

/// A small deterministic generator (xorshift), so that every run times the same bytes.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// `n` characters drawn among the `span` ASCII characters from `first`.
    fn run_of(&mut self, first: u8, span: usize, n: usize) -> String {
        (0..n)
            .map(|_| char::from(first + self.below(span) as u8))
            .collect()
    }
}

/// Repeats `unit` until `size` bytes are reached (cut on a char boundary).
fn repeat_to(unit: &str, size: usize) -> String {
    let mut s = unit.repeat(size / unit.len() + 1);
    let mut end = size.min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// Pieces drawn at random until `size` bytes.
fn random_to(seed: u64, size: usize, mut piece: impl FnMut(&mut Rng) -> String) -> String {
    let mut rng = Rng(seed);
    let mut s = String::with_capacity(size + 64);
    while s.len() < size {
        s.push_str(&piece(&mut rng));
    }
    s
}

const CAPITALISED: &[&str] = &[
    "Le",
    "Ministre",
    "Des",
    "Affaires",
    "Étrangères",
    "Du",
    "Royaume",
    "République",
    "Union",
    "Africaine",
    "Conseil",
    "Paix",
    "Sécurité",
    "Mali",
    "Niger",
    "Kenya",
    "Général",
    "Colonel",
    "Mohamed",
    "Ould",
    "Al-Moghidi",
    "Nations",
    "Unies",
    "Force",
    "Conjointe",
    "État",
    "Islamique",
    "Sahel",
    "De",
    "La",
    "Président",
    "Commission",
    "Côte",
    "D’Ivoire",
    "Haut",
    "Représentant",
];

type Make = fn(&str, usize) -> String;

/// Each input: its name, its 1× size, and how to make it from the corpus at a given size.
const INPUTS: &[(&str, usize, Make)] = &[
    ("no_newline", LONG_BASE, |corpus, size| {
        repeat_to(&corpus.replace(['\n', '\r'], " "), size)
    }),
    ("capitalised_words", BASE, |_, size| {
        random_to(1, size, |r| format!("{} ", r.pick(CAPITALISED)))
    }),
    ("digits_slashes_dashes", BASE, |_, size| {
        random_to(2, size, |r| {
            let n = 1 + r.below(4);
            let digits = r.run_of(b'0', 10, n);
            format!(
                "{digits}{}",
                r.pick(&["/", "-", "/", "-", " ", ".", "–", " - ", "/-"])
            )
        })
    }),
    ("de_la", BASE, |_, size| repeat_to("de la ", size)),
    ("all_caps", BASE, |corpus, size| {
        repeat_to(&corpus.to_uppercase(), size)
    }),
    ("nested_brackets_quotes", BASE, |_, size| {
        // One structure as deep as the size allows, with a name at the bottom.
        let open = "(« “[\"'‹(";
        let close = ")›'\"]” »)";
        let depth = size / (open.len() + close.len());
        format!(
            "{}Le Kenya (RDC){}",
            open.repeat(depth),
            close.repeat(depth)
        )
    }),
    ("control_characters", BASE, |_, size| {
        random_to(3, size, |r| {
            let c = char::from(r.below(32) as u8);
            let word = r.pick(&[
                "Le", "Kenya", "3", "juin", "2024", "M.", "NIAMEY", "de", "la",
            ]);
            format!("{word}{c}{}", if r.below(4) == 0 { "\u{7f}" } else { "" })
        })
    }),
    ("capitals_on_one_line", BASE, |corpus, size| {
        repeat_to(&corpus.to_uppercase().replace(['\n', '\r'], " "), size)
    }),
    ("dates_on_one_line", BASE, |_, size| {
        random_to(14, size, |r| {
            let month = r.pick(&["mai", "juin", "juillet", "août"]);
            format!("le {} {month} {}, ", 1 + r.below(28), 1990 + r.below(40))
        })
    }),
    ("acronyms_and_parentheses", BASE, |_, size| {
        random_to(15, size, |r| {
            let n = 2 + r.below(4);
            let letters = r.run_of(b'A', 26, n);
            format!("{letters}{}", r.pick(&[" ", " (", ") "]))
        })
    }),
    ("names_listed", BASE, |_, size| {
        random_to(16, size, |r| {
            let given = r.pick(&["Amadou", "Awa", "Ali", "Jean", "Issa", "Fatou"]);
            let surname = r.pick(&["Diallo", "Traoré", "Konaté", "Keïta", "Ba", "Sow"]);
            format!("{given} {surname}, ")
        })
    }),
    ("titles_and_names", BASE, |_, size| {
        random_to(17, size, |r| {
            let title = r.pick(&["M. ", "Mme ", "le général ", "S.E.M. ", "ministre "]);
            let given = r.pick(&["Amadou", "Awa", "Ali", "Jean"]);
            let surname = r.pick(&["DIALLO", "Traoré", "Konaté", "KEÏTA", "Ba"]);
            let then = r.pick(&[", ", " et ", " ; "]);
            format!("{title}{given} {surname}{then}")
        })
    }),
    ("lone_combining_mark", BASE, |_, size| {
        repeat_to("\u{301}", size)
    }),
    ("bom_prefixed", BASE, |corpus, size| {
        format!("\u{feff}{}", repeat_to(corpus, size - 3))
    }),
    ("bom_between_words", BASE, |corpus, size| {
        repeat_to(&corpus.replace(' ', " \u{feff}"), size)
    }),
];

fn count(x: &Extraction<'_>) -> usize {
    x.mentions().len() + x.themes.len()
}

fn adversarial(c: &mut Criterion) {
    let corpus = corpus();
    let extractor = Extractor::new();
    black_box(extractor.extract(&corpus)); // compile the defaults before timing

    let mut group = c.benchmark_group("adversarial");
    group
        .sample_size(10)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3));
    for &(name, base, make) in INPUTS {
        for factor in [1, 4] {
            let input = make(&corpus, base * factor);
            let mut first = true;
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(
                BenchmarkId::new(name, format!("{factor}x")),
                &input,
                |b, input| {
                    if first {
                        first = false;
                        let started = Instant::now();
                        let mentions = count(&extractor.extract(input));
                        let elapsed = started.elapsed();
                        eprintln!(
                            "{name}/{factor}x: {} bytes, {mentions} mentions, first run {:.2} MB/s",
                            input.len(),
                            input.len() as f64 / elapsed.as_secs_f64() / 1e6
                        );
                    }
                    b.iter(|| extractor.extract(black_box(input)))
                },
            );
        }
    }
    group.finish();
}

criterion_group!(benches, adversarial);
criterion_main!(benches);
