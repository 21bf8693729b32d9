"""A sentence that names someone or somewhere else instead of a key point's name is no evidence.

A point's claim is about someone or somewhere: "the consulate in Beirut", "evacuations in
Russia's Kursk region", "San Diego County", "a Navy helicopter". A sentence saying the same of
another place, county, service or organisation ("the consulate in Damascus", "Ukraine's Sumy
region", "Ventura counties", "told Amnesty International") reads much like the point, so it
passes similarity, and no word list of places or sources can know every such name. Whatever
the swap, the sentence leaves out one of the point's names and writes a name of its own. So a
sentence that does both is not evidence of the point (`lacks` says so). Precision first: it may
be a paraphrase naming its source ("the president's helicopter ..., according to IRNA"), and is
then shown as no evidence, never as a wrong one; nothing here makes a warning.

A name is a run of words written with a capital, none of them the text's first word or the
first after an opening quotation mark, a colon or a bracket, a stop word (`similarity.tokens`
gives it no content word: "We", "The"), a month or a day of the week. Initialisms are read
without their full stops ("U.S." is "US"). A sentence writes a name when it writes one of its
words but the first (a title or given name may be left out: "Reiner Haseloff" is written by
"Haseloff"; "San Diego" is not by "Los Angeles"), case-blind and without a possessive, or
another form of that word: sharing their first `STEM` letters and the longer having at most
`ENDING` more ("Ukraine" and "Ukrainian", "Israel" and "Israeli", "China" and "Chinese"). It
also writes a name by initials: "US" by "United States Geological Survey", "Iran's
Revolutionary Guard Corps" by "IRGC". A name of the sentence is its own when none of its words
is, in one of these forms, a word of the point's names. A place of the point is written by a
place of the sentence that is it or lies in it (`places`: "Russia" by "the Kursk region",
"Syria" by "Damascus"). Languages that capitalise every noun
(`UNCASED`: German) have no names by case and are not read.

Cost: one pass over the words of the point and of the sentence; for a name the sentence does
not write as is, one prefix comparison per word of the sentence. Both are single sentences.
"""

from __future__ import annotations

import re
from functools import cache

from generator.analysis.claim_reading import WORD
from generator.analysis.claim_words import MONTHS, WEEKDAYS
from generator.analysis.places import Place, places
from generator.analysis.similarity import tokens

STEM = 4  # letters two forms of a name share at least ("Chin" of "China" and "Chinese")
ENDING = 3  # ...and the letters at most the longer has after what they share ("ian" of "Ukrainian")
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
    if language in UNCASED:
        return []
    found: list[Name] = []
    run: list[str] = []
    written = _words(text)
    for at, word in enumerate([*written, ""]):
        if (
            at > 0
            and written[at - 1] not in _OPENING
            and word[:1].isupper()
            and _bare(word) not in _calendar()
            and tokens(word, language)
        ):
            run.append(word)
            continue
        if run and tuple(run) not in found:
            found.append(tuple(run))
        run = []
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
    if any(_any_form(_bare(word), written) for word in (name[1:] if len(name) > 1 else name)):
        return True
    if len(name) == 1 and name[0].isupper() and len(name[0]) > 1:
        return any(initials.startswith(name[0]) for initials in _initials(words))
    letters = "".join(word[0] for word in name)
    return any(
        letters in word or letters[1:] == word
        for word in words
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


def other_name(point: str, sentence: str, language: str) -> tuple[str, str] | None:
    """(a name of `point` that `sentence` does not write, a name of the sentence's own), both
    as written, or None when it writes each of the point's names or names none of its own."""
    wanted = names(point, language)
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
    for other in names(sentence, language):
        if not any(_any_form(_bare(word), mine) for word in other):
            return " ".join(missing[0]), " ".join(other)
    return None
