"""Normalised words and TF-IDF cosine similarity between sentences, with the standard library.

Words are folded to ASCII lower case, digit groups joined ("1,000th" -> "1000th"), initialisms
kept whole ("U.S." and "US" -> "us", while the pronoun "us" is a stop word), stop words
dropped and common English endings removed ("supplied", "supplies" -> "supply"). Weights come
from the sentences of one story only, so a word every article repeats counts for little.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from operator import mul

_STOP_WORDS_TEXT = """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just me more most my myself no nor not now of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them themselves
    then there these they this those through to too under until up very was we were what when
    where which while who whom why will with would you your yours yourself yourselves said says
    say told according may might must shall us mr mrs ms
"""
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[^\W_]+")
_COMBINING = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def stem(word: str) -> str:
    """A light, deterministic English stemmer: plurals, -ed, -ing and a final -e."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith(("ies", "ied")) and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith("sses"):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("ation") and len(word) > 7:
        word = word[:-3]
    elif word.endswith(("ment", "ly")) and len(word) > 7:
        word = word[: -4 if word.endswith("ment") else -2]
    for suffix in ("ing", "ed"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
                word = word[:-1]
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def _folded(text: str) -> str:
    if not text.isascii():
        text = _COMBINING.sub("", unicodedata.normalize("NFKD", text))
    if "." in text[:-1]:
        text = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)
    if "," in text:
        text = _DIGIT_GROUP.sub("", text)
    return _POSSESSIVE.sub("", text) if "'" in text or "’" in text else text


@lru_cache(maxsize=262144)
def _word(raw: str) -> tuple[str, bool] | None:
    """(stem, written with a capital or a digit) of one raw word, or None for a stop word."""
    lower = raw.lower()
    if not (len(raw) > 1 and raw.isupper()) and (lower in STOP_WORDS or len(lower) < 2):
        return None
    return stem(lower), raw[0].isupper() or raw[0].isdigit()


def words(text: str) -> list[tuple[str, bool]]:
    """(stemmed word, written with a capital or a digit) for every content word of `text`."""
    return [found for found in map(_word, _WORD.findall(_folded(text))) if found is not None]


@lru_cache(maxsize=262144)
def _token(raw: str) -> str:
    """The stem of one raw word, or '' for a stop word."""
    found = _word(raw)
    return found[0] if found else ""


@lru_cache(maxsize=262144)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    """The stemmed content words of one run of text without white space ("U.S.-made", "war’s")."""
    return tuple(filter(None, map(_token, _WORD.findall(_folded(chunk)))))


def tokens(text: str) -> tuple[str, ...]:
    """The stemmed content words of `text`, in order.

    Folding and the word pattern never look across white space (it is neither a word
    character nor part of an initialism, digit group or possessive), so the words of a text
    are the words of its white-space-separated chunks, in order. Chunks repeat far more than
    sentences do ("officials", "said,"), so each chunk's words are worked out once and cached.
    """
    return tuple(chain.from_iterable(map(_chunk_tokens, text.split())))


@dataclass(frozen=True)
class Weights:
    """Inverse document frequencies over one story's sentences (smoothed, never zero)."""

    idf: Mapping[str, float]
    unseen: float
    frequency: Mapping[str, int]  # how often the story's sentences use each word

    @classmethod
    def of(cls, documents: Iterable[Iterable[str]]) -> Weights:
        """Weights from the words of some documents (sentences).

        A word's frequency is the number of times the story uses it, which is its number of
        sentences but for the rare word repeated within one sentence (and much cheaper to count).
        """
        listed = list(documents)
        frequency = Counter(chain.from_iterable(listed))
        count = len(listed)
        idf = {word: math.log((1 + count) / (1 + seen)) + 1 for word, seen in frequency.items()}
        return cls(idf, math.log(1 + count) + 1, frequency)

    def weight(self, word: str) -> float:
        return self.idf.get(word, self.unseen)

    def vector(self, words: Iterable[str]) -> dict[str, float]:
        """The unit-length TF-IDF vector of some words."""
        idf, unseen = self.idf, self.unseen
        vector: dict[str, float] = {}
        for word in words:
            vector[word] = vector.get(word, 0.0) + idf.get(word, unseen)
        values = list(vector.values())
        norm = math.sqrt(sum(map(mul, values, values)))  # a C-level pass: the same products and sum
        return {word: value / norm for word, value in vector.items()} if norm else {}

    def share(self, words: Iterable[str], among: frozenset[str]) -> float:
        """The weighted share of `words` that also occur in `among` (0 when `words` is empty).

        The weights are summed exactly (`fsum`): a set's order changes with the process's
        string hashing, and a plain sum in another order can differ in its last bit, which
        would make the same story analyse differently from one build to the next."""
        idf, unseen = self.idf, self.unseen
        unique = set(words)
        total = math.fsum(map(idf.get, unique, repeat(unseen)))
        if not total:
            return 0.0
        return math.fsum(map(idf.get, unique & among, repeat(unseen))) / total


def cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """The cosine of two unit vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(value * b.get(word, 0.0) for word, value in a.items())
