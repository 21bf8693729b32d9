"""A point giving one quantity in two units ("up to 20 kilometres (about 12 miles)") is given by
an article that gives either (issue 23, round 10): the figure in the other unit is its
conversion, not a second claim the article must repeat. Invented sentences."""

from __future__ import annotations

from generator.analysis.claims import differences

POINT = "The storm surge advanced up to 20 kilometres (about 12 miles) inland, the survey said."
ELSEWHERE = "The harbour lies about 400 miles from the capital."


def test_the_article_giving_one_unit_gives_the_conversion_too() -> None:
    sentences = [ELSEWHERE, "The storm surge advanced as much as 12 miles inland, the survey said."]
    assert differences(POINT, sentences, "en") == []


def test_the_article_giving_the_other_unit_gives_the_conversion_too() -> None:
    sentences = [ELSEWHERE, "The storm surge advanced as much as 20 km inland, the survey said."]
    assert differences(POINT, sentences, "en") == []


def test_another_figure_in_both_units_still_differs() -> None:
    sentences = ["The storm surge advanced as much as 40 miles inland, the survey said."]
    found = [(d.kind, d.point, d.article) for d, _ in differences(POINT, sentences, "en")]
    assert found == [("figure", "up to 20 kilometres", "40 miles"), ("figure", "about 12 miles", "40 miles")]
