"""Two percentages are one quantity only when what they are percentages of agrees (issue 23,
round 13): a vote share is not contradicted by the share of polling stations counted, in any
language; shares of one whole still differ. Invented sentences."""

from __future__ import annotations

from generator.analysis.claims import differences


def _found(point: str, sentence: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(d.kind, d.point, d.article) for d, _ in differences(point, [sentence], language)]


POINT = "Mara Olsen of the Green League won the Varnholm mayoral race with 41.7 percent of the vote."


def test_a_share_of_another_whole_is_no_contradiction() -> None:
    sentence = (
        "Results from 96 percent of polling stations in Varnholm showed Mara Olsen of the Green League ahead."
    )
    assert _found(POINT, sentence) == []


def test_a_share_of_another_whole_in_german_is_no_contradiction() -> None:
    point = "Mara Olsen gewann die Wahl in Varnholm mit 41,7 Prozent der Stimmen."
    sentence = "Nach Auszählung von 96 Prozent der Wahllokale in Varnholm lag Mara Olsen vorn."
    assert _found(point, sentence, "de") == []


def test_a_share_of_the_same_whole_still_differs() -> None:
    sentence = "Mara Olsen of the Green League won the Varnholm mayoral race with 38.2 percent of the vote."
    assert _found(POINT, sentence) == [("figure", "41.7 percent", "38.2 percent")]


def test_a_share_without_its_whole_still_differs() -> None:
    sentence = "Mara Olsen of the Green League won the Varnholm mayoral race with 38.2 percent."
    assert _found(POINT, sentence) == [("figure", "41.7 percent", "38.2 percent")]
