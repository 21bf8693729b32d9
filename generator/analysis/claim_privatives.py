"""A word one side writes with a privative prefix and the other without: "the ship was damaged"
against "the vessel was freed undamaged", "beschädigt" against "unbeschädigt".

A word of the point of at least `SHORTEST` letters (without the prefix) that the sentence writes
only with `PREFIXES[language]` glued to it, or only without it, negates it; a sentence writing
the point's own form, not negated, agrees; a negated word on either side is left to
`claim_negations` ("was not damaged" is "undamaged"), and a point writing both forms ("99 were
unaccounted for, 102 accounted for") contrasts them. At most two set lookups per word of the
point (`Reading.affirmed`, the sentence's words not negated, is built once per sentence);
agreements are looked for only with `agreeing`, as the other checks do.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.analysis.claim_reading import Difference
from generator.analysis.claim_sentence import Reading

SHORTEST = 5  # letters of the plain word: "unrest" is no negation of "rest"
PREFIXES = {"en": "un", "de": "un", "nl": "on"}  # a privative prefix glued to the word it negates


def privatives(a: Reading, b: Reading, agreeing: bool = False) -> Iterator[tuple[Difference, bool]]:
    """A word of point `a` that sentence `b` writes only with a privative prefix, or only
    without the point's; with `agreeing`, the point's own forms `b` writes (agreements)."""
    prefix = PREFIXES.get(a.lex.language)
    if prefix is None:
        return
    for n, word in enumerate(a.words):
        lower = word.lower
        if len(lower) < SHORTEST or not lower.isalpha():
            continue
        if lower in b.lowers:
            if agreeing and lower in b.affirmed:
                yield Difference("negation", word.text, ""), True
            continue
        if agreeing:
            continue
        others = {prefix + lower}
        if lower.startswith(prefix) and len(lower) - len(prefix) >= SHORTEST:
            others.add(lower[len(prefix) :])
        if others.isdisjoint(b.lowers) or not others.isdisjoint(a.lowers) or n in a.negated:
            continue
        for m, other in enumerate(b.words):
            if other.lower in others and m not in b.negated:
                yield Difference("negation", word.text, other.text), False
                break
