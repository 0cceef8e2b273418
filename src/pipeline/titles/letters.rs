//! Short lists of folded words looked up by their first letters: the qualifiers and openers
//! of an office's portfolio, which a folded text is compared with at every word.

/// A list of folded words that start with a lower-case ASCII letter, grouped by that letter
/// (in the list's order within a group), with each letter's range.
pub(super) struct ByFirstLetter<const N: usize> {
    words: [&'static str; N],
    /// The range of `words` of each letter, from `a` to `z`.
    ranges: [(u8, u8); 26],
}

impl<const N: usize> ByFirstLetter<N> {
    /// `list` grouped by first letters, at compile time (a stable insertion sort).
    pub(super) const fn new(list: [&'static str; N]) -> Self {
        assert!(N < 256, "ranges hold bytes");
        let mut words = list;
        let mut i = 1;
        while i < N {
            let mut j = i;
            while j > 0 && words[j - 1].as_bytes()[0] > words[j].as_bytes()[0] {
                let word = words[j];
                words[j] = words[j - 1];
                words[j - 1] = word;
                j -= 1;
            }
            i += 1;
        }
        let mut ranges = [(0u8, 0u8); 26];
        let mut i = 0;
        while i < N {
            let first = words[i].as_bytes()[0];
            assert!(
                first.is_ascii_lowercase(),
                "every word starts with a letter"
            );
            let letter = (first - b'a') as usize;
            if ranges[letter].1 == 0 {
                ranges[letter].0 = i as u8;
            }
            ranges[letter].1 = i as u8 + 1;
            i += 1;
        }
        ByFirstLetter { words, ranges }
    }

    /// The words that start with the first byte of `folded`, in the list's order.
    pub(super) fn starting(&self, folded: &str) -> &[&'static str] {
        let first = folded
            .as_bytes()
            .first()
            .map_or(u8::MAX, |b| b.wrapping_sub(b'a'));
        match self.ranges.get(usize::from(first)) {
            Some(&(from, to)) => &self.words[usize::from(from)..usize::from(to)],
            None => &[],
        }
    }
}

/// The pairs of letters that start the words of `lists` (bit `j` of entry `i` for
/// the `i`-th letter of the alphabet, then its `j`-th).
pub(super) const fn starting_pairs(lists: &[&[&str]]) -> [u32; 26] {
    let mut pairs = [0u32; 26];
    let mut l = 0;
    while l < lists.len() {
        let mut w = 0;
        while w < lists[l].len() {
            if let [a @ b'a'..=b'z', b @ b'a'..=b'z', ..] = lists[l][w].as_bytes() {
                pairs[(*a - b'a') as usize] |= 1 << (*b - b'a');
            }
            w += 1;
        }
        l += 1;
    }
    pairs
}
