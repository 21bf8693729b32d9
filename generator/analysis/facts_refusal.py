"""Why a sentence of one newsroom is not its own (`refusal`), each condition by name.

See the module docstring of `facts` ("Only in a newsroom") for the measure; `facts._own`
lets through the sentences this module finds no refusal for.
"""

from __future__ import annotations

from generator.analysis import disputes
from generator.analysis.facts_sentences import DIGIT, MIN_WORDS, Sentences

LOOSE = 0.3  # a sentence this close to a sentence of another newsroom is not only in its own...
OWN_WORDS = 5  # content words no other newsroom uses, for a sentence to be its own...
NEW_NAMES = 1  # ...among them this many names or figures...
ANCHOR_USES = 2  # ...each in at most this many sentences of its article

# Why a sentence of one newsroom is not its own (`refusal`), each condition by name.
TOO_FEW_WORDS = "too few content words"
CLOSE_ELSEWHERE = "close to a sentence of another newsroom"
TOO_FEW_OWN_WORDS = "too few words no other newsroom uses"
NO_NAME_OF_ITS_OWN = "no name or figure of its own"
TIED = "tied to another newsroom by rare words"
COPY_CLOSE_ELSEWHERE = "a copy of it close to another newsroom"
LEANS_BACK = "leans on an earlier sentence"
CORRECTION = "a correction"
REFUSALS = (
    TOO_FEW_WORDS,
    CLOSE_ELSEWHERE,
    TOO_FEW_OWN_WORDS,
    NO_NAME_OF_ITS_OWN,
    TIED,
    COPY_CLOSE_ELSEWHERE,
    LEANS_BACK,
    CORRECTION,
)


def refusal(sentences: Sentences, number: int, shared: frozenset[str]) -> str:
    """The condition of the module refusing a sentence of one newsroom as its own, '' for none
    (one of `REFUSALS`, the cheap tests first): what each costs can be counted on labelled stories."""
    words = sentences.sets[number]
    if len(words) < MIN_WORDS:
        return TOO_FEW_WORDS
    if sentences.nearest[number] >= LOOSE:
        return CLOSE_ELSEWHERE
    own = words - shared
    if len(own) < OWN_WORDS:
        return TOO_FEW_OWN_WORDS
    if NEW_NAMES:
        anchors = _anchors(sentences, number, own)
        if sum(sentences.uses(number, w) <= ANCHOR_USES for w in anchors) < NEW_NAMES:
            return NO_NAME_OF_ITS_OWN
    if number in sentences.tied:
        return TIED
    if any(sentences.nearest[copy] >= LOOSE for copy in sentences.copies(number)):
        return COPY_CLOSE_ELSEWHERE
    if sentences.leans_back(number):
        return LEANS_BACK
    if disputes.is_correction(sentences.text(number)):
        return CORRECTION
    return ""


def _anchors(sentences: Sentences, number: int, among: frozenset[str]) -> frozenset[str]:
    """The names and figures among some words of a sentence: those it writes with a capital or
    a digit (not its first word: `_names`), and English number words ("four")."""
    figures = among & disputes.NUMBER_STEMS if sentences.language[number] == "en" else frozenset()
    text = sentences.text(number)
    if text[1:].islower() and DIGIT.search(text) is None:
        return figures  # no capital but the first letter, no digit (a C-level test first)
    return (sentences.names(number) & among) | figures
