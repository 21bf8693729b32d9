"""People and wires: byline lines, lists of names, and the names of news agencies.

A byline gives authors ('By Mike Stone and Costas Pitas') and sometimes the wire the story came
from ('By Jane Doe, Reuters'). Job titles ('Senior Correspondent') and places ('in London') are
dropped; an organisation that is not a known wire is not an author.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WIRES: dict[str, str] = {
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "bloomberg": "Bloomberg",
    "bloomberg news": "Bloomberg",
    "pti": "PTI",
    "press trust of india": "PTI",
    "ani": "ANI",
    "ians": "IANS",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "kyodo news": "Kyodo",
    "jiji": "Jiji Press",
    "jiji press": "Jiji Press",
    "yonhap": "Yonhap",
    "dpa": "dpa",
    "efe": "EFE",
    "ansa": "ANSA",
    "tass": "TASS",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "aap": "AAP",
    "bernama": "Bernama",
    "uni": "UNI",
    "the canadian press": "The Canadian Press",
    "upi": "UPI",
}
_ROLE_WORDS = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|staff|bureau|chief|contributor|columnist|desk|team|"
    r"special|senior|associate|analyst|producer|journalist|news service|service|agencies|agency|"
    r"updated|published|min read|photographer|intern)\b",
    re.I,
)
_PARTICLES = {
    "de",
    "da",
    "do",
    "dos",
    "das",
    "del",
    "della",
    "der",
    "den",
    "van",
    "von",
    "bin",
    "binti",
    "al",
    "el",
    "le",
    "la",
    "di",
    "du",
    "y",
    "ibn",
    "ben",
    "mc",
    "st.",
}
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[A-Z]\.|(?:al|el)-[A-Z][\w'’-]*)$")
_BYLINE = re.compile(
    r"^(?:(?:by|written by|reported by|story by|words by|text by|compiled by)\s*:?\s+|"
    r"(?:authors?|reporters?|writers?)\s*:\s*)(?P<rest>.+)$",
    re.I,
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\||\s/\s)\s*")
_ROLE_LINE = re.compile(
    r"^(?:[\w.&'’-]+ ){0,3}(?:desk|bureau|news service|news network|reporter|correspondent|editor|writer"
    r"|columnist|contributor|analyst)(?:,\s*[\w .&'’-]{1,40})?$",
    re.I,
)
ROLE_LINE_MAX_WORDS = 8
_IN_PLACE = re.compile(r"\s+(?:in|from)\s+[A-Z][\w .'-]*$")


@dataclass(frozen=True)
class Byline:
    """Authors and the wire named on a byline."""

    authors: tuple[str, ...] = ()
    via: str | None = None


def is_role_line(text: str) -> bool:
    """A job title on its own line: 'Health correspondent', 'Environment reporter, The Courier'."""
    text = text.strip()
    return (
        len(text.split()) <= ROLE_LINE_MAX_WORDS
        and not text.endswith((".", "!", "?", '"', "”"))
        and not any(ch.isdigit() for ch in text)
        and bool(_ROLE_LINE.match(text))
    )


def wire_name(text: str) -> str | None:
    """The canonical name of a news agency ('The Associated Press' -> 'AP'), or None."""
    key = " ".join(text.strip(" ()[]-–—.,:").replace("’", "'").lower().split())
    return WIRES.get(key)


def is_person_name(text: str) -> bool:
    """Two to five capitalised words (particles and initials allowed), nothing else."""
    tokens = text.split()
    if (
        not 2 <= len(tokens) <= 5
        or _ROLE_WORDS.search(text)
        or wire_name(text)
        or tokens[0] in ("The", "THE")
    ):
        return False
    capitalised = [t for t in tokens if t not in _PARTICLES]
    return len(capitalised) >= 2 and all(_NAME_TOKEN.match(t) for t in capitalised)


def split_names(text: str) -> tuple[tuple[str, ...], str | None] | None:
    """Names in 'A, B and C, Reuters': (names, wire); None when a part is neither a name,
    a wire, a job title nor a place. 'Staff Reporter' gives no names and no wire."""
    names: list[str] = []
    via: str | None = None
    for part in _SPLIT_NAMES.split(text.strip().rstrip(".")):
        part = _IN_PLACE.sub("", part.strip())
        if not part:
            continue
        if wire := wire_name(part):
            via = via or wire
        elif is_person_name(part):
            names.append(part)
        elif not _ROLE_WORDS.search(part):
            return None
    return tuple(names), via


def read_byline(text: str) -> Byline | None:
    """The byline in a line like 'By Mike Stone and Costas Pitas', or None."""
    match = _BYLINE.match(text.strip())
    if match is None:
        wire = wire_name(text)
        if wire:
            return Byline(via=wire)
        return Byline() if is_role_line(text) else None
    found = split_names(match.group("rest"))
    if found is None:
        return None
    names, via = found
    return Byline(names, via)
