"""Storylines: the briefings of one developing story, oldest first, and each one's neighbours."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from generator.model.site import Briefing


@dataclass(frozen=True)
class Neighbours:
    """Where a briefing sits in its storyline."""

    storyline: str
    position: int
    count: int
    previous: Briefing | None
    next: Briefing | None


def storyline_index(briefings: Iterable[Briefing]) -> dict[str, tuple[Briefing, ...]]:
    """The briefings of each storyline that has any, oldest first (by date, then slug)."""
    found: dict[str, list[Briefing]] = {}
    for briefing in briefings:
        if briefing.storyline:
            found.setdefault(briefing.storyline, []).append(briefing)
    return {
        slug: tuple(sorted(items, key=lambda b: (b.date, b.slug))) for slug, items in sorted(found.items())
    }


def neighbours(briefing: Briefing, index: Mapping[str, tuple[Briefing, ...]]) -> Neighbours | None:
    """The briefing before and after `briefing` in its storyline, or None outside any."""
    if not briefing.storyline or briefing.storyline not in index:
        return None
    line = index[briefing.storyline]
    at = next(n for n, other in enumerate(line) if other.slug == briefing.slug)
    return Neighbours(
        storyline=briefing.storyline,
        position=at + 1,
        count=len(line),
        previous=line[at - 1] if at > 0 else None,
        next=line[at + 1] if at + 1 < len(line) else None,
    )
