//! Inputs that once made a fuzz target (`fuzz/`) fail, kept so the failure never comes back.
//!
//! Each case says which target found it and when, and what went wrong. The check is the fuzz
//! target's: no panic, every span on char boundaries with `&input[start..end] == text`, and no
//! overlap within a type; extraction runs without and with reference dates at the edges of
//! the calendar. `fuzz/README.md` tells how to add a case.

use crate::properties::assert_valid_spans;
use communique::{Context, Date, Extractor};

/// Extraction of `input` by `extractor`, without and with reference dates, keeps every span
/// valid (a `gazetteer` target case builds its extractor and calls this).
fn check_with(extractor: &Extractor, input: &str) {
    let x = extractor.extract(input);
    assert_valid_spans(input, &x);
    for (y, m, d) in [(1, 1, 1), (2024, 6, 3), (9999, 12, 31)] {
        let context = Context::new(Date::new(y, m, d));
        let x = extractor.extract_with(input, &context);
        assert_valid_spans(input, &x);
    }
}

/// The `extract` target's check.
fn check(input: &str) {
    check_with(&Extractor::new(), input);
}

macro_rules! regression {
    ($($(#[$meta:meta])* $name:ident: $input:expr;)*) => {
        $(
            $(#[$meta])*
            #[test]
            fn $name() {
                check($input);
            }
        )*
    };
}

regression! {
    /// fuzz/extract, 2026-11-29 (minimised to one byte; any text did it). Every extraction
    /// panicked in a build of communique without its dev-dependencies: the dateline regex
    /// uses `\p{Lu}`, which needs regex's `unicode-gencat` feature, missing from Cargo.toml
    /// and enabled only by proptest's `regex-syntax` in test builds. This test passes for that
    /// reason even when the bug is back; the fuzz crate is the build that catches it.
    any_text_in_a_build_without_dev_dependencies: "y";

    /// fuzz/extract, 2026-11-29. `long_form_before` (src/extract/organizations.rs) sliced the
    /// text at `rfind('«') + 1`, inside the two-byte '«', looking for the long form of an
    /// acronym in parentheses.
    acronym_in_parentheses_after_a_guillemet: "\u{ab}(CP)";

    /// fuzz/extract, 2026-11-29: the same slice, inside a closing '»' (21 of the run's 22
    /// crashes were this bug, with '«' or '»').
    acronym_in_parentheses_after_a_closing_guillemet: "Le Conseil de Paix \u{bb}(CP)";
}

/// fuzz/extract, 2026-11-29 (second session, 420 000 runs in): the look-ahead for an office
/// that goes on after a demonym ("ministre saoudien de la Défense", src/extract/titles.rs)
/// sliced the folded text 80 bytes after the demonym, inside a two-byte 'ʗ'. Every distance
/// from the demonym to the character is tried.
#[test]
fn two_byte_character_eighty_bytes_after_a_demonym() {
    for filler in 70..90 {
        check(&format!(
            "Le ministre saoudien {}ʗ de la Défense",
            "a".repeat(filler)
        ));
    }
}

/// The guard `cargo test` can give for the `unicode-gencat` case above: the library's own
/// regex dependency must enable the feature, since the test build gets it from proptest anyway.
#[test]
fn regex_keeps_the_unicode_general_categories() {
    let manifest = include_str!("../Cargo.toml");
    let regex = manifest
        .lines()
        .find(|l| l.starts_with("regex ="))
        .expect("regex is a dependency");
    assert!(
        regex.contains("unicode-gencat") || !regex.contains("default-features = false"),
        "\\p{{Lu}} in src/extract/dateline.rs needs regex's unicode-gencat feature: {regex}"
    );
}
