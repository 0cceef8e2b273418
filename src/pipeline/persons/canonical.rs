//! Canonical names: which mention names a person most fully, across short mentions, first
//! names and people who share a surname.

use super::skeleton;
use super::Found;

/// For every mention, the mention that names its person most fully: for a name of several
/// words, the fullest name of the same surname that holds its words in order (often itself:
/// two people may share a surname, "Alassane Ouattara" and "Téné Birahima Ouattara"); for one
/// word, the canonical of the nearest full name before it with that surname (else after it),
/// or, failing one, with that first name ("Khaled" for "Khaled ben Salmane").
pub(super) fn canonical_names(input: &str, found: &[Found]) -> Vec<usize> {
    // What the comparisons need of every full name, computed once: its words folded and the
    // skeleton of its first word.
    let full: Vec<Option<(Vec<String>, Option<String>)>> = found
        .iter()
        .map(|f| {
            (f.words >= 2).then(|| {
                let name = &input[f.start..f.end];
                let first = name
                    .split_whitespace()
                    .next()
                    .and_then(skeleton::skeleton_of_word);
                (name_words(name), first)
            })
        })
        .collect();
    (0..found.len())
        .map(|i| canonical_of(found, &full, i))
        .collect()
}

/// [`canonical_names`] of mention `i`.
fn canonical_of(
    found: &[Found],
    full: &[Option<(Vec<String>, Option<String>)>],
    i: usize,
) -> usize {
    let f = &found[i];
    let Some(key) = f.key.as_deref() else {
        return i;
    };
    let same_surname = |j: &usize| full[*j].is_some() && found[*j].key.as_deref() == Some(key);
    if let Some((words, _)) = &full[i] {
        return (0..found.len())
            .filter(same_surname)
            .filter(|&j| {
                full[j]
                    .as_ref()
                    .is_some_and(|(name, _)| holds_in_order(name, words))
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
    let first_name = |j: &usize| {
        full[*j]
            .as_ref()
            .is_some_and(|(_, first)| first.as_deref() == Some(key))
    };
    // The nearest full name's own canonical: "Le Drian" after "M. Le Drian" after
    // "Jean-Yves Le Drian" is the last.
    nearest(&same_surname)
        .or_else(|| nearest(&first_name))
        .map_or(i, |j| canonical_of(found, full, j))
}

/// The words of a name, folded, to compare names across case and accents.
fn name_words(name: &str) -> Vec<String> {
    name.split(|c| crate::text::blank::blank(c) != crate::text::blank::Blank::No)
        .filter(|w| !w.is_empty())
        .map(crate::text::fold_str)
        .collect()
}

/// True when `words` appear in `name` in the same order.
fn holds_in_order(name: &[String], words: &[String]) -> bool {
    let mut rest = name.iter();
    words.iter().all(|w| rest.any(|n| n == w))
}
