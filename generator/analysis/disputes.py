"""Figures a story's sentences give (value and unit), when two differ, and corrections.

A figure is a number and the word after it, its unit ("at least 118 people", "10 km",
"eight soldiers"). A duration ("four-year term", "eight years in power") is one quantity
only with what it measures, the first word after its unit; a duration measuring nothing
named is not compared. Two sentences saying the same thing give it differently when they give one
unit values that neither gives anywhere (rounding aside: "306 km" is "305.8 km", "300 km" may
be either), and the names around the two figures, if both have some, are not all different
("800 miles southwest of Beijing" is not "60 miles southwest of Lanzhou"). Numbers that are not
counts are left out: years, times, days of a month, and figures hedged as approximate ("nearly
50,000 troops", "more than 100 people"), which another figure need not contradict.

A correction is a sentence (or a note in the article's `corrections`) saying that an earlier
version got something wrong: "An earlier version of this story said 10 soldiers were wounded;
it was eight."
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import NamedTuple

from generator.analysis.similarity import stem

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}  # fmt: skip
NUMBER_WORDS = frozenset(_NUMBER_WORDS)
NUMBER_STEMS = frozenset(stem(word) for word in NUMBER_WORDS)  # as English words are read
_DIGIT = re.compile(r"\d")
_MARKS_TO_SPACES = str.maketrans({c: " " for c in ".,;:!?\"'’‘“”()[]-—–/"})
_SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_HEDGES_TEXT = """
    about around approximately almost nearly roughly some over under than upwards estimated
"""
HEDGES = frozenset(_HEDGES_TEXT.split())  # the word before a figure that makes it approximate
_CALENDAR_TEXT = """
    january february march april may june july august september october november december jan feb
    mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
    sunday
"""
CALENDAR = frozenset(_CALENDAR_TEXT.split())
_NOT_UNITS_TEXT = """
    am pm gmt utc bst cet est edt pst a an the and or of to in on at by for from with as is was
    were are be been has had have that which who than per
"""
NOT_UNITS = CALENDAR | frozenset(_NOT_UNITS_TEXT.split())
_LAST_WORDS = re.compile(r"([^\W\d_]+)[\s-]+(?:([^\W\d_]+)[\s-]+)?$")
_NUMBER = r"\d+(?:[.,]\d+)*|" + "|".join(_NUMBER_WORDS)
# A number (digits with separators, or a number word), an optional scale and the next word.
_FIGURE = re.compile(
    rf"(?<![\w.,:/])(?P<number>{_NUMBER})(?![\w:/]|[.,]\d)"
    r"(?:[\s-]+(?P<scale>" + "|".join(_SCALES) + r")\b)?"
    r"(?:[\s-]+\(?(?P<unit>[^\W\d_][\w'’]*))?",
    re.IGNORECASE,
)
_ANY_NUMBER = re.compile(rf"(?<![\w.,:/])(?:{_NUMBER})(?![\w:/]|[.,]\d)", re.IGNORECASE)
_DIGIT_GROUPS = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
_WORD = re.compile(r"[^\W_][\w'’-]*")
_CORRECTION = re.compile(
    r"\b(?:earlier|previous|prior|original) version\b|\bcorrect(?:s|ed|ion)\b|\bmisstated\b"
    r"|\b(?:wrongly|incorrectly|erroneously|mistakenly) (?:said|stated|reported|gave|put)\b",
    re.IGNORECASE,
)
# Parts of the words a correction needs, looked for first (C-level substring searches).
_CORRECTION_HINTS = ("ersion", "orrect", "isstat", "rongly", "rroneous", "istaken")
_YEARS = range(1800, 2200)
NEAR = 5  # words either side of a figure whose names say what it counts
# Units of time: a duration is a quantity only with what it measures ("a four-year term",
# "eight years in power", "a 19-year-old"), read from the words after its unit.
_TIME_TEXT = "year years month months week weeks day days hour hours minute minutes decade decades"
TIME_UNITS = frozenset(stem(word) for word in _TIME_TEXT.split())
_LINKS = frozenset(
    {"in", "of", "at", "for", "the", "a", "an", "to", "on", "as", "with", "into", "under", "since"}
)
MEASURED_WINDOW = 3  # words after a duration's unit read for what it measures


class Figure(NamedTuple):
    """One count a sentence gives: its value, the stem of its unit, how it was printed, the
    place it is rounded to (0.1, 1, 100...), and the names near it."""

    value: float
    unit: str
    printed: str
    rounded: float
    names: frozenset[str]
    measures: str = ""  # a duration's: the stem of what it measures ("term"), "" when not read


def is_correction(text: str) -> bool:
    """True when `text` says that an earlier version of an article got something wrong."""
    if not any(hint in text for hint in _CORRECTION_HINTS):
        return False  # the full pattern is slow to run over every sentence and body
    return _CORRECTION.search(text) is not None


def _value(number: str) -> tuple[float, float] | None:
    """(value, the place it is rounded to) of a printed number, None when it is ambiguous."""
    word = number.casefold()
    if word in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[word]), 1.0
    if "," in number and "." in number:
        return None  # "1,000.5" or "1.000,5": which is which depends on the language
    if _DIGIT_GROUPS.fullmatch(number) and not re.fullmatch(r"\d\.\d{3}", number):
        digits = number.replace(",", "").replace(".", "")  # 50,000 / 50.000
    elif "," in number or "." in number:
        whole, decimals = re.split(r"[.,]", number, maxsplit=1)
        return float(f"{whole}.{decimals}"), 10.0 ** -len(decimals)
    else:
        digits = number
    value = float(digits)
    zeros = len(digits) - len(digits.rstrip("0"))
    # "300 km" may be 306 km rounded; "10 soldiers" is ten, not "about ten"
    return value, 10.0**zeros if value >= 100 and zeros else 1.0


def _hedged(text: str, start: int) -> bool:
    """True when the words before a figure make it approximate ("nearly", "up to") or a date."""
    last = _LAST_WORDS.search(text, max(0, start - 40), start)
    if last is None:
        return False
    before, nearer = (w.casefold() if w else "" for w in last.groups())
    word = nearer or before
    return word in HEDGES or word in CALENDAR or (before, nearer) == ("up", "to")


def _near_names(text: str, start: int, end: int) -> frozenset[str]:
    """The stems of the capitalised words within `NEAR` words of a figure (not its sentence's
    first word, nor days and months)."""
    before = _WORD.findall(text, 0, start)
    after = _WORD.findall(text, end)
    words = [w for n, w in enumerate(before) if n > 0][-NEAR:] + after[:NEAR]
    return frozenset(stem(w.casefold()) for w in words if w[0].isupper() and w.casefold() not in CALENDAR)


def _measured(text: str, end: int) -> str:
    """What a duration ending at `end` measures: the stem of the first word after its unit that
    is no linking word ("in", "of", ...), within `MEASURED_WINDOW` words; "" when none is."""
    for match in islice(_WORD.finditer(text, end), MEASURED_WINDOW):
        lowered = match.group(0).casefold().strip("-'’")
        if not lowered or lowered in _LINKS:
            continue
        if lowered in NUMBER_WORDS or _DIGIT.search(lowered) or lowered in NOT_UNITS:
            return ""
        return stem(lowered)
    return ""


def _has_numbers(text: str) -> bool:
    """True when `text` has a digit or a number word (a cheap test before the full patterns)."""
    if _DIGIT.search(text) is not None:
        return True
    return not NUMBER_WORDS.isdisjoint(text.casefold().translate(_MARKS_TO_SPACES).split())


@lru_cache(maxsize=65536)
def figures(text: str) -> tuple[Figure, ...]:
    """The counts `text` gives with their unit: not years, dates, times or hedged figures."""
    if not _has_numbers(text):
        return ()
    found = []
    for match in _FIGURE.finditer(text):
        number, scale, unit = match.group("number", "scale", "unit")
        if not unit or unit.casefold() in NOT_UNITS or _hedged(text, match.start()):
            continue
        read = _value(number)
        if read is None or (number.isdigit() and len(number) == 4 and int(number) in _YEARS):
            continue
        value, rounded = read
        if scale:
            value, rounded = value * _SCALES[scale.casefold()], rounded * _SCALES[scale.casefold()]
        printed = f"{number} {scale + ' ' if scale else ''}{unit}"
        names = _near_names(text, match.start(), match.end())
        unit_stem = stem(unit.casefold().rstrip("'’"))
        measures = _measured(text, match.end()) if unit_stem in TIME_UNITS else ""
        found.append(Figure(value, unit_stem, printed, rounded, names, measures))
    return tuple(found)


@lru_cache(maxsize=65536)
def numbers(text: str) -> tuple[tuple[float, float], ...]:
    """(value, the place it is rounded to) of every number of `text`, with a unit or not."""
    if not _has_numbers(text):
        return ()
    found = (_value(match.group(0)) for match in _ANY_NUMBER.finditer(text))
    return tuple(value for value in found if value is not None)


def same_value(a: float, a_rounded: float, b: float, b_rounded: float) -> bool:
    """True when two printed values may be one value rounded differently."""
    place = max(a_rounded, b_rounded)
    return abs(round(a / place) - round(b / place)) < 1e-9 and abs(a - b) <= place


def _given(value: float, rounded: float, text: str) -> bool:
    return any(same_value(value, rounded, v, r) for v, r in numbers(text))


def differing(a_text: str, b_text: str) -> list[tuple[str, list[Figure], list[Figure]]]:
    """(unit, a's figures, b's figures) for each unit two sentences give different values of."""
    theirs: dict[str, list[Figure]] = {}
    for figure in figures(b_text):
        theirs.setdefault(figure.unit, []).append(figure)
    ours: dict[str, list[Figure]] = {}
    for figure in figures(a_text):
        if figure.unit in theirs:
            ours.setdefault(figure.unit, []).append(figure)
    found = []
    for unit in sorted(ours):
        mine, other = ours[unit], theirs[unit]
        if unit in TIME_UNITS:
            # Durations of one thing only: "a four-year term" is not "eight years in power".
            measured = {f.measures for f in mine} & {f.measures for f in other} - {""}
            mine = [f for f in mine if f.measures in measured]
            other = [f for f in other if f.measures in measured]
            if not mine:
                continue
        if any(_given(f.value, f.rounded, b_text) for f in mine):
            continue
        if any(_given(f.value, f.rounded, a_text) for f in other):
            continue
        names_a = frozenset().union(*(f.names for f in mine))
        names_b = frozenset().union(*(f.names for f in other))
        if names_a and names_b and names_a.isdisjoint(names_b):
            continue  # "800 miles from Beijing", "60 miles from Lanzhou": two things
        found.append((unit, mine, other))
    return found
