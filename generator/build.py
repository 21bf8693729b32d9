"""`build()`: the table of contents of the tool. Load everything, then write everything."""

from __future__ import annotations

import gc
import logging
from dataclasses import dataclass
from pathlib import Path
from time import perf_counter

from generator.errors import BuildError, ContentError, Problem, Report
from generator.forked import cores
from generator.load.content import LoadOptions, load_site
from generator.model.site import Site
from generator.outputs.plan import plan_outputs
from generator.preview.state import Warm
from generator.write.outfolder import is_made, mark, output_folder
from generator.write.publish import write_outputs
from generator.write.swap import Held, build_lock, build_stamp, process_stamp
from generator.write.writer import recover_output

log = logging.getLogger("briefing")


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

    The output folder is checked first (see `outfolder`), and its lock is held from the load to
    the last file written, so another build cannot write between this one's load and write.
    `warm` is the preview's: caches kept in memory between its builds (see `warm`). The preview
    waits for another process's build to end, then drops what it kept of its own last build.
    """
    root = root.resolve()
    output = output_folder(root, options.output)
    try:
        with build_lock(output, wait=warm is not None) as held:
            if warm is not None and held.previous != process_stamp():
                warm.reload()  # another process has written the output since this one's last build
            held.claim(process_stamp() if warm is not None else build_stamp())
            recover_output(output)  # finish what a killed build left, before reading the output
            return _build(root, output, options, warm, held)
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        raise BuildError(
            f"{error.strerror or error}{where}; the build stopped, {output.name}/ was not changed"
        ) from None


def _build(root: Path, output: Path, options: BuildOptions, warm: Warm | None, held: Held) -> BuildResult:
    """The build itself, holding the output's lock: load, render, write."""
    started = perf_counter()
    site, report = check(root, options, warm)
    gc.freeze()  # the loaded site lives as long as the build: keep the collector from walking it
    loaded = perf_counter()
    log.info(
        "load: %d briefings, %d articles in %.2f s", len(site.briefings), len(site.articles), loaded - started
    )
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
    manifest = write_outputs(plan, save=warm is None, held=held)
    if not is_made(output):  # an output first built before the marker, and only updated since
        mark(output)
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
