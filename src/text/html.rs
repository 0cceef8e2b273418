//! HTML as text: tags, comments, scripts and styles skipped, character references decoded,
//! with a map from every offset of the text back to the page.
//!
//! The text is what a reader sees: a block element (`<p>`, `<div>`, `<h1>`, `<li>`, a table's
//! row…) starts a paragraph (a blank line), `<br>` and a table's cells a line, and white space
//! inside the text is one space whatever it holds (line breaks of the source included, as a
//! browser shows them). Markup that is not markup (`a < b`, a `<` never closed, `&` without a
//! known name) stays as written; a comment, script or style never closed runs to the end.

/// A page as text, with the map back to its source.
#[derive(Clone, Debug, Default)]
pub(crate) struct HtmlText {
    text: String,
    /// `(text offset, source start, source end, identity)`, sorted by text offset: in an
    /// identity run the text is the source, byte for byte, from `source start`; otherwise the
    /// unit's text (a decoded reference, a run of white space, a break) came from
    /// `source start..source end`.
    units: Vec<(usize, usize, usize, bool)>,
}

/// The elements whose content is no text.
const SKIPPED: [&str; 5] = ["script", "style", "noscript", "template", "svg"];

/// The elements that part lines (not paragraphs).
const LINE_BREAKS: [&str; 3] = ["br", "td", "th"];

/// The elements that part paragraphs.
const BLOCKS: [&str; 36] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "title",
    "tr",
    "ul",
    "option",
];

impl HtmlText {
    /// The text of `html`.
    pub(crate) fn new(html: &str) -> HtmlText {
        let mut page = HtmlText {
            text: String::with_capacity(html.len()),
            units: Vec::new(),
        };
        let bytes = html.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'<' => {
                    if let Some(end) = page.markup(html, i) {
                        i = end;
                        continue;
                    }
                    page.copy(html, i, i + 1);
                    i += 1;
                }
                b'&' => {
                    if let Some((end, decoded)) = reference(html, i) {
                        page.unit(i, end, decoded.encode_utf8(&mut [0; 4]));
                        i = end;
                        continue;
                    }
                    page.copy(html, i, i + 1);
                    i += 1;
                }
                b' ' | b'\t' | b'\n' | b'\r' | 0x0C => {
                    let end = i + bytes[i..]
                        .iter()
                        .position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0C))
                        .unwrap_or(bytes.len() - i);
                    if end == i + 1 && bytes[i] == b' ' {
                        page.copy(html, i, end);
                    } else {
                        page.unit(i, end, " ");
                    }
                    i = end;
                }
                _ => {
                    let end = i + bytes[i..]
                        .iter()
                        .position(|b| {
                            matches!(b, b'<' | b'&' | b' ' | b'\t' | b'\n' | b'\r' | 0x0C)
                        })
                        .unwrap_or(bytes.len() - i);
                    page.copy(html, i, end);
                    i = end;
                }
            }
        }
        page
    }

    /// The text.
    pub(crate) fn as_str(&self) -> &str {
        &self.text
    }

    /// Appends `html[start..end]` as it is.
    fn copy(&mut self, html: &str, start: usize, end: usize) {
        let identity_goes_on = self
            .units
            .last()
            .is_some_and(|&(t, s, _, identity)| identity && s + (self.text.len() - t) == start);
        if !identity_goes_on {
            self.units.push((self.text.len(), start, end, true));
        }
        self.text.push_str(&html[start..end]);
    }

    /// Appends `text`, which came from `html[start..end]`.
    fn unit(&mut self, start: usize, end: usize, text: &str) {
        self.units.push((self.text.len(), start, end, false));
        self.text.push_str(text);
    }

    /// Appends a break of `lines` line feeds (one: a line; two: a paragraph) at `at`, unless
    /// the text already ends with one as long.
    fn line_break(&mut self, start: usize, end: usize, lines: usize) {
        let trailing = self.text.len() - self.text.trim_end_matches('\n').len();
        if self.text.is_empty() || trailing >= lines {
            return;
        }
        self.unit(start, end, &"\n\n"[..lines - trailing]);
    }

    /// Reads the markup at `at` (a `<`): a tag, a comment, a declaration, with the content of
    /// the elements that hold no text; returns where it ends, or `None` when the `<` is text.
    fn markup(&mut self, html: &str, at: usize) -> Option<usize> {
        let rest = &html[at + 1..];
        if let Some(comment) = rest.strip_prefix("!--") {
            return Some(comment.find("-->").map_or(html.len(), |i| at + 4 + i + 3));
        }
        if rest.starts_with(['!', '?']) {
            return Some(rest.find('>').map_or(html.len(), |i| at + 1 + i + 1));
        }
        let closing = rest.starts_with('/');
        let name_start = usize::from(closing);
        let name_len = rest[name_start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len() - name_start);
        if name_len == 0 || !rest.as_bytes()[name_start].is_ascii_alphabetic() {
            return None;
        }
        let name = rest[name_start..name_start + name_len].to_ascii_lowercase();
        let end = at + 1 + tag_end(&rest[name_start + name_len..])? + name_start + name_len;
        if !closing && SKIPPED.contains(&name.as_str()) && !html[..end].ends_with("/>") {
            // Up to the closing tag, whatever is inside.
            let mut from = end;
            while let Some(i) = html[from..].find("</") {
                let after = from + i + 2;
                let named = html.as_bytes()[after..]
                    .get(..name.len())
                    .is_some_and(|b| b.eq_ignore_ascii_case(name.as_bytes()));
                if named {
                    let tail = &html[after + name.len()..];
                    return Some(after + name.len() + tail.find('>').map_or(tail.len(), |j| j + 1));
                }
                from = after;
            }
            return Some(html.len());
        }
        if LINE_BREAKS.contains(&name.as_str()) && !(closing && name == "br") {
            self.line_break(at, end, 1);
        } else if BLOCKS.contains(&name.as_str()) {
            self.line_break(at, end, 2);
        }
        Some(end)
    }

    /// Maps a range of the text to the range of the page it came from: the start to where its
    /// character's source starts, the end to where the source of the character before it ends
    /// (so a reference inside or at the edge of the range is whole in it).
    pub(crate) fn to_html_range(&self, start: usize, end: usize) -> (usize, usize) {
        let source_start = self.source_start(start);
        let source_end = if end > start {
            self.source_end(end)
        } else {
            source_start
        };
        (source_start, source_end.max(source_start))
    }

    /// The source of the character at `at` starts here.
    fn source_start(&self, at: usize) -> usize {
        let i = self.units.partition_point(|&(t, ..)| t <= at);
        match i.checked_sub(1).map(|i| self.units[i]) {
            None => 0,
            Some((t, s, _, true)) => s + (at - t),
            Some((_, s, _, false)) => s,
        }
    }

    /// The source of the character that ends at `at` (`at > 0`) ends here.
    fn source_end(&self, at: usize) -> usize {
        let i = self.units.partition_point(|&(t, ..)| t < at);
        match i.checked_sub(1).map(|i| self.units[i]) {
            None => 0,
            Some((t, s, _, true)) => s + (at - t),
            Some((_, _, e, false)) => e,
        }
    }
}

/// Where a tag whose name ended ends in `rest` (after its `>`), its attributes' quoted values
/// skipped whole; `None` when it never ends.
pub(crate) fn tag_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return Some(i + 1),
            // A new tag before this one closed: this one was text.
            None if b == b'<' => return None,
            None => {}
        }
        i += 1;
    }
    None
}

/// The character reference at `at` (a `&`), if it is one: where it ends and its character.
/// Named references need their `;`; numeric ones end at the first character that is no digit
/// (and their `;` when there is one); code points that are no characters decode to U+FFFD.
fn reference(html: &str, at: usize) -> Option<(usize, char)> {
    let rest = &html[at + 1..];
    if let Some(numeric) = rest.strip_prefix('#') {
        let (digits, radix, skip) = match numeric.strip_prefix(['x', 'X']) {
            Some(hex) => (hex, 16, 2),
            None => (numeric, 10, 1),
        };
        let len = digits
            .find(|c: char| !c.is_digit(radix))
            .unwrap_or(digits.len());
        if len == 0 {
            return None;
        }
        let value = u32::from_str_radix(&digits[..len.min(8)], radix).unwrap_or(0xFFFD);
        let c = match value {
            0 => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        let semicolon = usize::from(digits[len..].starts_with(';'));
        return Some((at + 1 + skip + len + semicolon, c));
    }
    let len = rest
        .find(|c: char| !c.is_ascii_alphanumeric())
        .filter(|&i| rest[i..].starts_with(';'))?;
    let name = &rest[..len];
    let c = NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c)?;
    Some((at + 1 + len + 1, c))
}

/// The named references French pages use.
const NAMED: [(&str, char); 92] = [
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{A0}'),
    ("shy", '\u{AD}'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("hellip", '…'),
    ("middot", '·'),
    ("bull", '•'),
    ("deg", '°'),
    ("euro", '€'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("sect", '§'),
    ("para", '¶'),
    ("times", '×'),
    ("divide", '÷'),
    ("ordm", 'º'),
    ("ordf", 'ª'),
    ("sup1", '¹'),
    ("sup2", '²'),
    ("sup3", '³'),
    ("frac12", '½'),
    ("frac14", '¼'),
    ("frac34", '¾'),
    ("agrave", 'à'),
    ("aacute", 'á'),
    ("acirc", 'â'),
    ("auml", 'ä'),
    ("aelig", 'æ'),
    ("ccedil", 'ç'),
    ("egrave", 'è'),
    ("eacute", 'é'),
    ("ecirc", 'ê'),
    ("euml", 'ë'),
    ("igrave", 'ì'),
    ("iacute", 'í'),
    ("icirc", 'î'),
    ("iuml", 'ï'),
    ("ntilde", 'ñ'),
    ("ograve", 'ò'),
    ("oacute", 'ó'),
    ("ocirc", 'ô'),
    ("ouml", 'ö'),
    ("oelig", 'œ'),
    ("ugrave", 'ù'),
    ("uacute", 'ú'),
    ("ucirc", 'û'),
    ("uuml", 'ü'),
    ("yuml", 'ÿ'),
    ("szlig", 'ß'),
    ("Agrave", 'À'),
    ("Aacute", 'Á'),
    ("Acirc", 'Â'),
    ("Auml", 'Ä'),
    ("AElig", 'Æ'),
    ("Ccedil", 'Ç'),
    ("Egrave", 'È'),
    ("Eacute", 'É'),
    ("Ecirc", 'Ê'),
    ("Euml", 'Ë'),
    ("Icirc", 'Î'),
    ("Iuml", 'Ï'),
    ("Ntilde", 'Ñ'),
    ("Ocirc", 'Ô'),
    ("Ouml", 'Ö'),
    ("OElig", 'Œ'),
    ("Ugrave", 'Ù'),
    ("Ucirc", 'Û'),
    ("Uuml", 'Ü'),
    ("Yuml", 'Ÿ'),
    ("iexcl", '¡'),
    ("iquest", '¿'),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn text(html: &str) -> String {
        HtmlText::new(html).as_str().to_string()
    }

    #[test]
    fn tags_are_skipped_and_references_decoded() {
        assert_eq!(
            text("<p>Le pr&eacute;sident&nbsp;<b>Ali</b> &amp; l&#8217;&#xE9;t&#233;</p>"),
            "Le président\u{a0}Ali & l’été\n\n"
        );
        assert_eq!(
            text("<html><head><title>T</title><style>p{}</style></head><body><p>A</p><p>B<br>C</p></body></html>"),
            "T\n\nA\n\nB\nC\n\n"
        );
        assert_eq!(text("a<script>var s = \"<p>Niger</p>\";</script>b"), "ab");
        assert_eq!(text("a<!-- Niger -->b<!-- never closed"), "ab");
        assert_eq!(text("<a href=\"x>y\" title='Le Niger'>Mali</a>"), "Mali");
    }

    #[test]
    fn markup_that_is_not_markup_stays_text() {
        assert_eq!(
            text("a < b & c &unknown; &#; <3"),
            "a < b & c &unknown; &#; <3"
        );
        assert_eq!(text("<p unclosed Niger"), "<p unclosed Niger");
        assert_eq!(text("&#0; &#x110000; &#65"), "\u{FFFD} \u{FFFD} A");
        assert_eq!(text("a  \n\t b"), "a b");
    }

    #[test]
    fn ranges_map_to_the_source_with_its_references_whole() {
        let html = "<p>Le <i>Pr&eacute;sident</i> C&eacute;lestin&nbsp;Simpor&#233;.</p>";
        let page = HtmlText::new(html);
        let text = page.as_str();
        for word in ["Président", "Célestin\u{a0}Simporé", "Le", "."] {
            let at = text.find(word).unwrap();
            let (s, e) = page.to_html_range(at, at + word.len());
            assert!(html.is_char_boundary(s) && html.is_char_boundary(e));
            let source = &html[s..e];
            assert_eq!(HtmlText::new(source).as_str(), word, "{source}");
        }
        let at = text.find("Simporé").unwrap();
        let (s, e) = page.to_html_range(at, at + "Simporé".len());
        assert_eq!(&html[s..e], "Simpor&#233;");
    }
}
