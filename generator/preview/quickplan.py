"""The preview's quick plan: after a quick reload, reconsider only the outputs that read what changed.

A full plan lists every page, fingerprints every output and compares each with the manifest.
After a quick reload (see `reload`) the site has the shape it had: the same pages, lists and
feeds, with some notes and articles replaced. Then the only outputs that can differ are those
that read a key of a replaced object (a key whose kind is a version kind, or follows one:
`deps.BY_VERSION`): the preview keeps, from its last build, which outputs read each such key,
and renders only those whose key digests moved. Every other output keeps its manifest entry;
the page list, indexes and planner of the last build are reused.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from time import perf_counter

import jinja2

from generator.incremental.deps import BY_VERSION, Digests, Key, Reads
from generator.incremental.manifest import Manifest
from generator.index.indexes import Indexes
from generator.model.site import Site
from generator.outputs.plan import Known, OutputPlan, Rendering, generated
from generator.outputs.search import in_bundle
from generator.preview.quickload import Delta
from generator.render.pages import Page, Planner
from generator.render.templates import SiteView
from generator.render.urls import output_path
from generator.render.views import ViewBuilder

log = logging.getLogger("briefing")
_QUICK = frozenset(BY_VERSION)  # the kinds of key a quick reload can move (see `deps`)


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
    def of(cls, plan: OutputPlan) -> LastPlan:
        """What to keep of a full plan, once it is rendered."""
        last = cls(
            plan.output,
            None,
            plan.site_wide,
            plan.templates,
            plan.rendering.view,
            plan.indexes,
            plan.planner,
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

    def rendered(self, plan: OutputPlan) -> None:
        """Note what the pages of a quick plan read now."""
        before = plan.manifest.entries
        for page in plan.rendering.pages:
            path = output_path(page.rel)
            self.note(path, before[path].keys, plan.entries[path][1])

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
    env: jinja2.Environment,
    last: LastPlan,
    known: Known,
    delta: Delta,
    manifest: Manifest,
    positions: dict[str, int],
    search: bool,
) -> OutputPlan | None:
    """The plan after a quick reload (`delta` says what it replaced), or None when the full
    plan is needed. `positions` give each shown story's place in `site.briefings`; the last
    plan's indexes and planner are updated to the new site in place."""
    started = perf_counter()
    if manifest.output != last.output or _inode(last.output) != last.output_inode:
        return None  # the output folder was replaced or removed behind the preview's back
    if not search and any(in_bundle(path) for path in manifest.entries):
        return None  # the full plan removes the search bundle

    shown = site.briefings  # the same order as the last load's (see `reload`)
    briefings = {slug: shown[positions[slug]] for slug in delta.briefings if slug in positions}
    indexes = last.indexes.replaced(site, briefings, {i: site.articles[i] for i in delta.articles})
    reads = Reads()
    urls = last.planner.urls
    last.planner.rebind(site, indexes, ViewBuilder(site, indexes, urls, reads))
    last.indexes = indexes
    digests = Digests(
        site, indexes, site.versions, last.site_wide, last.templates, known.previous, True, manifest.versioned
    )
    idents = delta.briefings | delta.articles | delta.stories
    candidates = [(kind, ident) for ident in idents for kind in BY_VERSION if (kind, ident) in last.readers]
    moved = [key for key in candidates if digests.of(key) != known.digests.get(key)]
    digests.drop_previous()  # keep one build in memory, not a chain of them
    affected: set[str] = set()
    for key in moved:
        affected.update(last.readers[key])

    pages = last.by_path
    dirty = [pages[path] for path in sorted(affected) if path in pages]
    plan = OutputPlan(
        last.output,
        manifest,
        indexes,
        last.pages,
        last.planner,
        Rendering(dirty, [], env, last.view, reads),
        digests,
        known,
        others_kept=True,
        remember=True,
        site_wide=last.site_wide,
        templates=last.templates,
        same_count=last.file_count,  # the same outputs as the last build (the same shape)
    )
    others = {path for path in affected if path not in pages}
    for path, origin, listing, _, make in (
        generated(root, site, indexes, urls, last.pages, others) if others else ()
    ):
        keys = manifest.entries[path].keys  # an output of the same shape reads the same keys
        plan.entries[path] = (digests.fingerprint(listing, None, keys), keys)
        plan.rendering.others.append((path, origin, make))
    log.info(
        "plan: the quick plan, %d of %d keys moved, %d outputs affected in %.2f s",
        len(moved),
        len(candidates),
        len(affected),
        perf_counter() - started,
    )
    return plan
