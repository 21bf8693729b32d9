"""A sentence naming both of the point's places with their roles swapped is no evidence (issue
23, round 13): a locative phrase ends where another locative after a word of its own begins, so
"arrested in Varsk and the second suspect in Tolmy" places the arrest in Varsk, and "arrested
in Tolmy ... the second in Varsk" places it elsewhere. Invented places and sentences."""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

POINT = "The older suspect was arrested in Varsk and the second suspect in Tolmy on Tuesday."


def quotes(point: str, body: str) -> list[str]:
    found = evidence(KeyPoint(point, ("a",)), Corpus.of([article("a", body)]))
    (support,) = found.supports
    return [quote.text for quote in support.quotes]


def test_roles_swapped_between_the_points_places_is_no_evidence() -> None:
    body = "The older suspect was arrested in Tolmy on Tuesday, and the second suspect in Varsk."
    assert quotes(POINT, body) == []


def test_the_same_roles_are_evidence() -> None:
    body = "The older suspect was arrested in Varsk on Tuesday, and the second suspect in Tolmy."
    assert quotes(POINT, body) == [body]


def test_two_places_joined_by_and_in_stay_one_phrase() -> None:
    point = "The governor declared a state of emergency in Arden and in Belmore counties."
    body = "The governor declared a state of emergency in Arden and in Belmore counties after the fire."
    assert quotes(point, body) == [body]
