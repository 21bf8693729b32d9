"""A sentence that names someone or somewhere else in place of a key point's name is no evidence.

A point's claim is about someone or somewhere: "the consulate in Beirut", "evacuations in
Russia's Kursk region", "San Diego County", "a Navy helicopter". A sentence saying the same of
another place, county, service or organisation ("the consulate in Damascus", "Ukraine's Sumy
region", "Ventura counties", "an Army helicopter") reads much like the point, so it passes
similarity, and no word list of places or sources can know every such name. Whatever the swap,
the sentence leaves out one of the point's names and writes a name of its own. It is no
evidence of the point (`lacks` says so) when that name of its own stands where the point's
stands (a content word within `SLOT` words of both: "the consulate in _", "_ helicopter"), or
when the article names the point's nowhere (it is then about someone or somewhere else,
whatever the sentence's other names are). A sentence that leaves a name out and names no other
in its place ("elsewhere in the country" for "elsewhere in Libya"; "..., according to IRNA")
is not read as a swap. Precision first: nothing here makes a warning, only less evidence.

A name is a run of words written with a capital, none of them the text's first word or the
first after an opening quotation mark, a colon or a bracket, a stop word (`similarity.tokens`
gives it no content word: "We", "The"), a month or a day of the week. Initialisms are read
without their full stops ("U.S." is "US"). A sentence writes a name when it writes each of its
words but the first (a title or given name may be left out: "Reiner Haseloff" is written by
"Haseloff"; "San Diego" is not by "Los Angeles"), case-blind and without a possessive, or
another form of each: sharing their first `STEM` letters and the longer having at most
`ENDING` more ("Ukraine" and "Ukrainian", "Israel" and "Israeli", "China" and "Chinese"). It
also writes a name by initials: "US" by "United States Geological Survey", "Iran's
Revolutionary Guard Corps" by "IRGC", "Democratic Progressive Party" by "DPP's". A place of the
point is written by a place of the sentence that is it or lies in it (`places`: "Russia" by
"the Kursk region", "Syria" by "Damascus"; the whole name must be the place: "US Army" is not).
A name of the sentence is its own when none of its words is, in one of these forms, a word of
the point's names. Languages that capitalise every noun (`UNCASED`: German) have no names by
case and are not read.

Cost: one pass over the words of the point and of the sentence; for a name the sentence does
not write as is, one prefix comparison per word of the sentence, and the sentence's places
(`places`, one look-up per capitalised word). Both are single sentences; the article's words
are asked through its vocabulary (a set).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from generator.analysis.claim_reading import WORD
from generator.analysis.claim_words import MONTHS, WEEKDAYS
from generator.analysis.places import Place, places
from generator.analysis.similarity import tokens

STEM = 4  # letters two forms of a name share at least ("Chin" of "China" and "Chinese")
ENDING = 3  # ...and the letters at most the longer has after what they share ("ian" of "Ukrainian")
SLOT = 3  # words either side of a name that say where it stands ("the consulate in _", "_ helicopter")
UNCASED = frozenset({"de"})  # every noun is written with a capital
_OPENING = frozenset('"“‘(:')  # marks after which a word starts a sentence (or a quotation)
_POSSESSIVE = re.compile(r"['’]s?$")
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")

Name = tuple[str, ...]


@cache
def _calendar() -> frozenset[str]:
    return frozenset((MONTHS + " " + WEEKDAYS).casefold().split())


def _bare(word: str) -> str:
    return _POSSESSIVE.sub("", word).casefold()


def _words(text: str) -> list[str]:
    """The words of `text`, initialisms without their full stops ("U.S." -> "US")."""
    return WORD.findall(_INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text))


def names(text: str, language: str) -> list[Name]:
    """The names `text` writes, in order, each once, as runs of words as written."""
    return list(_runs(_words(text), language))


def _runs(written: list[str], language: str) -> dict[Name, frozenset[str]]:
    """The names of a text of words `written`, in order, each once, with the content words (as
    stems) within `SLOT` words of any of its places: where it stands in the text."""
    if language in UNCASED:
        return {}
    found: dict[Name, frozenset[str]] = {}
    first = 0
    for at, word in enumerate([*written, ""]):
        if (
            at > 0
            and written[at - 1] not in _OPENING
            and word[:1].isupper()
            and _bare(word) not in _calendar()
            and tokens(word, language)
        ):
            continue
        if at > first:
            around = written[max(0, first - SLOT) : first] + written[at : at + SLOT]
            stems = frozenset(stem for w in around if not w[:1].isupper() for stem in tokens(w, language))
            found[tuple(written[first:at])] = found.get(tuple(written[first:at]), frozenset()) | stems
        first = at + 1
    return found


def _same(name: str, word: str) -> bool:
    """True when `word` is `name` or another form of it ("ukraine", "ukrainian"; both bare)."""
    if name == word:
        return True
    shared = 0
    for a, b in zip(name, word, strict=False):
        if a != b:
            break
        shared += 1
    return shared >= STEM and max(len(name), len(word)) - shared <= ENDING


def _any_form(word: str, written: frozenset[str]) -> bool:
    return word in written or any(_same(word, other) for other in written)


def _initials(words: list[str]) -> set[str]:
    """The initials of each run of capitalised words, and of each run from its second word on
    ("United States Geological Survey": "USGS", "SGS")."""
    found: set[str] = set()
    run: list[str] = []
    for word in [*words, ""]:
        if word[:1].isupper():
            run.append(word[0])
            continue
        for start in range(min(2, len(run) - 1)):
            found.add("".join(run[start:]))
        run = []
    return found


def _writes(name: Name, written: frozenset[str], words: list[str]) -> bool:
    """True when a sentence of `words` (`written`: bare) writes `name` (see the module)."""
    if all(_any_form(_bare(word), written) for word in (name[1:] if len(name) > 1 else name)):
        return True
    if len(name) == 1 and name[0].isupper() and len(name[0]) > 1:
        return any(initials.startswith(name[0]) for initials in _initials(words))
    letters = "".join(word[0] for word in name)
    short = (_POSSESSIVE.sub("", word) for word in words)  # "DPP's" is "DPP"
    return any(
        letters in word or letters[1:] == word
        for word in short
        if len(word) > 1 and word.isupper() and word.isalpha()
    )


def _within(name: Name, named: list[Place]) -> bool:
    """True when `name`, as a whole, is a place that one of the places `named` lies in or is
    ("Russia" by "the Kursk region", a province of it; "Damascus" by "Syria"; not "US Army" by
    "Virginia")."""
    whole = " ".join(name)
    codes = {code for place in places(list(name)) if place.text == whole for code in place.codes}
    return bool(codes) and any(
        place.codes & codes or any(kind == "province of" and code in codes for kind, code in place.keys)
        for place in named
    )


def other_name(
    point: str, sentence: str, language: str, elsewhere: Callable[[str], bool] | None = None
) -> tuple[str, str] | None:
    """(a name of `point` that `sentence` does not write, a name of the sentence's own), both as
    written, when the sentence's name stands where the point's stands, or when the article
    names the point's nowhere (`elsewhere(word)`: whether it writes a word anywhere); or None."""
    wanted = _runs(_words(point), language)
    if not wanted:
        return None
    words = _words(sentence)
    written = frozenset(map(_bare, words))
    missing = [name for name in wanted if not _writes(name, written, words)]
    if missing:
        named = places(words)
        missing = [name for name in missing if not _within(name, named)]
    if not missing:
        return None
    mine = frozenset(_bare(word) for name in wanted for word in name)
    own = {
        other: around
        for other, around in _runs(words, language).items()
        if not any(_any_form(_bare(word), mine) for word in other)
    }
    for name in missing:
        for other, around in own.items():
            if wanted[name] & around:
                return " ".join(name), " ".join(other)
        if own and elsewhere is not None and not all(map(elsewhere, name[1:] or name)):
            return " ".join(name), " ".join(next(iter(own)))
    return None
