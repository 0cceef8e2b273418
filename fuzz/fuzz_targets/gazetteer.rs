//! Arbitrary gazetteer text: the first byte picks the kind of file, the second whether to start
//! from the embedded defaults, from nothing, or from a small state table. Building may fail (a
//! bad file is an error), never panic; when it builds, a fixed sample and the gazetteer text
//! itself are extracted and every span checked.

#![no_main]

use communique::{Extractor, GazetteerKind};
use libfuzzer_sys::fuzz_target;

mod check;

/// A state table for the `no_defaults` builds, so that codes in the fuzzed file can resolve.
const STATES: &str = "KE\tKEN\tKenya\nNE\tNER\tNiger\nNG\tNGA\tNigeria\nML\tMLI\tMali\n\
                      FR\tFRA\tFrance\nSA\tSAU\tArabie saoudite\n";

const SAMPLE: &str = "NIAMEY, 3 juin 2024 (ANP) - Le ministre nigérien de la Défense a reçu \
                      hier à Niamey une délégation du Royaume d'Arabie saoudite, de l'Union \
                      africaine et du Kenya, du 3 au 5 mai 2024. La RDC, l'UE et la Cedeao \
                      étaient représentées. Kenya KENYA kényane Mali MALI le Mali.";

fuzz_target!(|data: &[u8]| {
    let [kind, mode, rest @ ..] = data else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let kind = GazetteerKind::ALL[usize::from(*kind) % GazetteerKind::ALL.len()];
    let mut builder = Extractor::builder();
    // The defaults take milliseconds to compile: one input in eight.
    match mode % 8 {
        0 => {}
        1 => {
            builder.no_defaults();
        }
        _ => {
            builder
                .no_defaults()
                .gazetteer_str(GazetteerKind::Countries, "states.tsv", STATES);
        }
    }
    builder.gazetteer_str(kind, "fuzz.tsv", text);
    let Ok(extractor) = builder.build() else {
        return;
    };
    check::assert_valid(SAMPLE, &extractor.extract(SAMPLE));
    check::assert_valid(text, &extractor.extract(text));
});
