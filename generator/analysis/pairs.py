"""Pairs of sentences sharing words, counted through an inverted index.

`shared_pairs(rows, at_least)` lists the pairs of rows (sentences, each a set of indexed
words) that share at least `at_least` words: each word's list of rows ("postings") gives the
pairs of rows holding it, and the pairs are counted. The work is the number of pair
occurrences, sum over the words of k x (k - 1) / 2 for a word in k rows: the caller bounds k
(a word in very many sentences is too common to pair them by), so it grows linearly with the
story's words, never with the square of its sentences.

Two ways, one result: fewer than `ARRAY_FROM` rows are counted with a `Counter` over
`itertools.combinations` (C-level); more with numpy arrays (each word's row pairs made by index
arithmetic, one sort of the pairs' codes, the runs counted): 0.87 -> 0.42 ms in a loop for a
story of 4 articles (206 rows), 15 -> 5.5 ms for one of 50 articles of 800 words (2,600 rows),
where the `Counter` was a fifth of the whole analysis. For a story of 3 articles (130 rows)
numpy is faster in a loop (0.33 -> 0.25 ms) but not inside a whole analysis, whose other steps
evict its code and tables from the processor's caches (7.29 -> 7.61 ms a story, alternated).
numpy is imported with the module (about 60 ms once a process), not when a first large story
comes: that story's analysis would pay for it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence, Set
from functools import lru_cache
from itertools import chain, combinations, compress, repeat

import numpy as np

ARRAY_FROM = 200  # rows from which numpy is the faster inside an analysis (docs/performance.md)


def shared_pairs(rows: Sequence[Set[str]], at_least: int) -> list[tuple[int, int]]:
    """The pairs (a, b), a < b, of rows sharing at least `at_least` words, sorted."""
    if len(rows) >= ARRAY_FROM:
        return _by_arrays(rows, at_least)
    postings: dict[str, list[int]] = {}
    for number, used in enumerate(rows):
        for word in used:
            postings.setdefault(word, []).append(number)
    shared: Counter[tuple[int, int]] = Counter(
        chain.from_iterable(map(combinations, postings.values(), repeat(2)))  # type: ignore[arg-type]
    )
    return sorted(compress(shared.keys(), map(at_least.__le__, shared.values())))  # C-level filter


def _by_arrays(rows: Sequence[Set[str]], at_least: int) -> list[tuple[int, int]]:
    flat = list(chain.from_iterable(rows))
    if not flat:
        return []
    ids = {word: n for n, word in enumerate(dict.fromkeys(flat))}
    size = len(rows)
    # Codes of (word, row) and of (row, row) pairs: 32-bit while they fit (sorting is faster).
    kind = np.int32 if max(len(ids), size) * size < 2**31 else np.int64
    words: np.ndarray = np.fromiter(map(ids.__getitem__, flat), dtype=kind, count=len(flat))
    numbers: np.ndarray = np.repeat(np.arange(size, dtype=kind), np.fromiter(map(len, rows), kind, size))
    keys = np.sort(words * size + numbers)  # each word's rows together, in increasing order
    words, numbers = np.divmod(keys, size)
    starts = np.flatnonzero(np.concatenate(([True], words[1:] != words[:-1])))
    sizes = np.diff(np.append(starts, len(words)))
    codes = []
    for length in np.unique(sizes).tolist():
        if length < 2:
            continue
        first, second = _upper(length)
        at = starts[sizes == length][:, None]
        codes.append((numbers[at + first] * size + numbers[at + second]).ravel())
    if not codes:
        return []
    joined = np.sort(np.concatenate(codes))
    runs = np.flatnonzero(np.concatenate(([True], joined[1:] != joined[:-1], [True])))
    kept = joined[runs[:-1][np.diff(runs) >= at_least]]
    first_rows, second_rows = np.divmod(kept, size)
    return list(zip(first_rows.tolist(), second_rows.tolist(), strict=True))


@lru_cache(maxsize=64)
def _upper(size: int) -> tuple[np.ndarray, np.ndarray]:
    """The (i, j) positions, i < j, of every pair within a list of `size` items."""
    first, second = np.triu_indices(size, 1)
    return first, second
