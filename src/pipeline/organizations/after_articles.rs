//! Acronyms read by their place alone: a word in capitals right after an article ("la DIRPA",
//! "l'OCAM"), found among the runs of three ASCII capitals or more.

use super::Org;
use crate::gazetteer::Hit;
use crate::text::blank::{blank, is_soft_gap, Blank};
use crate::text::capitals::CapitalLines;

/// Acronyms that no definition gives, read by their place: a word in capitals of three to
/// eight letters right after an article or an elided one ("l'OCAM", "la DIRPA", "du CNDH"),
/// which names a body unless it is a common noun written in capitals ("le PIB", "l'ADN":
/// [`COMMON_ACRONYMS`]), a title's or a known name's; never in a line in capitals.
#[inline(never)]
pub(super) fn acronyms_after_articles(
    input: &str,
    capital_runs: &[(usize, usize)],
    names: &[Hit],
    titles: &[Hit],
    orgs: &mut Vec<Org>,
) {
    let bytes = input.as_bytes();
    let mut capitals = CapitalLines::default();
    for (at, end) in runs_of_capitals_in(bytes, capital_runs) {
        let len = end - at;
        if at == 0 || bytes[at - 1].is_ascii_alphanumeric() {
            continue;
        }
        let mut after = input[end..].chars();
        let glued = match after.next() {
            Some('.') => after.next().is_some_and(char::is_alphanumeric),
            Some(c) => c.is_alphanumeric() || c == '-',
            None => false,
        };
        if !(3..=8).contains(&len) || glued {
            continue;
        }
        // An elided article glued to it, or an article before blanks of any kind.
        let before = &input[..at];
        let article = ["l'", "l’", "L'", "L’"].iter().any(|a| before.ends_with(a)) || {
            let trimmed = before.trim_end_matches(|c| blank(c) != Blank::No);
            let word_start = trimmed
                .rfind(|c: char| !crate::text::boundary::is_word_char(c))
                .map_or(0, |i| {
                    i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
                });
            trimmed.len() < before.len()
                && is_soft_gap(&before[trimmed.len()..])
                && matches!(
                    &trimmed[word_start..],
                    "la" | "le" | "du" | "au" | "La" | "Le" | "Du" | "Au"
                )
        };
        if !article {
            continue;
        }
        let word = &input[at..end];
        let covered = |hits: &[Hit]| {
            let i = hits.partition_point(|h| h.input_end <= at);
            hits.get(i).is_some_and(|h| h.input_start < end)
        };
        if COMMON_ACRONYMS.contains(&word)
            || covered(names)
            || covered(titles)
            || capitals.covers(input, at, end)
        {
            continue;
        }
        orgs.push(Org::named(at, end));
    }
}

/// The runs of three ASCII capitals or more (with the digits after them) in `bytes`, as
/// `(start, end)`, found eight bytes at a time.
#[cfg(test)]
fn runs_of_capitals(bytes: &[u8]) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut at = 0;
    std::iter::from_fn(move || {
        let (start, end) = next_run_of_capitals(bytes, at, bytes.len())?;
        at = end;
        Some((start, end))
    })
}

/// [`runs_of_capitals`], searched only in `windows`, sorted spans of `bytes` that hold every
/// three capitals in a row and start and end after and before a byte that is no capital nor
/// digit (the normalised text's
/// [`capital_runs`](crate::text::NormalizedText::capital_runs)): a run lies inside one, and
/// the runs of a window are those the whole text's search finds there.
fn runs_of_capitals_in<'a>(
    bytes: &'a [u8],
    windows: &'a [(usize, usize)],
) -> impl Iterator<Item = (usize, usize)> + 'a {
    windows.iter().flat_map(move |&(start, limit)| {
        let mut at = start;
        std::iter::from_fn(move || {
            let (start, end) = next_run_of_capitals(bytes, at, limit)?;
            at = end;
            Some((start, end))
        })
    })
}

/// The first run of [`runs_of_capitals`] that ends three capitals at or after `at` and before
/// `limit`, where no run goes on from before `at` (the text's start, or the end of a run).
#[inline(never)]
fn next_run_of_capitals(bytes: &[u8], mut at: usize, limit: usize) -> Option<(usize, usize)> {
    use crate::text::swar;
    // The high bit of each capital of `x` (bytes above ASCII left out).
    let capitals_of = |x: u64| swar::in_range(x, b'A', b'Z') & !x & swar::HIGH_BITS;
    // The capitals of the eight bytes before `at` (high bits), when they were read.
    let mut before = 0u64;
    while at < limit.min(bytes.len()) {
        // The last bytes padded with zeros, which are no capitals.
        let x = swar::load(bytes, at).unwrap_or_else(|| {
            let mut eight = [0u8; 8];
            let n = bytes.len() - at;
            eight[..n].copy_from_slice(&bytes[at..]);
            u64::from_le_bytes(eight)
        });
        // The capitals, then each that ends three, the two before it read with the chunk
        // before.
        let capitals = capitals_of(x);
        if capitals == 0 {
            // No capital (most of a text): no run ends here, none goes on into the next.
            before = 0;
            at += 8;
            continue;
        }
        let three = capitals & (capitals << 8 | before >> 56) & (capitals << 16 | before >> 48);
        let Some(i) = swar::first(three) else {
            // No run of three ends in the eight bytes (none has a capital, most of a text).
            before = capitals;
            at += 8;
            continue;
        };
        if at + i >= limit {
            return None;
        }
        let mut start = at + i - 2;
        while start > 0 && bytes[start - 1].is_ascii_uppercase() {
            start -= 1;
        }
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                .count();
        // (The byte at `end` is no capital: no run goes on across it.)
        return Some((start, end));
    }
    None
}

/// Common nouns written in capitals, which an article precedes as it precedes a body's
/// acronym ("le PIB", "l'ADN", "les EEI").
const COMMON_ACRONYMS: [&str; 24] = [
    "PIB", "VIH", "ADN", "EEI", "IED", "SIDA", "COVID", "OGM", "PME", "TVA", "DDR", "RSS", "SMS",
    "GPS", "PDF", "CEO", "PDG", "TNT", "RPG", "USD", "EUR", "FCFA", "CFA", "ONG",
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::organizations::tests::organizations;
    use crate::text::NormalizedText;

    #[test]
    fn acronyms_after_articles_name_bodies() {
        assert_eq!(
            organizations("Le directeur de l'OCAM et la DIRPA ont parlé du CNDH."),
            ["OCAM", "DIRPA", "CNDH"]
        );
        // Common nouns in capitals, a headline in capitals, a word that goes on.
        assert_eq!(
            organizations("Il a parlé du\u{a0}CNDH et de la\t\tDIRPA."),
            ["CNDH", "DIRPA"]
        );
        assert!(organizations("Le PIB et l'ADN des ONG, selon le VIH-SIDA.").is_empty());
        assert!(organizations("LA REUNION DE L'OCAM A EU LIEU").is_empty());
        // States are no body, whatever their acronym.
        assert!(organizations("Les États membres (EM) ont voté ; les EM ont signé.").is_empty());
        // An accented initial in either Unicode form.
        for text in [
            "Le Groupe d'Évaluation et de Suivi (GES) a siégé.",
            "Le Groupe d'E\u{301}valuation et de Suivi (GES) a siégé.",
        ] {
            assert_eq!(organizations(text).len(), 2, "{text}");
        }
    }

    /// The runs of capitals byte by byte: the first three capitals in a row, back to the
    /// run's start and on over its capitals and digits, then the next after it.
    fn runs_by_bytes(bytes: &[u8]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut p = 0;
        while p + 3 <= bytes.len() {
            if !bytes[p..p + 3].iter().all(u8::is_ascii_uppercase) {
                p += 1;
                continue;
            }
            let mut start = p;
            while start > 0 && bytes[start - 1].is_ascii_uppercase() {
                start -= 1;
            }
            let run = bytes[start..].iter();
            p = start
                + run
                    .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
                    .count();
            out.push((start, p));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn runs_of_capitals_as_byte_by_byte(input in "[ABZaz09 É-]{0,40}") {
            let found: Vec<_> = runs_of_capitals(input.as_bytes()).collect();
            proptest::prop_assert_eq!(found, runs_by_bytes(input.as_bytes()));
        }

        /// The runs of capitals searched in the normalised text's capital runs alone are those
        /// of the whole text.
        #[test]
        fn runs_of_capitals_in_the_capital_runs(input in "[ABZaz09 É\u{ad}\n-]{0,40}") {
            let text = NormalizedText::new(&input);
            let found: Vec<_> = runs_of_capitals_in(input.as_bytes(), text.capital_runs()).collect();
            proptest::prop_assert_eq!(found, runs_of_capitals(input.as_bytes()).collect::<Vec<_>>());
        }
    }
}
