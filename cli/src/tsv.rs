//! `--format tsv`: one row per mention, in document order ([`Extraction::mentions`]), then one
//! per theme and one per piece of a theme's evidence.
//!
//! Columns: `doc`, `kind`, `start`, `end`, `text`, `value`.
//! - `doc`: the file's path as given (`-` for stdin), or with `--jsonl` the line's `id` (a
//!   string as is, another JSON value as compact JSON, empty when absent or null).
//! - `kind`: `person`, `title`, `country`, `demonym`, `date`, `organization`, `place`,
//!   `theme` or `evidence`.
//! - `start`, `end`: byte offsets into the text (empty for a theme).
//! - `text`: the mention as written (for a theme, its id).
//! - `value`: a person's canonical name, a title's kind (`honorific`, `rank`, `office`), a
//!   state's ISO 3166-1 alpha-2 code, a date's ISO 8601 value, an organisation's other name
//!   (the full name of an acronym, the acronym of a name), a place's state code, a theme's
//!   score, the theme a piece of evidence shows; empty when unknown.
//!
//! Tabs, line breaks and backslashes in `doc`, `text` and `value` are written `\t`, `\n`,
//! `\r` and `\\`, so every row is one line of exactly six fields.

use communique::{Extraction, Mention};
use std::fmt::Write;

/// The header line.
pub const HEADER: &str = "doc\tkind\tstart\tend\ttext\tvalue\n";

/// Appends the rows of `extraction` (document `doc`) to `out`.
pub fn rows(out: &mut String, doc: &str, extraction: &Extraction<'_>) {
    let doc = escape(doc);
    for m in extraction.mentions() {
        let span = m.span();
        let value = match m {
            Mention::Person(p) => p.canonical.to_string(),
            Mention::Title(t) => t.kind.as_str().to_string(),
            Mention::Country(c) => c.code.to_string(),
            Mention::Date(d) => d.value.map(|v| v.to_string()).unwrap_or_default(),
            Mention::Organization(o) => o
                .long_form
                .as_deref()
                .or(o.acronym.as_deref())
                .unwrap_or_default()
                .to_string(),
            Mention::Place(p) => p.code.map(|c| c.to_string()).unwrap_or_default(),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "{doc}\t{}\t{}\t{}\t{}\t{}",
            m.kind(),
            span.start(),
            span.end(),
            escape(m.text()),
            escape(&value)
        );
    }
    for theme in &extraction.themes {
        let name = escape(&theme.theme);
        let _ = writeln!(out, "{doc}\ttheme\t\t\t{name}\t{}", theme.score);
        for e in &theme.evidence {
            let _ = writeln!(
                out,
                "{doc}\tevidence\t{}\t{}\t{}\t{name}",
                e.start,
                e.end,
                escape(&e.text)
            );
        }
    }
}

/// A field with its tabs, line breaks and backslashes escaped.
fn escape(field: &str) -> std::borrow::Cow<'_, str> {
    if !field.contains(['\t', '\n', '\r', '\\']) {
        return field.into();
    }
    let mut out = String::with_capacity(field.len() + 8);
    for c in field.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\\' => out.push_str("\\\\"),
            c => out.push(c),
        }
    }
    out.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_escaped() {
        assert_eq!(escape("a\tb\nc\\d\r"), "a\\tb\\nc\\\\d\\r");
        assert_eq!(escape("Niamey"), "Niamey");
    }

    #[test]
    fn every_row_has_six_fields() {
        let text = "Niamey, 3 juin 2024\nLe ministre nigérien de la Défense, M. Ali Diallo, \
                    a parlé de lutte contre le terrorisme avec la CEDEAO.";
        let x = communique::Extractor::new().extract(text);
        let mut out = String::new();
        rows(&mut out, "a\tb", &x);
        assert!(out.lines().count() > 5, "{out}");
        for line in out.lines() {
            assert_eq!(line.split('\t').count(), 6, "{line:?}");
            assert!(line.starts_with("a\\tb\t"), "{line:?}");
        }
        assert!(out.contains("\tdemonym\t"), "{out}");
        assert!(
            out.contains("\tdate\t8\t19\t3 juin 2024\t2024-06-03\n"),
            "{out}"
        );
        assert!(out.contains("\ttheme\t\t\tterrorism\t0."), "{out}");
        assert!(out.contains("\tevidence\t"), "{out}");
    }
}
