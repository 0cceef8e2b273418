//! The text pipeline's first stage: folding, the normalised view with its offset map, and word
//! boundaries.
//!
//! Most users never need this module: [`Extractor`](crate::Extractor) runs it. It is public so
//! that benchmarks and tools can reuse the exact folding the gazetteers use.

pub(crate) mod blank;
pub mod boundary;
pub(crate) mod capitals;
pub mod fold;
pub(crate) mod html;
mod normalize;
pub(crate) mod swar;
pub(crate) mod wrap;

pub use fold::{fold_char, fold_str, Folded};
pub use normalize::NormalizedText;
pub(crate) use normalize::TextBuffers;
