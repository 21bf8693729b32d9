"""A dispute shown only between figures given for the same places (issue 23, third round), on
invented stories.

The failure class seen on real coverage: wave heights observed at different places (one port,
then two other provinces) were shown as sources disputing one figure. Every sentence here is
written for the test.
"""

from __future__ import annotations

from generator.analysis.story import analyse
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language="en")
    for slug, name in [("daily", "The Daily"), ("herald", "The Herald")]
}


def disputed(daily: str, herald: str) -> list[tuple[str, ...]]:
    """The values of each figure shown as disputed in a story of two newsrooms."""
    articles = [
        article("daily", daily, "daily"),
        article("herald", herald, "herald", minutes=5),
    ]
    return [tuple(v.value for v in item.variants) for item in analyse(briefing(), articles, OUTLETS).disputed]


def test_figures_observed_at_different_places_are_no_dispute():
    shown = disputed(
        "A wave of three metres hit the loading berth at the port in Rogaland.",
        "A wave of two metres hit the loading berth at the port in Nordland.",
    )
    assert shown == []


def test_figures_given_for_the_same_place_are_still_a_dispute():
    shown = disputed(
        "A wave of three metres hit the loading berth at the port in Rogaland.",
        "A wave of two metres hit the loading berth at the port in Rogaland.",
    )
    assert shown == [("three metres", "two metres")]


def test_two_values_of_one_sentence_are_no_dispute_with_each_other():
    """One newsroom gives two places' heights in one sentence, the other a third place's."""
    shown = disputed(
        "A wave of three metres hit the loading berth at the port in Rogaland.",
        "A wave of two metres hit the loading berth at the port in Nordland and one metre in Troms.",
    )
    assert shown == []
