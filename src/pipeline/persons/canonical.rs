//! Canonical names: which mention names a person most fully, across short mentions, first
//! names and people who share a surname.

use super::skeleton;
use super::Found;

/// The mention that names the person of mention `i` most fully: for a name of several words,
/// the fullest name of the same surname that holds its words in order (often itself: two
/// people may share a surname, "Alassane Ouattara" and "Téné Birahima Ouattara"); for one
/// word, the nearest full name before it with that surname (else after it), or, failing one,
/// with that first name ("Khaled" for "Khaled ben Salmane").
pub(super) fn canonical_of(input: &str, found: &[Found], i: usize) -> usize {
    let f = &found[i];
    let Some(key) = f.key.as_deref() else {
        return i;
    };
    let same_surname = |j: &usize| found[*j].words >= 2 && found[*j].key.as_deref() == Some(key);
    if f.words >= 2 {
        let words: Vec<String> = name_words(&input[f.start..f.end]);
        return (0..found.len())
            .filter(same_surname)
            .filter(|&j| holds_in_order(&name_words(&input[found[j].start..found[j].end]), &words))
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
    nearest(&same_surname)
        .or_else(|| {
            let first_name = |j: &usize| {
                found[*j].words >= 2
                    && input[found[*j].start..found[*j].end]
                        .split_whitespace()
                        .next()
                        .and_then(skeleton::skeleton_of_word)
                        .as_deref()
                        == Some(key)
            };
            nearest(&first_name)
        })
        .unwrap_or(i)
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
