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


def best_time(run: Callable[[], object]) -> float:
    """The shortest of `TRIES` timings of `run()`, in seconds."""
    times = []
    for _ in range(TRIES):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def growth(work: Callable[[int], Callable[[], object]], size: int) -> float:
    """How many times longer `work(FACTOR * size)` runs than `work(size)`.

    `work(n)` builds the input of size n (not timed) and returns the call to time.
    """
    small, big = work(size), work(FACTOR * size)
    big()  # warm caches and imports before timing
    return best_time(big) / max(best_time(small), 1e-4)
