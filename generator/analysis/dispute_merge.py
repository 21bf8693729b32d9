"""A pair of sentences shown in one dispute only, however many units the sentences give differently.

`facts` finds a disputed figure per unit: two sentences giving a toll differently ("1,037 dead,
1,204 injured" / "632 dead, 329 injured") are a dispute of the dead and one of the injured, and
the page showed the same two quotes twice, as two identical items. Figures sharing two
sentences or more (chains of such figures) are one item here: each of its values gives every
unit its sentences give ("1,037 dead, 1,204 injured"; a sentence giving one of the units only,
that unit's value), the units in the order the first sentence gives them. Figures sharing one
sentence stay apart: each shows a pair of sentences the other does not.

Cost: for D disputed figures the gate lets through and Q quotes of theirs, the figures sharing
each quote counted in pairs (at most D x D per quote, D being a handful on a story page), then
one pass over the quotes of each figure (a dictionary per figure): O(Q x D) at worst.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import chain

from generator.model.analysis import Disputed, Quote, Variant

_UNITS = ", "  # between the values of different units one sentence gives
SHARED = 2  # figures sharing this many sentences are one item (one shared shows no pair twice)
_SAME_UNIT = " and "  # between two values of one unit one sentence gives ('0.8 metres and 0.4 metres')


def _places(item: Disputed) -> dict[tuple[str, int], None]:
    """The (article, sentence) of each quote of a figure, each once."""
    return dict.fromkeys((q.article, q.sentence) for v in item.variants for q in v.sentences)


def _place(item: Disputed, first: Quote) -> int:
    """Where `first` gives the item's value (its number, as printed), for the order of units."""
    for variant in item.variants:
        if first in variant.sentences:
            found = first.text.find(variant.value.split(" ")[0])
            return found if found >= 0 else len(first.text)
    return len(first.text)


def _one(items: Sequence[Disputed]) -> Disputed:
    """Figures sharing sentences as one: a value for each set of sentences giving the same values
    of every unit they give (in the order of the figures' quotes, the first figure's first)."""
    order = list(dict.fromkeys(q for item in items for v in item.variants for q in v.sentences))
    first = order[0]
    ranked = sorted(items, key=lambda item: _place(item, first))
    values: dict[tuple[str, int], list[str]] = {}
    for item in ranked:
        given: dict[tuple[str, int], list[str]] = {}
        for variant in item.variants:
            for q in variant.sentences:
                given.setdefault((q.article, q.sentence), []).append(variant.value)
        for place, printed in given.items():
            values.setdefault(place, []).append(_SAME_UNIT.join(dict.fromkeys(printed)))
    variants: dict[str, list[Quote]] = {}
    for q in order:
        variants.setdefault(_UNITS.join(values[q.article, q.sentence]), []).append(q)
    corrections = tuple(dict.fromkeys(chain.from_iterable(item.corrections for item in items)))
    return Disputed(
        ranked[0].unit,
        tuple(Variant(value, tuple(quotes)) for value, quotes in variants.items()),
        corrections,
    )


def merged(disputed: Sequence[Disputed]) -> tuple[Disputed, ...]:
    """The disputed figures, those sharing two sentences or more as one (at the first one's place)."""
    holding: dict[tuple[str, int], list[int]] = {}
    for n, item in enumerate(disputed):
        for place in _places(item):
            holding.setdefault(place, []).append(n)
    shared = Counter(
        (a, b) for found in holding.values() for i, a in enumerate(found) for b in found[i + 1 :]
    )
    group = list(range(len(disputed)))

    def root(n: int) -> int:
        while group[n] != n:
            n = group[n] = group[group[n]]
        return n

    for (a, b), count in sorted(shared.items()):
        if count >= SHARED:
            group[max(root(a), root(b))] = min(root(a), root(b))
    members: dict[int, list[Disputed]] = {}
    for n, item in enumerate(disputed):
        members.setdefault(root(n), []).append(item)
    return tuple(items[0] if len(items) == 1 else _one(items) for items in members.values())
