"""The preview's build: the stages of `build`, run with what the preview keeps between builds.

The same stages as `build` (see `pipeline`), in the same order, under the same lock, with the
preview's memory (`Warm`) handed to them: its caches, its last build, its folder listings.
After an in-place edit of content files two shortcuts stand in for stages: the quick reload
(`quickload`: the last load patched, and the edited stories analysed again, for load and
analyse) and the quick plan (`quickplan`: only the outputs that read what changed, for index
and plan). Each falls back to the stages whenever it cannot be sure to give what they give.
"""

from __future__ import annotations

import gc
import logging
from pathlib import Path
from time import perf_counter

from generator.analysis.cache import AnalysisCache
from generator.build import BuildOptions, BuildResult
from generator.errors import Report
from generator.forked import cores
from generator.incremental.content_cache import ContentCache
from generator.load.config import CONFIG_FILE
from generator.load.content import ARTICLES_DIR, BRIEFINGS_DIR, LoadOptions
from generator.model.site import Site
from generator.outputs.plan import OutputPlan
from generator.pipeline import (
    analyse,
    holding,
    index,
    load,
    plan,
    publish,
    refuse_problems,
    render,
    search,
    write,
)
from generator.preview.quickload import LoadState, reload, stat_of
from generator.preview.quickplan import plan_quick
from generator.preview.state import Warm
from generator.write.outfolder import output_folder
from generator.write.swap import process_writer

log = logging.getLogger("briefing")


def rebuild(root: Path, options: BuildOptions, warm: Warm) -> BuildResult:
    """Build as `build` does, keeping caches and the last build in `warm`; nothing is saved to
    `.cache/` (see `Warm.save`). The preview waits for another process's build to end, then
    drops what it kept of its own last build."""
    root = root.resolve()
    output = output_folder(root, options.output)
    jobs = options.jobs or cores()
    with holding(output, process_writer(), wait=True) as held:
        if held.previous_writer != process_writer():
            warm.reload()  # another process has written the output since this one's last build
        started = perf_counter()
        site, report = load_warm(root, options.loading, warm)
        refuse_problems(report, options.strict)
        planned, quick = _plan(root, site, output, options.search, warm)
        render(planned, jobs)
        staged = write(planned)
        search(planned, staged, jobs, options.search, defer=warm.defer_search)
        manifest = publish(planned, staged, held, save=False)
        warm.keep(planned, manifest, quick)
        return BuildResult.of(site, report, planned, perf_counter() - started)


def load_warm(root: Path, options: LoadOptions, warm: Warm) -> tuple[Site, Report]:
    """The load and analyse stages, with the preview's caches; or the last load patched with
    the files the watcher reported, when that is enough (see `quickload`)."""
    changed = warm.begin()
    warm.delta = None
    quick = _quick(root, options, warm, changed)
    if quick is not None:
        return quick
    warm.loaded = None
    content = warm.content = warm.content or ContentCache(root)
    content.trust_unchanged(changed)
    analyses = warm.analyses = warm.analyses or AnalysisCache(root)
    config_stat = stat_of(root / CONFIG_FILE)  # before reading: a save after it is seen next time
    loaded = load(root, options, content, warm.listed)
    cited = Report(root)  # kept apart, for the quick reload to renew
    site = analyse(root, loaded, analyses, cited)
    loaded.report.problems.extend(cited.problems)
    if not loaded.report.errors:
        warm.loaded = LoadState.of(options, config_stat, loaded, site, cited.problems)
    return site, loaded.report


def _quick(
    root: Path, options: LoadOptions, warm: Warm, changed: set[str] | None
) -> tuple[Site, Report] | None:
    """The last load patched with the files the watcher reported (see `quickload.reload`), or None."""
    state, content, analyses = warm.loaded, warm.content, warm.analyses
    if state is None or changed is None or content is None or analyses is None:
        return None
    if (state.drafts, state.base_url) != (options.drafts, options.base_url):
        return None
    started = perf_counter()
    report = Report(root)
    listings = (
        warm.listed(root, ARTICLES_DIR, ".md", report),
        warm.listed(root, BRIEFINGS_DIR, ".yaml", report),
    )
    patched = reload(root, state, content, analyses, changed, report, listings)
    if patched is None:
        return None
    site, warm.delta = patched
    gc.freeze()  # as the analyse stage does: the site is only read from here on
    log.info(
        "load: the last load patched (%d files reported, %d stories analysed again) in %.2f s",
        len(changed),
        len(warm.delta.stories) if warm.delta is not None else 0,
        perf_counter() - started,
    )
    return site, report


def _plan(root: Path, site: Site, output: Path, search: bool, warm: Warm) -> tuple[OutputPlan, bool]:
    """The index and plan stages with the preview's last build; or, after a quick reload, only
    the outputs that read what it replaced (see `quickplan`). True when that was the quick plan."""
    env = warm.environment(root)
    last, known, delta, manifest, loaded = warm.plan, warm.known, warm.delta, warm.manifest, warm.loaded
    if last is not None and known is not None and delta is not None and manifest is not None and loaded:
        quick = plan_quick(root, site, env, last, known, delta, manifest, loaded.positions, search)
        if quick is not None:
            return quick, True
    indexes = index(site)
    return plan(root, site, indexes, output, env, warm.last_build(root, output), remember=True), False
