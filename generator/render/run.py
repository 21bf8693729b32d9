"""The render stage: the pages the plan lists, and its other outputs, on all cores when there
are enough of them to pay.

Each page comes back as its HTML, encoded, and the keys it read (see `deps`), in page order, the
same from forked workers (see `forked`) as from one process. Encoding in the worker means the
building process holds each page once, as the bytes it writes. A job with a `spool` (a build
that renders many pages) has each page written there by the process that rendered it, and
only its keys come back: the files are written beside the rendering, not after it in the
building process, and no page's bytes cross between processes. A build rendering
`SPOOL_PAGES` pages or more spools them (into `.output.spool-<pid>` beside the output, which the
write stage then takes as its staging folder), so that it never holds them all at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

import jinja2

from generator.forked import iter_runs
from generator.incremental.deps import Key, Reads
from generator.outputs.plan import OutputPlan
from generator.outputs.search import STORIES, indexed_digest
from generator.render.pages import Page
from generator.render.templates import SiteView, render_page
from generator.render.urls import output_path
from generator.write.writer import SpoolWriter, spool_folder

SPOOL_PAGES = 1000  # a build rendering this many pages writes them away as they come
MIN_PAGES_PER_WORKER = 150
MIN_FILES_PER_WORKER = 100  # feeds (a feed takes about as long as a page)
STREAMED_RUNS = 16  # runs per worker when results are stored away as they come (see `iter_rendered`)
Rendered = tuple[bytes, tuple[Key, ...], str]  # (HTML, keys read, `indexed_digest` or "")


@dataclass(frozen=True)
class RenderJob:
    """The pages to render and what rendering them needs."""

    pages: Sequence[Page]
    env: jinja2.Environment
    site: SiteView
    reads: Reads
    spool: SpoolWriter | None = None  # writes each page as it is rendered (see above)


def render_outputs(plan: OutputPlan, jobs: int) -> None:
    """Render the pages the plan lists and make its other outputs, into `plan.files`, and record
    what each page read (and so its fingerprint); a failure leaves no spool behind."""
    work, files = plan.rendering, plan.files
    if len(work.pages) >= SPOOL_PAGES:  # write new files away as they come, not all held at once
        files.spool = spool_folder(plan.output)
        files.discard_spool()  # what a failed build of this process may have left
    try:
        job = RenderJob(work.pages, work.env, work.view, work.reads, files.writer())
        for page, (html, read, indexed) in zip(work.pages, iter_rendered(job, jobs), strict=True):
            plan.took(page, html, read, indexed)
        others = work.others
        made = iter_made([(path, make) for path, _, make in others], files.writer(), jobs)
        for (path, origin, _), data in zip(others, made, strict=True):
            files.made(path, data, origin)
    except BaseException:
        files.discard_spool()
        raise
    plan.rendered = len(work.pages)


def render_one(job: RenderJob, page: Page) -> Rendered:
    """The page's HTML (UTF-8), or b"" once it is written to the job's spool, the keys it read
    (every page reads the site-wide settings), and for a story page the digest of what the
    search index reads of it."""
    job.reads.start()
    job.reads.add("site")
    text = render_page(job.env, page, job.site)
    indexed = indexed_digest(text) if page.rel.startswith(STORIES) else ""
    html = text.encode("utf-8")
    if job.spool is not None:
        job.spool.write(output_path(page.rel), html)
        html = b""
    return html, job.reads.taken(), indexed


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


def iter_made(
    files: Sequence[tuple[str, Callable[[], bytes]]], spool: SpoolWriter | None, jobs: int
) -> Iterator[bytes]:
    """`make()` of each (output path, make), in order, on all cores when there are enough (the
    feeds of a cold build: one per topic); with a `spool`, each file is written there by the
    process that made it, and b"" comes back."""

    def run(start: int, end: int) -> list[bytes]:
        made = []
        for path, make in files[start:end]:
            data = make()
            if spool is not None:
                spool.write(path, data)
                data = b""
            made.append(data)
        return made

    return iter_runs(run, len(files), jobs, MIN_FILES_PER_WORKER)
