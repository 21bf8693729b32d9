"""Attribution, round 23 (issue 23): a country's adjective before an outlet word ("told Italian
television", "told French radio") names no outlet; the line is not "X told Italian" but the
speaker's statement, as for "told local media". Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.attribution_sentence import find


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            '"The quay is closed," harbour chief Ilse Varno told Italian television.',
            [("according_to", "Ilse Varno")],
        ),
        ("Ilse Varno told French radio that the quay was closed.", [("according_to", "Ilse Varno")]),
        ("Ilse Varno told German television on Monday.", [("according_to", "Ilse Varno")]),
        # unchanged: an outlet's own name, whatever country it holds
        ("Ilse Varno told the Lorvik Courier that the quay was closed.", [("told", "Lorvik Courier")]),
        ("Ilse Varno told Reuters that the quay was closed.", [("told", "Reuters")]),
    ],
)
def test_a_country_adjective_is_not_the_outlet_told(sentence: str, expected: list) -> None:
    assert [(kind, name) for kind, name, _ in find(sentence)] == expected
