//! Byte spans into the input.

use serde::{Deserialize, Serialize};
use std::ops::{Index, Range};

/// A half-open byte range `start..end` of the input text, always on char boundaries.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The span as a range, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The same span in characters instead of bytes, for languages whose strings count
    /// characters (Python, JavaScript's code points). Costs a scan of `text` up to `end`.
    pub fn to_char_range(&self, text: &str) -> Range<usize> {
        let start = text.get(..self.start).map_or(0, |s| s.chars().count());
        let len = text.get(self.range()).map_or(0, |s| s.chars().count());
        start..start + len
    }
}

impl Index<Span> for str {
    type Output = str;

    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_index_and_count_chars() {
        let text = "À Riyad, l’émir";
        let span = Span::new(3, 8);
        assert_eq!(&text[span], "Riyad");
        assert_eq!(span.to_char_range(text), 2..7);
        assert!(Span::new(0, 10).contains(span));
        assert!(span.overlaps(Span::new(7, 9)));
        assert!(!span.overlaps(Span::new(8, 9)));
    }
}
