"""Dates where a headline is looked for: a line that is only a date (with its time, its weekday,
a section's one-word label: '2018年7月8日(日)', 'Matérias - 31/08/2016 | 14h18m', 'Sábado, 23 de
agosto de 2025 | 02:21') is never the headline; a date printed after the headline on its line
('<headline> 06 april 2018', '<headline> 06.04.2018') is not part of it.

Words are date words as the date reader reads them (`date_spelling.is_date_word`: month and
weekday names, connectors, Japanese date parts in the eight languages of the page furniture,
figures, times), and the line names a day or a time. Bound: one split of one line, a few
unanchored searches without nested repeats and a set look-up per word, linear in the line.
"""

from __future__ import annotations

import re

from generator.ingest.date_spelling import JA_TIME, TIME, clock, has_day, is_date_word
from generator.ingest.date_words import date_words

_WORDS = date_words("en", "fr", "de", "es", "it", "nl", "pt", "ja")
_SPLIT = re.compile(r"\s+[-/]\s+|[\s,;|·•–—]+")
LABEL_WORDS = 1  # a section's name may stand before the date ('Matérias - 31/08/2016')
MIN_HEADLINE_WORDS = 4  # what a headline keeps once the date after it is cut off


def is_date_line(text: str) -> bool:
    """A line of a date and time, perhaps with a one-word label; never a headline. Its words are
    the date reader's (`date_spelling.is_date_word`, times in any notation as `clock` writes
    them), and it names a day or a time."""
    text = clock(text.strip())
    if not (has_day(text, _WORDS) or TIME.search(text) or JA_TIME.search(text)):
        return False
    tokens = [t for t in _SPLIT.split(text) if t]
    others = [t for t in tokens if not is_date_word(t, _WORDS)]
    return len(others) <= LABEL_WORDS and len(tokens) > 2 * len(others)


_TRAILING_DAY = re.compile(  # '06 april 2018', '6. April 2018', 'April 6, 2018', '06.04.2018', '06/04/2018'
    r"\s(?:(?P<day>\d{1,2})\.?\s+(?P<month>\w+)\s+(?:de\s+)?(?P<year>(?:19|20)\d{2})"
    r"|(?P<month2>\w+)\s+\d{1,2},?\s+(?:19|20)\d{2}"
    r"|\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2})$"
)


def without_trailing_date(title: str) -> str:
    """`title` without a date printed after its headline, unbracketed; itself when none is, or
    when fewer than `MIN_HEADLINE_WORDS` words would be left."""
    found = _TRAILING_DAY.search(title.rstrip())
    if found is None:
        return title
    month = found.group("month") or found.group("month2")
    if month is not None and not _WORDS.is_month(month):
        return title
    rest = title[: found.start()].rstrip(" ,-–—|")
    words = rest.split()
    if len(words) < MIN_HEADLINE_WORDS or _in_sentence(words[-1]):
        return title
    return rest


PREPOSITION_LETTERS = 3
_PREPOSITIONS = frozenset(  # that open a time: the date is then the headline's own words
    [
        "until",
        "till",
        "from",
        "since",
        "before",
        "after",
        "through",
        "by",
        "bis",
        "seit",
        "ab",
        "vor",
        "nach",
        "jusqu'au",
        "jusqu’au",
        "depuis",
        "avant",
        "après",
        "hasta",
        "desde",
        "antes",
        "después",
        "fino",
        "entro",
        "prima",
        "dopo",
        "dal",
        "tot",
        "sinds",
        "vanaf",
        "voor",
        "na",
        "até",
        "depois",
    ]
)


def _in_sentence(word: str) -> bool:
    """A word that makes the date part of the headline's sentence ('... on 14 March 2023',
    '... until 14 March 2025')."""
    low = word.casefold()
    return (
        _WORDS.is_date_word(word)
        or low in _PREPOSITIONS
        or (word.islower() and len(word) <= PREPOSITION_LETTERS)
    )
