"""Time zones a page's time names: a fixed offset ('GMT+2') or an abbreviation ('JST', 'IST'),
taken out of the text and resolved (the outlet's own zone wins when it uses that name, then a
short table of common abbreviations)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

from generator.ingest.date_words import DateWords

_ZONES: dict[str, str | float] = {
    "UTC": "UTC", "GMT": "UTC", "Z": "UTC", "ET": "America/New_York", "EST": -5, "EDT": -4,
    "CT": "America/Chicago", "CST": -6, "CDT": -5, "MT": "America/Denver", "MST": -7,
    "MDT": -6, "PT": "America/Los_Angeles", "PST": -8, "PDT": -7, "BST": 1, "WET": 0,
    "WEST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "EAT": 3, "SAST": 2,
    "CAT": 2, "WAT": 1, "GST": 4, "PKT": 5, "IST": 5.5, "NPT": 5.75, "ICT": 7, "WIB": 7,
    "SGT": 8, "HKT": 8, "PHT": 8, "AWST": 8, "KST": 9, "JST": 9, "ACST": 9.5, "AEST": 10,
    "AEDT": 11, "NZST": 12, "NZDT": 13,
}  # fmt: skip


def take_zone(text: str, words: DateWords) -> tuple[str, str | tzinfo | None]:
    """The text without its zone designator, and the zone: an abbreviation or a fixed offset
    (never a month written in capitals, such as German 'OKT')."""
    offset = _OFFSET.search(text)
    if offset:
        sign = -1 if offset.group(1) == "-" else 1
        delta = timedelta(hours=int(offset.group(2)), minutes=int(offset.group(3) or 0))
        return _strip(text, offset.start(), offset.end()), timezone(sign * delta)
    for match in _ABBREVIATION.finditer(text):
        abbreviation = match.group(1)
        if abbreviation in _ZONES or (abbreviation.endswith("T") and not words.is_month(abbreviation)):
            return _strip(text, match.start(), match.end()), match.group(1)
    return text, None


_OFFSET = re.compile(r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?\b", re.I)
_ABBREVIATION = re.compile(r"\(?\b([A-Z]{1,4}T|Z|UTC)\b\)?")


def _strip(text: str, start: int, end: int) -> str:
    return " ".join((text[:start] + " " + text[end:]).split()).strip(" ,")


def resolve_zone(hint: str | tzinfo | None, naive: datetime, outlet_tz: ZoneInfo) -> tzinfo:
    """The zone a designator stands for; the outlet's own zone wins when it uses that name."""
    if hint is None:
        return outlet_tz
    if not isinstance(hint, str):
        return hint
    if outlet_tz.tzname(naive.replace(tzinfo=outlet_tz)) == hint:
        return outlet_tz
    known = _ZONES.get(hint)
    if isinstance(known, str):
        return ZoneInfo(known)
    if known is not None:
        return timezone(timedelta(minutes=round(known * 60)))
    return outlet_tz
