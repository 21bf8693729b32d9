"""Analysing many stories on all cores, when there are enough for it to pay.

Workers are forked after the site is loaded, so they share the loaded articles instead of
receiving them; each analyses a contiguous run of stories and sends back the cache entries,
which are the same, in the same order, as a single process gives.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.analysis.cache import Entry, entry
from generator.analysis.story import analyse
from generator.models import Article, Briefing, Outlet

MIN_STORIES_PER_WORKER = 100


@dataclass(frozen=True)
class _Job:
    stories: Sequence[tuple[Briefing, Sequence[Article]]]
    outlets: Mapping[str, Outlet]


class _Forked:
    """The job a forked worker analyses from; set only while a pool is running."""

    job: _Job | None = None


def _analyse_run(bounds: tuple[int, int]) -> list[Entry]:
    job = _Forked.job
    assert job is not None, "analysis worker started without a job"
    return [entry(analyse(b, articles, job.outlets)) for b, articles in job.stories[bounds[0] : bounds[1]]]


def cores() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def analyse_all(
    stories: Sequence[tuple[Briefing, Sequence[Article]]], outlets: Mapping[str, Outlet]
) -> list[Entry]:
    """The cache entry of `analyse()` of every (briefing, its articles), in order.

    Forked workers share the work when there are enough stories; each result is pickled where
    it is made, so it crosses to this process once, as the bytes the cache keeps.
    """
    jobs = min(cores(), len(stories) // MIN_STORIES_PER_WORKER)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [entry(analyse(b, articles, outlets)) for b, articles in stories]
    step = -(-len(stories) // (jobs * 4))
    bounds = [(start, min(start + step, len(stories))) for start in range(0, len(stories), step)]
    _Forked.job = _Job(stories, outlets)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_analyse_run, bounds, chunksize=1)
    finally:
        _Forked.job = None
    return [result for part in parts for result in part]
