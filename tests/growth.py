"""How a stage's time grows with its input: linear work on 4x the input takes about 4x the time.

A timed test with a fixed deadline fails on a slow machine; a ratio does not. Each size is timed
a few times and the best taken, so a pause of the machine spoils one try, not the measure.
"""

from __future__ import annotations

import time
from collections.abc import Callable

TRIES = 5
FACTOR = 4
# Linear work gives about 4, quadratic about 16: 9 leaves room for noise on both sides.
LIMIT = 9.0


def best_time(run: Callable[[], object], tries: int = TRIES) -> float:
    """The shortest of `tries` timings of `run()`, in seconds."""
    times = []
    for _ in range(tries):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def growth(work: Callable[[int], Callable[[], object]], size: int, tries: int = TRIES) -> float:
    """How many times longer `work(FACTOR * size)` runs than `work(size)`.

    `work(n)` builds the input of size n (not timed) and returns the call to time. A ratio over
    `LIMIT` is measured again one step up (`FACTOR * size` against `FACTOR**2 * size`): the data
    outgrowing one of the processor's caches makes one step of linear work jump (9-10x was seen
    on a loaded machine, once), and the next step is linear again; quadratic work is 16x on both.
    """
    ratio = _ratio(work, size, tries)
    return ratio if ratio < LIMIT else _ratio(work, FACTOR * size, tries)


def _ratio(work: Callable[[int], Callable[[], object]], size: int, tries: int) -> float:
    small, big = work(size), work(FACTOR * size)
    big()  # warm caches and imports before timing
    return best_time(big, tries) / max(best_time(small, tries), 1e-4)
