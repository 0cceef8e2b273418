//! Construction: the full compile of the embedded gazetteers (what the lazy default costs the
//! first call to `Extractor::new()` of a process) and `Extractor::new()` afterwards (a clone).
//! Before the timed runs, the cold start of this process is printed once: the first build,
//! then the first extraction, which also compiles the regexes of dates and datelines (they
//! are compiled once per process, on first use).
//!
//! ```text
//! cargo bench --features unstable-internals --bench construct
//! ```

use communique::Extractor;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use std::time::{Duration, Instant};

fn benches(c: &mut Criterion) {
    // Check once that both build a working extractor, timing the cold start.
    let text = "NIAMEY, 3 juin 2024 (ANP) - Une délégation du Royaume d'Arabie saoudite.";
    let started = Instant::now();
    let built = Extractor::builder().build().expect("embedded gazetteers");
    let build = started.elapsed();
    let started = Instant::now();
    assert_eq!(built.extract(text).countries.len(), 1);
    let first = started.elapsed();
    eprintln!(
        "cold start: first build {:.1} ms, first extraction (regexes compiled) {:.1} ms",
        build.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3
    );
    assert_eq!(Extractor::new().extract(text).countries.len(), 1);
    eprintln!(
        "the embedded gazetteers compile to {} patterns",
        communique::internals::gazetteer(&built).pattern_count()
    );

    let mut group = c.benchmark_group("construct");
    group.bench_function("builder_build", |b| {
        b.iter(|| Extractor::builder().build().expect("embedded gazetteers"))
    });
    group.bench_function("new", |b| b.iter(|| black_box(Extractor::new())));
    group.finish();
}

criterion_group! {
    name = construct;
    config = Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5))
        .sample_size(20);
    targets = benches
}
criterion_main!(construct);
