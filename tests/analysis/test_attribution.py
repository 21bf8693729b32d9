"""Attributions found by named patterns, grouped across articles."""

from __future__ import annotations

import pytest

from generator.analysis.attribution import attributions, credit, find
from generator.analysis.corpus import Corpus
from tests.analysis.support import article


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        (
            "The Washington Post first reported the development.",
            [("first_reported", "The Washington Post", None)],
        ),
        (
            "The Financial Times was the first to report the deal.",
            [("first_reported", "The Financial Times", None)],
        ),
        (
            "The plan, first reported by The New York Times, stalled.",
            [("first_reported", "The New York Times", None)],
        ),
        ("A US official told Reuters.", [("told", "Reuters", "A US official")]),
        (
            "Biden approved it, a U.S. official told Reuters, a step.",
            [("told", "Reuters", "a U.S. official")],
        ),
        (
            "Two senior officials told The Wall Street Journal that it was over.",
            [("told", "The Wall Street Journal", "Two senior officials")],
        ),
        ("He told reporters on Monday.", []),
        ("Axios reported that the talks stalled.", [("reported", "Axios", None)]),
        ("Troops have reportedly been fighting.", []),
        ("It supplied rockets, according to reports.", [("according_to", "reports", None)]),
        (
            "According to the Ministry of Defence, 40 drones fell.",
            [("according_to", "the Ministry of Defence", None)],
        ),
        (
            "The strike was planned, citing two officials familiar with the matter.",
            [("citing", "two officials familiar with the matter", None)],
        ),
        ("The Kremlin did not respond to Reuters’ requests.", []),
    ],
)
def test_find(sentence, found):
    assert find(sentence) == found


def test_credits_are_reports_by_another_newsroom():
    assert credit("The Washington Post first reported the development.") == (
        "Credits The Washington Post with the first report"
    )
    assert credit("Axios reported that the talks stalled.") == "Credits Axios with the report"
    assert credit("It supplied rockets, according to reports.") is None


def test_mentions_are_grouped_by_kind_and_name_in_story_order():
    corpus = Corpus.of(
        [
            article("one", "A U.S. official told Reuters. The Washington Post first reported it.", minutes=0),
            article("two", "An official told Reuters, according to reports.", minutes=5),
        ]
    )
    found = attributions(corpus)
    assert [(a.label, [(m.article, m.sentence, m.line) for m in a.mentions]) for a in found] == [
        ("First reported by The Washington Post", [("one", 1, 5)]),
        ("A U.S. official told Reuters", [("one", 0, 5), ("two", 0, 5)]),
        ("According to reports", [("two", 0, 5)]),
    ]
