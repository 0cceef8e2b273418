//! Scoring an extraction against gold annotations (the format of `tests/corpus/GUIDELINES.md`).
//!
//! Used by `communique evaluate` (and `examples/evaluate`), and by the corpus floors of
//! `tests/corpus.rs` and `tests/real.rs`.

#![allow(dead_code)]

use communique::Extraction;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// The mention types scored, in table order.
pub const TYPES: [&str; 8] = [
    "persons",
    "titles",
    "countries",
    "demonyms",
    "dates",
    "relative_dates",
    "organizations",
    "places",
];

/// One gold file.
#[derive(Clone, Debug, Deserialize)]
pub struct Gold {
    pub doc: String,
    pub dateline: Option<GoldDateline>,
    #[serde(default)]
    pub persons: Vec<GoldMention>,
    #[serde(default)]
    pub titles: Vec<GoldMention>,
    #[serde(default)]
    pub countries: Vec<GoldMention>,
    #[serde(default)]
    pub demonyms: Vec<GoldMention>,
    #[serde(default)]
    pub dates: Vec<GoldMention>,
    #[serde(default)]
    pub relative_dates: Vec<GoldMention>,
    #[serde(default)]
    pub organizations: Vec<GoldMention>,
    #[serde(default)]
    pub places: Vec<GoldMention>,
    #[serde(default)]
    pub themes: Vec<String>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct GoldDateline {
    pub place: Option<String>,
    pub date: Option<String>,
}

/// A gold mention: its text and, where the type has one, its value.
#[derive(Clone, Debug, Deserialize)]
pub struct GoldMention {
    pub text: String,
    #[serde(default)]
    pub code: Option<String>,
    #[serde(default)]
    pub value: Option<String>,
    #[serde(default)]
    pub canonical: Option<String>,
    #[serde(default)]
    pub kind: Option<String>,
}

/// A mention reduced to what is scored: its text and its value (if the type has one).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub text: String,
    pub value: Option<String>,
}

/// Folds what should not count: Unicode form, apostrophes, white space.
pub fn normalize(s: &str) -> String {
    let s: String = s
        .nfc()
        .map(|c| match c {
            '’' | '‘' | 'ʼ' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        })
        .collect();
    s.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn gold_items(gold: &Gold, ty: &str) -> Vec<Item> {
    let list = match ty {
        "persons" => &gold.persons,
        "titles" => &gold.titles,
        "countries" => &gold.countries,
        "demonyms" => &gold.demonyms,
        "dates" => &gold.dates,
        "relative_dates" => &gold.relative_dates,
        "organizations" => &gold.organizations,
        _ => &gold.places,
    };
    list.iter()
        .map(|m| Item {
            text: normalize(&m.text),
            value: match ty {
                "persons" => m.canonical.as_deref().map(normalize),
                "titles" => m.kind.clone(),
                "countries" | "demonyms" => m.code.clone(),
                "dates" => Some(m.value.clone().unwrap_or_else(|| "null".into())),
                _ => None,
            },
        })
        .collect()
}

fn system_items(x: &Extraction<'_>, ty: &str) -> Vec<Item> {
    let item = |text: &str, value: Option<String>| Item {
        text: normalize(text),
        value,
    };
    match ty {
        "persons" => x
            .persons
            .iter()
            .map(|m| item(&m.text, Some(normalize(&m.canonical))))
            .collect(),
        "titles" => x
            .titles
            .iter()
            .map(|m| {
                let kind = serde_json::to_value(m.kind)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string));
                item(&m.text, kind)
            })
            .collect(),
        "countries" | "demonyms" => x
            .countries
            .iter()
            .filter(|m| m.demonym == (ty == "demonyms"))
            .map(|m| item(&m.text, Some(m.code.to_string())))
            .collect(),
        "dates" => x
            .dates
            .iter()
            .filter(|m| !m.relative)
            .map(|m| {
                item(
                    &m.text,
                    Some(
                        m.value
                            .map_or_else(|| "null".to_string(), |v| v.to_string()),
                    ),
                )
            })
            .collect(),
        "relative_dates" => x
            .dates
            .iter()
            .filter(|m| m.relative)
            .map(|m| item(&m.text, None))
            .collect(),
        "organizations" => x
            .organizations
            .iter()
            .map(|m| item(&m.text, None))
            .collect(),
        _ => x.places.iter().map(|m| item(&m.text, None)).collect(),
    }
}

/// Counts for one type.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Counts {
    pub gold: usize,
    pub system: usize,
    pub exact: usize,
    pub lenient_gold: usize,
    pub lenient_system: usize,
    pub valued: usize,
    pub value_correct: usize,
}

/// Precision, recall and F1 (1.0 when there is nothing to find and nothing found).
pub fn prf(tp_system: usize, system: usize, tp_gold: usize, gold: usize) -> (f64, f64, f64) {
    let p = if system == 0 {
        1.0
    } else {
        tp_system as f64 / system as f64
    };
    let r = if gold == 0 {
        1.0
    } else {
        tp_gold as f64 / gold as f64
    };
    let f = if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    };
    (p, r, f)
}

impl Counts {
    pub fn exact_prf(&self) -> (f64, f64, f64) {
        prf(self.exact, self.system, self.exact, self.gold)
    }

    pub fn lenient_prf(&self) -> (f64, f64, f64) {
        prf(
            self.lenient_system,
            self.system,
            self.lenient_gold,
            self.gold,
        )
    }

    /// Accuracy of values on exact matches (`None` when the type has no value or no match).
    pub fn value_accuracy(&self) -> Option<f64> {
        (self.valued > 0).then(|| self.value_correct as f64 / self.valued as f64)
    }
}

/// What went wrong in one document, for `--errors`.
#[derive(Clone, Debug, Default, Serialize)]
pub struct DocErrors {
    pub doc: String,
    /// type -> gold texts not found exactly.
    pub missed: BTreeMap<String, Vec<String>>,
    /// type -> system texts not in the gold.
    pub false_alarms: BTreeMap<String, Vec<String>>,
    /// type -> "text: gold value ≠ system value".
    pub wrong_values: BTreeMap<String, Vec<String>>,
    pub themes_missed: Vec<String>,
    pub themes_false: Vec<String>,
    pub dateline: Option<String>,
}

/// The whole evaluation.
#[derive(Clone, Debug, Default, Serialize)]
pub struct Report {
    pub documents: usize,
    pub types: BTreeMap<String, Counts>,
    pub themes: Counts,
    pub dateline_place_correct: usize,
    pub dateline_date_correct: usize,
    pub dateline_correct: usize,
    #[serde(skip)]
    pub errors: Vec<DocErrors>,
}

/// Scores one document.
pub fn score(report: &mut Report, gold: &Gold, x: &Extraction<'_>) {
    report.documents += 1;
    let mut errors = DocErrors {
        doc: gold.doc.clone(),
        ..DocErrors::default()
    };
    for ty in TYPES {
        let g = gold_items(gold, ty);
        let s = system_items(x, ty);
        let counts = report.types.entry(ty.to_string()).or_default();
        counts.gold += g.len();
        counts.system += s.len();

        // Exact: multisets of texts; values compared pairwise in order of appearance.
        let mut by_text: HashMap<&str, (Vec<&Item>, Vec<&Item>)> = HashMap::new();
        for i in &g {
            by_text.entry(&i.text).or_default().0.push(i);
        }
        for i in &s {
            by_text.entry(&i.text).or_default().1.push(i);
        }
        let mut keys: Vec<&&str> = by_text.keys().collect();
        keys.sort();
        for key in keys {
            let (gs, ss) = &by_text[*key];
            let matched = gs.len().min(ss.len());
            counts.exact += matched;
            for (a, b) in gs.iter().zip(ss.iter()) {
                if let Some(gv) = &a.value {
                    counts.valued += 1;
                    if Some(gv) == b.value.as_ref() {
                        counts.value_correct += 1;
                    } else {
                        errors
                            .wrong_values
                            .entry(ty.to_string())
                            .or_default()
                            .push(format!(
                                "{}: gold {} ≠ system {}",
                                a.text,
                                gv,
                                b.value.as_deref().unwrap_or("-")
                            ));
                    }
                }
            }
            for extra in gs.iter().skip(matched) {
                errors
                    .missed
                    .entry(ty.to_string())
                    .or_default()
                    .push(extra.text.clone());
            }
            for extra in ss.iter().skip(matched) {
                errors
                    .false_alarms
                    .entry(ty.to_string())
                    .or_default()
                    .push(extra.text.clone());
            }
        }

        // Lenient: one text contains the other (case-insensitive), matched greedily in order.
        let lower = |v: &[Item]| v.iter().map(|i| i.text.to_lowercase()).collect::<Vec<_>>();
        let (gl, sl) = (lower(&g), lower(&s));
        let mut used = vec![false; sl.len()];
        for a in &gl {
            if let Some(j) = (0..sl.len())
                .find(|&j| !used[j] && (sl[j].contains(a.as_str()) || a.contains(sl[j].as_str())))
            {
                used[j] = true;
                counts.lenient_gold += 1;
            }
        }
        counts.lenient_system += used.iter().filter(|&&u| u).count();
    }

    // Themes: pairs (document, theme).
    let found: Vec<String> = x.themes.iter().map(|t| t.theme.to_string()).collect();
    report.themes.gold += gold.themes.len();
    report.themes.system += found.len();
    for t in &gold.themes {
        if found.contains(t) {
            report.themes.exact += 1;
        } else {
            errors.themes_missed.push(t.clone());
        }
    }
    for t in &found {
        if !gold.themes.contains(t) {
            errors.themes_false.push(t.clone());
        }
    }
    report.themes.lenient_gold = report.themes.exact;
    report.themes.lenient_system = report.themes.exact;

    // Dateline: place text and date value.
    let gold_place = gold
        .dateline
        .as_ref()
        .and_then(|d| d.place.as_deref())
        .map(normalize);
    let gold_date = gold.dateline.as_ref().and_then(|d| d.date.clone());
    let sys_place = x
        .dateline
        .as_ref()
        .and_then(|d| d.place.as_ref())
        .map(|p| normalize(&p.text));
    // The gold gives the dateline's date as its ISO value: a date found without one (a
    // yearless "2 sept." and no reference date) compares as none.
    let sys_date = x
        .dateline
        .as_ref()
        .and_then(|d| d.date.as_ref())
        .and_then(|d| d.value)
        .map(|v| v.to_string());
    let place_ok = gold_place == sys_place;
    let date_ok = gold_date == sys_date;
    report.dateline_place_correct += usize::from(place_ok);
    report.dateline_date_correct += usize::from(date_ok);
    report.dateline_correct += usize::from(place_ok && date_ok);
    if !(place_ok && date_ok) {
        errors.dateline = Some(format!(
            "gold {:?} / {:?}, system {:?} / {:?}",
            gold_place, gold_date, sys_place, sys_date
        ));
    }
    report.errors.push(errors);
}

/// The (gold, text) file pairs of a folder: every `NN.json` with its `NN.txt`, sorted. Fails,
/// naming them, when some texts are absent.
pub fn pairs(gold_dir: &Path, text_dir: &Path) -> Result<Pairs, String> {
    let (present, absent) = pairs_present(gold_dir, text_dir)?;
    if !absent.is_empty() {
        let names: Vec<String> = absent.iter().map(|p| p.display().to_string()).collect();
        return Err(format!(
            "{} gold files of {} have no text in {}: {} (the real corpus's texts are pulled \
             as tests/real/README.md says)",
            absent.len(),
            gold_dir.display(),
            text_dir.display(),
            names.join(", ")
        ));
    }
    Ok(present)
}

/// (gold, text) file pairs.
pub type Pairs = Vec<(PathBuf, PathBuf)>;

/// The (gold, text) pairs whose text is present, and the gold files whose text is absent.
pub fn pairs_present(gold_dir: &Path, text_dir: &Path) -> Result<(Pairs, Vec<PathBuf>), String> {
    let entries =
        std::fs::read_dir(gold_dir).map_err(|e| format!("{}: {e}", gold_dir.display()))?;
    let mut present = Vec::new();
    let mut absent = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("{}: {e}", gold_dir.display()))?
            .path();
        if path.extension().is_some_and(|e| e == "json") {
            let stem = path.file_stem().unwrap_or_default();
            let text = text_dir.join(stem).with_extension("txt");
            if text.exists() {
                present.push((path, text));
            } else {
                absent.push(path);
            }
        }
    }
    present.sort();
    absent.sort();
    Ok((present, absent))
}

/// Evaluates `extractor` on every pair.
pub fn evaluate(
    extractor: &communique::Extractor,
    pairs: &[(PathBuf, PathBuf)],
) -> Result<Report, String> {
    let mut report = Report::default();
    for (gold_path, text_path) in pairs {
        let gold_text = std::fs::read_to_string(gold_path)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let gold: Gold = serde_json::from_str(&gold_text)
            .map_err(|e| format!("{}: {e}", gold_path.display()))?;
        let text = std::fs::read_to_string(text_path)
            .map_err(|e| format!("{}: {e}", text_path.display()))?;
        let extraction = extractor.extract(&text);
        score(&mut report, &gold, &extraction);
    }
    Ok(report)
}

/// The readable table.
pub fn table(report: &Report) -> String {
    let mut out = String::new();
    out.push_str(&format!("{} documents\n\n", report.documents));
    out.push_str("| type | gold | system | P | R | F1 | lenient P | lenient R | lenient F1 | value accuracy |\n");
    out.push_str("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for ty in TYPES {
        let Some(c) = report.types.get(ty) else {
            continue;
        };
        let (p, r, f) = c.exact_prf();
        let (lp, lr, lf) = c.lenient_prf();
        let acc = c.value_accuracy().map_or_else(
            || "-".to_string(),
            |a| format!("{:.3} ({}/{})", a, c.value_correct, c.valued),
        );
        out.push_str(&format!(
            "| {ty} | {} | {} | {p:.3} | {r:.3} | {f:.3} | {lp:.3} | {lr:.3} | {lf:.3} | {acc} |\n",
            c.gold, c.system
        ));
    }
    let (p, r, f) = report.themes.exact_prf();
    out.push_str(&format!(
        "| themes (doc, theme) | {} | {} | {p:.3} | {r:.3} | {f:.3} | | | | - |\n",
        report.themes.gold, report.themes.system
    ));
    let n = report.documents.max(1) as f64;
    out.push_str(&format!(
        "\ndateline accuracy: {:.3} (place {:.3}, date {:.3})\n",
        report.dateline_correct as f64 / n,
        report.dateline_place_correct as f64 / n,
        report.dateline_date_correct as f64 / n
    ));
    out
}
