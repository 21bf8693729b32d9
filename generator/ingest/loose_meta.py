"""Loose metadata lines: a date with a byline, a short label or a reading time beside it and no
separator between them ('17. Dezember 2018 Politik Lesezeit 19 min'); a step of `meta_lines`."""

from __future__ import annotations

import re

from generator.ingest.bylines import Byline, read_byline, split_names
from generator.ingest.date_spelling import clock
from generator.ingest.dates import DateContext, is_date_token, read_date_line
from generator.ingest.meta_line import MetaLine
from generator.model.wires import Registry

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


def loose_line(text: str, context: DateContext, wires: Registry) -> MetaLine | None:
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
    """A short label of capitalised words: 'Politik', 'Hafenwahl Homberg', a name ending in a
    number as a station's or a desk's does ('Redacción Canal 9'); in a script without capitals, a
    short word ('政治')."""
    words = part.split()
    if len(words) >= 2 and _NAME_NUMBER.fullmatch(words[-1]):
        words = words[:-1]  # 'Canal 9', 'Radio 1': the number is part of the name
    return (
        len(part.split()) <= LABEL_MAX_WORDS
        and all(word[:1].isupper() or _caseless_word(word) for word in words)
        and not any(ch.isdigit() for word in words for ch in word)
    )


_NAME_NUMBER = re.compile(r"\d{1,2}")  # a station's number closing its name, never a year or a day's date


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
