"""The stages of a build, in order; each is one call that logs one timed line.

    load → analyse → index → plan → render → write → search → publish

`build` runs them once; the preview (`preview/rebuild`) runs the same stages, handing them
what it keeps between builds as arguments (its caches, its last build, a folder lister) and
taking shortcuts of its own after a small edit. Nothing here knows the preview. The output
folder's lock (`holding`) is held from the first stage to the last.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from time import perf_counter

import jinja2

from generator.analysis.cache import AnalysisCache
from generator.analysis.checks import check as check_analyses
from generator.errors import BuildError, ContentError, Report
from generator.incremental.content_cache import ContentCache
from generator.incremental.manifest import Manifest
from generator.index.indexes import Indexes, build_indexes
from generator.load.content import Lister, Loaded, LoadOptions, load_content
from generator.model.site import Site
from generator.outputs.plan import LastBuild, OutputPlan, plan_outputs
from generator.render.run import render_outputs
from generator.render.templates import environment
from generator.write.publish import Staged, index_search, move_in, stage_outputs
from generator.write.swap import Held, build_lock
from generator.write.writer import recover_output

log = logging.getLogger("briefing")


@contextmanager
def holding(output: Path, writer: str, wait: bool = False) -> Iterator[Held]:
    """Hold the output folder's lock for a whole build, with `writer` recorded as its last
    writer; what a killed build left is finished first, before anything is read. Another build
    holding it is refused (or, `wait`, waited for). A system error anywhere in the build stops
    it with one line."""
    try:
        with build_lock(output, wait=wait) as held:
            held.claim(writer)
            recover_output(output)
            yield held
    except OSError as error:
        where = f" ({error.filename})" if error.filename else ""
        raise BuildError(
            f"{error.strerror or error}{where}; the build stopped, {output.name}/ was not changed"
        ) from None


def load(
    root: Path, options: LoadOptions, cache: ContentCache | None = None, lister: Lister | None = None
) -> Loaded:
    """Read `site.yaml` and every content file into the model (see `load.content`)."""
    started = perf_counter()
    loaded = load_content(root, options, cache, lister)
    log.info(
        "load: %d briefings, %d articles in %.2f s",
        len(loaded.briefings),
        len(loaded.articles),
        perf_counter() - started,
    )
    return loaded


def analyse(
    root: Path, loaded: Loaded, cache: AnalysisCache | None = None, report: Report | None = None
) -> Site:
    """Analyse every note (through the analysis cache, see `analysis.checks`) and complete the
    site with the analyses; citation problems go to `report` (the load's by default)."""
    started = perf_counter()
    analyses, analysed = check_analyses(
        root,
        loaded.notes,
        loaded.articles,
        loaded.config.outlets,
        report or loaded.report,
        cache,
        loaded.versions,
        wires=loaded.config.wires,
        site_language=loaded.config.language,
    )
    versions = dict(loaded.versions)
    versions.update((("analysis", slug), analyses.digest(slug)) for slug in analyses)
    site = Site(
        config=loaded.config,
        articles=loaded.articles,
        briefings=loaded.briefings,
        versions=versions,
        analyses=analyses,
    )
    # The site is complete: it is only read from here on, for as long as the build lasts. Frozen,
    # it is left out of the collector's full passes, which the next stages' allocations set off.
    gc.freeze()
    log.info("analyse: %d stories (%d analysed) in %.2f s", len(analyses), analysed, perf_counter() - started)
    return site


def refuse_problems(report: Report, strict: bool) -> None:
    """Stop before anything is written when the content has errors (or warnings, `strict`)."""
    if report.errors or (strict and report.warnings):
        raise ContentError(report.sorted())


def index(site: Site) -> Indexes:
    """The lists the pages are made from: stories by topic, outlet, month, storyline, citation."""
    started = perf_counter()
    indexes = build_indexes(site)
    log.info(
        "index: %d topics, %d outlets, %d storylines in %.2f s",
        len(indexes.by_topic),
        len(indexes.by_outlet),
        len(indexes.storylines),
        perf_counter() - started,
    )
    return indexes


def plan(
    root: Path,
    site: Site,
    indexes: Indexes,
    output: Path,
    env: jinja2.Environment | None = None,
    last: LastBuild | None = None,
    remember: bool = False,
) -> OutputPlan:
    """Every output of the site, and which must be made again since the last build (`last`,
    read from `.cache/` by default); see `outputs.plan`."""
    started = perf_counter()
    planned = plan_outputs(
        root,
        site,
        indexes,
        output,
        env or environment(root),
        last or LastBuild.load(root, output),
        remember,
    )
    log.info(
        "plan: %d pages, %d to render, %d other files to make, %d to remove in %.2f s",
        len(planned.pages),
        len(planned.rendering.pages),
        len(planned.rendering.others),
        len(planned.removed),
        perf_counter() - started,
    )
    return planned


def render(plan: OutputPlan, jobs: int) -> None:
    """Render the pages the plan lists and make its other outputs, on `jobs` processes."""
    started = perf_counter()
    render_outputs(plan, jobs)
    log.info(
        "render: %d pages, %d other files in %.2f s",
        plan.rendered,
        len(plan.rendering.others),
        perf_counter() - started,
    )


def write(plan: OutputPlan) -> Staged:
    """Write the new files into a staging folder beside the output (not into it yet)."""
    started = perf_counter()
    staged = stage_outputs(plan)
    log.info("write: %d files in %.2f s", len(plan.files.files), perf_counter() - started)
    return staged


def search(plan: OutputPlan, staged: Staged, jobs: int, enabled: bool = True, defer: bool = False) -> None:
    """Index the parts of the search index whose story pages changed into the staging folder
    (see `write.publish`); `defer` leaves the index as it is, for a later refresh."""
    started = perf_counter()
    index_search(plan, staged, jobs, enabled, defer)
    if not enabled:
        state = "off"
    elif defer and not plan.full:
        state = "left for later"
    else:
        state = f"{len(plan.stale)} of {len(plan.parts)} parts indexed"
    log.info("search: %s in %.2f s", state, perf_counter() - started)


def publish(plan: OutputPlan, staged: Staged, held: Held, save: bool = True) -> Manifest:
    """Move the staged files into the output at once, remove what the site no longer makes,
    and record the manifest (saved to `.cache/` unless `save` is False)."""
    started = perf_counter()
    manifest = move_in(plan, staged, held, save)
    log.info(
        "publish: %d files in, %d removed in %.2f s",
        len(plan.files.files) + len(staged.bundle),
        len(plan.removed) + len(staged.gone),
        perf_counter() - started,
    )
    return manifest
