"""Attribution, precision round 9 (issue 23): a country's name alone, taken from a possessive
before an outlet word ("told Iran's state television"), is no source: the whole phrase is, or the
outlet's own name after it ("told Russia's RIA Novosti news agency"). A source's name is never cut at a dot inside it
("News.Az reports", which the sentence splitter cuts after "News."). Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.attribution import attributions
from generator.analysis.attribution_sentence import find
from generator.analysis.corpus import Corpus
from tests.analysis.support import article


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The harbour chief told Iran's state television that the quay was closed.",
            [("told", "Iran's state television")],
        ),
        (
            "The harbour chief told Iran's state television on Sunday that the quay was closed.",
            [("told", "Iran's state television")],
        ),
        (
            "The harbour chief told South Korea's public broadcaster that the quay was closed.",
            [("told", "South Korea's public broadcaster")],
        ),
        ("The harbour chief told Iran's president and state television that the quay was closed.", []),
        (
            "The harbour chief told Russia's RIA Novosti news agency that the quay was closed.",
            [("told", "RIA Novosti")],
        ),
        (
            "The harbour chief told South Korea's Yonhap news agency that the quay was closed.",
            [("told", "Yonhap")],
        ),
        # unchanged: the outlet's name after its kind, and a name told directly
        (
            "The harbour chief told Iran's state news agency IRNA that the quay was closed.",
            [("told", "IRNA")],
        ),
        ("The harbour chief told Reuters that the quay was closed.", [("told", "Reuters")]),
    ],
)
def test_a_country_owning_an_outlet_is_not_the_source(sentence: str, expected: list) -> None:
    assert [(kind, name) for kind, name, _ in find(sentence)] == expected


BODY = (
    "Divers found two more boats near the pier on Tuesday, Quay.Ly reports, citing port officials. "
    "The harbour stays closed."
)


def test_a_name_is_not_cut_at_a_dot_inside_it():
    found = attributions(Corpus.of([article("a", BODY)]))
    assert [(a.label, [q.text for q in a.mentions]) for a in found] == [
        ("Reported by Quay.Ly", ["Ly reports, citing port officials."])
    ]


def test_the_outlets_own_name_cut_at_its_dot_is_its_own_reporting():
    found = attributions(Corpus.of([article("a", BODY)]), own={"a": ("Quay.Ly", "Quay.Ly")})
    assert found == ()


def test_a_name_after_a_spaced_dot_is_not_joined_to_the_word_before_it():
    spaced = (
        "Divers found two more boats near the pier on Tuesday, said Quay. Ly reports, citing port officials."
    )
    found = attributions(Corpus.of([article("a", spaced)]))
    assert [a.label for a in found] == ["Reported by Ly"]
