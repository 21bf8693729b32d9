"""How much of a point's other words a sentence has: the share a swapped name must come with.

A place, source, year or office the sentence replaces is a difference only when the sentence
has most of the point's other words (`COVERED`), or, for a place, fewer (`REPLACED`) in the
cases `claim_swapped_places` names.
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.analysis.claim_sentence import Reading
from generator.analysis.similarity import tokens

COVERED = 0.6  # share of the point's other words a sentence must have for a swapped place
REPLACED = 0.4  # ...or this share, when the sentence lacks what the point says of the place too


def covered_share(
    a: Reading, b: Reading, names: Iterable[str] | None = None, drop: frozenset[str] = frozenset()
) -> float:
    """The share of the point's other words (not its places, or not `names`, nor `drop`) that the
    sentence also has."""
    shown = [place.text for place in a.places] if names is None else list(names)
    named = {stem for text in shown for stem in tokens(text, a.lex.language)}
    wanted = a.contents - named - drop
    return len(wanted & b.contents) / len(wanted) if wanted else 0.0
