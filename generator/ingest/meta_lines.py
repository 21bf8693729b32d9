"""Lines that carry only metadata: dates, bylines, reading times ('By Jane Doe | Nov 20, 2024').

Such a line is taken out of the body wherever it stands and its values move to the front matter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.bylines import Byline, read_byline
from generator.ingest.dates import DateContext, read_date_line
from generator.ingest.model import Stamp

_PARTS = re.compile(r"\s+[|•·/]\s+|\s*\|\s*")
_EDITOR = re.compile(r"^(?:edited|reviewed|fact[- ]checked|curated|produced) by\b", re.I)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|in|co|uk|jp|au|sg|news|info)$", re.I)
_LABEL_PART = re.compile(r"^[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}$")
_TRAILING_PLACE = re.compile(r"\s+[-–—|]\s+(?P<place>[A-Z][A-Z.'’ -]{2,30})$")
_READING_TIME = re.compile(r"^\d+\s*(?:-\s*)?(?:min|mins|minutes?)(?:\s+(?:read|listen))?$", re.I)


@dataclass(frozen=True)
class MetaLine:
    """What a metadata line says."""

    stamps: tuple[tuple[str, Stamp], ...] = ()
    byline: Byline | None = None
    relative: bool = False
    dateline: str | None = None

    @property
    def wire_only(self) -> bool:
        """A line naming only a wire ('Reuters', 'Jiji Press'): under a photo, its credit."""
        return (
            not self.stamps and self.byline is not None and not self.byline.authors and bool(self.byline.via)
        )

    @property
    def reason(self) -> str:
        if self.stamps and self.byline:
            return "byline and time moved to metadata"
        if self.stamps:
            return "published time moved to metadata"
        if self.byline and not self.byline.authors and self.byline.via:
            return "wire credit moved to metadata"
        if self.byline:
            return "byline moved to metadata"
        return "relative time or reading time (not used)"


def _joined(first: Byline, second: Byline) -> Byline:
    return Byline(first.authors or second.authors, first.via or second.via)


def read_meta_line(text: str, context: DateContext) -> MetaLine | None:
    """The metadata of a line made only of dates, bylines and reading times; else None.

    A time may be followed by the dateline's place: 'Updated - Nov 20, 2024 08:25 pm IST - BENGALURU'.
    Beside a time, short labels ('World News'), editor credits and the site's domain are allowed:
    'World News | Edited by NDTV News Desk | Updated: November 20, 2024 9:26 am IST'.
    """
    stamps: list[tuple[str, Stamp]] = []
    byline: Byline | None = None
    relative = False
    text = text.strip()
    place = _TRAILING_PLACE.search(text)
    if place:
        text = text[: place.start()]
    whole = read_date_line(text, context)
    parts = [text] if whole is not None else [p.strip() for p in _PARTS.split(text) if p.strip()]
    labels = 0
    for part in parts or [text]:
        dates = read_date_line(part, context)
        if dates is not None:
            stamps.extend(dates.stamps)
            relative = relative or dates.relative
            continue
        found = read_byline(part)
        if found is not None:
            byline = found if byline is None else _joined(byline, found)
            continue
        if _READING_TIME.match(part) or _EDITOR.match(part) or _DOMAIN.match(part):
            relative = relative or bool(_READING_TIME.match(part))
            continue
        if _LABEL_PART.match(part) and len(parts) > 1:
            labels += 1
            continue
        return None
    if not (stamps or byline or relative) or (place and not stamps) or (labels and not stamps):
        return None
    return MetaLine(tuple(stamps), byline, relative, place.group("place").strip() if place else None)
