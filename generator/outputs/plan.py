"""Deciding what the output folder must hold, and rendering only what changed.

Every output (page, feed, sitemap, static file, search bundle) gets a fingerprint from its
identity and what it read (see `deps`). An output whose fingerprint matches the last build's
manifest, and whose file is still on disk as written, is kept; the rest are rendered. Outputs
in the manifest that the content no longer makes are removed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from generator.errors import BuildError
from generator.incremental.content_cache import CACHE_DIR, fingerprint
from generator.incremental.deps import Digests, Interned, Key, Reads, signature
from generator.incremental.manifest import Manifest
from generator.index.indexes import Indexes, build_indexes
from generator.model.site import Briefing, Site
from generator.outputs import feeds
from generator.outputs.search import Part, in_bundle, owner, stale_parts, with_fingerprints
from generator.preview.quickplan import LastPlan, plan_quick
from generator.preview.state import Known, Warm
from generator.render.pages import Page, Planner, plan_pages
from generator.render.run import RenderJob, iter_made, iter_rendered
from generator.render.templates import STATIC_DIR, environment, site_view, template_digests
from generator.render.urls import Urls, output_path
from generator.render.views import ViewBuilder
from generator.write.writer import OutputSet, spool_folder

SPOOL_PAGES = 1000  # a build rendering this many pages writes them away as they come
# (path, origin, identity, the keys it reads, how to make it); keys and bytes are made on demand
Generated = tuple[str, str, str, Callable[[], tuple[Key, ...]], Callable[[], bytes]]


@dataclass
class OutputPlan:
    """What one build writes, keeps and removes, with the fingerprint of each output."""

    output: Path
    manifest: Manifest
    indexes: Indexes
    pages: list[Page]
    files: OutputSet = field(default_factory=OutputSet)
    entries: dict[str, tuple[str, tuple[Key, ...]]] = field(default_factory=dict)
    others_kept: bool = False  # outputs of the manifest not in `entries` stay as they are (quick plan)
    versioned: dict[Key, tuple[str, str]] = field(default_factory=dict)  # for the next build's Digests
    inputs: str = ""  # see `_inputs` ("": not computed, as in the quick plan)
    interned: Interned | None = None  # the key objects of this plan, one per key
    removed: list[str] = field(default_factory=list)
    rendered: int = 0
    parts: list[Part] = field(default_factory=list)  # of the search index, with fingerprints
    stale: list[Part] = field(default_factory=list)  # the parts this build indexes again
    indexed: dict[str, str] = field(default_factory=dict)  # story page -> `indexed_digest` of it
    jobs: int = 1  # processes (and Pagefind runs) at once
    known: Known | None = None  # what the preview keeps of this build once it is written
    last: LastPlan | None = None  # what the preview's next quick plan starts from
    same_count: int | None = None  # the quick plan's, which lists no kept files: the last build's count

    @property
    def file_count(self) -> int:
        """The files the build leaves in the output, the search bundle aside."""
        return len(self.files) if self.same_count is None else self.same_count

    @property
    def full(self) -> bool:
        """True when there is no usable last build: everything is written afresh."""
        return not self.manifest.entries

    @property
    def index_now(self) -> bool:
        """True when this build indexes (some of) the search index."""
        return bool(self.stale)


def plan_outputs(
    root: Path, site: Site, output: Path, jobs: int, search: bool, warm: Warm | None = None
) -> OutputPlan:
    """Render what changed since the last build into an OutputPlan; touch nothing on disk.

    With `warm`, the last build's manifest is the one in memory, and with `warm.defer_search`
    the search bundle is left as it is (a later build re-indexes).
    """
    urls = Urls(site.config.base_url)
    if warm is not None:
        quick = plan_quick(
            root,
            site,
            search,
            jobs,
            warm,
            lambda idx, pages, only: _generated(root, site, idx, urls, pages, only),
        )
        if quick is not None:
            return quick
    indexes = build_indexes(site)
    reads = Reads()
    views = ViewBuilder(site, indexes, urls, reads)
    env = warm.environment(root) if warm is not None else environment(root)
    view = site_view(site.config, urls, root)
    site_wide = fingerprint(replace(site.config, topics={}, outlets={}, storylines={}), view)
    kept = warm.manifest if warm is not None else None
    last = kept if kept is not None and kept.output == output else Manifest.load(root / CACHE_DIR, output)
    if warm is not None and warm.known is not None and last is kept:
        known: Known | None = warm.known
    else:  # a one-off build (or a preview's first): what the manifest kept of the last build
        known = Known(last.key_digests, last.signatures) if last.signatures else None
    previous = known.previous if known is not None else None
    templates = template_digests(env)
    digests = Digests(
        site, indexes, site.versions, site_wide, templates, previous, warm is not None, last.versioned
    )
    plan = OutputPlan(output, last, indexes, [], inputs=_inputs(site, site_wide))
    planner = Planner(site, indexes, urls, views)
    plan.pages = plan_pages(planner)
    manifest, files = plan.manifest, plan.files
    same_inputs = known is not None and plan.inputs == last.inputs
    prints = _Fingerprints(digests, manifest, known, same_inputs)

    dirty: list[Page] = []
    for page in plan.pages:
        path = output_path(page.rel)
        keys = manifest.keys(path)
        if keys is not None:
            current = prints.of(path, page.identity, page.template, keys)
            if manifest.fresh(path, current):
                files.keep(path, _origin(page))
                plan.entries[path] = (current, keys)
                if path in last.indexed:
                    plan.indexed[path] = last.indexed[path]
                continue
        dirty.append(page)
    if len(dirty) >= SPOOL_PAGES:  # write new files away as they come, not all held at once
        files.spool = spool_folder(output)
        files.discard_spool()  # what a failed build of this process may have left
    try:
        rendered = iter_rendered(RenderJob(dirty, env, view, reads, files.writer()), jobs)
        interned = plan.interned = Interned(last.key_digests)
        for page, (html, read, indexed) in zip(dirty, rendered, strict=True):
            keys = interned(read)
            path = output_path(page.rel)
            if indexed:
                plan.indexed[path] = indexed
            files.made(path, html, _origin(page))
            plan.entries[path] = (digests.fingerprint(page.identity, page.template, keys), keys)
            prints.rendered(path, page.identity, page.template)
        plan.rendered = len(dirty)

        todo: list[tuple[str, str, Callable[[], bytes]]] = []
        for path, origin, identity, keys_of, make in _generated(root, site, indexes, urls, plan.pages):
            kept_keys = manifest.keys(path) if same_inputs else None  # the same inputs: the same keys
            keys = kept_keys if kept_keys is not None else keys_of()
            current = prints.of(path, identity, None, keys)
            if manifest.fresh(path, current):
                files.keep(path, origin)
            else:
                todo.append((path, origin, make))
            plan.entries[path] = (current, keys)
        made = iter_made([(path, make) for path, _, make in todo], files.writer(), jobs)
        for (path, origin, _), data in zip(todo, made, strict=True):
            files.made(path, data, origin)
    except BaseException:
        files.discard_spool()
        raise

    plan.jobs = jobs
    deferred = search and not plan.full and warm is not None and warm.defer_search
    if search:
        entries, searched = plan.entries, plan.indexed
        plan.parts = with_fingerprints(planner.search_parts(), lambda p: searched.get(p) or entries[p][0])
        plan.stale = [] if deferred else stale_parts(plan.parts, manifest)
    folders, redone = {p.folder for p in plan.parts}, {p.folder for p in plan.stale}
    produced = files.paths()
    for path, entry in manifest.entries.items():
        if in_bundle(path):
            part = owner(path)
            if deferred or (part in folders and part not in redone):  # unchanged, or left for later
                plan.entries[path] = (entry.fingerprint, ())
            elif not search or part not in folders:
                plan.removed.append(path)
            # otherwise the search step replaces the part and removes what it no longer has
        elif path not in produced:
            plan.removed.append(path)
    plan.removed.sort()
    memo = {**known.digests, **digests.memo} if same_inputs and known is not None else digests.memo
    plan.known = Known(memo, prints.signatures, digests if warm is not None else None)
    plan.versioned = {**last.versioned, **digests.versioned}  # outputs kept unhashed read the rest
    if warm is not None:
        plan.last = LastPlan.of(plan, site_wide, templates, view, planner)
    return plan


class _Fingerprints:
    """Output fingerprints, reusing the last build's where nothing an output read has changed.

    With what the last build computed (`Known`: from the manifest, or in the preview's memory),
    an output whose signature (identity and template) is as it was, and none of whose keys has a
    new digest, keeps the fingerprint the manifest holds, without hashing its keys again.
    """

    def __init__(self, digests: Digests, manifest: Manifest, known: Known | None, same_inputs: bool = False):
        self.digests, self.manifest, self.before = digests, manifest, known
        self.changed: set[Key] = set()
        if known is not None and not same_inputs:  # the same inputs: no key can have a new digest
            self.changed = digests.changed_since(known.digests)
        digests.drop_previous()  # keep one build in memory, not a chain of them
        self.signatures: dict[str, str] = {}

    def _signature(self, path: str, identity: str, template: str | None) -> str:
        found = self.signatures[path] = signature(identity, self.digests.templates.get(template or "", ""))
        return found

    def of(self, path: str, identity: str, template: str | None, keys: tuple[Key, ...]) -> str:
        mark = self._signature(path, identity, template)
        before, entry = self.before, self.manifest.entries.get(path)
        unchanged = before is not None and before.signatures.get(path) == mark
        if unchanged and entry is not None and self.changed.isdisjoint(keys):
            return entry.fingerprint
        return self.digests.fingerprint(identity, template, keys)

    def rendered(self, path: str, identity: str, template: str | None) -> None:
        """Note a rendered output's signature."""
        self._signature(path, identity, template)


def _inputs(site: Site, site_wide: str) -> str:
    """A digest of all that every key's digest is made from (see `deps`): the site-wide settings,
    the topics, outlets and storylines, the stories shown, in order, and the version of every
    note, article and analysis. While it is the last build's, no key has a new digest."""
    config = site.config
    shown = [b.slug for b in site.briefings]
    # The versions in load order (a function of the files): a new order only costs this shortcut.
    return fingerprint(site_wide, config.topics, config.outlets, config.storylines, shown, site.versions)


def _origin(page: Page) -> str:
    return f"{page.template} for /{page.rel}"


def _feed_keys(briefings: list[Briefing], site: Site, *more: Key) -> tuple[Key, ...]:
    """What a feed's entries read: the briefings, their articles, outlets and topics (and `more`)."""
    keys: set[Key] = {("site", ""), *more}
    for briefing in briefings:
        keys.add(("briefing", briefing.slug))
        keys.update(("topic", t) for t in briefing.topics)
        for article_id in briefing.sources:
            keys.add(("article", article_id))
            if article_id in site.articles:
                keys.add(("outlet", site.articles[article_id].outlet))
    return tuple(sorted(keys))


def _generated(
    root: Path, site: Site, indexes: Indexes, urls: Urls, pages: list[Page], only: set[str] | None = None
) -> Iterator[Generated]:
    """Every output that is not a page: (path, origin, identity, keys read, how to make it).

    With `only`, the feeds are limited to those paths (the quick plan's), and nothing else is
    made."""
    config, length = site.config, site.config.feed_length
    title = config.title
    entries = feeds.Entries(site, urls)  # each entry made once for all the feeds carrying it
    if only is None or urls.feed() in only or urls.json_feed() in only:
        newest = feeds.chosen(site.briefings, length)
        identity = ",".join(b.slug for b in newest)
        keys = partial(_feed_keys, newest, site)
        yield (
            urls.feed(),
            "feed",
            identity,
            keys,
            lambda: feeds.atom(site, urls, site.briefings, title, urls.feed(), urls.home(), entries),
        )
        yield urls.json_feed(), "JSON feed", identity, keys, lambda: feeds.json_feed(site, urls)
    lists = [
        *((urls.topic_feed(slug), "topic", slug, b) for slug, b in sorted(indexes.by_topic.items())),
        *((urls.storyline_feed(slug), "storyline", slug, b) for slug, b in indexes.storylines.items()),
    ]
    for rel, kind, slug, briefings in lists:
        if only is not None and rel not in only:
            continue
        what, key = f"{kind} {slug}", (kind, slug)
        if kind == "topic":
            name, page_rel = config.topics[slug].name, urls.topic(slug)
        else:
            name, page_rel = config.storylines[slug].name, urls.storyline(slug)
        chosen = feeds.chosen(briefings, length)
        make = partial(feeds.atom, site, urls, briefings, f"{name}: {title}", rel, page_rel, entries)
        keys_of = partial(_feed_keys, chosen, site, key)
        yield rel, f"feed of {what}", ",".join(b.slug for b in chosen), keys_of, make
    if only is not None:
        return
    listed = "\n".join(f"{p.rel} {p.modified}" for p in pages if not p.noindex)
    site_only = partial(tuple, (("site", ""),))
    yield urls.sitemap(), "sitemap", listed, site_only, lambda: feeds.sitemap(pages, urls)
    yield urls.robots(), "robots.txt", "", site_only, lambda: feeds.robots(urls)
    for rel, data in _static(root / STATIC_DIR):
        origin = f"{STATIC_DIR}/{rel}"
        digest = hashlib.blake2b(data, digest_size=16).hexdigest()
        yield origin, origin, digest, tuple, partial(bytes, data)
    yield ".nojekyll", "GitHub Pages marker", "", tuple, lambda: b""
    if config.cname:
        cname = f"{config.cname}\n".encode()
        yield "CNAME", "site.yaml base_url", config.cname, tuple, lambda: cname


def _static(folder: Path) -> Iterator[tuple[str, bytes]]:
    """The files of `static/` as they are, skipping hidden and editor files; links out fail."""
    if not folder.is_dir():
        return
    project = folder.parent.resolve()
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or path.name.endswith("~") or not path.is_file():
            continue
        if not path.resolve().is_relative_to(project):
            raise BuildError(
                f"{STATIC_DIR}/{rel.as_posix()}: is a link to a file outside the project; refused"
            )
        yield rel.as_posix(), path.read_bytes()
