//! Counter-terrorism themes: which the document speaks of, how strongly, and the spans that
//! show it.
//!
//! Every cue hit of the scan (`gazetteers/themes.tsv`) is evidence for its theme (within one
//! theme, overlapping cues resolve to the longest: "extrémisme violent", not also
//! "extrémisme"; across themes they do not: "pensée extrémiste" shows both ideology and
//! extremism), except a cue
//! inside an organisation's name ("Terrorisme" in "Coalition Islamique Militaire Contre le
//! Terrorisme"); a cue that is the whole name ("Daech") counts. In the formula that lists a
//! coalition's domains by adjectives ("dans les domaines intellectuel, médiatique, … et
//! militaire"), each adjective is a clear cue of its own: a cue at most [`DOMAIN_WINDOW`]
//! bytes after "domaine(s)" in the same sentence weighs 1.
//!
//! ## Score
//! For a theme with distinct cues `i` (by folded surface), each of weight `w_i` seen `n_i`
//! times, the evidence is `E = Σ w_i + REPEAT · Σ w_i · ln(n_i)` and the score is
//! `1 − exp(−E / SCALE)`, in [0, 1) (clamped to the largest `f32` below 1, which long
//! documents would otherwise reach by rounding). Distinct cues count fully, repetitions with diminishing
//! returns, and the length of the document does not enter: two documents that say the same
//! things score the same. A theme is reported when its score reaches [`THRESHOLD`] (or the threshold set on the
//! builder): one clear
//! cue (weight 1, score 0.49) is enough, one weak cue (weight 0.5, score 0.28) is not.

use crate::gazetteer::{EntryKind, Gazetteer, Hits};
use crate::model::{OrganizationMention, TextSpan, ThemeScore};
use crate::text::boundary::ceil_char_boundary;
use crate::text::NormalizedText;
use crate::Span;

/// The least score of a reported theme, unless the builder sets another.
pub const THRESHOLD: f32 = 0.35;
/// How much a repeated cue adds, per natural log of its count.
pub const REPEAT: f32 = 0.25;
/// The evidence at which the score reaches 1 − 1/e.
pub const SCALE: f32 = 1.5;
/// How far after "domaine(s)" a cue counts as one of the listed domains.
pub const DOMAIN_WINDOW: usize = 160;

struct Tally<'f, 'h> {
    /// (folded surface, weight, count) per distinct cue.
    cues: Vec<(&'f str, f32, u32)>,
    /// The spans of the cues, as the theme reports them.
    evidence: Vec<TextSpan<'h>>,
}

/// The themes of a document, by decreasing score.
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    hits: &Hits,
    organizations: &[OrganizationMention<'_>],
    undecided: &[(usize, usize)],
    threshold: f64,
) -> Vec<ThemeScore<'h>> {
    let folded = text.as_str();
    let input = text.input();
    let mut tallies: Vec<Option<Tally>> = Vec::new();
    tallies.resize_with(gazetteer.themes().len(), || None);
    // Per theme, where its last accepted cue ends.
    let mut theme_end = vec![0usize; gazetteer.themes().len()];
    for hit in &hits.cues {
        let (start, end) = (hit.input_start, hit.input_end);
        if start >= end {
            continue;
        }
        let i = organizations.partition_point(|o| o.end <= start);
        let inside_a_name = organizations
            .get(i)
            .is_some_and(|o| o.start <= start && end <= o.end && (o.start, o.end) != (start, end));
        // Nor inside a body that a line in capitals leaves undecided: it may be a name.
        let inside_undecided = || {
            undecided
                .iter()
                .any(|&(s, e)| s <= start && end <= e && (s, e) != (start, end))
        };
        if inside_a_name || inside_undecided() {
            continue;
        }
        // Computed only for a cue that a listed domain would strengthen.
        let mut listed_domain = None;
        for entry in gazetteer.entries(hit) {
            let EntryKind::ThemeCue { theme, weight } = entry.kind else {
                continue;
            };
            let Some(slot) = tallies.get_mut(theme as usize) else {
                continue;
            };
            if hit.start < theme_end[theme as usize] {
                continue;
            }
            theme_end[theme as usize] = hit.end;
            let tally = slot.get_or_insert_with(|| Tally {
                cues: Vec::with_capacity(8),
                evidence: Vec::with_capacity(8),
            });
            let weight = if weight < 1.0
                && *listed_domain.get_or_insert_with(|| in_domain_list(folded, hit.start))
            {
                1.0
            } else {
                weight
            };
            let surface = &folded[hit.start..hit.end];
            match tally.cues.iter_mut().find(|(s, _, _)| *s == surface) {
                Some(cue) => {
                    cue.1 = cue.1.max(weight);
                    cue.2 += 1;
                }
                None => tally.cues.push((surface, weight, 1)),
            }
            if tally.evidence.last().map(|e| (e.start, e.end)) != Some((start, end)) {
                tally
                    .evidence
                    .push(TextSpan::new(input, Span::new(start, end)));
            }
        }
    }

    let mut themes: Vec<ThemeScore<'h>> = tallies
        .into_iter()
        .enumerate()
        .filter_map(|(id, tally)| {
            let tally = tally?;
            let score = score(&tally.cues);
            (f64::from(score) >= threshold).then(|| ThemeScore {
                theme: gazetteer.themes()[id].clone(),
                score,
                evidence: tally.evidence,
            })
        })
        .collect();
    themes.sort_by(|a, b| b.score.total_cmp(&a.score));
    themes
}

fn score(cues: &[(&str, f32, u32)]) -> f32 {
    let evidence: f32 = cues
        .iter()
        .map(|&(_, w, n)| w + REPEAT * w * (n as f32).ln())
        .sum();
    // exp(−E / SCALE) rounds to 0 in f32 once E passes about 25: the score is clamped to
    // the largest f32 below 1, so that it stays in [0, 1) by construction.
    (1.0 - (-evidence / SCALE).exp()).min(BELOW_ONE)
}

/// The largest `f32` below 1.
const BELOW_ONE: f32 = 1.0 - f32::EPSILON / 2.0;

/// True when `at` follows "domaine(s)" closely in the same sentence.
fn in_domain_list(folded: &str, at: usize) -> bool {
    let from = ceil_char_boundary(folded, at.saturating_sub(DOMAIN_WINDOW));
    let window = &folded[from..at];
    // Most windows hold no "domaine" at all, and their sentence none either: no need to look
    // for where it starts, character by character.
    if !window.contains("domaine") {
        return false;
    }
    let sentence = window
        .rfind(['.', '\n', ';', '!', '?'])
        .map_or(window, |i| &window[i + 1..]);
    sentence.contains("domaine")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let one = |w| score(&[("x", w, 1)]);
        assert!(one(1.0) >= THRESHOLD);
        assert!(one(0.5) < THRESHOLD);
        assert!(score(&[("x", 0.5, 1), ("y", 0.5, 1)]) >= THRESHOLD);
        assert!(score(&[("x", 1.0, 10)]) < score(&[("x", 1.0, 5), ("y", 1.0, 5)]));
        assert!(score(&[("x", 1.0, 1000)]) < 1.0);
        // Evidence far past what f32 tells from 1: still below 1.
        let many: Vec<(&str, f32, u32)> = (0..200).map(|_| ("x", 1.0, u32::MAX)).collect();
        assert!(score(&many) < 1.0 && score(&many) > 0.99);
    }

    #[test]
    fn domain_lists() {
        let text = "dans les domaines intellectuel, mediatique et militaire. le militaire";
        assert!(in_domain_list(text, text.find("militaire").unwrap()));
        assert!(!in_domain_list(text, text.rfind("militaire").unwrap()));
    }
}
