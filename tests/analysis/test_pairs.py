"""Pairs of sentences sharing words: the counted index gives what comparing every pair gives,
by either way of counting (a `Counter` for small stories, numpy arrays for large ones)."""

from __future__ import annotations

from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.analysis import pairs
from generator.analysis.pairs import shared_pairs

ROWS = st.lists(st.frozensets(st.sampled_from("abcdefghij"), max_size=6), max_size=40)


def every_pair(rows: list[frozenset[str]], at_least: int) -> list[tuple[int, int]]:
    """The plain rule: every pair of rows, their shared words counted."""
    return [(a, b) for a, b in combinations(range(len(rows)), 2) if len(rows[a] & rows[b]) >= at_least]


def postings(rows: list[frozenset[str]]) -> list[list[int]]:
    """The rows using each word, in increasing order."""
    found: dict[str, list[int]] = {}
    for number, used in enumerate(rows):
        for word in sorted(used):
            found.setdefault(word, []).append(number)
    return list(found.values())


@settings(max_examples=300, deadline=None)
@given(rows=ROWS, at_least=st.integers(1, 3))
def test_the_pairs_are_those_sharing_enough_words(rows, at_least):
    expected = every_pair(rows, at_least)
    assert shared_pairs(postings(rows), len(rows), at_least) == expected
    assert pairs._by_arrays(postings(rows), len(rows), at_least) == expected


def test_a_large_story_is_counted_by_arrays_the_same():
    """Rows enough for the arrays, a word in 2 to 5 rows."""
    rows = [frozenset({f"w{n // 3}", f"v{n // 5}", f"u{n % 7}-{n // 40}"}) for n in range(400)]
    assert len(rows) >= pairs.ARRAY_FROM
    found = shared_pairs(postings(rows), len(rows), 2)
    assert found == every_pair(rows, 2)
    assert (0, 1) in found and (3, 4) in found and (2, 3) not in found


def test_row_numbers_past_32_bits_of_pair_codes():
    """50,000 rows: a pair's code (first row x rows + second) no longer fits in 32 bits."""
    rows = [frozenset({f"a{n // 2}", f"b{n // 2}", f"c{n // 4}"}) for n in range(50_000)]
    assert shared_pairs(postings(rows), len(rows), 2) == [(n, n + 1) for n in range(0, 50_000, 2)]
