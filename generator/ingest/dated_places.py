"""A dateline's place printed at the head of the page's date line: 'HAVENSTAD • Vr 28 april
2017 | 15:36', 'PORT ELLIS 13 februari 2019, 16:50'. The metadata-line step reads the time from
the line and takes it out of the body; this reads the place it opens with, a place in capitals
(three words at most) right before a date: a figure, a weekday or a month. Only the first such
line above the text's first paragraph; a month or a weekday in capitals ('MARCH 3, 2024'), a
label ('VIDEO') or a wire ('AFP') is no place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from generator.ingest.date_words import DateWords, date_words
from generator.ingest.furniture_words import BANNER_WORDS, LABEL_WORDS, MEDIA_WORDS
from generator.ingest.model import Block, Evidence, Removal
from generator.ingest.shapes import is_paragraph_like
from generator.model.wires import Registry

LANGUAGES = ("en", "fr", "de", "es", "it", "nl", "pt")  # the page languages ingest reads dates in
_DATED_PLACE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’]{2,}(?:[ -][A-ZÀ-Þ'’]{2,}){0,2})\s*(?:[•·|,–—-]\s*)?\s(?P<next>\S+)"
)
_LABEL = re.compile(rf"^(?:{LABEL_WORDS}|{MEDIA_WORDS}|{BANNER_WORDS})$", re.I | re.X)
_EDGES = " ,.;:()[]|·•–—-"


@cache
def _words() -> DateWords:
    return date_words(*LANGUAGES)


def dated_place(removals: Sequence[Removal], blocks: Sequence[Block], wires: Registry) -> Evidence:
    """The dateline of the first published-time line the metadata-line steps took out above the
    text's first paragraph (`blocks`: the body after it), when a place opens it; else nothing."""
    start = next((b.line for b in blocks if b.line is not None and is_paragraph_like(b.text)), None)
    for removal in sorted(removals, key=lambda r: r.line or 0):
        if removal.rule != "meta-line" or not removal.reason.startswith("published time"):
            continue
        if start is None or removal.line is None or removal.line > start:
            return Evidence()
        place = _place(removal.text.split("\n")[0].strip(), wires)
        return Evidence(dateline=place) if place else Evidence()
    return Evidence()


def _place(line: str, wires: Registry) -> str | None:
    """The place in capitals that opens a date line, or None."""
    match = _DATED_PLACE.match(line)
    if match is None:
        return None
    place, after = match.group("place"), match.group("next").strip(_EDGES)
    words = _words()
    if any(words.is_month(w) or words.is_weekday(w) for w in place.split()):
        return None  # 'MARCH 3, 2024', 'FRIDAY 28 APRIL'
    if _LABEL.match(place) or wires.name(place, any_case=True) is not None:
        return None
    dated = any(c.isdigit() for c in after) or words.is_weekday(after) or words.is_month(after)
    return place if dated else None
