"""The spaCy component ``communique``: ``nlp.add_pipe("communique")`` once the package is
installed (entry point ``spacy_factories``).

It sets:

- ``doc.spans[spans_key]`` (default ``"communique"``): every mention, labelled PERSON, TITLE,
  COUNTRY, DEMONYM, DATE, ORG or PLACE (they may overlap: a demonym inside an office);
- ``doc.ents``: the non-overlapping ones, longest first, beside the entities an earlier
  component set (which win, unless ``overwrite_ents`` is true);
- ``span._.country_code`` (states, demonyms, places), ``span._.date_value`` (ISO 8601),
  ``span._.canonical`` (a person's fullest name, a state's French name, an organisation's full
  name); ``doc._.themes`` and ``doc._.dateline`` (plain values, as ``to_dict()``);
- ``doc._.communique_misaligned``: how many mentions did not fall on token boundaries and
  were widened to them (``doc.char_span(..., alignment_mode="expand")``). None is dropped.
"""

from typing import Dict, Iterable, Iterator, List, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ._communique import Extraction, Extractor

_SPAN_EXTENSIONS = ("country_code", "date_value", "canonical")
_DOC_EXTENSIONS = {"themes": None, "dateline": None, "communique_misaligned": 0}


def _register_extensions() -> None:
    for name in _SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    for name, default in _DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


class CommuniqueComponent:
    """Runs communique on each ``Doc`` (``nlp.pipe`` extracts each batch on threads)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "communique",
        *,
        spans_key: str = "communique",
        set_ents: bool = True,
        overwrite_ents: bool = False,
        reference_date: Optional[str] = None,
        gazetteer_files: Optional[Dict[str, Union[str, List[str]]]] = None,
        replace_files: Optional[Dict[str, Union[str, List[str]]]] = None,
        threads: Optional[int] = None,
    ) -> None:
        _register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.set_ents = set_ents
        self.overwrite_ents = overwrite_ents
        self.reference_date = reference_date
        self.threads = threads
        self.extractor = Extractor(gazetteer_files=gazetteer_files, replace_files=replace_files)

    def __call__(self, doc: Doc) -> Doc:
        return self._annotate(doc, self.extractor.extract(doc.text, self.reference_date))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        batch: List[Doc] = []
        for doc in stream:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        yield from self._batch(batch)

    def _batch(self, docs: List[Doc]) -> Iterator[Doc]:
        found = self.extractor.extract_many(
            [d.text for d in docs], self.reference_date, threads=self.threads
        )
        for doc, x in zip(docs, found):
            yield self._annotate(doc, x)

    def _annotate(self, doc: Doc, x: Extraction) -> Doc:
        spans: List[Span] = []
        misaligned = 0
        for m in x.mentions():
            span = doc.char_span(m.start, m.end, label=m.label)
            if span is None:
                misaligned += 1
                span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is None:  # not reachable for a non-empty mention: keep it all the same
                span = Span(doc, 0, len(doc), label=m.label)
            kind = m.type
            if kind in ("country", "demonym"):
                span._.country_code = m.code
                span._.canonical = m.name
            elif kind == "place":
                span._.country_code = m.code
            elif kind == "date":
                span._.date_value = m.iso
            elif kind == "person":
                span._.canonical = m.canonical
            elif kind == "organization":
                span._.canonical = m.long_form or m.text
            spans.append(span)
        doc.spans[self.spans_key] = spans
        if self.set_ents:
            doc.ents = self._ents(doc, spans)
        d = x.to_dict()
        doc._.themes = d["themes"]
        doc._.dateline = d["dateline"]
        doc._.communique_misaligned = misaligned
        return doc

    def _ents(self, doc: Doc, spans: List[Span]) -> List[Span]:
        ours = filter_spans(spans)  # longest first, then the earlier
        theirs = list(doc.ents)
        first, second = (ours, theirs) if self.overwrite_ents else (theirs, ours)
        taken = set()
        for s in first:
            taken.update(range(s.start, s.end))
        kept = [s for s in second if not taken.intersection(range(s.start, s.end))]
        return sorted(first + kept, key=lambda s: s.start)


@Language.factory(
    "communique",
    default_config={
        "spans_key": "communique",
        "set_ents": True,
        "overwrite_ents": False,
        "reference_date": None,
        "gazetteer_files": None,
        "replace_files": None,
        "threads": None,
    },
)
def make_communique(
    nlp: Language,
    name: str,
    spans_key: str,
    set_ents: bool,
    overwrite_ents: bool,
    reference_date: Optional[str],
    gazetteer_files: Optional[Dict[str, Union[str, List[str]]]],
    replace_files: Optional[Dict[str, Union[str, List[str]]]],
    threads: Optional[int],
) -> CommuniqueComponent:
    """The ``communique`` pipe (see the module's documentation for its config)."""
    return CommuniqueComponent(
        nlp,
        name,
        spans_key=spans_key,
        set_ents=set_ents,
        overwrite_ents=overwrite_ents,
        reference_date=reference_date,
        gazetteer_files=gazetteer_files,
        replace_files=replace_files,
        threads=threads,
    )
