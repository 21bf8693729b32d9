"""Rendering the pages that need it, on all cores when there are enough of them to pay.

Each page comes back as its HTML, encoded, and the keys it read (see `deps`), in page order, the
same from forked workers (see `forked`) as from one process. Encoding in the worker means the
building process holds each page once, as the bytes it writes.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import jinja2

from generator.deps import Key, Reads
from generator.forked import iter_runs
from generator.pages import Page
from generator.templates import SiteView, render_page

MIN_PAGES_PER_WORKER = 150
STREAMED_RUNS = 16  # runs per worker when results are stored away as they come (see `iter_rendered`)
Rendered = tuple[bytes, tuple[Key, ...]]


@dataclass(frozen=True)
class RenderJob:
    """The pages to render and what rendering them needs."""

    pages: Sequence[Page]
    env: jinja2.Environment
    site: SiteView
    reads: Reads


def render_one(job: RenderJob, page: Page) -> Rendered:
    """The page's HTML (UTF-8) and the keys it read (every page reads the site-wide settings)."""
    job.reads.start()
    job.reads.add("site")
    html = render_page(job.env, page, job.site)
    return html.encode("utf-8"), job.reads.taken()


def iter_rendered(job: RenderJob, jobs: int) -> Iterator[Rendered]:
    """The HTML and reads of every page of the job, in order; forked workers share the work.

    Each page is yielded as soon as its run is back, so that a caller writing each one away
    never holds more than a few runs of pages."""
    pages = job.pages
    return iter_runs(
        lambda start, end: [render_one(job, p) for p in pages[start:end]],
        len(pages),
        jobs,
        MIN_PAGES_PER_WORKER,
        STREAMED_RUNS,
    )
