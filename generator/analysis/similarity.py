"""Normalised words and TF-IDF cosine similarity between sentences, in a text's own language.

Words are lower-cased, digit groups joined ("1,000th" -> "1000th"), initialisms kept whole
("U.S." and "US" -> "us", while the pronoun "us" is a stop word), the language's stop words
dropped and the rest stemmed by the language's Snowball stemmer (PyStemmer, the Snowball
project's C build: "supplied", "supplies" -> "suppli"; "Ärzte" -> "arzt"). Accents on Latin
letters are removed after stemming ("Zürich" -> "zurich"); other scripts are kept as written,
Chinese and Japanese as pairs of characters (they leave no spaces between words). A language
without a Snowball stemmer keeps its words whole; one without a stop list keeps every word.
Weights come from the sentences of one story only, so a word every article repeats counts for
little.

Stop words: English's are this module's own list (the package's English list, 1,333 words,
drops "million", "first", "new", "year", "two": the facts of a news story); the others come
from the `stop-words` package.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from operator import mul
from typing import TypeVar

import Stemmer
import stop_words

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
STOP_WORDS = frozenset(_STOP_WORDS_TEXT.split())  # English
# Snowball's stemmers by primary language subtag (those PyStemmer has).
_SNOWBALL = {
    "ar": "arabic", "hy": "armenian", "eu": "basque", "ca": "catalan", "cs": "czech", "da": "danish",
    "nl": "dutch", "en": "english", "eo": "esperanto", "et": "estonian", "fi": "finnish",
    "fr": "french", "de": "german", "el": "greek", "hi": "hindi", "hu": "hungarian",
    "id": "indonesian", "ga": "irish", "it": "italian", "lt": "lithuanian", "ne": "nepali",
    "no": "norwegian", "nb": "norwegian", "nn": "norwegian", "fa": "persian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "es": "spanish", "sv": "swedish", "ta": "tamil",
    "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
_STOP_LISTS = {"no": "norwegian", "nn": "norwegian"}  # the package lists Norwegian under "nb" only
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
_DIGIT_GROUP = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
_POSSESSIVE = re.compile(r"['’]s\b")
_WORD = re.compile(r"[^\W_]+")
_LATIN_ACCENTS = re.compile(
    "(?<=[A-Za-z])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)
# Han, kana: scripts written without spaces between words (read as pairs of characters).
MEMO = 262_144  # entries each of a language's caches keeps (then it starts again)
_V = TypeVar("_V")
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


class _Memo(dict[str, _V]):
    """Values of `make` by key, each made when first asked for; emptied when it holds `MEMO`."""

    def __init__(self, make: Callable[[str], _V]):
        super().__init__()
        self.make = make

    def __missing__(self, key: str) -> _V:
        if len(self) >= MEMO:
            self.clear()
        value = self[key] = self.make(key)
        return value


class _Reader:
    """How one language's words are read (its stop words, its stemmer), with caches of what was
    read: chunks of text repeat far more than sentences, words more than chunks."""

    def __init__(self, code: str):
        algorithm = _SNOWBALL.get(code)
        self._stemmer = Stemmer.Stemmer(algorithm).stemWord if algorithm in Stemmer.algorithms() else str
        if code == "en":
            self.stop = STOP_WORDS
        else:
            listed = _STOP_LISTS.get(code) or stop_words.LANGUAGE_MAPPING.get(code)
            self.stop = (
                frozenset(w.lower() for w in stop_words.get_stop_words(listed)) if listed else frozenset()
            )
        # Each cache is a dict's own look-up (C-level, a quarter cheaper than `lru_cache`).
        self.stem: Callable[[str], str] = _Memo(self._stem).__getitem__
        self.word: Callable[[str], tuple[str, bool] | None] = _Memo(self._word).__getitem__
        self.token: Callable[[str], str] = _Memo(self._token).__getitem__
        self.chunk: Callable[[str], tuple[str, ...]] = _Memo(self._chunk).__getitem__

    def _stem(self, word: str) -> str:
        return word if word.isdigit() else _unaccented(self._stemmer(word))

    def _word(self, raw: str) -> tuple[str, bool] | None:
        lower = raw.lower()
        if not (len(raw) > 1 and raw.isupper()) and (lower in self.stop or len(lower) < 2):
            return None
        return self.stem(lower), raw[0].isupper() or raw[0].isdigit()

    def _token(self, raw: str) -> str:
        found = self.word(raw)
        return found[0] if found else ""

    def _chunk(self, chunk: str) -> tuple[str, ...]:
        return tuple(filter(None, map(self.token, _raw_words(_folded(chunk)))))


@lru_cache(maxsize=64)
def _reader(language: str) -> _Reader:
    return _Reader(language)


def _unaccented(word: str) -> str:
    """`word` with the accents of its Latin letters removed ("zürich" -> "zurich"), others kept."""
    if word.isascii():
        return word
    return unicodedata.normalize("NFC", _LATIN_ACCENTS.sub("", unicodedata.normalize("NFKD", word)))


def stem(word: str, language: str = "en") -> str:
    """The stem of one lower-case word in `language` (a primary subtag), accents removed."""
    return _reader(language).stem(word)


def _folded(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)  # ligatures, full-width and other compatibility forms
    if "." in text[:-1]:
        text = _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)
    if "," in text:
        text = _DIGIT_GROUP.sub("", text)
    return _POSSESSIVE.sub("", text) if "'" in text or "’" in text else text


def _raw_words(text: str) -> list[str]:
    """The words of folded text, Chinese and Japanese runs as pairs of characters."""
    found = _WORD.findall(text)
    if text.isascii() or not _UNSPACED.search(text):
        return found
    return list(chain.from_iterable(_pairs(word) for word in found))


def _pairs(word: str) -> list[str]:
    if not _UNSPACED.search(word):
        return [word]
    out: list[str] = []
    at = 0
    for run in _UNSPACED.finditer(word):
        if run.start() > at:
            out.append(word[at : run.start()])
        text = run.group(0)
        out.extend(text[i : i + 2] for i in range(len(text) - 1))
        at = run.end()
    if at < len(word):
        out.append(word[at:])
    return out


def _word(raw: str, language: str = "en") -> tuple[str, bool] | None:
    """(stem, written with a capital or a digit) of one raw word, or None for a stop word."""
    return _reader(language).word(raw)


def words(text: str, language: str = "en") -> list[tuple[str, bool]]:
    """(stemmed word, written with a capital or a digit) for every content word of `text`."""
    found = map(_reader(language).word, _raw_words(_folded(text)))
    return [item for item in found if item is not None]


def _token(raw: str, language: str = "en") -> str:
    """The stem of one raw word, or '' for a stop word."""
    return _reader(language).token(raw)


def tokens(text: str, language: str = "en") -> tuple[str, ...]:
    """The stemmed content words of `text` in `language` (a primary subtag), in order.

    Folding and the word pattern never look across white space (it is neither a word
    character nor part of an initialism, digit group or possessive), so the words of a text
    are the words of its white-space-separated chunks, in order. Chunks repeat far more than
    sentences do ("officials", "said,"), so each chunk's words are worked out once and cached.
    """
    return tuple(chain.from_iterable(map(_reader(language).chunk, text.split())))


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
        # A word's weight depends only on how often it is used: each weight is worked out once
        # and handed to the words in a C-level pass (the same floats as one `log` per word).
        most = max(frequency.values(), default=0)
        table = [math.log((1 + count) / (1 + seen)) + 1 for seen in range(most + 1)]
        idf = dict(zip(frequency, map(table.__getitem__, frequency.values()), strict=True))
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
