//! Where names start: after a title (and the names of a list after a plural one), at a known
//! given name (or the surnames written before it in a list), after "homologue", and in
//! apposition before an office. Later mentions are `again`'s.

use super::*;
use crate::lexicon::PROFESSIONS_BEFORE_NAMES;
use crate::text::blank::{phrase_len, soft_gap};

/// The names written after a title (the last of a chain of titles), past whom an office
/// serves and one comma.
#[inline(never)]
pub(super) fn after_titles(
    gazetteer: &Gazetteer,
    input: &str,
    titles: &[TitleMention<'_>],
    mentions: &Mentions<'_, '_>,
) -> Vec<Found> {
    // Room for a name after each title (most have one), not grown by doubling.
    let mut found: Vec<Found> = Vec::with_capacity(titles.len());
    let mut capitals = CapitalLines::default();
    for (i, title) in titles.iter().enumerate() {
        // Only the last title of a chain starts a name. (The affiliation after the title,
        // asked once: for the chain, and as the start of what follows.)
        let affiliation = mentions.affiliation_span_after(input, title.end);
        if titles.get(i + 1).is_some_and(|next| {
            near(title.end, next.start) && chained_past(input, title.end, next.start, affiliation)
        }) {
            continue;
        }
        let mut at = title.end;
        // "Mme. Aïssata Diallo": an abbreviation's dot after an honorific found without it.
        if title.kind == TitleKind::Honorific && !title.text.ends_with('.') {
            at += usize::from(input[at..].starts_with('.'));
        }
        let affiliation = if at == title.end {
            affiliation
        } else {
            mentions.affiliation_span_after(input, at)
        };
        if let Some(end) = affiliation {
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
        // (Most gaps are one space.)
        if gap != " "
            && (gap.matches(',').count() > 1
                || gap.chars().filter(|&c| blank(c) == Blank::Break).count() > 1)
        {
            continue;
        }
        let start = at + skipped;
        let Some(first) = word_at(input, start) else {
            continue;
        };
        // "le ministre d'État Docteur Mohamed Diané": a profession written out before the name
        // is neither a title nor part of the name.
        let profession = PROFESSIONS_BEFORE_NAMES.contains(&first.text);
        let (start, first) = match profession
            .then(|| next_word(input, first.run_end))
            .flatten()
        {
            Some(next) if is_soft_gap(&input[first.end..next.start]) => (next.start, next),
            _ => (start, first),
        };
        // "le lieutenant-colonel D. MARDUEL": an initial opens the name that follows it ("M."
        // is Monsieur's).
        let (first, initial) = match (is_initial(first.text) && first.text != "M.")
            .then(|| next_word(input, first.run_end))
            .flatten()
        {
            Some(next) if is_soft_gap(&input[first.end..next.start]) => (next, 1),
            _ => (first, 0),
        };
        // "le général de Villiers", "M. du Plessis": after a rank or an honorific, a
        // nobiliary particle opens the name when a capitalised word that nothing else claims
        // follows it, and no given name nor elided complement after that word (in "le
        // colonel du Génie Jean Dupont", "le Général de Corps d'Armée" the particle is the
        // rank's complement).
        let (start, first, initial) =
            match (matches!(title.kind, TitleKind::Rank | TitleKind::Honorific)
                && matches!(first.text, "de" | "du")
                && initial == 0)
                .then(|| next_word(input, first.run_end))
                .flatten()
            {
                Some(next)
                    if &input[first.end..next.start] == " "
                        && words::is_capitalised(next.text)
                        && !mentions.overlaps_any(next.start, next.end)
                        && !next_word(input, next.run_end).is_some_and(|after| {
                            is_soft_gap(&input[next.end..after.start])
                                && (gazetteer.is_given_name(after.text)
                                    || after.text.starts_with("d'")
                                    || after.text.starts_with("d’"))
                        }) =>
                {
                    (first.start, next, 1)
                }
                _ => (start, first, initial),
            };
        // Words in capitals follow a title in a name, but in a line in capitals only a name
        // that starts at a known given name.
        let in_capitals = is_in_capitals(first.text)
            && capitals.covers(input, first.start, first.end)
            && !gazetteer.is_given_name(first.text);
        // "le commandant de la Force Conjointe": after an office that ends with a capitalised
        // noun, one capitalised word without a comma goes on that noun's name.
        // (Asked only of a name of one word.)
        let ends_capitalised = || {
            title.kind == TitleKind::Office
                && title.text.contains(char::is_whitespace)
                && title
                    .text
                    .rsplit(|c: char| c.is_whitespace() || c == '\'' || c == '’')
                    .next()
                    .is_some_and(|last| last.starts_with(char::is_uppercase))
        };
        let glued = skipped > 0 && !gap.contains(',');
        if let Some((end, n)) = name_from(input, first, mentions, !in_capitals)
            .map(|(end, n)| (end, n + initial))
            .filter(|&(_, n)| n > 1 || !(glued && ends_capitalised()))
            .filter(|&(_, n)| n > 1 || !acronym_like(first.text))
            // One word on the next line opens its sentence ("… les gouverneurs\nPoursuivant
            // les consultations, …").
            .filter(|&(_, n)| n > 1 || !gap.contains('\n'))
        {
            let mut chain = chain_before(input, titles, i, mentions);
            // "le général Cheikh Wade": after a rank, an honorific written as a word is the
            // given name (and no longer a title), unless the name is a Gulf chain of filiation
            // that the honorific opens ("le général Cheikh Adel bin Jassim Al Dosari").
            let mut start = start;
            let mut n = n;
            if let [.., rank, honorific] = chain[..] {
                let filiation = input[first.start..end]
                    .split_whitespace()
                    .any(|w| w == "Al" || lower_case_in(w, &["bin", "ben", "ibn"]));
                if titles[rank].kind == TitleKind::Rank
                    && titles[honorific].kind == TitleKind::Honorific
                    && !titles[honorific].text.contains('.')
                    && is_capitalised(&titles[honorific].text)
                    && !filiation
                {
                    start = titles[honorific].start;
                    n += 1;
                    chain.pop();
                }
            }
            // "les généraux de brigade A B, C D et E F": a plural title names a list.
            let plural = title
                .text
                .split_whitespace()
                .next()
                .is_some_and(|head| head.ends_with(['s', 'x']));
            let mut last = (start, end, n);
            loop {
                let next = plural
                    .then(|| next_in_list(input, last.1, mentions))
                    .flatten();
                // The chain itself for the last name (most titles name one), a copy before.
                let titles = match next {
                    Some(_) => chain.clone(),
                    None => std::mem::take(&mut chain),
                };
                found.push(Found {
                    start: last.0,
                    end: last.1,
                    words: last.2,
                    titles,
                    key: None,
                });
                match next {
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
    let len = crate::pipeline::mentions::parenthesis_len(text)?;
    let gap = soft_gap(text);
    let inner = &text[gap + 1..len - 1];
    (gap > 0
        && inner.len() <= 8
        && inner
            .chars()
            .all(|c| c.is_alphabetic() || c == '.' || c == '-'))
    .then_some(len)
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
#[inline(never)]
pub(super) fn after_counterparts(
    input: &str,
    heads: &[Hit],
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    // The scan found the nouns ([`PERSON_HEADS`](crate::lexicon::PERSON_HEADS)).
    for head in heads.iter().filter(|h| h.kinds.any(Kinds::PERSON_HEAD)) {
        name_after(input, head.input_end, true, mentions, covered, found);
    }
}

/// The names of two words or more after a demonym used as a noun, with its article: "la
/// victoire de l'Ivoirien Koffi Yao", "la Sénégalaise Awa Diop".
#[inline(never)]
pub(super) fn after_demonym_nouns(
    input: &str,
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    for demonym in mentions.countries.iter().filter(|c| c.demonym) {
        let before = input[..demonym.start].trim_end_matches(' ');
        // "le", "la", "les" and a space, or "l'" glued to the demonym.
        let spaced = before.len() < demonym.start
            && [" le", " la", " les"].iter().any(|a| before.ends_with(a));
        let elided = [" l'", " l’", " L'", " L’"]
            .iter()
            .any(|a| before.ends_with(a));
        let article = spaced || elided;
        if article && demonym.text.starts_with(char::is_uppercase) {
            name_after(input, demonym.end, false, mentions, covered, found);
        }
    }
}

/// The name of two words or more after `end`, past blanks within one paragraph (and, where
/// `with_demonym`, a demonym and a comma): found untitled.
fn name_after(
    input: &str,
    end: usize,
    with_demonym: bool,
    mentions: &Mentions<'_, '_>,
    covered: &mut Covered,
    found: &mut Vec<Found>,
) {
    // The blanks after `end`, within one paragraph (a blank line ends everything).
    let skip_blanks = |end: usize| {
        let rest = &input[end..];
        let gap = rest.len() - rest.trim_start_matches(|c| blank(c) != Blank::No).len();
        (gap == 0 || is_soft_gap(&rest[..gap])).then_some(end + gap)
    };
    let Some(mut end) = skip_blanks(end) else {
        return;
    };
    if with_demonym {
        if let Some(demonym_end) = mentions.demonym_ending(end) {
            let Some(after) = skip_blanks(demonym_end) else {
                return;
            };
            end = after;
        }
        if input[end..].starts_with(',') {
            let Some(after) = skip_blanks(end + 1) else {
                return;
            };
            end = after;
        }
    }
    let Some(first) = word_at(input, end) else {
        return;
    };
    if covered.covers(first.start, first.end) {
        return;
    }
    if let Some((end, n)) = name_from(input, first, mentions, false) {
        if n >= 2 {
            found_untitled(found, covered, first.start, end, n);
        }
    }
}

/// The names that start at a known given name, or hold an initial ("Mamat O. Cham"), of two
/// words or more.
#[inline(never)]
pub(super) fn at_given_names(cx: Reader<'_, '_>, names: &mut FoundNames) {
    let (gazetteer, input, candidates, mentions) =
        (cx.gazetteer, cx.input, cx.candidates, cx.mentions);
    let FoundNames { found, covered } = names;
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
        // A state named like a person before a capitalised word is a given name ("Maurice
        // Kamto"; the state leaves the mentions when the name is found), unless a word in
        // lower case makes it a complement ("le Premier ministre de Maurice Pravind …").
        let state_named_like_a_person = || {
            mentions.name_like_states.contains(&(w.start, w.end))
                && !input[..w.start]
                    .trim_end()
                    .ends_with(|c: char| c.is_lowercase() || c == '\'' || c == '’')
                && next_word(input, w.run_end).is_some_and(|n| {
                    is_capitalised(n.text)
                        && !SENTENCE_OPENERS.contains(&n.text)
                        && is_soft_gap(&input[w.end..n.start])
                })
        };
        let given = gazetteer.is_given_name_or_compound(w.text) || state_named_like_a_person();
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
        && !NOT_NAMES_IN_CAPITALS_LISTED.holds(next.text);
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
#[inline(never)]
pub(super) fn before_titles(
    cx: Reader<'_, '_>,
    titles: &[TitleMention<'_>],
    names: &mut FoundNames,
) {
    let (input, candidates, mentions) = (cx.input, cx.candidates, cx.mentions);
    let FoundNames { found, covered } = names;
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

/// The word that ends right before `at`, past a soft gap (blanks, one line break at most).
pub(super) fn word_before(input: &str, at: usize) -> Option<Word<'_>> {
    // Most words before a word: one space after a run of ASCII letters, digits, hyphens and
    // apostrophes that a byte in ASCII (or the text's start) precedes, read back byte by byte.
    let bytes = input.as_bytes();
    if at >= 2 && bytes[at - 1] == b' ' && !matches!(bytes[at - 2], 9..=13 | b' ' | 0x80..) {
        let end = at - 1;
        let mut start = end;
        while start > 0
            && (bytes[start - 1].is_ascii_alphanumeric()
                || matches!(bytes[start - 1], b'-' | b'\''))
        {
            start -= 1;
        }
        if start == 0 || bytes[start - 1].is_ascii() {
            return (start < end)
                .then(|| word_at(input, start))
                .flatten()
                .filter(|w| w.end == end);
        }
    }
    word_before_slowly(input, at)
}

/// [`word_before`] without its look at the bytes first.
fn word_before_slowly(input: &str, at: usize) -> Option<Word<'_>> {
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
pub(super) mod tests {
    /// The persons `extractor` finds in `text` (its spans checked): each mention as written,
    /// with its canonical name.
    pub(in crate::pipeline::persons) fn persons_by(
        extractor: &crate::Extractor,
        text: &str,
    ) -> Vec<(String, String)> {
        let found = extractor.extract(text);
        found.check(text).unwrap();
        found
            .persons
            .iter()
            .map(|p| (p.text.to_string(), p.canonical.to_string()))
            .collect()
    }

    /// The persons of `text` with the embedded gazetteers.
    pub(in crate::pipeline::persons) fn persons(text: &str) -> Vec<(String, String)> {
        persons_by(&crate::Extractor::new(), text)
    }

    pub(in crate::pipeline::persons) fn pair(text: &str, canonical: &str) -> (String, String) {
        (text.to_string(), canonical.to_string())
    }

    proptest::proptest! {
        /// The word before an offset, read back byte by byte in ASCII, is the one read back
        /// character by character.
        #[test]
        fn the_word_before_is_read_back_as_the_definition_reads_it(
            text in "([a-zA-Z0-9,.;'’\\- \t\n\r]|é|É|\u{a0}|d'|M\\.|  ){0,16}",
            at in 0usize..48,
        ) {
            if at <= text.len() && text.is_char_boundary(at) {
                let found = |w: Option<super::super::Word<'_>>| w.map(|w| (w.start, w.end, w.run_end));
                proptest::prop_assert_eq!(
                    found(super::word_before(&text, at)),
                    found(super::word_before_slowly(&text, at))
                );
            }
        }
    }

    #[test]
    fn a_profession_written_out_after_a_title_is_not_the_names() {
        assert_eq!(
            persons("Le ministre d'État Docteur Kemal ORBANDI a reçu les chefs."),
            [pair("Kemal ORBANDI", "Kemal ORBANDI")]
        );
    }

    #[test]
    fn names_after_a_demonym_noun_a_colleague_or_a_member_of_parliament() {
        assert_eq!(
            persons("La victoire de l'Ivoirien Kouamé Yapo devant la Sénégalaise Awa Ndiaye."),
            [
                pair("Kouamé Yapo", "Kouamé Yapo"),
                pair("Awa Ndiaye", "Awa Ndiaye")
            ]
        );
        assert_eq!(
            persons("Il remercie son collègue Liu Weiming et la députée Nadia Ramsahye."),
            [
                pair("Liu Weiming", "Liu Weiming"),
                pair("Nadia Ramsahye", "Nadia Ramsahye")
            ]
        );
        // A demonym as an adjective, or without its article, names no one.
        assert!(persons("Les forces ivoiriennes Sud Est ont avancé.").is_empty());
    }

    #[test]
    fn a_nobiliary_particle_after_a_rank_or_an_honorific_opens_the_name() {
        assert_eq!(
            persons("Il a salué le général de Boisrenaud puis M. du Vallon."),
            [
                pair("de Boisrenaud", "de Boisrenaud"),
                pair("du Vallon", "du Vallon")
            ]
        );
        // The rank's complement: a given name, or an elided word, after the capitalised word.
        assert_eq!(
            persons("Le colonel du Génie Marc Tessier et le Général de Corps d'Armée Yaya Koné."),
            [
                pair("Marc Tessier", "Marc Tessier"),
                pair("Yaya Koné", "Yaya Koné")
            ]
        );
        // Nor a state after the particle.
        assert!(persons("Il a reçu le général de Madagascar.").is_empty());
    }

    #[test]
    fn an_initial_after_a_title_opens_the_name() {
        assert_eq!(
            persons("Il a été reçu par le lieutenant-colonel D. MARBOUEL, attaché de défense."),
            [pair("D. MARBOUEL", "D. MARBOUEL")]
        );
        // "M." after a title is Monsieur's.
        assert_eq!(
            persons("L'ambassadeur du Japon M. Kenji ODATO a signé."),
            [pair("Kenji ODATO", "Kenji ODATO")]
        );
    }

    #[test]
    fn a_compound_of_given_names_opens_a_name() {
        assert_eq!(
            persons(
                "La visite a été préparée par Xavier-Luc Dumortan. Dumortan a salué les troupes."
            ),
            [
                pair("Xavier-Luc Dumortan", "Xavier-Luc Dumortan"),
                pair("Dumortan", "Xavier-Luc Dumortan")
            ]
        );
        // Not a hyphenated place or a word that is no given name.
        assert!(persons("Il arrive de Guinée-Bissau Lundi.").is_empty());
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

    #[test]
    fn after_a_rank_an_honorific_word_is_the_given_name_unless_a_gulf_filiation_follows() {
        let text = "Le général de corps d'armée Cheikh Mbodj a reçu le général de brigade \
                    Cheikh Salem bin Rashid Al Nuaimi.";
        assert_eq!(
            persons(text),
            [
                pair("Cheikh Mbodj", "Cheikh Mbodj"),
                pair("Salem bin Rashid Al Nuaimi", "Salem bin Rashid Al Nuaimi")
            ]
        );
        let found = crate::Extractor::new().extract(text);
        let titles: Vec<&str> = found.titles.iter().map(|t| &*t.text).collect();
        assert_eq!(
            titles,
            ["général de corps d'armée", "général de brigade", "Cheikh"]
        );
        assert_eq!(found.persons[0].titles, [0]);
        assert_eq!(found.persons[1].titles, [1, 2]);
    }
}
