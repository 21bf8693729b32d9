"""A figure warning does not stand when the cited article writes the point's figure, to the same
decimals and in its unit, in another sentence, whatever words are around it (issue 23, round
13): "41.7 percent of ballots cast" gives "41.7 percent of the vote". Invented sentences."""

from __future__ import annotations

from generator.analysis.claim_given import given_anywhere

POINT = "Mara Olsen won the Varnholm mayoral race with 41.7 percent of the vote, the election board said."
LEAD = "Partial results showed that Olsen had taken 41.7 percent of ballots cast."
NEXT = "The election board said the runner-up, Piet Lund, took 36.2 percent of the vote."


def test_the_figure_written_to_its_decimals_elsewhere_is_given() -> None:
    assert given_anywhere(POINT, "41.7 percent", "36.2 percent", [LEAD, NEXT], "en")


def test_another_figure_to_the_same_decimals_is_not_given() -> None:
    lead = "Partial results showed that Olsen had taken 41.8 percent of ballots cast."
    assert not given_anywhere(POINT, "41.7 percent", "36.2 percent", [lead, NEXT], "en")
