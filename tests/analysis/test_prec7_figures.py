"""A figure warning compares only figures of one quantity (issue 23, class 1): durations of
different things, far apart and written in different units, never contradict."""

from __future__ import annotations

import pytest

from generator.analysis.claims import differences


@pytest.mark.parametrize(
    ("point", "sentence", "expected"),
    [
        (
            "The chapel's bells rang again, more than five years since the storm.",
            "Bishops joined a two-hour mass at the chapel on Sunday.",
            [],
        ),
        ("Miners dug for three weeks before the rescue.", "A ten-minute silence opened the ceremony.", []),
        # figures of one quantity in different units, or in one unit, are still compared
        (
            "The ferry sank about 10 km off the cape.",
            "The wreck lies just over 10 miles from the lighthouse.",
            [("figure", "about 10 km", "just over 10 miles")],
        ),
        (
            "The ferry sank about 10 km off the cape.",
            "The wreck lies about 300 km from the lighthouse.",
            [("figure", "about 10 km", "about 300 km")],
        ),
    ],
)
def test_figures_of_different_quantities_are_not_compared(point: str, sentence: str, expected: list) -> None:
    found = differences(point, [sentence], "en")
    assert [(d.kind, d.point, d.article) for d, _ in found] == expected
