"""The plan stage: what the output folder must hold, and which outputs must be made again.

Every output (page, feed, sitemap, static file, search bundle) gets a fingerprint from its
listing and what it read (see `deps`). An output whose fingerprint matches the last build's
manifest, and whose file is still on disk as written, is kept; the others are listed for the
render stage (see `render.run`), which records what each page read and so its fingerprint.
Outputs in the manifest that the content no longer makes are removed. Planning touches nothing
on disk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

import jinja2

from generator.errors import BuildError
from generator.incremental.content_cache import CACHE_DIR, digest_of
from generator.incremental.deps import Digests, Interned, Key, Reads, listing_digest
from generator.incremental.manifest import Manifest
from generator.index.indexes import Indexes
from generator.model.site import Briefing, Site
from generator.outputs import feeds
from generator.outputs.search import Part, in_bundle
from generator.render.pages import Page, Planner, plan_pages
from generator.render.templates import STATIC_DIR, SiteView, site_view, template_digests
from generator.render.urls import Urls, output_path
from generator.render.views import ViewBuilder
from generator.write.writer import OutputSet

# (path, origin, listing, the keys it reads, how to make it); keys and bytes are made on demand
Generated = tuple[str, str, str, Callable[[], tuple[Key, ...]], Callable[[], bytes]]
Made = tuple[str, str, Callable[[], bytes]]  # an output that is not a page: (path, origin, make)


@dataclass(frozen=True)
class Known:
    """What the last written build computed: the digest of every key its outputs read, and each
    output's listing digest (of its listing and template). A one-off build reads it from the
    manifest; the preview keeps it in memory, with the `Digests` themselves (`previous`), whose
    loaded objects let the next build skip hashing the values of unchanged ones."""

    digests: dict[Key, str]
    listing_digests: dict[str, str]
    previous: Digests | None = None


@dataclass(frozen=True)
class LastBuild:
    """What the last written build of an output folder left to compare with: its manifest, and
    what it computed (read from the manifest, or kept in memory by the preview)."""

    manifest: Manifest
    known: Known | None

    @classmethod
    def of(cls, manifest: Manifest) -> LastBuild:
        """The last build as its manifest records it."""
        known = Known(manifest.key_digests, manifest.listing_digests) if manifest.listing_digests else None
        return cls(manifest, known)

    @classmethod
    def load(cls, root: Path, output: Path) -> LastBuild:
        """The last build as `.cache/` holds it (nothing, when there is no usable manifest)."""
        return cls.of(Manifest.load(root / CACHE_DIR, output))


@dataclass(frozen=True)
class Rendering:
    """What the render stage makes: the pages and other outputs listed, and what it needs."""

    pages: list[Page]  # to render, in page order
    others: list[Made]  # feeds, the sitemap, static files... to make
    env: jinja2.Environment
    view: SiteView
    reads: Reads  # what the views record each page's reads on


@dataclass
class OutputPlan:
    """What one build writes, keeps and removes, with the fingerprint of each output."""

    output: Path
    manifest: Manifest
    indexes: Indexes
    pages: list[Page]
    planner: Planner
    rendering: Rendering
    digests: Digests
    before: Known | None  # what the last build computed
    files: OutputSet = field(default_factory=OutputSet)
    entries: dict[str, tuple[str, tuple[Key, ...]]] = field(default_factory=dict)
    others_kept: bool = False  # outputs of the manifest not in `entries` stay as they are (quick plan)
    inputs: str = ""  # see `_inputs` ("": not computed, as in the quick plan)
    same_inputs: bool = False  # `inputs` are the last build's: no key can have a new digest
    remember: bool = False  # keep the `Digests` for the next build (the preview)
    prints: _Fingerprints | None = None  # (None in the quick plan, which keeps the listing digests)
    interned: Interned | None = None  # the key objects of this plan, one per key (None: as read)
    site_wide: str = ""  # a digest of the site-wide settings and the site view
    templates: dict[str, str] = field(default_factory=dict)  # template -> digest
    removed: list[str] = field(default_factory=list)
    rendered: int = 0
    parts: list[Part] = field(default_factory=list)  # of the search index, with fingerprints
    stale: list[Part] = field(default_factory=list)  # the parts this build indexes again
    indexed: dict[str, str] = field(default_factory=dict)  # story page -> `indexed_digest` of it
    same_count: int | None = None  # the quick plan's, which lists no kept files: the last build's count
    _known: Known | None = field(default=None, repr=False)

    @property
    def file_count(self) -> int:
        """The files the build leaves in the output, the search bundle aside."""
        return len(self.files) if self.same_count is None else self.same_count

    @property
    def full(self) -> bool:
        """True when there is no usable last build: everything is written afresh."""
        return not self.manifest.entries

    def took(self, page: Page, html: bytes, read: tuple[Key, ...], indexed: str) -> None:
        """Record a page the render stage made: its HTML (b"": in the spool), the keys it read,
        and (a story page) the digest of what the search index reads of it."""
        keys = self.interned(read) if self.interned is not None else read
        path = output_path(page.rel)
        if indexed:
            self.indexed[path] = indexed
        self.files.made(path, html, _origin(page))
        self.entries[path] = (self.digests.fingerprint(page.listing, page.template, keys), keys)
        if self.prints is not None:
            self.prints.rendered(path, page.listing, page.template)

    def indexed_print(self, path: str) -> str:
        """What a search part's fingerprint takes of a story page (see `search.with_fingerprints`):
        the digest of its indexed text, or its fingerprint."""
        found = self.indexed.get(path)
        if found:
            return found
        entry = self.entries.get(path)
        return entry[0] if entry is not None else self.manifest.indexed_print(path)

    def known(self) -> Known:
        """What this build computed, for the next one to compare with (once it is rendered)."""
        if self._known is None:
            self._known = self._computed()
        return self._known

    def _computed(self) -> Known:
        before, memo = self.before, self.digests.memo
        if before is not None and (self.same_inputs or self.others_kept):
            memo = {**before.digests, **memo}  # the keys this build did not look at are as they were
        if self.prints is not None:
            listings = self.prints.listing_digests
        else:
            listings = before.listing_digests if before is not None else {}
        return Known(memo, listings, self.digests if self.remember else None)

    def versioned(self) -> dict[Key, tuple[str, str]]:
        """The versioned digests for the next build's `Digests` (see `deps.VERSIONED`); outputs
        kept without hashing their keys read the last build's."""
        return {**self.manifest.versioned, **self.digests.versioned}


def plan_outputs(
    root: Path,
    site: Site,
    indexes: Indexes,
    output: Path,
    env: jinja2.Environment,
    last: LastBuild,
    remember: bool = False,
) -> OutputPlan:
    """List every output of the site, keep those unchanged since `last`, and list the others
    for the render stage; outputs of the last build the site no longer makes are removed.

    `remember` (the preview) keeps what the key digests were made from, for the next build.
    """
    urls = Urls(site.config.base_url)
    reads = Reads()
    views = ViewBuilder(site, indexes, urls, reads)
    view = site_view(site.config, urls, root)
    site_wide = digest_of(replace(site.config, topics={}, outlets={}, storylines={}), view)
    manifest, known = last.manifest, last.known
    previous = known.previous if known is not None else None
    templates = template_digests(env)
    digests = Digests(
        site, indexes, site.versions, site_wide, templates, previous, remember, manifest.versioned
    )
    planner = Planner(site, indexes, urls, views)
    pages = plan_pages(planner)
    inputs = _inputs(site, site_wide)
    same_inputs = known is not None and inputs == manifest.inputs
    prints = _Fingerprints(digests, manifest, known, same_inputs)
    plan = OutputPlan(
        output,
        manifest,
        indexes,
        pages,
        planner,
        Rendering([], [], env, view, reads),
        digests,
        known,
        inputs=inputs,
        same_inputs=same_inputs,
        remember=remember,
        prints=prints,
        interned=Interned(manifest.key_digests),
        site_wide=site_wide,
        templates=templates,
    )
    files, work = plan.files, plan.rendering
    made: list[str] = []  # the paths of the outputs to make again
    for page in pages:
        path = output_path(page.rel)
        keys = manifest.keys(path)
        if keys is not None:
            current = prints.of(path, page.listing, page.template, keys)
            if manifest.fresh(path, current):
                files.keep(path, _origin(page))
                plan.entries[path] = (current, keys)
                if path in manifest.indexed:
                    plan.indexed[path] = manifest.indexed[path]
                continue
        work.pages.append(page)
        made.append(path)

    for path, origin, listing, keys_of, make in generated(root, site, indexes, urls, pages):
        kept_keys = manifest.keys(path) if same_inputs else None  # the same inputs: the same keys
        keys = kept_keys if kept_keys is not None else keys_of()
        current = prints.of(path, listing, None, keys)
        if manifest.fresh(path, current):
            files.keep(path, origin)
        else:
            work.others.append((path, origin, make))
            made.append(path)
        plan.entries[path] = (current, keys)
    produced = files.paths().union(made)
    plan.removed = sorted(path for path in manifest.entries if path not in produced and not in_bundle(path))
    return plan


class _Fingerprints:
    """Output fingerprints, reusing the last build's where nothing an output read has changed.

    With what the last build computed (`Known`: from the manifest, or in the preview's memory),
    an output whose listing digest (of its listing and template) is as it was, and none of whose keys has a
    new digest, keeps the fingerprint the manifest holds, without hashing its keys again.
    """

    def __init__(self, digests: Digests, manifest: Manifest, known: Known | None, same_inputs: bool = False):
        self.digests, self.manifest, self.before = digests, manifest, known
        self.changed: set[Key] = set()
        if known is not None and not same_inputs:  # the same inputs: no key can have a new digest
            self.changed = digests.changed_since(known.digests)
        digests.drop_previous()  # keep one build in memory, not a chain of them
        self.listing_digests: dict[str, str] = {}

    def _listing_digest(self, path: str, listing: str, template: str | None) -> str:
        found = self.listing_digests[path] = listing_digest(
            listing, self.digests.templates.get(template or "", "")
        )
        return found

    def of(self, path: str, listing: str, template: str | None, keys: tuple[Key, ...]) -> str:
        mark = self._listing_digest(path, listing, template)
        before, entry = self.before, self.manifest.entries.get(path)
        unchanged = before is not None and before.listing_digests.get(path) == mark
        if unchanged and entry is not None and self.changed.isdisjoint(keys):
            return entry.fingerprint
        return self.digests.fingerprint(listing, template, keys)

    def rendered(self, path: str, listing: str, template: str | None) -> None:
        """Note a rendered output's listing digest."""
        self._listing_digest(path, listing, template)


def _inputs(site: Site, site_wide: str) -> str:
    """A digest of all that every key's digest is made from (see `deps`): the site-wide settings,
    the topics, outlets and storylines, the stories shown, in order, and the version of every
    note, article and analysis. While it is the last build's, no key has a new digest."""
    config = site.config
    shown = [b.slug for b in site.briefings]
    # The versions in load order (a function of the files): a new order only costs this shortcut.
    return digest_of(site_wide, config.topics, config.outlets, config.storylines, shown, site.versions)


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


def generated(
    root: Path, site: Site, indexes: Indexes, urls: Urls, pages: list[Page], only: set[str] | None = None
) -> Iterator[Generated]:
    """Every output that is not a page: (path, origin, listing, keys read, how to make it).

    With `only`, the feeds are limited to those paths (the quick plan's), and nothing else is
    made."""
    config, length = site.config, site.config.feed_length
    title = config.title
    entries = feeds.Entries(site, urls)  # each entry made once for all the feeds carrying it
    if only is None or urls.feed() in only or urls.json_feed() in only:
        newest = feeds.chosen(site.briefings, length)
        listing = ",".join(b.slug for b in newest)
        keys = partial(_feed_keys, newest, site)
        yield (
            urls.feed(),
            "feed",
            listing,
            keys,
            lambda: feeds.atom(site, urls, site.briefings, title, urls.feed(), urls.home(), entries),
        )
        yield urls.json_feed(), "JSON feed", listing, keys, lambda: feeds.json_feed(site, urls)
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
