"""Pairs of sentences sharing words, counted through an inverted index.

`shared_pairs(postings, rows, at_least)` lists the pairs of rows (sentences) that share at
least `at_least` words: each word's list of rows ("postings", an inverted index) gives the
pairs of rows holding it, and the pairs are counted. The work is the number of pair
occurrences, sum over the words of k x (k - 1) / 2 for a word in k rows: the caller bounds k
(a word in very many sentences is too common to pair them by), so it grows linearly with the
story's words, never with the square of its sentences.

Two ways, one result: with fewer than `ARRAY_FROM` rows the pairs are counted with a `Counter`
over `itertools.combinations` (C-level); with more, by numpy (the posting lists concatenated,
each length's pairs made by index arithmetic, one sort of the pairs' codes, the runs counted):
in a loop, 0.69 -> 0.28 ms for a story of 4 articles (206 rows), 17.8 -> 2.8 ms for one of 50
articles of 800 words (2,600 rows), where the `Counter` was a sixth of the whole analysis. The
two cost the same at about 75 rows (the bench stories' pair counts, cut to 10-150 rows: numpy
29 against 5 us at 10 rows, 101 against 100 at 75, 129 against 165 at 100); a 3-article story
has about 130.
numpy is imported with the module (about 60 ms once a process), not when a first large story
comes: that story's analysis would pay for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from functools import lru_cache
from itertools import chain, combinations, compress, repeat

import numpy as np

ARRAY_FROM = 80  # rows from which numpy is the faster (docs/performance.md)


def shared_pairs(postings: Collection[Sequence[int]], rows: int, at_least: int) -> list[tuple[int, int]]:
    """The pairs (a, b), a < b, of `rows` rows (numbered from 0) that at least `at_least` of
    the lists of `postings` hold both of, sorted. Each list holds increasing row numbers (the
    rows using one word)."""
    if rows >= ARRAY_FROM:
        return _by_arrays(postings, rows, at_least)
    shared: Counter[tuple[int, int]] = Counter(
        chain.from_iterable(map(combinations, postings, repeat(2)))  # type: ignore[arg-type]
    )
    return sorted(compress(shared.keys(), map(at_least.__le__, shared.values())))  # C-level filter


def _by_arrays(postings: Collection[Sequence[int]], rows: int, at_least: int) -> list[tuple[int, int]]:
    lists = [found for found in postings if len(found) > 1]
    if not lists:
        return []
    # A pair's code is first row x rows + second: 32-bit while it fits (sorting is faster).
    kind = np.int32 if rows * rows < 2**31 else np.int64
    sizes: np.ndarray = np.fromiter(map(len, lists), kind, len(lists))
    numbers: np.ndarray = np.fromiter(chain.from_iterable(lists), kind, int(sizes.sum()))
    starts = np.cumsum(sizes) - sizes  # where each list starts in `numbers`
    codes = []
    for length in np.unique(sizes).tolist():
        first, second = _upper(length)
        at = starts[sizes == length][:, None]
        codes.append((numbers[at + first] * rows + numbers[at + second]).ravel())
    joined = np.sort(np.concatenate(codes))
    runs = np.flatnonzero(np.concatenate(([True], joined[1:] != joined[:-1], [True])))
    kept = joined[runs[:-1][np.diff(runs) >= at_least]]
    first_rows, second_rows = np.divmod(kept, rows)
    return list(zip(first_rows.tolist(), second_rows.tolist(), strict=True))


@lru_cache(maxsize=64)
def _upper(size: int) -> tuple[np.ndarray, np.ndarray]:
    """The (i, j) positions, i < j, of every pair within a list of `size` items."""
    first, second = np.triu_indices(size, 1)
    return first, second
