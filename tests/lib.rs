//! The integration tests, in one binary (`cargo test --test integration`).

mod builder;
mod cli;
mod cli_robustness;
mod corpus;
mod entities;
mod extractors;
mod html;
mod metamorphic;
mod properties;
mod real;
mod regression;
/// The scoring of `examples/evaluate`, shared by the corpus tests.
#[path = "../examples/evaluate/scoring.rs"]
mod scoring;
mod snapshots;
mod themes;
/// The transformations of `tests/metamorphic.rs`, shared with `examples/metamorphic.rs`.
mod transform;

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
