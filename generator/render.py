"""Rendering every page, on all cores when the site is big enough for it to pay.

Workers are forked after the site is loaded, so they share the loaded model instead of
receiving it; each renders a contiguous run of pages and sends back the HTML, which keeps the
output in page order and byte-identical to a single-process build.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from generator.pages import Page
from generator.templates import SiteView, render_page

MIN_PAGES_PER_WORKER = 150


@dataclass(frozen=True)
class _Job:
    pages: Sequence[Page]
    env: jinja2.Environment
    site: SiteView


class _Forked:
    """The job a forked worker renders from; set only while a pool is running."""

    job: _Job | None = None


def _render_run(bounds: tuple[int, int]) -> list[str]:
    job = _Forked.job
    assert job is not None, "render worker started without a job"
    return [render_page(job.env, page, job.site) for page in job.pages[bounds[0] : bounds[1]]]


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def render_all(pages: Sequence[Page], env: jinja2.Environment, site: SiteView, jobs: int) -> list[str]:
    """The HTML of every page, in order; forked workers share the work when it pays."""
    jobs = min(jobs, len(pages) // MIN_PAGES_PER_WORKER)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [render_page(env, page, site) for page in pages]
    runs = jobs * 4
    step = -(-len(pages) // runs)
    bounds = [(start, min(start + step, len(pages))) for start in range(0, len(pages), step)]
    _Forked.job = _Job(pages, env, site)
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_render_run, bounds, chunksize=1)
    finally:
        _Forked.job = None
    return [html for part in parts for html in part]
