"""Lines that carry only metadata: dates, bylines, reading times ('By Jane Doe | Nov 20, 2024').

Such a line is taken out of the body wherever it stands and its values move to the front matter.
A line may join a date and a byline ('dinsdag 14 maart 2023, 09:41, analyse van Anna de Vries'),
a date and the page's counters ('2023-03-14 09:41 From:Harbour Daily Comments:0'), a wire and a
date ('EuropaPress - 14/03/2023 09:41') or a place and a date in brackets, as Mexican papers
print their datelines ('Puerto Ellis, Oeste (14 marzo 2023) .-09:41 hrs').
"""

from __future__ import annotations

import re
from dataclasses import replace

from generator.ingest.bylines import Byline, read_byline, split_names
from generator.ingest.credit_pictures import is_picture_credit
from generator.ingest.date_spelling import glued_label
from generator.ingest.dates import (
    DateContext,
    combine,
    is_time_only,
    parse_stamp,
    read_date_line,
)
from generator.ingest.loose_meta import loose_line
from generator.ingest.meta_line import MetaLine
from generator.ingest.model import PageTime
from generator.model.wires import Registry

_PARTS = re.compile(r"\s+[|•·/]\s+|\s*\|\s*|\s+[-–—]\s+|\s{2,}|\u3000+")
_JOINS = re.compile(r",\s+|\s+[|•·/-–—]\s+")
_EDITOR = re.compile(r"^(?:edited|reviewed|fact[- ]checked|curated|produced) by\b", re.I)
# a site's domain, any country's
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|news|info|[a-z]{2})$", re.I)
_LABEL_PART = re.compile(r"^[A-Z][\w&'’-]*(?: [\w&'’-]+){0,2}$")
_FIELD = re.compile(r"^[A-ZÀ-Þ][\w'’-]*(?: [\w'’-]+){0,2}\s*[:：]\s*\S.{0,80}$")  # 'Author: Press Desk'
_TRAILING_PLACE = re.compile(r"\s+[-–—|]\s+(?P<place>[A-Z][A-Z.'’ -]{2,30})$")
_READING_LABELS = (  # 'Lesezeit: 3 min', or the label alone whose figure the copy lost
    r"lesezeit|lesedauer|leestijd|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura"
    r"|reading time"
)
_READING_TIME = re.compile(
    r"^(?:\d+\s*(?:-\s*)?(?:min|mins|minutes?|minuten|minutos|minuti|minut|分|['’′])\.?"
    r"(?:\s+(?:read|listen|lesezeit|lectura|leitura|lettura|leestijd|lecture))?"
    rf"|(?:{_READING_LABELS}|lecture)\s*[:：]?\s*\d+\s*(?:min|minutes?|minuten|minutos|minuti|['’′])\.?)$",
    re.I,
)
_READING_LABEL = re.compile(rf"^(?:{_READING_LABELS})\s*[:：]?$", re.I)
_COUNTERS = re.compile(
    r"(?<!\w)(?:comments?|clicks?|views?|reads?|shares?|likes?|reactions?|kommentare?|aufrufe|leser"
    r"|commentaires?|vues|lectures|partages|comentarios?|visitas|lecturas|commenti|visualizzazioni"
    r"|letture|reacties|weergaven|comentários|visualizações|leituras|partilhas|コメント|クリック"
    r"|閲覧数?|いいね|シェア|阅读|评论|点击)\s*[:：]\s*[\d.,]*",
    re.I,
)
_SOURCE = re.compile(
    r"(?:^|\s)(?:from|source|quelle|fuente|fonte|bron|出典|出所|来源)\s*[:：]\s*(?P<who>\S.*)$", re.I
)
_PLACE_DATE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][\w.'’ -]{1,40}?(?:,\s*[A-ZÀ-Þ][\w.'’ -]{1,30}?)?)\s*"
    r"\((?P<date>[^()]{4,40})\)\s*[.:\-–—]*\s*(?P<time>\d{1,2}[:.]\d{2}(?:\s*(?:hrs?|h)\.?)?)?$"
)


META_MAX_CHARS = 400  # no metadata line of the six sets or the fixtures is over 120 characters


def _joined(first: Byline, second: Byline) -> Byline:
    return Byline(first.authors or second.authors, first.via or second.via, first.kind or second.kind)


def read_meta_line(text: str, context: DateContext, wires: Registry) -> MetaLine | None:
    """The metadata of a line made only of dates, bylines and reading times; else None.

    A time may be followed by the dateline's place: 'Updated - Nov 20, 2024 08:25 pm IST - BENGALURU'.
    Beside a time, short labels ('World News'), editor credits and the site's domain are allowed:
    'World News | Edited by NDTV News Desk | Updated: November 20, 2024 9:26 am IST'.
    """
    text = text.strip()
    if len(text) > META_MAX_CHARS:
        return None  # a paragraph: reading one as joined parts costs the square of its length
    glued = glued_label(text, context.words)
    if glued is not None:  # 'Sociedad05·03·2024 | 10:30': a section name, then the date
        dated = read_meta_line(text[glued:], context, wires)
        return replace(dated, labelled=True) if dated is not None and dated.stamps else None
    placed = _place_and_date(text, context)
    if placed is not None:
        return placed
    text, source = _without_counters(text, context, wires)
    place = _TRAILING_PLACE.search(text)
    if place and read_date_line(text[: place.start()], context) is not None:
        text = text[: place.start()]
    else:
        place = None
    found = _parts(text, context, wires) or _date_and_byline(text, context, wires)
    if found is None:
        return loose_line(text, context, wires)
    stamps, byline, relative, reading, labels = found
    if source:
        byline = _joined(byline, source) if byline else source
    if (
        not (stamps or byline or relative or reading)
        or (place and not stamps)
        or (labels and not (stamps or relative))
    ):
        return None
    stamps = _time_with_its_day(stamps, context)
    if byline is not None and any(is_picture_credit(name) for name in byline.authors):
        if not (stamps or relative or reading):  # 'PHOTO JANE DOE, AFP': nothing for the metadata
            return MetaLine(picture=True)
        byline = None
    return MetaLine(tuple(stamps), byline, relative, place.group("place").strip() if place else None, reading)


def _time_with_its_day(
    stamps: list[tuple[str, PageTime]], context: DateContext
) -> list[tuple[str, PageTime]]:
    """A time of day printed as its own part before the day it belongs to, in one line
    ('Política • 14:30h • 12 de março de 2024'): the two made one stamp, as a day followed by
    its time is. Only a lone time directly before a day without a time, of the same label."""
    joined: list[tuple[str, PageTime]] = []
    for index, (label, stamp) in enumerate(stamps):
        if joined and index > 0:
            before_label, before = stamps[index - 1]
            if (
                is_time_only(before)
                and before_label == label
                and stamp.has_date
                and not stamp.has_time
                and joined[-1] == (before_label, before)
            ):
                joined[-1] = (label, combine(stamp, before, context))
                continue
        joined.append((label, stamp))
    return joined


NAMES_MIN = 2  # bare names, with no 'By', make a byline part only when two or more are joined

_Found = tuple[list[tuple[str, PageTime]], Byline | None, str | None, bool, int]


def _parts(text: str, context: DateContext, wires: Registry) -> _Found | None:
    """The line read part by part ('By Jane Doe | Nov 20, 2024'), or None when a part is
    neither a date, a byline, a reading time, an editor credit, a domain nor a short label."""
    stamps: list[tuple[str, PageTime]] = []
    byline: Byline | None = None
    relative: str | None = None
    reading = False
    labels = 0
    whole = read_date_line(text, context) is not None or read_byline(text, wires) is not None
    parts = [text] if whole else [p.strip() for p in _PARTS.split(text) if p.strip()]
    for part in parts or [text]:
        dates = read_date_line(part, context)
        if dates is not None:
            stamps.extend(dates.stamps)
            relative = relative or dates.relative
            continue
        byline_found = read_byline(part, wires)
        if byline_found is not None:
            byline = byline_found if byline is None else _joined(byline, byline_found)
            continue
        if _READING_TIME.match(part) or _EDITOR.match(part) or _DOMAIN.match(part):
            reading = reading or bool(_READING_TIME.match(part))
            continue
        if _READING_LABEL.match(part) and len(parts) > 1:
            reading = True  # 'Temps de lecture :' whose figure the copy lost, after the date
            continue
        names = split_names(part, wires) if len(parts) > 1 else None
        if names is not None and len(names[0]) >= NAMES_MIN:  # 'Jean DUPONT et Marie MARTIN - 11 mars ...'
            found = Byline(names[0], names[1])
            byline = found if byline is None else _joined(byline, found)
            labels += 1  # names without a 'By' count only beside a date, as a label does
            continue
        if _LABEL_PART.match(part) and len(parts) > 1:
            labels += 1
            continue
        if _FIELD.match(part) and "|" in text and stamps:
            labels += 1  # 'Published date: 13.09.2006 | Author: Press Desk': a labelled field after a date
            continue
        return None
    return stamps, byline, relative, reading, labels


def _date_and_byline(text: str, context: DateContext, wires: Registry) -> _Found | None:
    """A date and a byline joined by a comma or a dash, in either order:
    'dinsdag 14 maart 2023, 09:41, analyse van Anna de Vries en Piet Jansen'."""
    for join in _JOINS.finditer(text):
        first, second = text[: join.start()], text[join.end() :]
        for dated, named in ((first, second), (second, first)):
            dates = read_date_line(dated, context)
            if dates is None or not dates.stamps:
                continue
            byline = read_byline(named, wires)
            if byline is not None and (byline.authors or byline.via):
                return list(dates.stamps), byline, None, False, 0
    return None


def _without_counters(text: str, context: DateContext, wires: Registry) -> tuple[str, Byline | None]:
    """A dated line without the page's counters and source label ('Comments:0 Clicks:',
    'From:Harbour Daily'); the source gives the wire when it names one."""
    stripped = " ".join(_COUNTERS.sub(" ", text).split())
    source = _SOURCE.search(stripped)
    rest = stripped[: source.start()].strip() if source else stripped
    if rest == text or not rest or read_date_line(rest, context) is None:
        return text, None
    wire = wires.name(source.group("who"), any_case=True) if source else None
    return rest, Byline(via=wire) if wire else None


def _place_and_date(text: str, context: DateContext) -> MetaLine | None:
    """'Puerto Ellis, Oeste (14 marzo 2023) .-09:41 hrs': a dateline with the day and time."""
    match = _PLACE_DATE.match(text)
    if match is None:
        return None
    when = match.group("date") + (" " + match.group("time") if match.group("time") else "")
    stamp = parse_stamp(when, context)
    if stamp is None or not stamp.has_date:
        return None
    return MetaLine((("published", stamp),), dateline=match.group("place").strip())
