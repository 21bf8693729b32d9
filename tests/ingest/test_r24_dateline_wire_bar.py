"""A place and a wire's name printed without brackets before a bar ('HAVENSTAD/ELLIS dpa | Die
...', 'Port Ellis AFP | Le ...') is a dateline: the place its dateline, the wire its credit
(issue 21, round 24). Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD_DE = "Der Sturm hat in der Hafenstadt mehr als zwanzig Boote versenkt, berichten die Behörden am Abend."
LEAD_FR = "Le port a rouvert ses quais mardi après trois semaines de travaux, a annoncé la mairie."


def _strip(text: str) -> tuple[str, str | None, str | None]:
    block, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH, 3), "Kurier", DEFAULT)
    return block.text, evidence.dateline, evidence.via


@pytest.mark.parametrize(
    ("opening", "lead", "place", "via"),
    [
        ("HAVENSTAD/ELLIS dpa | ", LEAD_DE, "HAVENSTAD/ELLIS", "dpa"),
        ("Havenstad dpa | ", LEAD_DE, "Havenstad", "dpa"),
        ("Port Ellis AFP | ", LEAD_FR, "Port Ellis", "AFP"),
    ],
)
def test_a_place_then_a_wire_before_a_bar(opening: str, lead: str, place: str, via: str) -> None:
    assert _strip(opening + lead) == (lead, place, via)


@pytest.mark.parametrize(
    "text",
    [
        "Havenstad Kurier | " + LEAD_DE,  # no wire's name before the bar
        "Havenstad dpa | Kurz.",  # no running text after it
        "Reuters dpa | " + LEAD_DE,  # a wire where the place stands
    ],
)
def test_no_dateline_without_a_place_a_wire_and_running_text(text: str) -> None:
    assert _strip(text) == (text, None, None)
