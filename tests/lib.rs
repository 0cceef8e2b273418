//! The integration tests, in one binary (`cargo test --test integration`).

mod builder;
mod corpus;
mod entities;
mod extractors;
mod html;
mod media;
mod metamorphic;
mod properties;
mod real;
mod regression;
/// The scoring of `communique evaluate` (cli/src/scoring.rs), shared by the corpus tests.
#[path = "../cli/src/scoring.rs"]
mod scoring;
mod snapshots;
mod themes;
mod titles;
/// The transformations of `tests/metamorphic.rs`, shared with `examples/metamorphic.rs`.
mod transform;
mod transliterations;

/// The seed sample of `../shared/seed/`, when it is there: CI has it, a clone of the crate
/// may not, and then the tests that use it say so and pass.
pub fn seed() -> Option<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/seed/kenya-cimct-2023.txt"
    );
    let text = std::fs::read_to_string(path).ok();
    if text.is_none() {
        eprintln!("skipped: {path} is absent");
    }
    text
}
