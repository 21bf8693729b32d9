"""A verb of the point against its opposite in the sentence ("downgraded" against "upgraded").

The two count as opposed only with a content word within `NEAR` words of both shared.
"""

from __future__ import annotations

from collections.abc import Iterator

from generator.analysis.claim_reading import Difference, Word
from generator.analysis.claim_sentence import Reading

NEAR = 4  # words either side of an opposite verb that must share one word


def opposites(a: Reading, b: Reading) -> Iterator[tuple[Difference, bool]]:
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
