"""The load phase: read `site.yaml` and every content file into a validated `Site`."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TypeVar

from generator.analysis.cache import AnalysisCache
from generator.analysis.checks import check as check_analyses
from generator.errors import Problem, Report, did_you_mean
from generator.forked import cores, map_runs
from generator.incremental.content_cache import ContentCache, FileKey, Stat, fingerprint
from generator.load.articles import read_article
from generator.load.briefings import LoadedBriefing, read_briefing
from generator.load.config import CONFIG_FILE, read_config
from generator.load.dates import now
from generator.model.site import Article, Briefing, Outlet, Site, SiteConfig, Storyline, Topic
from generator.preview.quickload import Folder, LoadState, Readers, citing_of, reload, stamp
from generator.preview.state import Warm
from generator.render.urls import slugify

T = TypeVar("T")
log = logging.getLogger("briefing.load")
MIN_FILES_PER_WORKER = 200  # below this, forking costs more than it saves
ARTICLES_DIR = "content/articles"
BRIEFINGS_DIR = "content/briefings"
# Cached objects of another shape (an older version's) are never reused.
SHAPES = tuple(tuple(f.name for f in fields(kind)) for kind in (Article, Briefing, LoadedBriefing))
CONFIG_SHAPES = tuple(tuple(f.name for f in fields(kind)) for kind in (SiteConfig, Topic, Outlet, Storyline))


@dataclass(frozen=True)
class LoadOptions:
    """What the user asked for that changes what is loaded."""

    drafts: bool = False
    base_url: str | None = None


def load_site(root: Path, options: LoadOptions, warm: Warm | None = None) -> tuple[Site, Report]:
    """Read and validate everything; the report holds every problem found.

    With `warm` (the preview's), the caches stay in memory, only files the watcher reported
    are looked at again, and an in-place edit of content files patches the last load (see
    `reload`); nothing is saved here.
    """
    root = root.resolve()  # cache keys and reported paths must not depend on how root was given
    changed = warm.begin() if warm is not None else None
    if warm is not None:
        warm.delta = None
        quick = _quick(root, options, warm, changed)
        if quick is not None:
            return quick
        warm.loaded = None
    report = Report(root)
    if warm is None:
        cache = ContentCache(root)
    else:
        cache = warm.content = warm.content or ContentCache(root)
        cache.trust_unchanged(changed)
        warm.analyses = warm.analyses or AnalysisCache(root)
    config_stamp = stamp(root / CONFIG_FILE)  # before reading: a save after it is seen next time
    own = Report(root)
    config = _read_config(cache, root, options.base_url, own)
    report.problems.extend(own.problems)
    article_paths = _listed(root, ARTICLES_DIR, ".md", report, warm)
    briefing_paths = _listed(root, BRIEFINGS_DIR, ".yaml", report, warm)
    outlets = fingerprint(
        config.outlets,
        config.timezone,
        config.excerpt_words,
        config.publish_full_text,
        options.drafts,
        SHAPES,
    )
    articles: dict[str, Article] = {}
    versions: dict[tuple[str, str], str] = {}
    read_article, read_note, finish = _readers(config, article_paths, briefing_paths, options)

    article_files = _load_all(cache, root, article_paths, outlets, read_article, ARTICLES_DIR)
    drafted: set[str] = set()  # draft articles, left out of a build without --drafts
    for article, version, problems in article_files:
        report.problems.extend(problems)
        if article is not None and article.draft and not options.drafts:
            drafted.add(article.id)
        elif article is not None:
            articles[article.id] = article
            versions[("article", article.id)] = version

    checked_against = fingerprint(
        config.topics, config.storylines, config.timezone, sorted(map(_stem, article_paths)), SHAPES
    )
    loaded: list[LoadedBriefing] = []
    note_files = _load_all(cache, root, briefing_paths, checked_against, read_note, BRIEFINGS_DIR)
    for item, version, problems in note_files:
        report.problems.extend(problems)
        if item is not None:
            loaded.append(item)
            versions[("briefing", item.briefing.slug)] = version
    cache.keep_only({str(root / CONFIG_FILE), *article_paths, *briefing_paths})
    if warm is None:
        cache.save()
    published = frozenset(i.briefing.slug for i in loaded if options.drafts or not i.briefing.draft)
    across = Report(root)  # the checks across notes, kept apart for the preview's quick reload
    finish(loaded, published, across)
    report.problems.extend(across.problems)

    briefings = [item.briefing for item in loaded if options.drafts or not item.briefing.draft]
    briefings.sort(key=lambda b: (b.date, b.slug), reverse=True)
    _check_drafted(briefings, drafted, report)
    cited = Report(root)
    analyses = check_analyses(
        root, loaded, articles, config.outlets, cited, warm.analyses if warm else None, versions
    )
    report.problems.extend(cited.problems)
    versions.update((("analysis", slug), analyses.digest(slug)) for slug in analyses)
    site = Site(
        config=config, articles=articles, briefings=tuple(briefings), versions=versions, analyses=analyses
    )
    if warm is not None and not report.errors:
        warm.loaded = LoadState(
            options.drafts,
            options.base_url,
            config,
            config_stamp,
            own.problems,
            Folder.of(article_paths, outlets, article_files),
            Folder.of(briefing_paths, checked_against, note_files),
            site,
            citing_of(loaded),
            {b.slug: n for n, b in enumerate(site.briefings)},
            {item.briefing.slug: n for n, (item, _, _) in enumerate(note_files) if item is not None},
            (read_article, read_note, finish),
            published,
            across.problems,
            cited.problems,
        )
    return site, report


def _read_config(cache: ContentCache, root: Path, base_url: str | None, report: Report) -> SiteConfig:
    """`read_config`, through the content cache: a large `site.yaml` (1,400 topics) takes a
    quarter of a second to parse and check."""
    path = root / CONFIG_FILE
    key = cache.key(path, fingerprint(base_url, CONFIG_SHAPES))
    hit = cache.get(path, key)
    if hit is not None:
        config, problems, _ = hit
        report.problems.extend(problems)
        return config
    own = Report(root)
    config = read_config(root, own, base_url)
    cache.put(path, key, config, own.problems, "")
    report.problems.extend(own.problems)
    return config


def _readers(
    config: SiteConfig, article_paths: list[str], briefing_paths: list[str], options: LoadOptions
) -> Readers:
    """How one article and one note are read, and the checks across notes, for these files."""
    article_ids = set(map(_stem, article_paths))
    slugs = set(map(_stem, briefing_paths))

    def read_article_file(path: Path, own: Report) -> Article | None:
        return read_article(path, config, own)

    def read_note(path: Path, own: Report) -> LoadedBriefing | None:
        return read_briefing(path, config, article_ids, own)

    def finish(loaded: Sequence[LoadedBriefing], published: Collection[str], report: Report) -> None:
        _check_related(loaded, slugs, published, report)
        _warn_future(loaded, report)

    return read_article_file, read_note, finish


def _quick(
    root: Path, options: LoadOptions, warm: Warm, changed: set[str] | None
) -> tuple[Site, Report] | None:
    """The last load patched with the edited files (see `reload`), or None."""
    state = warm.loaded
    if (
        state is None
        or changed is None
        or (state.drafts, state.base_url) != (options.drafts, options.base_url)
    ):
        return None
    report = Report(root)
    article_paths = _listed(root, ARTICLES_DIR, ".md", report, warm)
    briefing_paths = _listed(root, BRIEFINGS_DIR, ".yaml", report, warm)
    return reload(root, warm, changed, report, (article_paths, briefing_paths))


def _load_all(
    cache: ContentCache,
    root: Path,
    paths: list[str],
    depends: str,
    read: Callable[[Path, Report], T | None],
    folder: str,
) -> list[tuple[T | None, str, list[Problem]]]:
    """`read(path)` of every path through the cache: what it gave, a digest of it, its problems.

    Files the cache cannot answer for are read on all cores when there are enough of them.
    """
    # A file the cache has never seen cannot be a hit: its digest is taken where it is read,
    # on all cores, not here first (a cold build would otherwise hash every file in this one).
    known = [cache.knows(path) for path in paths]
    keys = [cache.key(path, depends) if seen else None for path, seen in zip(paths, known, strict=True)]
    hits = [cache.get(p, key) if seen else None for p, key, seen in zip(paths, keys, known, strict=True)]
    missing = [n for n, hit in enumerate(hits) if hit is None]

    def run(start: int, end: int) -> list[tuple[T | None, list[Problem], str, FileKey, Stat | None]]:
        made = []
        for n in missing[start:end]:
            path, own = paths[n], Report(root)
            key = keys[n] if known[n] else cache.key(path, depends)  # the digest before the read
            value = read(Path(path), own)
            made.append((value, own.problems, fingerprint(value), key, cache.stat(path)))
        return made

    log.info(
        "read %d of %d files in %s (the others from the content cache)", len(missing), len(paths), folder
    )
    read_now = dict(zip(missing, map_runs(run, len(missing), cores(), MIN_FILES_PER_WORKER), strict=True))
    loaded: list[tuple[T | None, str, list[Problem]]] = []
    for n, (path, hit) in enumerate(zip(paths, hits, strict=True)):
        if hit is not None:
            value, problems, version = hit
        else:
            value, problems, version, key, stat = read_now[n]
            cache.put(path, key, value, problems, version, stat)
        loaded.append((value, version, problems))
    return loaded


def _listed(root: Path, folder: str, suffix: str, report: Report, warm: Warm | None) -> list[str]:
    """`_content_files`, reused by the preview while the folder's modification time is the same
    (adding, removing or renaming a file changes it; editing one in place does not)."""
    if warm is None:
        return _content_files(root, folder, suffix, report)
    try:
        stamp: int | None = (root / folder).stat().st_mtime_ns
    except OSError:
        stamp = None
    kept = warm.listings.get(folder)
    if kept is not None and stamp is not None and kept[0] == stamp:
        report.problems.extend(kept[2])
        return kept[1]
    own = Report(root)
    paths = _content_files(root, folder, suffix, own)
    report.problems.extend(own.problems)
    warm.listings[folder] = (stamp, paths, own.problems)
    return paths


def _content_files(root: Path, folder: str, suffix: str, report: Report) -> list[str]:
    """The paths of the content files of one folder, sorted; strays and unsafe names are reported.

    Paths are strings (`root` is absolute): at 40,000 files, making a `Path` of each costs a
    warm build more than everything else its listing does.
    """
    directory = root / folder
    if not directory.is_dir():
        report.warn(directory, None, "", f"folder {folder}/ is missing: nothing to load from it")
        return []
    found: dict[str, str] = {}
    root_real = root.resolve()
    inside = directory.resolve().is_relative_to(root_real)
    prefix = f"{directory}{os.sep}"
    with os.scandir(directory) as entries:
        listed = sorted(entries, key=lambda e: e.name)
    for entry in listed:
        name = entry.name
        if name.startswith(".") or name.endswith("~"):
            continue
        path = prefix + name
        if not name.endswith(suffix) or name == suffix or not entry.is_file():
            report.warn(path, None, "", f"ignored: only {suffix} files are read in {folder}/")
            continue
        # Only a link can lead out of a folder that is itself inside the project.
        if (entry.is_symlink() or not inside) and not Path(path).resolve().is_relative_to(root_real):
            report.error(path, None, "", "is a link to a file outside the project; refused")
            continue
        key = slugify(name[: -len(suffix)])
        if key in found:
            other = os.path.basename(found[key])
            report.error(path, None, "", f"'{name}' and '{other}' give the same slug '{key}': rename one")
            continue
        found[key] = path
    return list(found.values())


def _stem(path: str) -> str:
    """The file name without its suffix, as `Path.stem` gives it."""
    return path.rpartition(os.sep)[2].rpartition(".")[0]


def _check_related(
    loaded: Sequence[LoadedBriefing], slugs: set[str], published: Collection[str], report: Report
) -> None:
    """`related:` names briefings that exist and are published (`published`: the slugs shown)."""
    for item in loaded:
        briefing = item.briefing
        for slug, line in item.related_lines.items():
            where = f"related[{item.related_index[slug]}]"
            if slug == briefing.slug:
                report.warn(briefing.path, line, where, "a briefing cannot be related to itself")
            elif slug not in slugs:
                report.error(
                    briefing.path, line, where, f"unknown briefing '{slug}'{did_you_mean(slug, slugs)}"
                )
            elif slug not in published and not briefing.draft:
                report.warn(briefing.path, line, where, f"'{slug}' is a draft: not linked")


def _check_drafted(briefings: Sequence[Briefing], drafted: set[str], report: Report) -> None:
    """A note shown on the site may not rest on an article left out as a draft."""
    for briefing in briefings:
        for index, article_id in enumerate(briefing.sources):
            if article_id in drafted:
                report.error(
                    briefing.path,
                    None,
                    f"sources[{index}]",
                    f"'{article_id}' is a draft article (draft: true): publish it or build with --drafts",
                )


def _warn_future(loaded: Sequence[LoadedBriefing], report: Report) -> None:
    current = now()
    for item in loaded:
        if item.briefing.date > current:
            report.warn(
                item.briefing.path,
                None,
                "date",
                f"is in the future ({item.briefing.date.isoformat()}); it is published anyway",
            )
