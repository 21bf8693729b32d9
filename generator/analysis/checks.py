"""The analyse stage: analyse every note (through the cache) and check its citations.

`briefing check` reports a key point that cites nothing, a citation whose article says nothing
like the point (likely the wrong article), naming the best candidate sentence found, and a
citation whose article says otherwise (another figure, a negation, another place or source, the
opposite verb), naming the words that differ and the sentence. All are warnings, so `--strict` makes
them fail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from generator.analysis.cache import AnalysisCache, digest, outlets_digest
from generator.analysis.language import UNKNOWN
from generator.analysis.pool import analyse_all
from generator.analysis.story import story_articles
from generator.errors import Report
from generator.load.briefings import LoadedBriefing
from generator.model.analysis import Analyses, Contradiction, Entry, Finding
from generator.model.site import Article, Outlet
from generator.model.wires import DEFAULT, Registry

QUOTE_CHARS = 90


def check(
    root: Path,
    loaded: Sequence[LoadedBriefing],
    articles: Mapping[str, Article],
    outlets: Mapping[str, Outlet],
    report: Report,
    cache: AnalysisCache | None = None,
    versions: Mapping[tuple[str, str], str] | None = None,
    wires: Registry = DEFAULT,
    site_language: str = "",
) -> tuple[Analyses, int]:
    """Analyse every loaded note, report its citation problems; the analyses by slug, and how
    many stories were analysed (the others came from the cache).

    With `cache` (kept by the preview) nothing is read from or written to disk here. With
    `versions` (of the loaded notes and articles), a story whose files are unchanged gets its
    digest from the cache without hashing its inputs.
    """
    kept = cache is not None
    cache = cache or AnalysisCache(root)
    cache.begin()
    outlets_key = outlets_digest(outlets, wires, site_language)
    keyed = []
    for item in loaded:
        sources = story_articles(item.briefing, articles)
        key = None
        if versions is not None:
            inputs = "\0".join(
                [outlets_key, versions[("briefing", item.briefing.slug)]]
                + [versions[("article", a.id)] for a in sources]
            )
            key = cache.digests.get(inputs)
        if key is None:
            key = digest(item.briefing, sources, outlets_key)
            if versions is not None:
                cache.remember(inputs, key)
        keyed.append((item, key, sources))
    entries = {key: hit for _, key, _ in keyed if (hit := cache.get(key)) is not None}
    missing = {key: (item.briefing, sources) for item, key, sources in keyed if key not in entries}
    for key, made in zip(
        missing,
        analyse_all(root, list(missing.values()), outlets, wires, site_language or UNKNOWN),
        strict=True,
    ):
        entries[key] = made
        cache.put(key, made)
    if kept:
        cache.drop_unused()
    else:
        cache.save()
    for item, key, _ in keyed:
        _report(item, entries[key][0], articles, report)
    analyses = Analyses(
        {item.briefing.slug: entries[key] for item, key, _ in keyed},
        {item.briefing.slug: key for item, key, _ in keyed},
    )
    return analyses, len(missing)


def recheck(
    root: Path,
    loaded: Sequence[LoadedBriefing],
    articles: Mapping[str, Article],
    outlets: Mapping[str, Outlet],
    report: Report,
    cache: AnalysisCache,
    previous: Analyses,
    wires: Registry = DEFAULT,
    site_language: str = "",
) -> Analyses:
    """`check` of some notes after the preview's quick reload (see `reload`): each is digested
    again (and analysed, if its digest moved) and its citation problems reported; the other
    stories keep their analysis."""
    outlets_key = outlets_digest(outlets, wires, site_language)
    updates: dict[str, tuple[Entry, str]] = {}
    for item in loaded:
        sources = story_articles(item.briefing, articles)
        key = digest(item.briefing, sources, outlets_key)
        made = cache.get(key)
        if made is None:
            (made,) = analyse_all(root, [(item.briefing, sources)], outlets, wires, site_language or UNKNOWN)
            cache.put(key, made)
        updates[item.briefing.slug] = (made, key)
        _report(item, made[0], articles, report)
    return previous.replaced(updates)


def _report(
    item: LoadedBriefing, findings: Sequence[Finding], articles: Mapping[str, Article], report: Report
) -> None:
    briefing = item.briefing
    for finding in findings:
        lines = item.point_lines[finding.point]
        if finding.article is None:
            report.warn(
                briefing.path,
                lines.line,
                f"key_points[{finding.point}]",
                "cites no source: add sources: [article ids] so readers can check it",
            )
            continue
        number, line = lines.sources[finding.article]
        article = articles[finding.article]
        report.warn(
            briefing.path,
            line,
            f"key_points[{finding.point}].sources[{number}]",
            _weak_message(finding, article)
            if finding.contradiction is None
            else _contradiction_message(finding.contradiction, article),
        )


def _contradiction_message(found: Contradiction, article: Article) -> str:
    return (
        f"'{article.id}' does not support this point ({found.differs} differs): "
        f"point: {found.point}; article: {found.article}; "
        f'{article.path}:{found.quote.line}: "{_shown(found.quote.text)}"'
    )


def _shown(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "…"


def _weak_message(finding: Finding, article: Article) -> str:
    found = f"'{finding.article}' says nothing like this point (likely the wrong article)"
    if finding.best is None:
        return f"{found}; none of its sentences shares a word with the point"
    return (
        f"{found}; best candidate (similarity {finding.score:.2f}): "
        f'{article.path}:{finding.best.line}: "{_shown(finding.best.text)}"'
    )
