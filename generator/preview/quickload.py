"""The preview's quick reload: when only content files were edited in place, patch the last load.

A full load looks at every file (through the content cache) and derives the site from all of
them. While an editor types, the watcher names the one or two files saved; if those are
articles or notes the last load knew, the folders list the same files and `site.yaml` is
unchanged, the new site is the last one with those objects replaced. That holds only while the
edit leaves the site's shape alone: the edited object keeps what lists, pages and their order
are made from (a note's date, topics, sources, draft state, storyline; an article's outlet and
dates). Anything else (a new, removed or renamed file, a date change, a file with errors, a
template or `site.yaml` edit) falls back to the full load, which is always right.

`Delta` says what a quick reload replaced; the quick plan (`quickplan`) uses it to plan only
the outputs that read what changed. The stories the edit touches are analysed again here: a
quick reload stands for the load and analyse stages both.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.analysis.cache import AnalysisCache
from generator.analysis.checks import recheck
from generator.errors import Problem, Report
from generator.incremental.content_cache import ContentCache, Stat, digest_of
from generator.load.briefings import LoadedBriefing
from generator.load.config import CONFIG_FILE
from generator.load.content import Folder, Loaded, LoadOptions, Readers
from generator.model.site import Article, Briefing, Site, SiteConfig


def stat_of(path: Path) -> Stat | None:
    """A file's modification time, size and inode (None when it cannot be read)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size, info.st_ino)


def article_shape(article: Article) -> tuple[object, ...]:
    """What outlet pages and the sources page are made and ordered from."""
    return (article.id, article.outlet, article.published, article.updated, article.draft)


def briefing_shape(briefing: Briefing) -> tuple[object, ...]:
    """What list pages, feeds, the archive and storylines are made and ordered from."""
    b = briefing
    return (b.slug, b.date, b.updated, b.topics, b.sources, b.draft, b.storyline)


@dataclass(frozen=True)
class Delta:
    """What a quick reload replaced: briefing slugs, article ids, and the stories re-analysed
    (the edited notes and the notes citing an edited article)."""

    briefings: frozenset[str]
    articles: frozenset[str]
    stories: frozenset[str]


@dataclass
class LoadState:
    """What the preview keeps of its last successful load, to patch it on the next save."""

    drafts: bool
    base_url: str | None
    config: SiteConfig
    config_stat: Stat | None
    config_problems: list[Problem]
    articles: Folder
    briefings: Folder
    site: Site
    citing: Mapping[str, tuple[str, ...]]  # article id -> slugs of the notes citing it
    positions: dict[str, int]  # slug -> place in site.briefings
    notes: dict[str, int]  # slug -> place in the briefings folder
    readers: Readers
    published: frozenset[str]  # the slugs of the briefings shown
    across: list[Problem]  # found by the checks across notes (related stories, dates)
    cited: list[Problem]  # found by the citation checks

    @classmethod
    def of(
        cls, options: LoadOptions, config_stat: Stat | None, loaded: Loaded, site: Site, cited: list[Problem]
    ) -> LoadState:
        """What to keep of a full load (`config_stat`: `site.yaml`'s, taken before it was read)."""
        return cls(
            options.drafts,
            options.base_url,
            loaded.config,
            config_stat,
            loaded.config_problems,
            loaded.article_files,
            loaded.note_files,
            site,
            citing_of(loaded.notes),
            {b.slug: n for n, b in enumerate(site.briefings)},
            {item.briefing.slug: n for n, item in enumerate(loaded.note_files.values) if item is not None},
            loaded.readers,
            loaded.published,
            loaded.across,
            cited,
        )


def citing_of(loaded: list[LoadedBriefing]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for item in loaded:
        for article_id in item.briefing.sources:
            found.setdefault(article_id, []).append(item.briefing.slug)
    return {k: tuple(v) for k, v in found.items()}


def reload(
    root: Path,
    state: LoadState,
    cache: ContentCache,
    analysis_cache: AnalysisCache,
    changed: set[str],
    report: Report,
    listings: tuple[list[str], list[str]],
) -> tuple[Site, Delta | None] | None:
    """The site with the changed files patched in, and what was replaced; None when a full
    load is needed. With errors in the report the delta is None, and `state` is left as it was.

    `report` holds the listings' problems; `listings` are the folders' current listings (the
    same list objects while a folder is unchanged). The files are read as the last load read
    them (`LoadState.readers`); only the edited notes are checked against the others again (a
    future-dated note keeps its warning until the next full load), and only the stories they
    touch are re-analysed. On success, `state` becomes that of the new site.
    """
    if listings[0] is not state.articles.paths or listings[1] is not state.briefings.paths:
        return None
    if stat_of(root / CONFIG_FILE) != state.config_stat:
        return None
    read_article, read_note, finish = state.readers
    edited_articles: list[int] = []
    edited_notes: list[int] = []
    for path in changed:
        if path in state.articles.index:
            edited_articles.append(state.articles.index[path])
        elif path in state.briefings.index:
            edited_notes.append(state.briefings.index[path])
        elif not path.startswith(str(root / "content")):
            return None  # a template, static file or site.yaml: the full path
        # else: a file the unchanged listing does not load (a stray or editor file)
    cache.trust_unchanged(changed)
    articles = _patched(state.articles, edited_articles, cache, root, read_article)
    notes = _patched(state.briefings, edited_notes, cache, root, read_note)
    if articles is None or notes is None:
        return None
    site = state.site
    by_id = dict(site.articles)
    new_articles: set[str] = set()
    for n in edited_articles:
        old, new = state.articles.values[n], articles.values[n]
        if article_shape(old) != article_shape(new) or (new.draft and not state.drafts):
            return None
        by_id[new.id] = new
        new_articles.add(new.id)
    loaded: list[LoadedBriefing] = notes.values
    briefings = list(site.briefings)
    new_notes: set[str] = set()
    for n in edited_notes:
        old_item, new_item = state.briefings.values[n], loaded[n]
        if briefing_shape(old_item.briefing) != briefing_shape(new_item.briefing):
            return None
        slug = new_item.briefing.slug
        new_notes.add(slug)
        if slug in state.positions:
            briefings[state.positions[slug]] = new_item.briefing
    stories = set(new_notes)
    for article_id in new_articles:
        stories.update(state.citing.get(article_id, ()))

    report.problems.extend(state.config_problems)
    report.problems.extend(articles.all_problems())
    report.problems.extend(notes.all_problems())
    edited = [loaded[n] for n in edited_notes]
    found = Report(root)
    finish(edited, state.published, found)
    across = _renewed(state.across, report, edited, found.problems)
    redo = [loaded[state.notes[slug]] for slug in sorted(stories)]
    found = Report(root)
    analyses = recheck(
        root,
        redo,
        by_id,
        state.config.outlets,
        found,
        analysis_cache,
        site.analyses,
        wires=state.config.wires,
        site_language=state.config.language,
    )
    cited = _renewed(state.cited, report, redo, found.problems)
    report.problems.extend(across + cited)
    versions = dict(site.versions)
    for n in edited_articles:
        versions[("article", articles.values[n].id)] = articles.versions[n]
    for n in edited_notes:
        versions[("briefing", loaded[n].briefing.slug)] = notes.versions[n]
    versions.update((("analysis", slug), analyses.digest(slug)) for slug in stories if slug in analyses)
    new_site = replace(site, articles=by_id, briefings=tuple(briefings), versions=versions, analyses=analyses)
    if report.errors:
        return new_site, None  # the caller raises; the state stays that of the last good load
    state.articles, state.briefings, state.site = articles, notes, new_site
    state.across, state.cited = across, cited
    return new_site, Delta(frozenset(new_notes), frozenset(new_articles), frozenset(stories))


def _renewed(
    before: list[Problem], report: Report, notes: Sequence[LoadedBriefing], found: list[Problem]
) -> list[Problem]:
    """`before` with the problems of `notes` replaced by those `found` now."""
    if not notes:
        return before
    paths = {report.rel(item.briefing.path) for item in notes}
    return [p for p in before if p.path not in paths] + found


def _patched(
    folder: Folder,
    edited: list[int],
    cache: ContentCache,
    root: Path,
    read: Callable[[Path, Report], Any],
) -> Folder | None:
    """The folder with its edited files read again (through the cache); None if one now fails."""
    if not edited:
        return folder
    values, versions, problems = list(folder.values), list(folder.versions), list(folder.problems)
    same_problems = True
    for n in edited:
        path = folder.paths[n]
        key = cache.file_digest(path, folder.depends)
        hit = cache.get(path, key)
        if hit is not None:
            value, own_problems, version = hit
        else:
            own = Report(root)
            value = read(Path(path), own)
            own_problems, version = own.problems, digest_of(value)
            cache.put(path, key, value, own_problems, version)
        if value is None or any(p.severity == "error" for p in own_problems):
            return None  # the full load reports it, with everything else
        same_problems = same_problems and own_problems == problems[n]
        values[n], versions[n], problems[n] = value, version, own_problems
    flat = folder.flat if same_problems else None
    return Folder(folder.paths, folder.depends, folder.index, values, versions, problems, flat)
