"""`build()`: the table of contents of the tool. Load everything, then write everything."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from time import perf_counter

from generator import feeds
from generator.content import LoadOptions, load_site
from generator.errors import BuildError, ContentError, Problem, Report
from generator.indexes import Indexes, build_indexes
from generator.models import Site
from generator.pages import plan_pages
from generator.render import default_jobs, render_all
from generator.search import index_site
from generator.storylines import storyline_index
from generator.templates import STATIC_DIR, environment, site_view
from generator.urls import Urls
from generator.writer import OutputSet, write_site

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

    def summary(self) -> str:
        return (
            f"Built {self.pages} pages ({self.files} files): {self.stories} stories, "
            f"{self.articles} articles, {self.topics} topics, {self.outlets} outlets, "
            f"{len(self.warnings)} warning{'s' if len(self.warnings) != 1 else ''} "
            f"in {self.seconds:.2f} s"
        )


def check(root: Path, options: BuildOptions) -> tuple[Site, Report]:
    """The load phase alone: raise ContentError when the content has errors (or warnings, strict)."""
    site, report = load_site(root, LoadOptions(drafts=options.drafts, base_url=options.base_url))
    if report.errors or (options.strict and report.warnings):
        raise ContentError(report.sorted())
    return site, report


def build(root: Path, options: BuildOptions) -> BuildResult:
    """Build the site under `root` into `output/`; nothing is written unless loading succeeded."""
    started = perf_counter()
    site, report = check(root, options)
    loaded = perf_counter()
    log.info(
        "load: %d briefings, %d articles in %.2f s", len(site.briefings), len(site.articles), loaded - started
    )

    urls = Urls(site.config.base_url)
    indexes = build_indexes(site)
    pages = plan_pages(site, indexes, urls)
    env = environment(root)
    view = site_view(site.config, urls, root)
    files = OutputSet()
    for page, html in zip(pages, render_all(pages, env, view, options.jobs or default_jobs()), strict=True):
        files.add_page(page.rel, html, f"{page.template} for /{page.rel}")
    _add_feeds(site, indexes, urls, files)
    files.add(urls.sitemap(), feeds.sitemap(pages), "sitemap")
    files.add(urls.robots(), feeds.robots(urls), "robots.txt")
    _add_static(root / STATIC_DIR, files)
    files.add(".nojekyll", b"", "GitHub Pages marker")
    if site.config.cname:
        files.add("CNAME", f"{site.config.cname}\n".encode(), "site.yaml base_url")
    output = (options.output or root / OUTPUT_DIR).resolve()
    finish = partial(index_site, previous=output) if options.search else None
    write_site(files, output, finish=finish)
    written = perf_counter()
    log.info("write: %d files in %.2f s", len(files), written - loaded)
    return BuildResult(
        pages=len(pages),
        files=len(files),
        stories=len(site.briefings),
        articles=len(site.articles),
        topics=len(indexes.by_topic),
        outlets=len(indexes.by_outlet),
        warnings=tuple(report.sorted()),
        seconds=written - started,
        output=output,
    )


def _add_feeds(site: Site, indexes: Indexes, urls: Urls, files: OutputSet) -> None:
    """The site's Atom and JSON feeds, and an Atom feed per topic page."""
    title = site.config.title
    files.add(urls.feed(), feeds.atom(site, urls, site.briefings, title, urls.feed(), urls.home()), "feed")
    files.add(urls.json_feed(), feeds.json_feed(site, urls), "JSON feed")
    for slug, briefings in sorted(indexes.by_topic.items()):
        name = f"{site.config.topics[slug].name}: {title}"
        data = feeds.atom(site, urls, briefings, name, urls.topic_feed(slug), urls.topic(slug))
        files.add(urls.topic_feed(slug), data, f"feed of topic {slug}")
    for slug, briefings in sorted(storyline_index(site.briefings).items()):
        name = f"{site.config.storylines[slug].name}: {title}"
        data = feeds.atom(site, urls, briefings, name, urls.storyline_feed(slug), urls.storyline(slug))
        files.add(urls.storyline_feed(slug), data, f"feed of storyline {slug}")


def _add_static(folder: Path, files: OutputSet) -> None:
    """Copy `static/` as it is, skipping hidden and editor files; links out of the project fail."""
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
        files.add(f"{STATIC_DIR}/{rel.as_posix()}", path.read_bytes(), f"{STATIC_DIR}/{rel.as_posix()}")
