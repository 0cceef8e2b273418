//! `text` as a mail or wire system wraps it, for the tests: compiled into the crate's unit
//! tests (`text::wrap`) and the integration tests (`tests/transform.rs`), never into the
//! library.

/// `text` wrapped as a mail or wire system wraps it: each of its lines broken greedily at the
/// space before the word that would pass `width` characters (a word wider than the width
/// alone on its line).
pub fn wrapped(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut column = 0;
        for (j, word) in line.split(' ').enumerate() {
            let len = word.chars().count();
            if j > 0 {
                if column + 1 + len > width && column > 0 {
                    out.push('\n');
                    column = 0;
                } else {
                    out.push(' ');
                    column += 1;
                }
            }
            out.push_str(word);
            column += len;
        }
    }
    out
}
