//! Construction: the full compile of the embedded gazetteers (what the lazy default costs the
//! first call to `Extractor::new()` of a process) and `Extractor::new()` afterwards (a clone).
//!
//! ```text
//! cargo bench --bench construct
//! ```

use communique::Extractor;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use std::time::Duration;

fn benches(c: &mut Criterion) {
    // Check once that both build a working extractor.
    let text = "NIAMEY, 3 juin 2024 (ANP) - Une délégation du Royaume d'Arabie saoudite.";
    let built = Extractor::builder().build().expect("embedded gazetteers");
    assert_eq!(built.extract(text).countries.len(), 1);
    assert_eq!(Extractor::new().extract(text).countries.len(), 1);
    eprintln!(
        "the embedded gazetteers compile to {} patterns",
        built.gazetteer().pattern_count()
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
