//! The library in a few lines: a file's extraction as JSON, then its mentions in document
//! order. (The `communique` command does this and more: `cargo run --release -- extract FILE`.)
//!
//! ```text
//! cargo run --example extract -- examples/data/communique-niamey.txt
//! ```

use communique::Extractor;
use std::io::Write;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = std::env::args().nth(1).ok_or("usage: extract FILE")?;
    let text = std::fs::read_to_string(&path)?;
    let extraction = Extractor::new().extract(&text);
    // Written, not printed: a closed pipe ("| head") is an error returned, not a panic.
    writeln!(
        std::io::stdout().lock(),
        "{}",
        serde_json::to_string_pretty(&extraction)?
    )?;
    for m in extraction.mentions() {
        let span = m.span();
        eprintln!(
            "{:>5}..{:<5} {:<12} {}",
            span.start(),
            span.end(),
            m.kind(),
            m.text()
        );
    }
    Ok(())
}
