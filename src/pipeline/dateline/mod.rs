//! The dateline: the place and/or date of publication given before the body.
//!
//! The first lines of the document (at most 40 lines or 4 000 bytes, and none after the first
//! body paragraph, a run of 25 words or more that ends a sentence, but what the end of this
//! comment says) are read in order:
//! - `PLACE, [Country,] [le] DATE …`: "Riyad, 31-5-2023", "Paris, le 12 mars 2024",
//!   "ADDIS ABEBA, Ethiopie, 3 septembre 2014/African Press Organization (APO)/ —": the
//!   dateline, whatever came before;
//! - `PLACE [, Country] [(AGENCY)] - …` where PLACE is a known place, written in capitals, or
//!   followed by an agency: "Niamey - ", "NOUAKCHOTT (AFP) -", "Tripoli, Libye (PANA) -" (the
//!   place, with the date that follows the dash or else the date line above it); in a body
//!   paragraph (over its lines when a mail or wire system wrapped it, each line as full as
//!   the next one's first word leaves it), a colon, a slash or a bar also ends the place ("Kigali: Le secrétaire…",
//!   "Téhéran/Le ministre…", "QUÉBEC | (AFP) Le …"), and an agency needs no dash ("NIAMEY
//!   (ANP) Le …"), never in a headline ("Nouakchott : …" is not a dateline);
//!   a source before a known place or a country in parentheses gives it ("AGENCE (Rabat) –",
//!   "Site-Info (Liban)-", "AGENCE - (Nouakchott) –"), and a known country after the comma
//!   a place the gazetteer lacks ("Fribourg, Suisse — …"); furniture glued before the line's
//!   text is left out (markup tags, "`<strong>`Addis Abeba — …"; a source in capitals and an
//!   underscore, "AGENCE_Conakry, le …"; a credit and a hyphen before a dateline in
//!   parentheses, "©Agence-(Lomé, le …)-"), and so are a wire's authors before its opener
//!   ("par Awa Diallo WASHINGTON (Reuters) - …"); an
//!   agency may also come after a comma ("Ouagadougou, (AIB) -"), open the line ("(AIP) –
//!   Abidjan, le …") or be glued to a known place ("APA-Rabat (Maroc)"), and a preposition
//!   before the place is left out ("À Abuja, le …"); a weekday, in French or English, whole
//!   or abbreviated, is never a place ("Fri, 24 Jun 2022": a date line), nor is a state in
//!   capitals ("RDC : …", a headline), a known organisation ("ANI - …"; "AFP, 3 mars 2019": a
//!   date line) or a newspaper's rubric ("SÉCURITÉ – …"), nor is the place before a headline
//!   closed by its date in parentheses ("Koweït - Déplacement du ministre (25 avril 2025)");
//!   a parenthesis without a letter is no agency ("Série (2) –"); a dash garbled into " ? "
//!   or written " _ " is a dash; an
//!   agency glued after a known place is left out ("Tunis-TAP -"); a known city and a full
//!   stop open a body paragraph ("Niamey. Présent à …");
//! - the dateline in parentheses ("(Niamey, 13 mai 2021) Le …", or before a dash; a known
//!   place needs no comma: "(Niamey 13 mai 2021. GMT+1)"), a date in parentheses
//!   before a dash ("(Le 6 mai 2014) - OTTAWA - …"), a postcode before the place ("3003
//!   Berne, le 19 mai 2005"), two known places joined by a slash or a hyphen before a comma
//!   and a date (names the gazetteer lacks only before a comma and a day: "Berne/Sion,
//!   14.11.2015 (agence)"), a date in parentheses ("Dakar/New York, le 5 janvier 2021 –":
//!   both) or a spaced dash ("NEW YORK/GENÈVE – …", dated by the date line above, if any),
//!   or by a comma before the date's comma ("Dakar, Paris, 9 mai 2021": a country there is the
//!   place's own);
//! - a known city alone on its line, under a line that ends a sentence or a blank line (with
//!   the date line above it, if any): under a line that goes on, it ends a wrapped sentence;
//!   under a blank line, even past a first paragraph (a chapeau); over a source, a slash and
//!   a known place ("AGENCE/ Niamey", "AGENCE / Dakar / Author"), the desk's city: the place
//!   below is the dateline's;
//! - inside a line, a known place, a comma, its date, an agency and a dash ("… de l'armée
//!   Ouagadougou, 8 mai 2019 (AFP) - …": a headline glued to its body; a wire's day without
//!   its year, "GENÈVE, 27 février (Xinhua) --", takes it from the date line above), or after a
//!   sentence's full stop, a known place, a comma, its day and a dash ("Discours du ministre.
//!   Strasbourg, le 14 septembre 2015 – …", or a parenthesis after the day), or after a
//!   comma, a known city, a comma and the day or days that close a heading ("Réunion du
//!   Conseil, Dakar, 3-4 mai 2010"), or a known place and its day that close a speech's
//!   heading ("Entretien de M. X (Paris, 30/03/2022)", "Déclaration de M. X, …, à Paris le
//!   7 octobre 2011.");
//! - a place and a known country alone on a line ("Pontivy, France", with the date alone on
//!   the line below, if any), a known city and its comma ("Damas,"), or a place and a country
//!   after a date to the day ("14 décembre 2025, Abuja, République fédérale du Nigeria"); an
//!   unknown name that opens with an article is no place ("Le Figaro, 11 août 2016": its date
//!   a date line);
//! - a wire's date without its year, before its agency and a dash ("23 février (Reuters) -
//!   …", the year from the date line above), or a wire's day after a sentence's full stop
//!   ("… 1437. 04 déc. 2015 (AGENCE) - …");
//! - a date line: a line that is a date and little else ("07/09/2021", "Union Africaine -
//!   06/06/2022 17:15:00", "Publié le 12 mars 2024 à 10h30 | Agence…", "Dernière
//!   modification : …", "Mis en ligne le …", "Actualisé le …"), a line that starts
//!   with a date to the day ("20/12/2011 – …"; a range there is an event's, a second date
//!   after a dash an anniversary's, and a comma and words in lower case a sentence's,
//!   "Jeudi 7 mars 2019, à la demande du …"; after "Le" and a dash, what follows is read as a line of
//!   its own: "Le 3 mars 2014 – Ottawa (Ontario) – …", a byline before the dash too: "Le 3
//!   mars 2014 par Le Journal - …"), a source's name before a timestamp
//!   or a day that ends the line ("Agence Sahel 2022-08-27 16:54 - Lecture : 4 min",
//!   "Ambassade de France 19.08.2015", "AGENCE [26/11/2024]"), a blurb cut short before its
//!   day, a comma and its source ("… en visite à... 04.02.2022, Agence Afrique"), a byline's
//!   day or month ("par
//!   Awa Diallo, mai 2022"; at the line's start, before "le", "par Awa Diallo le 3 mai
//!   2022", even under a first paragraph), a time before the date ("02:05 19 novembre
//!   2019"), a page's stamp at a line's start ("date 2022-11", whose line goes on as a line
//!   of its own), a stamp line of furniture (its first date to the day: "Publié il y a 3
//!   ans - Mise à jour le 14.05.2019 - auteur - 3 min", "Publié le … - Dernière mise à
//!   jour le …"), or a headline closed by a date after a dash
//!   or in parentheses ("… - 14/06/2016 09:30 am", "… -( 14.03.21) [en]", "Intervention de
//!   M. X - Conseil de sécurité - 28 septembre 2017."). A date line waits for a place below it
//!   until the body starts; a later date line replaces it only when it is more precise (a
//!   day after a month).
//!
//! A paragraph cut short ("… (…)", "[…]": a blurb of another page) is no body paragraph, nor
//! is a menu's item glued to its description under the item alone ("Qui sommes nous" over
//! "Qui sommes nousL'Organisation …").
//! Under a first body paragraph where nothing was found (a site's blurb), four more lines are
//! read for a dateline with a known place or one in capitals and its date ("(Le 6 mai
//! 2014) - OTTAWA - …") or its agency ("OUAGADOUGOU (Reuters) - …": the article under a
//! teaser and a paywall's notice): no date line, and no place alone but a known city under a
//! blank line (the first paragraph was a chapeau).
//!
//! A dateline's date without its year ("LIBREVILLE, 18 novembre (…) -") takes the year of the
//! date line above it, when their months agree (`Found::above`).
//!
//! The head is read in its canonical writing (`canonical`): a run of blanks inside a line
//! (two spaces, a tab, a no-break or thin space) is one space and an accent written as a
//! combining mark is composed with its letter, so the same dateline is found however the
//! page's blanks and accents were written; its span is given in the input.
//!
//! A line that goes on a sentence cut after a comma or a word that needs another (an
//! article, a determiner, a preposition: "… dans la soirée du\nvendredi 9 juin 2023,
//! le plan …", a paragraph wrapped by a mail or wire system) opens no dateline, as the
//! same sentence on one line does not.
//!
//! A head that a mail or wire system wrapped at a fixed width is read as its paragraphs
//! (`unwrap`): a break where the next word would not have fitted on the line, across which a
//! sentence goes on, is read as a space, so a page wrapped at any width from 30 to 100
//! characters gives the dateline it gives on its long lines (but where a headline is as wide
//! as the wrap: it is read with the line below it).
//!
//! A line can cross no line break here: the dateline ends with its line, and a timestamp after
//! the body is not a dateline, nor is a document's signature ("Fait à Niamey, le 3 août
//! 2023"), wherever it stands, nor a photo's caption under its credit (a line under one that
//! holds "©", closed by a full stop: "Le ministre sur les lieux, le 3 juin 2021.").

use super::dates::RawDate;
use crate::gazetteer::{Gazetteer, Hits};
use crate::text::NormalizedText;
use canonical::Canonical;
use head::Head;

const MAX_LINES: usize = 40;
const MAX_BYTES: usize = 4000;
const BODY_WORDS: usize = 25;
/// The lines read past a first body paragraph when nothing was found above it.
const PAST_BODY_LINES: usize = 4;
/// The fewest words of a line that ends a sentence for it to be a body paragraph, where a
/// colon or a slash may end a place.
const SENTENCE_WORDS: usize = 12;
/// The fewest bytes of a line that a mail or wire system wrapped (at 60 to 80 columns): a
/// shorter line that ends no sentence is whole (a menu's item), and no paragraph goes on
/// after it.
const WRAPPED_LINE: usize = 50;

/// A dateline found: the place's input span and the index of the date in `dates`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Found {
    pub place: Option<(usize, usize)>,
    pub date: Option<usize>,
    /// The date line above the dateline, when the dateline has a date of its own: its year
    /// completes a yearless dateline ("date 2017-11" over "LIBREVILLE, 18 novembre (…) -").
    pub above: Option<usize>,
}

/// The dateline of `text`, from the first lines of its input (see the module's docs), with
/// its `dates` and the scan's `hits` (its names, and its themes' cues: common nouns, no
/// place).
pub(crate) fn find(
    text: &NormalizedText<'_>,
    dates: &[RawDate],
    hits: &Hits,
    gazetteer: &Gazetteer,
) -> Option<Found> {
    let head = Head::new(text, dates, hits, gazetteer);
    // A head written with other blanks or with combining marks is read in its canonical
    // writing, and its dateline given back in input offsets.
    let Some(canonical) = Canonical::of(text) else {
        return reader::read(&head);
    };
    let (names, cues) = head.hits_in(&canonical);
    let found = reader::read(&head.rewritten(&canonical, &names, &cues))?;
    Some(Found {
        place: found
            .place
            .map(|(start, end)| (canonical.to_input(start), canonical.to_input(end))),
        ..found
    })
}

mod canonical;
mod head;
mod line_regex;
mod lines;
mod opener;
mod opening;
mod place_and_date;
mod reader;
#[cfg(test)]
mod tests;
