"""Rule-based extraction of titles, persons, states, dates, organisations, places and themes
from French diplomatic and defence press text (the Rust crate ``communique``, through PyO3).

>>> import communique
>>> x = communique.extract("Niamey, le 3 juin 2024 - La délégation nigérienne est arrivée.")
>>> x.countries[0].code, x.dates[0].value
('NE', datetime.date(2024, 6, 3))

Offsets: ``start``/``end`` index the Python ``str`` (``text[m.start:m.end] == m.text``);
``byte_start``/``byte_end`` are the UTF-8 byte offsets of the Rust API.
"""

from ._communique import (
    Affiliation,
    CommuniqueError,
    CountryMention,
    DateMention,
    Dateline,
    DateRange,
    Extraction,
    Extractor,
    GazetteerError,
    OrganizationMention,
    PersonMention,
    PlaceMention,
    Role,
    SettingError,
    TextSpan,
    Theme,
    TitleMention,
    __version__,
    extract,
    extract_many,
    render_html,
)

__all__ = [
    "Affiliation",
    "CommuniqueError",
    "CountryMention",
    "DateMention",
    "DateRange",
    "Dateline",
    "Extraction",
    "Extractor",
    "GazetteerError",
    "OrganizationMention",
    "PersonMention",
    "PlaceMention",
    "Role",
    "SettingError",
    "TextSpan",
    "Theme",
    "TitleMention",
    "__version__",
    "extract",
    "extract_many",
    "render_html",
]
