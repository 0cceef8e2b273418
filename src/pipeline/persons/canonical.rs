//! Canonical names: which mention names a person most fully, across short mentions, first
//! names and people who share a surname.

use super::skeleton;
use super::Found;
use std::cell::OnceCell;

/// For every mention, the mention that names its person most fully: for a name of several
/// words, the fullest name of the same surname that holds its words in order (often itself:
/// two people may share a surname, "Alassane Ouattara" and "Téné Birahima Ouattara"); for one
/// word, the canonical of the nearest full name before it with that surname (else after it),
/// or, failing one, with that first name ("Khaled" for "Khaled ben Salmane").
pub(super) fn canonical_names(input: &str, found: &[Found]) -> Vec<usize> {
    // What the comparisons need of every full name: its text, and the skeleton of its first
    // word (computed once, and only where no full name shares the surname).
    let full: Vec<Option<Full<'_>>> = found
        .iter()
        .map(|f| {
            (f.words >= 2).then(|| Full {
                name: &input[f.start..f.end],
                first: OnceCell::new(),
            })
        })
        .collect();
    (0..found.len())
        .map(|i| canonical_of(found, &full, i))
        .collect()
}

/// A full name (of two words or more), as the comparisons read it.
struct Full<'h> {
    name: &'h str,
    /// The skeleton of its first word, once asked for.
    first: OnceCell<Option<String>>,
}

impl Full<'_> {
    /// The skeleton of the name's first word.
    fn first(&self) -> Option<&str> {
        self.first
            .get_or_init(|| {
                self.name
                    .split_whitespace()
                    .next()
                    .and_then(skeleton::skeleton_of_word)
            })
            .as_deref()
    }
}

/// [`canonical_names`] of mention `i`.
fn canonical_of(found: &[Found], full: &[Option<Full<'_>>], i: usize) -> usize {
    let f = &found[i];
    let Some(key) = f.key.as_deref() else {
        return i;
    };
    let same_surname = |j: &usize| full[*j].is_some() && found[*j].key.as_deref() == Some(key);
    if let Some(this) = &full[i] {
        return (0..found.len())
            .filter(same_surname)
            .filter(|&j| {
                full[j]
                    .as_ref()
                    .is_some_and(|other| holds_in_order(other.name, this.name))
            })
            .max_by_key(|&j| {
                (
                    found[j].words,
                    found[j].end - found[j].start,
                    std::cmp::Reverse(j),
                )
            })
            .unwrap_or(i);
    }
    let nearest = |matches: &dyn Fn(&usize) -> bool| {
        (0..i)
            .rev()
            .find(|j| matches(j))
            .or_else(|| (i + 1..found.len()).find(|j| matches(j)))
    };
    let first_name = |j: &usize| full[*j].as_ref().is_some_and(|n| n.first() == Some(key));
    // The nearest full name's own canonical: "Le Drian" after "M. Le Drian" after
    // "Jean-Yves Le Drian" is the last.
    nearest(&same_surname)
        .or_else(|| nearest(&first_name))
        .map_or(i, |j| canonical_of(found, full, j))
}

/// The words of a name, parted by white space.
fn name_words(name: &str) -> impl Iterator<Item = &str> + Clone {
    name.split(|c| crate::text::blank::blank(c) != crate::text::blank::Blank::No)
        .filter(|w| !w.is_empty())
}

/// True when two words are one once folded (across case and accents).
fn same_folded(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (mut room_a, mut room_b) = ([0u8; 64], [0u8; 64]);
    match (
        crate::text::fold::fold_into(a, &mut room_a),
        crate::text::fold::fold_into(b, &mut room_b),
    ) {
        (Some(a), Some(b)) => a == b,
        _ => crate::text::fold_str(a) == crate::text::fold_str(b),
    }
}

/// True when the words of `words` appear in `name` in the same order, folded.
fn holds_in_order(name: &str, words: &str) -> bool {
    let mut rest = name_words(name);
    name_words(words).all(|w| rest.any(|n| same_folded(n, w)))
}
