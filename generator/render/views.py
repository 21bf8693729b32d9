"""What templates see: declared view objects built from the model, with every URL resolved."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import TypeVar
from zoneinfo import ZoneInfo

from markupsafe import Markup

from generator.index.indexes import Indexes
from generator.index.storylines import neighbours
from generator.model.analysis import Diversity, Profile, StoryAnalysis
from generator.model.site import Article, Briefing, Outlet, Site, Storyline, Topic
from generator.render.chart import ChartView, Entry, chart, first_report
from generator.render.provenance_views import (
    AgreedView,
    AnalysisViews,
    DisputedView,
    EvidenceView,
    NotComparedView,
    OnlyInView,
    ProvenanceView,
    SourceRef,
    language_name,
    source_order,
    topic_diversity,
)
from generator.render.reads import (
    ANALYSIS,
    ARTICLE,
    BRIEFING,
    CARD,
    CITING,
    DATED,
    DIRECT,
    KINDS,
    MEMBERS,
    OUTLET,
    OUTLET_COUNT,
    OUTLET_OF,
    PROFILES,
    STORYLINE,
    TITLE,
    TOPIC,
    Kind,
    Reads,
    UnknownKind,
)
from generator.render.urls import Urls
from generator.text.markup import render_block, render_inline

T = TypeVar("T")


@dataclass(frozen=True)
class When:
    """A moment as people read it and as machines read it (`<time datetime>`)."""

    iso: str
    date: str
    display: str

    @classmethod
    def of(cls, moment: datetime, tz: ZoneInfo | None = None, date_only: bool = False) -> When:
        # Equal instants in two zones are equal datetimes: the zone (and fold) is part of the key.
        return _when(moment, moment.tzinfo, moment.fold, tz, date_only)


@lru_cache(maxsize=1 << 16)  # a story's date is shown on its page and on every list it is on
def _when(moment: datetime, zone: object, fold: int, tz: ZoneInfo | None, date_only: bool) -> When:
    local = moment.astimezone(tz) if tz is not None else moment
    day = f"{local.day} {local:%B %Y}"
    if date_only:
        return When(local.date().isoformat(), day, day)
    label = local.tzname() or ""
    if not label or label[0] in "+-":  # zones without an abbreviation name only an offset
        offset = f"{local:%z}"
        label = f"UTC{offset[:3]}:{offset[3:5]}" if local.utcoffset() else "UTC"
    return When(local.isoformat(), day, f"{day}, {local:%H:%M} {label}")


def _other_languages(analysis: StoryAnalysis, site_language: str) -> dict[str, str]:
    """The name of each source's language ('German') where the analysis read it in another
    language than the site's; an undetermined one ('und') is not named."""
    own = site_language.split("-")[0].casefold()
    return {
        article: language_name(code)
        for article, code in analysis.languages
        if code.split("-")[0].casefold() not in (own, "und")
    }


def published(article: Article) -> When:
    """When an article was published, as its front matter gives it: a day given without a time
    of day is that day (in the outlet's zone, as written), never midnight in the site's zone."""
    if article.date_only:
        return When.of(article.published, None, True)
    return When.of(article.published)


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
    article_count: int
    newsroom_count: int  # wire reprints counted with their wire, as on the story page
    draft: bool


@dataclass(frozen=True)
class ArchiveEntry:
    """A story as the archive lists it: its date and title only."""

    title: str
    href: str
    when: When
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
    corrections: tuple[str, ...]
    excerpt: str
    full_text: Markup | None
    stories: tuple[Link, ...]
    language: str | None = None  # on a story page: another language than the site's, as read


@dataclass(frozen=True)
class Point:
    html: Markup
    citations: tuple[Citation, ...]
    evidence: EvidenceView | None


@dataclass(frozen=True)
class SourceGroup:
    """Sources listed together: one article, or a wire's reprints under the wire's name."""

    label: str | None
    items: tuple[SourceItem, ...]


@dataclass(frozen=True)
class StorylineNav:
    """Where a story sits in its storyline: the storyline page, the stories before and after."""

    name: str
    href: str
    position: int
    count: int
    previous: Link | None
    next: Link | None


@dataclass(frozen=True)
class HistoryEntry:
    """A dated update or correction, as shown on the story page."""

    when: When
    kind: str
    html: Markup


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
    source_groups: tuple[SourceGroup, ...]
    coverage: str
    chart: ChartView | None
    first_published: When | None
    provenance: ProvenanceView
    only_in: tuple[OnlyInView, ...]
    agreed: tuple[AgreedView, ...]
    disputed: tuple[DisputedView, ...]
    not_compared: tuple[NotComparedView, ...]
    storyline: StorylineNav | None
    history: tuple[HistoryEntry, ...]
    corrections: int
    draft: bool


class ViewBuilder:
    """Builds view objects for one site, recording in `reads` what each one was built from.

    What a view shows of the model it gets from `read` (see `reads`): the key is recorded and
    the value returned is the one its digest covers. The version kinds (a whole briefing,
    article or analysis) are recorded with `reads.add` and read from the model itself.
    """

    def __init__(self, site: Site, indexes: Indexes, urls: Urls, reads: Reads | None = None):
        self.site, self.indexes, self.urls = site, indexes, urls
        self.reads = reads or Reads()
        self.tz = ZoneInfo(site.config.timezone)
        self._cards: dict[str, tuple[StoryCard, frozenset[tuple[str, str]]]] = {}

    def read(self, kind: Kind[T], ident: str) -> T:
        """The value of the key (kind, ident), recorded as read; the ident must name something."""
        value = self.read_any(kind, ident)
        if value is None:
            raise LookupError(f"{kind.name} '{ident}' names nothing")
        return value

    def read_any(self, kind: Kind[T], ident: str) -> T | None:
        """The value of the key (kind, ident), recorded as read; None when it names nothing."""
        if KINDS.get(kind.name) is not kind:
            raise UnknownKind(kind.name)
        self.reads.keys.add((kind.name, ident))
        return kind.value(self.site, self.indexes, ident)

    def topic(self, slug: str) -> Topic:
        return self.read(TOPIC, slug)

    def outlet(self, slug: str) -> Outlet:
        return self.read(OUTLET, slug)

    def title(self, slug: str) -> str:
        """A shown story's title (as a list page's head names it)."""
        return self.read(TITLE, slug).title

    def members(self, topic: str) -> tuple[str, ...]:
        """The slugs of the stories under a topic or its children (none: no page for it)."""
        return self.read(MEMBERS, topic)

    def outlet_count(self, slug: str) -> int:
        """How many articles an outlet has."""
        return self.read(OUTLET_COUNT, slug)

    def storyline(self, slug: str) -> Storyline:
        """A storyline of site.yaml."""
        found, _ = self.read(STORYLINE, slug)
        if found is None:
            raise LookupError(f"storyline '{slug}' is not declared")
        return found

    def topic_link(self, slug: str) -> Link:
        return Link(self.topic(slug).name, self.urls.href(self.urls.topic(slug)))

    def outlet_link(self, slug: str) -> Link:
        return Link(self.outlet(slug).name, self.urls.href(self.urls.outlet(slug)))

    def story_link(self, briefing: Briefing) -> Link:
        slug = briefing.slug
        return Link(self.title(slug), self.urls.href(self.urls.story(slug)))

    def archive_entry(self, briefing: Briefing) -> ArchiveEntry:
        slug = briefing.slug
        shown = self.read(DATED, slug)
        return ArchiveEntry(
            title=shown.title,
            href=self.urls.href(self.urls.story(slug)),
            when=When.of(shown.date, self.tz, shown.date_only),
            draft=shown.draft,
        )

    def card(self, briefing: Briefing) -> StoryCard:
        """A story's card, made once a build; each use records again every key it read."""
        made = self._cards.get(briefing.slug)
        if made is None:
            with self.reads.apart() as keys:
                card = self._card(briefing.slug)
            made = self._cards[briefing.slug] = (card, frozenset(keys))
        else:
            self.reads.keys |= made[1]
        return made[0]

    def _card(self, slug: str) -> StoryCard:
        shown = self.read(CARD, slug)
        return StoryCard(
            title=shown.title,
            href=self.urls.href(self.urls.story(slug)),
            when=When.of(shown.date, self.tz, shown.date_only),
            summary=render_block(shown.summary),
            topics=tuple(self.topic_link(t) for t in shown.topics),
            article_count=sum(1 for i in shown.sources if self.read_any(OUTLET_OF, i) is not None),
            newsroom_count=len(self.read(PROFILES, slug)),
            draft=shown.draft,
        )

    def source(self, article: Article, number: int, language: str | None = None) -> SourceItem:
        self.reads.add(ARTICLE.name, article.id)
        citing = self.read(CITING, article.id)
        outlet = self.outlet(article.outlet)
        credit = f"{article.via} via {outlet.name}" if article.via else None
        publish_full = self.site.config.publish_full_text
        return SourceItem(
            number=number,
            anchor=f"source-{number}" if number else f"article-{article.id}",
            title=article.title,
            url=article.url,
            outlet=self.outlet_link(article.outlet),
            when=published(article),
            updated=When.of(article.updated) if article.updated else None,
            authors=article.authors,
            credit=credit,
            dateline=article.dateline,
            dek=article.dek,
            kind=article.kind,
            paywalled=article.paywalled,
            corrections=article.corrections,
            excerpt=article.excerpt,
            full_text=render_block(article.body) if publish_full else None,
            stories=tuple(self.story_link(self.indexes.by_slug[slug]) for slug in citing),
            language=language,
        )

    def story(self, briefing: Briefing) -> StoryView:
        self.reads.add(BRIEFING.name, briefing.slug)
        for slug in briefing.topics:  # what `related` ranks the stories sharing a topic by
            self.read(DIRECT, slug)
        for slug in briefing.related:  # a declared related story that is not shown is left out
            self.read_any(TITLE, slug)
        analysis = self.analysis(briefing.slug)
        groups = source_order(analysis)
        ordered = [self.site.articles[i] for _, ids in groups for i in ids]
        numbers = {a.id: n for n, a in enumerate(ordered, start=1)}
        other = _other_languages(analysis, self.site.config.language)
        items = {a.id: self.source(a, numbers[a.id], other.get(a.id)) for a in ordered}
        refs = {
            i: SourceRef(item.number, f"#{item.anchor}", item.credit or item.outlet.text, item.url)
            for i, item in items.items()
        }
        analysed = AnalysisViews(analysis, refs)

        def cite(ids: tuple[str, ...]) -> tuple[Citation, ...]:
            return tuple(
                Citation(numbers[i], refs[i].href, self.outlet(self.site.articles[i].outlet).name)
                for i in sorted((i for i in ids if i in numbers), key=numbers.__getitem__)
            )

        entries = {
            i: Entry(self.site.articles[i], item.outlet.text, refs[i].href, item.when.display, item.when.iso)
            for i, item in items.items()
        }
        first = report.article if (report := first_report(list(entries.values()))) else None
        return StoryView(
            title=briefing.title,
            when=When.of(briefing.date, self.tz, briefing.date_only),
            updated=self.updated(briefing),
            summary=render_block(briefing.summary),
            key_points=tuple(
                Point(render_inline(p.text), cite(p.sources), analysed.evidence(e) if p.sources else None)
                for p, e in zip(briefing.key_points, analysis.evidence, strict=True)
            ),
            why_it_matters=render_block(briefing.why_it_matters) if briefing.why_it_matters else None,
            whats_next=render_block(briefing.whats_next) if briefing.whats_next else None,
            timeline=tuple(
                Event(When.of(e.date, self.tz, e.date_only), render_inline(e.text), cite(e.sources))
                for e in briefing.timeline
            ),
            topics=tuple(self.topic_link(t) for t in briefing.topics),
            related=tuple(self.card(b) for b in self.indexes.related(briefing)),
            sources=tuple(items.values()),
            source_groups=tuple(SourceGroup(label, tuple(items[i] for i in ids)) for label, ids in groups),
            coverage=analysis.coverage.line,
            chart=chart(analysis.coverage.newsrooms, entries, self.tz),
            first_published=published(first) if first else None,
            provenance=analysed.provenance(),
            only_in=analysed.only_in(),
            agreed=analysed.agreed(),
            disputed=analysed.disputed(),
            not_compared=analysed.not_compared(),
            storyline=self.storyline_nav(briefing),
            history=tuple(
                HistoryEntry(
                    When.of(u.date, self.tz, u.date_only), u.kind.capitalize(), render_inline(u.text)
                )
                for u in reversed(briefing.updates)
            ),
            corrections=sum(1 for u in briefing.updates if u.kind == "correction"),
            draft=briefing.draft,
        )

    def updated(self, briefing: Briefing) -> When | None:
        """When the story last changed: a whole day when that was a dated-only entry of `updates`."""
        if briefing.updated is None:
            return None
        return When.of(briefing.updated, self.tz, briefing.updated_date_only)

    def diversity(self, briefings: Iterable[Briefing]) -> Diversity:
        """The newsrooms behind some stories (a topic's), each counted once."""
        profiles: list[tuple[Profile, ...]] = [self.read(PROFILES, b.slug) for b in briefings]
        return topic_diversity(profiles)

    def analysis(self, slug: str) -> StoryAnalysis:
        self.reads.add(ANALYSIS.name, slug)
        return self.site.analyses[slug]

    def storyline_nav(self, briefing: Briefing) -> StorylineNav | None:
        place = neighbours(briefing, self.indexes.storylines)
        if place is None:
            return None
        storyline = self.storyline(place.storyline)
        return StorylineNav(
            name=storyline.name,
            href=self.urls.href(self.urls.storyline(storyline.slug)),
            position=place.position,
            count=place.count,
            previous=self.story_link(place.previous) if place.previous else None,
            next=self.story_link(place.next) if place.next else None,
        )
