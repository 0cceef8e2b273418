//! Byte spans into the input.

use std::ops::{Index, Range};

/// A half-open byte range `start..end` of the input text (`start <= end`), always on char
/// boundaries where the extractor made it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// A span from `start` to `end`.
    ///
    /// # Panics
    /// When `start > end`, as slicing a string with such a range would.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(
            start <= end,
            "a span from {start} to {end} ends before it starts"
        );
        Span { start, end }
    }

    /// Byte offset of the first byte.
    pub fn start(&self) -> usize {
        self.start
    }

    /// Byte offset just past the last byte.
    pub fn end(&self) -> usize {
        self.end
    }

    /// The span as a range, for slicing.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end == self.start
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

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Span {
    /// `{"start": .., "end": ..}`, refused when it ends before it starts.
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        #[derive(serde::Deserialize)]
        struct Raw {
            start: usize,
            end: usize,
        }
        let raw = <Raw as serde::Deserialize>::deserialize(d)?;
        if raw.start > raw.end {
            return Err(serde::de::Error::custom(format!(
                "a span from {} to {} ends before it starts",
                raw.start, raw.end
            )));
        }
        Ok(Span {
            start: raw.start,
            end: raw.end,
        })
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

    #[test]
    #[should_panic(expected = "ends before it starts")]
    fn a_span_cannot_end_before_it_starts() {
        Span::new(5, 4);
    }
}
