"""A dispute shown once per set of sentences, however many units its sentences give differently.

`facts` finds a disputed figure per unit: two sentences giving a toll differently ("1,037 dead,
1,204 injured" / "632 dead, 329 injured") are a dispute of the dead and one of the injured, and
the page showed the same two quotes twice, as two identical items. Figures quoting the same
sentences are one item here: each of its values gives every unit its sentences give
("1,037 dead, 1,204 injured"), the units in the order the first sentence gives them. Figures
sharing only some of their sentences stay apart (each has values the other does not show).

Cost: one pass over the quotes of each disputed figure (a dictionary per figure), linear in
the values and quotes the gate lets through.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import chain

from generator.model.analysis import Disputed, Quote, Variant

_UNITS = ", "  # between the values of different units one sentence gives
_SAME_UNIT = " and "  # between two values of one unit one sentence gives ('0.8 metres and 0.4 metres')


def _key(item: Disputed) -> frozenset[tuple[str, int]]:
    return frozenset((q.article, q.sentence) for v in item.variants for q in v.sentences)


def _place(item: Disputed, first: Quote) -> int:
    """Where `first` gives the item's value (its number, as printed), for the order of units."""
    for variant in item.variants:
        if first in variant.sentences:
            found = first.text.find(variant.value.split(" ")[0])
            return found if found >= 0 else len(first.text)
    return len(first.text)


def _one(items: Sequence[Disputed]) -> Disputed:
    """Figures quoting the same sentences as one: a value for each set of sentences giving the
    same values of every unit."""
    order = [q for v in items[0].variants for q in v.sentences]
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
    for q in dict.fromkeys(order):
        variants.setdefault(_UNITS.join(values[q.article, q.sentence]), []).append(q)
    corrections = tuple(dict.fromkeys(chain.from_iterable(item.corrections for item in items)))
    return Disputed(
        ranked[0].unit,
        tuple(Variant(value, tuple(quotes)) for value, quotes in variants.items()),
        corrections,
    )


def merged(disputed: Sequence[Disputed]) -> tuple[Disputed, ...]:
    """The disputed figures, those quoting the same sentences as one (at the first one's place)."""
    groups: dict[frozenset[tuple[str, int]], list[Disputed]] = {}
    for item in disputed:
        groups.setdefault(_key(item), []).append(item)
    if len(groups) == len(disputed):
        return tuple(disputed)
    return tuple(items[0] if len(items) == 1 else _one(items) for items in groups.values())
