//! Canonical names: which mention names a person most fully, across short mentions, first
//! names and people who share a surname.

use super::skeleton::{self, Key};
use super::{Found, Spare, MAX_NAMES_COMPARED};
use crate::pipeline::recycled;
use std::cell::OnceCell;

/// For every mention, the mention that names its person most fully: for a name of several
/// words, the fullest name of the same surname that holds its words in order (often itself:
/// two people may share a surname, "Alassane Ouattara" and "Téné Birahima Ouattara"); for one
/// word, the canonical of the nearest full name before it with that surname (else after it),
/// or, failing one, with that first name ("Khaled" for "Khaled ben Salmane"). (In the
/// working vectors `spare`.)
#[inline(never)]
pub(super) fn canonical_names<'s>(
    input: &str,
    found: &[Found],
    spare: &'s mut Spare,
) -> &'s [usize] {
    let full = recycled(std::mem::take(&mut spare.full_texts));
    let by_key = recycled(std::mem::take(&mut spare.indexed[0]));
    let names = Names::of(input, found, full, by_key);
    spare.indices.clear();
    spare
        .indices
        .extend((0..found.len()).map(|i| canonical_of(input, found, &names, i)));
    spare.full_texts = recycled(names.full);
    spare.indexed[0] = recycled(names.by_key);
    &spare.indices
}

/// What the comparisons need of the full names (of two words or more): their texts, and
/// their indices by surname key and, once asked for, by the skeleton of their first word (so
/// that each mention compares with its own surname's names, not with every name).
struct Names<'h> {
    /// The text of every full name (`None` for a mention of one word).
    full: Vec<Option<&'h str>>,
    /// The full names' surname keys and indices ([`indexed`]).
    by_key: Vec<(&'h str, usize)>,
    /// In a long list, the first of the full names of each key, text and word count
    /// ([`indexed`]): the fullest name is among them.
    distinct: Option<Vec<(&'h str, usize)>>,
    /// The skeletons of the full names' first words and their indices ([`indexed`]).
    by_first: OnceCell<Vec<(Key, usize)>>,
}

impl<'h> Names<'h> {
    /// The full names of `found`, in the vectors `full` and `by_key` (emptied first).
    fn of(
        input: &'h str,
        found: &'h [Found],
        mut full: Vec<Option<&'h str>>,
        mut by_key: Vec<(&'h str, usize)>,
    ) -> Names<'h> {
        full.clear();
        full.extend(
            found
                .iter()
                .map(|f| (f.words >= 2).then(|| &input[f.start..f.end])),
        );
        by_key.clear();
        by_key.extend(
            found
                .iter()
                .enumerate()
                .filter(|&(j, _)| full[j].is_some())
                .filter_map(|(j, f)| Some((f.key.as_deref()?, j))),
        );
        // A long document names its people many times over: the fullest name of a key is
        // sought among the distinct ones (the first of each, as the earliest wins ties).
        let distinct = (by_key.len() >= SORTED_FROM).then(|| {
            let mut firsts: Vec<(&'h str, &'h str, usize, usize)> = by_key
                .iter()
                .filter_map(|&(key, j)| Some((key, full[j]?, found[j].words, j)))
                .collect();
            firsts.sort_unstable();
            firsts.dedup_by(|b, a| (a.0, a.1, a.2) == (b.0, b.1, b.2));
            let mut distinct: Vec<(&'h str, usize)> =
                firsts.into_iter().map(|(key, _, _, j)| (key, j)).collect();
            distinct.sort_unstable();
            distinct
        });
        indexed(&mut by_key);
        Names {
            full,
            by_key,
            distinct,
            by_first: OnceCell::new(),
        }
    }

    /// Among the full names whose surname key is `key`, in order, those that may be the
    /// fullest: all of them, or the first of each text and word count (the first
    /// [`MAX_NAMES_COMPARED`]).
    fn fullest_of_surname<'a>(&'a self, key: &'a str) -> impl Iterator<Item = usize> + 'a {
        with_key(self.distinct.as_deref().unwrap_or(&self.by_key), key).take(MAX_NAMES_COMPARED)
    }

    /// The full name nearest before mention `i` (else the first after it) whose surname key
    /// is `key`.
    fn nearest_of_surname(&self, key: &str, i: usize) -> Option<usize> {
        nearest(&self.by_key, key, i)
    }

    /// The full name nearest before mention `i` (else the first after it) whose first word's
    /// skeleton is `key`.
    fn nearest_of_first_name(&self, key: &str, i: usize) -> Option<usize> {
        let by_first = self.by_first.get_or_init(|| {
            let mut by_first: Vec<(Key, usize)> = self
                .full
                .iter()
                .enumerate()
                .filter_map(|(j, name)| {
                    let first = (*name)?.split_whitespace().next()?;
                    Some((skeleton::skeleton_key(first)?, j))
                })
                .collect();
            indexed(&mut by_first);
            by_first
        });
        nearest(by_first, key, i)
    }
}

/// From this many pairs of (key, index), in index order, they are sorted by key to be looked
/// up (fewer are read through, cheaper than sorting them).
const SORTED_FROM: usize = 32;

/// Sorts a list of pairs (key, index), made in index order, by key when it is long.
fn indexed<K: Ord>(pairs: &mut [(K, usize)]) {
    if pairs.len() >= SORTED_FROM {
        pairs.sort_unstable();
    }
}

/// The pairs under `key` in a list of pairs that [`indexed`] made: those of the key when the
/// list is sorted, else the whole list.
fn under_key<'a, K: AsRef<str>>(pairs: &'a [(K, usize)], key: &str) -> &'a [(K, usize)] {
    if pairs.len() >= SORTED_FROM {
        let from = pairs.partition_point(|(k, _)| k.as_ref() < key);
        let to = from + pairs[from..].partition_point(|(k, _)| k.as_ref() == key);
        &pairs[from..to]
    } else {
        pairs
    }
}

/// The indices paired with `key` in a list of pairs that [`indexed`] made, in order.
fn with_key<'a, K: AsRef<str>>(
    pairs: &'a [(K, usize)],
    key: &'a str,
) -> impl Iterator<Item = usize> + 'a {
    under_key(pairs, key)
        .iter()
        .filter(move |(k, _)| k.as_ref() == key)
        .map(|&(_, j)| j)
}

/// The index paired with `key` nearest before `i` (else the first after it) in a list of
/// pairs that [`indexed`] made (searched by halves when sorted: its indices are in order).
fn nearest<K: AsRef<str>>(pairs: &[(K, usize)], key: &str, i: usize) -> Option<usize> {
    if pairs.len() >= SORTED_FROM {
        let pairs = under_key(pairs, key);
        let before = pairs.partition_point(|&(_, j)| j <= i);
        return before
            .checked_sub(1)
            .map_or(pairs.first(), |b| pairs.get(b))
            .map(|&(_, j)| j);
    }
    let mut before = None;
    for j in with_key(pairs, key) {
        if j > i {
            return before.or(Some(j));
        }
        before = Some(j);
    }
    before
}

/// [`canonical_names`] of mention `i`.
fn canonical_of(input: &str, found: &[Found], names: &Names<'_>, i: usize) -> usize {
    let best = canonical_unchecked(found, names, i);
    let text = |k: usize| &input[found[k].start..found[k].end];
    if best == i || initials_agree(text(i), text(best)) {
        best
    } else {
        i
    }
}

/// True unless `short` opens with an initial ("A. Diallo") that `full`'s first word does not
/// start with ("Issa Diallo": another person of the surname; "Amadou Diallo" may be the one).
fn initials_agree(short: &str, full: &str) -> bool {
    let mut chars = short.chars();
    let (Some(letter), Some('.')) = (chars.next(), chars.next()) else {
        return true;
    };
    let first = full.chars().next().map(crate::text::fold_char);
    !letter.is_uppercase() || first == Some(crate::text::fold_char(letter))
}

/// [`canonical_of`] before the initials are compared.
fn canonical_unchecked(found: &[Found], names: &Names<'_>, i: usize) -> usize {
    let f = &found[i];
    let Some(key) = f.key.as_deref() else {
        return i;
    };
    if let Some(this) = names.full[i] {
        return names
            .fullest_of_surname(key)
            .filter(|&j| names.full[j].is_some_and(|other| holds_in_order(other, this)))
            .max_by_key(|&j| {
                (
                    found[j].words,
                    found[j].end - found[j].start,
                    std::cmp::Reverse(j),
                )
            })
            .unwrap_or(i);
    }
    // The nearest full name's own canonical: "Le Drian" after "M. Le Drian" after
    // "Jean-Yves Le Drian" is the last.
    // (`i`, of one word, is none of them.)
    names
        .nearest_of_surname(key, i)
        .or_else(|| names.nearest_of_first_name(key, i))
        .map_or(i, |j| canonical_unchecked(found, names, j))
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
    // A name holds its own words (often the one asked: a name is among its surname's).
    if name == words {
        return true;
    }
    let mut rest = name_words(name);
    // (An initial holds for the word it starts: "I. Kané" in "Issa Kané".)
    name_words(words).all(|w| {
        rest.any(|n| same_folded(n, w) || initials_agree(w, n) && w.len() <= 3 && w.ends_with('.'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The nearest index of a key, searched by halves in a long list, is the one a walk
        /// through the key's indices in order finds.
        #[test]
        fn the_nearest_name_is_found_by_halves_as_by_a_walk(
            keys in proptest::collection::vec("[abc]", 0..80),
            i in 0usize..90,
        ) {
            let mut pairs: Vec<(String, usize)> =
                keys.into_iter().enumerate().map(|(j, k)| (k, j)).collect();
            indexed(&mut pairs);
            for key in ["a", "b", "c", "d"] {
                let mut walked = None;
                for j in with_key(&pairs, key) {
                    if j > i {
                        walked = walked.or(Some(j));
                        break;
                    }
                    walked = Some(j);
                }
                proptest::prop_assert_eq!(nearest(&pairs, key, i), walked, "{}", key);
            }
        }
    }

    #[test]
    fn names_hold_their_own_words_and_shorter_names_in_order() {
        for name in ["Awa  Sidibé", "Jean-Yves Le\nDrian", "", " "] {
            assert!(holds_in_order(name, name), "{name:?}");
        }
        assert!(holds_in_order("Jean-Yves Le Drian", "le drian"));
        assert!(holds_in_order("Awa Sidibé", "AWA SIDIBE"));
        assert!(!holds_in_order("Le Drian", "Drian Le"));
    }
}
