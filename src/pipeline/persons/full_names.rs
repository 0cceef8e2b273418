//! The full names of a document, their words folded, for their later mentions
//! ([`super::again`]).

/// The distinct full names of a document, their words folded, with their surname keys: all
/// in one string (a few allocations per document, not one per word).
#[derive(Clone, Debug, Default)]
pub(super) struct FullNames {
    /// The folded words and the keys, one after the other.
    pub(super) text: String,
    /// The ranges of `text` that are the names' words, name after name.
    pub(super) words: Vec<Range>,
    /// Per name, the range of `words` that are its words, and the range of `text` that is its
    /// key, if it has one.
    pub(super) names: Vec<(Range, Option<Range>)>,
}

/// A range of offsets, `(start, end)`.
type Range = (usize, usize);

impl FullNames {
    /// Empties the names.
    pub(super) fn clear(&mut self) {
        self.text.clear();
        self.words.clear();
        self.names.clear();
    }

    /// Roughly the bytes the names hold.
    pub(super) fn capacity(&self) -> usize {
        self.text.capacity() + 16 * self.words.capacity() + 40 * self.names.capacity()
    }

    /// Adds the name `name` (its words folded) with its key.
    pub(super) fn push(&mut self, name: &str, key: Option<&str>) {
        let from = self.words.len();
        if name.is_ascii() {
            // Most names: their words parted by ASCII white space (9 to 13, the space), folded
            // by lowering their capitals, read byte by byte.
            let bytes = name.as_bytes();
            let blank = |b: &u8| matches!(b, 9..=13 | b' ');
            let mut at = 0;
            while let Some(skipped) = bytes[at..].iter().position(|b| !blank(b)) {
                let start = at + skipped;
                let end = start
                    + bytes[start..]
                        .iter()
                        .position(blank)
                        .unwrap_or(name.len() - start);
                let folded = self.text.len();
                self.text.push_str(&name[start..end]);
                self.text[folded..].make_ascii_lowercase();
                self.words.push((folded, self.text.len()));
                at = end;
            }
        } else {
            for word in name.split_whitespace() {
                let start = self.text.len();
                crate::text::fold::fold_push(word, &mut self.text);
                self.words.push((start, self.text.len()));
            }
        }
        let key = key.map(|k| {
            let start = self.text.len();
            self.text.push_str(k);
            (start, self.text.len())
        });
        self.names.push(((from, self.words.len()), key));
    }

    /// The folded words of name `i`.
    pub(super) fn words(
        &self,
        i: usize,
    ) -> impl ExactSizeIterator<Item = &str> + DoubleEndedIterator + Clone {
        let (from, to) = self.names[i].0;
        self.words[from..to].iter().map(|&(s, e)| &self.text[s..e])
    }

    /// The folded words of name `i` as one text, without what parts them.
    pub(super) fn joined(&self, i: usize) -> &str {
        match self.names[i].0 {
            (from, to) if from < to => &self.text[self.words[from].0..self.words[to - 1].1],
            _ => "",
        }
    }

    /// The lengths of the folded words of name `i`.
    pub(super) fn lengths(&self, i: usize) -> impl Iterator<Item = usize> + '_ {
        let (from, to) = self.names[i].0;
        self.words[from..to].iter().map(|&(s, e)| e - s)
    }

    /// The key of name `i`.
    pub(super) fn key(&self, i: usize) -> Option<&str> {
        self.names[i].1.map(|(s, e)| &self.text[s..e])
    }
}

#[cfg(test)]
mod tests {
    use super::FullNames;

    proptest::proptest! {
        /// A name's words are its words parted by white space, folded, in ASCII or not.
        #[test]
        fn a_full_name_s_words_are_its_words_folded(
            name in "([a-zA-Z'.\\-]|[ \t\n\r\u{b}\u{c}\u{1f}]|é|Ö|\u{a0}){0,24}",
        ) {
            let mut all = FullNames::default();
            all.push("Un Autre", None);
            all.push(&name, Some("k"));
            let expected: Vec<String> = name.split_whitespace().map(crate::text::fold_str).collect();
            let words: Vec<&str> = all.words(1).collect();
            proptest::prop_assert_eq!(&words, &expected);
            proptest::prop_assert_eq!(all.key(1), Some("k"));
            // Its words as one text, and their lengths, tell them.
            proptest::prop_assert_eq!(all.joined(1), expected.concat());
            let lengths: Vec<usize> = expected.iter().map(String::len).collect();
            proptest::prop_assert_eq!(all.lengths(1).collect::<Vec<_>>(), lengths);
            proptest::prop_assert_eq!(all.words(0).collect::<Vec<_>>(), ["un", "autre"]);
        }
    }
}
