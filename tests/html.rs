//! `Extractor::extract_html`: pages with references, nested tags, attributes holding names and
//! broken markup give the mentions of their text, with spans into the page as given.

use communique::{Extraction, Extractor};

/// The mentions of `x` as (kind, text), after checking every span against `html`.
fn walk<'a>(x: &'a Extraction<'_>, html: &str) -> Vec<(&'static str, &'a str)> {
    x.check(html).unwrap();
    x.mentions()
        .map(|m| (m.kind().as_str(), m.text()))
        .collect()
}

#[test]
fn references_are_decoded_and_spans_hold_them_whole() {
    let html = "<html><head><title>Communiqu&eacute;</title></head><body>\
                <p>Niamey, le 3&nbsp;juin 2024 &ndash; Le ministre de la D&eacute;fense du \
                Niger, le g&#233;n&#xE9;ral Salifou Mody, a re&ccedil;u l&rsquo;ambassadeur \
                de France.</p></body></html>";
    let x = Extractor::new().extract_html(html);
    let plain = Extractor::new().extract(
        "Communiqué\n\nNiamey, le 3\u{a0}juin 2024 – Le ministre de la Défense du Niger, le \
         général Salifou Mody, a reçu l’ambassadeur de France.",
    );
    let walk_html = walk(&x, html);
    assert!(walk_html.contains(&("title", "ministre de la D&eacute;fense")));
    assert!(walk_html.contains(&("title", "g&#233;n&#xE9;ral")));
    assert!(walk_html.contains(&("person", "Salifou Mody")));
    assert!(walk_html.contains(&("date", "3&nbsp;juin 2024")));
    // The same mentions, kinds and values as the page's text.
    assert_eq!(x.mentions().count(), plain.mentions().count());
    for (a, b) in x.dates.iter().zip(&plain.dates) {
        assert_eq!(a.value, b.value);
    }
    assert_eq!(x.countries.len(), plain.countries.len());
    let dateline = x.dateline.as_ref().unwrap();
    assert_eq!(dateline.place.as_ref().unwrap().text, "Niamey");
    assert_eq!(
        dateline.date.as_ref().unwrap().value.unwrap().to_string(),
        "2024-06-03"
    );
}

#[test]
fn nested_tags_attributes_scripts_and_comments() {
    let html = "<div class=\"article\"><p>Le <a href=\"/m/niger\" title=\"Mali, Tchad\">\
                pr&eacute;sident <b><i>Adam</i> Duali</b></a> s'est rendu au \
                <span data-pays='Burkina Faso'>Tchad</span>.</p>\
                <script>var pays = \"<p>Le Burkina Faso</p>\";</script>\
                <style>.x::before { content: \"Mali\" }</style>\
                <!-- Le président du Mali --></div>";
    let x = Extractor::new().extract_html(html);
    let found = walk(&x, html);
    // Nothing from attributes, scripts, styles or comments.
    let countries: Vec<&str> = x.countries.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(countries, ["TD"]);
    // A name over inline tags: its span is the source, tags included.
    let person = &x.persons[0];
    assert_eq!(person.text, "Adam</i> Duali");
    assert_eq!(person.canonical, "Adam Duali");
    assert!(found.contains(&("title", "pr&eacute;sident")));
}

#[test]
fn broken_markup_neither_panics_nor_loses_the_text() {
    let extractor = Extractor::new();
    for html in [
        "<p>Le ministre du Niger <b>a < 3 ans & demi",
        "<p title=\"never closed>Le ministre du Niger",
        "Le ministre du Niger <!-- never closed",
        "<script>Le ministre du Niger",
        "&#x110000;&#0;&#99999999999;&eacute&;&#;&#x;<<>>< /p></ p><3 Niger",
        "<p>Le ministre du Niger</p></p></div><br/><br>",
        "\u{FEFF}<P CLASS=x>Le ministre du <B>Niger</B></P>",
        "",
        "<",
        "&",
    ] {
        let x = extractor.extract_html(html);
        x.check(html).unwrap();
    }
    let html = "<p>Le ministre du Niger <b>a < 3 ans & demi";
    let x = extractor.extract_html(html);
    assert_eq!(x.countries[0].text, "Niger");
    let html = "\u{FEFF}<P CLASS=x>Le ministre du <B>Niger</B></P>";
    let x = extractor.extract_html(html);
    assert_eq!(x.titles[0].text, "ministre");
    assert_eq!(x.countries[0].text, "Niger");
    assert_eq!(&html[x.countries[0].start - 3..x.countries[0].start], "<B>");
}

#[test]
fn blocks_part_paragraphs_and_br_lines() {
    let html = "<h1>Le Tchad</h1><p>Burkina</p><p>Faso</p><p>Adam<br>Duali</p>";
    let x = Extractor::new().extract_html(html);
    walk(&x, html);
    // A paragraph ends a name; a <br> is one line break, which a name may cross.
    assert!(x.countries.iter().all(|c| c.text != "Burkina</p><p>Faso"));
}

proptest::proptest! {
    /// Any markup, well formed or not, gives valid spans into the page as given.
    #[test]
    fn any_markup_gives_spans_into_the_page(
        html in "(<p>|</p>|<br>|<b>|</b>|<!--|-->|<script>|</script>|<a href=\"|\">|&eacute;|&#233;|&#x;|&amp|&|<|>|Niger|Adam Duali|ministre|é|’|\u{a0}| |\n|\t){0,40}",
    ) {
        let x = Extractor::new().extract_html(&html);
        proptest::prop_assert!(x.check(&html).is_ok(), "{:?}", x.check(&html));
    }
}
