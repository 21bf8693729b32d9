"""Which pages the site has, and what each one's template and head see."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

from markupsafe import Markup

from generator import structured
from generator.indexes import Indexes
from generator.markup import render_block
from generator.models import Briefing, Site, Topic
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
    """What the page head, the sitemap and the navigation need to know about a page."""

    title: str
    description: str
    canonical: str
    section: str
    noindex: bool = False
    kind: str = "website"
    published: datetime | None = None
    modified: datetime | None = None
    tags: tuple[str, ...] = ()
    feeds: tuple[Link, ...] = ()
    structured: Markup | None = None


@dataclass(frozen=True)
class Page:
    """One page to render: its site-relative path, template and template variables.

    Heavy pages give a function that builds their variables, so planning stays cheap and the
    work happens where the page is rendered (possibly in another process).
    """

    rel: str
    template: str
    meta: Meta
    context: dict[str, Any] | Callable[[], dict[str, Any]] = field(default_factory=dict)

    def variables(self) -> dict[str, Any]:
        return self.context() if callable(self.context) else self.context


@dataclass(frozen=True)
class TopicEntry:
    """A topic as listed on the topic index and described on its own page."""

    topic: Topic
    href: str | None
    count: int
    parent: Link | None
    children: tuple[Link, ...]


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


def _modified(briefings: Sequence[Briefing]) -> datetime | None:
    return structured.latest(b.updated or b.date for b in briefings)


class _Planner:
    """Builds the page list; one method per kind of page."""

    def __init__(self, site: Site, indexes: Indexes, urls: Urls):
        self.site, self.indexes, self.urls = site, indexes, urls
        self.config = site.config
        self.views = ViewBuilder(site, indexes, urls)

    def list_meta(
        self,
        rel: str,
        title: str,
        description: str,
        section: str,
        briefings: Sequence[Briefing],
        **extra: Any,
    ) -> Meta:
        """Head data of a page that lists stories: a CollectionPage of them."""
        items = [(self.urls.absolute(self.urls.story(b.slug)), b.title) for b in briefings]
        canonical = self.urls.absolute(rel)
        return Meta(
            title,
            description,
            canonical,
            section,
            modified=_modified(briefings),
            structured=structured.collection(title, description, canonical, items),
            **extra,
        )

    def home(self) -> Iterator[Page]:
        for rel, chunk, pager in paginate(
            self.site.briefings, self.config.per_page, self.urls.home, self.urls
        ):
            title = self.config.title if pager.number == 1 else f"{self.config.title}, page {pager.number}"
            meta = self.list_meta(rel, title, self.config.description, "home", chunk)
            if pager.number == 1:
                meta = replace(meta, structured=structured.website(self.site, self.urls, self.urls.search()))
            cards = [self.views.card(b) for b in chunk]
            yield Page(rel, "index.html", meta, {"cards": cards, "pager": pager})

    def stories(self) -> Iterator[Page]:
        for briefing in self.site.briefings:
            rel = self.urls.story(briefing.slug)
            description = _describe(briefing.summary)
            meta = Meta(
                briefing.title,
                description,
                self.urls.absolute(rel),
                "stories",
                kind="article",
                published=briefing.date,
                modified=briefing.updated or briefing.date,
                tags=tuple(self.config.topics[t].name for t in briefing.topics),
                structured=structured.story(briefing, self.site, self.urls, description),
            )
            yield Page(rel, "story.html", meta, partial(self.story_context, briefing))

    def story_context(self, briefing: Briefing) -> dict[str, Any]:
        return {"story": self.views.story(briefing)}

    def outlet_context(self, slug: str) -> dict[str, Any]:
        articles = self.indexes.by_outlet[slug]
        return {"outlet": self.config.outlets[slug], "items": [self.views.source(a, 0) for a in articles]}

    def sources(self) -> Iterator[Page]:
        by_outlet = self.indexes.by_outlet
        slugs = sorted(
            (s for s in self.config.outlets if s in by_outlet),
            key=lambda s: self.config.outlets[s].name.casefold(),
        )
        rows = [(self.config.outlets[s], self.views.outlet_link(s), len(by_outlet[s])) for s in slugs]
        rel, title = self.urls.sources(), "Sources"
        description = f"Every outlet {self.config.title} draws on, with its articles."
        items = [(self.urls.absolute(self.urls.outlet(s)), self.config.outlets[s].name) for s in slugs]
        modified = structured.latest(a.published for s in slugs for a in by_outlet[s][:1])
        yield Page(
            rel,
            "sources.html",
            Meta(
                title,
                description,
                self.urls.absolute(rel),
                "sources",
                modified=modified,
                structured=structured.collection(title, description, self.urls.absolute(rel), items),
            ),
            {"outlets": rows, "article_count": len(self.site.articles)},
        )
        for slug in slugs:
            outlet, articles = self.config.outlets[slug], by_outlet[slug]
            rel = self.urls.outlet(slug)
            description = f"Articles from {outlet.name} cited in {self.config.title}."
            items = [(a.url or self.urls.absolute(rel), a.title) for a in articles]
            yield Page(
                rel,
                "outlet.html",
                Meta(
                    outlet.name,
                    description,
                    self.urls.absolute(rel),
                    "sources",
                    modified=structured.latest(a.updated or a.published for a in articles),
                    structured=structured.collection(
                        outlet.name, description, self.urls.absolute(rel), items
                    ),
                ),
                partial(self.outlet_context, slug),
            )

    def topic_entries(self) -> list[TopicEntry]:
        def link(slug: str) -> Link | None:
            """A link to a topic's page; topics with no published story have none."""
            return self.views.topic_link(slug) if self.indexes.by_topic.get(slug) else None

        entries = []
        for slug, topic in sorted(self.config.topics.items(), key=lambda item: item[1].name.casefold()):
            own = link(slug)
            children = (link(child) for child in self.indexes.children.get(slug, ()))
            entries.append(
                TopicEntry(
                    topic=topic,
                    href=own.href if own else None,
                    count=len(self.indexes.by_topic.get(slug, ())),
                    parent=link(topic.parent) if topic.parent else None,
                    children=tuple(child for child in children if child is not None),
                )
            )
        return entries

    def topics(self) -> Iterator[Page]:
        entries = self.topic_entries()
        letters: dict[str, list[TopicEntry]] = {}
        for entry in entries:
            letters.setdefault(entry.topic.name[:1].upper(), []).append(entry)
        rel, title = self.urls.topics(), "Topics"
        description = f"Every topic {self.config.title} covers, A to Z."
        items = [(self.urls.absolute(self.urls.topic(e.topic.slug)), e.topic.name) for e in entries if e.href]
        yield Page(
            rel,
            "topics.html",
            Meta(
                title,
                description,
                self.urls.absolute(rel),
                "topics",
                modified=_modified(self.site.briefings),
                structured=structured.collection(title, description, self.urls.absolute(rel), items),
            ),
            {"letters": sorted(letters.items())},
        )

        for entry in entries:
            topic = entry.topic
            briefings = self.indexes.by_topic.get(topic.slug, ())
            if not briefings:
                continue
            description = topic.description or f"Briefings on {topic.name}."
            feed = Link(
                f"{topic.name}: {self.config.title}", self.urls.href(self.urls.topic_feed(topic.slug))
            )
            for rel, chunk, pager in paginate(
                briefings, self.config.per_page, partial(self.urls.topic, topic.slug), self.urls
            ):
                title = topic.name if pager.number == 1 else f"{topic.name}, page {pager.number}"
                meta = self.list_meta(rel, title, description, "topics", chunk, feeds=(feed,))
                yield Page(
                    rel,
                    "topic.html",
                    meta,
                    {
                        "topic": topic,
                        "entry": entry,
                        "cards": [self.views.card(b) for b in chunk],
                        "pager": pager,
                        "description": render_block(topic.description) if topic.description else Markup(""),
                        "diversity": self.views.diversity(briefings),
                    },
                )

    def storylines(self) -> Iterator[Page]:
        """One page per storyline with a published briefing: its briefings as a dated timeline."""
        for slug, briefings in self.views.storylines.items():
            storyline = self.config.storylines[slug]
            rel = self.urls.storyline(slug)
            description = storyline.description or f"Every briefing on {storyline.name}, oldest first."
            feed = Link(
                f"{storyline.name}: {self.config.title}", self.urls.href(self.urls.storyline_feed(slug))
            )
            yield Page(
                rel,
                "storyline.html",
                self.list_meta(rel, storyline.name, description, "", briefings, feeds=(feed,)),
                {
                    "storyline": storyline,
                    "description": render_block(storyline.description)
                    if storyline.description
                    else Markup(""),
                    "cards": [self.views.card(b) for b in briefings],
                    "feed": feed,
                },
            )

    def archive(self) -> Iterator[Page]:
        months = [
            (When.of(group[0].date, self.views.tz).date.split(" ", 1)[1], [self.views.card(b) for b in group])
            for _, group in self.indexes.by_month
        ]
        rel = self.urls.archive()
        yield Page(
            rel,
            "archive.html",
            self.list_meta(
                rel,
                "Archive",
                f"All briefings of {self.config.title} by month.",
                "archive",
                self.site.briefings,
            ),
            {"months": months},
        )

    def utility(self) -> Iterator[Page]:
        rel = self.urls.search()
        yield Page(
            rel,
            "search.html",
            Meta(
                "Search",
                f"Search the briefings of {self.config.title}.",
                self.urls.absolute(rel),
                "search",
                noindex=True,
            ),
            {"bundle": self.urls.href(self.urls.search_bundle())},
        )
        rel = self.urls.not_found()
        latest = [self.views.card(b) for b in self.site.briefings[:5]]
        yield Page(
            rel,
            "404.html",
            Meta(
                "Page not found",
                "This page does not exist.",
                self.urls.absolute(rel),
                "",
                noindex=True,
            ),
            {"latest": latest},
        )


def plan_pages(site: Site, indexes: Indexes, urls: Urls) -> list[Page]:
    """Every HTML page of the site, in a stable order."""
    planner = _Planner(site, indexes, urls)
    return [
        *planner.home(),
        *planner.stories(),
        *planner.sources(),
        *planner.topics(),
        *planner.archive(),
        *planner.storylines(),
        *planner.utility(),
    ]


def _describe(summary: str, limit: int = 200) -> str:
    """A plain one-line description for the page head, from a Markdown summary."""
    text = " ".join(render_block(summary).striptags().split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
