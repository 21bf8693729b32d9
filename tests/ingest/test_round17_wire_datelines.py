"""A wire dateline is a place (with up to one bracketed region or country), the wire in brackets
and any dash-like separator, read through the wire registry (issue 21, seventeenth round): a dash
the copy turned into '?' or '�', a minus sign, and a bracketed country before the wire's bracket.
With a region or a mangled dash only a wire of the registry is read, and the region must be a
place's capitalised words. The paragraphs are invented."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD_EN = "Two divers finished repairs on the old pier on Tuesday after a week of storms delayed the work."
LEAD_FR = "Le soleil pointe à peine sur les salins que déjà montent les cris des oiseaux de la lagune."


@pytest.mark.parametrize(
    ("opening", "lead", "dateline", "via"),
    [
        ("PORT ELLIS, Fla. (AP) ? ", LEAD_EN, "PORT ELLIS, Fla.", "AP"),
        ("PORT ELLIS, Fla. (AP) \ufffd ", LEAD_EN, "PORT ELLIS, Fla.", "AP"),
        ("PORT ELLIS (Reuters) \u2212 ", LEAD_EN, "PORT ELLIS", "Reuters"),
        ("Salins-les-Dunes (France) (AFP) – ", LEAD_FR, "Salins-les-Dunes (France)", "AFP"),
        ("Havenstad (Zeeland) (ANP) - ", LEAD_EN, "Havenstad (Zeeland)", "ANP"),
    ],
)
def test_wire_datelines_with_any_dash_and_a_region(opening: str, lead: str, dateline: str, via: str) -> None:
    block, removal, evidence, _ = strip_dateline(
        Block(opening + lead, Kind.PARAGRAPH), "Coast Courier", DEFAULT
    )
    assert (evidence.dateline, evidence.via) == (dateline, via)
    assert block.text == lead
    assert removal is not None


@pytest.mark.parametrize(
    "text",
    [
        f"Salins-les-Dunes (France) (Havas Locale) – {LEAD_FR}",  # no wire of the registry
        f"Havenstad (Video) (ANP) – {LEAD_EN}",  # a label in the brackets, not a region
        f"Officials (from three states) (AP) - {LEAD_EN}",  # no place's words in the brackets
        f"PORT ELLIS, Fla. (Harbour Desk) ? {LEAD_EN}",  # a mangled dash and no registry wire
    ],
)
def test_no_wire_dateline_without_a_registry_wire_and_a_place(text: str) -> None:
    block, removal, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "Coast Courier", DEFAULT)
    assert (removal, evidence.via) == (None, None)
    assert block.text == text
