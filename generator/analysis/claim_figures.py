"""Figures of a sentence for the claim check: value, unit, bounds and what they count (whether a
sentence's figure says, contradicts or is silent about a point's is `claim_figures_compare`'s job).

A figure is read with its scale ("35 billion"), its unit ("10 km", "per cent", "$", "magnitude
6.2"; converted to the dimension's base), its bound ("at least", "about", "just over", in each
language of `claim_words`) and the content words around it (what a count counts: "people
killed"). Dates, years, times of day, ordinals and figures inside names ("F-16") are left out.

A word that gives a count without a figure ("several", "dozens", `VAGUE`) is read as a figure
of at least so many, bound "vague": evidence of a point saying "several times" must give a
count of at least that ("only one" does not), but a vague figure never makes a contradiction.
"""

from __future__ import annotations

import math
from functools import cache
from typing import NamedTuple

from generator.analysis import claim_words as data
from generator.analysis.claim_reading import CLAUSE_MARKS, Lexicon, Word, number

WINDOW_AFTER = 4  # content words after a figure that say what it counts
WINDOW_BEFORE = 2  # ...and before it
ABOUT = 0.2  # "about 50" is 50 give or take a fifth
JUST = 0.15  # "just over 10" is at most 15% over, "nearly 50" at most 15% under
# Words linking a share to what it is a share of ("40 percent of the vote"), in seven languages.
OF = frozenset(
    {"of", "der", "des", "de", "du", "del", "della", "dei", "degli", "delle", "di", "van", "da", "dos", "das"}
)
# Words giving a count without a figure, and the least count each says, per language (data).
VAGUE = {
    "en": "several:3 multiple:2 numerous:5 dozens:24 hundreds:200 thousands:2000 millions:2000000",
    "de": "mehrere:3 etliche:3 zahlreiche:5 dutzende:24 hunderte:200 tausende:2000 millionen:2000000",
    "fr": "plusieurs:3 nombreux:5 nombreuses:5 dizaines:20 centaines:200 milliers:2000",
    "es": "varios:3 varias:3 numerosos:5 numerosas:5 decenas:20 cientos:200 miles:2000 millones:2000000",
    "it": "diversi:3 diverse:3 numerosi:5 numerose:5 decine:20 centinaia:200 migliaia:2000 milioni:2000000",
    "nl": "verscheidene:3 meerdere:2 talrijke:5 tientallen:20 honderden:200 duizenden:2000 miljoenen:2000000",
    "pt": "vários:3 várias:3 numerosos:5 numerosas:5 dezenas:20 centenas:200 milhares:2000 milhões:2000000",
}


class Figure(NamedTuple):
    """A figure of a sentence: value in its unit's base, bounds, unit's dimension, what it counts."""

    text: str  # as written, with its bound and unit ("at least 118", "some 300 kilometres")
    value: float  # as written, before the unit's factor
    base: float  # in the dimension's base unit
    low: float
    high: float
    bound: str  # "exact", "least", "most", "about"
    dimension: str  # "length", "time", ... or "" for a count
    counts: frozenset[str]  # the words around a count
    converted: bool
    head: str = ""  # a count's noun right after it ("helicopters" of "four helicopters"), its sense
    decimals: int = 0  # digits written after the decimal mark ("33.4": 1), the figure's precision
    of: str = ""  # what a percentage is of ("vote" of "40 percent of the vote"), its sense


@cache
def vague_words(language: str) -> dict[str, float]:
    """The words of `language` giving a count without a figure, and the least count each says."""
    return {
        word: float(value) for word, value in (item.split(":") for item in VAGUE.get(language, "").split())
    }


@cache
def _units() -> dict[str, tuple[str, float]]:
    units: dict[str, tuple[str, float]] = {}
    dimension, factor = "", 1.0
    for line in data.UNITS.strip().splitlines():
        head, _, rest = line.partition(":")
        if rest:
            name, value = head.split()
            dimension, factor = name, float(value)
        for word in (rest if rest else head).split():
            units[word] = (dimension, factor)
    return units


_MONTHS = frozenset(data.MONTHS.split())
_UNIT_PHRASES = tuple(tuple(p.split()) for p in data.UNIT_PHRASES.split("|"))
_UNIT_PHRASE_STARTS = frozenset(phrase[0] for phrase in _UNIT_PHRASES)
_UNIT_ARTICLES = frozenset(data.UNIT_ARTICLES.split())


def figures(text: str, found: list[Word], lex: Lexicon) -> list[Figure]:
    """The figures of a sentence that can be compared (dates, years, times, names left out)."""
    units = _units()
    vague = vague_words(lex.language)
    result: list[Figure] = []
    index = 0
    while index < len(found):
        word = found[index]
        value: float | None = None
        one = False  # "a" of "a million"
        if word.text[0].isdigit():
            value = number(word.text, lex.language)
        elif word.lower in lex.numbers and not (word.lower == "half" and index == 0):
            value = lex.numbers[word.lower]
        elif (
            word.lower in lex.ones
            and index + 1 < len(found)
            and found[index + 1].lower in lex.scales
            and not (index and found[index - 1].lower in lex.numbers)  # "half a million": as before
        ):
            value, one = 1.0, True  # "a million", "eine Million": one of the scale word after it
        elif word.lower in vague and not (index and found[index - 1].text[0].isdigit()):
            counted = _counted(found, index, index, lex)
            shown = text[word.start : word.end]
            least = vague[word.lower]
            result.append(Figure(shown, least, least, least, math.inf, "vague", "", counted, False))
            index += 1
            continue
        if value is None:
            index += 1
            continue
        decimals = _decimals(value)
        first, last = index, index
        before = text[word.start - 1 : word.start] if word.start else ""
        after = text[word.end : word.end + 1]
        attached = after.isalpha() or (after == "-" and text[word.end + 1 : word.end + 2].isalpha())
        if word.text[0].isdigit() and (before.isalpha() or before == ":" or after == ":"):
            index += 1  # "F16", "11:59"
            continue
        if before == "-" and word.start >= 2 and text[word.start - 2].isalpha():
            previous = found[index - 1].lower if index else ""
            if previous not in units:  # "F-16", but "magnitude-6.2"
                index += 1
                continue
        near = {w.lower.rstrip(".") for w in found[max(0, index - 1) : index + 2]}
        if near & _MONTHS or (word.text.isdigit() and len(word.text) == 4 and 1800 <= value <= 2100):
            index += 1  # a date or a year
            continue
        # Scale words and a unit after the figure ("35 billion", "10 km", "half an hour").
        scale = 1.0
        nxt = index + 1
        while nxt < len(found) and found[nxt].lower in lex.scales:
            scale *= lex.scales[found[nxt].lower]
            nxt += 1
        dimension, factor = "", 1.0
        probe = nxt
        if probe < len(found) and found[probe].lower in _UNIT_ARTICLES and value < 1:
            probe += 1
        unit = _unit_at(found, probe)
        if unit is not None:
            (dimension, factor), width = unit
            last = probe + width - 1
        else:
            last = nxt - 1
            glued = attached and not (after == "-" and found[nxt - 1].lower in units)
            if glued and word.text[0].isdigit():
                index += 1  # "18th", "5G" (a glued unit, "10km", "24-hour", is read above)
                continue
        # A currency sign or a unit before the figure ("$50 billion", "magnitude 6.2").
        if not dimension:
            for back in (1, 2, 3):
                if index - back < 0 or found[index - back].lower in CLAUSE_MARKS:
                    break
                unit = _unit_at(found, index - back)
                if unit is not None and (back == 1 or unit[0][0] == "magnitude"):
                    (dimension, factor), _ = unit
                    break
        value *= scale
        bound, width = _bound(found, first, lex)
        if one and word.lower.startswith(("d'", "d’")) and bound == "exact":
            # "plus d'un million": the bound's "d'" is glued to the article.
            bound, width = _bound([*found[:first], word._replace(lower="d'")], first + 1, lex)
            width -= 1
        first -= width
        base = value * factor
        low, high = _interval(base, bound)
        counts = _counted(found, first, last, lex)
        shown = text[found[first].start : found[last].end]
        head = _head(found, last, lex) if not dimension else ""
        whole = _whole(found, last, lex) if dimension == "percent" else ""
        result.append(
            Figure(shown, value, base, low, high, bound, dimension, counts, False, head, decimals, whole)
        )
        index = last + 1
    return _mark_conversions(text, found, result)


def _unit_at(found: list[Word], index: int) -> tuple[tuple[str, float], int] | None:
    """The unit at `index` ("km", "per cent") and how many words it takes."""
    units = _units()
    if index >= len(found):
        return None
    if found[index].lower in _UNIT_PHRASE_STARTS:
        for phrase in _UNIT_PHRASES:
            if tuple(w.lower for w in found[index : index + len(phrase)]) == phrase:
                return units["".join(phrase)], len(phrase)
    unit = units.get(found[index].lower)
    return (unit, 1) if unit else None


def _decimals(value: float) -> int:
    """The digits after the decimal mark of a figure as written ("33.4": 1, "1,204": 0)."""
    if value == int(value):
        return 0
    return len(repr(value).partition(".")[2])


def _bound(found: list[Word], index: int, lex: Lexicon) -> tuple[str, int]:
    """The bound written before the figure at `index` and its length in words."""
    before = tuple(w.lower for w in found[max(0, index - 4) : index])
    for phrase, bound in lex.bounds:
        if len(phrase) <= len(before) and before[len(before) - len(phrase) :] == phrase:
            return bound, len(phrase)
    return "exact", 0


def _interval(value: float, bound: str) -> tuple[float, float]:
    if bound == "least":
        return value, math.inf
    if bound == "most":
        return 0.0, value
    if bound == "about":
        return value * (1 - ABOUT), value * (1 + ABOUT)
    if bound == "over":
        return value, value * (1 + JUST)
    if bound == "under":
        return value * (1 - JUST), value
    return value, value


def _head(found: list[Word], last: int, lex: Lexicon) -> str:
    """The sense of the content word right after a count ("helicopters" of "four helicopters"),
    or "" when another kind of word follows it ("two of which")."""
    after = found[last + 1] if last + 1 < len(found) else None
    return str(lex.senses.get(after.stem, after.stem)) if after is not None and after.stem else ""


def _whole(found: list[Word], last: int, lex: Lexicon) -> str:
    """What a percentage is a share of: the first content word after "of" ("der", "de", ...; its
    articles skipped, at most `WINDOW_AFTER` words) or the noun right after it ("40 percent
    turnout"); "" when neither follows (then it is not known)."""
    at = last + 1
    if at < len(found) and found[at].lower in OF:
        for word in found[at + 1 : at + 1 + WINDOW_AFTER]:
            if word.lower in CLAUSE_MARKS or word.text[0].isdigit():
                return ""
            if word.stem:
                return str(lex.senses.get(word.stem, word.stem))
        return ""
    return _head(found, last, lex)


def _counted(found: list[Word], first: int, last: int, lex: Lexicon) -> frozenset[str]:
    """The content words around a count, up to a clause mark: what it counts ("people", "killed")."""
    words: set[str] = set()
    for step, start, limit in ((1, last + 1, WINDOW_AFTER), (-1, first - 1, WINDOW_BEFORE)):
        taken, at = 0, start
        while 0 <= at < len(found) and taken < limit:
            word = found[at]
            if word.lower in CLAUSE_MARKS or word.lower in lex.numbers or word.text[0].isdigit():
                break
            if word.stem:
                words.add(str(lex.senses.get(word.stem, word.stem)))
                taken += 1
            at += step
    return frozenset(words)


def _mark_conversions(text: str, found: list[Word], figures: list[Figure]) -> list[Figure]:
    """Figures in brackets right after another of their dimension are conversions of it."""
    marked = list(figures)
    for n in range(1, len(marked)):
        before, this = marked[n - 1], marked[n]
        if this.dimension and this.dimension == before.dimension:
            start = text.find(this.text)
            if start > 0 and text[:start].rstrip().endswith("("):
                marked[n - 1] = before._replace(converted=True)
                marked[n] = this._replace(converted=True)
    return marked
