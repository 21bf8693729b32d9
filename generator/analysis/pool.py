"""Analysing many stories on all cores, when there are enough for it to pay.

The cache entries come back in story order, the same from forked workers (see `forked`) as
from one process. The loaded articles carry
no body unless the site publishes full text: each story's bodies are read from the files when
it is analysed, and dropped after.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from generator.analysis.cache import entry
from generator.analysis.language import UNKNOWN
from generator.analysis.story import analyse
from generator.forked import cores, map_runs
from generator.load.articles import read_body
from generator.model.analysis import Entry
from generator.model.site import Article, Briefing, Outlet
from generator.model.wires import DEFAULT, Registry

MIN_STORIES_PER_WORKER = 100


@dataclass(frozen=True)
class _Job:
    root: Path
    stories: Sequence[tuple[Briefing, Sequence[Article]]]
    outlets: Mapping[str, Outlet]
    wires: Registry
    site_language: str


def with_bodies(root: Path, articles: Sequence[Article]) -> list[Article]:
    """The articles with their bodies, read from their files where the model keeps none."""
    return [a if a.body else replace(a, body=read_body(root / a.path)) for a in articles]


def _analysed(job: _Job, briefing: Briefing, articles: Sequence[Article]) -> Entry:
    return entry(
        analyse(briefing, with_bodies(job.root, articles), job.outlets, job.wires, job.site_language)
    )


def analyse_all(
    root: Path,
    stories: Sequence[tuple[Briefing, Sequence[Article]]],
    outlets: Mapping[str, Outlet],
    wires: Registry = DEFAULT,
    site_language: str = UNKNOWN,
) -> list[Entry]:
    """The cache entry of `analyse()` of every (briefing, its articles), in order; `outlets`,
    `wires` and `site_language` are the site's (`SiteConfig.wires`: the built-in wires and
    `site.yaml`'s own; `SiteConfig.language`).

    Forked workers share the work when there are enough stories (see `forked`); each result is
    pickled where it is made, so it crosses to this process once, as the bytes the cache keeps.
    """
    job = _Job(root, stories, outlets, wires, site_language)

    def run(start: int, end: int) -> list[Entry]:
        return [_analysed(job, b, articles) for b, articles in stories[start:end]]

    return map_runs(run, len(stories), cores(), MIN_STORIES_PER_WORKER)
