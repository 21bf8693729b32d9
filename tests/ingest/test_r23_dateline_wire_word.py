"""A wire's name printed without brackets before a place closed by a full stop ('dpa Havenstad.
Die ...', 'AFP PORT ELLIS. Le ...') is a dateline: the place its dateline, the wire its credit;
a place whose name joins its words with small hyphenated words ('Port-au-Ville') is read whole
(issue 21, round 23). Invented text."""

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
        ("dpa Havenstad. ", LEAD_DE, "Havenstad", "dpa"),
        ("dpa Port-au-Ville. ", LEAD_DE, "Port-au-Ville", "dpa"),
        ("AFP PORT ELLIS. ", LEAD_FR, "PORT ELLIS", "AFP"),
    ],
)
def test_a_wire_then_a_place_closed_by_a_full_stop(opening: str, lead: str, place: str, via: str) -> None:
    assert _strip(opening + lead) == (lead, place, via)


@pytest.mark.parametrize(
    "text",
    [
        "Die Havenstad. " + LEAD_DE,  # no wire before the place
        "dpa Havenstad. Kurz.",  # no running text after it
        "dpa AFP. " + LEAD_DE,  # a wire where the place stands
    ],
)
def test_no_wire_or_no_lead_is_no_such_dateline(text: str) -> None:
    assert _strip(text)[2] is None
