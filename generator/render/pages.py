"""Which pages the site has, and what each one's template and head see."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from functools import partial
from typing import Any, TypedDict, TypeVar

from markupsafe import Markup

from generator.index.indexes import Country, Indexes
from generator.model.analysis import Diversity
from generator.model.countries import country_code, country_name
from generator.model.site import Briefing, Outlet, Site, Storyline, Topic
from generator.outputs import structured
from generator.outputs.search import Part, layout
from generator.render.reads import COUNTRY
from generator.render.urls import Urls, output_path
from generator.render.views import ArchiveEntry, Link, SourceItem, StoryCard, StoryView, ViewBuilder
from generator.text.markup import render_block

T = TypeVar("T")
ARTICLES_PER_PAGE = 50  # on an outlet's pages
MONTH_NAMES = tuple(datetime(2000, n, 1).strftime("%B") for n in range(1, 13))


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
    """One page to render: its site-relative path, template, and how to build what it shows.

    Planning is cheap: `build` makes the head data and template context where the page is
    rendered (possibly in another process), recording what it reads. `listing` names what is
    listed on the page, so a page whose list changed is rebuilt even if nothing it read did.
    """

    rel: str
    template: str
    listing: str
    build: Callable[[], tuple[Meta, Context]]  # the context is the one CONTEXTS names for `template`
    modified: datetime | None = None
    noindex: bool = False


def _fixed(meta: Meta, context: Context) -> Callable[[], tuple[Meta, Context]]:
    return lambda: (meta, context)


@dataclass(frozen=True)
class ArchiveMonth:
    """A month as the archive index lists it."""

    link: Link
    count: int


@dataclass(frozen=True)
class TopicEntry:
    """A topic as listed on the topic index and described on its own page."""

    topic: Topic
    href: str | None
    count: int
    parent: Link | None
    children: tuple[Link, ...]


@dataclass(frozen=True)
class OutletEntry:
    """An outlet as the sources page and a country's page list it."""

    outlet: Outlet
    link: Link
    count: int  # its articles
    country: Link | None  # its country's page (None: `country` names no ISO 3166 country)


@dataclass(frozen=True)
class CountryEntry:
    """A country as the country index lists it."""

    link: Link
    outlets: int
    stories: int


# What each template sees besides `site` and `page` (see `templates.Shared`): one declared
# context per page template, the keys its page builder below must give and nothing else.


class HomeContext(TypedDict):
    """index.html: the newest stories, a page of them."""

    cards: list[StoryCard]
    pager: Pager


class StoryContext(TypedDict):
    """story.html: one briefing, with its sources and what the analysis found."""

    story: StoryView


class SourcesContext(TypedDict):
    """sources.html: every outlet with articles, and the href of the country index (None when
    no outlet has a country page)."""

    outlets: list[OutletEntry]
    article_count: int
    countries: str | None


class CountriesContext(TypedDict):
    """countries.html: every country of an outlet with articles, A to Z."""

    countries: list[CountryEntry]


class CountryContext(TypedDict):
    """country.html: a country's outlets, and the stories citing them, a page of them; `count` is
    all of its stories, `index` the link to the country index."""

    country: Country
    outlets: list[OutletEntry]
    count: int
    cards: list[StoryCard]
    pager: Pager
    index: Link


class OutletContext(TypedDict):
    """outlet.html: one outlet's articles, a page of them; `count` is all of its articles;
    `country`, the link to its country's page (None: `country` names no ISO 3166 country)."""

    outlet: Outlet
    country: Link | None
    items: list[SourceItem]
    count: int
    pager: Pager


class TopicsContext(TypedDict):
    """topics.html: every topic, A to Z, grouped by first letter."""

    letters: list[tuple[str, list[TopicEntry]]]


class TopicContext(TypedDict):
    """topic.html: one topic's stories, a page of them, and the newsrooms behind them."""

    topic: Topic
    entry: TopicEntry
    cards: list[StoryCard]
    pager: Pager
    description: Markup
    diversity: Diversity


class StorylineContext(TypedDict):
    """storyline.html: a storyline's stories, oldest first, and its feed."""

    storyline: Storyline
    description: Markup
    cards: list[StoryCard]
    feed: Link


class ArchiveContext(TypedDict):
    """archive.html: the months with stories, by year; `total` counts the stories."""

    years: list[tuple[str, list[ArchiveMonth]]]
    total: int


class ArchiveMonthContext(TypedDict):
    """archive-month.html: one month's stories, the months either side and the archive's href."""

    month: str
    entries: list[ArchiveEntry]
    newer: Link | None
    older: Link | None
    archive: str


class SearchContext(TypedDict):
    """search.html: the href of the primary search bundle (None: no stories) and of the others."""

    bundle: str | None
    merged: list[str]


class NotFoundContext(TypedDict):
    """404.html: the latest stories."""

    latest: list[StoryCard]


Context = (
    HomeContext
    | StoryContext
    | SourcesContext
    | OutletContext
    | CountriesContext
    | CountryContext
    | TopicsContext
    | TopicContext
    | StorylineContext
    | ArchiveContext
    | ArchiveMonthContext
    | SearchContext
    | NotFoundContext
)
CONTEXTS: Mapping[str, type[Context]] = {
    "index.html": HomeContext,
    "story.html": StoryContext,
    "sources.html": SourcesContext,
    "outlet.html": OutletContext,
    "countries.html": CountriesContext,
    "country.html": CountryContext,
    "topics.html": TopicsContext,
    "topic.html": TopicContext,
    "storyline.html": StorylineContext,
    "archive.html": ArchiveContext,
    "archive-month.html": ArchiveMonthContext,
    "search.html": SearchContext,
    "404.html": NotFoundContext,
}


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


class Planner:
    """Builds the page list; one method per kind of page. Reads are recorded on `views.reads`.

    A page names its stories and articles by slug and id, never by the loaded objects, so the
    preview can keep the page list of its last build and `rebind` it to a site in which some
    objects were replaced (see `reload`).
    """

    def __init__(self, site: Site, indexes: Indexes, urls: Urls, views: ViewBuilder):
        self.urls = urls
        self.rebind(site, indexes, views)

    def rebind(self, site: Site, indexes: Indexes, views: ViewBuilder) -> None:
        """Build pages from now on from this site (of the same shape as the one planned: the
        same pages, each with the same listing)."""
        self.site, self.indexes = site, indexes
        self.config = site.config
        self.views = views
        self.reads = views.reads

    def search_parts(self) -> list[Part]:
        """The parts of the search index (see `search`), by the months of the stories."""
        story = self.urls.story
        months = self.indexes.by_month
        return layout([(month, [output_path(story(b.slug)) for b in group]) for month, group in months])

    def stories_of(self, slugs: Sequence[str]) -> list[Briefing]:
        by_slug = self.indexes.by_slug
        return [by_slug[slug] for slug in slugs]

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
        for b in briefings:
            self.reads.add("title", b.slug)
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
            yield Page(
                rel,
                "index.html",
                _listing(chunk, pager),
                partial(self.home_page, rel, _slugs(chunk), pager),
                _modified(chunk),
            )

    def home_page(self, rel: str, slugs: Sequence[str], pager: Pager) -> tuple[Meta, HomeContext]:
        chunk = self.stories_of(slugs)
        title = self.config.title if pager.number == 1 else f"{self.config.title}, page {pager.number}"
        meta = self.list_meta(rel, title, self.config.description, "home", chunk)
        if pager.number == 1:
            meta = replace(meta, structured=structured.website(self.site, self.urls, self.urls.search()))
        return meta, {"cards": [self.views.card(b) for b in chunk], "pager": pager}

    def stories(self) -> Iterator[Page]:
        for briefing in self.site.briefings:
            rel = self.urls.story(briefing.slug)
            yield Page(
                rel,
                "story.html",
                briefing.slug,
                partial(self.story_page, rel, briefing.slug),
                briefing.updated or briefing.date,
            )

    def story_page(self, rel: str, slug: str) -> tuple[Meta, StoryContext]:
        briefing = self.indexes.by_slug[slug]
        story = self.views.story(briefing)
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
        return meta, {"story": story}

    def sources(self) -> Iterator[Page]:
        by_outlet = self.indexes.by_outlet
        slugs = sorted(
            (s for s in self.config.outlets if s in by_outlet),
            key=lambda s: self.config.outlets[s].name.casefold(),
        )
        rel = self.urls.sources()
        modified = structured.latest(a.published for s in slugs for a in by_outlet[s][:1])
        counts = ",".join(f"{s}:{len(by_outlet[s])}" for s in slugs)
        listing = f"{counts};{len(self.site.articles)};{modified}"
        yield Page(rel, "sources.html", listing, partial(self.sources_page, rel, slugs), modified)
        for slug in slugs:
            for rel, chunk, pager in paginate(
                by_outlet[slug], ARTICLES_PER_PAGE, partial(self.urls.outlet, slug), self.urls
            ):
                yield Page(
                    rel,
                    "outlet.html",
                    f"{pager.number}/{pager.total}:" + ",".join(a.id for a in chunk),
                    partial(self.outlet_page, rel, slug, tuple(a.id for a in chunk), pager),
                    structured.latest(a.updated or a.published for a in chunk),
                )

    def sources_page(self, rel: str, slugs: list[str]) -> tuple[Meta, SourcesContext]:
        by_outlet = self.indexes.by_outlet
        rows = [self.outlet_entry(s) for s in slugs]
        title = "Sources"
        description = f"Every outlet {self.config.title} draws on, with its articles."
        items = [(self.urls.absolute(self.urls.outlet(s)), self.config.outlets[s].name) for s in slugs]
        meta = Meta(
            title,
            description,
            self.urls.absolute(rel),
            "sources",
            modified=structured.latest(a.published for s in slugs for a in by_outlet[s][:1]),
            structured=structured.collection(title, description, self.urls.absolute(rel), items),
        )
        return meta, {
            "outlets": rows,
            "article_count": len(self.site.articles),
            # the country index exists when an outlet listed here has a country (see `countries`)
            "countries": self.urls.href(self.urls.countries()) if any(r.country for r in rows) else None,
        }

    def outlet_entry(self, slug: str) -> OutletEntry:
        """An outlet with articles as listed: its link, article count and country."""
        outlet = self.views.outlet(slug)
        link = self.views.outlet_link(slug)
        return OutletEntry(outlet, link, self.views.outlet_count(slug), self.country_link(outlet))

    def country_link(self, outlet: Outlet) -> Link | None:
        """A link to the page of an outlet's country; an outlet with articles has one when its
        `country` names an ISO 3166 country (see `country_code`)."""
        code = country_code(outlet.country)
        if code is None:
            return None
        return Link(country_name(code), self.urls.href(self.urls.country(code)))

    def outlet_page(
        self, rel: str, slug: str, ids: Sequence[str], pager: Pager
    ) -> tuple[Meta, OutletContext]:
        articles = [self.site.articles[i] for i in ids]
        outlet = self.views.outlet(slug)
        self.reads.add("outlet-count", slug)
        count = len(self.indexes.by_outlet[slug])
        description = f"Articles from {outlet.name} cited in {self.config.title}."
        title = outlet.name if pager.number == 1 else f"{outlet.name}, page {pager.number}"
        items = [(a.url or self.urls.absolute(rel), a.title) for a in articles]
        meta = Meta(
            title,
            description,
            self.urls.absolute(rel),
            "sources",
            modified=structured.latest(a.updated or a.published for a in articles),
            structured=structured.collection(title, description, self.urls.absolute(rel), items),
        )
        return meta, {
            "outlet": outlet,
            "country": self.country_link(outlet),
            "items": [self.views.source(a, 0) for a in articles],
            "count": count,
            "pager": pager,
        }

    def countries(self) -> Iterator[Page]:
        """The country index, and each country's pages: its outlets and the stories citing them."""
        countries = self.indexes.countries
        if not countries:  # no outlet with articles names a country: no empty index either
            return
        rel = self.urls.countries()
        yield Page(
            rel,
            "countries.html",
            ",".join(countries),
            partial(self.countries_page, rel),
            _modified(self.site.briefings),
        )
        for code, country in countries.items():
            for rel, chunk, pager in paginate(
                country.stories, self.config.per_page, partial(self.urls.country, code), self.urls
            ):
                yield Page(
                    rel,
                    "country.html",
                    f"{pager.number}/{pager.total}:" + ",".join(chunk),
                    partial(self.country_page, rel, code, tuple(chunk), pager),
                    _modified(self.stories_of(chunk)),
                )

    def countries_page(self, rel: str) -> tuple[Meta, CountriesContext]:
        countries = [self.views.read(COUNTRY, code) for code in self.indexes.countries]
        countries.sort(key=lambda c: (c.name.casefold(), c.code))
        entries = [
            CountryEntry(
                Link(c.name, self.urls.href(self.urls.country(c.code))), len(c.outlets), len(c.stories)
            )
            for c in countries
        ]
        title = "Countries"
        description = f"The countries of the outlets {self.config.title} draws on, with their stories."
        canonical = self.urls.absolute(rel)
        items = [(self.urls.absolute(self.urls.country(c.code)), c.name) for c in countries]
        meta = Meta(
            title,
            description,
            canonical,
            "sources",
            modified=_modified(self.site.briefings),
            structured=structured.collection(title, description, canonical, items),
        )
        return meta, {"countries": entries}

    def country_page(
        self, rel: str, code: str, slugs: Sequence[str], pager: Pager
    ) -> tuple[Meta, CountryContext]:
        country = self.views.read(COUNTRY, code)
        chunk = self.stories_of(slugs)
        outlets = [self.outlet_entry(slug) for slug in country.outlets]
        names = ", ".join(entry.outlet.name for entry in outlets)
        description = (
            f"{country.name}: the outlets {self.config.title} draws on there ({names}), "
            "and the stories citing them."
        )
        title = country.name if pager.number == 1 else f"{country.name}, page {pager.number}"
        meta = self.list_meta(rel, title, description, "sources", chunk)
        return meta, {
            "country": country,
            "outlets": outlets,
            "count": len(country.stories),
            "cards": [self.views.card(b) for b in chunk],
            "pager": pager,
            "index": Link("Countries", self.urls.href(self.urls.countries())),
        }

    def topic_entry(self, slug: str) -> TopicEntry:
        """One topic as listed: its link, count, parent and children (those with stories)."""

        def link(slug: str) -> Link | None:
            """A link to a topic's page; topics with no published story have none."""
            self.reads.add("members", slug)
            return self.views.topic_link(slug) if self.indexes.by_topic.get(slug) else None

        topic = self.views.topic(slug)
        own = link(slug)
        children = (link(child) for child in self.indexes.children.get(slug, ()))
        return TopicEntry(
            topic=topic,
            href=own.href if own else None,
            count=len(self.indexes.by_topic.get(slug, ())),
            parent=link(topic.parent) if topic.parent else None,
            children=tuple(child for child in children if child is not None),
        )

    def topic_entries(self) -> list[TopicEntry]:
        names = sorted(self.config.topics.items(), key=lambda item: item[1].name.casefold())
        return [self.topic_entry(slug) for slug, _ in names]

    def topics(self) -> Iterator[Page]:
        rel = self.urls.topics()
        modified = _modified(self.site.briefings)
        listing = ",".join(sorted(self.config.topics))
        yield Page(rel, "topics.html", listing, partial(self.topics_page, rel), modified)
        for slug in sorted(self.config.topics):
            briefings = self.indexes.by_topic.get(slug, ())
            if not briefings:
                continue
            for rel, chunk, pager in paginate(
                briefings, self.config.per_page, partial(self.urls.topic, slug), self.urls
            ):
                yield Page(
                    rel,
                    "topic.html",
                    _listing(chunk, pager),
                    partial(self.topic_page, rel, slug, _slugs(chunk), pager),
                    _modified(chunk),
                )

    def topics_page(self, rel: str) -> tuple[Meta, TopicsContext]:
        entries = self.topic_entries()
        letters: dict[str, list[TopicEntry]] = {}
        for entry in entries:
            letters.setdefault(entry.topic.name[:1].upper(), []).append(entry)
        title = "Topics"
        description = f"Every topic {self.config.title} covers, A to Z."
        items = [(self.urls.absolute(self.urls.topic(e.topic.slug)), e.topic.name) for e in entries if e.href]
        meta = Meta(
            title,
            description,
            self.urls.absolute(rel),
            "topics",
            modified=_modified(self.site.briefings),
            structured=structured.collection(title, description, self.urls.absolute(rel), items),
        )
        return meta, {"letters": sorted(letters.items())}

    def topic_page(
        self, rel: str, slug: str, slugs: Sequence[str], pager: Pager
    ) -> tuple[Meta, TopicContext]:
        chunk = self.stories_of(slugs)
        entry = self.topic_entry(slug)
        topic = entry.topic
        description = topic.description or f"Briefings on {topic.name}."
        feed = Link(f"{topic.name}: {self.config.title}", self.urls.href(self.urls.topic_feed(slug)))
        title = topic.name if pager.number == 1 else f"{topic.name}, page {pager.number}"
        meta = self.list_meta(rel, title, description, "topics", chunk, feeds=(feed,))
        members = self.indexes.by_topic.get(slug, ())
        self.reads.add("members", slug)
        return meta, {
            "topic": topic,
            "entry": entry,
            "cards": [self.views.card(b) for b in chunk],
            "pager": pager,
            "description": render_block(topic.description) if topic.description else Markup(""),
            "diversity": self.views.diversity(members),
        }

    def storylines(self) -> Iterator[Page]:
        """One page per storyline with a published briefing: its briefings as a dated timeline."""
        for slug, briefings in self.indexes.storylines.items():
            rel = self.urls.storyline(slug)
            listing = ",".join(b.slug for b in briefings)
            yield Page(
                rel,
                "storyline.html",
                listing,
                partial(self.storyline_page, rel, slug, _slugs(briefings)),
                _modified(briefings),
            )

    def storyline_page(self, rel: str, slug: str, slugs: Sequence[str]) -> tuple[Meta, StorylineContext]:
        briefings = self.stories_of(slugs)
        self.reads.add("storyline", slug)
        storyline = self.config.storylines[slug]
        description = storyline.description or f"Every briefing on {storyline.name}, oldest first."
        feed = Link(f"{storyline.name}: {self.config.title}", self.urls.href(self.urls.storyline_feed(slug)))
        meta = self.list_meta(rel, storyline.name, description, "", briefings, feeds=(feed,))
        return meta, {
            "storyline": storyline,
            "description": render_block(storyline.description) if storyline.description else Markup(""),
            "cards": [self.views.card(b) for b in briefings],
            "feed": feed,
        }

    def archive(self) -> Iterator[Page]:
        """The archive: an index of months, and one page per month listing its stories.

        A month's page changes only when one of its stories does, so an edit re-renders a page
        of a few hundred entries, not one of every story the site has published.
        """
        by_month = self.indexes.by_month
        rel = self.urls.archive()
        modified = _modified(self.site.briefings)
        listing = ",".join(f"{month}:{len(group)}" for month, group in by_month) + f";{modified}"
        yield Page(rel, "archive.html", listing, partial(self.archive_page, rel), modified)
        for n, (month, group) in enumerate(by_month):
            newer = by_month[n - 1][0] if n > 0 else None
            older = by_month[n + 1][0] if n + 1 < len(by_month) else None
            rel = self.urls.archive_month(month)
            changed = _modified(group)
            yield Page(
                rel,
                "archive-month.html",
                f"{newer},{older},{changed}:" + ",".join(b.slug for b in group),
                partial(self.archive_month_page, rel, month, _slugs(group), newer, older),
                changed,
            )

    def month_link(self, month: str | None) -> Link | None:
        if month is None:
            return None
        return Link(_month_name(month), self.urls.href(self.urls.archive_month(month)))

    def archive_page(self, rel: str) -> tuple[Meta, ArchiveContext]:
        years: dict[str, list[ArchiveMonth]] = {}
        for month, group in self.indexes.by_month:
            link = self.month_link(month)
            assert link is not None
            years.setdefault(month[:4], []).append(ArchiveMonth(link, len(group)))
        title = "Archive"
        description = f"All briefings of {self.config.title} by month."
        canonical = self.urls.absolute(rel)
        months = [month for month, _ in self.indexes.by_month]
        items = [(self.urls.absolute(self.urls.archive_month(m)), _month_name(m)) for m in months]
        meta = Meta(
            title,
            description,
            canonical,
            "archive",
            modified=_modified(self.site.briefings),
            structured=structured.collection(title, description, canonical, items),
        )
        return meta, {"years": list(years.items()), "total": len(self.site.briefings)}

    def archive_month_page(
        self, rel: str, month: str, slugs: Sequence[str], newer: str | None, older: str | None
    ) -> tuple[Meta, ArchiveMonthContext]:
        group = self.stories_of(slugs)
        name = _month_name(month)
        description = f"The briefings {self.config.title} published in {name}."
        meta = self.list_meta(rel, f"{name}: archive", description, "archive", group)
        return meta, {
            "month": name,
            "entries": [self.views.archive_entry(b) for b in group],
            "newer": self.month_link(newer),
            "older": self.month_link(older),
            "archive": self.urls.href(self.urls.archive()),
        }

    def utility(self) -> Iterator[Page]:
        rel = self.urls.search()
        meta = Meta(
            "Search",
            f"Search the briefings of {self.config.title}.",
            self.urls.absolute(rel),
            "search",
            noindex=True,
        )
        parts = self.search_parts()
        hrefs = [self.urls.href(self.urls.search_part(p.folder)) for p in parts]
        bundle: SearchContext = {"bundle": hrefs[-1] if hrefs else None, "merged": hrefs[:-1]}  # primary last
        listing = ",".join(p.folder for p in parts)
        yield Page(rel, "search.html", listing, _fixed(meta, bundle), noindex=True)
        rel = self.urls.not_found()
        latest = self.site.briefings[:5]
        yield Page(
            rel,
            "404.html",
            ",".join(b.slug for b in latest),
            partial(self.not_found_page, rel, _slugs(latest)),
            noindex=True,
        )

    def not_found_page(self, rel: str, slugs: Sequence[str]) -> tuple[Meta, NotFoundContext]:
        meta = Meta("Page not found", "This page does not exist.", self.urls.absolute(rel), "", noindex=True)
        return meta, {"latest": [self.views.card(b) for b in self.stories_of(slugs)]}


def _slugs(briefings: Sequence[Briefing]) -> tuple[str, ...]:
    return tuple(b.slug for b in briefings)


def _month_name(month: str) -> str:
    """`2024-11` as readers say it: November 2024."""
    year, number = month.split("-")
    return f"{MONTH_NAMES[int(number) - 1]} {year}"


def _listing(chunk: Sequence[Briefing], pager: Pager) -> str:
    """The listing of a list page: which stories it lists, and its place among its pages."""
    return f"{pager.number}/{pager.total}:" + ",".join(b.slug for b in chunk)


def plan_pages(planner: Planner) -> list[Page]:
    """Every HTML page of the site, in a stable order."""
    return [
        *planner.home(),
        *planner.stories(),
        *planner.sources(),
        *planner.countries(),
        *planner.topics(),
        *planner.archive(),
        *planner.storylines(),
        *planner.utility(),
    ]


def _describe(summary: str, limit: int = 200) -> str:
    """A plain one-line description for the page head, from a Markdown summary."""
    text = " ".join(render_block(summary).striptags().split())
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0] + "…"
