"""Diversity at a glance: a story's newsrooms by country, language and kind, from `site.yaml`.

Counts are of newsrooms, not articles, so three reprints of one wire story count once. Only
what `site.yaml` declares is counted; there are no bias scores.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from generator.model.analysis import Diversity, Facet, Newsroom, Profile
from generator.model.site import Outlet

UNKNOWN = "not recorded"


def profile(newsroom: Newsroom, outlets: Mapping[str, Outlet]) -> Profile:
    outlet = outlets.get(newsroom.outlet) if newsroom.outlet else None
    if outlet is None:
        return Profile(newsroom.key, None, None, "wire")  # a `via` credit that is not an outlet
    return Profile(newsroom.key, outlet.country, outlet.language, outlet.kind)


def _facet(name: str, values: Iterable[str | None]) -> Facet:
    counts = Counter(value or UNKNOWN for value in values)
    ordered = sorted(counts.items(), key=lambda item: (item[0] == UNKNOWN, -item[1], item[0].casefold()))
    return Facet(name, tuple(ordered))


def diversity(profiles: Iterable[Profile]) -> Diversity:
    """Count distinct newsrooms (by key) by country, language and kind."""
    unique = {p.key: p for p in profiles}
    chosen = [unique[key] for key in sorted(unique)]
    facets = (
        _facet("Countries", (p.country for p in chosen)),
        _facet("Languages", (p.language for p in chosen)),
        _facet("Kinds", (p.kind for p in chosen)),
    )
    return Diversity(len(chosen), facets if chosen else ())
