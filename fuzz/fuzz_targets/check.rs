//! The invariants every extraction keeps, whatever the input (shared by the fuzz targets).

use communique::Extraction;

/// Panics unless every span of `x` is a non-empty slice of `input` on char boundaries whose
/// text is the mention's text, and the mentions of each type are sorted and do not overlap
/// ([`Extraction::check`], also run after every stage in debug builds).
pub fn assert_valid(input: &str, x: &Extraction<'_>) {
    if let Err(e) = x.check(input) {
        panic!("{e}");
    }
}
