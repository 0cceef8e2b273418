//! Spans of the text wrapped in tags that nest, whatever the spans do: a mention inside
//! another (a demonym inside an office) nests, and one that crosses another's end is cut in
//! two, each piece with the same tag.

/// A span of the text and the tag that opens it (closed by `</span>`).
#[derive(Debug)]
pub(super) struct Mark {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) open: String,
}

/// Appends `text`, escaped, with every mark of `marks` around its span; marks that are empty,
/// out of the text or off its char boundaries are left out. At one start, the longest mark is
/// outside; of two with the same span, the first given.
pub(super) fn interleave(text: &str, mut marks: Vec<Mark>, out: &mut String) {
    marks.retain(|m| {
        m.start < m.end
            && m.end <= text.len()
            && text.is_char_boundary(m.start)
            && text.is_char_boundary(m.end)
    });
    marks.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut bounds: Vec<usize> = marks.iter().flat_map(|m| [m.start, m.end]).collect();
    bounds.extend([0, text.len()]);
    bounds.sort_unstable();
    bounds.dedup();
    let mut open: Vec<usize> = Vec::new();
    let mut next = 0;
    for (i, &at) in bounds.iter().enumerate() {
        // Close what ends here; the marks opened inside one of them and still running are
        // closed with it and opened again.
        if let Some(first) = open.iter().position(|&m| marks[m].end <= at) {
            let reopen: Vec<usize> = open[first..]
                .iter()
                .copied()
                .filter(|&m| marks[m].end > at)
                .collect();
            for _ in first..open.len() {
                out.push_str("</span>");
            }
            open.truncate(first);
            for m in reopen {
                out.push_str(&marks[m].open);
                open.push(m);
            }
        }
        while next < marks.len() && marks[next].start == at {
            out.push_str(&marks[next].open);
            open.push(next);
            next += 1;
        }
        if let Some(&end) = bounds.get(i + 1) {
            escape_into(&text[at..end], out);
        }
    }
    for _ in open {
        out.push_str("</span>");
    }
}

/// Appends `s` with `&`, `<`, `>`, `"` and `'` escaped: safe in text and in quoted attributes.
pub(super) fn escape_into(s: &str, out: &mut String) {
    let mut rest = s;
    while let Some(i) = rest.find(['&', '<', '>', '"', '\'']) {
        out.push_str(&rest[..i]);
        out.push_str(match rest.as_bytes()[i] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#39;",
        });
        rest = &rest[i + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: usize, end: usize, name: &str) -> Mark {
        Mark {
            start,
            end,
            open: format!("<span class=\"{name}\">"),
        }
    }

    fn render(text: &str, marks: Vec<Mark>) -> String {
        let mut out = String::new();
        interleave(text, marks, &mut out);
        out
    }

    #[test]
    fn marks_nest_and_crossing_ones_are_cut() {
        let text = "le ministre malien";
        assert_eq!(
            render(text, vec![mark(12, 18, "d"), mark(3, 18, "t")]),
            "le <span class=\"t\">ministre <span class=\"d\">malien</span></span>"
        );
        // "ab cd ef": x over "ab cd", y over "cd ef".
        assert_eq!(
            render("ab cd ef", vec![mark(0, 5, "x"), mark(3, 8, "y")]),
            "<span class=\"x\">ab <span class=\"y\">cd</span></span>\
             <span class=\"y\"> ef</span>"
        );
    }

    /// The number of open tags over each byte of the text an output holds.
    fn depths(out: &str) -> Vec<usize> {
        let mut depths = Vec::new();
        let (mut depth, mut rest) = (0usize, out);
        while let Some(c) = rest.chars().next() {
            if let Some(tail) = rest.strip_prefix("</span>") {
                depth -= 1;
                rest = tail;
            } else if c == '<' {
                depth += 1;
                rest = &rest[rest.find('>').unwrap() + 1..];
            } else if c == '&' {
                depths.push(depth);
                rest = &rest[rest.find(';').unwrap() + 1..];
            } else {
                depths.extend(std::iter::repeat(depth).take(c.len_utf8()));
                rest = &rest[c.len_utf8()..];
            }
        }
        assert_eq!(depth, 0);
        depths
    }

    proptest::proptest! {
        #[test]
        fn any_marks_nest_and_cover_their_spans(
            spans in proptest::collection::vec((0usize..14, 0usize..14), 0..8)
        ) {
            let text = "ab é<d&f 🙂";
            let marks = spans.iter().map(|&(a, b)| mark(a, b, "m")).collect();
            let out = render(text, marks);
            let stripped = out.replace("<span class=\"m\">", "").replace("</span>", "");
            proptest::prop_assert_eq!(stripped, "ab é&lt;d&amp;f 🙂");
            let valid = |&&(a, b): &&(usize, usize)| {
                a < b && b <= text.len() && text.is_char_boundary(a) && text.is_char_boundary(b)
            };
            let expected: Vec<usize> = (0..text.len())
                .map(|i| spans.iter().filter(valid).filter(|&&(a, b)| a <= i && i < b).count())
                .collect();
            proptest::prop_assert_eq!(depths(&out), expected);
        }
    }

    #[test]
    fn text_is_escaped_and_bad_marks_are_left_out() {
        let text = "<script>alert('é & \"x\"')</script>";
        let out = render(
            text,
            vec![mark(0, 8, "s"), mark(15, 16, "bad"), mark(5, 99, "far")],
        );
        assert_eq!(
            out,
            "<span class=\"s\">&lt;script&gt;</span>alert(&#39;é &amp; &quot;x&quot;&#39;)\
             &lt;/script&gt;"
        );
    }
}
