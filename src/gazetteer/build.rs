//! Compiling gazetteer files: each kind's records read by a function of its own, then every
//! folded surface grouped into one pattern and indexed by its first word.

use super::entry::Kinds;
use super::index::WordIndex;
use super::tsv::{records, Record};
use super::{
    is_all_caps, CaseRule, Country, CountryId, Entry, EntryKind, FigureName, Gazetteer,
    GazetteerKind, OrgForm, OrgId, Organization, PatternInfo, Source, ThemeId,
};
use crate::hash::{WordMap, WordSet, WordTable};
use crate::text::{boundary, fold_str};
use crate::types::{Alpha3, CountryCode, PlaceKind, TitleKind};
use crate::Error;
use std::collections::HashMap;
use std::sync::Arc;

/// Compiles `sources` (see [`Gazetteer::build`]).
pub(super) fn build(sources: &[Source]) -> Result<Gazetteer, Error> {
    let mut builder = Builder::default();
    for source in sources
        .iter()
        .filter(|s| s.kind == GazetteerKind::Countries)
    {
        builder.countries(source)?;
    }
    for source in sources
        .iter()
        .filter(|s| s.kind == GazetteerKind::GivenNames)
    {
        builder.given_names(source)?;
    }
    for source in sources
        .iter()
        .filter(|s| s.kind == GazetteerKind::PublicFigures)
    {
        builder.public_figures(source)?;
    }
    for source in sources.iter().filter(|s| {
        !matches!(
            s.kind,
            GazetteerKind::Countries | GazetteerKind::GivenNames | GazetteerKind::PublicFigures
        )
    }) {
        builder.entries(source)?;
    }
    builder.finish()
}

/// What the sources read so far hold.
#[derive(Default)]
struct Builder {
    countries: Vec<Country>,
    country_index: HashMap<CountryCode, CountryId>,
    given_names: WordSet<Box<str>>,
    /// The names of public figures by the key of their last word.
    figures: HashMap<Box<[u8]>, Vec<FigureName>>,
    organizations: Vec<Organization>,
    org_index: HashMap<String, OrgId>,
    themes: Vec<Arc<str>>,
    /// Every folded surface with its entry (and its surface as written, for exact case).
    pairs: Vec<(String, Entry, Option<Box<str>>)>,
}

/// Where a record comes from, for errors.
#[derive(Clone, Copy)]
struct At<'a> {
    file: &'a str,
    line: usize,
}

impl At<'_> {
    fn error(self, cause: String) -> Error {
        Error::gazetteer(self.file, self.line, cause)
    }
}

impl Builder {
    /// `code alpha3 name`: the table of states. A later row of the same code (a user's file)
    /// replaces the earlier one.
    fn countries(&mut self, source: &Source) -> Result<(), Error> {
        for record in records(&source.name, &source.text, 3)? {
            let at = At {
                file: &source.name,
                line: record.line,
            };
            let [code, alpha3, name] = record.fields[..] else {
                continue;
            };
            let code = CountryCode::new(code)
                .ok_or_else(|| at.error(format!("invalid country code {code:?}")))?;
            let alpha3 = Alpha3::new(alpha3)
                .ok_or_else(|| at.error(format!("invalid alpha-3 code {alpha3:?}")))?;
            let country = Country {
                code,
                alpha3,
                name: Arc::from(name),
            };
            match self.country_index.get(&code) {
                Some(&id) => self.countries[id as usize] = country,
                None => {
                    self.country_index
                        .insert(code, self.countries.len() as CountryId);
                    self.countries.push(country);
                }
            }
        }
        Ok(())
    }

    /// `surface`: given names.
    fn given_names(&mut self, source: &Source) -> Result<(), Error> {
        for record in records(&source.name, &source.text, 1)? {
            let folded = fold_str(record.fields[0]);
            if !folded.chars().any(boundary::is_word_char) {
                return Err(Error::gazetteer(
                    &source.name,
                    record.line,
                    format!(
                        "empty pattern: {:?} has no letter or digit",
                        record.fields[0]
                    ),
                ));
            }
            self.given_names.insert(folded.into_boxed_str());
        }
        Ok(())
    }

    /// `id form surface`: public figures' full names and surnames, by their last word.
    fn public_figures(&mut self, source: &Source) -> Result<(), Error> {
        for record in records(&source.name, &source.text, 3)? {
            let at = At {
                file: &source.name,
                line: record.line,
            };
            let [_, form, surface] = record.fields[..] else {
                continue;
            };
            let surname = match form {
                "name" => false,
                "surname" => true,
                other => {
                    return Err(
                        at.error(format!("unknown form {other:?} (expected name or surname)"))
                    )
                }
            };
            let folded = fold_str(surface);
            let mut words: Vec<Box<str>> = folded.split_whitespace().map(Box::from).collect();
            let last = words
                .pop()
                .filter(|w| w.chars().any(boundary::is_word_char))
                .ok_or_else(|| at.error(format!("empty name: {surface:?}")))?;
            let name = FigureName {
                acronym: words.is_empty() && is_all_caps(surface),
                before: words.into_boxed_slice(),
                surname,
            };
            let names = self
                .figures
                .entry(super::figure_key(last.as_bytes()).into())
                .or_default();
            if !names.contains(&name) {
                names.push(name);
            }
        }
        Ok(())
    }

    /// The records of a file of names, titles or cues, each read by its kind's function.
    fn entries(&mut self, source: &Source) -> Result<(), Error> {
        let file = source.name.as_str();
        let mut seen: WordMap<String, usize> = WordMap::default();
        // Entries written with a space for a compound's hyphen ("chef d'état
        // major", "vice président", "Guinée Bissau"), added after the file's own surfaces,
        // where no line lists them.
        let mut unhyphenated: Vec<(String, Entry, usize)> = Vec::new();
        for record in records(file, &source.text, source.kind.columns())? {
            let at = At {
                file,
                line: record.line,
            };
            let surface = *record.fields.last().unwrap_or(&"");
            // Short all-caps surfaces ("RDC", "EAU", "UE") match only text in capitals;
            // longer acronyms also match "l'Otan", "la Cedeao".
            let short_acronym = is_all_caps(surface)
                && surface.chars().filter(|c| c.is_alphanumeric()).count() <= 3;
            let case = if short_acronym {
                CaseRule::Upper
            } else {
                CaseRule::Any
            };
            let Some((kind, case)) = self.entry(source.kind, &record, case, at)? else {
                continue;
            };
            let surfaces = if matches!(
                source.kind,
                GazetteerKind::ThemeCues | GazetteerKind::Titles
            ) {
                expand(surface).map_err(|cause| at.error(cause))?
            } else {
                vec![surface.to_string()]
            };
            for surface in surfaces {
                // The same entry, whatever the writing: its case rule too ("l'extrême-nord
                // du Cameroun" and "l'extrême nord du Cameroun").
                if let Some(spaced) = unhyphenated_compound(&surface) {
                    unhyphenated.push((spaced, Entry { kind, case }, record.line));
                }
                self.surface(&surface, Entry { kind, case }, &mut seen, at)?;
            }
        }
        for (surface, entry, line) in unhyphenated {
            if !seen.contains_key(fold_str(&surface).trim()) {
                self.surface(&surface, entry, &mut seen, At { file, line })?;
            }
        }
        Ok(())
    }

    /// The entry of one record of `kind`, and the case rule it ends with (`case` is the rule
    /// its surface's shape asks for).
    fn entry(
        &mut self,
        kind: GazetteerKind,
        record: &Record<'_>,
        case: CaseRule,
        at: At<'_>,
    ) -> Result<Option<(EntryKind, CaseRule)>, Error> {
        // Names of states and organisations need a capital first letter unless they are
        // short acronyms.
        let capitalized = |case| {
            if case == CaseRule::Any {
                CaseRule::Capitalized
            } else {
                case
            }
        };
        Ok(Some(match (kind, &record.fields[..]) {
            (GazetteerKind::CountryNames, [code, _]) => (
                EntryKind::CountryName(self.country(code, at)?),
                capitalized(case),
            ),
            (GazetteerKind::Demonyms, [code, _]) => {
                (EntryKind::Demonym(self.country(code, at)?), case)
            }
            (GazetteerKind::Places, [code, kind, _]) => (self.place(code, kind, at)?, case),
            (GazetteerKind::Organizations, [id, form, surface]) => {
                let (entry, case) = self.organization(id, form, surface, case, at)?;
                // A full name of several words is a name in any case ("la force
                // multinationale mixte", "l'union africaine"); a short form or a one-word
                // name needs its capital ("la Coalition", not "la coalition").
                // Armed forces in lower case are described, not named ("les forces armées
                // tchadiennes").
                let first = surface.split_whitespace().next().unwrap_or("");
                let full_name = matches!(
                    entry,
                    EntryKind::Organization {
                        form: OrgForm::Name,
                        ..
                    }
                ) && surface.trim().contains(' ')
                    && !matches!(
                        fold_str(first).as_str(),
                        "forces"
                            | "armee"
                            | "armees"
                            | "garde"
                            | "police"
                            | "gendarmerie"
                            | "marine"
                    );
                (entry, if full_name { case } else { capitalized(case) })
            }
            (GazetteerKind::Titles, [kind, _]) => title(kind, case, at)?,
            (GazetteerKind::ThemeCues, [theme, weight, _]) => {
                (self.theme_cue(theme, weight, at)?, case)
            }
            _ => return Ok(None),
        }))
    }

    /// The table index of a state's code.
    fn country(&self, code: &str, at: At<'_>) -> Result<CountryId, Error> {
        CountryCode::new(code)
            .and_then(|c| self.country_index.get(&c).copied())
            .ok_or_else(|| at.error(format!("unknown country code {code:?}")))
    }

    /// `code kind surface`: a city, region or continent.
    fn place(&self, code: &str, kind: &str, at: At<'_>) -> Result<EntryKind, Error> {
        let kind = match kind {
            "capital" => PlaceKind::Capital,
            "city" => PlaceKind::City,
            "region" => PlaceKind::Region,
            "continent" => PlaceKind::Continent,
            other => {
                return Err(at.error(format!(
                    "unknown place kind {other:?} (expected capital, city, region or continent)"
                )))
            }
        };
        let country = if code == "-" {
            None
        } else {
            Some(self.country(code, at)?)
        };
        Ok(EntryKind::Place { kind, country })
    }

    /// `id form surface`: a name of an organisation, grouped by `id`; its first `name` and
    /// first acronym are its canonical forms.
    fn organization(
        &mut self,
        id: &str,
        form: &str,
        surface: &str,
        case: CaseRule,
        at: At<'_>,
    ) -> Result<(EntryKind, CaseRule), Error> {
        let (form, case) = match form {
            "name" => (OrgForm::Name, case),
            "short" => (OrgForm::Short, case),
            "acronym" => (OrgForm::Acronym, case),
            "acronym_cs" => (OrgForm::Acronym, CaseRule::Upper),
            other => {
                return Err(at.error(format!(
                "unknown organization form {other:?} (expected name, short, acronym or acronym_cs)"
            )))
            }
        };
        let organizations = &mut self.organizations;
        let org = *self.org_index.entry(id.to_string()).or_insert_with(|| {
            organizations.push(Organization {
                id: Arc::from(id),
                long_form: None,
                acronym: None,
            });
            (organizations.len() - 1) as OrgId
        });
        let o = &mut self.organizations[org as usize];
        match form {
            OrgForm::Name if o.long_form.is_none() => o.long_form = Some(Arc::from(surface)),
            OrgForm::Acronym if o.acronym.is_none() => o.acronym = Some(Arc::from(surface)),
            _ => {}
        }
        Ok((EntryKind::Organization { org, form }, case))
    }

    /// `theme weight surface`: a cue of a theme.
    fn theme_cue(&mut self, theme: &str, weight: &str, at: At<'_>) -> Result<EntryKind, Error> {
        if theme.is_empty() || !theme.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
            return Err(at.error(format!("invalid theme id {theme:?} (expected a-z and _)")));
        }
        let weight = weight
            .parse::<f32>()
            .ok()
            .filter(|w| *w > 0.0 && *w <= 1.0)
            .ok_or_else(|| {
                at.error(format!(
                    "invalid weight {weight:?} (expected a number in (0, 1])"
                ))
            })?;
        let id = match self.themes.iter().position(|t| **t == *theme) {
            Some(i) => i,
            None => {
                self.themes.push(Arc::from(theme));
                self.themes.len() - 1
            }
        };
        Ok(EntryKind::ThemeCue {
            theme: id as ThemeId,
            weight,
        })
    }

    /// Adds one folded surface of an entry; a surface twice in one file is an error.
    fn surface(
        &mut self,
        surface: &str,
        entry: Entry,
        seen: &mut WordMap<String, usize>,
        at: At<'_>,
    ) -> Result<(), Error> {
        let folded = fold_str(surface).trim().to_string();
        if !folded.chars().any(boundary::is_word_char) {
            return Err(at.error(format!("empty pattern: {surface:?} has no letter or digit")));
        }
        // (A surface in capitals may share its folded form with one in another case: "PR",
        // the office, and "Pr", the honorific.)
        let key = if entry.case == CaseRule::Upper {
            format!("{folded}\u{0}")
        } else {
            folded.clone()
        };
        if let Some(first) = seen.insert(key, at.line) {
            return Err(at.error(format!(
                "duplicate pattern {surface:?} (same as line {first} once case and accents are folded)"
            )));
        }
        let exact = (entry.case == CaseRule::Exact).then(|| Box::<str>::from(surface));
        self.pairs.push((folded, entry, exact));
        Ok(())
    }

    /// Groups the entries by pattern (one pattern per distinct folded surface) and indexes the
    /// patterns.
    fn finish(mut self) -> Result<Gazetteer, Error> {
        // The head nouns of bodies: capitalised, but a ministry in any case.
        let mut heads: Vec<String> = crate::lexicon::BODY_HEADS
            .iter()
            .map(|h| fold_str(h))
            .collect();
        heads.sort();
        heads.dedup();
        for head in crate::lexicon::BODY_HEADS {
            let Ok(i) = heads.binary_search(&fold_str(head)) else {
                continue;
            };
            heads.remove(i);
            let case = if head.starts_with(char::is_lowercase) {
                CaseRule::Any
            } else {
                CaseRule::Capitalized
            };
            let entry = Entry {
                kind: EntryKind::BodyHead,
                case,
            };
            self.pairs.push((fold_str(head), entry, None));
        }
        // The head nouns of facilities and streets, and the nouns that name a person, in any
        // case.
        let place_heads = crate::lexicon::PLACE_HEADS.map(|h| (h, EntryKind::PlaceHead));
        let locality_heads = crate::lexicon::LOCALITY_HEADS.map(|h| (h, EntryKind::PlaceHead));
        let person_heads = crate::lexicon::PERSON_HEADS.map(|h| (h, EntryKind::PersonHead));
        for (head, kind) in place_heads
            .into_iter()
            .chain(locality_heads)
            .chain(person_heads)
        {
            let entry = Entry {
                kind,
                case: CaseRule::Any,
            };
            self.pairs.push((fold_str(head), entry, None));
        }
        self.pairs.sort_by(|a, b| a.0.cmp(&b.0));
        let mut surfaces: Vec<String> = Vec::new();
        let mut patterns = Vec::new();
        let mut entries = Vec::with_capacity(self.pairs.len());
        let mut exact: WordMap<u32, Vec<Box<str>>> = WordMap::default();
        for (folded, entry, exact_surface) in self.pairs {
            if surfaces.last() != Some(&folded) {
                surfaces.push(folded);
                patterns.push(PatternInfo {
                    first: entries.len() as u32,
                    last: entries.len() as u32,
                    any_case_rule: false,
                    exact_rule: false,
                    kinds: [Kinds::default(); 4],
                });
            }
            if let Some(p) = patterns.last_mut() {
                p.last += 1;
                p.any_case_rule |= entry.case != CaseRule::Any;
                p.exact_rule |= entry.case == CaseRule::Exact;
                let rule = entry.case as usize;
                p.kinds[rule] = p.kinds[rule].with(entry.kind.kind());
            }
            entries.push(entry);
            if let Some(surface) = exact_surface {
                exact
                    .entry((patterns.len() - 1) as u32)
                    .or_default()
                    .push(surface);
            }
        }
        // Each last word's names, longest first.
        let mut figure_keys: Vec<Box<[u8]>> = Vec::with_capacity(self.figures.len());
        let mut figure_names: Vec<Box<[FigureName]>> = Vec::with_capacity(self.figures.len());
        for (key, mut names) in self.figures {
            names.sort_by_key(|n| std::cmp::Reverse(n.before.len()));
            figure_keys.push(key);
            figure_names.push(names.into_boxed_slice());
        }
        // The scan also reports the words that anchor dates.
        let index = WordIndex::build(
            surfaces.into_iter().map(String::into_boxed_str).collect(),
            &crate::lexicon::DATE_WORDS,
        )?;
        Ok(Gazetteer {
            index,
            patterns,
            entries,
            countries: self.countries,
            organizations: self.organizations,
            themes: self.themes,
            exact,
            given_names: WordTable::new(self.given_names.iter().map(|n| (n.as_bytes(), ()))),
            figures: WordTable::new(
                figure_keys
                    .iter()
                    .enumerate()
                    .map(|(i, k)| (&k[..], i as u32)),
            ),
            figure_names,
        })
    }
}

/// `kind surface`: an honorific, rank or office (`honorific_cs`, `rank_cs` in their exact
/// case: abbreviations whose folded form is a common word, "Me", "Col"; `office_uc` in
/// capitals: "PR").
fn title(kind: &str, case: CaseRule, at: At<'_>) -> Result<(EntryKind, CaseRule), Error> {
    Ok(match kind {
        "honorific" => (EntryKind::Title(TitleKind::Honorific), case),
        "honorific_cs" => (EntryKind::Title(TitleKind::Honorific), CaseRule::Exact),
        "rank" => (EntryKind::Title(TitleKind::Rank), case),
        "rank_cs" => (EntryKind::Title(TitleKind::Rank), CaseRule::Exact),
        "office" => (EntryKind::Title(TitleKind::Office), case),
        // (An office abbreviated in capitals: "PR".)
        "office_uc" => (EntryKind::Title(TitleKind::Office), CaseRule::Upper),
        other => {
            return Err(at.error(format!(
                "unknown title kind {other:?} (expected honorific, honorific_cs, rank, \
                 rank_cs, office or office_uc)"
            )))
        }
    })
}

/// `surface` with a space for each hyphen between two letters ("chef d'état-major" gives
/// "chef d'état major"), if it has one.
fn unhyphenated_compound(surface: &str) -> Option<String> {
    let chars: Vec<char> = surface.chars().collect();
    let joins = |i: usize| {
        chars[i] == '-'
            && i > 0
            && chars[i - 1].is_alphabetic()
            && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
    };
    (0..chars.len()).any(joins).then(|| {
        (0..chars.len())
            .map(|i| if joins(i) { ' ' } else { chars[i] })
            .collect()
    })
}

/// Expands the optional endings and choices of a surface: `terroriste(s)` gives `terroriste`
/// and `terroristes`, `radica(l|ux)` gives `radical` and `radicaux`.
pub(super) fn expand(surface: &str) -> Result<Vec<String>, String> {
    let mut out = vec![String::new()];
    let mut rest = surface;
    while let Some(open) = rest.find('(') {
        let close = rest[open..]
            .find(')')
            .map(|i| open + i)
            .ok_or_else(|| format!("unclosed parenthesis in {surface:?}"))?;
        let literal = &rest[..open];
        let group = &rest[open + 1..close];
        let choices: Vec<&str> = if group.contains('|') {
            group.split('|').collect()
        } else {
            vec!["", group]
        };
        out = out
            .iter()
            .flat_map(|prefix| choices.iter().map(move |c| format!("{prefix}{literal}{c}")))
            .collect();
        if out.len() > 64 {
            return Err(format!("{surface:?} expands to more than 64 forms"));
        }
        rest = &rest[close + 1..];
    }
    for s in &mut out {
        s.push_str(rest);
    }
    Ok(out)
}
