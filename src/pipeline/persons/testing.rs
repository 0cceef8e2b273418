//! What the persons' tests share: the persons an extractor finds in a text.

/// The persons `extractor` finds in `text` (its spans checked): each mention as written,
/// with its canonical name.
pub(in crate::pipeline::persons) fn persons_by(
    extractor: &crate::Extractor,
    text: &str,
) -> Vec<(String, String)> {
    let found = extractor.extract(text);
    found.check(text).unwrap();
    found
        .persons
        .iter()
        .map(|p| (p.text.to_string(), p.canonical.to_string()))
        .collect()
}

/// The persons of `text` with the embedded gazetteers.
pub(in crate::pipeline::persons) fn persons(text: &str) -> Vec<(String, String)> {
    persons_by(&crate::Extractor::new(), text)
}

/// The persons of `text` as written, without their canonical names.
pub(in crate::pipeline::persons) fn names(text: &str) -> Vec<String> {
    persons(text).into_iter().map(|(t, _)| t).collect()
}

pub(in crate::pipeline::persons) fn pair(text: &str, canonical: &str) -> (String, String) {
    (text.to_string(), canonical.to_string())
}
