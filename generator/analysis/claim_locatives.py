"""The same thing placed somewhere else, for the claim check: "an evacuation of 6,000 people in
Russia's Kursk region" against "... of 6,000 people in the Ukrainian region of Sumy"; "a state
of emergency in Los Angeles and San Diego counties" against "... in Los Angeles and Ventura
counties"; "a bridge collapse in Attamala" against "a bridge collapse in Chooral Mala Town".

A locative is a word, a locative preposition right after it (`PREPOSITIONS`, per language: "in",
"dans", "en", "nel", "em"...) and the names that follow in its phrase (capitalised words, at most
`MAX_PHRASE` words, up to a punctuation mark or another locative after a word of its own:
"arrested in Vienna and the second suspect in Ternitz" places the arrest in Vienna). A sentence
that puts the point's word in a phrase of its own (the same word before the preposition, or a
sentence opening "In Chooral Mala Town," that places all it says) is no evidence of the point when
that phrase leaves out a name of the point's phrase and names one the point's phrase does not
(`placed_elsewhere`): another place of the same level, which a gazetteer need not know. Words for
a kind of administrative unit ("county", "region", "Oblast", "Landkreis", "comté", "provincia":
`UNITS`, seven languages) and dates are no names. Names are compared by their first letters
("Russia" and "Russian", "Ukraine" and "Ukrainian" are one), and by `places`: a country the point
names is given by a province or capital of it the sentence names, and the other way round; two
provinces of one country stay two places.

German is not read: every noun is capitalised there, so a capital is no sign of a name.
A point with no such phrase, or a sentence placing none of the point's words, is read as before.
This only removes evidence; it raises no warning.

Cost: one regular-expression scan of the point and of the sentence (fixed words, a bounded
phrase) and a lookup in the place index per phrase: linear in their lengths.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from generator.analysis.claim_words import MONTHS, REGION_WORDS, SUBDIVISION_KINDS, WEEKDAYS
from generator.analysis.places import places

MAX_PHRASE = 8  # words of a locative phrase read after its preposition (6 to 12 read the 44 stories alike)
MIN_PREFIX = 4  # two names sharing their first letters this far, up to two letters of the shorter
# Locative prepositions per language (lower case; German is not read: see the module).
PREPOSITIONS = {
    "en": r"in|inside",
    "fr": r"en|dans|à",
    "es": r"en",
    "it": r"in|nel|nella|nei|nelle|a",
    "nl": r"in",
    "pt": r"em|no|na|nos|nas",
}
# Words for a kind of administrative unit or settlement, in the languages of the claim check:
# they say what level a place is, not which place.
UNITS = """
county counties region regions province provinces state states district districts oblast oblasts
municipality municipalities town towns city cities village villages prefecture prefectures
governorate governorates department departments territory territories area areas borough
landkreis kreis bezirk gemeinde stadt dorf bundesland gebiet
comté comtés région régions département départements ville villes village commune communes
condado condados región regiones provincia provincias municipio municipios ciudad pueblo estado
contea regione regioni provincia province comune comuni città paese
provincie gemeente gemeenten stad dorp graafschap
condado região regiões província províncias município municípios cidade vila aldeia distrito
"""
_STOP = r"[^\s,;:.!?()\[\]\"“”«»]"  # a character of a phrase's word (a punctuation mark ends it)
_PHRASE = rf"(?P<phrase>[^\W\d_]{_STOP}*(?:\s+{_STOP}+){{0,{MAX_PHRASE - 1}}})"
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")


@cache
def _pattern(language: str) -> re.Pattern[str] | None:
    prepositions = PREPOSITIONS.get(language)
    if prepositions is None:
        return None
    return re.compile(rf"(?:(?P<head>\b[^\W\d_]+)\s+|^\W*)(?i:{prepositions})\s+{_PHRASE}")


# Words joining two names of one phrase ("Los Angeles and in San Diego"), per language.
JOINS = {
    "en": "and or",
    "fr": "et ou",
    "es": "y e o u",
    "it": "e ed o",
    "nl": "en of",
    "pt": "e ou",
}


@cache
def _cut(language: str) -> re.Pattern[str] | None:
    """A word and the preposition of another locative after it, inside a phrase."""
    prepositions = PREPOSITIONS.get(language)
    if prepositions is None:
        return None
    return re.compile(rf"\s(?P<word>[^\W\d_]+)\s+(?i:{prepositions})\s")


def _own(phrase: str, language: str) -> str:
    """A phrase up to another locative of its sentence: "Vienna and the second suspect in
    Ternitz" places something in Vienna and something else in Ternitz; the phrase is "Vienna and
    the second suspect". A preposition after a joining word ("and in") or a word for a kind of
    unit ("counties in") stays in the phrase."""
    cut = _cut(language)
    if cut is None:
        return phrase
    joins = JOINS.get(language, "").split()
    for match in cut.finditer(phrase):
        word = match.group("word")
        if word.islower() and word not in joins and word not in _not_names():
            return phrase[: match.start()]
    return phrase


@cache
def _opening(language: str) -> re.Pattern[str] | None:
    prepositions = PREPOSITIONS.get(language)
    return re.compile(rf"\W*(?i:{prepositions})\s") if prepositions else None


@cache
def _not_names() -> frozenset[str]:
    return frozenset((UNITS + MONTHS + WEEKDAYS + REGION_WORDS + SUBDIVISION_KINDS).split())


class Phrase:
    """The names of one locative phrase, and what the place index says they are."""

    def __init__(self, text: str):
        words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(text)]
        self.text = text
        self.names = [w for w in words if w[:1].isupper() and w.casefold() not in _not_names()]
        found = places(words)
        self.codes: set[str] = set()  # each place's codes, and the country of each province
        self.placed: dict[str, frozenset[str]] = {}  # a name's word -> the codes of its place
        for place in found:
            codes = place.codes | {code for kind, code in place.keys if kind == "province of"}
            self.codes |= codes
            for word in place.text.split():
                self.placed[_POSSESSIVE.sub("", word)] = place.codes

    def gives(self, name: str, other: Phrase) -> bool:
        """True when this phrase gives `name` of the `other` phrase: the same word or one of the
        same first letters, or a place this phrase names (a country by a province of it)."""
        codes = other.placed.get(name)
        if codes is not None and not codes.isdisjoint(self.codes):
            return True
        return any(_same(name, mine) for mine in self.names)


def _same(a: str, b: str) -> bool:
    a, b = a.casefold(), b.casefold()
    if a == b:
        return True
    shorter = min(len(a), len(b))
    shared = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        shared += 1
    return shared >= MIN_PREFIX and shared >= shorter - 2


@lru_cache(maxsize=4096)
def locatives(text: str, language: str) -> tuple[tuple[str, Phrase], ...]:
    """(the word placed, lower case, or "" for a sentence's opening phrase, its phrase) for each
    locative phrase of `text` that names something (kept for the next comparison: a point is
    read against several sentences, and a sentence against several parts)."""
    pattern = _pattern(language)
    if pattern is None:
        return ()
    found = []
    for match in pattern.finditer(text):
        head = match.group("head")
        if head is not None and not head.islower():
            continue
        phrase = Phrase(_own(match.group("phrase"), language))
        if phrase.names:
            found.append((head.casefold() if head else "", phrase))
    return tuple(found)


def placed_elsewhere(point: str, sentence: str, language: str) -> tuple[str, str] | None:
    """(the point's phrase, the sentence's) when the sentence puts a word the point places
    somewhere in a phrase that leaves out a name of the point's and names another; None
    when every such phrase gives the point's names, or when there is none."""
    mine = locatives(point, language)
    if not mine:
        return None
    folded = sentence.casefold()
    opening = _opening(language)
    if not any(head in folded for head, _ in mine) and not (opening and opening.match(sentence)):
        return None  # the sentence places none of the point's words: the usual case, no scan
    theirs = locatives(sentence, language)
    for head, phrase in mine:
        placed = [other for word, other in theirs if word in (head, "")]
        if not placed or any(_gives_all(other, phrase) for other in placed):
            continue
        for other in placed:
            if any(not phrase.gives(name, other) for name in other.names):
                return phrase.text, other.text
    return None


def _gives_all(other: Phrase, phrase: Phrase) -> bool:
    return all(other.gives(name, phrase) for name in phrase.names)
