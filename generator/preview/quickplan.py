"""The preview's quick plan: after a quick reload, reconsider only the outputs that read what changed.

A full plan lists every page, fingerprints every output and compares each with the manifest.
After a quick reload (see `reload`) the site has the shape it had: the same pages, lists and
feeds, with some notes and articles replaced. Then the only outputs that can differ are those
that read a key of a replaced object (its `briefing`, `card`, `title`, `dated`, `article`,
`outlet-of`, `analysis` or `profiles`): the preview keeps, from its last build, which outputs
read each such key, and renders only those whose key digests moved. Every other output keeps
its manifest entry; the page list, indexes and planner of the last build are reused.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from generator.incremental.deps import Digests, Key, Reads
from generator.index.indexes import Indexes
from generator.model.site import Site
from generator.outputs.search import in_bundle, stale_parts, with_fingerprints
from generator.preview.state import Known
from generator.render.pages import Page, Planner
from generator.render.run import RenderJob, iter_rendered
from generator.render.templates import SiteView
from generator.render.urls import output_path
from generator.render.views import ViewBuilder

if TYPE_CHECKING:
    from generator.outputs.plan import Generated, OutputPlan
    from generator.preview.state import Warm

log = logging.getLogger("briefing.plan")
# The kinds of key a quick reload can change: those that follow one note, article or analysis.
QUICK_KINDS = ("briefing", "card", "title", "dated", "article", "outlet-of", "analysis", "profiles")
_QUICK = frozenset(QUICK_KINDS)


@dataclass
class LastPlan:
    """What the preview keeps of the plan of its last written build."""

    output: Path
    output_inode: int | None
    site_wide: str
    templates: dict[str, str]
    view: SiteView
    indexes: Indexes
    planner: Planner
    pages: list[Page]
    by_path: dict[str, Page]
    file_count: int  # the outputs of the build, the search bundle aside
    readers: dict[Key, list[str]] = field(default_factory=dict)  # quick-kind key -> outputs

    @classmethod
    def of(
        cls,
        plan: OutputPlan,
        site_wide: str,
        templates: dict[str, str],
        view: SiteView,
        planner: Planner,
    ) -> LastPlan:
        last = cls(
            plan.output,
            None,
            site_wide,
            templates,
            view,
            plan.indexes,
            planner,
            plan.pages,
            {output_path(p.rel): p for p in plan.pages},
            plan.file_count,
        )
        for path, (_, keys) in plan.entries.items():
            last.note(path, (), keys)
        return last

    def note(self, path: str, before: Iterable[Key], after: Iterable[Key]) -> None:
        """`path` read `before` last time and `after` now."""
        readers = self.readers
        old, new = {k for k in before if k[0] in _QUICK}, {k for k in after if k[0] in _QUICK}
        for key in old - new:
            readers[key].remove(path)
        for key in new - old:
            readers.setdefault(key, []).append(path)

    def written(self) -> None:
        """The build was written: note the output folder (a new one makes the next plan full)."""
        self.output_inode = _inode(self.output)


def _inode(path: Path) -> int | None:
    try:
        return os.stat(path).st_ino
    except OSError:
        return None


def plan_quick(
    root: Path,
    site: Site,
    search: bool,
    jobs: int,
    warm: Warm,
    generated: Callable[[Indexes, list[Page], set[str]], Iterable[Generated]],
) -> OutputPlan | None:
    """The plan after a quick reload, or None when the full plan is needed.

    `generated(indexes, pages, paths)` gives those of the outputs that are not pages (feeds)
    whose path is one of `paths`.
    """
    from generator.outputs.plan import OutputPlan

    last, known, delta, manifest, loaded = warm.plan, warm.known, warm.delta, warm.manifest, warm.loaded
    if last is None or known is None or delta is None or manifest is None or loaded is None:
        return None
    if manifest.output != last.output or _inode(last.output) != last.output_inode:
        return None  # the output folder was replaced or removed behind the preview's back
    if not search and any(in_bundle(path) for path in manifest.entries):
        return None  # the full plan removes the search bundle

    shown, places = site.briefings, loaded.positions  # the same order as the last load's (see `reload`)
    briefings = {slug: shown[places[slug]] for slug in delta.briefings if slug in places}
    indexes = last.indexes.replaced(site, briefings, {i: site.articles[i] for i in delta.articles})
    reads = Reads()
    last.planner.rebind(site, indexes, ViewBuilder(site, indexes, last.planner.urls, reads))
    last.indexes = indexes
    digests = Digests(
        site, indexes, site.versions, last.site_wide, last.templates, known.previous, True, manifest.versioned
    )
    idents = delta.briefings | delta.articles | delta.stories
    candidates = [(kind, ident) for ident in idents for kind in QUICK_KINDS if (kind, ident) in last.readers]
    moved = [key for key in candidates if digests.of(key) != known.digests.get(key)]
    digests.drop_previous()  # keep one build in memory, not a chain of them
    affected: set[str] = set()
    for key in moved:
        affected.update(last.readers[key])

    plan = OutputPlan(last.output, manifest, indexes, last.pages, others_kept=True)
    files = plan.files.files
    pages = last.by_path
    dirty = [pages[path] for path in sorted(affected) if path in pages]
    job = RenderJob(dirty, warm.environment(root), last.view, reads)
    for page, (html, keys, indexed) in zip(dirty, iter_rendered(job, jobs), strict=True):
        path = output_path(page.rel)
        files[path] = html
        if indexed:
            plan.indexed[path] = indexed
        plan.entries[path] = (digests.fingerprint(page.identity, page.template, keys), keys)
        last.note(path, manifest.entries[path].keys, keys)
    plan.rendered = len(dirty)
    others = {path for path in affected if path not in pages}
    for path, _, identity, _, make in generated(indexes, last.pages, others) if others else ():
        keys = manifest.entries[path].keys  # an output of the same shape reads the same keys
        files[path] = make()
        plan.entries[path] = (digests.fingerprint(identity, None, keys), keys)
    plan.same_count = last.file_count  # the same outputs as the last build (the same shape)

    plan.jobs = jobs
    if search and not warm.defer_search:
        searched = plan.indexed
        plan.parts = with_fingerprints(
            last.planner.search_parts(),
            lambda p: searched.get(p) or manifest.indexed_print(p),
        )
        plan.stale = stale_parts(plan.parts, manifest)
    plan.known = Known({**known.digests, **digests.memo}, known.signatures, digests)
    plan.versioned = {**manifest.versioned, **digests.versioned}
    plan.last = last
    log.info(
        "quick plan: %d of %d keys moved, %d outputs affected", len(moved), len(candidates), len(affected)
    )
    return plan
