//! The head in its canonical writing, for the reader: one space for each run of blanks inside a
//! line (spaces, tabs, no-break and thin spaces) and accents composed with their letter (a
//! letter and a combining mark, NFD, as one character, NFC), so that a dateline read off the
//! lines' characters ("Paris,\u{a0}le 3\tmai 2024", "Gene\u{300}ve – …") is the one the
//! plainly written head gives. Line breaks are kept: the reader's lines are the input's.
//!
//! Most heads are canonical already and are read as they are; the others are rewritten once,
//! with a map between the two writings' offsets, so the dateline found is given in the input's.

use super::MAX_BYTES;
use crate::gazetteer::Hit;
use crate::text::blank::{blank, Blank};
use crate::text::{swar, NormalizedText};

/// The lines read past the one where the reading may stop ([`MAX_BYTES`]): a rule may look at
/// the line below its own.
const LINES_PAST_THE_LIMIT: usize = 3;

/// The most input a head is rewritten from: a document of one endless line is read to that
/// point only, whatever its writing.
const MOST_INPUT: usize = 1 << 20;

/// A head rewritten in its canonical writing, with the map of its offsets.
pub(super) struct Canonical {
    /// The head, rewritten.
    pub(super) text: String,
    /// Where the rewriting ends in the input.
    input_end: usize,
    /// The offsets (in the text, in the input) where the difference between the two changes,
    /// in order: an offset of the text maps to the input from the last one at or before it.
    shifts: Vec<(usize, usize)>,
}

impl Canonical {
    /// The canonical writing of the head of `text`'s input, or `None` when the head is
    /// written so already (as its folding found: [`NormalizedText::canonical_before`]).
    pub(super) fn of(text: &NormalizedText<'_>) -> Option<Canonical> {
        let input = text.input();
        let end = head_end(input);
        (!text.canonical_before(end)).then(|| Canonical::rewrite(input, end))
    }

    fn rewrite(input: &str, input_end: usize) -> Canonical {
        let head = &input[..input_end];
        let bytes = head.as_bytes();
        let mut text = String::with_capacity(head.len());
        let mut shifts = vec![(0, 0)];
        // The input up to `copied` is in `text`; bytes are read eight at a time up to one
        // where a blank or a mark may start, then a character at a time by its first byte
        // (only a mark is decoded).
        let (mut copied, mut at) = (0, 0);
        while at < bytes.len() {
            // Eight bytes at a time up to one outside ASCII, a tab, two spaces in a row or a
            // space that ends the eight (its next byte unseen).
            if let Some(chunk) = swar::load(bytes, at) {
                let spaces = swar::in_range(chunk, b' ', b' ');
                let stops = chunk
                    | swar::in_range(chunk, b'\t', b'\t')
                    | (spaces & (spaces >> 8))
                    | (spaces & (0x80 << 56));
                match swar::first(stops) {
                    Some(i) => at += i,
                    None => {
                        at += 8;
                        continue;
                    }
                }
            }
            let b = bytes[at];
            if b < 0x80 && b != b'\t' && (b != b' ' || blank_len(head, at + 1) == 0) {
                at += 1;
                continue;
            }
            let len = blank_len(head, at);
            if len > 0 {
                // The run of blanks inside the line, as one space.
                let mut end = at + len;
                loop {
                    match blank_len(head, end) {
                        0 => break,
                        n => end += n,
                    }
                }
                text.push_str(&head[copied..at]);
                text.push(' ');
                shift(&mut shifts, text.len(), end);
                (copied, at) = (end, end);
                continue;
            }
            if matches!(b, 0xCC | 0xCD) {
                // A mark of U+0300..U+036F, composed with the letter before it when the pair
                // has one character.
                text.push_str(&head[copied..at]);
                copied = at;
                let mark = head[at..].chars().next().unwrap_or_default();
                if let Some(composed) = text
                    .chars()
                    .next_back()
                    .and_then(|letter| unicode_normalization::char::compose(letter, mark))
                {
                    text.pop();
                    text.push(composed);
                    copied = at + mark.len_utf8();
                    shift(&mut shifts, text.len(), copied);
                }
                at += mark.len_utf8().max(1);
                continue;
            }
            // Any other character, whole (its length told by its first byte).
            at += match b {
                0xC0..=0xDF => 2,
                0xE0..=0xEF => 3,
                0xF0.. => 4,
                _ => 1,
            };
        }
        text.push_str(&head[copied..]);
        Canonical {
            text,
            input_end,
            shifts,
        }
    }

    /// The input offset of `at`, an offset of the text at a character's boundary.
    pub(super) fn to_input(&self, at: usize) -> usize {
        let i = self.shifts.partition_point(|&(text, _)| text <= at) - 1;
        let (text, input) = self.shifts[i];
        input + (at - text)
    }

    /// The text offset of `at`, an input offset: inside a run of blanks made one space, or a
    /// letter and its mark made one character, the offset where the rewriting of that run
    /// ends. `from` is the index of a shift at or before `at` (spans asked in order walk the
    /// shifts once), moved to the last one.
    fn text_offset(&self, at: usize, from: &mut usize) -> usize {
        let mut i = (*from).min(self.shifts.len() - 1);
        if self.shifts[i].1 > at {
            i = self.shifts.partition_point(|&(_, input)| input <= at) - 1;
        }
        while self
            .shifts
            .get(i + 1)
            .is_some_and(|&(_, input)| input <= at)
        {
            i += 1;
        }
        *from = i;
        let (text, input) = self.shifts[i];
        let next = self.shifts.get(i + 1).map_or(self.text.len(), |&(t, _)| t);
        (text + (at - input)).min(next)
    }

    /// The input spans of `spans`, in order of their starts, in the text, up to the first
    /// the rewriting does not hold whole.
    pub(super) fn spans_from_input<'a>(
        &'a self,
        spans: impl Iterator<Item = (usize, usize)> + 'a,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        let mut from = 0;
        spans.map_while(move |(start, end)| {
            if end > self.input_end {
                return None;
            }
            let start = self.text_offset(start, &mut from);
            // (The end's shift is the start's or a later one.)
            let mut at_end = from;
            Some((start, self.text_offset(end, &mut at_end)))
        })
    }

    /// The hits the rewriting holds whole, at their offsets in the text.
    pub(super) fn hits_from_input(&self, hits: &[Hit]) -> Vec<Hit> {
        self.spans_from_input(hits.iter().map(|h| (h.input_start, h.input_end)))
            .zip(hits)
            .map(|((input_start, input_end), hit)| Hit {
                input_start,
                input_end,
                ..*hit
            })
            .collect()
    }
}

/// Records that text offset `text` maps to input offset `input`, when the difference between
/// them changes there.
fn shift(shifts: &mut Vec<(usize, usize)>, text: usize, input: usize) {
    let &(last_text, last_input) = shifts.last().expect("starts with (0, 0)");
    if input - last_input != text - last_text {
        shifts.push((text, input));
    }
}

/// Where the head ends in the input: [`LINES_PAST_THE_LIMIT`] lines past the one that holds
/// its [`MAX_BYTES`]th byte (a canonical head is no longer than its input, so the reader reads
/// no further), at most [`MOST_INPUT`] bytes.
fn head_end(input: &str) -> usize {
    let bytes = input.as_bytes();
    let limit = |at: usize| {
        let mut at = at.min(input.len());
        while !input.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    if bytes.len() <= MAX_BYTES {
        return bytes.len();
    }
    let cap = limit(MOST_INPUT);
    memchr::memchr_iter(b'\n', &bytes[MAX_BYTES..cap])
        .nth(LINES_PAST_THE_LIMIT)
        .map_or(cap, |i| MAX_BYTES + i + 1)
}

/// The length of the blank inside a line that starts at `at` of `head` (a space, a tab, a
/// no-break or thin space: [`Blank::Space`] but a carriage return, part of a line's end), or
/// 0; a character outside ASCII decoded only after a lead byte that a blank may have.
#[inline]
fn blank_len(head: &str, at: usize) -> usize {
    match head.as_bytes().get(at) {
        Some(b' ' | b'\t') => 1,
        Some(0xC2 | 0xE2 | 0xE3) => head[at..]
            .chars()
            .next()
            .filter(|&c| blank(c) == Blank::Space)
            .map_or(0, char::len_utf8),
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(input: &str) -> Option<Canonical> {
        Canonical::of(&NormalizedText::new(input))
    }

    fn canonical(input: &str) -> Canonical {
        of(input).expect("rewritten")
    }

    fn one_span(c: &Canonical, span: (usize, usize)) -> Option<(usize, usize)> {
        c.spans_from_input(std::iter::once(span)).next()
    }

    #[test]
    fn a_plain_head_is_read_as_it_is() {
        assert!(of("Niamey, le 3 mai 2024 – Le ministre a reçu l’envoyé.").is_none());
        assert!(of("« Paris » – Genève\r\n").is_none());
    }

    #[test]
    fn runs_of_blanks_are_one_space_and_marks_are_composed() {
        let input = "Paris,\u{a0}le 3\tmai  2024\nGene\u{300}ve\u{202f}– X\u{301}";
        let c = canonical(input);
        assert_eq!(c.text, "Paris, le 3 mai 2024\nGenève – X\u{301}");
        // Each character's offset maps to its own in the input, a run's space to its start.
        let pairs = [
            ("Paris", "Paris"),
            ("mai", "mai"),
            ("2024", "2024"),
            ("–", "–"),
        ];
        for (in_text, in_input) in pairs {
            let at = c.text.find(in_text).unwrap();
            let end = at + in_text.len();
            assert_eq!(
                &input[c.to_input(at)..c.to_input(end)],
                in_input,
                "{in_text}"
            );
        }
        let geneve = c.text.find("Genève").unwrap();
        let span = (c.to_input(geneve), c.to_input(geneve + "Genève".len()));
        assert_eq!(&input[span.0..span.1], "Gene\u{300}ve");
        // And back: an input span maps to the text's.
        let mai = input.find("mai").unwrap();
        let (s, e) = one_span(&c, (mai, mai + 3)).unwrap();
        assert_eq!(&c.text[s..e], "mai");
        assert_eq!(
            one_span(&c, (span.0, span.1)).map(|(s, e)| &c.text[s..e]),
            Some("Genève")
        );
    }

    proptest::proptest! {
        /// Spans mapped in order, the shifts walked once, are those mapped one by one; and a
        /// span of the text mapped to the input and back is itself.
        #[test]
        fn spans_in_order_are_mapped_as_one_by_one(
            input in "([ab\n]|  |\t|\u{a0}|e\u{301}|\u{202f}|é){1,40}",
        ) {
            let Some(c) = of(&input) else { return Ok(()) };
            let bounds: Vec<usize> =
                (0..=input.len()).filter(|&i| input.is_char_boundary(i)).collect();
            let spans: Vec<(usize, usize)> = bounds
                .iter()
                .flat_map(|&s| bounds.iter().filter(move |&&e| e >= s).map(move |&e| (s, e)))
                .collect();
            let walked: Vec<_> = c.spans_from_input(spans.iter().copied()).collect();
            let single: Vec<_> = spans.iter().filter_map(|&span| one_span(&c, span)).collect();
            proptest::prop_assert_eq!(&walked, &single);
            for i in (0..=c.text.len()).filter(|&i| c.text.is_char_boundary(i)) {
                let back = one_span(&c, (c.to_input(i), c.to_input(i))).map(|(s, _)| s);
                proptest::prop_assert_eq!(back, Some(i));
            }
        }
    }

    #[test]
    fn the_rewriting_ends_a_few_lines_past_the_readers_limit() {
        let line = "Un paragraphe de texte courant.\n";
        let input = format!("Paris,\tle 3 mai 2024\n{}", line.repeat(400));
        let c = canonical(&input);
        let lines_past = c.text[MAX_BYTES..].matches('\n').count();
        assert!(c.text.len() > MAX_BYTES && lines_past <= LINES_PAST_THE_LIMIT + 1);
        assert!(one_span(&c, (input.len() - 3, input.len())).is_none());
        // One endless line is rewritten up to a bound.
        let endless = format!("A\u{a0}B {}", "mot ".repeat(400_000));
        assert!(canonical(&endless).text.len() <= MOST_INPUT);
    }
}
