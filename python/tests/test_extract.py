"""The Python API against the Rust results: snapshots of every sample text, the Rust
integration tests' expectations, values, offsets, errors and threads."""

import datetime
import json
import threading

import pytest
from hypothesis import given, settings, strategies as st

import communique
from conftest import ROOT, sample_texts

SAMPLES = sample_texts()


def rust_shape(value):
    """A `to_dict()` in the shape of the Rust JSON: byte offsets as `start`/`end`."""
    if isinstance(value, dict):
        out = {k: rust_shape(v) for k, v in value.items() if k not in ("byte_start", "byte_end")}
        if "byte_start" in value:
            out["start"], out["end"] = value["byte_start"], value["byte_end"]
        return out
    if isinstance(value, list):
        return [rust_shape(v) for v in value]
    return value


def spans(d):
    """Every `(start, end, text)` of a `to_dict()`, at any depth."""
    if isinstance(d, dict):
        if "byte_start" in d:
            yield d["start"], d["end"], d["text"]
        for v in d.values():
            yield from spans(v)
    elif isinstance(d, list):
        for v in d:
            yield from spans(v)


def test_there_are_samples():
    assert len(SAMPLES) >= 50


@pytest.mark.parametrize("path,snapshot", SAMPLES, ids=[p.stem for p, _ in SAMPLES])
def test_every_sample_gives_the_rust_snapshot(path, snapshot):
    text = path.read_text(encoding="utf-8")
    x = communique.extract(text)
    d = x.to_dict()
    assert rust_shape(d) == json.loads(snapshot.read_text(encoding="utf-8"))
    for start, end, written in spans(d):
        assert text[start:end] == written
    # The objects say what the dict says.
    assert [m.to_dict() for m in x.persons] == d["persons"]
    assert [m.to_dict() for m in x.dates] == d["dates"]
    assert [t.to_dict() for t in x.themes] == d["themes"]


COALITION = (
    "Riyad, 12-3-2024\n\nLe ministre saoudien de la Défense, Son Altesse Royale le Prince Khalid "
    "bin Salman, a reçu le Major-général, Muhammad bin Saeed Al-Moghidi, Secrétaire Général de la "
    "Coalition Islamique Militaire Contre le Terrorisme (CIMCT), ainsi que le Ministre de la "
    "Défense de la République du Kenya, S.E. M. Adam Duali Barre. Le général Al-Moghedi a "
    "présenté les programmes de la CIMCT. En général, les délégations ont salué l'initiative."
)


def test_titles_persons_and_roles_in_a_coalition_release():
    # tests/entities.rs, titles_persons_and_roles_in_a_coalition_release
    x = communique.extract(COALITION)
    assert [(p.text, p.canonical) for p in x.persons] == [
        ("Khalid bin Salman", "Khalid bin Salman"),
        ("Muhammad bin Saeed Al-Moghidi", "Muhammad bin Saeed Al-Moghidi"),
        ("Adam Duali Barre", "Adam Duali Barre"),
        ("Al-Moghedi", "Muhammad bin Saeed Al-Moghidi"),
    ]
    assert [(t.text, t.kind) for t in x.titles] == [
        ("ministre saoudien de la Défense", "office"),
        ("Son Altesse Royale", "honorific"),
        ("Prince", "honorific"),
        ("Major-général", "rank"),
        ("Secrétaire Général", "office"),
        ("Ministre de la Défense", "office"),
        ("S.E.", "honorific"),
        ("M.", "honorific"),
        ("général", "rank"),
    ]
    assert [o.text for o in x.organizations] == [
        "Coalition Islamique Militaire Contre le Terrorisme",
        "CIMCT",
        "CIMCT",
    ]
    assert [p.text for p in x.places] == ["Riyad"]
    assert x.countries[0].text == "saoudien" and x.countries[0].demonym
    assert x.demonyms[0] is x.countries[0]
    assert x.titles[0].of.country == "SA"
    assert x.titles[5].of.country == "KE"
    assert x.titles[4].of.organization == "Coalition Islamique Militaire Contre le Terrorisme"
    barre = x.persons[2]
    assert [x.titles[i].text for i in barre.titles] == ["Ministre de la Défense", "S.E.", "M."]
    assert barre.role.office == "Ministre de la Défense"
    assert x.persons[1].role.office == "Secrétaire Général"
    assert x.dateline.place.text == "Riyad"
    assert x.dateline.date.value == datetime.date(2024, 3, 12)


def test_the_library_example():
    # src/lib.rs, the crate's first example.
    text = (
        "Riyad, 31-5-2023\n\nLe ministre de la Défense de la République du Kenya a rencontré "
        "la délégation nigérienne le 2 juin."
    )
    x = communique.extract(text)
    kenya = x.countries[0]
    assert (kenya.text, kenya.start, kenya.end, kenya.code, kenya.alpha3) == (
        "République du Kenya", 50, 69, "KE", "KEN"
    )
    assert (kenya.byte_start, kenya.byte_end) == (51, 71)
    assert x.countries[1].demonym and x.countries[1].code == "NE"
    june = x.dates[1]
    assert (june.text, june.value, june.iso, june.precision) == (
        "2 juin", datetime.date(2023, 6, 2), "2023-06-02", "day"
    )
    assert x.titles[0].text == "ministre de la Défense"
    assert x.titles[0].of.country == "KE"
    assert [m.type for m in x.mentions()] == ["place", "date", "title", "country", "demonym", "date"]
    assert [m.label for m in x.mentions()][:3] == ["PLACE", "DATE", "TITLE"]


def test_dates_ranges_relative_dates_and_reference_dates():
    x = communique.extract("du 3 au 5 mai 2024, en septembre 2022, en 2021, hier")
    r, month, year, hier = x.dates
    assert isinstance(r.value, communique.DateRange)
    assert (r.value.start, r.value.end, r.iso) == (
        datetime.date(2024, 5, 3), datetime.date(2024, 5, 5), "2024-05-03/2024-05-05"
    )
    assert (month.value.start, month.value.end, month.precision) == (
        datetime.date(2022, 9, 1), datetime.date(2022, 9, 30), "month"
    )
    assert (year.value.start, year.value.end, year.iso) == (
        datetime.date(2021, 1, 1), datetime.date(2021, 12, 31), "2021"
    )
    assert hier.relative and hier.value is None and hier.iso is None
    for reference in (datetime.date(2024, 3, 1), datetime.datetime(2024, 3, 1, 12), "2024-03-01"):
        y = communique.extract("hier", reference_date=reference)
        assert y.dates[0].value == datetime.date(2024, 2, 29)


def test_offsets_index_the_python_string_with_accents_emoji_and_arabic():
    text = (
        "🇫🇷🙂 Éé — المملكة العربية السعودية 😀 Le président nigérien 👩🏽‍💻 a reçu à Riyad, "
        "le 3 juin 2024, le général Ali Barre du Mali. مرحبا"
    )
    x = communique.extract(text)
    mentions = x.mentions()
    assert {m.type for m in mentions} >= {"title", "demonym", "place", "date", "country"}
    encoded = text.encode("utf-8")
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert encoded[m.byte_start:m.byte_end].decode("utf-8") == m.text
        assert m.start < m.byte_start


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.sampled_from(["", "Le ministre malien ", "Riyad, 3 juin 2024 "]))
def test_offsets_hold_on_arbitrary_strings(noise, seed):
    text = seed + noise + " le président nigérien à Niamey le 2 mai" + noise
    x = communique.extract(text)
    for start, end, written in spans(x.to_dict()):
        assert text[start:end] == written
    for m in x.mentions():
        assert text[m.start:m.end] == m.text


HTML_PARTS = st.sampled_from([
    "<p>", "</p>", "<b>", "</b>", "&eacute;", "&#233;", "&amp;", "<br>", "<!-- c -->",
    "<script>x</script>", "Le président ", "nigérien ", "à Niamey ", "le 3 juin 2024 ",
    "Célestin Simporé ", "🙂", "مرحبا ", "&", "<", "\n\n",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(HTML_PARTS, st.text(max_size=5)), max_size=40))
def test_html_offsets_hold_on_arbitrary_pages(parts):
    page = "".join(parts)
    x = communique.Extractor().extract_html(page)
    for start, end, written in spans(x.to_dict()):
        assert page[start:end] == written


def test_html_input_offsets_index_the_page():
    page = "<p>Le pr&eacute;sident <b>C&eacute;lestin Simpor&#233;</b> au Niger.</p>"
    x = communique.Extractor().extract_html(page)
    assert x.persons[0].text == "C&eacute;lestin Simpor&#233;"
    assert x.persons[0].canonical == "Célestin Simporé"
    assert page[x.persons[0].start:x.persons[0].end] == x.persons[0].text


def test_custom_gazetteers_as_the_rust_builder(tmp_path):
    kikuyu = communique.Extractor(entries=[("country_names", ["KE", "Pays des Kikuyus"])])
    assert kikuyu.extract("Une délégation du Pays des Kikuyus.").countries[0].text == "Pays des Kikuyus"
    f = tmp_path / "names.tsv"
    f.write_text("KE\tPays des Kikuyus\n", encoding="utf-8")
    for ex in (
        communique.Extractor(gazetteer_files={"country_names": f}),
        communique.Extractor(gazetteer_files={"country_names": [str(f)]}),
        communique.Extractor(gazetteer_texts={"country_names": "KE\tPays des Kikuyus\n"}),
    ):
        assert ex.extract("Au Pays des Kikuyus et au Mali.").countries[0].code == "KE"
    only = communique.Extractor(replace_files={"country_names": f})
    assert [c.text for c in only.extract("Au Pays des Kikuyus et au Mali.").countries] == ["Pays des Kikuyus"]
    dates_only = communique.Extractor(outputs=["dates"])
    y = dates_only.extract("Le ministre malien est arrivé à Dakar le 3 juin 2024.")
    assert y.dates[0].text == "3 juin 2024" and not y.persons and not y.places and not y.themes
    assert communique.Extractor(theme_threshold=1.0).extract(COALITION).themes == []


def test_errors_are_exceptions_with_the_rust_messages(tmp_path):
    with pytest.raises(communique.GazetteerError) as e:
        communique.Extractor(gazetteer_texts={"country_names": "XQ\tNulle part\n"})
    assert str(e.value) == '<country_names>:1: unknown country code "XQ"'
    with pytest.raises(communique.GazetteerError, match=r'^entries:1: unknown country code "XQ"$'):
        communique.Extractor(entries=[("country_names", ["XQ", "Nulle part"])])
    with pytest.raises(communique.GazetteerError, match="contains a tab or a line break"):
        communique.Extractor(entries=[("country_names", ["KE", "a\tb"])])
    with pytest.raises(communique.SettingError, match=r"^theme_threshold: 2 is not in \[0, 1\]$"):
        communique.Extractor(theme_threshold=2)
    with pytest.raises(FileNotFoundError, match="nope.tsv"):
        communique.Extractor(gazetteer_files={"titles": tmp_path / "nope.tsv"})
    bad = tmp_path / "bad.tsv"
    bad.write_bytes(b"KE\t\xff\n")
    with pytest.raises(communique.CommuniqueError, match="bad.tsv"):
        communique.Extractor(gazetteer_files={"country_names": bad})
    assert issubclass(communique.GazetteerError, ValueError)
    with pytest.raises(ValueError, match="unknown gazetteer kind"):
        communique.Extractor(entries=[("nations", ["KE"])])
    with pytest.raises(ValueError, match="unknown output"):
        communique.Extractor(outputs=["everything"])
    with pytest.raises(ValueError, match=r'^no such day: "2023-02-30"$'):
        communique.extract("hier", reference_date="2023-02-30")
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        communique.extract("hier", reference_date="demain")
    with pytest.raises(TypeError):
        communique.extract("hier", reference_date=3)
    with pytest.raises(TypeError):
        communique.extract(b"bytes")
    with pytest.raises(TypeError):
        communique.extract_many("a str, not a list")
    with pytest.raises(TypeError):
        communique.extract_many(["ok", 3])
    with pytest.raises(UnicodeEncodeError):
        communique.extract("lone surrogate \ud800")


def test_extract_many_is_extract_on_threads():
    texts = [p.read_text(encoding="utf-8") for p, _ in SAMPLES] * 3
    one_by_one = [communique.extract(t).to_dict() for t in texts]
    for threads in (None, 1, 2, 7):
        many = communique.extract_many(iter(texts), threads=threads)
        assert [x.to_dict() for x in many] == one_by_one
        assert all(x.text is t for x, t in zip(many, texts))
    assert communique.extract_many([]) == []


def test_extract_many_releases_the_gil():
    texts = [p.read_text(encoding="utf-8") for p, _ in SAMPLES] * 40
    ticks = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            ticks.append(1)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        communique.extract_many(texts, threads=1)
    finally:
        done.set()
        ticker.join()
    # The Python thread ran while Rust extracted.
    assert len(ticks) > 100


def test_python_threads_share_one_extractor():
    extractor = communique.Extractor()
    texts = [p.read_text(encoding="utf-8") for p, _ in SAMPLES]
    expected = [extractor.extract(t).to_dict() for t in texts]
    results = {}

    def work(k):
        results[k] = [extractor.extract(t).to_dict() for t in texts]

    workers = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert all(r == expected for r in results.values())


def test_render_html_escapes_the_text():
    text = "Niamey, 3 juin 2024\nLe ministre nigérien <script>alert(1)</script> & co."
    page = communique.render_html(text)
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page and "&lt;script&gt;" in page and "&amp; co." in page
    assert 'class="m demonym"' in page
    assert communique.extract(text).to_html() == page
    assert communique.Extractor().render_html(text) == page


def test_objects_are_plain_values():
    x = communique.extract(COALITION)
    assert x.persons[0] is x.persons[0]
    assert x.persons == communique.extract(COALITION).persons
    assert repr(x.persons[0]) == "PersonMention(text='Khalid bin Salman', start=83, end=100)"
    assert repr(x).startswith("Extraction(persons=4, titles=9")
    json.dumps(x.to_dict())
    assert x.text is not None and x.text == COALITION
    assert communique.__version__
