"""A dateline standing alone on its line, its dash dangling, the lead on the next line."""

from __future__ import annotations

import pytest

from generator.ingest.dateline_lines import split_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD = "El consejo municipal aprobó este martes el nuevo plan de movilidad para los barrios del puerto."


@pytest.mark.parametrize(
    ("line", "place", "via"),
    [
        ("   VALENCIA, 4 Feb. (EUROPA PRESS) -", "VALENCIA", "Europa Press"),
        ("Lisboa, 4 fev 2023 (Lusa) –", "Lisboa", "Lusa"),
        ("MADRID (EFE) —", "MADRID", "EFE"),
    ],
)
def test_a_dateline_alone_on_its_line(line: str, place: str, via: str) -> None:
    step = split_dateline([Block(line), Block(LEAD, Kind.PARAGRAPH)], "Harbour Daily", DEFAULT)
    assert (step.evidence.dateline, step.evidence.via) == (place, via)
    assert [b.text for b in step.blocks] == [LEAD]
    assert [r.reason for r in step.removals] == ["dateline moved to metadata"]


@pytest.mark.parametrize("line", ["Informe anual (2023) -", "VALENCIA, 4 Feb. -", "Ver también (vídeo) -"])
def test_a_line_ending_in_a_dash_without_a_wire_stays(line: str) -> None:
    blocks = [Block(line), Block(LEAD, Kind.PARAGRAPH)]
    assert split_dateline(blocks, "Harbour Daily", DEFAULT).blocks == blocks
