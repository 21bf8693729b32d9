"""Storyline order and neighbours."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from generator.index.storylines import neighbours, storyline_index
from generator.model.site import Briefing

BASE = Briefing("x", "x.yaml", "X", datetime(2024, 11, 20, tzinfo=UTC), False, "s", (), (), ())


def note(slug: str, day: int, storyline: str | None) -> Briefing:
    return replace(BASE, slug=slug, date=datetime(2024, 11, day, tzinfo=UTC), storyline=storyline)


def test_storylines_run_oldest_first_and_know_their_neighbours():
    notes = [note("c", 21, "row"), note("a", 19, "row"), note("b", 19, "row"), note("d", 20, None)]
    index = storyline_index(notes)
    assert {k: [b.slug for b in v] for k, v in index.items()} == {"row": ["a", "b", "c"]}
    middle = neighbours(notes[2], index)
    assert middle is not None
    assert (middle.position, middle.count, middle.previous.slug, middle.next.slug) == (2, 3, "a", "c")
    first = neighbours(notes[1], index)
    assert first is not None and first.previous is None and first.next is not None
    assert neighbours(notes[3], index) is None
