"""Does a cited sentence say what a key point says? Figures, negation, places, opposite verbs.

`differences(point, sentence, language)` compares one sentence of a key point with one sentence
of a cited article (its best match, see `evidence.py`) and names what differs:

- a figure: the point's figure of some kind (a unit's dimension, or what it counts: "people
  killed") against the sentence's figures of that kind, when none of them agrees with it
  ("point: some 50,000; article: some 10,000"). Units are converted ("10 kilometres (6 miles)"
  agrees with "about 10 km"); bounds are read ("at least 118" agrees with "118" and with "more
  than 100", not with "at least 111"); dates, years, times and figures inside names are left out.
- negation: the point negates a verb the sentence states ("were not investigating" against
  "were investigating"), or the sentence negates a verb the point states ("has not yet
  confirmed", "declined to comment" against "confirmed").
- a name: the point names a country, or a province of one, that the sentence replaces with
  another of the same kind ("Gansu" against "Qinghai"), the rest of the point being there.
- an opposite verb ("downgraded" against "upgraded"), the words around it shared.

Precision first: anything it cannot read for sure (a figure of no known kind, a negation with no
verb after it, a name it does not know) gives no difference. The word lists are data, per
language (`claim_words.py`). Cost: one pass over the words of the two sentences, with set and
dict look-ups; the tables of places are built once, when first needed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from itertools import chain, repeat
from typing import NamedTuple

from generator.analysis import claim_words as data
from generator.analysis.places import Place, places
from generator.analysis.similarity import tokens

WINDOW_AFTER = 4  # content words after a figure that say what it counts
WINDOW_BEFORE = 2  # ...and before it
SHARED_KIND = 2  # words two counts must share to be counts of one thing
NEAR = 4  # words either side of an opposite verb that must share one word
SCOPE = 4  # words after a negation in which its verb is looked for
COVERED = 0.6  # weighted share of the point's other words a sentence must have for a swapped name
SAME = 0.005  # relative difference within which two figures are one figure
CONVERTED = 0.1  # ...when one of them was converted from another unit ("10 km (6 miles)")
DISTINCTIVE = 10  # a whole figure below this ("two") is not the same figure wherever it stands
ABOUT = 0.2  # "about 50" is 50 give or take a fifth
JUST = 0.15  # "just over 10" is at most 15% over, "nearly 50" at most 15% under


class Difference(NamedTuple):
    """What a sentence says differently from a point: the kind and the words of each."""

    kind: str  # "figure", "negation", "name", "opposite"
    point: str
    article: str


class Word(NamedTuple):
    """A word of a sentence: its text, lower-cased form, offsets and language. Its stem ('' for a
    stop word, a figure or a mark) is looked up when asked: most questions need few stems."""

    text: str
    lower: str
    start: int
    end: int
    language: str

    @property
    def stem(self) -> str:
        return _stem(self.text, self.language) if self.text[0].isalpha() else ""


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


_WORD = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*|[%$€£]|--|[—–,;:()\"“”]")
_CLAUSE_MARKS = frozenset(',;:()"“”—–-')


@dataclass(frozen=True)
class Lexicon:
    """One language's words, read from `claim_words`."""

    language: str
    negations: frozenset[str]
    negating_verbs: frozenset[str]
    cues: frozenset[str]  # both: a sentence without any has no negation
    not_negating: frozenset[tuple[str, str]]
    skipped: frozenset[str]
    numbers: dict[str, float]
    scales: dict[str, float]
    bounds: tuple[tuple[tuple[str, ...], str], ...]  # longest phrase first
    opposites: dict[str, frozenset[str]]  # by stem
    opposite_forms: frozenset[str]  # the words of the opposites as listed: a sentence without any has none
    senses: dict[str, int]  # stem -> its group of one meaning


def _pairs(text: str) -> dict[str, float]:
    return {word: float(value) for word, value in (item.split(":") for item in text.split())}


@cache
def lexicon(language: str) -> Lexicon | None:
    """The words of `language` (a primary subtag), or None for a language without a list."""
    if language not in data.LANGUAGES:
        return None
    bounds = [
        (tuple(phrase.split()), bound)
        for bound, table in (
            ("least", data.AT_LEAST),
            ("most", data.AT_MOST),
            ("about", data.ABOUT),
            ("over", data.JUST_OVER),
            ("under", data.JUST_UNDER),
        )
        for phrase in table[language].split("|")
    ]
    opposites: dict[str, set[str]] = {}
    for line in data.OPPOSITES[language].strip().splitlines():
        left, right = (frozenset(_stem(w, language) for w in side.split()) for side in line.split("|"))
        for a in left:
            opposites.setdefault(a, set()).update(right)
        for b in right:
            opposites.setdefault(b, set()).update(left)
    senses = {
        _stem(word, language): number
        for number, group in enumerate(data.SAME_SENSE[language].split("|"))
        for word in group.split()
    }
    return Lexicon(
        language=language,
        negations=frozenset(data.NEGATIONS[language].split()),
        negating_verbs=frozenset(data.NEGATING_VERBS[language].split()),
        cues=frozenset(data.NEGATIONS[language].split() + data.NEGATING_VERBS[language].split()),
        not_negating=frozenset(tuple(p.split()) for p in data.NOT_NEGATING[language].split("|")),  # type: ignore[misc]
        skipped=frozenset(data.SKIPPED_AFTER_NEGATION[language].split()),
        numbers=_pairs(data.NUMBER_WORDS[language]),
        scales=_pairs(data.SCALES[language]),
        bounds=tuple(sorted(bounds, key=lambda item: -len(item[0]))),
        opposites={stem: frozenset(found) for stem, found in opposites.items() if stem},
        opposite_forms=frozenset(data.OPPOSITES[language].replace("|", " ").split()),
        senses={stem: n for stem, n in senses.items() if stem},
    )


@lru_cache(maxsize=65536)
def _stem(word: str, language: str) -> str:
    """The stem of one word as the story's similarity reads it in `language`, '' for a stop word."""
    found = tokens(word, language)
    return found[0] if len(found) == 1 else ""


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


def words(text: str, language: str) -> list[Word]:
    """The words, figures and marks of a sentence, in order."""
    # Built by C-level maps, not a loop: a long sentence has a hundred words and marks.
    matches = list(_WORD.finditer(text))
    texts = list(map(re.Match.group, matches))
    starts, ends = map(re.Match.start, matches), map(re.Match.end, matches)
    rows = zip(texts, map(str.lower, texts), starts, ends, repeat(language), strict=False)  # repeat: endless
    return list(map(tuple.__new__, repeat(Word), rows))


class Reading:
    """One sentence read once for every comparison: its words, figures, negated verbs, places.

    Each part is worked out when first asked; readings are kept (`read`), since the same
    sentences are compared with several points and several parts of a point."""

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex

    @cached_property
    def words(self) -> list[Word]:
        return words(self.text, self.lex.language)

    @cached_property
    def raw(self) -> list[str]:
        """Its words as written, without stems (cheap: what most questions need)."""
        return _WORD.findall(self.text)

    @cached_property
    def figures(self) -> list[Figure]:
        if not any(map(str.isdigit, self.text)) and not self.lowers & self.lex.numbers.keys():
            return []
        return figures(self.text, self.words, self.lex)

    @cached_property
    def lowers(self) -> frozenset[str]:
        return frozenset(map(str.lower, self.raw))

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(w.stem for w in self.words if w.stem)

    @cached_property
    def negated(self) -> dict[int, int]:
        lex = self.lex
        if not (self.lowers & lex.cues or "n't" in self.text or "n’t" in self.text):
            return {}
        return _negated(self.words, lex)

    @cached_property
    def places(self) -> list[Place]:
        return places(self.raw) if any(w[:1].isupper() for w in self.raw) else []

    @cached_property
    def contents(self) -> frozenset[str]:
        """Its content words as `_covered` compares them (figures by value)."""
        return frozenset(_content(w, self.lex) for w in self.words if w.stem or w.text[0].isdigit()) - {""}


@lru_cache(maxsize=8192)
def read(text: str, language: str) -> Reading | None:
    """The reading of a sentence in `language`, None for a language without word lists."""
    lex = lexicon(language)
    return Reading(text, lex) if lex is not None else None


def differences(point: str, sentences: Sequence[str], language: str) -> list[tuple[Difference, int]]:
    """What `sentences` (of one article, closest first) say differently from `point`, all in
    `language`: each difference with the sentence saying it. A difference is kept only when no
    sentence says what the point says (the figure, the negation, the verb, the place): an article
    that gives the point's figure in one sentence and another figure in the next is not read as
    contradicting it. Nothing for a language without word lists."""
    a = read(point, language)
    if a is None or not sentences:
        return []
    opposing = bool(a.stems & a.lex.opposites.keys())
    named = bool(a.places)
    readings = [b for b in map(read, sentences, repeat(language)) if b is not None]
    found: dict[Difference, int] = {}
    for number, b in enumerate(readings):
        checks: list[Iterator[tuple[Difference, bool]]] = []
        if a.figures and b.figures:
            checks.append(_figures(a.figures, b.figures))
        if a.negated or b.negated:
            checks.append(_negations(a, b))
        if opposing and b.lowers & a.lex.opposite_forms:
            checks.append(_opposites(a, b))
        if named and b.places:
            checks.append(_names(a, b))
        for difference, agrees in chain(*checks):
            if not agrees:
                found.setdefault(difference, number)
    if not found:
        return []  # most citations: the agreements below are looked for only to drop a difference
    agreed: set[tuple[str, str]] = set()
    kinds = {d.kind for d in found}
    for b in readings:
        checks = []
        if "figure" in kinds and b.figures:
            checks.append(_figures(a.figures, b.figures))
        if "negation" in kinds:
            checks.append(_negations(a, b))
        if "opposite" in kinds:
            checks.append(_opposites(a, b))
        if "name" in kinds and b.places:
            checks.append(_names(a, b, agreeing=True))
        agreed.update((d.kind, d.point) for d, agrees in chain(*checks) if agrees)
    return [(d, n) for d, n in found.items() if (d.kind, d.point) not in agreed]


# Figures ----------------------------------------------------------------------------------------


def _number(text: str, language: str) -> float | None:
    """The value of a figure as written ("10,000", "6.2"; "10.000", "6,2" outside English)."""
    text = text.replace("\u00a0", "").replace("\u202f", "")
    commas, stops = text.count(","), text.count(".")
    group, decimal = (",", ".") if language == "en" else (".", ",")
    if commas and stops:  # both: the last one is the decimal mark
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
    elif commas + stops == 1:
        mark = "," if commas else "."
        after = len(text) - text.rfind(mark) - 1
        if mark == decimal or after != 3:
            decimal, group = mark, ""
    elif commas + stops > 1 and (commas if group == "," else stops) == 0:
        return None  # "1.2.3"
    cleaned = text.replace(group, "") if group else text
    try:
        return float(cleaned.replace(decimal, "."))
    except ValueError:
        return None


def figures(text: str, found: list[Word], lex: Lexicon) -> list[Figure]:
    """The figures of a sentence that can be compared (dates, years, times, names left out)."""
    units = _units()
    result: list[Figure] = []
    index = 0
    while index < len(found):
        word = found[index]
        value: float | None = None
        if word.text[0].isdigit():
            value = _number(word.text, lex.language)
        elif word.lower in lex.numbers and not (word.lower == "half" and index == 0):
            value = lex.numbers[word.lower]
        if value is None:
            index += 1
            continue
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
                if index - back < 0 or found[index - back].lower in _CLAUSE_MARKS:
                    break
                unit = _unit_at(found, index - back)
                if unit is not None and (back == 1 or unit[0][0] == "magnitude"):
                    (dimension, factor), _ = unit
                    break
        value *= scale
        bound, width = _bound(found, first, lex)
        first -= width
        base = value * factor
        low, high = _interval(base, bound)
        counts = _counted(found, first, last, lex)
        shown = text[found[first].start : found[last].end]
        result.append(Figure(shown, value, base, low, high, bound, dimension, counts, False))
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


def _counted(found: list[Word], first: int, last: int, lex: Lexicon) -> frozenset[str]:
    """The content words around a count, up to a clause mark: what it counts ("people", "killed")."""
    words: set[str] = set()
    for step, start, limit in ((1, last + 1, WINDOW_AFTER), (-1, first - 1, WINDOW_BEFORE)):
        taken, at = 0, start
        while 0 <= at < len(found) and taken < limit:
            word = found[at]
            if word.lower in _CLAUSE_MARKS or word.lower in lex.numbers or word.text[0].isdigit():
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


def _says(a: Figure, b: Figure) -> bool:
    """True when figure `b` of a sentence gives figure `a` of a point: the same figure, or one
    within it ("118" for "more than 100"), of the same kind."""
    if not _same_kind(a, b) and a.dimension != b.dimension:
        return False
    return _close(a, b) or (a.low <= b.low and b.high <= a.high)


def _close(a: Figure, b: Figure) -> bool:
    """One figure, maybe bounded differently or converted ("at least 118" and "118")."""
    converted = a.converted or b.converted or a.base != a.value or b.base != b.value
    tolerance = CONVERTED if converted and a.dimension == b.dimension else SAME
    return abs(a.base - b.base) <= tolerance * max(abs(a.base), abs(b.base))


def _same_value(a: Figure, b: Figure) -> bool:
    """The same written value, distinctive enough to be the same figure whatever it counts."""
    distinctive = a.value >= DISTINCTIVE or a.value != int(a.value)
    return distinctive and a.value == b.value and (a.dimension != b.dimension or a.base == b.base)


def _compatible(a: Figure, b: Figure) -> bool:
    """False when figure `b` of a sentence contradicts figure `a` of a point of its kind: no value
    fits both, or both are bounds the same way round from different figures ("at least 118"
    against "at least 111")."""
    if _close(a, b):
        return True
    low, high = max(a.low, b.low), min(a.high, b.high)
    if low > high:
        return False
    if a.low <= b.low and b.high <= a.high:
        return True
    return not (a.bound == b.bound and a.bound in ("least", "most"))


def _same_kind(a: Figure, b: Figure) -> bool:
    if a.dimension or b.dimension:
        return a.dimension == b.dimension
    return len(a.counts & b.counts) >= SHARED_KIND


def _figures(mine: list[Figure], theirs: list[Figure]) -> Iterator[tuple[Difference, bool]]:
    """Each figure of the point the sentence gives too (about the same thing: a word around it
    shared), or contradicts with another of its kind, none of its figures agreeing with it."""
    # A figure of the sentence that gives one of the point's is that figure's, no other's
    # ("105 dead in Gansu and 13 in Qinghai" against "13 dead in Qinghai").
    taken = {n for n, f in enumerate(theirs) for g in mine if _says(g, f)}
    for figure in mine:
        if any(_says(figure, f) and figure.counts & f.counts for f in theirs):
            yield Difference("figure", figure.text, ""), True
            continue
        if any(_same_value(figure, f) for f in theirs):
            continue  # the same distinctive figure, of another kind ("magnitude 6.2", "at 6.2")
        kind = [f for f in theirs if _same_kind(figure, f)]
        if any(_compatible(figure, f) for f in kind):
            continue
        other = [f for n, f in enumerate(kind) if n not in taken]
        if other:
            yield Difference("figure", figure.text, other[0].text), False


# Negation ---------------------------------------------------------------------------------------


def _negated(found: list[Word], lex: Lexicon) -> dict[int, int]:
    """The verbs a sentence negates: the word index of each -> that of its negation's first word.

    A negation negates the first content word after it (past "immediately", "yet" ...) within
    `SCOPE` words and before any clause mark; a negating verb the verb after its "to".
    """
    verbs: dict[int, int] = {}
    for index, word in enumerate(found):
        lower, cue = word.lower, index
        if lower in lex.negating_verbs:
            if index + 1 >= len(found) or found[index + 1].lower not in ("to", "de", "a", "di", "zu"):
                continue
            index += 1
        elif not (lower in lex.negations or lower.endswith(("n't", "n’t"))):
            continue
        elif (lower, found[index + 1].lower if index + 1 < len(found) else "") in lex.not_negating:
            continue  # "not only"
        for at in range(index + 1, min(len(found), index + SCOPE + 1)):
            other = found[at]
            if other.lower in _CLAUSE_MARKS:
                break
            if other.stem and other.lower not in lex.skipped:
                verbs.setdefault(at, cue)
                break
    return verbs


def _sense(stem: str, lex: Lexicon) -> str:
    return str(lex.senses.get(stem, stem))


def _negations(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
    """A verb one side negates and the other states; or negates too (an agreement)."""
    lex = a.lex
    for one, other, flipped in ((a, b, False), (b, a, True)):
        if not one.negated:
            continue
        negated_other = other.negated
        denied = {_sense(other.words[n].stem, lex) for n in negated_other}
        stated: dict[str, int] = {}
        for n, word in enumerate(other.words):
            if word.stem and n not in negated_other:
                stated.setdefault(_sense(word.stem, lex), n)
        for verb, cue in one.negated.items():
            sense = _sense(one.words[verb].stem, lex)
            if sense in denied and not flipped:
                yield Difference("negation", _with_auxiliary(one.words, cue, verb), ""), True
            elif sense in stated and sense not in denied:
                said = _with_auxiliary(other.words, stated[sense], stated[sense])
                unsaid = _with_auxiliary(one.words, cue, verb)
                if flipped:
                    yield Difference("negation", said, unsaid), False
                else:
                    yield Difference("negation", unsaid, said), False
                break


def _with_auxiliary(found: list[Word], first: int, last: int) -> str:
    """Words `first` to `last`, with the stop word before them ("did not block", "were investigating")."""
    if first and not found[first - 1].stem and found[first - 1].text[0].isalpha():
        first -= 1
    return _span(found, first, last)


def _span(found: list[Word], first: int, last: int) -> str:
    return " ".join(w.text for w in found[first : last + 1])


# Opposite verbs ---------------------------------------------------------------------------------


def _opposites(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
    """A verb of the point against its opposite in the sentence, with a word around both shared;
    or the verb itself (an agreement)."""
    lex = a.lex
    for n, word in enumerate(a.words):
        others = lex.opposites.get(word.stem)
        if not others or n in a.negated:
            continue
        around_a = _around(a.words, n)
        if word.stem in b.stems:
            if any(_around(b.words, m) & around_a for m, w in enumerate(b.words) if w.stem == word.stem):
                yield Difference("opposite", word.text, ""), True
            continue
        if others.isdisjoint(b.stems):
            continue
        for m, other in enumerate(b.words):
            if other.stem in others and m not in b.negated and around_a & _around(b.words, m):
                yield Difference("opposite", word.text, other.text), False
                return


def _around(found: list[Word], index: int) -> set[str]:
    """The content words within `NEAR` words of word `index`, but that word."""
    return {w.stem for w in found[max(0, index - NEAR) : index + NEAR + 1] if w.stem} - {found[index].stem}


# Names ------------------------------------------------------------------------------------------


def _names(a: Reading, b: Reading, agreeing: bool = False) -> Iterator[tuple[Difference, bool]]:
    """A place of the point the sentence replaces with another of its kind while having most of
    the point's other words; with `agreeing`, each place it names too in such a sentence."""
    mine, theirs = a.places, b.places
    codes_a = {code for place in mine for code in place.codes}
    codes_b = {code for place in theirs for code in place.codes}
    missing = [place for place in mine if not place.codes & codes_b]
    if agreeing:
        if len(missing) < len(mine) and _covered(a, b) >= COVERED:
            yield from ((Difference("name", p.text, ""), True) for p in mine if p not in missing)
        return
    extra = [place for place in theirs if not place.codes & codes_a]
    if not missing or not extra:
        return
    pairs = [(p, o) for p in missing for o in extra if p.kinds & o.kinds]
    if pairs and _covered(a, b) >= COVERED:
        yield Difference("name", pairs[0][0].text, pairs[0][1].text), False


def _covered(a: Reading, b: Reading) -> float:
    """The share of the point's other words (not its places) that the sentence also has."""
    named = {stem for place in a.places for stem in tokens(place.text, a.lex.language)}
    wanted = a.contents - named
    return len(wanted & b.contents) / len(wanted) if wanted else 0.0


def _content(word: Word, lex: Lexicon) -> str:
    """A content word as compared: figures by value ("Twenty" and "20" alike), others by stem."""
    value = lex.numbers.get(word.lower) if not word.text[0].isdigit() else _number(word.text, lex.language)
    return f"{value:g}" if value is not None else word.stem
