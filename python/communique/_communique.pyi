"""Type stubs of the native module (re-exported by ``communique``)."""

import datetime
import os
from typing import final, Any, Dict, Iterable, List, Literal, Mapping, Optional, Sequence, Tuple, Union

__version__: str
__all__ = [
    "extract",
    "extract_many",
    "render_html",
    "_rust_extract_seconds",
    "Extractor",
    "Extraction",
    "PersonMention",
    "TitleMention",
    "CountryMention",
    "DateMention",
    "DateRange",
    "OrganizationMention",
    "PlaceMention",
    "TextSpan",
    "Role",
    "Affiliation",
    "Dateline",
    "Theme",
    "CommuniqueError",
    "GazetteerError",
    "SettingError",
    "__version__",
]

_Date = Union[datetime.date, str, None]
_Path = Union[str, "os.PathLike[str]"]
_MentionType = Literal["person", "title", "country", "demonym", "date", "organization", "place"]
_Label = Literal["PERSON", "TITLE", "COUNTRY", "DEMONYM", "DATE", "ORG", "PLACE"]

class CommuniqueError(ValueError): ...
class GazetteerError(CommuniqueError): ...
class SettingError(CommuniqueError): ...

class _Span:
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int:
        """Start, in code points: ``input[m.start:m.end] == m.text``."""
    @property
    def end(self) -> int: ...
    @property
    def byte_start(self) -> int:
        """Start, in bytes of the UTF-8 text (the Rust offsets)."""
    @property
    def byte_end(self) -> int: ...
    def to_dict(self) -> Dict[str, Any]: ...

class _Mention(_Span):
    @property
    def type(self) -> _MentionType: ...
    @property
    def label(self) -> _Label: ...

@final
class TextSpan(_Span):
    @property
    def type(self) -> None: ...
    @property
    def label(self) -> None: ...

@final
class Affiliation:
    @property
    def country(self) -> Optional[str]: ...
    @property
    def organization(self) -> Optional[str]: ...
    def to_dict(self) -> Dict[str, str]: ...

@final
class Role:
    @property
    def office(self) -> str: ...
    @property
    def of(self) -> Optional[Affiliation]: ...
    def to_dict(self) -> Dict[str, Any]: ...

@final
class PersonMention(_Mention):
    @property
    def canonical(self) -> str: ...
    @property
    def titles(self) -> List[int]:
        """Indices into ``Extraction.titles``."""
    @property
    def role(self) -> Optional[Role]: ...

@final
class TitleMention(_Mention):
    @property
    def kind(self) -> Literal["honorific", "rank", "office"]: ...
    @property
    def of(self) -> Optional[Affiliation]: ...

@final
class CountryMention(_Mention):
    @property
    def code(self) -> str: ...
    @property
    def alpha3(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def demonym(self) -> bool: ...

@final
class DateRange:
    @property
    def start(self) -> datetime.date: ...
    @property
    def end(self) -> datetime.date:
        """The last day, included."""
    @property
    def iso(self) -> str: ...

@final
class DateMention(_Mention):
    @property
    def value(self) -> Union[datetime.date, DateRange, None]: ...
    @property
    def iso(self) -> Optional[str]: ...
    @property
    def precision(self) -> Optional[Literal["day", "month", "year"]]: ...
    @property
    def relative(self) -> bool: ...

@final
class OrganizationMention(_Mention):
    @property
    def acronym(self) -> Optional[str]: ...
    @property
    def long_form(self) -> Optional[str]: ...

@final
class PlaceMention(_Mention):
    @property
    def kind(self) -> Optional[Literal["capital", "city", "region", "continent"]]: ...
    @property
    def code(self) -> Optional[str]: ...

@final
class Dateline:
    @property
    def place(self) -> Optional[TextSpan]: ...
    @property
    def date(self) -> Optional[DateMention]: ...
    def to_dict(self) -> Dict[str, Any]: ...

@final
class Theme:
    @property
    def theme(self) -> str: ...
    @property
    def score(self) -> float: ...
    @property
    def evidence(self) -> List[TextSpan]: ...
    def to_dict(self) -> Dict[str, Any]: ...

_AnyMention = Union[PersonMention, TitleMention, CountryMention, DateMention, OrganizationMention, PlaceMention]

@final
class Extraction:
    @property
    def text(self) -> str: ...
    @property
    def dateline(self) -> Optional[Dateline]: ...
    @property
    def persons(self) -> List[PersonMention]: ...
    @property
    def titles(self) -> List[TitleMention]: ...
    @property
    def countries(self) -> List[CountryMention]:
        """Every state mention, by name or by demonym."""
    @property
    def demonyms(self) -> List[CountryMention]:
        """The state mentions that are demonyms (a part of ``countries``)."""
    @property
    def dates(self) -> List[DateMention]: ...
    @property
    def organizations(self) -> List[OrganizationMention]: ...
    @property
    def places(self) -> List[PlaceMention]: ...
    @property
    def themes(self) -> List[Theme]: ...
    def mentions(self) -> List[_AnyMention]:
        """Every mention in document order (start, longest first, type)."""
    def to_dict(self) -> Dict[str, Any]: ...
    def to_html(self) -> str: ...

_GazetteerKind = Literal[
    "countries", "country_names", "demonyms", "places", "organizations", "themes", "titles", "given_names",
    "public_figures",
]
_OutputName = Literal["dateline", "persons", "titles", "countries", "dates", "organizations", "places", "themes"]

@final
class Extractor:
    def __new__(
        cls,
        *,
        gazetteer_files: Optional[Mapping[_GazetteerKind, Union[_Path, Sequence[_Path]]]] = None,
        replace_files: Optional[Mapping[_GazetteerKind, Union[_Path, Sequence[_Path]]]] = None,
        gazetteer_texts: Optional[Mapping[_GazetteerKind, str]] = None,
        entries: Optional[Iterable[Tuple[_GazetteerKind, Sequence[str]]]] = None,
        clear: Optional[Iterable[_GazetteerKind]] = None,
        defaults: bool = True,
        outputs: Optional[Iterable[_OutputName]] = None,
        theme_threshold: Optional[float] = None,
    ) -> "Extractor": ...
    def extract(self, text: str, reference_date: _Date = None) -> Extraction: ...
    def extract_html(self, html: str, reference_date: _Date = None) -> Extraction: ...
    def extract_many(
        self, texts: Iterable[str], reference_date: _Date = None, threads: Optional[int] = None
    ) -> List[Extraction]: ...
    def render_html(self, text: str, reference_date: _Date = None) -> str: ...

def extract(text: str, reference_date: _Date = None) -> Extraction: ...
def extract_many(texts: Iterable[str], reference_date: _Date = None, threads: Optional[int] = None) -> List[Extraction]: ...
def render_html(text: str, reference_date: _Date = None) -> str: ...
def _rust_extract_seconds(texts: Sequence[str], rounds: int) -> float:
    """The benchmark's baseline: seconds of the Rust call alone (bench.py)."""
