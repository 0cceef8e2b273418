//! Organisations: the gazetteer's names and acronyms, acronyms defined in the document, organs
//! of organisations, and capitalised back-references.
//!
//! 1. Every name hit of an organisation entry ("Union africaine", "OTAN", "Daech").
//! 2. A parenthesised acronym after a name defines it for the document: "Coalition Islamique
//!    Militaire Contre le Terrorisme (CIMCT)"; so does a name after an acronym, "l'IMCTC
//!    (Coalition …)". A name unknown to the gazetteer is learnt too when the acronym's letters
//!    are the initials of a capitalised phrase before it ("Force conjointe du G5 Sahel
//!    (FC-G5S)"). Later bare uses of a learnt acronym are mentions.
//! 3. An organ and its organisation are one mention: "Conseil de sécurité de l'ONU",
//!    "Commission de l'Union africaine", "secrétariat général de l'IMCTC"; an organ in lower
//!    case with an adjective of its kind ("la direction générale de la Garde nationale").
//! 4. The first two words of a longer name seen before stand for it when the first is
//!    capitalised and the second in lower case: "la Force conjointe" after "Force conjointe
//!    du G5 Sahel". A bare head noun ("la Coalition", "la Commission", "le Conseil") stays
//!    generic.
//! 5. A ministry's portfolios are its name ("ministère des Affaires étrangères et de la
//!    Coopération"); a body in an office's list of portfolios is none ("ministre de la
//!    Sécurité, de l'Administration territoriale et …").
//! 6. A body and the demonym right after it are one name ("Garde nationale tunisienne"), as
//!    the annotation guide lists armed forces and agencies with their nationality; an
//!    adjective after a name that ends with its nationality qualifies it ("Armée nationale
//!    libyenne autoproclamée").

mod after_articles;
mod complement;
mod defined;
mod heads;
mod organs;
mod portfolios;
mod shape;
mod web;

use crate::gazetteer::{EntryKind, Gazetteer, Hit, Kinds, OrgForm};
use crate::model::OrganizationMention;
use crate::text::blank::{paragraph_start, soft_gap};
use crate::text::boundary::floor_char_boundary;
use crate::text::NormalizedText;
use after_articles::acronyms_after_articles;
use defined::{acronyms_before_names, acronyms_defined, bare_acronyms};
use heads::heads_of_longer_names;
use organs::{connector_at_end, ends_with_connector, organ_before};
use std::borrow::Cow;
use std::sync::Arc;

#[derive(Clone, Debug)]
struct Org {
    start: usize,
    end: usize,
    long_form: Option<Arc<str>>,
    acronym: Option<Arc<str>>,
}

impl Org {
    /// A name at `start..end` with no acronym or long form known.
    fn named(start: usize, end: usize) -> Org {
        Org {
            start,
            end,
            long_form: None,
            acronym: None,
        }
    }
}

/// The working vectors of the stage, kept from one document to the next
/// ([`crate::pipeline`]'s scratch).
#[derive(Clone, Debug, Default)]
pub(crate) struct Buffers {
    /// The names found, before they are sorted and kept without overlap.
    orgs: Vec<Org>,
    /// The states' and places' spans ([`named_spans`]).
    named: Vec<(usize, usize)>,
    /// The rules' working vectors.
    spare: Spare,
}

/// Working vectors of the rules, empty between uses: those of strings of the text hold none
/// between documents ([`crate::pipeline::recycled`] gives them the next text's lifetime).
#[derive(Clone, Debug, Default)]
struct Spare {
    /// The acronyms in parentheses, spans of the parentheses and of the acronyms inside.
    parentheses: Vec<((usize, usize), (usize, usize))>,
    /// Offsets with indices (the names' ends).
    pairs: Vec<(usize, usize)>,
    /// Offsets, two lists (the names' starts, the states' and places' ends).
    offsets: [Vec<usize>; 2],
    /// The acronyms learnt and their long forms.
    learnt: Vec<(Cow<'static, str>, Arc<str>)>,
    /// The strings searched ([`defined::find_all`]).
    patterns: Vec<&'static str>,
    /// Where they are, `(start, end, pattern)`.
    occurrences: Vec<(usize, usize, usize)>,
    /// The heads of longer names, and where the first name of each ends.
    heads: Vec<(Cow<'static, str>, usize)>,
    /// The heads folded, one after the other.
    folded: String,
}

impl Spare {
    /// Roughly the bytes the vectors hold.
    fn capacity(&self) -> usize {
        32 * self.parentheses.capacity()
            + 16 * self.pairs.capacity()
            + 8 * self.offsets.iter().map(Vec::capacity).sum::<usize>()
            + 40 * self.learnt.capacity()
            + 16 * self.patterns.capacity()
            + 24 * self.occurrences.capacity()
            + 32 * self.heads.capacity()
            + self.folded.capacity()
    }
}

impl Buffers {
    /// Roughly the bytes the buffers hold.
    pub(crate) fn capacity(&self) -> usize {
        std::mem::size_of::<Org>() * self.orgs.capacity()
            + 16 * self.named.capacity()
            + self.spare.capacity()
    }
}

/// The organisations of a document, in order, without overlap: the gazetteer's names, bodies
/// named by their shape, the acronyms the document defines and their bare uses, organs, and the heads of longer names;
/// the bodies a line in capitals leaves undecided go to `undecided`, and nothing inside them
/// is said.
///
/// Each pass is a function of its own (`#[inline(never)]`): inlined here, all in one body, they
/// ran 0.2 M instructions more on the corpus (callgrind, `examples/repeat.rs`, three rounds).
pub(crate) fn extract<'h>(
    gazetteer: &Gazetteer,
    text: &NormalizedText<'h>,
    names: &[Hit],
    titles: &[Hit],
    heads: &[Hit],
    undecided: &mut Vec<(usize, usize)>,
    buffers: &mut Buffers,
) -> Vec<OrganizationMention<'h>> {
    let input = text.input();
    named_spans(names, &mut buffers.named);
    let taken = &buffers.named;
    let web_names = web::web_names(input);
    // In the last document's vector: the known names, the bodies, the web's (room for them
    // all, a body at each head at most, and a few acronyms more).
    let mut orgs = std::mem::take(&mut buffers.orgs);
    orgs.clear();
    orgs.reserve(names.len() + heads.len() + web_names.len() + 8);
    orgs.extend(known_names(gazetteer, names));
    shape::bodies(gazetteer, text, heads, names, titles, undecided, &mut orgs);
    orgs.extend(web_names);
    let spare = &mut buffers.spare;
    let mut learnt = crate::pipeline::recycled(std::mem::take(&mut spare.learnt));
    acronyms_defined(input, taken, &mut orgs, &mut learnt, spare);
    learnt.extend(acronyms_before_names(input, &orgs));
    bare_acronyms(input, &mut learnt, &mut orgs, spare);
    spare.learnt = crate::pipeline::recycled(learnt);
    acronyms_after_articles(input, text.capital_runs(), names, titles, &mut orgs);
    // (The nationality first: it is the organisation's, not its organ's, "commandement
    // général des Forces armées royales marocaines".)
    with_their_nationality(input, names, &mut orgs);
    organs(input, &mut orgs);
    heads_of_longer_names(text, &mut orgs, spare);
    let mut found = without_overlap(input, &mut orgs);
    buffers.orgs = orgs;
    found.retain(|o| !undecided_holds(undecided, o.start, o.end));
    found
}

/// The input spans of the states and places among `names`, which an acronym in parentheses
/// may abbreviate (so that it is no organisation's), in `spans` (emptied first).
fn named_spans(names: &[Hit], spans: &mut Vec<(usize, usize)>) {
    spans.clear();
    spans.extend(
        names
            .iter()
            .filter(|h| h.kinds.any(Kinds::COUNTRY_NAME.with(Kinds::PLACE)))
            .map(|h| (h.input_start, h.input_end)),
    );
}

/// True when `start..end` lies inside one of the `undecided` bodies after its head: a line in
/// capitals that may name a body ("MISSION INTÉGRÉE DES NATIONS UNIES POUR…") or describe one
/// ("la mission des Nations unies"), where what the complement holds may be part of a longer
/// name or not, is not said.
pub(crate) fn undecided_holds(undecided: &[(usize, usize)], start: usize, end: usize) -> bool {
    undecided.iter().any(|&(s, e)| s < start && end <= e)
}

/// The gazetteer's organisations among the scan's names.
fn known_names<'a>(gazetteer: &'a Gazetteer, names: &'a [Hit]) -> impl Iterator<Item = Org> + 'a {
    names
        .iter()
        .filter(|h| h.kinds.any(Kinds::ORGANIZATION))
        .filter_map(|h| {
            let (org, form) = gazetteer.entries(h).find_map(|e| match e.kind {
                EntryKind::Organization { org, form } => Some((gazetteer.organization(org)?, form)),
                _ => None,
            })?;
            let (start, end) = (h.input_start, h.input_end);
            (start < end).then(|| Org {
                start,
                end,
                long_form: (form != OrgForm::Name)
                    .then(|| org.long_form.clone())
                    .flatten(),
                acronym: (form != OrgForm::Acronym)
                    .then(|| org.acronym.clone())
                    .flatten(),
            })
        })
}

/// Organs joined to the organisation after them ("Conseil de sécurité de l'ONU"); an organ
/// never reaches over another organisation ("Commission de l'Union africaine ont condamné les
/// attaques des Shebab" is not one name).
#[inline(never)]
fn organs(input: &str, orgs: &mut Vec<Org>) {
    orgs.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    orgs.dedup_by(|b, a| a.start == b.start);
    let mut previous_end = 0;
    for o in orgs.iter_mut() {
        let o_start = o.start;
        let end = o.end;
        // An organ ends with a connector: most names have none before them.
        let Some((len, as_written)) = connector_at_end(&input[..o_start]) else {
            previous_end = previous_end.max(end);
            continue;
        };
        let window = floor_char_boundary(input, o_start.saturating_sub(120));
        let from = window + paragraph_start(&input[window..o_start]);
        // The paragraph ends with the same connector when it holds the bytes that told it.
        let connector = if as_written && len <= o_start - from {
            Some(len)
        } else {
            ends_with_connector(&input[from..o_start])
        };
        // An organ ends before its connector: none may start after the name before when that
        // name reaches the connector ("Conseil de sécurité de l'ONU", both known).
        let connector = connector.filter(|&c| previous_end + c < o_start);
        if let Some(start) = connector.and_then(|c| organ_before(input, from, o_start, c)) {
            if previous_end <= start {
                o.start = start;
                o.long_form = None;
                o.acronym = None;
            }
        }
        previous_end = previous_end.max(end);
    }
}

/// A body named with its nationality is one name ("Garde nationale tunisienne", "Forces
/// Armées Royales marocaines", "département d'État américain"): a demonym right after a
/// capitalised name, in lower case after a name in mixed case or in capitals after a name in
/// capitals (not after an acronym, nor a ministry, which names no state after its portfolio),
/// agreeing in number with the name's head or its last noun, is the name's, and nothing
/// inside it is listed.
#[inline(never)]
fn with_their_nationality(input: &str, names: &[Hit], orgs: &mut [Org]) {
    for o in orgs.iter_mut() {
        // (Most names are followed by no demonym: the next bytes first, then the hit.)
        let at = o.end + soft_gap(&input[o.end..]);
        if at == o.end || !complement::demonym_at(names, at) {
            continue;
        }
        let name = &input[o.start..o.end];
        // In lower case after a name in mixed case; in capitals after one in capitals ("GARDE
        // NATIONALE TUNISIENNE").
        let in_capitals = !name.contains(char::is_lowercase);
        let demonym_first = input[at..].chars().next().unwrap_or(' ');
        if demonym_first.is_lowercase() == in_capitals || !demonym_first.is_alphabetic() {
            continue;
        }
        let head = name.split(char::is_whitespace).next().unwrap_or(name);
        let folded_head = crate::text::fold_str(head);
        let capitalised = name.starts_with(char::is_uppercase) && folded_head != "ministere";
        if !(capitalised || folded_head == "departement") {
            continue;
        }
        let i = names.partition_point(|h| h.input_start < at);
        let demonym = &names[i];
        // The demonym agrees in number with the head or the last noun ("Gardiens de la
        // révolution iranienne"; in "du département d'État américains" it qualifies something
        // else).
        let number = crate::pipeline::phrase::grammatical_number;
        let last = name
            .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
            .next()
            .unwrap_or(name);
        let demonym_number = number(&input[at..demonym.input_end]);
        // (A number that does not show, "français", agrees.)
        let agrees = |word: &str| match (number(word), demonym_number) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        if agrees(head) || agrees(last) {
            o.end = demonym.input_end;
        }
    }
}

/// The mentions, longest first at each start, then without overlap (`orgs` emptied).
#[inline(never)]
fn without_overlap<'h>(input: &'h str, orgs: &mut Vec<Org>) -> Vec<OrganizationMention<'h>> {
    orgs.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<OrganizationMention<'h>> = Vec::with_capacity(orgs.len());
    let mut last_end = 0;
    for o in orgs.drain(..) {
        if o.start < last_end || o.start >= o.end {
            continue;
        }
        last_end = o.end;
        out.push(OrganizationMention {
            text: Cow::Borrowed(&input[o.start..o.end]),
            start: o.start,
            end: o.end,
            acronym: o.acronym,
            long_form: o.long_form,
        });
    }
    out
}

#[cfg(test)]
pub(super) mod tests {
    /// The organisations of `text`, as written (the stage's tests read them so).
    pub(in crate::pipeline::organizations) fn organizations(text: &str) -> Vec<String> {
        crate::Extractor::new()
            .extract(text)
            .organizations
            .iter()
            .map(|o| o.text.to_string())
            .collect()
    }

    #[test]
    fn a_body_with_its_nationality_is_one_name_that_an_adjective_after_it_does_not_reach() {
        let found = crate::Extractor::new().extract(
            "La Garde nationale tunisienne et les Forces Armées Royales marocaines ont aidé les \
             Gardiens de la révolution iranienne; l'Armée nationale libyenne autoproclamée et \
             les Forces armées maliennes dirigées par un colonel; un porte-parole du \
             département d'État américains; le ministère de l'Intérieur marocain.",
        );
        let orgs: Vec<&str> = found.organizations.iter().map(|o| &*o.text).collect();
        assert_eq!(
            orgs,
            [
                "Garde nationale tunisienne",
                "Forces Armées Royales marocaines",
                "Gardiens de la révolution iranienne",
                "Armée nationale libyenne",
                "Forces armées maliennes",
                "département d'État",
                "ministère de l'Intérieur",
            ]
        );
        // Nothing inside a name is listed: the demonyms left are those outside one.
        let demonyms: Vec<&str> = found
            .countries
            .iter()
            .filter(|c| c.demonym)
            .map(|c| &*c.text)
            .collect();
        assert_eq!(demonyms, ["américains", "marocain"]);
    }

    #[test]
    fn ministries_in_charge_in_the_plural_and_another_body_after_their_portfolios() {
        assert_eq!(
            organizations(
                "Le ministère en charge de la Réconciliation nationale et le ministère togolais \
                 en charge des Armées; les ministères de la Défense et de l'Intérieur; les \
                 ministères concernés; les ministères des Armées, de l'Intérieur et de l'École \
                 nationale de la magistrature; le ministère de la Santé et celui des Sports."
            ),
            [
                "ministère en charge de la Réconciliation nationale",
                "ministère togolais en charge des Armées",
                "ministères de la Défense et de l'Intérieur",
                "ministères des Armées, de l'Intérieur",
                "École nationale de la magistrature",
                "ministère de la Santé",
            ]
        );
    }

    #[test]
    fn arabe_after_a_head_is_an_adjective() {
        // "arabe" ends as a verb would ("la Commission rappelle"), but is none.
        assert_eq!(
            organizations("Il est diplômé de l'Université arabe des sciences de la sécurité."),
            ["Université arabe des sciences de la sécurité"]
        );
    }

    #[test]
    fn a_body_named_by_its_shape_is_told_its_acronym() {
        let text = "L'Agence nationale de sécurité (ANS) a été saisie; l'UA (AUHIP) aussi.";
        let found = crate::Extractor::new().extract(text);
        let forms: Vec<(&str, Option<&str>, Option<&str>)> = found
            .organizations
            .iter()
            .map(|o| (&*o.text, o.acronym.as_deref(), o.long_form.as_deref()))
            .collect();
        assert_eq!(
            forms[..2],
            [
                ("Agence nationale de sécurité", Some("ANS"), None),
                ("ANS", None, Some("Agence nationale de sécurité")),
            ]
        );
        // An acronym is told no acronym of its own.
        let ua = forms.iter().find(|f| f.0 == "UA").expect("the UA");
        assert_eq!(ua.1, None);
    }
}
