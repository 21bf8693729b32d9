"""A place and a dash before the credit in brackets opening the text ('HAVENSTAD - (dpa) Die
...', 'Havenstad – (TV4) Op ...') is a dateline: the place its dateline, a wire of the registry
its via, an outlet's short code in capitals and figures no via; a place in capitals before an
opening quotation mark ('HAVENSTAD «Il ...') is a dateline too (issue 21, round 24). Invented
text."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD_DE = "Der Sturm hat in der Hafenstadt mehr als zwanzig Boote versenkt, berichten die Behörden am Abend."
LEAD_NL = "Op de kades van de haven wachten reizigers al uren op de veerboot, die door de storm niet vaart."
LEAD_IT = (
    "«Il porto riaprirà le banchine martedì dopo tre settimane di lavori», ha detto il sindaco ai cronisti."
)


def _strip(text: str) -> tuple[str, str | None, str | None]:
    block, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH, 3), "Kurier", DEFAULT)
    return block.text, evidence.dateline, evidence.via


@pytest.mark.parametrize(
    ("opening", "lead", "place", "via"),
    [
        ("HAVENSTAD - (dpa) ", LEAD_DE, "HAVENSTAD", "dpa"),
        ("Havenstad – (TV4) ", LEAD_NL, "Havenstad", None),
        ("HAVENSTAD ", LEAD_IT, "HAVENSTAD", None),
    ],
)
def test_the_dateline_is_read(opening: str, lead: str, place: str, via: str | None) -> None:
    assert _strip(opening + lead) == (lead, place, via)


@pytest.mark.parametrize(
    "text",
    [
        "Havenstad – (die Stadt am Meer) " + LEAD_DE,  # an aside, no credit
        "Havenstad – (TV4) Kurz.",  # no paragraph after it
        "UPDATE «Il porto riaprirà le banchine martedì dopo tre settimane di lavori», ha detto il sindaco.",
    ],
)
def test_no_dateline(text: str) -> None:
    assert _strip(text)[1] is None
