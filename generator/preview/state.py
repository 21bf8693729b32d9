"""What a long-running preview keeps in memory between rebuilds.

A one-off build loads its caches from `.cache/`, stats every content file and saves the caches
again. The preview keeps them loaded instead: the watcher tells it which files changed, so a
rebuild reads and stats only those, and the caches are written to disk when the preview is idle
or stops (they are accelerators: a preview killed before saving only makes the next build
slower). The search index can be refreshed after the browser has reloaded (`defer_search`).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from generator.analysis.cache import AnalysisCache
from generator.errors import BriefingError, Problem, Report
from generator.incremental.content_cache import ContentCache
from generator.incremental.manifest import Manifest
from generator.load.content import content_files
from generator.outputs.plan import Known, LastBuild, OutputPlan
from generator.preview.quickload import Delta, LoadState
from generator.preview.quickplan import LastPlan
from generator.render.templates import environment
from generator.write.swap import build_lock, process_writer

log = logging.getLogger("briefing.serve")


@dataclass
class Warm:
    """Caches kept between the builds of one process, and the files changed since the last."""

    content: ContentCache | None = None
    analyses: AnalysisCache | None = None
    manifest: Manifest | None = None
    known: Known | None = None  # set with `manifest`, after a build is written
    defer_search: bool = False
    unsaved: bool = False
    pending: set[str] | None = None  # absolute paths the watcher reported; None: unknown
    lock: threading.Lock = field(default_factory=threading.Lock)
    env: jinja2.Environment | None = None
    listings: dict[str, tuple[int | None, list[str], list[Problem]]] = field(default_factory=dict)
    loaded: LoadState | None = None  # the last successful load, to patch (see `reload`)
    delta: Delta | None = None  # what the last load patched; None after a full load
    plan: LastPlan | None = None  # set with `manifest`: what a quick plan starts from

    def environment(self, root: Path) -> jinja2.Environment:
        """The template environment, kept so templates compile once (Jinja reloads any template
        whose file changed)."""
        if self.env is None:
            self.env = environment(root, auto_reload=True)
        return self.env

    def listed(self, root: Path, folder: str, suffix: str, report: Report) -> list[str]:
        """`content_files`, reused while the folder's modification time is the same (adding,
        removing or renaming a file changes it; editing one in place does not)."""
        try:
            modified: int | None = (root / folder).stat().st_mtime_ns
        except OSError:
            modified = None
        kept = self.listings.get(folder)
        if kept is not None and modified is not None and kept[0] == modified:
            report.problems.extend(kept[2])
            return kept[1]
        own = Report(root)
        paths = content_files(root, folder, suffix, own)
        report.problems.extend(own.problems)
        self.listings[folder] = (modified, paths, own.problems)
        return paths

    def last_build(self, root: Path, output: Path) -> LastBuild:
        """The last build of `output`: the one in memory when it was this preview's, else the
        manifest on disk."""
        kept = self.manifest
        if kept is None or kept.output != output:
            return LastBuild.load(root, output)
        return LastBuild(kept, self.known) if self.known is not None else LastBuild.of(kept)

    def keep(self, plan: OutputPlan, manifest: Manifest, quick: bool) -> None:
        """Keep what a written build computed, for the next to start from."""
        self.manifest, self.known = manifest, plan.known()
        if quick and self.plan is not None:
            self.plan.rendered(plan)
        else:
            self.plan = LastPlan.of(plan)
        self.plan.written()
        self.built()

    def saw(self, paths: set[str]) -> None:
        """Note files the watcher reported (called from its thread)."""
        with self.lock:
            if self.pending is not None:
                self.pending |= paths

    def begin(self) -> set[str] | None:
        """Start a load: the files changed since the last one began (None: check every file).
        What the watcher reports from now on belongs to the next load."""
        with self.lock:
            changed, self.pending = self.pending, set()
        return changed

    def built(self) -> None:
        """Something was written that the caches on disk do not know yet."""
        self.unsaved = True

    def forget(self) -> None:
        """Changes may have been missed (a failed build, a watcher restart): check every file."""
        with self.lock:
            self.pending = None
        self.known = None
        self.loaded = None
        self.plan = None

    def reload(self) -> None:
        """Another process has built the output since this preview's last build: forget that
        build (its manifest, plan and load), so the next one reads the manifest on disk and
        checks every file. The content caches are kept: they are keyed by what the files hold."""
        self.forget()
        self.manifest = None
        self.delta = None
        log.info("another process has built the output since the last rebuild; reading it again")

    def save(self, root: Path) -> None:
        """Write the caches and the manifest to `.cache/` (the preview does this when idle). The
        manifest only while this process's build is the last that wrote the output: another
        process's build has saved its own."""
        if not self.unsaved:
            return
        for part in (self.content, self.analyses):
            if part is not None:
                part.save()
        if self.manifest is not None:
            try:
                with build_lock(self.manifest.output) as held:
                    if held.previous_writer == process_writer():
                        self.manifest.save()
            except (BriefingError, OSError) as error:  # another build is running: it saves its own
                log.debug("manifest not saved: %s", error)
        self.unsaved = False
        log.debug("caches saved under %s", root / ".cache")
