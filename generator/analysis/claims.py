"""Does a cited sentence say what a key point says? Figures, negation, places, opposite verbs.

`differences(point, sentences, language)` compares one sentence of a key point with the closest
sentences of a cited article (see `evidence.py`) and names what differs:

- a figure (`claim_figures`): the point's figure of some kind (a unit's dimension, or what it
  counts: "people killed") against the sentence's figures of that kind, when none of them agrees
  with it ("point: some 50,000; article: some 10,000"). Units are converted ("10 kilometres
  (6 miles)" agrees with "about 10 km"); bounds are read ("at least 118" agrees with "118" and
  with "more than 100", not with "at least 111").
- negation: the point negates a verb the sentence states ("were not investigating" against
  "were investigating"), or the sentence negates a verb the point states ("has not yet
  confirmed", "declined to comment" against "confirmed").
- a name (`places`): the point names a country, or a province of one, that the sentence
  replaces with another of the same kind ("Gansu" against "Qinghai"), the rest of the point
  being there.
- an opposite verb ("downgraded" against "upgraded"), the words around it shared.

A difference is kept only when none of the sentences says what the point says. Precision first:
anything it cannot read for sure (a figure of no known kind, a negation with no verb after it, a
name it does not know) gives no difference. The word lists are data, per language
(`claim_words.py`). Cost: each sentence is read once (`read`), as far as a question needs it,
with set and dict look-ups; the index of places is built once, when first needed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import cached_property, lru_cache
from itertools import chain, repeat

from generator.analysis.claim_figures import Figure, compare, figures
from generator.analysis.claim_reading import (
    CLAUSE_MARKS,
    WORD,
    Difference,
    Lexicon,
    Word,
    lexicon,
    number,
    words,
)
from generator.analysis.places import Place, places
from generator.analysis.similarity import tokens

__all__ = ["Difference", "Reading", "differences", "read"]

NEAR = 4  # words either side of an opposite verb that must share one word
SCOPE = 4  # words after a negation in which its verb is looked for
COVERED = 0.6  # share of the point's other words a sentence must have for a swapped place


class Reading:
    """One sentence read once for every comparison: its words, figures, negated verbs, places.

    Each part is worked out when first asked; readings are kept (`read`), since the same
    sentences are compared with several points and several parts of a point."""

    def __init__(self, text: str, lex: Lexicon):
        self.text, self.lex = text, lex

    @cached_property
    def words(self) -> list[Word]:
        return words(self.text, self.lex.language)

    @cached_property
    def raw(self) -> list[str]:
        """Its words as written, without stems (cheap: what most questions need)."""
        return WORD.findall(self.text)

    @cached_property
    def figures(self) -> list[Figure]:
        if not any(map(str.isdigit, self.text)) and not self.lowers & self.lex.numbers.keys():
            return []
        return figures(self.text, self.words, self.lex)

    @cached_property
    def lowers(self) -> frozenset[str]:
        return frozenset(map(str.lower, self.raw))

    @cached_property
    def stems(self) -> frozenset[str]:
        return frozenset(w.stem for w in self.words if w.stem)

    @cached_property
    def negated(self) -> dict[int, int]:
        lex = self.lex
        if not (self.lowers & lex.cues or "n't" in self.text or "n’t" in self.text):
            return {}
        return _negated(self.words, lex)

    @cached_property
    def places(self) -> list[Place]:
        return places(self.raw) if any(w[:1].isupper() for w in self.raw) else []

    @cached_property
    def contents(self) -> frozenset[str]:
        """Its content words as `_covered` compares them (figures by value)."""
        return frozenset(_content(w, self.lex) for w in self.words if w.stem or w.text[0].isdigit()) - {""}


@lru_cache(maxsize=8192)
def read(text: str, language: str) -> Reading | None:
    """The reading of a sentence in `language`, None for a language without word lists."""
    lex = lexicon(language)
    return Reading(text, lex) if lex is not None else None


def differences(point: str, sentences: Sequence[str], language: str) -> list[tuple[Difference, int]]:
    """What `sentences` (of one article, closest first) say differently from `point`, all in
    `language`: each difference with the sentence saying it. A difference is kept only when no
    sentence says what the point says (the figure, the negation, the verb, the place): an article
    that gives the point's figure in one sentence and another figure in the next is not read as
    contradicting it. Nothing for a language without word lists."""
    a = read(point, language)
    if a is None or not sentences:
        return []
    opposing = bool(a.stems & a.lex.opposites.keys())
    named = bool(a.places)
    readings = [b for b in map(read, sentences, repeat(language)) if b is not None]
    found: dict[Difference, int] = {}
    for position, b in enumerate(readings):
        checks: list[Iterator[tuple[Difference, bool]]] = []
        if a.figures and b.figures:
            checks.append(compare(a.figures, b.figures))
        if a.negated or b.negated:
            checks.append(_negations(a, b))
        if opposing and b.lowers & a.lex.opposite_forms:
            checks.append(_opposites(a, b))
        if named and b.places:
            checks.append(_names(a, b))
        for difference, agrees in chain(*checks):
            if not agrees:
                found.setdefault(difference, position)
    if not found:
        return []  # most citations: the agreements below are looked for only to drop a difference
    agreed: set[tuple[str, str]] = set()
    kinds = {d.kind for d in found}
    for b in readings:
        checks = []
        if "figure" in kinds and b.figures:
            checks.append(compare(a.figures, b.figures))
        if "negation" in kinds:
            checks.append(_negations(a, b))
        if "opposite" in kinds:
            checks.append(_opposites(a, b))
        if "name" in kinds and b.places:
            checks.append(_names(a, b, agreeing=True))
        agreed.update((d.kind, d.point) for d, agrees in chain(*checks) if agrees)
    return [(d, n) for d, n in found.items() if (d.kind, d.point) not in agreed]


# Negation ---------------------------------------------------------------------------------------


def _negated(found: list[Word], lex: Lexicon) -> dict[int, int]:
    """The verbs a sentence negates: the word index of each -> that of its negation's first word.

    A negation negates the first content word after it (past "immediately", "yet" ...) within
    `SCOPE` words and before any clause mark; a negating verb the verb after its "to".
    """
    verbs: dict[int, int] = {}
    for index, word in enumerate(found):
        lower, cue = word.lower, index
        if lower in lex.negating_verbs:
            if index + 1 >= len(found) or found[index + 1].lower not in ("to", "de", "a", "di", "zu"):
                continue
            index += 1
        elif not (lower in lex.negations or lower.endswith(("n't", "n’t"))):
            continue
        elif (lower, found[index + 1].lower if index + 1 < len(found) else "") in lex.not_negating:
            continue  # "not only"
        for at in range(index + 1, min(len(found), index + SCOPE + 1)):
            other = found[at]
            if other.lower in CLAUSE_MARKS:
                break
            if other.stem and other.lower not in lex.skipped:
                verbs.setdefault(at, cue)
                break
    return verbs


def _sense(stem: str, lex: Lexicon) -> str:
    return str(lex.senses.get(stem, stem))


def _negations(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
    """A verb one side negates and the other states; or negates too (an agreement)."""
    lex = a.lex
    for one, other, flipped in ((a, b, False), (b, a, True)):
        if not one.negated:
            continue
        negated_other = other.negated
        denied = {_sense(other.words[n].stem, lex) for n in negated_other}
        stated: dict[str, int] = {}
        for n, word in enumerate(other.words):
            if word.stem and n not in negated_other:
                stated.setdefault(_sense(word.stem, lex), n)
        for verb, cue in one.negated.items():
            sense = _sense(one.words[verb].stem, lex)
            if sense in denied and not flipped:
                yield Difference("negation", _with_auxiliary(one.words, cue, verb), ""), True
            elif sense in stated and sense not in denied:
                said = _with_auxiliary(other.words, stated[sense], stated[sense])
                unsaid = _with_auxiliary(one.words, cue, verb)
                if flipped:
                    yield Difference("negation", said, unsaid), False
                else:
                    yield Difference("negation", unsaid, said), False
                break


def _with_auxiliary(found: list[Word], first: int, last: int) -> str:
    """Words `first` to `last`, with the stop word before them ("did not block", "were investigating")."""
    if first and not found[first - 1].stem and found[first - 1].text[0].isalpha():
        first -= 1
    return _span(found, first, last)


def _span(found: list[Word], first: int, last: int) -> str:
    return " ".join(w.text for w in found[first : last + 1])


# Opposite verbs ---------------------------------------------------------------------------------


def _opposites(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
    """A verb of the point against its opposite in the sentence, with a word around both shared;
    or the verb itself (an agreement)."""
    lex = a.lex
    for n, word in enumerate(a.words):
        others = lex.opposites.get(word.stem)
        if not others or n in a.negated:
            continue
        around_a = _around(a.words, n)
        if word.stem in b.stems:
            if any(_around(b.words, m) & around_a for m, w in enumerate(b.words) if w.stem == word.stem):
                yield Difference("opposite", word.text, ""), True
            continue
        if others.isdisjoint(b.stems):
            continue
        for m, other in enumerate(b.words):
            if other.stem in others and m not in b.negated and around_a & _around(b.words, m):
                yield Difference("opposite", word.text, other.text), False
                return


def _around(found: list[Word], index: int) -> set[str]:
    """The content words within `NEAR` words of word `index`, but that word."""
    return {w.stem for w in found[max(0, index - NEAR) : index + NEAR + 1] if w.stem} - {found[index].stem}


# Names ------------------------------------------------------------------------------------------


def _names(a: Reading, b: Reading, agreeing: bool = False) -> Iterator[tuple[Difference, bool]]:
    """A place of the point the sentence replaces with another of its kind while having most of
    the point's other words; with `agreeing`, each place it names too in such a sentence."""
    mine, theirs = a.places, b.places
    codes_a = {code for place in mine for code in place.codes}
    codes_b = {code for place in theirs for code in place.codes}
    missing = [place for place in mine if not place.codes & codes_b]
    if agreeing:
        if len(missing) < len(mine) and _covered(a, b) >= COVERED:
            yield from ((Difference("name", p.text, ""), True) for p in mine if p not in missing)
        return
    extra = [place for place in theirs if not place.codes & codes_a]
    if not missing or not extra:
        return
    pairs = [(p, o) for p in missing for o in extra if p.kinds & o.kinds]
    if pairs and _covered(a, b) >= COVERED:
        yield Difference("name", pairs[0][0].text, pairs[0][1].text), False


def _covered(a: Reading, b: Reading) -> float:
    """The share of the point's other words (not its places) that the sentence also has."""
    named = {stem for place in a.places for stem in tokens(place.text, a.lex.language)}
    wanted = a.contents - named
    return len(wanted & b.contents) / len(wanted) if wanted else 0.0


def _content(word: Word, lex: Lexicon) -> str:
    """A content word as compared: figures by value ("Twenty" and "20" alike), others by stem."""
    value = lex.numbers.get(word.lower) if not word.text[0].isdigit() else number(word.text, lex.language)
    return f"{value:g}" if value is not None else word.stem
