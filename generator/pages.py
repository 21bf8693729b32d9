"""Which pages the site has, and what each one's template sees."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any, TypeVar

from markupsafe import Markup

from generator.indexes import Indexes
from generator.markup import render_block
from generator.models import Site, Topic
from generator.urls import Urls
from generator.views import Link, ViewBuilder, When

T = TypeVar("T")


@dataclass(frozen=True)
class Pager:
    number: int
    total: int
    prev_href: str | None
    next_href: str | None
    pages: tuple[Link, ...]


@dataclass(frozen=True)
class Meta:
    """What the page head and navigation need to know about a page."""

    title: str
    description: str
    canonical: str
    section: str
    noindex: bool = False


@dataclass(frozen=True)
class Page:
    """One page to render: its site-relative path, template and template variables."""

    rel: str
    template: str
    meta: Meta
    context: dict[str, Any] = field(default_factory=dict)


def paginate(
    items: Sequence[T], per_page: int, rel_of: Callable[[int], str], urls: Urls
) -> Iterator[tuple[str, Sequence[T], Pager]]:
    """Split `items` into pages; yield (rel, items on it, pager) for each."""
    total = max(1, -(-len(items) // per_page))
    links = tuple(Link(str(n), urls.href(rel_of(n))) for n in range(1, total + 1))
    for number in range(1, total + 1):
        chunk = items[(number - 1) * per_page : number * per_page]
        pager = Pager(
            number,
            total,
            urls.href(rel_of(number - 1)) if number > 1 else None,
            urls.href(rel_of(number + 1)) if number < total else None,
            links,
        )
        yield rel_of(number), chunk, pager


def plan_pages(site: Site, indexes: Indexes, urls: Urls) -> list[Page]:
    """Every HTML page of the site, in a stable order."""
    views = ViewBuilder(site, indexes, urls)
    config = site.config
    pages: list[Page] = []

    def meta(rel: str, title: str, description: str, section: str, noindex: bool = False) -> Meta:
        return Meta(title, description, urls.absolute(rel), section, noindex)

    cards = [views.card(b) for b in site.briefings]
    for rel, chunk, pager in paginate(cards, config.per_page, urls.home, urls):
        title = config.title if pager.number == 1 else f"{config.title}, page {pager.number}"
        pages.append(
            Page(
                rel,
                "index.html",
                meta(rel, title, config.description, "home"),
                {"cards": chunk, "pager": pager},
            )
        )

    for briefing in site.briefings:
        rel = urls.story(briefing.slug)
        pages.append(
            Page(
                rel,
                "story.html",
                meta(rel, briefing.title, _describe(briefing.summary), "stories"),
                {"story": views.story(briefing)},
            )
        )

    outlets = [
        (slug, indexes.by_outlet[slug]) for slug in sorted(config.outlets) if slug in indexes.by_outlet
    ]
    rows = [(config.outlets[slug], views.outlet_link(slug), len(articles)) for slug, articles in outlets]
    rows.sort(key=lambda row: row[0].name.casefold())
    pages.append(
        Page(
            urls.sources(),
            "sources.html",
            meta(urls.sources(), "Sources", f"Every outlet {config.title} draws on.", "sources"),
            {"outlets": rows, "article_count": len(site.articles)},
        )
    )
    for slug, articles in outlets:
        outlet = config.outlets[slug]
        rel = urls.outlet(slug)
        pages.append(
            Page(
                rel,
                "outlet.html",
                meta(rel, outlet.name, f"Articles from {outlet.name} cited in {config.title}.", "sources"),
                {"outlet": outlet, "items": [views.source(a, 0) for a in articles]},
            )
        )

    pages.extend(_topic_pages(site, indexes, urls, views, meta))

    months = [
        (When.of(group[0].date, views.tz).date.split(" ", 1)[1], [views.card(b) for b in group])
        for _, group in indexes.by_month
    ]
    pages.append(
        Page(
            urls.archive(),
            "archive.html",
            meta(urls.archive(), "Archive", f"All briefings of {config.title} by month.", "archive"),
            {"months": months},
        )
    )
    pages.append(
        Page(
            urls.not_found(),
            "404.html",
            meta(urls.not_found(), "Page not found", "This page does not exist.", "", noindex=True),
            {"latest": cards[:5]},
        )
    )
    return pages


@dataclass(frozen=True)
class TopicEntry:
    """A topic as listed on the topic index and described on its own page."""

    topic: Topic
    href: str | None
    count: int
    parent: Link | None
    children: tuple[Link, ...]


def _topic_pages(
    site: Site, indexes: Indexes, urls: Urls, views: ViewBuilder, meta: Callable[..., Meta]
) -> Iterator[Page]:
    def link(slug: str) -> Link | None:
        """A link to a topic's page; topics with no published story have none."""
        return views.topic_link(slug) if indexes.by_topic.get(slug) else None

    entries = []
    for slug, topic in sorted(site.config.topics.items(), key=lambda item: item[1].name.casefold()):
        own = link(slug)
        children = (link(child) for child in indexes.children.get(slug, ()))
        entries.append(
            TopicEntry(
                topic=topic,
                href=own.href if own else None,
                count=len(indexes.by_topic.get(slug, ())),
                parent=link(topic.parent) if topic.parent else None,
                children=tuple(child for child in children if child is not None),
            )
        )
    letters: dict[str, list[TopicEntry]] = {}
    for entry in entries:
        letters.setdefault(entry.topic.name[:1].upper(), []).append(entry)
    yield Page(
        urls.topics(),
        "topics.html",
        meta(urls.topics(), "Topics", f"Every topic {site.config.title} covers, A to Z.", "topics"),
        {"letters": sorted(letters.items())},
    )

    for entry in entries:
        topic = entry.topic
        cards = [views.card(b) for b in indexes.by_topic.get(topic.slug, ())]
        if not cards:
            continue
        description = topic.description or f"Briefings on {topic.name}."
        for rel, chunk, pager in paginate(cards, site.config.per_page, partial(urls.topic, topic.slug), urls):
            title = topic.name if pager.number == 1 else f"{topic.name}, page {pager.number}"
            yield Page(
                rel,
                "topic.html",
                meta(rel, title, description, "topics"),
                {
                    "topic": topic,
                    "entry": entry,
                    "cards": chunk,
                    "pager": pager,
                    "description": render_block(topic.description) if topic.description else Markup(""),
                },
            )


def _describe(summary: str, limit: int = 200) -> str:
    """A plain one-line description for the page head, from a Markdown summary."""
    text = " ".join(render_block(summary).striptags().split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
