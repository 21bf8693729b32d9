"""The claim check's reading of a sentence: its words, and one language's word lists.

`words` splits a sentence into words, figures and marks (each word's stem looked up only when
asked); `lexicon` reads one language's lists from `claim_words`; `number` reads a figure as
written in a language ("10,000" in English, "10.000" in German). Used by `claim_figures` and
`claims`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from typing import NamedTuple

from generator.analysis import claim_words as data
from generator.analysis.similarity import tokens


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


FRACTIONS = "½¼¾⅓⅔⅛"  # vulgar fractions written after a whole number ("30 ½-year"), read as its part
# Groups of three digits after a space or an apostrophe ("5 000", "12'500", "1’250’000"; a
# no-break space is read by the general form): one figure. A four-digit run is never a group
# ("2023 100" is a year and a count).
GROUPED = r"\d{1,3}(?:[ '’]\d{3})+(?:[.,]\d+)?(?!\d)"
# Letters first, and figures only where a digit stands (`(?=\d)`): as fast as one pattern for
# figures (letters and digits never start one match both).
WORD = re.compile(
    rf"[^\W\d_]+(?:['’][^\W\d_]+)*|(?=\d)(?:{GROUPED}|\d+(?:[.,\u00a0\u202f]\d+)*(?:\s?[{FRACTIONS}])?)"
    r"|[%$€£]|--|[—–,;:()\"“”]"
)
CLAUSE_MARKS = frozenset(',;:()"“”—–-')


@dataclass(frozen=True)
class Lexicon:
    """One language's words, read from `claim_words`."""

    language: str
    negations: frozenset[str]
    negating_verbs: frozenset[str]
    cues: frozenset[str]  # both: a sentence without any has no negation
    not_negating: frozenset[tuple[str, str]]
    skipped: frozenset[str]
    disjunctions: dict[str, frozenset[str]]  # "or" -> the cues it follows (empty: any)
    not_disjoined: frozenset[str]  # "whether": no disjunction after it joins negated things
    indefinites: frozenset[str]  # "anything": a negation falling on one is of the verb before it
    raising: frozenset[str]  # "believe": a negation on one is of what is believed
    numbers: dict[str, float]
    scales: dict[str, float]
    ones: frozenset[str]  # "a" of "a million": one of the scale word after it
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
        disjunctions={
            word: frozenset(cues.split(",")) if cues else frozenset()
            for word, _, cues in (item.partition(":") for item in data.DISJUNCTIONS[language].split())
        },
        not_disjoined=frozenset(data.NOT_DISJOINED[language].split()),
        indefinites=frozenset(data.INDEFINITES[language].split()),
        raising=frozenset(data.RAISING_VERBS[language].split()),
        numbers=_pairs(data.NUMBER_WORDS[language]),
        scales=_pairs(data.SCALES[language]),
        ones=frozenset(data.ONE[language].split()),
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


def words(text: str, language: str) -> list[Word]:
    """The words, figures and marks of a sentence, in order."""
    # Built by C-level maps, not a loop: a long sentence has a hundred words and marks.
    matches = list(WORD.finditer(text))
    texts = list(map(re.Match.group, matches))
    starts, ends = map(re.Match.start, matches), map(re.Match.end, matches)
    rows = zip(texts, map(str.lower, texts), starts, ends, repeat(language), strict=False)  # repeat: endless
    return list(map(tuple.__new__, repeat(Word), rows))


_SEPARATORS = str.maketrans("", "", "\u00a0\u202f '’")  # group separators other than a dot or comma


def number(text: str, language: str) -> float | None:
    """The value of a figure as written ("10,000", "6.2"; "10.000", "6,2" outside English; "10 000",
    "10'000" anywhere). One dot or comma before three zeros groups thousands in every language
    ("5.000" in English, "5,000" in German): no one writes a decimal as ",000"."""
    text = text.translate(_SEPARATORS)
    if text[-1] in FRACTIONS:
        whole = number(text[:-1].rstrip(), language)
        return None if whole is None else whole + unicodedata.numeric(text[-1])
    commas, stops = text.count(","), text.count(".")
    group, decimal = (",", ".") if language == "en" else (".", ",")
    if commas and stops:  # both: the last one is the decimal mark
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        group = "." if decimal == "," else ","
    elif commas + stops == 1:
        mark = "," if commas else "."
        after = len(text) - text.rfind(mark) - 1
        if text.endswith(mark + "000") and text[0] != "0":
            decimal, group = ("." if mark == "," else ","), mark  # "5.000", "5,000": thousands anywhere
        elif mark == decimal or after != 3:
            decimal, group = mark, ""
    elif commas + stops > 1 and (commas if group == "," else stops) == 0:
        return None  # "1.2.3"
    cleaned = text.replace(group, "") if group else text
    try:
        return float(cleaned.replace(decimal, "."))
    except ValueError:
        return None
