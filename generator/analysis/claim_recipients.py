"""Whom a point says a source spoke to, for the claim check: "an officer told Al Jazeera",
"in an interview with the Daily Planet".

A sentence is evidence of such a point only when it names that recipient too
(`recipient_missing`): "an officer told Reuters" is another organisation's account, not the
point's. The recipient is the run of capitalised words right after the trigger (per language:
`TRIGGERS`, data); the sentence must hold each of its words (case folded).

Cost: one regular expression search over the point, and a word set of the sentence: linear.
"""

from __future__ import annotations

import re
from functools import cache

_NAME = r"(?P<name>[A-ZÀ-ÖØ-Þ][\w&'’.\-]*(?:\s+(?:of\s+|de\s+|al-\s*)?[A-ZÀ-ÖØ-Þ][\w&'’.\-]*)*)"
# Words after which the name of whom a source spoke to follows, per language.
TRIGGERS = {
    "en": r"\btold\s+(?:the\s+)?|\binterview\s+(?:with|to)\s+(?:the\s+)?|\bspeaking\s+to\s+(?:the\s+)?",
    "de": r"\b(?:sagte|sagten|erklärte|erklärten)\s+dem\s+(?:[a-zäöüß-]+\s+)?"
    r"|\binterview\s+mit\s+(?:de[mnr]\s+)?",
    "fr": r"\b(?:a|ont)\s+(?:déclaré|confié|dit|indiqué)\s+(?:à\s+l['’]|à\s+la\s+|au\s+|à\s+)",
    "es": r"\b(?:dijo|dijeron|declaró|declararon|contó|aseguró)\s+(?:a\s+la\s+|al\s+|a\s+)",
    "it": r"\b(?:ha|hanno)\s+(?:detto|dichiarato|raccontato)\s+(?:al\s+|alla\s+|a\s+)",
    "nl": r"\b(?:zei|zeiden|vertelde|vertelden)\s+tegen\s+(?:de\s+|het\s+)?",
    "pt": r"\b(?:disse|disseram|declarou|afirmou)\s+(?:à\s+|ao\s+|a\s+)",
}
_WORD = re.compile(r"[^\W_]+")


@cache
def _trigger(language: str) -> re.Pattern[str] | None:
    found = TRIGGERS.get(language)
    return re.compile(f"(?:{found}){_NAME}") if found else None


def recipients(text: str, language: str) -> list[str]:
    """The names `text` says someone spoke to, as printed ("Al Jazeera")."""
    pattern = _trigger(language)
    if pattern is None:
        return []
    return [match.group("name").rstrip(".’'") for match in pattern.finditer(text)]


def recipient_missing(point: str, sentence: str, language: str) -> tuple[str, str] | None:
    """(a recipient the point names, the sentence's first recipient or "") when the sentence
    does not hold each of that recipient's words; None when it names every one of them."""
    wanted = recipients(point, language)
    if not wanted:
        return None
    held = set(_WORD.findall(sentence.casefold()))
    for name in wanted:
        if not held.issuperset(_WORD.findall(name.casefold())):
            theirs = recipients(sentence, language)
            return name, theirs[0] if theirs else ""
    return None
