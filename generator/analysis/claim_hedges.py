"""Words by which a sentence leaves open what a key point states: "it was unclear whether",
"has not been confirmed", "it has not been specified". A sentence that hedges what the point
does not is no evidence of it ("the minister confirmed a hard landing; it has not been
specified whether the president was on board" is no evidence that his helicopter landed).

A hedge is one of `HEDGES` (data, per language: whole words or phrases, matched case-blind on
word boundaries). A point that hedges too ("it was not immediately clear whether he boarded")
may be evidenced by a hedging sentence. Cost: one regular-expression search per sentence read.
"""

from __future__ import annotations

import re
from functools import cache

HEDGES = {
    "en": r"unclear|unconfirmed|unverified|whether"
    r"|not\s+(?:yet\s+|immediately\s+|been\s+|independently\s+)*(?:clear|known|specified|confirmed|verified)"
    r"|could\s+not\s+(?:be\s+)?(?:confirm|verif)\w*",
    "de": r"unklar|unbestätigt|ob|nicht\s+(?:bekannt|klar|bestätigt|überprüft)",
    "fr": r"incertain|inconnu|on\s+ignore|non\s+confirmé\w*"
    r"|pas\s+(?:encore\s+)?(?:clair|confirmé\w*|connu\w*|précisé\w*)",
    "es": r"no\s+está\s+claro|se\s+desconoce|sin\s+confirmar|no\s+(?:ha\s+sido\s+)?confirmad\w*"
    r"|no\s+se\s+sabe",
    "it": r"non\s+è\s+chiaro|non\s+(?:è\s+stato\s+)?confermat\w*|non\s+si\s+sa",
    "nl": r"onduidelijk|onbevestigd|niet\s+(?:bekend|duidelijk|bevestigd)",
    "pt": r"não\s+está\s+claro|não\s+(?:foi\s+)?confirmad\w*|não\s+se\s+sabe",
}


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    hedges = HEDGES.get(language)
    return re.compile(rf"\b(?:{hedges})\b", re.IGNORECASE) if hedges else None


def hedge(text: str, language: str) -> str | None:
    """The first hedge of `text` as written, or None (also for a language without a list)."""
    pattern = _pattern(language)
    found = pattern.search(text) if pattern is not None else None
    return found.group(0) if found else None


def hedged(point: str, sentence: str, language: str) -> str | None:
    """The sentence's hedge when the point has none, or None."""
    said = hedge(sentence, language)
    return said if said is not None and hedge(point, language) is None else None
