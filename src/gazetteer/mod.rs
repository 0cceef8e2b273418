//! The gazetteer engine that every extractor shares: the folded surfaces of every list, indexed
//! by their first word, and looked up once per word of a document.
//!
//! A scan reports whole-word hits only, every one of them (`le mali` and `mali` both hit in
//! `le mali`), then resolves overlaps within each layer (names, titles; theme cues keep
//! theirs) by keeping the longest hit at the leftmost start. Since a whole-word hit starts
//! where a word of the text starts and its first word is that word, one hash lookup per word
//! of the text finds the candidates, and a comparison of bytes confirms each: no automaton
//! runs over every byte, and no hit inside a word is ever produced to be dropped. The rare
//! pattern that starts with punctuation (no boundary on that side) goes to a small
//! Aho-Corasick automaton instead.

mod build;
mod embedded;
mod entry;
mod index;
mod prefixes;
mod scan;
mod tsv;

pub use embedded::embedded;
pub use entry::{
    CaseRule, Country, CountryId, Entry, EntryKind, GazetteerKind, OrgForm, OrgId, Organization,
    ThemeId,
};
pub use scan::{Hit, Hits};
pub use tsv::decode;

pub(crate) use entry::{FigureName, Kinds};
pub(crate) use scan::is_all_caps;

use crate::hash::{self, WordMap, WordTable};
use crate::text::swar::HIGH_BITS;
use crate::text::{boundary, fold_str};
use crate::Error;
use index::WordIndex;
use std::borrow::Cow;
use std::sync::Arc;

/// One gazetteer text to compile, already decoded.
#[derive(Clone, Debug)]
pub struct Source {
    /// Which kind of file it is.
    pub kind: GazetteerKind,
    /// The name errors cite (a path, or a name given by the caller).
    pub name: String,
    /// Its contents.
    pub text: Cow<'static, str>,
}

/// A compiled gazetteer.
#[derive(Clone, Debug)]
pub struct Gazetteer {
    /// The folded surfaces (pattern id = position), indexed for the scan.
    index: WordIndex,
    patterns: Vec<PatternInfo>,
    entries: Vec<Entry>,
    countries: Vec<Country>,
    organizations: Vec<Organization>,
    themes: Vec<Arc<str>>,
    /// The surfaces of [`CaseRule::Exact`] entries, by pattern.
    exact: WordMap<u32, Vec<Box<str>>>,
    /// The folded given names (their values unused).
    given_names: WordTable<()>,
    /// The names of public figures by their folded last word ([`figure_key`]): an index into
    /// `figure_names`.
    figures: WordTable<u32>,
    /// The names that end with one word, longest first.
    figure_names: Vec<Box<[FigureName]>>,
}

/// The key of a figure's last word: folded, without an article "al-"/"el-" glued to it
/// ("al-Assad", "el-Assad" and "Assad" are one surname).
fn figure_key(folded: &[u8]) -> &[u8] {
    [b"al-", b"el-"]
        .iter()
        .find_map(|a| folded.strip_prefix(&a[..]).filter(|rest| !rest.is_empty()))
        .unwrap_or(folded)
}

/// A [`hash::head`] with its ASCII capitals lower-cased, in one register: the head of an
/// ASCII word in lower case.
fn lowered(head: u64) -> u64 {
    head | (crate::text::swar::in_range(head, b'A', b'Z') & HIGH_BITS) >> 2
}

/// `f` of `word` folded and of its [`hash::head`]: an ASCII word of at most eight bytes
/// lower-cased in one register, other short words folded on the stack, long ones in a new
/// string.
fn with_lower<T>(word: &str, f: impl FnOnce(&[u8], u64) -> T) -> T {
    let bytes = word.as_bytes();
    let head = hash::head(bytes);
    if bytes.len() <= 8 && head & HIGH_BITS == 0 {
        let lower = lowered(head);
        return f(&lower.to_le_bytes()[..bytes.len()], lower);
    }
    let mut buffer = [0u8; 48];
    match crate::text::fold::fold_into(word, &mut buffer) {
        Some(folded) => f(folded, hash::head(folded)),
        None => {
            let folded = fold_str(word);
            f(folded.as_bytes(), hash::head(folded.as_bytes()))
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct PatternInfo {
    /// `entries[first..last]` are this pattern's entries.
    first: u32,
    last: u32,
    /// True when some entry has a [`CaseRule`] other than `Any`.
    any_case_rule: bool,
    /// True when some entry has [`CaseRule::Exact`] (its surfaces are in `exact`).
    exact_rule: bool,
    /// The kinds of its entries by case rule (in the order of [`CaseRule`]): a hit's kinds
    /// are those of `Any` and of the rules its case meets, with no look at the entries.
    kinds: [Kinds; 4],
}

impl Gazetteer {
    /// Compiles sources. The `Countries` sources are read first, since the other lists refer
    /// to their codes.
    pub fn build(sources: &[Source]) -> Result<Gazetteer, Error> {
        build::build(sources)
    }

    #[cfg(feature = "unstable-internals")]
    /// The folded surfaces, by pattern id (for tools and benchmarks that
    /// want the same patterns).
    pub fn patterns(&self) -> impl Iterator<Item = &str> + '_ {
        self.index.surfaces().iter().map(|s| &**s)
    }

    /// True when `word` (any case and accents) is a known given name.
    pub fn is_given_name(&self, word: &str) -> bool {
        with_lower(word, |folded, head| {
            self.given_names.get(folded, head).is_some()
        })
    }

    /// True when `word` is a known given name or a compound of known given names joined by
    /// hyphens, listed or not ("Xavier-Luc", "Marc-Aurèle").
    pub fn is_given_name_or_compound(&self, word: &str) -> bool {
        self.is_given_name(word)
            || (word.as_bytes().contains(&b'-')
                && word
                    .split('-')
                    .all(|part| part.len() > 1 && self.is_given_name(part)))
    }

    /// [`is_given_name_or_compound`](Self::is_given_name_or_compound) of a word whose
    /// [`hash::head`] is known (read from the text by one load): an ASCII word of eight bytes
    /// at most is lowered, and searched for a hyphen, in that register.
    #[inline]
    pub(crate) fn is_given_name_or_compound_by_head(&self, word: &str, head: u64) -> bool {
        let bytes = word.as_bytes();
        if bytes.len() > 8 || head & HIGH_BITS != 0 {
            return self.is_given_name_or_compound(word);
        }
        let lower = lowered(head);
        // (The head's bytes past the word are zeros, no hyphen.)
        let hyphens = crate::text::swar::splat(b'-') ^ head;
        let hyphen =
            (hyphens.wrapping_sub(crate::text::swar::splat(1)) & !hyphens & HIGH_BITS) != 0;
        self.given_names
            .get(&lower.to_le_bytes()[..bytes.len()], lower)
            .is_some()
            || (hyphen
                && word
                    .split('-')
                    .all(|part| part.len() > 1 && self.is_given_name(part)))
    }

    /// The names of public figures whose last word is `word` (any case and accents), longest
    /// first; empty for most words.
    #[inline(always)]
    pub(crate) fn figure_names(&self, word: &str) -> &[FigureName] {
        self.figure_names_by_head(word, hash::head(word.as_bytes()))
    }

    /// [`figure_names`](Self::figure_names) of a word whose [`hash::head`] is known (read from
    /// the text by one load, and shared with the caller's other looks at the word).
    #[inline(always)]
    pub(crate) fn figure_names_by_head(&self, word: &str, head: u64) -> &[FigureName] {
        // Most words: an ASCII word of eight bytes at most (its head is ASCII) whose head in
        // lower case and length the table's filter knows nothing of, without a call ("al-"
        // keys apart).
        let bytes = word.as_bytes();
        if bytes.len() <= 8
            && head & HIGH_BITS == 0
            && bytes.get(2) != Some(&b'-')
            && !self.figures.may_hold(lowered(head), bytes.len())
        {
            return &[];
        }
        self.figure_names_of(word, head)
    }

    /// [`figure_names`](Self::figure_names) of the words its filter leaves, with their head.
    #[inline(never)]
    fn figure_names_of(&self, word: &str, head: u64) -> &[FigureName] {
        if self.figure_names.is_empty() {
            return &[];
        }
        // A longer ASCII word whose first eight bytes in lower case and length the table's
        // filter knows nothing of, without folding it ("al-" keys apart).
        let bytes = word.as_bytes();
        if bytes.len() > 8
            && bytes.is_ascii()
            && bytes.get(2) != Some(&b'-')
            && !self.figures.may_hold(lowered(head), bytes.len())
        {
            return &[];
        }
        let found = with_lower(word, |folded, head| {
            let key = figure_key(folded);
            let head = if key.len() == folded.len() {
                head
            } else {
                hash::head(key)
            };
            self.figures.get(key, head)
        });
        found.map_or(&[], |i| &self.figure_names[i as usize])
    }

    /// The themes' ids, in table order.
    pub fn themes(&self) -> &[Arc<str>] {
        &self.themes
    }

    #[cfg(feature = "unstable-internals")]
    /// Number of distinct patterns.
    pub fn pattern_count(&self) -> usize {
        self.patterns.len()
    }

    /// A state by its table index.
    pub fn country(&self, id: CountryId) -> Option<&Country> {
        self.countries.get(id as usize)
    }

    /// An organisation by its table index.
    pub fn organization(&self, id: OrgId) -> Option<&Organization> {
        self.organizations.get(id as usize)
    }

    /// The length of the longest title that `folded` starts with, if any (for titles that
    /// go on after a word the gazetteer cannot list: "ministre saoudien de la Défense").
    pub fn title_prefix(&self, folded: &str) -> Option<usize> {
        let is_title = |pattern: u32| {
            self.patterns.get(pattern as usize).is_some_and(|p| {
                self.entries[p.first as usize..p.last as usize]
                    .iter()
                    .any(|e| matches!(e.kind, EntryKind::Title(_)))
            })
        };
        let mut longest = None;
        let mut words = boundary::words(folded);
        if let Some((0, first_end)) = words.next() {
            let head = crate::hash::head(&folded.as_bytes()[..first_end]);
            self.index
                .hits_at(folded, (0, first_end), head, &mut words, |end, pattern| {
                    if is_title(pattern) {
                        longest = longest.max(Some(end));
                    }
                });
        }
        self.index.loose_hits(folded, |start, end, pattern| {
            if start == 0 && is_title(pattern) {
                longest = longest.max(Some(end));
            }
        });
        longest
    }

    /// The entries of a hit's pattern that apply to it, given the case of its text.
    pub fn entries(&self, hit: &Hit) -> impl Iterator<Item = &Entry> + '_ {
        let (upper, capitalized, exact) = (hit.upper, hit.capitalized, hit.exact);
        let (first, last) = self
            .patterns
            .get(hit.pattern as usize)
            .map_or((0, 0), |p| (p.first as usize, p.last as usize));
        self.entries[first..last]
            .iter()
            .filter(move |e| match e.case {
                CaseRule::Any => true,
                CaseRule::Capitalized => capitalized,
                CaseRule::Upper => upper,
                CaseRule::Exact => exact,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::build::expand;
    use super::*;
    use crate::text::NormalizedText;

    fn gazetteer(names: &str) -> Gazetteer {
        Gazetteer::build(&[
            Source {
                kind: GazetteerKind::Countries,
                name: "countries.tsv".into(),
                text: "ML\tMLI\tMali\nNE\tNER\tNiger\nNG\tNGA\tNigeria\nCD\tCOD\tRépublique démocratique du Congo\n".into(),
            },
            Source {
                kind: GazetteerKind::CountryNames,
                name: "names.tsv".into(),
                text: names.to_string().into(),
            },
        ])
        .unwrap()
    }

    fn scan<'a>(g: &Gazetteer, text: &'a str) -> Vec<&'a str> {
        let n = NormalizedText::new(text);
        g.scan(&n)
            .names
            .iter()
            .map(|h| {
                assert_eq!(
                    n.to_input_range(h.start, h.end),
                    (h.input_start, h.input_end)
                );
                &text[h.input_start..h.input_end]
            })
            .collect()
    }

    #[test]
    fn given_names_in_any_case_and_length() {
        let g = Gazetteer::build(&[Source {
            kind: GazetteerKind::GivenNames,
            name: "given_names.tsv".into(),
            text: "Adam\nMohammed\nMohammed-Ali\nÉlodie\nJean-Baptiste\n".into(),
        }])
        .unwrap();
        for name in [
            "Adam",
            "ADAM",
            "adam",
            "aDaM",
            "Mohammed",
            "MOHAMMED",
            "Mohammed-Ali",
            "Élodie",
            "ELODIE",
            "élodie",
            "Jean-Baptiste",
            "JEAN-BAPTISTE",
            // A compound of given names, listed or not.
            "Adam-Élodie",
            "ÉLODIE-ADAM",
            "Adam-Élodie-Adam",
        ] {
            assert!(g.is_given_name_or_compound(name), "{name}");
        }
        for other in [
            "Adams",
            "Ada",
            "A@am",
            "Mohamme",
            "Mohammed-",
            "Elodi",
            "",
            "Jean",
            "Adam-Ada",
            "Adam-X",
            "-Adam",
        ] {
            assert!(!g.is_given_name_or_compound(other), "{other}");
        }
    }

    #[test]
    fn a_pattern_starting_inside_a_word_does_not_hide_a_real_match() {
        let g = gazetteer("ML\tle mali\nML\tmali\n");
        assert_eq!(scan(&g, "la ville Mali"), ["Mali"]);
        assert_eq!(scan(&g, "Le Mali"), ["Le Mali"]);
        // Names of states need a capital: "en langue mali" is not the state.
        assert_eq!(scan(&g, "la ville mali"), Vec::<&str>::new());
    }

    #[test]
    fn whole_words_and_longest_match() {
        let g =
            gazetteer("NE\tNiger\nNG\tNigeria\nCD\tRépublique démocratique du Congo\nCD\tRDC\n");
        assert_eq!(scan(&g, "Le Nigeria et le NIGER."), ["Nigeria", "NIGER"]);
        assert_eq!(scan(&g, "les Nigériens"), Vec::<&str>::new());
        assert_eq!(
            scan(&g, "la République Démocratique du Congo (RDC) et la rdc"),
            ["République Démocratique du Congo", "RDC"]
        );
    }

    #[test]
    fn patterns_that_start_with_punctuation_match_anywhere() {
        let g = Gazetteer::build(&[
            Source {
                kind: GazetteerKind::Countries,
                name: "countries.tsv".into(),
                text: "ML\tMLI\tMali\n".into(),
            },
            Source {
                kind: GazetteerKind::Demonyms,
                name: "demonyms.tsv".into(),
                text: "ML\t«malien»\nML\tmalien\n".into(),
            },
        ])
        .unwrap();
        assert_eq!(scan(&g, "x«Malien» et malien"), ["«Malien»", "malien"]);
    }

    #[test]
    fn optional_endings_expand() {
        assert_eq!(
            expand("terroriste(s)").unwrap(),
            ["terroriste", "terroristes"]
        );
        assert_eq!(expand("radica(l|ux)").unwrap(), ["radical", "radicaux"]);
        assert_eq!(
            expand("attaque(s) terroriste(s)").unwrap(),
            [
                "attaque terroriste",
                "attaque terroristes",
                "attaques terroriste",
                "attaques terroristes"
            ]
        );
        assert_eq!(expand("plain").unwrap(), ["plain"]);
        assert!(expand("bad(s").is_err());
    }

    #[test]
    fn a_hyphen_may_be_written_as_a_space() {
        let g = Gazetteer::build(&[
            Source {
                kind: GazetteerKind::Countries,
                name: "countries.tsv".into(),
                text: "CM\tCMR\tCameroun\nGW\tGNB\tGuinée-Bissau\n".into(),
            },
            Source {
                kind: GazetteerKind::CountryNames,
                name: "names.tsv".into(),
                text: "GW\tGuinée-Bissau\n".into(),
            },
            Source {
                kind: GazetteerKind::Places,
                name: "places.tsv".into(),
                text: "CM\tregion\tExtrême-Nord\n".into(),
            },
        ])
        .unwrap();
        assert_eq!(
            scan(
                &g,
                "En Guinée Bissau comme dans l'Extrême Nord et l'extrême-nord."
            ),
            ["Guinée Bissau", "Extrême Nord", "extrême-nord"]
        );

        let g = Gazetteer::build(&[Source {
            kind: GazetteerKind::Titles,
            name: "titles.tsv".into(),
            text: "office\tchef d'état-major\nrank\tlieutenant-colonel\nrank\tlieutenant colonel\n"
                .into(),
        }])
        .unwrap();
        let text = "Le chef d’Etat Major et le chef d'état-major ; le Lieutenant Colonel.";
        let n = NormalizedText::new(text);
        let titles: Vec<&str> = g
            .scan(&n)
            .titles
            .iter()
            .map(|h| &text[h.input_start..h.input_end])
            .collect();
        assert_eq!(
            titles,
            [
                "chef d’Etat Major",
                "chef d'état-major",
                "Lieutenant Colonel"
            ]
        );
    }

    #[test]
    fn errors_name_the_cause() {
        let err = |countries: &str, names: &str| {
            Gazetteer::build(&[
                Source {
                    kind: GazetteerKind::Countries,
                    name: "c.tsv".into(),
                    text: countries.to_string().into(),
                },
                Source {
                    kind: GazetteerKind::CountryNames,
                    name: "n.tsv".into(),
                    text: names.to_string().into(),
                },
            ])
            .unwrap_err()
            .to_string()
        };
        assert_eq!(
            err("KE\tKEN\tKenya\n", "XQ\tNowhere\n"),
            "n.tsv:1: unknown country code \"XQ\""
        );
        assert_eq!(
            err("Ke\tKEN\tKenya\n", ""),
            "c.tsv:1: invalid country code \"Ke\""
        );
        assert_eq!(
            err("KE\tKEN\tKenya\n", "KE\tKenya\nKE\tKÉNYA\n"),
            "n.tsv:2: duplicate pattern \"KÉNYA\" (same as line 1 once case and accents are folded)"
        );
        assert_eq!(
            err("KE\tKEN\tKenya\n", "KE\t’’\n"),
            "n.tsv:1: empty pattern: \"’’\" has no letter or digit"
        );
    }

    /// A hit's kinds are those of the entries that apply to its case, whether they come from
    /// the pattern (no entry with a case rule) or from the entries (some).
    #[test]
    fn hits_carry_the_kinds_of_their_entries() {
        let gazetteer = crate::Extractor::new().gazetteer().clone();
        let text =
            "Le Président de la République, le général Adam Barre, le ministre des Affaires \
                    étrangères et l'ONU (Organisation des Nations unies) ont condamné le \
                    terrorisme au Mali, au NIGER et en Côte d’Ivoire ; S.E. M. l'ambassadeur, \
                    l'Union africaine, UA, la CEDEAO, Niamey, RDC, rdc, Le Caire.";
        let text = NormalizedText::new(text);
        let hits = gazetteer.scan(&text);
        let all: Vec<&Hit> = hits
            .names
            .iter()
            .chain(&hits.titles)
            .chain(&hits.cues)
            .collect();
        assert!(all.len() > 15, "{}", all.len());
        let mut with_case_rules = 0;
        for hit in all {
            let expected = gazetteer
                .entries(hit)
                .fold(Kinds::default(), |kinds, e| kinds.with(e.kind.kind()));
            assert_eq!(hit.kinds, expected, "{hit:?}");
            with_case_rules += usize::from(gazetteer.patterns[hit.pattern as usize].any_case_rule);
        }
        assert!(with_case_rules > 0);
    }
}
