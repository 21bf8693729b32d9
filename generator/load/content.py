"""The load stage: read `site.yaml` and every content file, validate them, and build the model.

`load_content` reads through the content cache (a file unchanged since the last build is not
parsed again) and on all cores when there are many files to read. What it returns, `Loaded`,
is the site's model less the analyses (the next stage, see `pipeline.analyse`), with every
problem found, and how each file was read: the preview keeps that to patch it after an edit
(see `preview/quickload`).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any, TypeVar

from generator.errors import Problem, Report, did_you_mean
from generator.forked import cores, map_runs
from generator.incremental.content_cache import ContentCache, FileDigest, Stat, digest_of
from generator.load.articles import read_article
from generator.load.briefings import LoadedBriefing, read_briefing
from generator.load.config import CONFIG_FILE, read_config
from generator.load.dates import now
from generator.model.site import Article, Briefing, SiteConfig
from generator.render.urls import slugify

T = TypeVar("T")
log = logging.getLogger("briefing.load")
MIN_FILES_PER_WORKER = 200  # below this, forking costs more than it saves
ARTICLES_DIR = "content/articles"
BRIEFINGS_DIR = "content/briefings"
# How a load reads one article and one note, and its checks across notes.
Readers = tuple[
    Callable[[Path, Report], Article | None],
    Callable[[Path, Report], LoadedBriefing | None],
    Callable[[Sequence[LoadedBriefing], Collection[str], Report], None],
]
# How a content folder is listed: (root, folder, suffix, report) -> the paths of its files.
Lister = Callable[[Path, str, str, Report], list[str]]


@dataclass(frozen=True)
class LoadOptions:
    """What the user asked for that changes what is loaded."""

    drafts: bool = False
    base_url: str | None = None


@dataclass
class Folder:
    """One content folder as a load read it: its files, what each gave, its problems."""

    paths: list[str]  # the listing object itself: the preview keeps it while the folder is the same
    depends: str  # what its files were checked against
    index: dict[str, int]  # path -> position
    values: list[Any]
    versions: list[str]
    problems: list[list[Problem]]
    flat: list[Problem] | None = None  # all of `problems`, in order, once asked for

    @classmethod
    def of(cls, paths: list[str], depends: str, loaded: list[tuple[Any, str, list[Problem]]]) -> Folder:
        return cls(
            paths,
            depends,
            {p: n for n, p in enumerate(paths)},
            [value for value, _, _ in loaded],
            [version for _, version, _ in loaded],
            [problems for _, _, problems in loaded],
        )

    def all_problems(self) -> list[Problem]:
        if self.flat is None:
            self.flat = list(chain.from_iterable(self.problems))
        return self.flat


@dataclass(frozen=True)
class Loaded:
    """What the load stage read: the model less its analyses, and every problem found.

    `notes` are the notes that could be read (drafts included), with the lines of their fields:
    the analyse stage reports citation problems there. `article_files` and the fields after it
    say how each file was read, for a later load to reuse (the preview's quick reload).
    """

    config: SiteConfig
    articles: Mapping[str, Article]  # by id; draft articles only with --drafts
    briefings: tuple[Briefing, ...]  # the notes shown, newest first
    versions: Mapping[tuple[str, str], str]  # ("article", id) or ("briefing", slug) -> a digest
    notes: list[LoadedBriefing]
    report: Report
    article_files: Folder
    note_files: Folder
    readers: Readers
    config_problems: list[Problem] = field(default_factory=list)
    published: frozenset[str] = frozenset()  # the slugs of the notes shown
    across: list[Problem] = field(default_factory=list)  # found by the checks across notes


def load_content(
    root: Path, options: LoadOptions, cache: ContentCache | None = None, lister: Lister | None = None
) -> Loaded:
    """Read and validate everything; `Loaded.report` holds every problem found.

    Without `cache`, the content cache is read from `.cache/` and saved again; with one (the
    preview's, kept in memory), nothing is saved here. `lister` lists a content folder
    (`content_files` by default; the preview reuses a listing while its folder is unchanged).
    """
    root = root.resolve()  # cache keys and reported paths must not depend on how root was given
    report = Report(root)
    own = cache is None
    cache = cache or ContentCache(root)
    listed = lister or content_files
    config_report = Report(root)
    config = _read_config(cache, root, options.base_url, config_report)
    report.problems.extend(config_report.problems)
    article_paths = listed(root, ARTICLES_DIR, ".md", report)
    briefing_paths = listed(root, BRIEFINGS_DIR, ".yaml", report)
    outlets = digest_of(
        config.outlets,
        config.timezone,
        config.excerpt_words,
        config.publish_full_text,
        options.drafts,
    )
    articles: dict[str, Article] = {}
    versions: dict[tuple[str, str], str] = {}
    read_article, read_note, finish = readers = _readers(config, article_paths, briefing_paths, options)

    article_files = _load_all(cache, root, article_paths, outlets, read_article, ARTICLES_DIR)
    drafted: set[str] = set()  # draft articles, left out of a build without --drafts
    for article, version, problems in article_files:
        report.problems.extend(problems)
        if article is not None and article.draft and not options.drafts:
            drafted.add(article.id)
        elif article is not None:
            articles[article.id] = article
            versions[("article", article.id)] = version

    checked_against = digest_of(
        config.topics, config.storylines, config.timezone, sorted(map(_stem, article_paths))
    )
    loaded: list[LoadedBriefing] = []
    note_files = _load_all(cache, root, briefing_paths, checked_against, read_note, BRIEFINGS_DIR)
    for item, version, problems in note_files:
        report.problems.extend(problems)
        if item is not None:
            loaded.append(item)
            versions[("briefing", item.briefing.slug)] = version
    cache.keep_only({str(root / CONFIG_FILE), *article_paths, *briefing_paths})
    if own:
        cache.save()
    published = frozenset(i.briefing.slug for i in loaded if options.drafts or not i.briefing.draft)
    across = Report(root)  # the checks across notes, kept apart for the preview's quick reload
    finish(loaded, published, across)
    report.problems.extend(across.problems)

    briefings = [item.briefing for item in loaded if options.drafts or not item.briefing.draft]
    briefings.sort(key=lambda b: (b.date, b.slug), reverse=True)
    _check_drafted(briefings, drafted, report)
    return Loaded(
        config,
        articles,
        tuple(briefings),
        versions,
        loaded,
        report,
        Folder.of(article_paths, outlets, article_files),
        Folder.of(briefing_paths, checked_against, note_files),
        readers,
        config_report.problems,
        published,
        across.problems,
    )


def _read_config(cache: ContentCache, root: Path, base_url: str | None, report: Report) -> SiteConfig:
    """`read_config`, through the content cache: a large `site.yaml` (1,400 topics) takes a
    quarter of a second to parse and check."""
    path = root / CONFIG_FILE
    key = cache.file_digest(path, digest_of(base_url))
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
    keys = [
        cache.file_digest(path, depends) if seen else None for path, seen in zip(paths, known, strict=True)
    ]
    hits = [cache.get(p, key) if seen else None for p, key, seen in zip(paths, keys, known, strict=True)]
    missing = [n for n, hit in enumerate(hits) if hit is None]

    def run(start: int, end: int) -> list[tuple[T | None, list[Problem], str, FileDigest, Stat | None]]:
        made = []
        for n in missing[start:end]:
            path, own = paths[n], Report(root)
            key = keys[n] if known[n] else cache.file_digest(path, depends)  # the digest before the read
            value = read(Path(path), own)
            made.append((value, own.problems, digest_of(value), key, cache.stat(path)))
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


def content_files(root: Path, folder: str, suffix: str, report: Report) -> list[str]:
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
