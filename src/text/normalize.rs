//! The normalised view of a document and its map back to the input.

use super::blank::{blank, blank_run, Blank};
use super::fold::{fold_char, Folded, LATIN1_FOLDS};
use super::swar;

/// A document folded for matching (see `fold_char`), with a map from every byte offset of
/// the folded text back to a char boundary of the input.
///
/// White space folds by runs (`text::blank`): a run of blanks with at most one line break is
/// one space, a run with two breaks or more (a blank line) one line break; the folded space
/// or break maps to the run's start, so a span never starts or ends inside a run.
///
/// The map is sparse: ASCII runs fold byte for byte, so only the edges of non-ASCII characters
/// are stored, with an index of where each 64-byte block of the folded text starts in them; a
/// lookup reads the block's entry and steps over the few edges inside the block. Building it
/// is one pass over the input.
#[derive(Clone, Debug)]
pub struct NormalizedText<'h> {
    input: &'h str,
    folded: String,
    /// `(folded offset, input offset, identity run)`, sorted, starting at `(0, 0, _)`.
    /// In an identity run, offsets advance together (rounded down to a char boundary);
    /// otherwise the run is the output of one input character and every offset inside it maps
    /// to that character's start. An identity run also covers the output of the character
    /// after it when that output is no longer than the character ("é" -> "e", "’" -> "'"):
    /// its offsets round down to the character's start, as a checkpoint of its own would map
    /// them, so the next checkpoint is where the offsets stop advancing together.
    checkpoints: Vec<(usize, usize, bool)>,
    /// `blocks[k]`: the last checkpoint at or before folded offset `k * BLOCK`.
    blocks: Vec<u32>,
    /// The input spans of the plain runs (see [`plain_run`]) that may hold three ASCII
    /// capitals in a row, in order: every three capitals in a row of the input lie in one.
    capital_runs: Vec<(usize, usize)>,
    /// Where the input is first written otherwise than canonically (see
    /// [`NormalizedText::canonical_before`]), or `usize::MAX`.
    uncanonical_from: usize,
    /// The input spans of the runs of blanks that hold a line break, in order, and whether
    /// they hold more than one (see [`NormalizedText::break_runs`]).
    break_runs: Vec<(usize, usize, bool)>,
}

/// The length of the run of ASCII bytes that `bytes` starts with and that fold byte for byte:
/// up to a byte outside ASCII, a line break or tab (bytes 9 to 13), or a space after a space
/// (the first of a run of blanks folds as itself, the run's other characters into it); eight
/// bytes at a time. And whether the run may hold three ASCII capitals in a row: true when it
/// does, and for some runs without (read with the same chunks, so that the acronyms' passes
/// look only in those runs, not through the whole text).
fn plain_run(bytes: &[u8]) -> (usize, bool) {
    let mut at = 0;
    let mut after_space = 0;
    // Bit 6 of each byte of `0x40..=0x5F` (the capitals, and `@[\]^_`) that follows another
    // inside a chunk, so far (other bits are noise): the answer may be yes without three
    // capitals, never no with them.
    let mut pairs = 0u64;
    while let Some(chunk) = swar::load(bytes, at) {
        // Outside ASCII, below a space (controls), or at most a space after another (a space
        // after a control is a control's run). The sums flag ASCII bytes only; a byte outside
        // ASCII, a stop itself, may flag anything or carry into the bytes after it, which are
        // past the first stop and never read.
        let below_space = !chunk.wrapping_add(swar::splat(0x60));
        let at_most_space = !chunk.wrapping_add(swar::splat(0x5F)) & swar::HIGH_BITS;
        let stops = chunk | below_space | (at_most_space & (at_most_space << 8 | after_space));
        // Three capitals in a row hold two in a row inside one chunk: bit 6 set and bit 5
        // clear in both (no carry, no mask but the last one).
        let capitals = chunk & !(chunk << 1);
        let paired = capitals & capitals << 8;
        if let Some(i) = swar::first(stops) {
            // The run's bytes only (a capital before a letter outside ASCII is no pair).
            let pairs = pairs | paired & swar::first_bytes(i);
            return (at + i, pairs & PAIRED != 0);
        }
        pairs |= paired;
        after_space = (at_most_space >> 63) << 7;
        at += 8;
    }
    let mut i = at;
    let mut three_capitals = pairs & PAIRED != 0;
    while i < bytes.len() {
        let b = bytes[i];
        let space_after_space = b == b' ' && i > 0 && bytes[i - 1] == b' ';
        if !b.is_ascii() || b < b' ' || space_after_space {
            return (i, three_capitals);
        }
        three_capitals |= i >= 1 && bytes[i - 1..=i].iter().all(u8::is_ascii_uppercase);
        i += 1;
    }
    (i, three_capitals)
}

/// The bits of [`plain_run`]'s pairs of capitals: bit 6 of each byte.
const PAIRED: u64 = swar::splat(0x40);

/// The folded bytes per entry of [`NormalizedText::blocks`].
const BLOCK: usize = 64;

/// The buffers of a [`NormalizedText`], kept to fold the next document into without
/// allocating.
#[derive(Debug, Default)]
pub(crate) struct TextBuffers {
    folded: String,
    checkpoints: Vec<(usize, usize, bool)>,
    blocks: Vec<u32>,
    capital_runs: Vec<(usize, usize)>,
    break_runs: Vec<(usize, usize, bool)>,
}

impl TextBuffers {
    /// The bytes the buffers hold.
    pub(crate) fn capacity(&self) -> usize {
        self.folded.capacity()
            + self.checkpoints.capacity() * std::mem::size_of::<(usize, usize, bool)>()
            + self.blocks.capacity() * std::mem::size_of::<u32>()
            + self.capital_runs.capacity() * std::mem::size_of::<(usize, usize)>()
            + self.break_runs.capacity() * std::mem::size_of::<(usize, usize, bool)>()
    }
}

impl<'h> NormalizedText<'h> {
    #[cfg(any(test, feature = "unstable-internals"))]
    /// Folds `input`.
    pub fn new(input: &'h str) -> NormalizedText<'h> {
        NormalizedText::reusing(input, TextBuffers::default())
    }

    /// Folds `input` into `buffers` (their contents are dropped).
    pub(crate) fn reusing(input: &'h str, buffers: TextBuffers) -> NormalizedText<'h> {
        let TextBuffers {
            mut folded,
            mut checkpoints,
            mut blocks,
            mut capital_runs,
            mut break_runs,
        } = buffers;
        capital_runs.clear();
        break_runs.clear();
        folded.clear();
        folded.reserve(input.len());
        checkpoints.clear();
        // Two checkpoints per accented letter, a few in a hundred in French.
        checkpoints.reserve(input.len() / 16 + 2);
        blocks.clear();
        let bytes = input.as_bytes();
        let mut i = 0;
        let mut in_identity_run = false;
        let mut uncanonical_from = usize::MAX;
        while i < bytes.len() {
            let b = bytes[i];
            // White space: a run of blanks with at most one line break is one space; with
            // more (a blank line), one line break. A run's first space, when it is one,
            // folded as itself in the run of ASCII before.
            let is_blank = match b {
                9..=13 => true,
                b' ' => i > 0 && bytes[i - 1] == b' ',
                0xC2 | 0xE2 | 0xE3 => input[i..]
                    .chars()
                    .next()
                    .is_some_and(|c| blank(c) != Blank::No),
                _ => false,
            };
            if is_blank {
                if i > 0 && bytes[i - 1] == b' ' {
                    let (end, breaks) = blank_run(input, i - 1);
                    if breaks > 0 {
                        break_runs.push((i - 1, end, breaks > 1));
                    }
                    if uncanonical_from == usize::MAX && !is_canonical_run(&bytes[i - 1..end]) {
                        uncanonical_from = i - 1;
                    }
                    if breaks >= 2 {
                        // The space already folded becomes the break, at the run's start.
                        folded.pop();
                        folded.push('\n');
                    }
                    in_identity_run = false;
                    i = end;
                    continue;
                }
                let (end, breaks) = blank_run(input, i);
                if breaks > 0 {
                    break_runs.push((i, end, breaks > 1));
                }
                if uncanonical_from == usize::MAX && !is_canonical_run(&bytes[i..end]) {
                    uncanonical_from = i;
                }
                // One byte, which an identity run maps already (see `checkpoints`); after a
                // blank of one byte ('\n' -> ' '), the identity run goes on.
                if !in_identity_run {
                    checkpoints.push((folded.len(), i, true));
                }
                in_identity_run = end - i == 1;
                folded.push(if breaks >= 2 { '\n' } else { ' ' });
                i = end;
                continue;
            }
            if b.is_ascii() {
                // (A control that is no blank is a run of its own.)
                let (run, three_capitals) = plain_run(&bytes[i..]);
                let run = run.max(1);
                if three_capitals {
                    capital_runs.push((i, i + run));
                }
                if !in_identity_run {
                    checkpoints.push((folded.len(), i, true));
                    in_identity_run = true;
                }
                // (Lower-cased with the whole text, below.)
                folded.push_str(&input[i..i + run]);
                i += run;
                continue;
            }
            // The accented letters of French: one table lookup.
            if bytes[i] == 0xC3 {
                if let Some(&second @ 0x80..=0xBF) = bytes.get(i + 1) {
                    let ascii = LATIN1_FOLDS[usize::from(second - 0x80)];
                    if ascii != 0 {
                        // (An identity run reaches the letter: see `checkpoints`.)
                        if !in_identity_run {
                            checkpoints.push((folded.len(), i, false));
                        }
                        in_identity_run = false;
                        folded.push(char::from(ascii));
                        i += 2;
                        continue;
                    }
                }
            }
            let c = match input[i..].chars().next() {
                Some(c) => c,
                None => break,
            };
            let len = c.len_utf8();
            match fold_char(c) {
                Folded::Char(f) if f.len_utf8() == len && f == c => {
                    // Unchanged non-ASCII character: part of an identity run.
                    if !in_identity_run {
                        checkpoints.push((folded.len(), i, true));
                        in_identity_run = true;
                    }
                    folded.push(f);
                }
                Folded::Char(f) => {
                    if !(in_identity_run && f.len_utf8() <= len) {
                        checkpoints.push((folded.len(), i, false));
                    }
                    in_identity_run = false;
                    folded.push(f);
                }
                Folded::Str(s) => {
                    if !(in_identity_run && s.len() <= len) {
                        checkpoints.push((folded.len(), i, false));
                    }
                    in_identity_run = false;
                    folded.push_str(s);
                }
                Folded::Nothing => {
                    // Dropped: the next output character starts a new checkpoint after it.
                    in_identity_run = false;
                    if super::boundary::is_mark(c) {
                        uncanonical_from = uncanonical_from.min(i);
                    }
                }
            }
            i += len;
        }
        // The runs of ASCII, lower-cased at once: nothing else folds to an ASCII capital.
        folded.make_ascii_lowercase();
        checkpoints.push((folded.len(), input.len(), true));
        blocks.reserve(folded.len() / BLOCK + 1);
        let mut last = 0;
        for block_start in (0..=folded.len()).step_by(BLOCK) {
            while checkpoints
                .get(last + 1)
                .is_some_and(|&(f, _, _)| f <= block_start)
            {
                last += 1;
            }
            blocks.push(last as u32);
        }
        NormalizedText {
            input,
            folded,
            checkpoints,
            blocks,
            capital_runs,
            uncanonical_from,
            break_runs,
        }
    }

    /// Gives back the buffers, for [`reusing`](Self::reusing).
    pub(crate) fn into_buffers(self) -> TextBuffers {
        TextBuffers {
            folded: self.folded,
            checkpoints: self.checkpoints,
            blocks: self.blocks,
            capital_runs: self.capital_runs,
            break_runs: self.break_runs,
        }
    }

    /// The input spans, in order and apart, of the runs of ASCII that fold byte for byte and
    /// may hold three ASCII capitals in a row: every three capitals in a row of the input lie
    /// in one (and some runs hold fewer), and the bytes before and after a span are neither
    /// capitals nor digits.
    pub(crate) fn capital_runs(&self) -> &[(usize, usize)] {
        &self.capital_runs
    }

    /// The input spans of the runs of blanks that hold a line break (a line's blanks before
    /// it and the next line's after it, blank lines between), in order, and whether each holds
    /// more than one: the input's lines are the spans between them.
    pub(crate) fn break_runs(&self) -> &[(usize, usize, bool)] {
        &self.break_runs
    }

    /// True when the input's first `end` bytes are written canonically: no run of blanks
    /// inside a line but one space (no tab, no no-break or thin space, no two spaces in a
    /// row), no combining mark.
    pub(crate) fn canonical_before(&self, end: usize) -> bool {
        self.uncanonical_from >= end
    }

    /// The original input.
    pub fn input(&self) -> &'h str {
        self.input
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// True when a line break of the input follows the folded offset `folded_offset`, past
    /// blanks at most (at the input's end, none does). The folded view joins a line to the
    /// next inside a sentence; a rule that asks where the input's lines end asks here.
    pub(crate) fn line_break_after(&self, folded_offset: usize) -> bool {
        self.input
            .get(self.to_input(folded_offset)..)
            .is_some_and(|rest| {
                rest.trim_start_matches(is_line_blank)
                    .starts_with(['\n', '\r'])
            })
    }

    /// True when a line of the input starts at the folded offset `folded_offset`: the input's
    /// start or a line break, and blanks at most, before it.
    pub(crate) fn line_starts_at(&self, folded_offset: usize) -> bool {
        self.input
            .get(..self.to_input(folded_offset))
            .is_some_and(|before| {
                let before = before.trim_end_matches(is_line_blank);
                before.is_empty() || before.ends_with(['\n', '\r'])
            })
    }

    /// Maps a byte offset of the folded text to a char boundary of the input. An offset
    /// inside the expansion of one input character maps to that character's start; offsets
    /// past the end map to the input's length.
    pub fn to_input(&self, folded_offset: usize) -> usize {
        self.to_input_after(folded_offset, 0).0
    }

    /// [`to_input`](Self::to_input), with the checkpoint to start from when it is known to be
    /// at or before `folded_offset` (0 when not); returns the checkpoint used too.
    #[inline]
    fn to_input_after(&self, folded_offset: usize, from: usize) -> (usize, usize) {
        let at = folded_offset.min(self.folded.len());
        // The block's entry (or `from`, when later), then the edges inside the block
        // (`checkpoints[0].0 == 0`).
        let block = self.blocks.get(at / BLOCK).map_or(0, |&i| i as usize);
        self.walk_from(block.max(from), at)
    }

    /// The input offset of folded offset `at` (at most the folded length) and its
    /// checkpoint, found by walking on from checkpoint `idx`, at or before `at`.
    #[inline]
    fn walk_from(&self, mut idx: usize, at: usize) -> (usize, usize) {
        while self
            .checkpoints
            .get(idx + 1)
            .is_some_and(|&(f, _, _)| f <= at)
        {
            idx += 1;
        }
        (self.input_at(idx, at), idx)
    }

    /// The input offset of folded offset `at` (at most the folded length), whose checkpoint is
    /// `checkpoints[idx]`.
    #[inline]
    fn input_at(&self, idx: usize, at: usize) -> usize {
        let (f, o, identity) = self.checkpoints[idx];
        if identity {
            // Inside a multi-byte character, round down to its start.
            let mut o = (o + (at - f)).min(self.input.len());
            while !self.input.is_char_boundary(o) {
                o -= 1;
            }
            o
        } else {
            o
        }
    }

    /// [`to_input_range`](Self::to_input_range) for ranges asked in the order of their
    /// starts (a scan's hits): `hint` is the checkpoint the last start was found at, where
    /// the walk to this one starts when it is not past `start` (else the search starts from
    /// the block's entry), and it is set to this start's; the end is searched from the start's
    /// checkpoint.
    pub(crate) fn to_input_range_from(
        &self,
        start: usize,
        end: usize,
        hint: &mut usize,
    ) -> (usize, usize) {
        let (input_start, checkpoint) = match self.checkpoints.get(*hint) {
            // From the last start's checkpoint, a walk over those between the two starts,
            // without the block's entry (ranges asked in order walk over a text's checkpoints
            // once).
            Some(&(f, _, _)) if f <= start => self.walk_from(*hint, start.min(self.folded.len())),
            _ => self.to_input_after(start, 0),
        };
        *hint = checkpoint;
        if end >= start {
            // No checkpoint past the start's up to the end (a hit's usual case): the end's is
            // the start's, with no search.
            let at = end.min(self.folded.len());
            if self
                .checkpoints
                .get(checkpoint + 1)
                .map_or(true, |&(f, _, _)| f > at)
            {
                return (input_start, self.input_at(checkpoint, at));
            }
        }
        let from = if end >= start { checkpoint } else { 0 };
        (input_start, self.to_input_after(end, from).0)
    }

    /// A folded offset every folded offset before which maps to an input offset before
    /// `input_offset` (a search for what starts there or after may start from it): the start
    /// of the last checkpoint that starts before `input_offset` in the input (0 when none).
    pub(crate) fn folded_before(&self, input_offset: usize) -> usize {
        let i = self
            .checkpoints
            .partition_point(|&(_, o, _)| o < input_offset);
        i.checked_sub(1).map_or(0, |i| self.checkpoints[i].0)
    }

    /// Maps a folded range to the input range it came from.
    pub fn to_input_range(&self, start: usize, end: usize) -> (usize, usize) {
        let (input_start, checkpoint) = self.to_input_after(start, 0);
        // The end's checkpoint is the start's or a later one.
        let from = if end >= start { checkpoint } else { 0 };
        (input_start, self.to_input_after(end, from).0)
    }
}

/// True when the run of blanks `run` is written canonically: line breaks, and single spaces
/// between them (a byte outside ASCII, a tab, or two spaces in a row are not).
fn is_canonical_run(run: &[u8]) -> bool {
    run.len() == 1 && run[0] != b'\t' && run[0].is_ascii()
        || run
            .iter()
            .zip(run.iter().skip(1).chain([&b'\n']))
            .all(|(&b, &next)| matches!(b, b'\n' | b'\r') || (b == b' ' && next != b' '))
}

/// White space inside a line: any but a line break.
fn is_line_blank(c: char) -> bool {
    c.is_whitespace() && c != '\n' && c != '\r'
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_folding_tells_where_the_input_is_first_written_otherwise_than_canonically() {
        let first = |input: &str| {
            let text = NormalizedText::new(input);
            (0..=input.len()).find(|&end| !text.canonical_before(end + 1))
        };
        // Single spaces, line breaks and blank lines, a space before a break, accents
        // composed: canonical.
        assert_eq!(first("Paris, le 3 mai \r\n\n Niamey – Genève\n"), None);
        // Two spaces, a tab, a no-break space, a space and a tab, a combining mark.
        assert_eq!(first("Paris,  le"), Some(6));
        assert_eq!(first("Paris,\tle"), Some(6));
        assert_eq!(first("Paris,\u{a0}le"), Some(6));
        assert_eq!(first("Paris, \tle"), Some(6));
        assert_eq!(first("a\n\tb"), Some(1));
        assert_eq!(first("Gene\u{300}ve"), Some(4));
    }

    #[test]
    fn the_input_lines_are_told_through_the_folded_view() {
        let text = NormalizedText::new("Bilan :  Défense\u{a0} \r\nLe Général parle\nà Niamey");
        let folded = text.as_str();
        let at = |word: &str| folded.find(word).unwrap();
        // The view joins the wrapped lines; the input's lines are read through its map.
        assert!(text.line_starts_at(0) && !text.line_break_after(0));
        assert!(text.line_break_after(at("defense") + "defense".len()));
        assert!(text.line_starts_at(at("le general")));
        assert!(!text.line_starts_at(at("general")));
        assert!(text.line_break_after(at("parle") + "parle".len()));
        assert!(text.line_starts_at(at("a niamey")));
        assert!(!text.line_break_after(at("niamey")) && !text.line_break_after(folded.len()));
    }

    #[test]
    fn the_latin1_table_folds_as_fold_char() {
        for c in '\u{C0}'..='\u{FF}' {
            let mut utf8 = [0u8; 4];
            let second = c.encode_utf8(&mut utf8).as_bytes()[1];
            match LATIN1_FOLDS[usize::from(second - 0x80)] {
                0 => assert!(
                    !matches!(fold_char(c), Folded::Char(f) if f != c && f.is_ascii()),
                    "{c}"
                ),
                ascii => assert_eq!(fold_char(c), Folded::Char(ascii as char), "{c}"),
            }
        }
    }

    fn check_map(input: &str) {
        let n = NormalizedText::new(input);
        let mut last = 0;
        for f in 0..=n.as_str().len() {
            let o = n.to_input(f);
            assert!(input.is_char_boundary(o), "{input:?}: {f} -> {o}");
            assert!(o >= last, "{input:?}: map decreases at {f}");
            last = o;
        }
        assert_eq!(n.to_input(n.as_str().len()), input.len());
        // Every folded offset before `folded_before(x)` maps before `x` (the map increases).
        for x in 0..=input.len() + 1 {
            let f = n.folded_before(x);
            assert!(f == 0 || n.to_input(f - 1) < x, "{input:?}: {x} -> {f}");
        }
        // Ranges asked in order with a hint, or with a hint from anywhere: as without one,
        // whether a checkpoint lies inside them or not.
        let mut hint = 0;
        for s in 0..=n.as_str().len() {
            for e in [s, s + 1, s + 5, s + 17, n.as_str().len() + 1] {
                let e = e.min(n.as_str().len());
                assert_eq!(
                    n.to_input_range_from(s, e, &mut hint),
                    (n.to_input(s), n.to_input(e))
                );
                let mut far = n.checkpoints.len() - 1 - s % n.checkpoints.len();
                assert_eq!(
                    n.to_input_range_from(s, e, &mut far),
                    (n.to_input(s), n.to_input(e))
                );
            }
        }
        // A range maps as its two ends do, whichever is first.
        let len = n.as_str().len();
        for s in 0..=len {
            for e in [s, s + 1, s + 70, len, s / 2] {
                let e = e.min(len + 3);
                assert_eq!(
                    n.to_input_range(s, e),
                    (n.to_input(s), n.to_input(e)),
                    "{s}..{e}"
                );
            }
        }
    }

    #[test]
    fn maps_words_back_to_the_input() {
        let input = "Le Général a visité la Côte d’Ivoire\u{00A0}: cœur";
        let n = NormalizedText::new(input);
        assert_eq!(n.as_str(), "le general a visite la cote d'ivoire : coeur");
        let f = n.as_str().find("cote d'ivoire").unwrap();
        let (s, e) = n.to_input_range(f, f + "cote d'ivoire".len());
        assert_eq!(&input[s..e], "Côte d’Ivoire");
        let f = n.as_str().find("general").unwrap();
        let (s, e) = n.to_input_range(f, f + 7);
        assert_eq!(&input[s..e], "Général");
        let f = n.as_str().find("coeur").unwrap();
        let (s, e) = n.to_input_range(f, f + 5);
        assert_eq!(&input[s..e], "cœur");
    }

    #[test]
    fn dropped_characters_stay_inside_spans() {
        let input = "\u{FEFF}Kenya\u{0301} et Ke\u{00AD}nya";
        let n = NormalizedText::new(input);
        assert_eq!(n.as_str(), "kenya et kenya");
        let (s, e) = n.to_input_range(0, 5);
        assert_eq!(&input[s..e], "Kenya\u{0301}");
        let (s, e) = n.to_input_range(9, 14);
        assert_eq!(&input[s..e], "Ke\u{00AD}nya");
    }

    #[test]
    fn offset_map_is_monotone_on_char_boundaries() {
        for input in [
            "",
            "abc",
            "é",
            "œuvre à Riyad",
            "\u{0301}",
            "الرياض – ÉTÉ ß\u{200B}x",
            "a\u{FEFF}\u{FEFF}b",
            &"Côte d’Ivoire, œuvre, ÉTÉ ".repeat(12),
        ] {
            check_map(input);
        }
    }

    #[test]
    fn runs_of_white_space_fold_to_one_space_or_one_break() {
        for input in [
            "A  B",
            "A\tB",
            "A\nB",
            "A \r\n B",
            "A\u{a0}\u{a0}B",
            "A \u{202F}B",
            "A\u{2028}B",
        ] {
            let n = NormalizedText::new(input);
            assert_eq!(n.as_str(), "a b", "{input:?}");
            assert_eq!(n.to_input_range(0, 1), (0, 1));
            let b = input.len() - 1;
            assert_eq!(n.to_input_range(2, 3), (b, b + 1), "{input:?}");
            // A span that ends before the run ends where the run starts.
            assert_eq!(n.to_input(1), 1);
        }
        for input in ["A\n\nB", "A\r\n\r\nB", "A \n \n B", "A\n\t\n\nB"] {
            assert_eq!(NormalizedText::new(input).as_str(), "a\nb", "{input:?}");
        }
        let input = "Burkina  Faso,\tle\u{a0}\u{a0}3 juin";
        let n = NormalizedText::new(input);
        assert_eq!(n.as_str(), "burkina faso, le 3 juin");
        let (s, e) = n.to_input_range(0, "burkina faso".len());
        assert_eq!(&input[s..e], "Burkina  Faso");
    }

    /// [`plain_run`] byte by byte.
    fn plain_run_by_bytes(bytes: &[u8]) -> usize {
        (0..bytes.len())
            .find(|&i| {
                let b = bytes[i];
                !b.is_ascii() || b < b' ' || (b == b' ' && i > 0 && bytes[i - 1] == b' ')
            })
            .unwrap_or(bytes.len())
    }

    proptest::proptest! {
        /// Eight bytes at a time, a plain run ends where it does byte by byte, whatever
        /// follows a byte outside ASCII.
        #[test]
        fn a_plain_run_ends_as_byte_by_byte(
            text in "[a-zA-Z  \\t\\n\\u{1}\\u{1f}!~\\u{7f}éÉ\\u{a0}\\u{ff}\\u{2019}\\u{10000}.'-]{0,40}"
        ) {
            let bytes = text.as_bytes();
            for i in 0..bytes.len() {
                proptest::prop_assert_eq!(plain_run(&bytes[i..]).0, plain_run_by_bytes(&bytes[i..]));
            }
        }

        /// Every three ASCII capitals in a row lie in one of the capital runs, which are
        /// apart, in order, and neither start nor end next to a capital or a digit.
        #[test]
        fn capital_runs_hold_every_three_capitals(text in "[AZa9 \n\u{a0}É\u{ad}\u{301}.-]{0,40}") {
            let normalized = NormalizedText::new(&text);
            let runs = normalized.capital_runs();
            let bytes = text.as_bytes();
            let close = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            proptest::prop_assert!(runs.windows(2).all(|w| w[0].1 <= w[1].0));
            for &(start, end) in runs {
                proptest::prop_assert!(start < end && end <= bytes.len());
                proptest::prop_assert!(!close(start.checked_sub(1).map(|i| &bytes[i])) && !close(bytes.get(end)));
            }
            for i in 2..bytes.len() {
                if bytes[i - 2..=i].iter().all(u8::is_ascii_uppercase) {
                    proptest::prop_assert!(runs.iter().any(|&(s, e)| s <= i - 2 && i < e), "{} at {}", text, i);
                }
            }
        }

        /// Under runs of blanks and line breaks the map stays monotone, on char boundaries,
        /// and the folded text is the text with each run as one space (one break at most) or
        /// one line break (two or more).
        #[test]
        fn the_map_holds_under_runs_of_white_space(
            words in proptest::collection::vec("[a-zA-Zéè’]{1,6}", 1..12),
            gaps in proptest::collection::vec("[ \t\n\r\u{a0}\u{202F}\u{2028}]{0,4}", 12),
        ) {
            let mut input = String::new();
            let mut expected = String::new();
            for (i, w) in words.iter().enumerate() {
                input.push_str(w);
                expected.push_str(&crate::text::fold_str(w));
                let gap = &gaps[i];
                input.push_str(gap);
                if !gap.is_empty() {
                    let breaks = gap.chars().filter(|c| matches!(c, '\n' | '\u{2028}')).count();
                    expected.push(if breaks >= 2 { '\n' } else { ' ' });
                }
                if gap.is_empty() {
                    input.push('-');
                    expected.push('-');
                }
            }
            let n = NormalizedText::new(&input);
            proptest::prop_assert_eq!(n.as_str(), expected.as_str());
            check_map(&input);
            // Every folded word maps to exactly its input word.
            let mut from = 0;
            for w in &words {
                let f = crate::text::fold_str(w);
                let at = from + n.as_str()[from..].find(f.as_str()).unwrap();
                let (s, e) = n.to_input_range(at, at + f.len());
                proptest::prop_assert_eq!(&input[s..e], w.as_str());
                from = at + f.len();
            }
        }
    }
}
