"""A 3-article story's sentence pairs (about 130 rows) are counted by numpy arrays, the faster
from about 75 rows on, and give what the `Counter` gives (issue 23 item 9)."""

from __future__ import annotations

from collections import Counter
from itertools import chain, combinations, compress, repeat

from generator.analysis import pairs


def counted(postings, at_least):
    """The `Counter` way, as the small stories' pairs are counted."""
    shared = Counter(chain.from_iterable(map(combinations, postings, repeat(2))))
    return sorted(compress(shared.keys(), map(at_least.__le__, shared.values())))


def test_a_story_of_130_sentences_is_counted_by_arrays(monkeypatch):
    postings = [[n, n + 1, n + 7] for n in range(0, 120, 3)] + [[n, n + 1] for n in range(0, 129, 2)]
    used = []
    by_arrays = pairs._by_arrays

    def recorded(*args):
        used.append(args[1])
        return by_arrays(*args)

    monkeypatch.setattr(pairs, "_by_arrays", recorded)
    found = pairs.shared_pairs(postings, 130, 2)
    assert used == [130]
    assert found == counted(postings, 2)
    assert (0, 1) in found and (6, 7) in found and (0, 7) not in found


def test_a_story_of_40_sentences_is_counted_by_the_counter(monkeypatch):
    monkeypatch.setattr(pairs, "_by_arrays", lambda *args: [("arrays",)])
    postings = [[0, 1, 2], [1, 2], [0, 39], [0, 39]]
    assert pairs.shared_pairs(postings, 40, 2) == [(0, 39), (1, 2)]
