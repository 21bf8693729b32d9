"""`analyse()`: everything the site computes about one story from its note and its articles.

A pure function of its inputs (the note's key points, the articles' ids, metadata and bodies,
the outlets), so its result can be cached by a digest of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from generator.analysis.attribution import Attribution, attributions
from generator.analysis.corpus import Corpus, Quote
from generator.analysis.diversity import Diversity, Profile, diversity, profile
from generator.analysis.evidence import PointEvidence, evidence
from generator.analysis.unique import Agreed, OnlyIn, agreed, only_in
from generator.analysis.wire import Coverage, coverage
from generator.model.site import Article, Briefing, Outlet

VERSION = 3  # bump when a method or threshold changes: cached results are then recomputed


class Finding(NamedTuple):
    """A citation problem of one key point: it cites nothing (`article` None), or a weak source."""

    point: int
    article: str | None
    score: float
    best: Quote | None


@dataclass(frozen=True)
class StoryAnalysis:
    """Provenance, evidence and what each source adds, for one briefing."""

    version: int
    articles: tuple[str, ...]  # the source articles, earliest first
    coverage: Coverage
    attributions: tuple[Attribution, ...]
    evidence: tuple[PointEvidence, ...]  # one per key point, in the note's order
    only_in: tuple[OnlyIn, ...]
    agreed: tuple[Agreed, ...]
    profiles: tuple[Profile, ...]  # one per newsroom
    diversity: Diversity

    @property
    def first(self) -> str | None:
        """The earliest article of the story."""
        return self.articles[0] if self.articles else None

    @property
    def findings(self) -> tuple[Finding, ...]:
        """What `briefing check` reports: uncited key points, and citations that support nothing."""
        found = []
        for index, point in enumerate(self.evidence):
            if not point.cited:
                found.append(Finding(index, None, 0.0, None))
            elif point.checkable:
                found.extend(Finding(index, s.article, s.score, s.best) for s in point.supports if s.weak)
        return tuple(found)


def story_articles(briefing: Briefing, articles: Mapping[str, Article]) -> list[Article]:
    """The loaded source articles of a briefing, earliest first (the order of its source list)."""
    found = (articles[i] for i in briefing.sources if i in articles)
    return sorted(found, key=lambda a: (a.published, a.id))


def analyse(briefing: Briefing, articles: Sequence[Article], outlets: Mapping[str, Outlet]) -> StoryAnalysis:
    """Analyse one story: `articles` are its sources (any order), `outlets` the site's."""
    ordered = sorted(articles, key=lambda a: (a.published, a.id))
    corpus = Corpus.of(ordered)
    counted = coverage(ordered, outlets)
    profiles = tuple(profile(newsroom, outlets) for newsroom in counted.newsrooms)
    return StoryAnalysis(
        version=VERSION,
        articles=tuple(a.id for a in ordered),
        coverage=counted,
        attributions=attributions(corpus),
        evidence=tuple(evidence(point, corpus) for point in briefing.key_points),
        only_in=only_in(corpus),
        agreed=agreed(corpus),
        profiles=profiles,
        diversity=diversity(profiles),
    )
