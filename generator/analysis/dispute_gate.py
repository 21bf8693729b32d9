"""A dispute shown only between figures given for the same place.

`facts` lists a figure as disputed when two alike sentences of different newsrooms give one
unit different values ("118 people", "127 people"). Alike is not about the same thing: a
tsunami of one height observed at one port and another height at another port, or a death
toll in one province and in the whole country, are two figures, not a dispute. This filter
keeps a value in dispute only when a sentence of another newsroom gives another value of the
unit for the same places, or both for none:

- a sentence's **places** are the countries, provinces, states and regions it names
  (`places.places`), less the story's **setting**: a place every newsroom of the story names
  somewhere (where the story happens, which a sentence may or may not repeat);
- two values are **in dispute** when a sentence giving one and a sentence of another newsroom
  giving the other name the same places (or none): the same sentence giving two values ("0.8
  metres here and 0.4 there") disputes nothing;
- the values kept are the largest group joined by such pairs; a figure left with fewer than
  two values is not shown as disputed. A figure an article corrects is kept as it is (the
  article itself says which value was wrong).

Cost: the places of each sentence of each disputed figure (a dictionary lookup per
capitalised word), and the newsrooms' words through `unique_gate.Gate` (linear in the story).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from generator.analysis.dispute_merge import merged
from generator.analysis.places import places
from generator.analysis.unique_gate import Gate, word_key
from generator.model.analysis import Disputed, Variant

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


class _Places:
    """The places of a sentence that are not the story's setting."""

    def __init__(self, gate: Gate):
        self.gate = gate
        self.everyone = len(gate.used)

    def setting(self, name: str) -> bool:
        """True when every newsroom of the story uses each word of the place's name."""
        found = [self.gate.rooms_using[key] for key in map(word_key, _WORD.findall(name)) if key]
        return bool(found) and min(found) >= self.everyone

    def of(self, text: str) -> frozenset[str]:
        named = places(_WORD.findall(text))
        return frozenset(
            min(place.codes | {place.text.casefold()}) for place in named if not self.setting(place.text)
        )


def _disputing(item: Disputed, rooms: Mapping[str, str], where: _Places) -> tuple[Variant, ...]:
    """The variants of `item` in the largest group joined by a pair of sentences of different
    newsrooms naming the same places."""
    read: list[list[tuple[str, frozenset[str]]]] = [
        [(rooms.get(q.article, q.article), where.of(q.text)) for q in variant.sentences]
        for variant in item.variants
    ]
    group = list(range(len(read)))

    def root(n: int) -> int:
        while group[n] != n:
            n = group[n] = group[group[n]]
        return n

    for a in range(len(read)):
        for b in range(a + 1, len(read)):
            if any(ra != rb and pa == pb for ra, pa in read[a] for rb, pb in read[b]):
                group[root(b)] = root(a)
    sizes: dict[int, int] = {}
    for n in range(len(read)):
        sizes[root(n)] = sizes.get(root(n), 0) + 1
    largest = max(sizes, key=lambda r: (sizes[r], -r))
    if sizes[largest] < 2:
        return ()
    return tuple(v for n, v in enumerate(item.variants) if root(n) == largest)


def gated(
    disputed: Sequence[Disputed], rooms: Mapping[str, str], gate: Callable[[], Gate]
) -> tuple[Disputed, ...]:
    """The story's disputed figures with only the values given for the same places, those then
    quoting the same sentences as one (`dispute_merge`). `gate()` gives the story's newsroom
    words (`unique_gate.Gate`, built once for both gates)."""
    if not any(not item.corrections for item in disputed):
        return merged(disputed)
    where = _Places(gate())
    kept = []
    for item in disputed:
        if item.corrections:
            kept.append(item)
            continue
        variants = _disputing(item, rooms, where)
        if variants:
            kept.append(Disputed(variants[0].value.split(" ")[-1], variants, item.corrections))
    return merged(kept)
