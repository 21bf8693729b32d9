"""Lines that carry only metadata: dates, bylines, reading times ('By Jane Doe | Nov 20, 2024').

Such a line is taken out of the body wherever it stands and its values move to the front matter.
A line may join a date and a byline ('dinsdag 14 maart 2023, 09:41, analyse van Anna de Vries'),
a date and the page's counters ('2023-03-14 09:41 From:Harbour Daily Comments:0'), a wire and a
date ('EuropaPress - 14/03/2023 09:41') or a place and a date in brackets, as Mexican papers
print their datelines ('Puerto Ellis, Oeste (14 marzo 2023) .-09:41 hrs').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from generator.ingest.bylines import Byline, read_byline, split_names
from generator.ingest.date_spelling import clock, glued_label
from generator.ingest.dates import (
    DateContext,
    combine,
    is_date_token,
    is_time_only,
    parse_stamp,
    read_date_line,
)
from generator.ingest.model import PageTime
from generator.model.wires import Registry

_PARTS = re.compile(r"\s+[|•·/]\s+|\s*\|\s*|\s+[-–—]\s+|\s{2,}|\u3000+")
_JOINS = re.compile(r",\s+|\s+[|•·/-–—]\s+")
_EDITOR = re.compile(r"^(?:edited|reviewed|fact[- ]checked|curated|produced) by\b", re.I)
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|in|co|uk|jp|au|sg|news|info)$", re.I)
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


@dataclass(frozen=True)
class MetaLine:
    """What a metadata line says; `relative` is a relative time it gives ('3 hours ago');
    `labelled` says that a bare label stood beside the date, spaced as a writer types it
    ('Hafenwahl 14.03.2023, 20:50'): the shape of a dated sub-heading too, so the header reads
    it only above the article's first paragraph and the body keeps it when text follows."""

    stamps: tuple[tuple[str, PageTime], ...] = ()
    byline: Byline | None = None
    relative: str | None = None
    dateline: str | None = None
    reading: bool = False
    labelled: bool = False

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
        if self.stamps and self.dateline:
            return "dateline and time moved to metadata"
        if self.stamps:
            return "published time moved to metadata"
        if self.byline and not self.byline.authors and self.byline.via:
            return "wire credit moved to metadata"
        if self.byline:
            return "byline moved to metadata"
        return "relative time or reading time (not used)"


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
        return _loose_line(text, context, wires)
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


LOOSE_MAX_WORDS = 14
LABEL_MAX_WORDS = 3
_GLUED = re.compile(r"(?<=[a-zà-ÿ])(?=[A-ZÀ-Þ\d])|(?<=\d)(?=[A-Za-zÀ-ÿ]{2})")
_READING_ANYWHERE = re.compile(
    r"(?:lesezeit|lesedauer|leestijd|temps\ de\ lecture|tiempo\ de\ lectura|tempo\ de\ leitura"
    r"|tempo\ di\ lettura|reading\ time|lecture)\s*[:：]?\s*\d+\s*"
    r"(?:minutes?|minuten|minutos|minuti|min\.?|['’′])"
    r"|\d+\s*(?:min\.?|minutes?|minuten|minutos|minuti)\s+"
    r"(?:read|lesezeit|de\ lecture|de\ lectura|di\ lettura|leestijd|de\ leitura)"
    # a reading or listening time alone: '2 minuten', '3 Minuten, 3 Sekunden'
    r"|(?<![\d:.])\d{1,2}\s*(?:minutes|minuten|minutos|minuti)"
    r"(?:,?\s*\d{1,2}\s*(?:seconds|sekunden|secondes|seconden|segundos|secondi))?(?!\w)",
    re.I | re.X,
)
_JOINER = re.compile(r"^[|•·,/–—-]+$")


def _loose_line(text: str, context: DateContext, wires: Registry) -> MetaLine | None:
    """A date with a byline, a short label or a reading time beside it and no separator between
    them: 'Sophie Brun, Marc Petit le vendredi 14 juillet 2017', '17. Dezember 2018 Politik
    Lesezeit 19 min', '09:37 - 26/03/24 por Jornal do Porto', a live ticker's glued
    '20:50 UhrHafenwahl13.03.2022', 'J.Doe34 min ago'.

    A label and a day alone ('Election Day, November 5, 2024', 'Hearing March 3, 2023') is a
    dated sub-heading, not a metadata line: a label counts only beside a time of day or a
    reading time."""
    if not any(ch.isdigit() for ch in text) or len(text.split()) > LOOSE_MAX_WORDS:
        return None
    text = clock(text)  # '21h11' is one time, not a word run into a figure
    glued = _GLUED.search(text) is not None
    text = " ".join(_GLUED.sub(" ", text).split()).strip(" |•·-–—")
    reading = _READING_ANYWHERE.search(text)
    if reading is not None:
        text = " ".join((text[: reading.start()] + " " + text[reading.end() :]).split()).strip(" |•·,.-–—")
        whole = read_date_line(text, context) if text else None
        if not text or whole is not None:
            return MetaLine(
                whole.stamps if whole else (), relative=whole.relative if whole else None, reading=True
            )
    relative = context.words.relative_in(text)
    if relative is not None:
        beside = [text[: relative.start()].strip(" ,;|-–—"), text[relative.end() :].strip(" ,;|-–—")]
        byline = _beside_the_date(beside, wires, named=False, section=glued)
        if byline is not None:
            found = byline if isinstance(byline, Byline) else None
            return MetaLine((), found, text[relative.start() : relative.end()], reading=reading is not None)
    tokens = text.split()
    runs = _date_runs(tokens, context)
    for start, end in sorted(runs, key=lambda run: run[0] - run[1]):  # the longest first
        dated = read_date_line(" ".join(tokens[start:end]), context)
        if dated is None or not any(s.has_date and s.has_year for _, s in dated.stamps):
            continue  # a full date: 'June 9 -- Harbour Amphitheatre, ...' is a tour's list
        stamps = list(dated.stamps)
        rest: list[list[str]] = [[]]
        for index, token in enumerate(tokens):
            if start <= index < end:
                rest.append([])
            elif (other := next((r for r in runs if r[0] <= index < r[1] and r != (start, end)), None)) and (
                (times := read_date_line(" ".join(tokens[other[0] : other[1]]), context)) is not None
            ):
                stamps += [pair for pair in times.stamps if pair not in stamps] if index == other[0] else []
            else:
                rest[-1].append(token)
        named = tokens[start].casefold() in _NAME_CONNECTORS  # 'Marc Petit le 14 juillet 2017'
        parts = [" ".join(part).strip(" ,;:|-–—") for part in rest]
        byline = _beside_the_date(parts, wires, named)
        if byline is None:
            continue
        found = byline if isinstance(byline, Byline) else None
        labelled = found is None and any(parts)
        if labelled and reading is None and not any(s.has_time for _, s in stamps):
            continue  # 'Election Day, November 5, 2024': a sub-heading that names a day
        return MetaLine(
            tuple(stamps), found, dated.relative, reading=reading is not None, labelled=labelled and not glued
        )
    return None


def _date_runs(tokens: list[str], context: DateContext) -> list[tuple[int, int]]:
    """The spans of tokens that a date or time is made of (joiners such as '-' inside)."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, token in enumerate([*tokens, ""]):
        dateish = bool(token) and (
            context.words.is_date_word(token)
            or any(ch.isdigit() for ch in token)
            or bool(_JOINER.match(token))
            or (token.strip(",()").isupper() and is_date_token(token, context))  # 'CET', 'UTC'
        )
        if dateish and start is None:
            start = index
        elif not dateish and start is not None:
            runs.append((start, index))
            start = None
    return [(a, b) for a, b in runs if any(ch.isdigit() for t in tokens[a:b] for ch in t)]


_NAME_CONNECTORS = frozenset({"on", "le", "am", "el", "il", "op", "em", "à", "a", "de", "del", "du"})


def _beside_the_date(
    parts: list[str], wires: Registry, named: bool, section: bool = False
) -> Byline | bool | None:
    """What stands beside a date: a byline ('por Ana Costa'; bare names when `named`, that is
    joined to the date by 'le', 'on', 'am' ...: 'Sophie Brun, Marc Petit le 14 juillet'), a short
    label of capitalised words ('Politik', 'Hafenwahl Homberg'), or nothing; None for any other
    text (a sentence that gives a date). Glued to a relative time (`section`: 'Stad &
    regio2 uur geleden', as a teaser's label and time are copied) a section's name may be
    written as a phrase is ('Porto e arredores')."""
    found: Byline | bool = True
    for part in (p for p in parts if p):
        byline = read_byline(part, wires)
        names = split_names(part, wires) if named or "," in part else None
        if byline is not None:
            found = byline
        elif names is not None and names[0]:
            found = Byline(names[0], names[1])
        elif _INITIAL_NAME.fullmatch(part):
            found = Byline((part,))  # 'J.Doe34 min ago': a byline glued to its relative time
        elif not (_label(part) or (section and _section_name(part))):
            return None
    return found


_INITIAL_NAME = re.compile(r"[A-ZÀ-Þ]\.\s?[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[-\s][A-ZÀ-Þ][a-zà-ÿ'’-]+)?")
SECTION_MAX_WORDS = 3
_SECTION_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?: (?:&|[\w'’-]+)){0,2}")


CASELESS_LABEL_MAX = 6  # characters of a label in a script without capitals ('政治', '国際')


def _label(part: str) -> bool:
    """A short label of capitalised words: 'Politik', 'Hafenwahl Homberg'; in a script without
    capitals, a short word ('政治')."""
    return (
        len(part.split()) <= LABEL_MAX_WORDS
        and all(word[:1].isupper() or _caseless_word(word) for word in part.split())
        and not any(ch.isdigit() for ch in part)
    )


def _caseless_word(word: str) -> bool:
    """A short word of letters that have no case (Japanese, Chinese): a label's word there."""
    return len(word) <= CASELESS_LABEL_MAX and all(ch.isalpha() and ch.lower() == ch.upper() for ch in word)


def _section_name(part: str) -> bool:
    """A section's name as a phrase: a capital first, three words at most, no figure, no mark of
    a sentence or clause ('Porto e arredores', 'Stad & regio')."""
    return (
        len(part.split()) <= SECTION_MAX_WORDS
        and bool(_SECTION_NAME.fullmatch(part))
        and not any(ch.isdigit() for ch in part)
    )
