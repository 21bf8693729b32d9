"""Indexes derived from the loaded site: topics, outlets, countries, citations, months, related
stories."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace

from generator.index.storylines import storyline_index
from generator.model.countries import country_code, country_name
from generator.model.site import Article, Briefing, Outlet, Site

RELATED_LIMIT = 4
# ISO 3166-1 leaves these codes to its users: no country (but XK, which CLDR names Kosovo).


@dataclass(frozen=True)
class Country:
    """A country some outlets with articles are from, and what its page lists."""

    code: str  # ISO 3166-1 alpha-2, upper case: 'GB'
    name: str  # its English name in CLDR: 'United Kingdom'
    outlets: tuple[str, ...]  # the slugs of its outlets with articles, by name
    stories: tuple[str, ...]  # the slugs of the stories citing their articles, newest first


@dataclass(frozen=True)
class Indexes:
    """Every lookup the pages need, computed once per build."""

    by_topic: Mapping[str, tuple[Briefing, ...]]
    children: Mapping[str, tuple[str, ...]]
    by_outlet: Mapping[str, tuple[Article, ...]]
    citing: Mapping[str, tuple[Briefing, ...]]
    by_month: tuple[tuple[str, tuple[Briefing, ...]], ...]
    direct: Mapping[str, tuple[Briefing, ...]]
    by_slug: Mapping[str, Briefing]
    storylines: Mapping[str, tuple[Briefing, ...]]  # oldest first
    countries: Mapping[str, Country]  # by code, A to Z

    def related(self, briefing: Briefing) -> tuple[Briefing, ...]:
        """Declared related stories first, then those sharing the most topics, newest first.

        Computed when a page asks for it: it reads the briefing's topics' members only.
        """
        by_slug = self.by_slug
        declared = [by_slug[s] for s in briefing.related if s in by_slug and s != briefing.slug]
        shared: Counter[str] = Counter()
        for topic in briefing.topics:
            for other in self.direct.get(topic, ()):
                shared[other.slug] += 1
        excluded = {briefing.slug, *(b.slug for b in declared)}
        ranked = sorted(
            (slug for slug in shared if slug not in excluded),
            key=lambda slug: (-shared[slug], -by_slug[slug].date.timestamp(), slug),
        )
        limit = max(RELATED_LIMIT, len(declared))
        return tuple(declared + [by_slug[slug] for slug in ranked])[:limit]

    def replaced(
        self, site: Site, briefings: Mapping[str, Briefing], articles: Mapping[str, Article]
    ) -> Indexes:
        """These indexes with some briefings and articles replaced by edited objects of the same
        shape (same slug or id, dates, topics, sources, outlet, storyline: see `reload`), as
        `build_indexes(site)` would give them, without going through every story.

        Only the indexes holding briefings or articles are made again; one holding slugs or ids
        (`children`, `countries`) is the same for a site of the same shape, and is kept."""
        briefings = {slug: b for slug, b in briefings.items() if slug in self.by_slug}  # not hidden drafts
        if not briefings and not articles:
            return self

        def swap(items: tuple[Briefing, ...]) -> tuple[Briefing, ...]:
            return tuple(briefings.get(b.slug, b) for b in items)

        by_topic, direct, citing = dict(self.by_topic), dict(self.direct), dict(self.citing)
        storylines = dict(self.storylines)
        months = {b.date.strftime("%Y-%m") for b in briefings.values()}
        for briefing in briefings.values():
            for slug in _with_ancestors(briefing.topics, site):
                by_topic[slug] = swap(by_topic[slug])
            for slug in briefing.topics:
                direct[slug] = swap(direct[slug])
            for article_id in briefing.sources:
                citing[article_id] = swap(citing[article_id])
            if briefing.storyline in storylines:
                storylines[briefing.storyline] = swap(storylines[briefing.storyline])
        by_outlet = dict(self.by_outlet)
        for article in articles.values():
            by_outlet[article.outlet] = tuple(articles.get(a.id, a) for a in by_outlet[article.outlet])
        return replace(
            self,
            by_topic=by_topic,
            by_outlet=by_outlet,
            citing=citing,
            by_month=tuple((k, swap(v) if k in months else v) for k, v in self.by_month),
            direct=direct,
            by_slug={**self.by_slug, **briefings},
            storylines=storylines,
        )


def build_indexes(site: Site) -> Indexes:
    """Derive all indexes; briefings keep the site's newest-first order everywhere."""
    topics = site.config.topics
    children: dict[str, list[str]] = defaultdict(list)
    for slug, topic in sorted(topics.items()):
        if topic.parent:
            children[topic.parent].append(slug)

    by_topic: dict[str, list[Briefing]] = defaultdict(list)
    direct: dict[str, list[Briefing]] = defaultdict(list)
    citing: dict[str, list[Briefing]] = defaultdict(list)
    months: dict[str, list[Briefing]] = defaultdict(list)
    for briefing in site.briefings:
        for slug in briefing.topics:
            direct[slug].append(briefing)
        for slug in _with_ancestors(briefing.topics, site):
            by_topic[slug].append(briefing)
        for article_id in briefing.sources:
            citing[article_id].append(briefing)
        months[briefing.date.strftime("%Y-%m")].append(briefing)

    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in sorted(site.articles.values(), key=lambda a: (a.published, a.id), reverse=True):
        by_outlet[article.outlet].append(article)

    by_slug = {b.slug: b for b in site.briefings}
    return Indexes(
        by_topic={k: tuple(v) for k, v in by_topic.items()},
        children={k: tuple(v) for k, v in children.items()},
        by_outlet={k: tuple(v) for k, v in by_outlet.items()},
        citing={k: tuple(v) for k, v in citing.items()},
        by_month=tuple((k, tuple(v)) for k, v in sorted(months.items(), reverse=True)),
        direct={k: tuple(v) for k, v in direct.items()},
        by_slug=by_slug,
        storylines=storyline_index(site.briefings),
        countries=_countries(site, by_outlet, citing),
    )


def _countries(
    site: Site, by_outlet: Mapping[str, list[Article]], citing: Mapping[str, list[Briefing]]
) -> dict[str, Country]:
    """Each country of an outlet with articles: its outlets, and the stories citing them."""
    outlets: dict[str, list[Outlet]] = defaultdict(list)
    for slug, outlet in site.config.outlets.items():
        code = country_code(outlet.country)
        if code is not None and slug in by_outlet:
            outlets[code].append(outlet)
    place = {b.slug: n for n, b in enumerate(site.briefings)}
    found: dict[str, Country] = {}
    for code, members in sorted(outlets.items()):
        members.sort(key=lambda o: (o.name.casefold(), o.slug))
        cited = {b.slug for o in members for a in by_outlet[o.slug] for b in citing.get(a.id, ())}
        stories = tuple(sorted(cited, key=place.__getitem__))
        found[code] = Country(code, country_name(code), tuple(o.slug for o in members), stories)
    return found


def _with_ancestors(slugs: tuple[str, ...], site: Site) -> list[str]:
    """The topics a story is filed under, plus every parent topic above them."""
    found: dict[str, None] = {}
    for slug in slugs:
        current: str | None = slug
        while current is not None and current not in found:
            found[current] = None
            current = site.config.topics[current].parent
    return list(found)
