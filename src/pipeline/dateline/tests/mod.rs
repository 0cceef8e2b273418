//! The dateline's tests, by concern: the opener against the regex it implements
//! (`openers`), the date line's regexes (`date_line_regexes`), date lines, stamps and bylines
//! (`date_lines`), the places that open a body (`places`), and short lines above the body
//! that date the page (`short_lines`), and the same dateline however its head's blanks and
//! accents are written (`writings`).

use super::lines::{
    is_temperature, lines_with_feeds, opens_a_button, share_buttons, words_up_to_body,
    SHARE_BUTTONS,
};
use super::opener::{before_glued_body, is_capitalised_place, opener};
use super::*;
use crate::text::wrap::wrapped;
use once_cell::sync::Lazy;

mod date_line_regexes;
mod date_lines;
mod openers;
mod places;
mod short_lines;
mod writings;

/// The dateline as (place, date value) for `text`.
fn dateline(text: &str) -> Option<(Option<String>, Option<String>)> {
    static EXTRACTOR: Lazy<crate::Extractor> = Lazy::new(crate::Extractor::new);
    EXTRACTOR.extract(text).dateline.map(|d| {
        (
            d.place.map(|p| p.text.to_string()),
            d.date.and_then(|m| m.value).map(|v| v.to_string()),
        )
    })
}

fn is(place: Option<&str>, date: Option<&str>) -> Option<(Option<String>, Option<String>)> {
    Some((place.map(str::to_string), date.map(str::to_string)))
}

const BODY: &str = "Le ministre de la Défense a reçu hier une délégation de la commission \
    chargée de la coopération militaire, avec laquelle il a passé en revue les dossiers \
    en cours.";
