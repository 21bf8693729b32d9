"""A dateline whose hyphen is glued to the place, a space after it ('Havenstad, Westland- The
...'), is cut from the first paragraph like one with spaces on both sides (issue 21, round 19).
Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD = "The harbour council voted on Monday to build a new sea wall along the old quay, its chair said."


@pytest.mark.parametrize(
    ("opening", "place"),
    [("Havenstad, Westland- ", "Havenstad, Westland"), ("Havenstad- ", "Havenstad")],
)
def test_a_glued_hyphen(opening: str, place: str) -> None:
    block, removal, evidence, _ = strip_dateline(Block(opening + LEAD, Kind.PARAGRAPH, 3), "Courier", DEFAULT)
    assert (block.text, evidence.dateline) == (LEAD, place)
    assert removal is not None


@pytest.mark.parametrize(
    "text", ["Anglo- and Franco-Westland talks went on late into the night, aides said.", LEAD]
)
def test_no_dateline_without_the_shape(text: str) -> None:
    block, removal, _, _ = strip_dateline(Block(text, Kind.PARAGRAPH, 3), "Courier", DEFAULT)
    assert (block.text, removal) == (text, None)
