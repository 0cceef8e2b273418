//! An extraction shown on its text (feature `html`).
//!
//! [`html`] writes one self-contained page: no external asset, no script; the CSS is inline.
//! The text keeps its line breaks; every mention is coloured by type (a legend counts them),
//! with a tooltip (`title` attribute) giving its values; themes' evidence is underlined, and
//! the themes are bars with their scores beside the text, under the dateline.
//!
//! ```
//! let text = "Niamey, 3 juin 2024\nLe ministre nigérien de la Défense <a&b>.";
//! let x = communique::Extractor::new().extract(text);
//! let page = communique::render::html(text, &x);
//! assert!(page.starts_with("<!DOCTYPE html>"));
//! assert!(page.contains("&lt;a&amp;b&gt;"));
//! assert!(page.contains(r#"<span class="m demonym" title="demonym · NE · NER · Niger">nigérien</span>"#));
//! ```

mod marks;

use crate::model::{Affiliation, Extraction, Mention, MentionKind, ThemeScore};
use marks::{escape_into, interleave, Mark};
use std::fmt::Write;

/// The kinds in the legend's order.
const KINDS: [MentionKind; 7] = [
    MentionKind::Person,
    MentionKind::Title,
    MentionKind::Country,
    MentionKind::Demonym,
    MentionKind::Date,
    MentionKind::Organization,
    MentionKind::Place,
];

/// The extraction of `text` as a highlighted HTML page (UTF-8, self-contained).
///
/// `extraction` should be the extraction of `text`; a span that does not fit `text` (past its
/// end, off its char boundaries) is left unmarked, so no input makes this panic.
pub fn html(text: &str, extraction: &Extraction<'_>) -> String {
    let mut out = String::with_capacity(text.len() * 3 + 8192);
    out.push_str(
        "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>communique</title>\n<style>\n",
    );
    out.push_str(include_str!("page.css"));
    out.push_str("</style>\n</head>\n<body>\n<main>\n");
    header(&mut out, text, extraction);
    out.push_str("<article>");
    let mut spans: Vec<Mark> = extraction
        .mentions()
        .map(|m| {
            let span = m.span();
            let mut open = String::new();
            let _ = write!(open, "<span class=\"m {}\" title=\"", m.kind());
            escape_into(&tooltip(m), &mut open);
            open.push_str("\">");
            Mark {
                start: span.start(),
                end: span.end(),
                open,
            }
        })
        .collect();
    for theme in &extraction.themes {
        let mut open = String::from("<span class=\"ev\" title=\"evidence of ");
        escape_into(&theme.theme, &mut open);
        let _ = write!(open, " ({:.3})\">", theme.score);
        spans.extend(theme.evidence.iter().map(|e| Mark {
            start: e.start,
            end: e.end,
            open: open.clone(),
        }));
    }
    interleave(text, spans, &mut out);
    out.push_str("</article>\n<aside>\n");
    legend(&mut out, extraction);
    themes(&mut out, &extraction.themes);
    out.push_str("</aside>\n</main>\n</body>\n</html>\n");
    out
}

/// The title line: the dateline, and what was found.
fn header(out: &mut String, text: &str, x: &Extraction<'_>) {
    out.push_str("<header>\n<h1>communique</h1>\n<p class=\"meta\">Dateline: ");
    let place = x.dateline.as_ref().and_then(|d| d.place.as_ref());
    let date = x.dateline.as_ref().and_then(|d| d.date.as_ref());
    match (place, date) {
        (None, None) => out.push_str("<span class=\"none\">none</span>"),
        _ => {
            if let Some(p) = place {
                out.push_str("<b>");
                escape_into(&p.text, out);
                out.push_str("</b>");
            }
            if let Some(d) = date {
                out.push_str(if place.is_some() { ", <b>" } else { "<b>" });
                escape_into(&d.text, out);
                out.push_str("</b>");
                if let Some(v) = d.value {
                    let _ = write!(out, " ({v})");
                }
            }
        }
    }
    let _ = writeln!(
        out,
        " · {} mentions · {} themes · {} bytes</p>\n</header>",
        x.mentions().len(),
        x.themes.len(),
        text.len()
    );
}

/// The legend: each kind's colour and count, and how evidence looks.
fn legend(out: &mut String, x: &Extraction<'_>) {
    out.push_str("<section>\n<h2>Legend</h2>\n<div class=\"legend\">\n");
    for kind in KINDS {
        let n = x.mentions().filter(|m| m.kind() == kind).count();
        let _ = writeln!(
            out,
            "<span><span class=\"m {kind}\">{kind}</span></span><span class=\"n\">{n}</span>"
        );
    }
    let evidence: usize = x.themes.iter().map(|t| t.evidence.len()).sum();
    let _ = writeln!(
        out,
        "<span><span class=\"ev\">theme evidence</span></span><span class=\"n\">{evidence}</span>"
    );
    out.push_str("</div>\n</section>\n");
}

/// The themes as bars, with their scores and their evidence (each distinct text, counted).
fn themes(out: &mut String, themes: &[ThemeScore<'_>]) {
    out.push_str("<section>\n<h2>Themes</h2>\n");
    if themes.is_empty() {
        out.push_str("<p class=\"none\">none</p>\n");
    }
    for t in themes {
        let score = if t.score.is_finite() {
            t.score.clamp(0.0, 1.0)
        } else {
            0.0
        };
        out.push_str("<div class=\"theme\"><div class=\"row\"><span>");
        escape_into(&t.theme, out);
        let _ = write!(
            out,
            "</span><span class=\"score\">{score:.3}</span></div>\
             <div class=\"bar\"><span style=\"width:{:.1}%\"></span></div>\
             <div class=\"evidence\">",
            score * 100.0
        );
        let mut seen: Vec<(&str, usize)> = Vec::new();
        for e in &t.evidence {
            match seen.iter_mut().find(|(s, _)| *s == e.text) {
                Some((_, n)) => *n += 1,
                None => seen.push((&e.text, 1)),
            }
        }
        for (i, (text, n)) in seen.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            escape_into(text, out);
            if *n > 1 {
                let _ = write!(out, " ×{n}");
            }
        }
        out.push_str("</div></div>\n");
    }
    out.push_str("</section>\n");
}

/// What a mention's tooltip says: its kind and its values.
fn tooltip(m: Mention<'_, '_>) -> String {
    let mut s = String::from(m.kind().as_str());
    match m {
        Mention::Person(p) => {
            let _ = write!(s, " · canonical: {}", p.canonical);
            if let Some(role) = &p.role {
                let _ = write!(s, " · role: {}", role.office);
                if let Some(of) = &role.of {
                    let _ = write!(s, " of {}", affiliation(of));
                }
            }
        }
        Mention::Title(t) => {
            let _ = write!(s, " · {}", t.kind.as_str());
            if let Some(of) = &t.of {
                let _ = write!(s, " of {}", affiliation(of));
            }
        }
        Mention::Country(c) => {
            let _ = write!(s, " · {} · {} · {}", c.code, c.alpha3, c.name);
        }
        Mention::Date(d) => {
            match d.value {
                Some(v) => {
                    let _ = write!(s, " · {v}");
                }
                None => s.push_str(" · value unknown"),
            }
            if d.relative {
                s.push_str(" · relative");
            }
        }
        Mention::Organization(o) => {
            if let Some(a) = &o.acronym {
                let _ = write!(s, " · acronym: {a}");
            }
            if let Some(l) = &o.long_form {
                let _ = write!(s, " · full name: {l}");
            }
        }
        Mention::Place(p) => {
            if let Some(k) = p.kind {
                let _ = write!(s, " · {}", k.as_str());
            }
            if let Some(c) = p.code {
                let _ = write!(s, " · {c}");
            }
        }
    }
    s
}

fn affiliation(of: &Affiliation<'_>) -> String {
    match of {
        Affiliation::Country(c) => c.to_string(),
        Affiliation::Organization(o) => o.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn input_is_escaped_and_mentions_are_marked() {
        let text = "Dakar, 3 juin 2024\n<script>alert(1)</script> & le ministre malien de la \
                    Défense a condamné le terrorisme.";
        let x = crate::Extractor::new().extract(text);
        let page = html(text, &x);
        assert!(!page.contains("<script>"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; le "));
        // A demonym inside an office: both marked, nested.
        assert!(page.contains(
            "<span class=\"m title\" title=\"title · office of ML\">ministre \
             <span class=\"m demonym\" title=\"demonym · ML · MLI · Mali\">malien</span> de la \
             Défense</span>"
        ));
        assert!(page.contains("title=\"date · 2024-06-03\">3 juin 2024</span>"));
        assert!(page.contains("<b>Dakar</b>, <b>3 juin 2024</b> (2024-06-03)"));
        assert!(page.contains("<span class=\"ev\" title=\"evidence of terrorism"));
        assert!(page.contains("<div class=\"bar\"><span style=\"width:"));
        assert_eq!(
            page.matches("<span").count(),
            page.matches("</span>").count()
        );
    }

    /// The text inside `<article>`, its tags dropped and its entities read back.
    fn article_text(page: &str) -> String {
        let start = page.find("<article>").unwrap() + "<article>".len();
        let end = page.rfind("</article>").unwrap();
        let mut text = String::new();
        let mut rest = &page[start..end];
        while let Some(i) = rest.find('<') {
            text.push_str(&rest[..i]);
            rest = &rest[i + rest[i..].find('>').unwrap() + 1..];
        }
        text.push_str(rest);
        text.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    }

    proptest::proptest! {
        #[test]
        fn the_page_holds_the_text_and_its_tags_nest(
            atoms in proptest::collection::vec(proptest::sample::select(vec![
                "Dakar, 3 juin 2024", "\n", " le ", "ministre malien de la Défense",
                "M. Ali Diallo", "nigérienne", "CEDEAO", "terrorisme", "<b>", "&amp;", "\"",
                "'", "é", "🙂", "\r\n", "du 3 au 5 mai", "Union africaine", "Sahel", "hier",
                "\u{301}", "Coalition islamique militaire contre le terrorisme",
            ]), 0..30)
        ) {
            let text = atoms.concat();
            let page = html(&text, &crate::Extractor::new().extract(&text));
            proptest::prop_assert_eq!(article_text(&page), text);
            let mut depth = 0usize;
            for piece in page.split('<').skip(1) {
                if piece.starts_with("span") {
                    depth += 1;
                } else if piece.starts_with("/span") {
                    proptest::prop_assert!(depth > 0);
                    depth -= 1;
                }
            }
            proptest::prop_assert_eq!(depth, 0);
        }
    }

    #[test]
    fn an_extraction_that_does_not_fit_the_text_does_not_panic() {
        let x = crate::Extractor::new().extract("Le ministre malien à Dakar, hier.");
        for text in ["", "é", "Le ministre"] {
            let page = html(text, &x);
            assert!(page.ends_with("</html>\n"));
        }
    }
}
