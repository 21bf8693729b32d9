"""Splitting work over forked processes, when there is enough of it to pay.

Workers are forked after the site is loaded, so they share the loaded model instead of
receiving it. Each works through a contiguous run of the items and sends back its results,
which are joined in order: the same list a single process gives.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")
Run = Callable[[int, int], list[Any]]
RUNS_PER_WORKER = 4


class _Forked:
    """The work a forked worker does; set only while a pool is running."""

    run: Run | None = None


def cores() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _run(bounds: tuple[int, int]) -> list[Any]:
    run = _Forked.run
    assert run is not None, "worker started without work"
    return run(*bounds)


def map_runs(run: Callable[[int, int], list[T]], count: int, jobs: int, least: int) -> list[T]:
    """`run(start, end)` over the items `0..count`, joined in order.

    With `jobs` > 1 and at least `least` items per worker, forked workers share the runs.
    """
    jobs = min(jobs, count // least)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return run(0, count)
    step = -(-count // (jobs * RUNS_PER_WORKER))
    bounds = [(start, min(start + step, count)) for start in range(0, count, step)]
    _Forked.run = run
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_run, bounds, chunksize=1)
    finally:
        _Forked.run = None
    return [item for part in parts for item in part]
