//! An extraction moved onto the text it was read from: the spans of what was found in a
//! page's text (HTML without its markup) mapped back to the page.

use super::Extraction;
use std::borrow::Cow;

impl Extraction<'static> {
    /// The extraction with every span mapped by `map` (monotone, from the text the extraction
    /// was made of to `page`) and every mention's text the page's, as written there.
    pub(crate) fn rebase<'p>(
        self,
        page: &'p str,
        map: impl Fn(usize, usize) -> (usize, usize),
    ) -> Extraction<'p> {
        let mut x: Extraction<'p> = self;
        macro_rules! moved {
            ($m:expr) => {{
                let (start, end) = map($m.start, $m.end);
                $m.start = start;
                $m.end = end;
                $m.text = Cow::Borrowed(&page[start..end]);
            }};
        }
        x.persons.iter_mut().for_each(|m| moved!(m));
        x.titles.iter_mut().for_each(|m| moved!(m));
        x.countries.iter_mut().for_each(|m| moved!(m));
        x.dates.iter_mut().for_each(|m| moved!(m));
        x.organizations.iter_mut().for_each(|m| moved!(m));
        x.places.iter_mut().for_each(|m| moved!(m));
        for theme in &mut x.themes {
            theme.evidence.iter_mut().for_each(|m| moved!(m));
        }
        if let Some(dateline) = &mut x.dateline {
            if let Some(m) = &mut dateline.place {
                moved!(m);
            }
            if let Some(m) = &mut dateline.date {
                moved!(m);
            }
        }
        x
    }
}
