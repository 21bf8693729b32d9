"""A dateline whose wire in brackets is closed by a full stop ('Havenstad (dpa). Die ...') is cut
from the first paragraph, the place its dateline and the wire its credit (issue 21, round 20).
Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD = "Auf den Höfen der Stadt klingelt es wieder: Nach den Ferien beginnt der Unterricht für alle."


@pytest.mark.parametrize(
    ("opening", "place", "via"),
    [("Havenstad (dpa). ", "Havenstad", "dpa"), ("Port Ellis (AFP). ", "Port Ellis", "AFP")],
)
def test_a_wire_closed_by_a_full_stop(opening: str, place: str, via: str) -> None:
    block, removal, evidence, _ = strip_dateline(Block(opening + LEAD, Kind.PARAGRAPH, 3), "Kurier", DEFAULT)
    assert (block.text, evidence.dateline, evidence.via) == (LEAD, place, via)
    assert removal is not None


@pytest.mark.parametrize(
    "text", ["Der Rat (Stadtrat). Er tagte lange und beschloss den Bau einer neuen Mauer am Kai.", LEAD]
)
def test_no_dateline_without_a_wire(text: str) -> None:
    block, removal, _, _ = strip_dateline(Block(text, Kind.PARAGRAPH, 3), "Kurier", DEFAULT)
    assert (block.text, removal) == (text, None)
