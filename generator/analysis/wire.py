"""Wire collapsing: which articles are independent reporting and which re-run agency copy.

An article with `via: Reuters` published by another outlet is Reuters copy: it counts towards
Reuters' newsroom, not its publisher's. A `via` naming an outlet of `site.yaml` (by name or
slug, ignoring case) is that outlet, so Reuters' own articles and reprints of them are one
newsroom.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.model.analysis import Coverage, Newsroom
from generator.model.site import Article, Outlet


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def newsroom_of(article: Article, outlets: Mapping[str, Outlet]) -> tuple[str, str, str | None]:
    """(key, name, outlet slug or None) of the newsroom behind `article`."""
    if not article.via:
        outlet = outlets[article.outlet]
        return outlet.slug, outlet.name, outlet.slug
    wanted = article.via.casefold()
    for slug, outlet in sorted(outlets.items()):
        if wanted in (slug.casefold(), outlet.name.casefold()):
            return slug, outlet.name, slug
    return f"via:{wanted}", article.via, None


def coverage(articles: Sequence[Article], outlets: Mapping[str, Outlet]) -> Coverage:
    """Count newsrooms and reprints: '2 articles · 2 newsrooms · 1 via Reuters'."""
    found: dict[str, tuple[str, str | None, list[str], list[str]]] = {}
    for article in sorted(articles, key=lambda a: (a.published, a.id)):
        key, name, slug = newsroom_of(article, outlets)
        entry = found.setdefault(key, (name, slug, [], []))
        entry[2].append(article.id)
        if article.via and article.outlet != slug:
            entry[3].append(article.id)
    newsrooms = tuple(
        Newsroom(key, name, slug, tuple(ids), tuple(reprints))
        for key, (name, slug, ids, reprints) in found.items()
    )
    parts = [_plural(len(articles), "article"), _plural(len(newsrooms), "newsroom")]
    parts += [f"{len(n.reprints)} via {n.name}" for n in newsrooms if n.reprints]
    return Coverage(len(articles), newsrooms, " · ".join(parts) if articles else "No source articles.")
