//! Byte offsets to code point offsets (Python `str` indices), one linear pass per document.

/// The code point offset of every byte offset of one document's spans.
///
/// Built once per document from all its offsets: they are sorted, then the text is read once,
/// counting the characters before each. ASCII text needs no table.
#[derive(Debug, Default)]
pub struct CharOffsets {
    /// The byte offsets, sorted and without repeats (empty for ASCII text).
    bytes: Vec<usize>,
    /// `chars[i]`: the number of characters before `bytes[i]`.
    chars: Vec<usize>,
}

impl CharOffsets {
    /// The table of `offsets` (byte offsets into `text`, in any order).
    pub fn new(text: &str, offsets: impl Iterator<Item = usize>) -> CharOffsets {
        if text.is_ascii() {
            return CharOffsets::default();
        }
        let mut bytes: Vec<usize> = offsets.map(|o| o.min(text.len())).collect();
        bytes.sort_unstable();
        bytes.dedup();
        let mut chars = Vec::with_capacity(bytes.len());
        let (mut position, mut count) = (0, 0);
        for &offset in &bytes {
            // A character starts at every byte that is not a continuation byte (10xxxxxx).
            count += text.as_bytes()[position..offset]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count();
            position = offset;
            chars.push(count);
        }
        CharOffsets { bytes, chars }
    }

    /// The code point offset of `byte`, one of the offsets the table was built with (any other
    /// gets the offset of the next known one: never a panic).
    pub fn get(&self, byte: usize) -> usize {
        if self.bytes.is_empty() {
            return byte;
        }
        let i = self.bytes.partition_point(|&b| b < byte);
        self.chars
            .get(i)
            .or(self.chars.last())
            .copied()
            .unwrap_or(byte)
    }
}
