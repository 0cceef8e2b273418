"""The spaCy component, on a blank French pipeline (no model download)."""

import pytest

spacy = pytest.importorskip("spacy")
from spacy import displacy  # noqa: E402
from spacy.tokens import Span  # noqa: E402

import communique  # noqa: E402
from conftest import sample_texts  # noqa: E402

TEXT = (
    "Riyad, 12-3-2024\n\nLe ministre saoudien de la Défense a reçu M. Ali Barre, "
    "Secrétaire Général de la Coalition Islamique Militaire Contre le Terrorisme (CIMCT), "
    "à Niamey le 3 juin 2024, pour lutter contre le terrorisme et l'extrémisme violent."
)


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("fr")
    nlp.add_pipe("communique")  # found through the entry point, no import needed
    return nlp


def test_spans_hold_every_mention_with_its_values(nlp):
    doc = nlp(TEXT)
    x = communique.extract(TEXT)
    spans = doc.spans["communique"]
    assert [(s.start_char, s.end_char, s.label_) for s in spans] == [
        (m.start, m.end, m.label) for m in x.mentions()
    ]
    by_text = {s.text: s for s in spans}
    assert by_text["saoudien"].label_ == "DEMONYM"
    assert by_text["saoudien"]._.country_code == "SA"
    assert by_text["saoudien"]._.canonical == "Arabie saoudite"
    assert by_text["Ali Barre"]._.canonical == "Ali Barre"
    assert by_text["3 juin 2024"]._.date_value == "2024-06-03"
    assert by_text["Niamey"]._.country_code == "NE"
    cimct = next(o for o in x.organizations if o.text == "CIMCT")
    assert by_text["CIMCT"]._.canonical == cimct.long_form
    assert {s.label_ for s in spans} == {"PERSON", "TITLE", "DEMONYM", "DATE", "ORG", "PLACE"}
    assert doc._.dateline["place"]["text"] == "Riyad"
    assert doc._.dateline["date"]["value"] == "2024-03-12"
    assert [t["theme"] for t in doc._.themes] == [t.theme for t in x.themes]
    assert doc._.themes and doc._.communique_misaligned == 0


def test_ents_are_the_longest_without_overlap(nlp):
    doc = nlp(TEXT)
    ents = [(e.text, e.label_) for e in doc.ents]
    assert ("ministre saoudien de la Défense", "TITLE") in ents
    assert ("saoudien", "DEMONYM") not in ents  # inside the office
    tokens = [i for e in doc.ents for i in range(e.start, e.end)]
    assert len(tokens) == len(set(tokens))


def test_earlier_entities_are_kept_unless_asked(nlp):
    def earlier(doc):
        doc.ents = [Span(doc, 0, 1, label="GPE")]  # "Riyad"
        return doc

    for overwrite, label in ((False, "GPE"), (True, "PLACE")):
        pipeline = spacy.blank("fr")
        spacy.language.Language.component(f"earlier_{overwrite}", func=earlier)
        pipeline.add_pipe(f"earlier_{overwrite}")
        pipeline.add_pipe("communique", config={"overwrite_ents": overwrite})
        doc = pipeline(TEXT)
        assert doc.ents[0].text == "Riyad" and doc.ents[0].label_ == label
        assert len(doc.ents) > 5


def test_misaligned_mentions_are_widened_and_counted(nlp):
    text = "Paris, 3 mai 2024 /PRNewswire/ -- Les forces ex-EIGS et l'APO)/ au Niger."
    doc = nlp(text)
    x = communique.extract(text)
    spans = doc.spans["communique"]
    assert len(spans) == len(x.mentions())
    widened = 0
    for s, m in zip(spans, x.mentions()):
        assert s.start_char <= m.start and m.end <= s.end_char
        widened += (s.start_char, s.end_char) != (m.start, m.end)
    assert widened == doc._.communique_misaligned > 0


def test_every_sample_keeps_every_mention(nlp):
    texts = [p.read_text(encoding="utf-8") for p, _ in sample_texts()]
    for doc, text in zip(nlp.pipe(texts, batch_size=7), texts):
        x = communique.extract(text)
        spans = doc.spans["communique"]
        assert len(spans) == len(x.mentions())
        exact = sum((s.start_char, s.end_char) == (m.start, m.end) for s, m in zip(spans, x.mentions()))
        assert exact + doc._.communique_misaligned == len(spans)


def test_displacy_renders_the_spans(nlp):
    doc = nlp(TEXT)
    html = displacy.render(doc, style="span", options={"spans_key": "communique"}, jupyter=False)
    assert "DEMONYM" in html and "PERSON" in html and "Barre" in html
    assert displacy.render(doc, style="ent", jupyter=False).count("TITLE") >= 2


def test_config_and_serialisation(nlp):
    pipeline = spacy.blank("fr")
    pipeline.add_pipe("communique", config={"spans_key": "cq", "set_ents": False, "reference_date": "2024-03-01"})
    doc = pipeline("Le ministre malien est arrivé hier.")
    assert not doc.ents
    assert doc.spans["cq"][-1]._.date_value == "2024-02-29"
    again = spacy.tokens.Doc(pipeline.vocab).from_bytes(doc.to_bytes())
    assert [s.text for s in again.spans["cq"]] == [s.text for s in doc.spans["cq"]]
    assert pipeline.get_pipe_config("communique")["spans_key"] == "cq"
