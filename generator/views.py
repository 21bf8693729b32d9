"""What templates see: declared view objects built from the model, with every URL resolved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from markupsafe import Markup

from generator.deps import Reads
from generator.indexes import Indexes
from generator.markup import render_block, render_inline
from generator.models import Article, Briefing, Outlet, Site, Topic
from generator.urls import Urls


@dataclass(frozen=True)
class When:
    """A moment as people read it and as machines read it (`<time datetime>`)."""

    iso: str
    date: str
    display: str

    @classmethod
    def of(cls, moment: datetime, tz: ZoneInfo | None = None, date_only: bool = False) -> When:
        local = moment.astimezone(tz) if tz is not None else moment
        day = f"{local.day} {local:%B %Y}"
        if date_only:
            return cls(local.date().isoformat(), day, day)
        label = local.tzname() or ""
        if not label or label[0] in "+-":  # zones without an abbreviation name only an offset
            offset = f"{local:%z}"
            label = f"UTC{offset[:3]}:{offset[3:5]}" if local.utcoffset() else "UTC"
        return cls(local.isoformat(), day, f"{day}, {local:%H:%M} {label}")


@dataclass(frozen=True)
class Link:
    text: str
    href: str


@dataclass(frozen=True)
class Citation:
    number: int
    href: str
    label: str


@dataclass(frozen=True)
class StoryCard:
    """A story as listed on the home, topic, archive and outlet pages."""

    title: str
    href: str
    when: When
    summary: Markup
    topics: tuple[Link, ...]
    source_count: int
    outlet_count: int
    draft: bool


@dataclass(frozen=True)
class SourceItem:
    """One article in a story's source list or on an outlet page."""

    number: int
    anchor: str
    title: str
    url: str | None
    outlet: Link
    when: When
    updated: When | None
    authors: tuple[str, ...]
    credit: str | None
    dateline: str | None
    dek: str | None
    kind: str
    paywalled: bool
    excerpt: str
    full_text: Markup | None
    stories: tuple[Link, ...]


@dataclass(frozen=True)
class Point:
    html: Markup
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class Event:
    when: When
    html: Markup
    citations: tuple[Citation, ...]


@dataclass(frozen=True)
class StoryView:
    title: str
    when: When
    updated: When | None
    summary: Markup
    key_points: tuple[Point, ...]
    why_it_matters: Markup | None
    whats_next: Markup | None
    timeline: tuple[Event, ...]
    topics: tuple[Link, ...]
    related: tuple[StoryCard, ...]
    sources: tuple[SourceItem, ...]
    coverage: str
    draft: bool


class ViewBuilder:
    """Builds view objects for one site, recording in `reads` what each one was built from."""

    def __init__(self, site: Site, indexes: Indexes, urls: Urls, reads: Reads | None = None):
        self.site, self.indexes, self.urls = site, indexes, urls
        self.reads = reads or Reads()
        self.tz = ZoneInfo(site.config.timezone)
        self._cards: dict[str, StoryCard] = {}

    def topic(self, slug: str) -> Topic:
        self.reads.add("topic", slug)
        return self.site.config.topics[slug]

    def outlet(self, slug: str) -> Outlet:
        self.reads.add("outlet", slug)
        return self.site.config.outlets[slug]

    def topic_link(self, slug: str) -> Link:
        return Link(self.topic(slug).name, self.urls.href(self.urls.topic(slug)))

    def outlet_link(self, slug: str) -> Link:
        return Link(self.outlet(slug).name, self.urls.href(self.urls.outlet(slug)))

    def story_link(self, briefing: Briefing) -> Link:
        self.reads.add("title", briefing.slug)
        return Link(briefing.title, self.urls.href(self.urls.story(briefing.slug)))

    def card(self, briefing: Briefing) -> StoryCard:
        self.reads.add("card", briefing.slug)
        for article_id in briefing.sources:
            self.reads.add("outlet-of", article_id)
        for slug in briefing.topics:
            self.reads.add("topic", slug)
        if briefing.slug not in self._cards:
            articles = [self.site.articles[i] for i in briefing.sources if i in self.site.articles]
            self._cards[briefing.slug] = StoryCard(
                title=briefing.title,
                href=self.urls.href(self.urls.story(briefing.slug)),
                when=When.of(briefing.date, self.tz, briefing.date_only),
                summary=render_block(briefing.summary),
                topics=tuple(self.topic_link(t) for t in briefing.topics),
                source_count=len(articles),
                outlet_count=len({a.outlet for a in articles}),
                draft=briefing.draft,
            )
        return self._cards[briefing.slug]

    def source(self, article: Article, number: int) -> SourceItem:
        self.reads.add("article", article.id)
        self.reads.add("citing", article.id)
        outlet = self.outlet(article.outlet)
        credit = f"{article.via} via {outlet.name}" if article.via else None
        publish_full = self.site.config.publish_full_text
        return SourceItem(
            number=number,
            anchor=f"source-{number}" if number else f"article-{article.id}",
            title=article.title,
            url=article.url,
            outlet=self.outlet_link(article.outlet),
            when=When.of(article.published),
            updated=When.of(article.updated) if article.updated else None,
            authors=article.authors,
            credit=credit,
            dateline=article.dateline,
            dek=article.dek,
            kind=article.kind,
            paywalled=article.paywalled,
            excerpt=article.excerpt,
            full_text=render_block(article.body) if publish_full else None,
            stories=tuple(self.story_link(b) for b in self.indexes.citing.get(article.id, ())),
        )

    def story(self, briefing: Briefing) -> StoryView:
        self.reads.add("briefing", briefing.slug)
        for slug in briefing.topics:
            self.reads.add("direct", slug)
        for slug in briefing.related:
            self.reads.add("title", slug)
        articles = sorted(
            (self.site.articles[i] for i in briefing.sources if i in self.site.articles),
            key=lambda a: (a.published, a.id),
        )
        sources = tuple(self.source(a, n) for n, a in enumerate(articles, start=1))
        numbers = {a.id: n for n, a in enumerate(articles, start=1)}

        def cite(ids: tuple[str, ...]) -> tuple[Citation, ...]:
            return tuple(
                Citation(
                    numbers[i],
                    f"#source-{numbers[i]}",
                    self.outlet(self.site.articles[i].outlet).name,
                )
                for i in sorted((i for i in ids if i in numbers), key=numbers.__getitem__)
            )

        return StoryView(
            title=briefing.title,
            when=When.of(briefing.date, self.tz, briefing.date_only),
            updated=When.of(briefing.updated, self.tz) if briefing.updated else None,
            summary=render_block(briefing.summary),
            key_points=tuple(Point(render_inline(p.text), cite(p.sources)) for p in briefing.key_points),
            why_it_matters=render_block(briefing.why_it_matters) if briefing.why_it_matters else None,
            whats_next=render_block(briefing.whats_next) if briefing.whats_next else None,
            timeline=tuple(
                Event(When.of(e.date, self.tz, e.date_only), render_inline(e.text), cite(e.sources))
                for e in briefing.timeline
            ),
            topics=tuple(self.topic_link(t) for t in briefing.topics),
            related=tuple(self.card(b) for b in self.indexes.related(briefing)),
            sources=sources,
            coverage=self.coverage(articles),
            draft=briefing.draft,
        )

    def coverage(self, articles: list[Article]) -> str:
        """'2 articles from 2 outlets, first published by The Japan News at …'."""
        if not articles:
            return "No source articles."
        outlets = {a.outlet for a in articles}
        first = articles[0]
        first_name = self.outlet(first.outlet).name
        count = f"{len(articles)} article{'s' if len(articles) != 1 else ''}"
        spread = f"{len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"
        return f"{count} from {spread}, first published by {first_name} at {When.of(first.published).display}"
