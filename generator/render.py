"""Rendering the pages that need it, on all cores when there are enough of them to pay.

Each page comes back as its HTML, encoded, and the keys it read (see `deps`), in page order, the
same from forked workers (see `forked`) as from one process. Encoding in the worker means the
building process holds each page once, as the bytes it writes. A job with a `spool` (a build
that renders many pages) has each page written there by the process that rendered it, and
only its keys come back: the files are written beside the rendering, not after it in the
building process, and no page's bytes cross between processes.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.deps import Key, Reads
from generator.forked import iter_runs
from generator.pages import Page
from generator.templates import SiteView, render_page
from generator.urls import output_path
from generator.writer import Stager

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
    spool: Path | None = None  # where each page is written as it is rendered (see above)
    _stagers: dict[int, Stager] = field(default_factory=dict, compare=False, repr=False)

    def stager(self) -> Stager:
        """This process's writer into the spool (each forked worker makes its own folders)."""
        assert self.spool is not None
        return self._stagers.setdefault(os.getpid(), Stager(self.spool))


def render_one(job: RenderJob, page: Page) -> Rendered:
    """The page's HTML (UTF-8), or b"" once it is written to the job's spool, and the keys it
    read (every page reads the site-wide settings)."""
    job.reads.start()
    job.reads.add("site")
    html = render_page(job.env, page, job.site).encode("utf-8")
    if job.spool is not None:
        job.stager().write(output_path(page.rel), html)
        html = b""
    return html, job.reads.taken()


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
