"""Attributions found in the articles' own words, by named patterns.

"The Washington Post first reported ...", "... first reported by X", "an official told
Reuters", "X reported", "according to X", "citing two officials". Each match keeps the
sentence it came from; matches of the same kind naming the same source are one attribution
with several mentions. Names need not be outlets of `site.yaml`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.analysis.corpus import Corpus
from generator.model.analysis import Attribution, Quote

_CAP = r"[A-Z][\w&'’.-]*"
_NAME = rf"(?:[Tt]he\s+)?{_CAP}(?:\s+(?:(?:of|for|de|and)\s+)?{_CAP})*"
_PHRASE = r"[^,.;:!?()\"“”]{2,80}?"
_END = r"(?=\s*(?:[,.;:!?)\"“”]|\bthat\b|\bon\b|\bin\b|$))"
_SPEAKER = (
    r"(?P<speaker>\b(?i:an?|the|two|three|four|several|some|\d+)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:officials?|sources?|spokes(?:man|woman|person)|diplomats?|ministers?|aides?|people|persons?))\s+"
)
# (kind, a word the sentence must contain for the pattern to be tried, pattern)
PATTERNS: tuple[tuple[str, str, re.Pattern[str]], ...] = (
    (
        "first_reported",
        "first",
        re.compile(
            rf"(?P<name>{_NAME})\s+(?:was\s+the\s+first\s+to\s+report|first\s+(?:reported|broke|revealed))\b"
        ),
    ),
    ("first_reported", "first", re.compile(rf"\bfirst\s+reported\s+by\s+(?P<name>{_NAME})")),
    ("told", "told", re.compile(rf"(?:{_SPEAKER})?\btold\s+(?P<name>{_NAME})")),
    ("reported", "reported", re.compile(rf"(?<!first )\breported\s+by\s+(?P<name>{_NAME})")),
    (
        "reported",
        "reported",
        re.compile(rf"(?P<name>{_NAME})\s+(?:reported|has\s+reported|had\s+reported)\b(?!\s+by)"),
    ),
    ("according_to", "ccording", re.compile(rf"\b(?i:according)\s+to\s+(?P<name>{_PHRASE}){_END}")),
    ("citing", "iting", re.compile(rf"\b(?i:citing)\s+(?P<name>{_PHRASE}){_END}")),
)
ORDER = ("first_reported", "told", "reported", "according_to", "citing")
CREDITS = ("first_reported", "reported")  # kinds that credit another newsroom with a report
_NOT_NAMES = frozenset({"on", "in", "it", "he", "she", "they", "we", "the", "this", "that", "but", "and"})


_INITIALISM_END = re.compile(r"(?:\b[A-Z]\.){2,}$")


def _clean(name: str) -> str | None:
    name = name.strip().removesuffix("’s").removesuffix("'s").rstrip("’'").strip()
    if name.endswith(".") and not _INITIALISM_END.search(name):
        name = name.rstrip(".")
    if name.casefold() in _NOT_NAMES or not any(c.isalpha() for c in name):
        return None
    return name


def credit(text: str) -> str | None:
    """How a sentence credits another newsroom with a report ('Credits X with the first report')."""
    for kind, name, _ in find(text):
        if kind in CREDITS:
            return f"Credits {name} with the {'first ' if kind == 'first_reported' else ''}report"
    return None


def find(text: str) -> list[tuple[str, str, str | None]]:
    """(kind, name, speaker) of every attribution in one sentence, in pattern order."""
    return _find(text, PATTERNS)


def _find(
    text: str, patterns: Sequence[tuple[str, str, re.Pattern[str]]]
) -> list[tuple[str, str, str | None]]:
    """`find` trying only `patterns` (a subset of `PATTERNS`, in their order)."""
    found: list[tuple[str, str, str | None]] = []
    taken: list[tuple[int, int]] = []
    for kind, needed, pattern in patterns:
        if needed not in text:
            continue
        for match in pattern.finditer(text):
            span = match.span("name")
            name = _clean(match.group("name"))
            if name is None or any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            speaker = match.groupdict().get("speaker")
            found.append((kind, name, speaker.strip() if speaker else None))
    return found


def attributions(corpus: Corpus) -> tuple[Attribution, ...]:
    """Every attribution in the story's articles, grouped by kind and name."""
    grouped: dict[tuple[str, str], tuple[str, str | None, list[Quote]]] = {}
    for item in corpus.articles:
        # A pattern is tried on a sentence that holds its needed word, so only the patterns
        # whose word the article holds somewhere can match: often none, and then no sentence
        # of the article is looked at.
        text = "\n".join(sentence.text for sentence in item.sentences)
        patterns = [entry for entry in PATTERNS if entry[1] in text]
        if not patterns:
            continue
        for index, sentence in enumerate(item.sentences):
            for kind, name, speaker in _find(sentence.text, patterns):
                entry = grouped.setdefault((kind, name.casefold()), (name, speaker, []))
                entry[2].append(item.quote(index))
    found = [
        Attribution(kind, name, speaker, tuple(quotes))
        for (kind, _), (name, speaker, quotes) in grouped.items()
    ]
    return tuple(sorted(found, key=lambda a: ORDER.index(a.kind)))  # stable: story order within a kind
