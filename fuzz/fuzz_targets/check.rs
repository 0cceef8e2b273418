//! The invariants every extraction keeps, whatever the input (shared by the fuzz targets).

use communique::{Extraction, Span};

/// Panics unless every span of `x` is a non-empty slice of `input` on char boundaries whose
/// text is the mention's text, and the mentions of each type are sorted and do not overlap.
pub fn assert_valid(input: &str, x: &Extraction<'_>) {
    for (ty, span, text) in x.spans() {
        assert!(span.start < span.end, "{ty}: empty span {span:?}");
        assert!(span.end <= input.len(), "{ty}: {span:?} past the end");
        assert!(
            input.is_char_boundary(span.start) && input.is_char_boundary(span.end),
            "{ty}: {span:?} not on char boundaries"
        );
        assert_eq!(
            &input[span.start..span.end],
            text,
            "{ty}: text differs at {span:?}"
        );
    }
    no_overlap("persons", x.persons.iter().map(|m| m.span()));
    no_overlap("titles", x.titles.iter().map(|m| m.span()));
    no_overlap("countries", x.countries.iter().map(|m| m.span()));
    no_overlap("dates", x.dates.iter().map(|m| m.span()));
    no_overlap("organizations", x.organizations.iter().map(|m| m.span()));
    no_overlap("places", x.places.iter().map(|m| m.span()));
}

fn no_overlap(ty: &str, spans: impl Iterator<Item = Span>) {
    let spans: Vec<Span> = spans.collect();
    for pair in spans.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "{ty}: {:?} overlaps or precedes {:?}",
            pair[0],
            pair[1]
        );
    }
}
