//! Where names start: after a title, at a known given name, after "homologue", in
//! apposition before an office, and as later mentions of a surname already seen.

use super::*;
use crate::hash::WordMap;
use crate::text::blank::{phrase_len, soft_gap};

/// The names written after a title (the last of a chain of titles), past whom an office
/// serves and one comma.
pub(super) fn after_titles(
    gazetteer: &Gazetteer,
    input: &str,
    titles: &[TitleMention<'_>],
    mentions: &Mentions<'_, '_>,
) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    let mut capitals = CapitalLines::default();
    for (i, title) in titles.iter().enumerate() {
        // Only the last title of a chain starts a name.
        if titles
            .get(i + 1)
            .is_some_and(|next| chained(input, title.end, next.start, mentions))
        {
            continue;
        }
        let mut at = title.end;
        // "Mme. Aïssata Diallo": an abbreviation's dot after an honorific found without it.
        if title.kind == TitleKind::Honorific && !title.text.ends_with('.') {
            at += usize::from(input[at..].starts_with('.'));
        }
        if let Some(end) = mentions.affiliation_span_after(input, at) {
            at = end;
        }
        // "l'ambassadeur de Chine au Niger WANG Lei": where an office's holder serves.
        if title.kind == TitleKind::Office {
            if let Some(end) = mentions.posting_span_after(input, at) {
                at = end;
            }
        }
        // "le général nigérian Illya Abbah": the rank's demonym, outside the title.
        let blanks = input[at..].len()
            - input[at..]
                .trim_start_matches(|c| blank(c) != Blank::No)
                .len();
        if blanks > 0 && is_soft_gap(&input[at..at + blanks]) {
            if let Some(end) = mentions.demonym_ending(at + blanks) {
                at = end;
            }
        }
        // "le lieutenant-colonel (lcol) Kent Miller": the title's abbreviation in parentheses.
        if let Some(len) = abbreviation_in_parentheses(&input[at..]) {
            at += len;
        }
        let rest = &input[at..];
        let skipped = rest.len()
            - rest
                .trim_start_matches(|c| c == ',' || blank(c) != Blank::No)
                .len();
        // At most one comma and one line break.
        let gap = &rest[..skipped];
        if gap.matches(',').count() > 1
            || gap.chars().filter(|&c| blank(c) == Blank::Break).count() > 1
        {
            continue;
        }
        let start = at + skipped;
        let Some(first) = word_at(input, start) else {
            continue;
        };
        // Words in capitals follow a title in a name, but in a line in capitals only a name
        // that starts at a known given name.
        let in_capitals = is_in_capitals(first.text)
            && capitals.covers(input, first.start, first.end)
            && !gazetteer.is_given_name(first.text);
        // "le commandant de la Force Conjointe": after an office that ends with a capitalised
        // noun, one capitalised word without a comma goes on that noun's name.
        let ends_capitalised = title.kind == TitleKind::Office
            && title.text.contains(char::is_whitespace)
            && title
                .text
                .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                .next()
                .is_some_and(|last| last.starts_with(char::is_uppercase));
        let glued = skipped > 0 && !gap.contains(',');
        if let Some((end, n)) = name_from(input, first, mentions, !in_capitals)
            .filter(|&(_, n)| n > 1 || !(ends_capitalised && glued))
            .filter(|&(_, n)| n > 1 || !acronym_like(first.text))
            // One word on the next line opens its sentence ("… les gouverneurs\nPoursuivant
            // les consultations, …").
            .filter(|&(_, n)| n > 1 || !gap.contains('\n'))
        {
            let chain = chain_before(input, titles, i, mentions);
            // "les généraux de brigade A B, C D et E F": a plural title names a list.
            let plural = title
                .text
                .split_whitespace()
                .next()
                .is_some_and(|head| head.ends_with(['s', 'x']));
            let mut last = (start, end, n);
            loop {
                found.push(Found {
                    start: last.0,
                    end: last.1,
                    words: last.2,
                    titles: chain.clone(),
                    key: None,
                });
                match plural
                    .then(|| next_in_list(input, last.1, mentions))
                    .flatten()
                {
                    Some(next) => last = next,
                    None => break,
                }
            }
        }
    }

    found
}

/// The next name of a list after a name ending at `end`: after a comma or "et", a name of
/// one word or more (start, end, words).
fn next_in_list(
    input: &str,
    end: usize,
    mentions: &Mentions<'_, '_>,
) -> Option<(usize, usize, usize)> {
    let rest = &input[end..];
    let gap = soft_gap(rest);
    let after = if rest[gap..].starts_with(',') {
        gap + 1
    } else {
        gap + phrase_len(&rest[gap..], "et")?
    };
    let blanks = soft_gap(&rest[after..]);
    if blanks == 0 && !rest[..after].ends_with(',') {
        return None;
    }
    let first = word_at(input, end + after + blanks)?;
    let (name_end, n) = name_from(input, first, mentions, true)?;
    Some((first.start, name_end, n))
}

/// The length of a short abbreviation in parentheses at the start of `text` after one blank
/// ("(lcol)", "(Gén.)"), with that blank.
fn abbreviation_in_parentheses(text: &str) -> Option<usize> {
    let gap = soft_gap(text);
    let inner = text[gap..].strip_prefix('(')?;
    let close = inner.find(')')?;
    let letters = &inner[..close];
    (gap > 0
        && (1..=8).contains(&letters.len())
        && letters
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-'))
    .then_some(gap + 1 + close + 1)
}

/// True when a word in capitals is an acronym rather than a surname: no vowel ("PRD"), or a
/// single letter joined by a hyphen ("N-VA").
fn acronym_like(word: &str) -> bool {
    let vowel = |c: char| "AEIOUYÀÂÄÉÈÊËÎÏÔÖÙÛÜ".contains(c);
    is_in_capitals(word)
        && (!word.chars().any(vowel)
            || word.split('-').any(|part| part.chars().count() == 1) && word.contains('-'))
}

/// Records a name found without a title before it: covered, and among the persons.
pub(super) fn found_untitled(
    found: &mut Vec<Found>,
    covered: &mut Covered,
    start: usize,
    end: usize,
    words: usize,
) {
    covered.insert(start, end);
    found.push(Found {
        start,
        end,
        words,
        titles: Vec::new(),
        key: None,
    });
}

/// The names of two words or more after "homologue(s)", with its demonym and a comma:
/// "son homologue Farhat Horchani", "son homologue sénégalais Augustin Tine". (A counterpart
/// is no title, but it names the person who follows.)
pub(super) fn after_counterparts(
    input: &str,
    heads: &[Hit],
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    // The scan found the nouns ([`PERSON_HEADS`](crate::lexicon::PERSON_HEADS)).
    for head in heads.iter().filter(|h| h.kinds.any(Kinds::PERSON_HEAD)) {
        let end = head.input_end;
        // The blanks after `end`, within one paragraph (a blank line ends everything).
        let skip_blanks = |end: usize| {
            let rest = &input[end..];
            let gap = rest.len() - rest.trim_start_matches(|c| blank(c) != Blank::No).len();
            (gap == 0 || is_soft_gap(&rest[..gap])).then_some(end + gap)
        };
        let Some(mut end) = skip_blanks(end) else {
            continue;
        };
        if let Some(demonym_end) = mentions.demonym_ending(end) {
            let Some(after) = skip_blanks(demonym_end) else {
                continue;
            };
            end = after;
        }
        if input[end..].starts_with(',') {
            let Some(after) = skip_blanks(end + 1) else {
                continue;
            };
            end = after;
        }
        let Some(first) = word_at(input, end) else {
            continue;
        };
        if covered.covers(first.start, first.end) {
            continue;
        }
        if let Some((end, n)) = name_from(input, first, mentions, false) {
            if n >= 2 {
                found_untitled(found, covered, first.start, end, n);
            }
        }
    }
}

/// The names that start at a known given name, or hold an initial ("Mamat O. Cham"), of two
/// words or more.
pub(super) fn at_given_names(
    gazetteer: &Gazetteer,
    input: &str,
    candidates: &[Word<'_>],
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    for &w in candidates {
        if !may_go_on(input, w.end) {
            continue;
        }
        let capitalised = is_capitalised(w.text);
        if !(capitalised || is_in_capitals(w.text)) || covered.covers(w.start, w.end) {
            continue;
        }
        let initial_inside = || {
            // A cheap look at the next letter first: an initial is a capital and a dot.
            let rest = input[w.run_end..].trim_start_matches(|c: char| !c.is_alphanumeric());
            let mut chars = rest.chars();
            if !matches!((chars.next(), chars.next()), (Some(c), Some('.')) if c.is_uppercase()) {
                return false;
            }
            let next = next_word(input, w.run_end);
            next.is_some_and(|n| is_initial(n.text))
                && next
                    .and_then(|n| next_word(input, n.run_end))
                    .is_some_and(|n| is_capitalised(n.text) && !is_initial(n.text))
        };
        let given = gazetteer.is_given_name(w.text);
        // In a line in capitals, a word of the sentence before a given name may be a first
        // name too ("TÉNÉ BIRAHIMA OUATTARA"): where the name starts is not told.
        if given && is_in_capitals(w.text) && name_may_start_before(input, w, mentions) {
            continue;
        }
        let surname = !given && surname_in_capitals_after(input, w, mentions);
        if !(given || surname || (capitalised && initial_inside())) {
            continue;
        }
        if let Some((end, n)) = name_from(input, w, mentions, given || surname) {
            if n >= 2 {
                let (start, before) = if given {
                    surnames_first(input, w, mentions, covered)
                } else {
                    (w.start, 0)
                };
                found_untitled(found, covered, start, end, n + before);
            }
        }
    }
}

/// Where a name that starts at a given name starts when its surname comes first, in a list
/// ("…, Rakotoarison Alphonse Anthony", "… et Tapsoba Marie Omer"): up to three capitalised
/// words before the given name, which a comma or "et" precede; and how many.
fn surnames_first(
    input: &str,
    given: Word<'_>,
    mentions: &Mentions<'_, '_>,
    covered: &Covered,
) -> (usize, usize) {
    let mut start = given.start;
    let mut words = 0;
    while words < 3 {
        let Some(w) = word_before(input, start) else {
            break;
        };
        let listed = |list: &[&str]| list.iter().any(|x| x.eq_ignore_ascii_case(w.text));
        let name_like = words::is_capitalised(w.text)
            && !is_in_capitals(w.text)
            && !is_initial(w.text)
            && !SENTENCE_OPENERS.contains(&w.text)
            && !listed(&NOT_NAME_STARTS)
            && !listed(&NOT_NAMES_IN_CAPITALS)
            && !mentions.overlaps_any(w.start, w.end)
            && !covered.covers(w.start, w.end)
            && !input[w.end..start].contains('\n');
        if !name_like {
            break;
        }
        start = w.start;
        words += 1;
    }
    if words == 0 {
        return (given.start, 0);
    }
    // A list's item: a comma or "et" before it.
    let before = input[..start].trim_end_matches(|c| blank(c) == Blank::Space);
    let listed = before.ends_with(',')
        || before
            .strip_suffix("et")
            .is_some_and(|b| b.ends_with(|c| blank(c) != Blank::No));
    if listed {
        (start, words)
    } else {
        (given.start, 0)
    }
}

/// True when `w`, a word in mixed case that no article precedes, has a surname in capitals
/// after it, the administrative way of writing a name ("Félicienne HOUESSOU", "Idrissa
/// KANTÉ a présidé"), outside a line in capitals.
fn surname_in_capitals_after(input: &str, w: Word<'_>, mentions: &Mentions<'_, '_>) -> bool {
    // A cheap look first: two capitals after one blank.
    let mut after = input[w.run_end..].chars();
    if !(after.next().is_some_and(|c| blank(c) != Blank::No)
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_uppercase))
    {
        return false;
    }
    // (A capitalised word has a letter in lower case: it is not in capitals.) Nor is an
    // elided article and its noun a given name ("L’article CONCERTATIONS …").
    if !is_capitalised(w.text) || SENTENCE_OPENERS.contains(&w.text) || elided_noun(w.text) {
        return false;
    }
    let Some(next) = next_word(input, w.run_end) else {
        return false;
    };
    let surname = next.text.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && next
            .text
            .chars()
            .all(|c| c.is_uppercase() || c == '-' || c == '\'')
        && !lower_case_in(next.text, &NOT_NAMES_IN_CAPITALS);
    if !surname || !is_soft_gap(&input[w.end..next.start]) {
        return false;
    }
    // A word that an article or a preposition precedes is a noun ("l'opération SERVAL").
    let determined = word_before(input, w.start).is_some_and(|b| {
        let lower = b.text.to_lowercase();
        crate::pipeline::phrase::is_determiner(&lower)
            || matches!(lower.as_str(), "de" | "du" | "des" | "au" | "aux")
    }) || input[..w.start].ends_with(['\'', '’']);
    !determined
        && !mentions.overlaps_any(next.start, next.end)
        && !CapitalLines::default().covers(input, w.start, next.end)
}

/// True when `word` is an elided article or preposition and a noun in lower case ("L’article",
/// "d'ici"), not a name ("D'Almeida", "N'Diaye").
fn elided_noun(word: &str) -> bool {
    let rest = ["L'", "l'", "D'", "d'", "L’", "l’", "D’", "d’"]
        .iter()
        .find_map(|p| word.strip_prefix(p));
    rest.is_some_and(|r| r.starts_with(char::is_lowercase))
}

/// The names in apposition before an office or a rank, of two words or more, whatever their
/// given name: "Abdeltif Loudyi, ministre délégué", "… et d'Antony Blinken, le secrétaire
/// d'État". The name ends at the comma before the title (and its article); it starts at the
/// first capitalised word from which one name runs to that comma.
pub(super) fn before_titles(
    input: &str,
    titles: &[TitleMention<'_>],
    candidates: &[Word<'_>],
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    /// How far before the comma a name may start, in bytes (seven long words).
    const REACH: usize = 96;
    for title in titles.iter().filter(|t| t.kind != TitleKind::Honorific) {
        let mut before = &input[..title.start];
        for article in ["le ", "la ", "l'", "l’"] {
            if let Some(rest) = before.strip_suffix(article) {
                before = rest;
                break;
            }
        }
        let Some(comma) = before
            .trim_end_matches(|c| blank(c) != Blank::No)
            .strip_suffix(',')
            .map(str::len)
        else {
            continue;
        };
        let high = candidates.partition_point(|w| w.start < comma);
        // The name's last word is capitalised and ends at the comma.
        if high == 0 || candidates[high - 1].end != comma {
            continue;
        }
        let low = candidates.partition_point(|w| w.start + REACH < comma);
        for w in &candidates[low..high] {
            if covered.covers(w.start, w.end) {
                continue;
            }
            if SENTENCE_OPENERS.contains(&w.text) || !is_capitalised(w.text) {
                continue;
            }
            if let Some((end, n)) = name_from(input, *w, mentions, false) {
                if end == comma && n >= 2 && !covered.covers(w.start, end) {
                    found_untitled(found, covered, w.start, end, n);
                    break;
                }
            }
        }
    }
}

/// Later mentions of the surnames of names of two words or more, by skeleton, and of their
/// first names where those are known given names.
pub(super) fn surnames_seen_before(
    gazetteer: &Gazetteer,
    input: &str,
    candidates: &[Word<'_>],
    mentions: &Mentions<'_, '_>,
    covered: &Covered,
    found: &mut Vec<Found>,
) {
    for f in found.iter_mut() {
        f.key = surname_key(&input[f.start..f.end]);
    }
    // The surnames of full names, and their first names where those are known given names
    // ("Khaled" after "Khaled ben Salmane").
    let mut keys: WordSet<String> = found
        .iter()
        .filter(|f| f.words >= 2)
        .filter_map(|f| f.key.clone())
        .collect();
    keys.extend(
        found
            .iter()
            .filter(|f| f.words >= 2)
            .filter_map(|f| input[f.start..f.end].split_whitespace().next())
            .filter(|first| gazetteer.is_given_name(first))
            .filter_map(skeleton::skeleton_of_word),
    );
    // Skeletons start with the word's first letter: a cheap filter before computing one.
    let mut initials: Vec<char> = keys.iter().filter_map(|k| k.chars().next()).collect();
    initials.sort_unstable();
    initials.dedup();
    for w in candidates {
        if keys.is_empty() {
            break;
        }
        let article = w
            .text
            .get(..3)
            .is_some_and(|a| a.eq_ignore_ascii_case("al-") || a.eq_ignore_ascii_case("el-"));
        let first = if article { &w.text[3..] } else { w.text };
        // (Sorted: a binary search, however many initials a long document has.)
        if !skeleton::initial_of(first).is_some_and(|c| initials.binary_search(&c).is_ok()) {
            continue;
        }
        // A word in capitals may be a surname ("KONATÉ"), not a small word of the sentence.
        // (A capitalised word is not in capitals: one test or the other.)
        let capitalised = is_capitalised(w.text);
        let in_capitals = !capitalised
            && is_in_capitals(w.text)
            && !lower_case_in(w.text, &NOT_NAMES_IN_CAPITALS);
        if covered.covers(w.start, w.end) || !(capitalised || in_capitals) {
            continue;
        }
        if mentions.overlaps_any(w.start, w.end) {
            continue;
        }
        let mut buffer = [0; SKELETON_BUFFER];
        if let Some(key) = skeleton_into(w.text, &mut buffer).filter(|k| keys.contains(&**k)) {
            // In a line in capitals, a word of the sentence may have a surname's skeleton
            // ("JUNTE", "CADRE"): there only a name's first or last word as spelt is one, and
            // only where no word before it may be the name's.
            let spelt = || {
                let folded = crate::text::fold_str(w.text);
                found.iter().filter(|f| f.words >= 2).any(|f| {
                    let mut words = input[f.start..f.end].split_whitespace();
                    let first = words.next();
                    [first, words.next_back()]
                        .into_iter()
                        .flatten()
                        .any(|word| crate::text::fold_str(word) == folded)
                })
            };
            if in_capitals
                && CapitalLines::default().covers(input, w.start, w.end)
                && (!spelt() || name_may_start_before(input, *w, mentions))
            {
                continue;
            }
            // "E. Macron": an initial right before, which no title holds, is the name's.
            let before = &input[..w.start];
            let blanks = before.trim_end_matches(|c| blank(c) != Blank::No);
            let initial = (blanks.len() < before.len() && is_soft_gap(&before[blanks.len()..]))
                .then_some(blanks)
                .and_then(|b| b.strip_suffix('.'))
                .and_then(|b| {
                    let c = b.chars().next_back()?;
                    let at = b.len() - c.len_utf8();
                    let alone = b[..at]
                        .chars()
                        .next_back()
                        .map_or(true, |p| !p.is_alphanumeric());
                    // "M." is the honorific, whatever the line's case.
                    (c.is_uppercase()
                        && c != 'M'
                        && alone
                        && !mentions.overlaps_any(at, b.len() + 1))
                    .then_some(at)
                });
            // "Le Drian", "Ibn Chambas": a capitalised particle right before is the
            // surname's ("Jean-Yves Le Drian", "Mohamed Ibn Chambas").
            let particle = || {
                let trimmed = before.trim_end_matches(|c| blank(c) != Blank::No);
                if trimmed.len() == before.len() || !is_soft_gap(&before[trimmed.len()..]) {
                    return None;
                }
                let before = trimmed;
                let at = before.rfind(|c: char| !c.is_alphabetic()).map_or(0, |i| {
                    i + before[i..].chars().next().map_or(1, char::len_utf8)
                });
                let word = &before[at..];
                let particle = word.starts_with(char::is_uppercase)
                    && (matches!(word, "Le" | "La")
                        || NAME_PARTICLES.iter().any(|p| word.eq_ignore_ascii_case(p)));
                (particle && !mentions.overlaps_any(at, before.len())).then_some(at)
            };
            found.push(Found {
                start: initial.or_else(particle).unwrap_or(w.start),
                end: w.end,
                // A short mention still: its canonical is the full name.
                words: 1,
                titles: Vec::new(),
                key: Some(key.into_owned()),
            });
        }
    }
}

/// Full names seen again, whole or in part, where no anchor marks them: the words before a
/// later surname that are the full name's own ("Bahram Qassemi" at the start of a sentence
/// after "…, Bahram Qassemi, a condamné") join it, and the first two words or more of a full
/// name are a mention of that person ("Téné Birahima" after "Téné Birahima Ouattara").
pub(super) fn full_names_seen_again(
    input: &str,
    candidates: &[Word<'_>],
    mentions: &Mentions<'_, '_>,
    covered: &Covered,
    found: &mut Vec<Found>,
) {
    // The distinct full names, their words folded, with their surname keys; indexed by key
    // and by first word, so that a long document costs in proportion to its length.
    let mut full: Vec<(Vec<String>, Option<String>)> = found
        .iter()
        .filter(|f| f.words >= 2)
        .map(|f| {
            let words: Vec<String> = input[f.start..f.end]
                .split_whitespace()
                .map(crate::text::fold_str)
                .collect();
            (words, f.key.clone())
        })
        .collect();
    if full.is_empty() {
        return;
    }
    // The first of each distinct name, in order (sorted, not hashed: no name is copied).
    let mut firsts: Vec<usize> = (0..full.len()).collect();
    firsts.sort_by(|&a, &b| full[a].cmp(&full[b]).then(a.cmp(&b)));
    firsts.dedup_by(|b, a| full[*a] == full[*b]);
    if firsts.len() < full.len() {
        let mut first = vec![false; full.len()];
        for i in firsts {
            first[i] = true;
        }
        let mut i = 0;
        full.retain(|_| {
            i += 1;
            first[i - 1]
        });
    }
    let mut by_key: WordMap<&str, Vec<usize>> = WordMap::default();
    let mut by_first: WordMap<&str, Vec<usize>> = WordMap::default();
    for (i, (words, key)) in full.iter().enumerate() {
        if let Some(key) = key {
            by_key.entry(key.as_str()).or_default().push(i);
        }
        if words.len() >= 3 {
            by_first.entry(words[0].as_str()).or_default().push(i);
        }
    }
    let same = |word: &Word<'_>, folded: &str| {
        word.text.len() <= folded.len() + 8 && folds_to(word.text, folded)
    };
    // A short mention of a surname, or the last words of a full name ("Albert Camara" for
    // "Damantang Albert Camara"): the full name's words before it, as written before it.
    for f in found.iter_mut().filter(|f| f.titles.is_empty()) {
        // Only a name whose surname a longer full name shares.
        let Some(same_key) = f
            .key
            .as_deref()
            .and_then(|k| by_key.get(k))
            .filter(|list| list.iter().any(|&i| full[i].0.len() > f.words))
        else {
            continue;
        };
        let short: Vec<String> = input[f.start..f.end]
            .split_whitespace()
            .map(crate::text::fold_str)
            .collect();
        let mut best: Option<(usize, usize)> = None;
        for (words, _) in same_key.iter().map(|&i| &full[i]) {
            if words.len() <= short.len() || !words.ends_with(&short) {
                continue;
            }
            let mut start = f.start;
            let mut joined = 0;
            for folded in words[..words.len() - short.len()].iter().rev() {
                match word_before(input, start) {
                    Some(w) if same(&w, folded) && !mentions.overlaps_any(w.start, w.end) => {
                        start = w.start;
                        joined += 1;
                    }
                    _ => break,
                }
            }
            if joined > 0 && best.map_or(true, |(s, _)| start < s) {
                best = Some((start, joined));
            }
        }
        if let Some((start, joined)) = best {
            if !covered.covers(start, f.start) {
                f.start = start;
                f.words += joined;
            }
        }
    }
    // The first words of a full name, two or more; their initials first, a cheap filter.
    let initial = |word: &str| match word.chars().next().map(crate::text::fold_char) {
        Some(crate::text::Folded::Char(c)) => Some(c.to_ascii_lowercase()),
        _ => None,
    };
    let mut initials: Vec<char> = by_first.keys().filter_map(|w| initial(w)).collect();
    initials.sort_unstable();
    initials.dedup();
    let mut seen: Vec<Found> = Vec::new();
    for w in candidates {
        if initials.is_empty() {
            break;
        }
        if !initial(w.text).is_some_and(|c| initials.binary_search(&c).is_ok())
            || !is_capitalised(w.text)
            || covered.covers(w.start, w.end)
        {
            continue;
        }
        if seen.last().is_some_and(|s| s.end > w.start) {
            continue;
        }
        // The candidate folded once, for all the full names.
        let mut buffer = [0; 64];
        let folded = fold_word(w.text, &mut buffer);
        let mut best: Option<(usize, usize, &Option<String>)> = None;
        let starting = by_first.get(&*folded).into_iter().flatten();
        for (words, key) in starting.map(|&i| &full[i]) {
            if w.text.len() > words[0].len() + 8 {
                continue;
            }
            let (mut end, mut n) = (w.end, 1);
            while let Some(next) = words.get(n) {
                match next_word(input, end) {
                    Some(x) if is_soft_gap(&input[end..x.start]) && same(&x, next) => {
                        end = x.end;
                        n += 1;
                    }
                    _ => break,
                }
            }
            if n >= 2 && best.map_or(true, |(e, _, _)| end > e) {
                best = Some((end, n, key));
            }
        }
        if let Some((end, n, key)) = best {
            if !covered.covers(w.start, end) && !mentions.overlaps_any(w.start, end) {
                seen.push(Found {
                    start: w.start,
                    end,
                    words: n,
                    titles: Vec::new(),
                    key: key.clone(),
                });
            }
        }
    }
    found.extend(seen);
}

/// `word` folded (lower case, no accents), in `buffer` when it fits.
fn fold_word<'b>(word: &str, buffer: &'b mut [u8; 64]) -> Cow<'b, str> {
    match crate::text::fold::fold_into(word, buffer).map(std::str::from_utf8) {
        Some(Ok(folded)) => Cow::Borrowed(folded),
        _ => Cow::Owned(crate::text::fold_str(word)),
    }
}

/// True when `word` folds to `folded`.
fn folds_to(word: &str, folded: &str) -> bool {
    *fold_word(word, &mut [0; 64]) == *folded
}

/// The word that ends right before `at`, past a soft gap (blanks, one line break at most).
pub(super) fn word_before(input: &str, at: usize) -> Option<Word<'_>> {
    let before = &input[..at];
    let trimmed = before.trim_end_matches(|c| blank(c) != Blank::No);
    if trimmed.len() == before.len() || !is_soft_gap(&before[trimmed.len()..]) {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-' || c == '\'' || c == '’')
        .last()
        .map(|(i, _)| i)?;
    word_at(input, start).filter(|w| w.end == trimmed.len())
}

#[cfg(test)]
mod tests {
    /// The persons of `text`: each mention as written, with its canonical name.
    fn persons(text: &str) -> Vec<(String, String)> {
        crate::Extractor::new()
            .extract(text)
            .persons
            .iter()
            .map(|p| (p.text.to_string(), p.canonical.to_string()))
            .collect()
    }

    fn pair(text: &str, canonical: &str) -> (String, String) {
        (text.to_string(), canonical.to_string())
    }

    #[test]
    fn full_names_seen_again_whole_or_by_their_first_words() {
        let text = "Le porte-parole du ministère zambien de l'Intérieur, Kaunda Mweemba \
                    Phiri, a dénoncé l'attaque. Kaunda Mweemba a ensuite reçu la presse. \
                    Kaunda Mweemba Phiri a conclu.";
        assert_eq!(
            persons(text),
            [
                pair("Kaunda Mweemba Phiri", "Kaunda Mweemba Phiri"),
                pair("Kaunda Mweemba", "Kaunda Mweemba Phiri"),
                pair("Kaunda Mweemba Phiri", "Kaunda Mweemba Phiri"),
            ]
        );
    }

    #[test]
    fn a_rank_and_its_demonym_then_the_name() {
        let text = "La brigade que commande le colonel  tchadien\tOumar Djimet Taha a reçu des \
                    renforts.";
        assert_eq!(
            persons(text),
            [pair("Oumar Djimet Taha", "Oumar Djimet Taha")]
        );
    }

    #[test]
    fn an_honorific_glued_to_the_name() {
        let text = "Il s'est entretenu avec M.Tidjane Wobo Kadré, puis avec Mme.Awa Sidibé.";
        let names: Vec<String> = persons(text).into_iter().map(|(t, _)| t).collect();
        assert_eq!(names, ["Tidjane Wobo Kadré", "Awa Sidibé"]);
        // Not inside initials.
        assert!(persons("Les forces des U.S.A. et du Canada.").is_empty());
    }

    #[test]
    fn particles_in_capitals_conjunctions_and_the_names_of_bodies_after_titles() {
        let names =
            |text: &str| -> Vec<String> { persons(text).into_iter().map(|(t, _)| t).collect() };
        assert_eq!(
            names("Le ministre Saïd Rachid EL Mansouri a signé."),
            ["Saïd Rachid EL Mansouri"]
        );
        assert!(names("Le Roi, Que Dieu Le Préserve, a reçu la délégation.").is_empty());
        // The title ends with a body's capitalised noun: one word after it is that body's.
        assert!(names("Le commandant de la Force Mixte a visité le camp.").is_empty());
        assert_eq!(
            names("Le commandant de la Force, Hamidou Kanté, a visité le camp."),
            ["Hamidou Kanté"]
        );
    }

    #[test]
    fn a_surname_in_capitals_after_a_word_in_mixed_case() {
        let names =
            |text: &str| -> Vec<String> { persons(text).into_iter().map(|(t, _)| t).collect() };
        assert_eq!(
            names("Texte : Ornella KPADONOU\nPhotos : la rédaction"),
            ["Ornella KPADONOU"]
        );
        // A noun after an article, a headline in capitals: no name.
        assert!(names("Les éléments de l'opération SERVAL ont quitté la ville.").is_empty());
        assert!(names("LA REUNION DU COMITE DE DEFENSE S'EST TENUE HIER").is_empty());
    }
}
