"""A word telling the reader to watch or listen, where a dateline stands ('KIJK. De regering
...', 'REGARDEZ. Le port ...'), is a video's or a sound's label, never the dateline's place
(issue 21, round 24). Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD_NL = (
    "De gemeente zat vorige nacht tot twee uur bij elkaar om een akkoord te vinden over de nieuwe haven."
)
LEAD_FR = "Le port a rouvert ses quais mardi après trois semaines de travaux, a annoncé la mairie hier soir."


def _dateline(text: str) -> str | None:
    return strip_dateline(Block(text, Kind.PARAGRAPH, 3), "Kurier", DEFAULT)[2].dateline


@pytest.mark.parametrize("text", ["KIJK. " + LEAD_NL, "REGARDEZ. " + LEAD_FR, "WATCH — " + LEAD_FR])
def test_a_media_cue_is_no_dateline(text: str) -> None:
    assert _dateline(text) is None


@pytest.mark.parametrize(
    ("text", "place"), [("HAVENSTAD. " + LEAD_NL, "HAVENSTAD"), ("VILLECLAIRE — " + LEAD_FR, "VILLECLAIRE")]
)
def test_a_place_there_is_still_the_dateline(text: str, place: str) -> None:
    assert _dateline(text) == place
