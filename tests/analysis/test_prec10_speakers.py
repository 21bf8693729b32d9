"""A quote is never shown under another sentence's speaker (issue 23, round 10): two sentences
telling one newsroom, one naming who spoke and one not (or naming another), are two lines, each
with its own speaker. Invented sentences."""

from __future__ import annotations

from generator.analysis.attribution import attributions
from generator.analysis.corpus import Corpus
from tests.analysis.support import article

FIRST = "A harbour official told Reuters that the pier would stay shut until Monday."
SECOND = "The storm “may be the worst in forty years,” Captain Ida Marsh of the coastguard told Reuters."
THIRD = "A harbour official told Reuters that two ferries were cancelled."


def test_each_speaker_keeps_its_own_quotes() -> None:
    found = attributions(Corpus.of([article("a", f"{FIRST} {SECOND}"), article("b", THIRD)]))
    assert [(a.label, [q.text for q in a.mentions]) for a in found] == [
        ("A harbour official told Reuters", [FIRST, THIRD]),
        ("Spoke to Reuters", [SECOND]),
    ]
