//! News sites named by their domain ("abc24.com", "www.aps.dz").

use super::Org;

/// News sites named by their domain ("abc24.com", "www.aps.dz", "Arabnews.com"): a word of
/// letters, digits and hyphens (dots between), then a dot and a domain ending in lower case
/// (or in capitals, in a line in capitals), not inside an e-mail address or a path.
#[inline(never)]
pub(super) fn web_names(input: &str) -> Vec<Org> {
    let bytes = input.as_bytes();
    let mut out: Vec<Org> = Vec::new();
    let mut capitals = crate::text::capitals::CapitalLines::default();
    for dot in memchr::memchr_iter(b'.', bytes) {
        let tail = &bytes[dot + 1..];
        // A letter after the dot, or no domain (most dots end a sentence).
        if !tail.first().is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let mut len = tail.iter().take_while(|b| b.is_ascii_lowercase()).count();
        // In a line in capitals, the domain is in capitals too ("WWW.APS.DZ").
        let upper = len == 0;
        if upper {
            len = tail.iter().take_while(|b| b.is_ascii_uppercase()).count();
        }
        let glued = tail
            .get(len)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-');
        let ending = std::str::from_utf8(&tail[..len]).unwrap_or("");
        if len < 2
            || glued
            || !crate::lexicon::is_domain_ending(ending)
            || (upper && !capitals.covers(input, dot + 1, dot + 1 + len))
        {
            continue;
        }
        let name = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.');
        let start = dot - bytes[..dot].iter().rev().take_while(|b| name(b)).count();
        let before = start.checked_sub(1).map(|i| bytes[i]);
        let label = &bytes[start..dot];
        if label.len() < 2
            || !label.iter().any(u8::is_ascii_alphabetic)
            || label.starts_with(b".")
            || matches!(before, Some(b'@' | b'/' | b'_'))
            || out.last().is_some_and(|o| o.end > start)
        {
            continue;
        }
        out.push(Org::named(start, dot + 1 + len));
    }
    out
}
