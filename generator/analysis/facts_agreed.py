"""Facts every compared newsroom carries: "stars" (a sentence whose closest sentence in each
other newsroom is close enough), merged into facts, and the sentence quoting each.

See the module docstring of `facts` ("Carried by every newsroom") for the measure.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from generator.analysis import disputes
from generator.analysis.facts_sentences import SAME, Sentences
from generator.model.analysis import Agreed

AGREE = 0.2  # each newsroom's closest sentence at least this close: carried by every newsroom...
AGREE_MEAN = 0.25  # ...and this close on average, over all and over those not printing a copy
MAX_AGREED = 6
MERGE = 2  # stars sharing this many sentences are one fact


def agreed(sentences: Sentences, rooms: frozenset[str], in_dispute: set[int]) -> tuple[Agreed, ...]:
    """Facts every compared newsroom carries: stars (see module), one fact for stars holding one
    another's centre. O(S x newsrooms)."""
    stars: list[tuple[float, int, set[int]]] = []
    for number, best in enumerate(sentences.best):
        if is_star(sentences, number, rooms):
            scores = [score for score, _ in best.values()]
            stars.append((min(scores), number, {number, *(n for _, n in best.values())}))
    centres: list[int] = []  # of each fact found: its first centre...
    members: list[set[int]] = []  # ...and its sentences
    merged: list[int] = []  # each fact's parent (itself while not merged into another)
    fact_of: dict[int, int] = {}  # a sentence -> a fact it is in

    def root(fact: int) -> int:
        while merged[fact] != fact:
            merged[fact] = fact = merged[merged[fact]]
        return fact

    for _, centre, star in sorted(stars, key=lambda s: (-s[0], sentences.first(s[1]))):
        if star & in_dispute or _figures_differ(sentences, star):
            continue
        # A star sharing its centre or `MERGE` sentences with facts found is one fact with them.
        shared = Counter(root(fact_of[n]) for n in star if n in fact_of)
        same = sorted(
            fact
            for fact, count in shared.items()
            if count >= MERGE or centre in members[fact] or centres[fact] in star
        )
        if not same:
            same = [len(centres)]
            centres.append(centre)
            members.append(set())
            merged.append(same[0])
        into = same[0]
        for fact in same[1:]:
            merged[fact] = into
            members[into] |= members[fact]
        members[into] |= star
        for number in star:
            fact_of.setdefault(number, into)
    found = [members[f] for f in range(len(centres)) if merged[f] == f][:MAX_AGREED]
    kept = sorted(found, key=lambda fact: min(map(sentences.first, fact)))
    return tuple(Agreed(sentences.quote(_quote(sentences, m)), sentences.quotes(m)) for m in kept)


def is_star(sentences: Sentences, number: int, rooms: frozenset[str]) -> bool:
    """True when a sentence is the centre of a fact every compared newsroom carries (see module):
    its closest sentence in each other newsroom at `AGREE` or more, at `AGREE_MEAN` on average,
    and not a correction."""
    best = sentences.best[number]
    others = len(rooms) - len(sentences.rooms[number])
    if not others or len(best) != others:
        return False
    scores = [score for score, _ in best.values()]
    # On average, and over the newsrooms saying it in words of their own: a newsroom printing
    # a copy of the sentence (one the coverage did not group) is no second report.
    worded = [score for score in scores if score < SAME]
    return (
        min(scores) >= AGREE
        and math.fsum(scores) >= AGREE_MEAN * len(scores)
        and math.fsum(worded) >= AGREE_MEAN * len(worded)
        and not disputes.is_correction(sentences.text(number))
    )


def _figures_differ(sentences: Sentences, members: set[int]) -> bool:
    texts = [sentences.text(n) for n in sorted(members)]
    counted = [t for t in texts if disputes.figures(t)]
    return any(disputes.differing(a, b) for i, a in enumerate(counted) for b in counted[i + 1 :])


def _quote(sentences: Sentences, members: Iterable[int]) -> int:
    """The sentence to quote for a fact (see module): giving no number if one does, standing on
    its own (not "This ..."), the one whose words (by weight) the fact's sentences in most other
    newsrooms use most; ties: the shortest, the first."""
    listed = sorted(members)
    by_room: dict[str, set[str]] = {}
    for number in listed:
        for room in sentences.rooms[number]:
            by_room.setdefault(room, set()).update(sentences.sets[number])
    weight = sentences.idf.__getitem__

    def key(number: int) -> tuple[bool, bool, float, int, tuple[int, int]]:
        others = [used for room, used in by_room.items() if room not in sentences.rooms[number]]
        words = sentences.sets[number]
        common = [w for w in words if 2 * sum(w in used for used in others) >= len(others)]
        share = math.fsum(map(weight, common)) / sentences.totals[number]
        text = sentences.text(number)
        return (
            bool(disputes.numbers(text)),
            sentences.leans_back(number),
            -round(share, 2),
            len(text.split()),
            sentences.first(number),
        )

    return min(listed, key=key)
