"""Splitting work over forked processes, when there is enough of it to pay.

Workers are forked after the site is loaded, so they share the loaded model instead of
receiving it. Each works through a contiguous run of the items and sends back its results,
which are joined in order: the same list a single process gives.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
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
    return list(iter_runs(run, count, jobs, least))


def iter_runs(
    run: Callable[[int, int], list[T]], count: int, jobs: int, least: int, runs: int = RUNS_PER_WORKER
) -> Iterator[T]:
    """`map_runs`, yielding each result in order as soon as its run is back: a caller that
    stores each one away holds `runs` times fewer results at a time."""
    jobs = min(jobs, count // least)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        step = -(-count // runs) if count else 1
        for start in range(0, count, step):
            yield from run(start, min(start + step, count))
        return
    step = -(-count // (jobs * runs))
    bounds = [(start, min(start + step, count)) for start in range(0, count, step)]
    _Forked.run = run
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for part in pool.imap(_run, bounds, chunksize=1):
                yield from part
    finally:
        _Forked.run = None
