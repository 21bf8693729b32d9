"""Deferrals: a sentence saying a thing is put on hold, postponed or suspended ("will put the
talks on hold", "hat ihn vertagt", "la décision est reportée") does not state it, so it never
contradicts a point that negates it ("would not put the talks on the agenda"). Only a deferral
word itself is stated ("suspended the talks" against "did not suspend the talks").

Read per language from the words' starts (`STARTS`) and two-word phrases (`PHRASES`); linear in
the sentence's words.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from generator.analysis.claim_reading import Word

# The starts of the words that defer, per language (data).
STARTS = {
    "en": "postpon suspend suspens defer delay shelv paus halt freez froze adjourn",
    "de": "aussetz ausgesetzt verschieb verschob vertag einfrier eingefror aufgeschob aufschieb pausier "
    "unterbroch",
    "fr": "suspend suspens reporté reportée reportés reportées ajourn gelé gelée gelés geler différé",
    "es": "suspend suspens aplaz pospon pospuest posterg congel",
    "it": "sospes sospend rinvi rimand congel posticip",
    "nl": "opgeschort opschort uitgesteld uitstel bevroren bevriez gepauzeerd pauzeer",
    "pt": "suspend suspens adiad adiar adia congel",
}
# Two-word phrases that defer, per language, "|"-separated (data).
PHRASES = {
    "en": "on hold|on ice|put off|on pause|in abeyance",
    "de": "auf eis",
    "fr": "en suspens|en pause|en attente",
    "es": "en pausa|en suspenso|en espera",
    "it": "in pausa|in sospeso|in attesa",
    "nl": "on hold|de wacht",
    "pt": "em pausa|em espera",
}


@cache
def _starts(language: str) -> tuple[str, ...]:
    return tuple(STARTS.get(language, "").split())


@cache
def _phrases(language: str) -> frozenset[tuple[str, str]]:
    pairs = (phrase.split() for phrase in PHRASES.get(language, "").split("|") if phrase)
    return frozenset((first, second) for first, second in pairs)


def deferring(word: Word) -> bool:
    """True when `word` is itself a word of deferring ("suspended", "vertagt")."""
    starts = _starts(word.language)
    return bool(starts) and word.lower.startswith(starts)


def defers(found: Sequence[Word], language: str) -> bool:
    """True when a sentence's words say something is put on hold, postponed or suspended."""
    starts, phrases = _starts(language), _phrases(language)
    if not starts:
        return False
    lowers = [w.lower for w in found]
    if any(lower.startswith(starts) for lower in lowers):
        return True
    return any(pair in phrases for pair in pairwise(lowers))
