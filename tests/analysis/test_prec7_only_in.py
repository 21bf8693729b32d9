"""An ordinal is a unit's number, not a count a newsroom has alone (issue 23, class 3)."""

from __future__ import annotations

import pytest

from generator.analysis.unique_gate import counts


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Laut der Küstenwache stieß die 417. Staffel am Morgen auf zwei Schlepper.", []),
        ("The 417th Squadron found 150 stranded sheep.", ["150"]),
        ("La 417e escadrille a compté 150 moutons.", ["150"]),
        # counts stay counts, at a sentence's end too, and with digit groups
        ("Die Zahl der Schafe stieg auf 417.", ["417"]),
        ("Rund 41.700 Schafe sind ohne Weide.", ["41700"]),
    ],
)
def test_an_ordinal_is_no_count(sentence: str, expected: list[str]) -> None:
    assert sorted(counts(sentence)) == expected
