"""Datelines that name no wire of the registry, read as a class by their shape (`datelines`
tries them after the forms with a wire):

- a place and a day before a dash: 'Havenstad, 25 lug - ', 'Puerto Ellis, 30 dic – ',
  'Villa (Provincia), 3 settembre 2018 - ', 'Ciudad, Estado, a 6 de febrero 2026.- ';
- a place and a bracketed aside before a dash or a colon: 'HAVENSTAD (Country): ', 'Stadt (XY) - ':
  an acronym or a lower-case code of one word is the office that filed it, not a place, and is
  no credit; a place in the aside (capitalised words) stays with the place, only after a place
  in capitals ('Paris (France) - Le ...' is a sentence as often) or before a day ('Villa
  (Provincia), 3 settembre 2018 - ');
- a place in capitals and a state's abbreviation, no dash: 'HAVENSTAD, Fla. A turtle ...';
- a place in capitals in brackets before a dash: '(HAVENSTAD) — A ...' (`bracketed_caps_place`);
- a place in capitals alone on the line above the lead, perhaps with a state's abbreviation or a
  full stop: 'HAVENSTAD', 'PORT ELLIS, Fla.', 'VALLE ALTA.' (`place_line`; `datelines.split_dateline`
  asks for the lead below it).

Each needs running text after it, and the place and the aside must not be a label ('(Video) -').
A place in capitals of a person's name's shape that the gazetteer does not know ('ALICE MARINI - ')
is a byline glued before the lead, not a place (`byline_shaped`).
The day is not returned: a dateline's day is no evidence of the publication time.
"""

from __future__ import annotations

import re

from generator.ingest.bylines import is_person_name
from generator.ingest.furniture_words import ARCHIVE_WORDS, BANNER_WORDS, LABEL_WORDS, MEDIA_WORDS
from generator.ingest.gazetteer import known_place
from generator.ingest.shapes import PARAGRAPH_WORDS, in_capitals, is_paragraph_like, is_sentence, word_count
from generator.model.wires import Registry

_PLACE = r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ /-]{1,40}?(?:,\s*[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ -]{1,30}?)?"
_DASH = r"(?:[-–—]{1,2}|‒|―)"
_DAY_NUMBER = r"(?:[12]\d|3[01]|0?[1-9])"
_WHEN = (  # '25 lug', '3 settembre 2018', 'a 6 de febrero 2026', 'March 6', 'March 6, 2024'
    rf"(?:a\s+)?(?:{_DAY_NUMBER}\.?\s+(?:de\s+)?[^\W\d_]{{3,10}}\.?(?:\s+(?:de\s+)?\d{{4}})?"
    rf"|[^\W\d_]{{3,9}}\.?\s+{_DAY_NUMBER}(?:,\s*\d{{4}})?)"
)
_ASIDE = r"\((?P<aside>[^()]{2,30})\)"
_OPENS = r"(?=[A-ZÀ-Þ0-9\"“‘'«„¿¡])"
_PLACE_DAY_DASH = re.compile(rf"^(?P<place>{_PLACE}(?:\s*{_ASIDE})?),\s*{_WHEN}\s*\.?\s*{_DASH}\s*{_OPENS}")
_PLACE_ASIDE = re.compile(rf"^(?P<place>{_PLACE}\s*{_ASIDE})\s*(?:\.?\s*{_DASH}|:)\s*{_OPENS}")
_CAPS_STATE = re.compile(  # 'HAVENSTAD, Fla. A ...', 'PORT ELLIS, D.C. The ...'
    r"^(?P<place>[A-ZÀ-Þ]{3,}(?:[ -][A-ZÀ-Þ]{2,}){0,2},\s*(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.))"
    r"\s+(?=[A-ZÀ-Þ\"“‘'«„][a-zà-ÿ]*\s)"
)
LABEL = re.compile(rf"^(?:{LABEL_WORDS}|{MEDIA_WORDS}|{BANNER_WORDS}|{ARCHIVE_WORDS})$", re.I | re.X)
FILER_CODE = re.compile(r"[A-Z]{2,4}|[a-z]{2,5}")  # 'PK', 'apro': who filed it; '(MURCIA)' is a province
_PLACE_WORD_ASIDE = re.compile(r"^[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ]?[a-zà-ÿ'’-]+){0,2}$")


def unwired_dateline(text: str, wires: Registry) -> tuple[re.Match[str], str] | None:
    """The match and the place of a dateline naming no wire (see the module), or None."""
    for pattern in (_PLACE_DAY_DASH, _PLACE_ASIDE, _CAPS_STATE):
        match = pattern.match(text)
        if match is None or not _opens_text(text[match.end() :]):
            continue
        if pattern is _PLACE_ASIDE and not is_sentence(text[match.end() :]):
            continue  # 'PUEBLO (PROVINCIA): <a teaser's headline>', a list of other stories
        place, aside = match.group("place"), match.groupdict().get("aside")
        if aside is not None:
            aside = aside.strip()
            if LABEL.match(aside) or wires.name(aside, any_case=True):
                continue  # '(Video) - ', or a wire the registry's forms read
            if FILER_CODE.fullmatch(aside):
                place = place[: place.rfind("(")]  # '(PK)', '(apro)': the office that filed it
            elif not (
                _PLACE_WORD_ASIDE.match(aside)
                and (pattern is _PLACE_DAY_DASH or in_capitals(place[: place.find("(")]))
            ):
                continue  # 'Officials (from three states) - ', 'Paris (France) - Le ...'

        place = place.strip(" ,")
        if LABEL.match(place) or wires.name(place) is not None:
            continue
        return match, place
    return None


def _opens_text(rest: str) -> bool:
    """Running text after the dateline: a sentence or a paragraph's length, lower case in it."""
    return any(c.islower() for c in rest[:40]) and (
        is_sentence(rest) or is_paragraph_like(rest) or word_count(rest) >= PARAGRAPH_WORDS
    )


_BRACKETED_CAPS_DASH = re.compile(  # '(HAVENSTAD) — A ...': a place in capitals in brackets, a dash
    rf"^\((?P<place>[A-ZÀ-Þ]{{2,}}(?:[ -][A-ZÀ-Þ]{{2,}}){{0,2}})\)\s*(?:{_DASH}|[‐‑−])\s*"
    r"(?=[A-ZÀ-Þ0-9\"“‘'«„])"
)
BRACKETED_PLACE_MIN = 5  # '(NINA) — ', '(IANS) – ': one word of four capitals or fewer is an agency's acronym


def bracketed_caps_place(text: str, wires: Registry) -> re.Match[str] | None:
    """'(HAVENSTAD) — A ...': a place in capitals in brackets and a dash before running text; not
    a wire (any case), a label ('(VIDEO) — ') nor one word of fewer than BRACKETED_PLACE_MIN
    letters (an agency's acronym the registry does not know)."""
    match = _BRACKETED_CAPS_DASH.match(text)
    if match is None:
        return None
    place = match.group("place")
    if (
        wires.name(place, any_case=True) is not None
        or LABEL.match(place)
        or (" " not in place and len(place) < BRACKETED_PLACE_MIN)
        or not _opens_text(text[match.end() :])
    ):
        return None
    return match


_PLACE_LINE = re.compile(  # 'HAVENSTAD', 'PORT ELLIS, Fla.', 'VALLE ALTA.', "L'AQUILA"
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ'’]{2,}(?:[ -][A-ZÀ-Þ'’]{2,}){0,2}"
    r"(?:,\s*(?:[A-Z][a-z]{1,4}\.|[A-Z]\.[A-Z]\.))?)\.?$"
)


def place_line(text: str, wires: Registry) -> str | None:
    """The place of a line that is a place in capitals and nothing else (see the module): three
    words at most, perhaps a state's abbreviation after a comma; not a label ('VIDEO', 'UPDATE')
    nor a wire's name ('AFP'). The caller checks that the lead follows."""
    match = _PLACE_LINE.match(" ".join(text.split()))
    if match is None:
        return None
    place = match.group("place")
    head = place.split(",")[0]
    if LABEL.match(head) or wires.name(head, any_case=True) is not None:
        return None
    return place


BYLINE_WORDS = (2, 3)  # 'ALICE MARINI', 'ANNA MARIA ROSSI'


def byline_shaped(place: str, wires: Registry) -> bool:
    """Whether a place in capitals before a dash, with no wire, no day and no region after a
    comma, is a person's name glued before the lead as a byline ('ALICE MARINI - '): two or
    three words of a name's shape that the gazetteer does not know as a place ('ROCCA PIETORE',
    'DEN HAAG', 'NEW YORK' are places)."""
    words = place.split()
    return (
        len(words) in BYLINE_WORDS
        and "," not in place
        and all(w.isalpha() for w in words)
        and is_person_name(place, wires)
        and not known_place(place)
    )
