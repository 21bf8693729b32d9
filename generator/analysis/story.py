"""`analyse()`: everything the site computes about one story from its note and its articles.

A pure function of its inputs (the note's key points, the articles' ids, metadata and bodies,
the outlets), so its result can be cached by a digest of them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache, partial

from generator.analysis import agree_gate, dispute_gate
from generator.analysis.attribution import credit_labels
from generator.analysis.attribution import of_story as credits_of
from generator.analysis.corpus import Corpus
from generator.analysis.diversity import diversity, profile
from generator.analysis.evidence import evidence
from generator.analysis.facts import story_facts
from generator.analysis.known_sources import KnownSources
from generator.analysis.language import UNKNOWN, note_language
from generator.analysis.unique_gate import Gate, gated, gated_across
from generator.analysis.wire import coverage
from generator.model.analysis import StoryAnalysis
from generator.model.site import Article, Briefing, Outlet
from generator.model.wires import DEFAULT, Registry

VERSION = 117  # bump when a method or threshold changes: cached results are then recomputed


def story_articles(briefing: Briefing, articles: Mapping[str, Article]) -> list[Article]:
    """The loaded source articles of a briefing, earliest first (the order of its source list)."""
    found = (articles[i] for i in briefing.sources if i in articles)
    return sorted(found, key=lambda a: (a.published, a.id))


def analyse(
    briefing: Briefing,
    articles: Sequence[Article],
    outlets: Mapping[str, Outlet],
    wires: Registry = DEFAULT,
    site_language: str = UNKNOWN,
) -> StoryAnalysis:
    """Analyse one story: `articles` are its sources (any order), `outlets`, `wires` and
    `site_language` the site's (the language its articles and notes are expected in)."""
    ordered = sorted(articles, key=lambda a: (a.published, a.id))
    corpus = Corpus.of(ordered, outlets, site_language)
    counted = coverage(ordered, outlets, wires, corpus)
    profiles = tuple(profile(newsroom, outlets) for newsroom in counted.newsrooms)
    # The note's language is detected (0.2 ms) only when a key point cites an article to compare.
    note = note_language(briefing, site_language) if any(p.sources for p in briefing.key_points) else UNKNOWN
    known = KnownSources(wires, outlets)  # the sources a key point may name (the claim check)
    points = tuple(evidence(point, corpus, note, known) for point in briefing.key_points)
    credited = credits_of(corpus, briefing, points, counted, outlets, wires, note, site_language)
    rooms = {a: n.key for n in counted.newsrooms for a in n.articles}
    claims = [*credited.attributions, *(c for conflict in credited.conflicts for c in conflict.claims)]
    found = story_facts(corpus, rooms, credit_labels(claims))
    gate = cache(partial(Gate, corpus, rooms))  # the newsrooms' words: read once, for two gates
    return StoryAnalysis(
        version=VERSION,
        articles=tuple(a.id for a in ordered),
        coverage=counted,
        attributions=credited.attributions,
        evidence=points,
        # shown only on positive evidence; a newsroom in another language by its counts only
        only_in=gated(found.only_in, gate) + gated_across(found.across, gate),
        agreed=agree_gate.gated(found.agreed, corpus, rooms),  # only with a quote all give alike
        profiles=profiles,
        diversity=diversity(profiles),
        disputed=dispute_gate.gated(found.disputed, rooms, gate),  # values for the same places
        not_compared=found.not_compared,
        languages=tuple((item.article.id, item.language) for item in corpus.articles),
        conflicts=credited.conflicts,
    )
