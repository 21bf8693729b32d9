"""Rendering the pages that need it, on all cores when there are enough of them to pay.

Workers are forked after the site is loaded, so they share the loaded model instead of
receiving it; each renders a contiguous run of pages and sends back the HTML with the keys each
page read (see `deps`), which keeps the output in page order and identical to one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from dataclasses import dataclass

import jinja2

from generator.deps import Key, Reads
from generator.pages import Page
from generator.templates import SiteView, render_page

MIN_PAGES_PER_WORKER = 150
Rendered = tuple[str, tuple[Key, ...]]


@dataclass(frozen=True)
class RenderJob:
    """The pages to render and what rendering them needs."""

    pages: Sequence[Page]
    env: jinja2.Environment
    site: SiteView
    reads: Reads


class _Forked:
    """The job a forked worker renders from; set only while a pool is running."""

    job: RenderJob | None = None


def render_one(job: RenderJob, page: Page) -> Rendered:
    """The page's HTML and the keys it read (every page reads the site-wide settings)."""
    job.reads.start()
    job.reads.add("site")
    html = render_page(job.env, page, job.site)
    return html, job.reads.taken()


def _render_run(bounds: tuple[int, int]) -> list[Rendered]:
    job = _Forked.job
    assert job is not None, "render worker started without a job"
    return [render_one(job, page) for page in job.pages[bounds[0] : bounds[1]]]


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def render_all(job: RenderJob, jobs: int) -> list[Rendered]:
    """The HTML and reads of every page of the job, in order; forked workers share the work."""
    pages = job.pages
    jobs = min(jobs, len(pages) // MIN_PAGES_PER_WORKER)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return [render_one(job, page) for page in pages]
    runs = jobs * 4
    step = -(-len(pages) // runs)
    bounds = [(start, min(start + step, len(pages))) for start in range(0, len(pages), step)]
    _Forked.job = job
    try:
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            parts = pool.map(_render_run, bounds, chunksize=1)
    finally:
        _Forked.job = None
    return [item for part in parts for item in part]
