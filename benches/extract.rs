//! Extraction throughput: end to end, per stage, against the limit of a bare Aho-Corasick scan
//! of the same patterns, and at growing sizes.
//!
//! ```text
//! cargo bench --features unstable-internals --bench extract                # everything (a few minutes)
//! cargo bench --features unstable-internals --bench extract -- end_to_end  # one group
//! ```
//!
//! The corpus is the development texts of `tests/corpus/*.txt` (never `holdout/`), repeated
//! until it passes 1 MiB; `scaling` times those texts once, 10 and 100 times over. Every
//! benchmark reports bytes of *input* text per second. Folding and the gazetteer scan are timed
//! alone; then every stage of the pipeline's own list (`communique::internals::STAGES`, feature
//! `unstable-internals`) is timed alone on documents that went through the whole pipeline once
//! (a stage reads what the stages before it found and sets its own findings again). Before
//! anything is timed, the count of mentions of each type on the corpus is computed once,
//! printed and checked to be non-zero, so that a broken extractor cannot look fast.

mod common;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use communique::internals::{self, Document, NormalizedText, STAGES};
use communique::{Context, Extraction, Extractor};
use criterion::measurement::WallTime;
use criterion::{
    black_box, criterion_group, criterion_main, BenchmarkGroup, BenchmarkId, Criterion,
    SamplingMode, Throughput,
};
use std::time::Duration;

/// The mention types that must be found in the corpus (add each extractor as it lands).
const EXPECTED: &[&str] = &[
    "dateline",
    "persons",
    "titles",
    "countries",
    "dates",
    "organizations",
    "places",
    "themes",
];

/// The corpus passes this size (1 MiB).
const CORPUS_BYTES: usize = 1 << 20;

/// The size of the small documents of the `end_to_end` group.
const SMALL_DOC_BYTES: usize = 1 << 10;

/// The development texts, repeated until the total passes [`CORPUS_BYTES`].
fn corpus(texts: &[String]) -> Vec<String> {
    let mut docs = Vec::new();
    let mut total = 0;
    for text in texts.iter().cycle() {
        if total >= CORPUS_BYTES {
            break;
        }
        total += text.len();
        docs.push(text.clone());
    }
    docs
}

/// Cuts `text` into pieces of at most `size` bytes, after the last space or line break within
/// the limit, so that no word is split.
fn pieces(text: &str, size: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while rest.len() > size {
        let cut = match rest.as_bytes()[..size]
            .iter()
            .rposition(|&b| b == b' ' || b == b'\n')
        {
            Some(i) => i + 1,
            None => (1..=size)
                .rev()
                .find(|&i| rest.is_char_boundary(i))
                .unwrap_or(rest.len()),
        };
        out.push(rest[..cut].to_string());
        rest = &rest[cut..];
    }
    if !rest.is_empty() {
        out.push(rest.to_string());
    }
    out
}

fn bytes(docs: &[String]) -> u64 {
    docs.iter().map(|d| d.len() as u64).sum()
}

/// The mention types of an [`Extraction`], and how many of each it has.
fn tally(x: &Extraction<'_>) -> [(&'static str, usize); 8] {
    [
        ("dateline", usize::from(x.dateline.is_some())),
        ("persons", x.persons.len()),
        ("titles", x.titles.len()),
        ("countries", x.countries.len()),
        ("dates", x.dates.len()),
        ("organizations", x.organizations.len()),
        ("places", x.places.len()),
        ("themes", x.themes.len()),
    ]
}

/// Extracts every document; returns the number of mentions, so that nothing is optimised out.
fn extract_all(extractor: &Extractor, docs: &[String]) -> usize {
    docs.iter()
        .map(|d| {
            tally(&extractor.extract(d))
                .iter()
                .map(|(_, n)| n)
                .sum::<usize>()
        })
        .sum()
}

/// Counts the mentions of each type in `docs`, prints them, and checks that every type of
/// [`EXPECTED`] was found.
fn check_counts(what: &str, extractor: &Extractor, docs: &[String]) {
    let mut total = tally(&Extraction::default());
    for d in docs {
        for (sum, (_, n)) in total.iter_mut().zip(tally(&extractor.extract(d))) {
            sum.1 += n;
        }
    }
    let shown: Vec<String> = total.iter().map(|(k, n)| format!("{n} {k}")).collect();
    eprintln!("{what}: {}", shown.join(", "));
    for (kind, n) in total {
        assert!(
            n > 0 || !EXPECTED.contains(&kind),
            "{what}: no {kind} found in the corpus"
        );
    }
}

fn benches(c: &mut Criterion) {
    // Warm the lazy default (its construction is timed by the `construct` bench).
    let extractor = Extractor::new();
    let gazetteer = internals::gazetteer(&extractor);

    let texts = common::dev_texts();
    let docs = corpus(&texts);
    let one_doc = docs.join("\n\n");
    let small_docs = pieces(&one_doc, SMALL_DOC_BYTES);
    let folded: Vec<NormalizedText<'_>> = docs.iter().map(|d| NormalizedText::new(d)).collect();
    let mut prepared: Vec<Document<'_, '_>> = docs
        .iter()
        .map(|d| Document::prepare(gazetteer, d, Context::default()))
        .collect();
    let corpus_bytes = bytes(&docs);

    // The expected counts, checked once before anything is timed.
    eprintln!(
        "corpus: {} texts of tests/corpus repeated into {} documents, {} bytes; \
         {} small documents of <= {SMALL_DOC_BYTES} bytes; one document of {} bytes",
        texts.len(),
        docs.len(),
        corpus_bytes,
        small_docs.len(),
        one_doc.len()
    );
    check_counts("documents", &extractor, &docs);
    check_counts("documents_1KiB", &extractor, &small_docs);
    check_counts("one_document", &extractor, std::slice::from_ref(&one_doc));
    for (document, doc) in prepared.iter().zip(&docs) {
        assert_eq!(
            document.found(),
            &extractor.extract(doc),
            "prepared as extracted"
        );
    }

    // The limit: the same patterns in a bare automaton, on the same folded text.
    let patterns: Vec<&str> = gazetteer.patterns().collect();
    assert_eq!(patterns.len(), gazetteer.pattern_count());
    let bare = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("bare automaton");
    let folded_strs: Vec<&str> = folded.iter().map(|t| t.as_str()).collect();
    let bare_find = |docs: &[&str]| {
        docs.iter()
            .map(|d| bare.find_iter(d).count())
            .sum::<usize>()
    };
    let bare_overlapping = |docs: &[&str]| {
        docs.iter()
            .map(|d| bare.find_overlapping_iter(d).count())
            .sum::<usize>()
    };
    let (n_find, n_overlapping) = (bare_find(&folded_strs), bare_overlapping(&folded_strs));
    eprintln!(
        "limit/bare_scan: {} patterns, an automaton of {} bytes; find_iter {n_find} matches, \
         find_overlapping_iter {n_overlapping} matches",
        patterns.len(),
        bare.memory_usage()
    );
    assert!(
        n_find > 0 && n_overlapping >= n_find,
        "the bare scan finds nothing"
    );

    // End to end: press documents as they come, 1 KiB pieces, and one 1 MiB document.
    let mut group = flat_group(c, "end_to_end");
    group.throughput(Throughput::Bytes(corpus_bytes));
    group.bench_function("documents", |b| {
        b.iter(|| extract_all(&extractor, black_box(&docs)))
    });
    group.throughput(Throughput::Bytes(bytes(&small_docs)));
    group.bench_function("documents_1KiB", |b| {
        b.iter(|| extract_all(&extractor, black_box(&small_docs)))
    });
    group.throughput(Throughput::Bytes(one_doc.len() as u64));
    group.bench_function("one_document_1MiB", |b| {
        b.iter(|| extract_all(&extractor, black_box(std::slice::from_ref(&one_doc))))
    });
    group.finish();

    // One stage at a time, on the documents, each on what the stages before it found.
    let mut group = flat_group(c, "stage");
    group.throughput(Throughput::Bytes(corpus_bytes));
    group.bench_function("normalize", |b| {
        b.iter(|| {
            docs.iter()
                .map(|d| NormalizedText::new(black_box(d)).as_str().len())
                .sum::<usize>()
        })
    });
    group.bench_function("gazetteer_scan", |b| {
        b.iter(|| {
            folded
                .iter()
                .map(|t| gazetteer.scan(black_box(t)).names.len())
                .sum::<usize>()
        })
    });
    for (name, stage) in STAGES {
        group.bench_function(name, |b| {
            b.iter(|| {
                for document in black_box(&mut prepared).iter_mut() {
                    stage(document);
                }
            })
        });
    }
    group.finish();

    // End to end against the bare scan, in one group.
    let mut group = flat_group(c, "limit");
    group.throughput(Throughput::Bytes(corpus_bytes));
    group.bench_function("end_to_end", |b| {
        b.iter(|| extract_all(&extractor, black_box(&docs)))
    });
    group.bench_function(BenchmarkId::new("bare_scan", "find_iter"), |b| {
        b.iter(|| bare_find(black_box(&folded_strs)))
    });
    group.bench_function(
        BenchmarkId::new("bare_scan", "find_overlapping_iter"),
        |b| b.iter(|| bare_overlapping(black_box(&folded_strs))),
    );
    group.finish();

    // Linear cost: the development texts once, 10 and 100 times over.
    let mut group = flat_group(c, "scaling");
    let mentions = extract_all(&extractor, &texts);
    for times in [1, 10, 100] {
        let many: Vec<String> = texts
            .iter()
            .cycle()
            .take(texts.len() * times)
            .cloned()
            .collect();
        assert_eq!(extract_all(&extractor, &many), mentions * times);
        group.throughput(Throughput::Bytes(bytes(&many)));
        let id = BenchmarkId::new("texts", format!("{times}x"));
        group.bench_with_input(id, &many, |b, many| {
            b.iter(|| extract_all(&extractor, black_box(many)))
        });
    }
    group.finish();
}

/// A group of 10 samples of equal iteration counts: long iterations (a whole corpus) keep the
/// run short (criterion's default linear sampling runs 55 times as many iterations).
fn flat_group<'c>(c: &'c mut Criterion, name: &str) -> BenchmarkGroup<'c, WallTime> {
    let mut group = c.benchmark_group(name);
    group.sampling_mode(SamplingMode::Flat);
    group
}

criterion_group! {
    name = extract;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(10);
    targets = benches
}
criterion_main!(extract);
