//! The date line's regexes, each asked only of the lines that hold its keywords.
//!
//! The patterns hold bounded repetitions of any character (`[^\n]{0,200}`): their lazy DFA
//! needs many states (a cache of 8 MiB keeps them all once built), and a walk through them,
//! one state a character, misses the processor's caches at nearly every step. Their long
//! parts all need a keyword ("publié", "par", a bar…): a line without one is asked of the
//! same pattern without them (few states), or gets its answer at once.

use regex::{Regex, RegexBuilder};

/// A test of a line's text.
type LineTest = fn(&str) -> bool;

/// A regex over a line, and what it says of lines without its keywords.
pub(super) struct LineRegex {
    full: Regex,
    /// True of every text the parts left out of `plain` match (their keywords).
    needs_full: LineTest,
    /// The regex without the parts that need a keyword (`None`: nothing matches then), and
    /// a cheap test every text it matches passes.
    plain: Option<(Regex, LineTest)>,
}

impl LineRegex {
    /// The regex of `full`; `plain` is `full` without the parts that match only texts
    /// `needs_full` is true of.
    pub(super) fn new(
        full: &str,
        needs_full: LineTest,
        plain: Option<(&str, LineTest)>,
    ) -> Result<LineRegex, regex::Error> {
        let build = |pattern: &str| RegexBuilder::new(pattern).dfa_size_limit(8 << 20).build();
        Ok(LineRegex {
            full: build(full)?,
            needs_full,
            plain: match plain {
                Some((pattern, test)) => Some((build(pattern)?, test)),
                None => None,
            },
        })
    }

    /// True when the regex matches `text`.
    pub(super) fn is_match(&self, text: &str) -> bool {
        if (self.needs_full)(text) {
            return self.full.is_match(text);
        }
        self.plain
            .as_ref()
            .is_some_and(|(plain, test)| test(text) && plain.is_match(text))
    }

    /// The regex of the whole pattern.
    #[cfg(test)]
    pub(super) fn full(&self) -> &Regex {
        &self.full
    }
}
