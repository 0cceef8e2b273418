//! The ways text reaches a program without its meaning changing (issue 15), and the comparison
//! of two extractions up to them: shared by `tests/metamorphic.rs` and
//! `examples/metamorphic.rs`.
#![allow(dead_code)]

use communique::{Affiliation, Extraction, Mention};
use std::collections::HashMap;
use unicode_normalization::UnicodeNormalization;

/// A transformation of a whole text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Transform {
    /// Line feeds as `\r\n`.
    Crlf,
    /// Every space a no-break space.
    NoBreakSpaces,
    /// Every `'` a `’`.
    CurlyApostrophes,
    /// Canonical decomposition: accents as combining marks.
    Nfd,
    /// Every space doubled.
    DoubledSpaces,
    /// Every space a tab.
    Tabs,
    /// Lines longer than 72 columns wrapped at a space.
    HardWrap,
    /// The text as an HTML page (paragraphs, character references, a script, a style, a
    /// comment), read with `Extractor::extract_html`.
    Html,
    /// The whole text in capitals: may lose mentions, must invent few.
    Capitals,
}

impl Transform {
    /// The transformations that must not change the answer.
    pub const NEUTRAL: [Transform; 8] = [
        Transform::Crlf,
        Transform::NoBreakSpaces,
        Transform::CurlyApostrophes,
        Transform::Nfd,
        Transform::DoubledSpaces,
        Transform::Tabs,
        Transform::HardWrap,
        Transform::Html,
    ];

    /// The transformation's name in the tables.
    pub fn name(self) -> &'static str {
        match self {
            Transform::Crlf => "CRLF",
            Transform::NoBreakSpaces => "no-break spaces",
            Transform::CurlyApostrophes => "curly apostrophes",
            Transform::Nfd => "NFD",
            Transform::DoubledSpaces => "doubled spaces",
            Transform::Tabs => "tabs",
            Transform::HardWrap => "hard wrap at 72",
            Transform::Html => "HTML",
            Transform::Capitals => "capitals",
        }
    }

    /// `text` transformed.
    pub fn apply(self, text: &str) -> String {
        match self {
            Transform::Crlf => text.replace('\n', "\r\n"),
            Transform::NoBreakSpaces => text.replace(' ', "\u{a0}"),
            Transform::CurlyApostrophes => text.replace('\'', "\u{2019}"),
            Transform::Nfd => text.nfd().collect(),
            Transform::DoubledSpaces => text.replace(' ', "  "),
            Transform::Tabs => text.replace(' ', "\t"),
            Transform::HardWrap => wrapped(text, 72),
            Transform::Html => to_html(text),
            Transform::Capitals => text.to_uppercase(),
        }
    }
}

/// `text` wrapped as a mail or wire system wraps it, at `width` characters (the crate's own
/// test transformation).
#[path = "../src/text/wrapped.rs"]
mod wrapped_text;
pub use wrapped_text::wrapped;

/// `text` as a page: a head with a style and a script, paragraphs (`<p>`, from blank lines)
/// whose lines are parted by `<br>`, markup characters escaped and letters outside ASCII
/// written as character references, named, decimal and hexadecimal in turn.
pub fn to_html(text: &str) -> String {
    let mut out = String::from(
        "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">\
         <title>Communiqué</title>\n<style>p { margin: 0 } /* <p>Niger</p> */</style>\
         <script>var s = \"<p>Le président Niger</p>\";</script></head>\n<body>\
         <!-- Le ministre de la Défense du Mali -->\n",
    );
    let mut turn = 0usize;
    for paragraph in text.split("\n\n") {
        out.push_str("<p>");
        for (i, line) in paragraph.split('\n').enumerate() {
            if i > 0 {
                out.push_str("<br>\n");
            }
            for c in line.chars() {
                match c {
                    '&' => out.push_str("&amp;"),
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '"' => out.push_str("&quot;"),
                    c if c.is_ascii() => out.push(c),
                    c => {
                        turn += 1;
                        let named = match c {
                            'é' => Some("eacute"),
                            'è' => Some("egrave"),
                            'à' => Some("agrave"),
                            'ç' => Some("ccedil"),
                            '’' => Some("rsquo"),
                            '\u{a0}' => Some("nbsp"),
                            'É' => Some("Eacute"),
                            'ô' => Some("ocirc"),
                            _ => None,
                        };
                        match (turn % 3, named) {
                            (0, Some(name)) => out.push_str(&format!("&{name};")),
                            (1, _) => out.push_str(&format!("&#{};", c as u32)),
                            _ => out.push_str(&format!("&#x{:X};", c as u32)),
                        }
                    }
                }
            }
        }
        out.push_str("</p>\n");
    }
    out.push_str("</body></html>\n");
    out
}

/// The character references `to_html` writes, decoded, and its tags dropped: what a mention
/// read in the page says.
fn from_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        if c == '<' {
            if let Some(end) = rest.find('>') {
                out.push(' ');
                rest = &rest[end + 1..];
                continue;
            }
        }
        if c == '&' {
            if let Some(end) = rest.find(';').filter(|&e| e < 10) {
                let name = &rest[1..end];
                let decoded = match name {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "eacute" => Some('é'),
                    "egrave" => Some('è'),
                    "agrave" => Some('à'),
                    "ccedil" => Some('ç'),
                    "rsquo" => Some('’'),
                    "nbsp" => Some('\u{a0}'),
                    "Eacute" => Some('É'),
                    "ocirc" => Some('ô'),
                    _ => name
                        .strip_prefix("#x")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                        .and_then(char::from_u32),
                };
                if let Some(d) = decoded {
                    out.push(d);
                    rest = &rest[end + 1..];
                    continue;
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// What a mention's text or value is compared by: entities decoded and tags dropped (HTML),
/// composed (NFD), apostrophes straight, every run of blanks and line breaks one space;
/// lower case for capitals.
pub fn canonical(transform: Option<Transform>, s: &str) -> String {
    let s = if transform == Some(Transform::Html) {
        from_html(s)
    } else {
        s.to_string()
    };
    let s: String = s.nfc().collect::<String>().replace('\u{2019}', "'");
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if transform == Some(Transform::Capitals) {
        s.to_lowercase()
    } else {
        s
    }
}

/// One mention as compared: kind, text and value, up to `transform`.
pub type Key = (&'static str, String, String);

/// The keys of every mention of `x`.
pub fn keys(x: &Extraction<'_>, transform: Option<Transform>) -> Vec<Key> {
    let c = |s: &str| canonical(transform, s);
    x.mentions()
        .map(|m| {
            let value = match m {
                Mention::Person(p) => c(&p.canonical),
                Mention::Title(t) => format!(
                    "{:?} {:?}",
                    t.kind,
                    t.of.as_ref().map(|a| c(&affiliation(a)))
                ),
                Mention::Country(k) => k.code.as_str().to_string(),
                Mention::Date(d) => format!("{:?} {}", d.value, d.relative),
                Mention::Organization(o) => format!(
                    "{:?} {:?}",
                    o.acronym.as_deref().map(c),
                    o.long_form.as_deref().map(c)
                ),
                Mention::Place(p) => format!("{:?} {:?}", p.kind, p.code),
                _ => String::new(),
            };
            // Capitals may lose what a value reads (an affiliation, a long form): a mention
            // is its kind and text there.
            let value = if transform == Some(Transform::Capitals) {
                String::new()
            } else {
                value
            };
            (m.kind().as_str(), c(m.text()), value)
        })
        .collect()
}

/// Whom an office serves, as compared.
fn affiliation(a: &Affiliation<'_>) -> String {
    match a {
        Affiliation::Country(code) => code.as_str().to_string(),
        Affiliation::Organization(o) => o.to_string(),
        _ => format!("{a:?}"),
    }
}

/// The themes of `x`.
pub fn themes(x: &Extraction<'_>) -> Vec<String> {
    let mut t: Vec<String> = x.themes.iter().map(|t| t.theme.to_string()).collect();
    t.sort();
    t
}

/// The mentions of `a` that `b` lacks (a multiset difference).
pub fn missing(a: &[Key], b: &[Key]) -> Vec<Key> {
    let mut count: HashMap<&Key, usize> = HashMap::new();
    for k in b {
        *count.entry(k).or_default() += 1;
    }
    let mut out = Vec::new();
    for k in a {
        match count.get_mut(k) {
            Some(n) if *n > 0 => *n -= 1,
            _ => out.push(k.clone()),
        }
    }
    out
}
