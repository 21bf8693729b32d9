"""A page's notice that the article is old: 'This article is more than 5 years old', 'Cet article
date de plus de sept ans.', 'Dieser Artikel ist älter als ein Jahr', 'Este artículo tiene más de
dos años'. It opens with 'this article' (or 'this content') and says it is more than some time
old; a sentence of the article that speaks of an old article does not open so, or goes on."""

from __future__ import annotations

import re

from generator.ingest.furniture_words import THIS_ARTICLE
from generator.ingest.shapes import word_count

AGE_NOTICE_MAX_WORDS = 14
_MORE_THAN = (  # 'is more than', 'is older than', 'dates from more than'
    r"(?:is\ (?:more|over|older)\ than|is\ over|was\ (?:published|written)\ (?:more\ than|over)"
    r"|date\ de\ plus\ d[e']|a\ plus\ d[e']|a\ été\ publié\ il\ y\ a\ plus\ d[e']"
    r"|ist\ (?:älter\ als|mehr\ als|über)|wurde\ vor\ (?:mehr\ als|über)"
    r"|tiene\ más\ de|fue\ publicado\ hace\ más\ de|tem\ mais\ de|foi\ publicado\ há\ mais\ de"
    r"|ha\ più\ di|è\ stato\ pubblicato\ (?:più\ di|oltre)|risale\ a\ più\ di"
    r"|is\ (?:meer\ dan|ouder\ dan)|werd\ (?:meer\ dan|ruim)|is\ ruim)"
)
_TIME = (  # a number or a number word, then a year, month or day word
    r"\S+\s+(?:years?|months?|weeks?|days?|ans?|mois|jours?|jahre?n?|monate?n?|tage?n?|años?|meses|mes|días?"
    r"|anos?|dias?|anni|anno|mesi|mese|giorni|jaar|jaren|maanden|maand|dagen)\b"
)
_AGE_NOTICE = re.compile(
    rf"^\W*(?:{THIS_ARTICLE})\s+{_MORE_THAN}\s*{_TIME}(?:\s+(?:old|alt|oud|fa|ago|geleden))?\W*$",
    re.IGNORECASE | re.VERBOSE,
)


def is_age_notice(text: str) -> bool:
    """The whole line is an old-article notice of at most `AGE_NOTICE_MAX_WORDS` words. One
    anchored regular expression over one short line, its repetitions separated by fixed words:
    linear."""
    return word_count(text) <= AGE_NOTICE_MAX_WORDS and bool(_AGE_NOTICE.match(text))
