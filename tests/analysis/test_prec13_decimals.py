"""A figure written with decimals states its precision (issue 23, round 13): two figures written
to the same decimals are one figure only when they are equal ("33.5" is no "33.4"); a rounding
allowance stays only between figures of different precision. Invented sentences."""

from __future__ import annotations

from generator.analysis.claims import differences

POINT = "The challenger of the Lumen party won 33.4 per cent of the ballots in Varnholm."


def _found(sentence: str) -> list[tuple[str, str, str, bool]]:
    return [(d.kind, d.point, d.article, given) for d, given in differences(POINT, [sentence], "en")]


def test_a_figure_to_the_same_decimals_differs_unless_equal() -> None:
    sentence = "The challenger of the Lumen party won 33.5 per cent of the ballots in Varnholm."
    assert _found(sentence) == [("figure", "33.4 per cent", "33.5 per cent", False)]


def test_the_same_figure_to_the_same_decimals_is_given() -> None:
    sentence = "The challenger of the Lumen party won 33.4 per cent of the ballots in Varnholm."
    assert _found(sentence) == []


def test_hundredths_against_hundredths_differ_too() -> None:
    point = "The index of Varnholm closed at 1204.35 points on Friday."
    sentence = "The index of Varnholm closed at 1204.37 points on Friday."
    found = [(d.kind, d.point, d.article, g) for d, g in differences(point, [sentence], "en")]
    assert found == [("figure", "1204.35", "1204.37", False)]


def test_whole_figures_keep_their_allowance() -> None:
    point = "The index of Varnholm closed at 1204 points on Friday."
    sentence = "The index of Varnholm closed at 1205 points on Friday."
    found = [(d.kind, d.point, d.article, g) for d, g in differences(point, [sentence], "en")]
    assert found == []


def test_the_same_unit_is_read_whatever_the_rounding_of_its_factor() -> None:
    # 150.3 x 1000 / 150.3 is not exactly 1000 in floating point: the unit is one all the same.
    point = "The storm covered 150.3 kilometres of Varnholm on Friday."
    sentence = "The storm covered 150.4 kilometres of Varnholm on Friday, officials said."
    found = [(d.kind, d.point, d.article, g) for d, g in differences(point, [sentence], "en")]
    assert found == [("figure", "150.3 kilometres", "150.4 kilometres", False)]
