"""`build()`: the table of contents of the tool. Load everything, then write everything."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from generator.content import LoadOptions, load_site
from generator.errors import ContentError, Problem, Report
from generator.forked import cores
from generator.models import Site
from generator.outputs import plan_outputs
from generator.publish import write_outputs
from generator.warm import Warm

log = logging.getLogger("briefing")
OUTPUT_DIR = "output"


@dataclass(frozen=True)
class BuildOptions:
    """What the user asked of a build."""

    drafts: bool = False
    strict: bool = False
    base_url: str | None = None
    output: Path | None = None
    search: bool = True
    jobs: int | None = None


@dataclass(frozen=True)
class BuildResult:
    """What a build did, for the summary line."""

    pages: int
    files: int
    stories: int
    articles: int
    topics: int
    outlets: int
    warnings: tuple[Problem, ...]
    seconds: float
    output: Path
    rendered: int = 0
    written: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def summary(self) -> str:
        return (
            f"Built {self.pages} pages ({self.files} files): {self.stories} stories, "
            f"{self.articles} articles, {self.topics} topics, {self.outlets} outlets, "
            f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''} "
            f"in {self.seconds:.2f} s; {self.rendered} pages rendered, {len(self.written)} files written, "
            f"{len(self.removed)} removed"
        )


def check(root: Path, options: BuildOptions, warm: Warm | None = None) -> tuple[Site, Report]:
    """The load phase alone: raise ContentError when the content has errors (or warnings, strict)."""
    site, report = load_site(root, LoadOptions(drafts=options.drafts, base_url=options.base_url), warm)
    if report.errors or (options.strict and report.warnings):
        raise ContentError(report.sorted())
    return site, report


def build(root: Path, options: BuildOptions, warm: Warm | None = None) -> BuildResult:
    """Build the site under `root` into `output/`; nothing is written unless loading succeeded.

    `warm` is the preview's: caches kept in memory between its builds (see `warm`).
    """
    started = perf_counter()
    root = root.resolve()
    site, report = check(root, options, warm)
    gc.freeze()  # the loaded site lives as long as the build: keep the collector from walking it
    loaded = perf_counter()
    log.info(
        "load: %d briefings, %d articles in %.2f s", len(site.briefings), len(site.articles), loaded - started
    )
    output = (options.output or root / OUTPUT_DIR).resolve()
    plan = plan_outputs(root, site, output, options.jobs or cores(), options.search, warm)
    rendered = perf_counter()
    log.info(
        "render: %d of %d pages changed, %d files to write, %d to remove in %.2f s",
        plan.rendered,
        len(plan.pages),
        len(plan.files.files),
        len(plan.removed),
        rendered - loaded,
    )
    manifest = write_outputs(plan, save=warm is None)
    if warm is not None:
        warm.manifest, warm.known, warm.plan = manifest, plan.known, plan.last
        if plan.last is not None:
            plan.last.written()
        warm.built()
    written = perf_counter()
    log.info("write: %d files in %.2f s", len(plan.files.files), written - rendered)
    return BuildResult(
        pages=len(plan.pages),
        files=plan.file_count,
        stories=len(site.briefings),
        articles=len(site.articles),
        topics=len(plan.indexes.by_topic),
        outlets=len(plan.indexes.by_outlet),
        warnings=tuple(report.sorted()),
        seconds=written - started,
        output=output,
        rendered=plan.rendered,
        written=tuple(sorted(plan.files.files)),
        removed=tuple(plan.removed),
    )
