//! What the earlier stages found, as the later ones look it up: whether a span lies inside an
//! organisation's name, overlaps a mention, and whom an office serves.

use crate::lexicon::OF_CONNECTORS;
use crate::model::{
    Affiliation, CountryMention, DateMention, OrganizationMention, PlaceMention, TitleMention,
};
use crate::text::blank::{phrase_len, single_spaced_value, soft_gap};
use crate::text::boundary::ceil_char_boundary;
use crate::types::TitleKind;

/// What the earlier stages found, for the later ones to look up.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mentions<'a, 'h> {
    pub organizations: &'a [OrganizationMention<'h>],
    pub countries: &'a [CountryMention<'h>],
    pub places: &'a [PlaceMention<'h>],
    pub titles: &'a [TitleMention<'h>],
    pub dates: &'a [DateMention<'h>],
    /// The bodies a line in capitals leaves undecided (`organizations::undecided_holds`).
    pub undecided: &'a [(usize, usize)],
    /// The states whose name is a given name too ("Maurice", "Dominique"), for the persons.
    pub name_like_states: &'a [(usize, usize)],
    /// The bytes of the input that the lists above cover, one bit each, from
    /// [`overlap_bits_into`](Self::overlap_bits_into): [`overlaps_any`](Self::overlaps_any) reads them
    /// instead of searching list by list; empty when not computed.
    pub overlaps: &'a [u64],
}

/// The words before where an office's holder serves ("au Niger", "auprès de l'UA").
const POSTING_CONNECTORS: [&str; 8] = [
    "au",
    "aux",
    "en",
    "à",
    "auprès de la",
    "auprès de l'",
    "auprès de l’",
    "auprès du",
];

/// The length of the connector at the start of `text`, with the blanks around it.
pub(super) fn connector_len(text: &str) -> Option<usize> {
    let lead = soft_gap(text);
    // Every connector starts with "d", and its second byte (no space) must be the text's:
    // the others are not tried.
    if text.as_bytes().get(lead) != Some(&b'd') {
        return None;
    }
    let second = text.as_bytes().get(lead + 1);
    let after = lead
        + OF_CONNECTORS
            .iter()
            .filter(|c| c.as_bytes().get(1) == second)
            .find_map(|c| phrase_len(&text[lead..], c))?;
    Some(after + soft_gap(&text[after..]))
}

/// The length of a parenthesis of 1 to 20 characters on one line at the start of `text`,
/// after blanks: an acronym after a name.
pub(super) fn parenthesis_len(text: &str) -> Option<usize> {
    let lead = soft_gap(text);
    let inner = text[lead..].strip_prefix('(')?;
    let close = inner.find([')', '(', '\n'])?;
    let chars = inner[..close].chars().count();
    ((1..=20).contains(&chars) && inner[close..].starts_with(')')).then(|| lead + 1 + close + 1)
}

/// The index of the span of a sorted list that overlaps `start..end`, if any.
fn overlapping<T>(
    list: &[T],
    span: impl Fn(&T) -> (usize, usize),
    start: usize,
    end: usize,
) -> Option<usize> {
    let i = list.partition_point(|m| span(m).1 <= start);
    (i < list.len() && span(&list[i]).0 < end).then_some(i)
}

/// True when a span of a sorted list without overlaps overlaps `start..end` and runs past it.
fn runs_past<T>(list: &[T], span: impl Fn(&T) -> (usize, usize), start: usize, end: usize) -> bool {
    let first = list.partition_point(|m| span(m).1 <= start);
    let last = list.partition_point(|m| span(m).0 < end);
    first < last && (span(&list[first]).0 < start || span(&list[last - 1]).1 > end)
}

/// Calls `each(index, mask)` for the words of a bit set of `words` words that hold the bits
/// of `start..end` (those past the set left out), while it returns false; true when it did
/// not.
#[inline]
fn for_bits(
    words: usize,
    start: usize,
    end: usize,
    mut each: impl FnMut(usize, u64) -> bool,
) -> bool {
    let last = end.min(64 * words);
    let mut at = start;
    while at < last {
        let index = at / 64;
        let to = (last - 64 * index).min(64);
        if each(index, (u64::MAX >> (64 - to)) & (u64::MAX << (at % 64))) {
            return true;
        }
        at = 64 * index + to;
    }
    false
}

impl<'a, 'h> Mentions<'a, 'h> {
    /// True when `start..end` lies inside an organisation's name (and is not all of it).
    pub fn inside_organization(&self, start: usize, end: usize) -> bool {
        overlapping(self.organizations, |o| (o.start, o.end), start, end).is_some_and(|i| {
            let o = &self.organizations[i];
            o.start <= start && end <= o.end && (o.start, o.end) != (start, end)
        })
    }

    /// The first organisation that overlaps `start..end`, if any.
    pub fn organization_overlapping(
        &self,
        start: usize,
        end: usize,
    ) -> Option<&'a OrganizationMention<'h>> {
        overlapping(self.organizations, |o| (o.start, o.end), start, end)
            .map(|i| &self.organizations[i])
    }

    /// The first state named (not by demonym) that overlaps `start..end`, if any.
    pub fn state_overlapping(&self, start: usize, end: usize) -> Option<&'a CountryMention<'h>> {
        let i = self.countries.partition_point(|c| c.end <= start);
        self.countries[i..]
            .iter()
            .take_while(|c| c.start < end)
            .find(|c| !c.demonym)
    }

    /// True when a state's name (not a demonym) starts at `at`.
    pub fn state_at(&self, at: usize) -> bool {
        self.countries
            .binary_search_by_key(&at, |c| c.start)
            .is_ok_and(|i| !self.countries[i].demonym)
    }

    /// True when a state's name or a demonym starts at `at`.
    pub fn country_at(&self, at: usize) -> bool {
        self.countries
            .binary_search_by_key(&at, |c| c.start)
            .is_ok()
    }

    /// True when a place's name starts at `at`.
    pub fn place_at(&self, at: usize) -> bool {
        self.places.binary_search_by_key(&at, |p| p.start).is_ok()
    }

    /// The place whose name starts at `at`, if any.
    pub fn place_starting_at(&self, at: usize) -> Option<&'a PlaceMention<'h>> {
        self.places
            .binary_search_by_key(&at, |p| p.start)
            .ok()
            .map(|i| &self.places[i])
    }

    /// The end of the demonym that starts at `at`, if one does.
    pub fn demonym_ending(&self, at: usize) -> Option<usize> {
        self.countries
            .binary_search_by_key(&at, |c| c.start)
            .ok()
            .map(|i| &self.countries[i])
            .filter(|c| c.demonym)
            .map(|c| c.end)
    }

    /// True when a date starts at `at`.
    pub fn date_at(&self, at: usize) -> bool {
        self.dates.binary_search_by_key(&at, |d| d.start).is_ok()
    }

    /// True when an organisation's name starts at `at`.
    pub fn organization_at(&self, at: usize) -> bool {
        self.organizations
            .binary_search_by_key(&at, |o| o.start)
            .is_ok()
    }

    /// True when a body that a line in capitals leaves undecided starts at `at`.
    pub fn undecided_at(&self, at: usize) -> bool {
        self.undecided.iter().any(|&(s, _)| s == at)
    }

    /// True when the word `start..end` is exactly a place's name, an honorific written
    /// without a dot, or a state named like a person ("Djibo", "Cheikh", "Maurice"), and no
    /// other mention: inside a name, such a word is the name's ("Hamadou Djibo Barte",
    /// "Mohamed Cheikh Ould …", "Bawe Maurice Nfoa").
    pub fn may_be_inside_a_name(&self, start: usize, end: usize) -> bool {
        let state = self.name_like_states.contains(&(start, end));
        // The lists are sorted by start without overlap: one binary search each.
        let place = || self.place_starting_at(start).is_some_and(|p| p.end == end);
        let honorific = || {
            self.titles
                .binary_search_by_key(&start, |t| t.start)
                .ok()
                .map(|i| &self.titles[i])
                .is_some_and(|t| {
                    t.end == end && t.kind == TitleKind::Honorific && !t.text.ends_with('.')
                })
        };
        (state || place() || honorific())
            && overlapping(self.organizations, |m| (m.start, m.end), start, end).is_none()
            && (state || overlapping(self.countries, |m| (m.start, m.end), start, end).is_none())
            && overlapping(self.dates, |m| (m.start, m.end), start, end).is_none()
    }

    /// True when `start..end` overlaps any mention found so far.
    pub fn overlaps_any(&self, start: usize, end: usize) -> bool {
        if !self.overlaps.is_empty() && start < end {
            // (The spans are never empty: a span overlaps `start..end` when it covers one of
            // its bytes.)
            let bits = self.overlaps;
            return for_bits(bits.len(), start, end, |index, mask| {
                bits[index] & mask != 0
            });
        }
        overlapping(self.organizations, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.countries, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.places, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.titles, |m| (m.start, m.end), start, end).is_some()
            || overlapping(self.dates, |m| (m.start, m.end), start, end).is_some()
    }

    /// True when a name at `start..end` may go over the mentions there: no organisation, title
    /// or date overlaps it, and no state or place runs past it (one inside it is a word of the
    /// name: "Paulo Gabon"; one that holds it names a place after a person: "mémorial Modibo
    /// Keïta").
    pub fn may_hold_name(&self, start: usize, end: usize) -> bool {
        overlapping(self.organizations, |m| (m.start, m.end), start, end).is_none()
            && overlapping(self.titles, |m| (m.start, m.end), start, end).is_none()
            && overlapping(self.dates, |m| (m.start, m.end), start, end).is_none()
            && !runs_past(self.countries, |m| (m.start, m.end), start, end)
            && !runs_past(self.places, |m| (m.start, m.end), start, end)
    }

    /// [`overlap_bits_into`](Self::overlap_bits_into) a new vector.
    #[cfg(test)]
    pub fn overlap_bits(&self, len: usize) -> Vec<u64> {
        let mut bits = Vec::new();
        self.overlap_bits_into(len, &mut bits);
        bits
    }

    /// The bytes of an input of `len` bytes that the organisations, states, places, titles
    /// and dates cover, one bit each, in `bits` (what it held replaced): what
    /// [`overlaps_any`](Self::overlaps_any) reads when [`overlaps`](Self::overlaps) holds it.
    pub fn overlap_bits_into(&self, len: usize, bits: &mut Vec<u64>) {
        bits.clear();
        bits.resize(len / 64 + 1, 0);
        let words = bits.len();
        let mut mark = |start: usize, end: usize| {
            for_bits(words, start, end, |index, mask| {
                bits[index] |= mask;
                false
            });
        };
        self.organizations.iter().for_each(|m| mark(m.start, m.end));
        self.countries.iter().for_each(|m| mark(m.start, m.end));
        self.places.iter().for_each(|m| mark(m.start, m.end));
        self.titles.iter().for_each(|m| mark(m.start, m.end));
        self.dates.iter().for_each(|m| mark(m.start, m.end));
    }

    /// Where the posting after an office ending at `end` ends: "au Niger", "en Libye",
    /// "auprès de l'Union africaine", a state, a place or an organisation where the holder
    /// serves ("l'ambassadeur de Chine au Niger").
    pub fn posting_span_after(&self, input: &str, end: usize) -> Option<usize> {
        let rest = input.get(end..ceil_char_boundary(input, end + 32))?;
        let lead = soft_gap(rest);
        POSTING_CONNECTORS.iter().find_map(|c| {
            let after = lead + phrase_len(&rest[lead..], c)?;
            let gap = soft_gap(&rest[after..]);
            if gap == 0 && !c.ends_with(['\'', '’']) {
                return None;
            }
            self.serving_at(end + after + gap)
        })
    }

    /// Where the place an office serves ends, when "de", "du" or "d'" and the place follow
    /// `end`, or a division of a territory and its place ("le gouverneur de Maradi", "le
    /// gouverneur de la région de l'Extrême-Nord").
    pub fn locality_span_after(&self, input: &str, end: usize) -> Option<usize> {
        let rest = input.get(end..ceil_char_boundary(input, end + 32))?;
        let at = end + connector_len(rest)?;
        if let Some(place) = self.place_starting_at(at) {
            return Some(place.end);
        }
        // ("la région de …": the division's noun, a connector, the place.)
        let len = input[at..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(input.len() - at);
        // (In lower case, as French writes it inside a sentence.)
        if len == 0 || !crate::lexicon::LOCALITY_HEADS.contains(&&input[at..at + len]) {
            return None;
        }
        let rest = input.get(at + len..ceil_char_boundary(input, at + len + 32))?;
        let at = at + len + connector_len(rest)?;
        self.place_starting_at(at).map(|place| place.end)
    }

    /// The end of the state, place or organisation that starts at `at`, if one does.
    fn serving_at(&self, at: usize) -> Option<usize> {
        if let Ok(i) = self.countries.binary_search_by_key(&at, |c| c.start) {
            return (!self.countries[i].demonym).then_some(self.countries[i].end);
        }
        if let Some(place) = self.place_starting_at(at) {
            return Some(place.end);
        }
        self.organizations
            .binary_search_by_key(&at, |o| o.start)
            .ok()
            .map(|i| self.organizations[i].end)
    }

    /// Whom an office ending at `end` serves, in `input` (a body's name single-spaced).
    pub fn affiliation_after(&self, input: &str, end: usize) -> Option<Affiliation<'h>> {
        self.affiliation_in(input, end).map(|(a, _)| match a {
            Affiliation::Organization(name) => {
                Affiliation::Organization(single_spaced_value(&name))
            }
            a => a,
        })
    }

    /// Where the affiliation after an office ending at `end` ends, if it has one.
    pub fn affiliation_span_after(&self, input: &str, end: usize) -> Option<usize> {
        self.affiliation_in(input, end).map(|(_, e)| e)
    }

    /// The state or organisation after "de la", "du"… at `end`, and where it ends (with an
    /// acronym in parentheses after it).
    fn affiliation_in(&self, input: &str, end: usize) -> Option<(Affiliation<'h>, usize)> {
        let rest = input.get(end..ceil_char_boundary(input, end + 32))?;
        let at = end + connector_len(rest)?;
        let country = self
            .countries
            .binary_search_by_key(&at, |c| c.start)
            .ok()
            .map(|i| &self.countries[i])
            .filter(|c| !c.demonym);
        let organization = self
            .organizations
            .binary_search_by_key(&at, |o| o.start)
            .ok()
            .map(|i| &self.organizations[i]);
        let (affiliation, after) = if let Some(c) = country {
            (Affiliation::Country(c.code), c.end)
        } else if let Some(o) = organization {
            (Affiliation::Organization(o.text.clone()), o.end)
        } else {
            return None;
        };
        let window = &input[after..ceil_char_boundary(input, after + 64)];
        let after = after + parenthesis_len(window).unwrap_or(0);
        Some((affiliation, after))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_place_is_inside_a_name_only_when_it_is_the_word_exactly() {
        let input = "Hamadou Djibo Barte et Ali Dosso Kane";
        let span = |w: &str| (input.find(w).unwrap(), input.find(w).unwrap() + w.len());
        let places: Vec<PlaceMention<'_>> = ["Djibo", "Dosso"]
            .iter()
            .map(|w| {
                let (start, end) = span(w);
                PlaceMention {
                    text: std::borrow::Cow::Borrowed(&input[start..end]),
                    start,
                    end,
                    kind: None,
                    code: None,
                }
            })
            .collect();
        let mentions = Mentions {
            organizations: &[],
            countries: &[],
            places: &places,
            titles: &[],
            dates: &[],
            undecided: &[],
            name_like_states: &[],
            overlaps: &[],
        };
        let (start, end) = span("Djibo");
        assert!(mentions.may_be_inside_a_name(start, end));
        assert!(!mentions.may_be_inside_a_name(start, end - 1));
        assert!(!mentions.may_be_inside_a_name(start + 1, end));
        let (start, end) = span("Dosso");
        assert!(mentions.may_be_inside_a_name(start, end));
        let (start, end) = span("Kane");
        assert!(!mentions.may_be_inside_a_name(start, end));
    }

    /// The bit set answers as the lists do, for every span of a text with mentions of every
    /// kind, one of them past the first 64 bytes and one across a word of the set.
    #[test]
    fn the_covered_bytes_overlap_as_the_lists() {
        let input = "NIAMEY, 3 juin 2024 (ANP) - Le ministre de la Défense du Niger, le général \
                     Salifou Mody, a reçu hier à Niamey le représentant de l'Union africaine \
                     pour le Sahel et l'ambassadeur de France.";
        let found = crate::Extractor::new().extract(input);
        assert!(!found.organizations.is_empty() && !found.countries.is_empty());
        assert!(!found.places.is_empty() && !found.titles.is_empty() && !found.dates.is_empty());
        let lists = Mentions {
            organizations: &found.organizations,
            countries: &found.countries,
            places: &found.places,
            titles: &found.titles,
            dates: &found.dates,
            undecided: &[],
            name_like_states: &[],
            overlaps: &[],
        };
        let bits = lists.overlap_bits(input.len());
        let with_bits = Mentions {
            overlaps: &bits,
            ..lists
        };
        for start in 0..=input.len() {
            for end in start + 1..=input.len() {
                assert_eq!(
                    with_bits.overlaps_any(start, end),
                    lists.overlaps_any(start, end),
                    "{start}..{end}"
                );
            }
        }
    }

    #[test]
    fn connectors_and_parentheses() {
        assert_eq!(connector_len(" de la Défense"), Some(7));
        assert_eq!(connector_len("\u{a0}d’Ivoire"), Some(6));
        assert_eq!(connector_len(" du  Tchad"), Some(5));
        assert_eq!(connector_len(" de  la\nDéfense"), Some(8));
        assert_eq!(connector_len("\tdu\tTchad"), Some(4));
        assert_eq!(connector_len(" de\n\nla Défense"), Some(3));
        assert_eq!(connector_len(" des Nations"), Some(5));
        assert_eq!(connector_len(" et du Tchad"), None);
        assert_eq!(parenthesis_len(" (CIMCT) a"), Some(8));
        assert_eq!(parenthesis_len("(x)"), Some(3));
        assert_eq!(parenthesis_len(" ()"), None);
        assert_eq!(parenthesis_len(" (a (b))"), None);
        assert_eq!(parenthesis_len(" (twenty-one chars long)"), None);
        assert_eq!(parenthesis_len(" (ÉÉÉÉÉÉÉÉÉÉÉÉÉÉÉ)"), Some(33));
        assert_eq!(parenthesis_len(" (a\nb)"), None);
    }

    /// [`connector_len`] trying every connector in turn.
    fn connector_len_by_trying_all(text: &str) -> Option<usize> {
        let lead = soft_gap(text);
        let after = lead
            + OF_CONNECTORS
                .iter()
                .find_map(|c| phrase_len(&text[lead..], c))?;
        Some(after + soft_gap(&text[after..]))
    }

    #[test]
    fn connectors_after_an_office() {
        assert_eq!(connector_len(" du Niger"), Some(4));
        assert_eq!(connector_len(" de la\u{a0}Défense"), Some(8));
        assert_eq!(connector_len(" d’Abidjan"), Some(5));
        assert_eq!(connector_len(" dans"), None);
        assert_eq!(connector_len(" d"), None);
    }

    proptest::proptest! {
        /// Only the connectors whose second byte is the text's are tried: the same lengths.
        #[test]
        fn connectors_as_by_trying_all(text in "[ dDeslau'’\u{a0}\n]{0,9}") {
            proptest::prop_assert_eq!(connector_len(&text), connector_len_by_trying_all(&text));
        }
    }
}
