//! Arbitrary bytes: when they are UTF-8, extract them without and with a reference date (taken
//! from the first four bytes), and check every span.

#![no_main]

use communique::{Context, Date, Extractor};
use libfuzzer_sys::fuzz_target;

mod check;

/// A date from the first four bytes, biased towards the edges of the calendar (years 1 and
/// 9999, where "hier" or "demain" leaves it), or `None`.
fn reference_date(data: &[u8]) -> Option<Date> {
    let &[a, b, c, d, ..] = data else {
        return None;
    };
    let year = match a % 4 {
        0 => 1 + i32::from(b % 3),
        1 => 9999 - i32::from(b % 3),
        _ => 1 + i32::from(u16::from_le_bytes([a, b])) % 9999,
    };
    Date::new(year, 1 + c % 12, 1 + d % 31)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let extractor = Extractor::new();
    let x = extractor.extract(text);
    check::assert_valid(text, &x);
    if let Some(date) = reference_date(data) {
        let x = extractor.extract_with(text, &Context::new(Some(date)));
        check::assert_valid(text, &x);
    }
});
