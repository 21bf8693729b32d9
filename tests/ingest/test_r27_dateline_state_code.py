"""A dateline in capitals whose region is a state's two-letter postal code and whose dash the
copy glued to the lead ('SEATON, TX—It was ...', invented): the place and the code are the
dateline, as with a spelled-out region ('SEATON, Texas—It ...')."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block
from generator.model.wires import DEFAULT

LEAD = "It was a lucky day for the ferry crew when the storm passed the harbour without harm to anyone."


@pytest.mark.parametrize(
    ("opener", "place"),
    [("SEATON, TX—", "SEATON, TX"), ("SEATON, TX — ", "SEATON, TX"), ("SEATON, Texas—", "SEATON, Texas")],
)
def test_a_state_code_after_a_place_in_capitals_stays_with_it(opener: str, place: str) -> None:
    block, removal, evidence, _ = strip_dateline(Block(opener + LEAD), "Coast Courier", DEFAULT)
    assert (evidence.dateline, block.text) == (place, LEAD)
    assert removal is not None


def test_a_code_glued_to_a_sentence_is_no_dateline() -> None:
    text = "Seaton, TX—" + LEAD  # not in capitals: a heading's words, not a dateline
    _, removal, evidence, _ = strip_dateline(Block(text), "Coast Courier", DEFAULT)
    assert (evidence.dateline, removal) == (None, None)
