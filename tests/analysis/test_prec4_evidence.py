"""Evidence is never a sentence that swaps whom a source told, or the paired roles of the people
a point names (issue 23, precision round 4). Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.claim_paired import paired_differ
from generator.analysis.claim_recipients import recipient_missing
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

SURVIVORS = (
    "Only two people survived the sinking, both of them crew members pulled from the stern of the ferry."
)
TOLD = "A Norvan officer told the Daily Planet that the garrison had surrendered on Sunday."


def quotes(point: str, body: str) -> list[str]:
    found = evidence(KeyPoint(point, ("a",)), Corpus.of([article("a", body)]))
    (support,) = found.supports
    return [quote.text for quote in support.quotes]


def test_swapped_roles_of_the_survivors_are_no_evidence():
    body = "Rescuers pulled two people from the stern of the ferry, one passenger and one crew member."
    assert quotes(SURVIVORS, body) == []


def test_the_same_roles_are_evidence():
    body = "Rescuers pulled two crew members from the stern of the ferry, the only survivors of the sinking."
    assert quotes(SURVIVORS, body) == [body]


def test_a_sentence_naming_no_role_of_the_pair_is_read_as_before():
    point = (
        "The ferry's crew sent a distress call before the sinking, which let the harbour close the channel."
    )
    body = "The harbour closed the channel after a distress call before the sinking."
    assert quotes(point, body) == [body]


@pytest.mark.parametrize(
    ("point", "sentence", "language", "expected"),
    [
        (
            "Los dos supervivientes eran tripulantes del ferry.",
            "Sobrevivieron un pasajero y un tripulante del ferry.",
            "es",
            ("crew", "crew and passenger"),
        ),
        ("Drei Zivilisten wurden getötet.", "Drei Soldaten wurden getötet.", "de", ("civilian", "soldier")),
        ("Deux enfants ont été blessés.", "Deux adultes ont été blessés.", "fr", ("child", "adult")),
        ("A driver was hurt.", "A pedestrian was hurt.", "en", ("driver", "pedestrian")),
        ("Two pilots survived.", "Two crew members survived.", "en", None),
    ],
)
def test_paired_roles_in_several_languages(point, sentence, language, expected):
    assert paired_differ(point, sentence, language) == expected


def test_another_recipient_of_the_quote_is_no_evidence():
    body = "The garrison had surrendered on Sunday, a Norvan officer told the Evening Star."
    assert quotes(TOLD, body) == []
    assert recipient_missing(TOLD, body, "en") == ("Daily Planet", "Evening Star")


def test_the_same_recipient_is_evidence():
    body = "The garrison had surrendered on Sunday, a Norvan officer told the Daily Planet."
    assert quotes(TOLD, body) == [body]


def test_reading_recipients_and_roles_grows_linearly():
    """A point of many capitalised words after 'told' and many role words: 4x the text takes well
    under 16x the time (a regular expression that backtracked would be quadratic or worse)."""
    import time

    def cost(n: int) -> float:
        point = "An officer told " + "Norvan Ardel of Point al- " * n + "that crew and passengers left."
        sentence = "Crew, passengers, soldiers and children " * n + "told the Evening Star."
        started = time.perf_counter()
        for _ in range(3):
            recipient_missing(point, sentence, "en")
            paired_differ(point, sentence, "en")
        return time.perf_counter() - started

    cost(50)  # warm the compiled patterns
    small, large = min(cost(500) for _ in range(3)), min(cost(2000) for _ in range(3))
    assert large < 16 * small
