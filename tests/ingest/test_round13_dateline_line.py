"""A dateline on a line of its own with no dash, `PLACE, <day> (WIRE)`, the lead on the next
line: the wire of the registry in brackets closing a short place-and-day line is the credit and
the place the dateline (issue 21, thirteenth round). The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.dateline_lines import split_dateline
from generator.ingest.model import Block, Kind, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD = (
    "El consejo municipal aprobó este martes el nuevo plan de movilidad para los barrios del puerto, "
    "que entrará en vigor el próximo mes."
)
SECOND = (
    "Los vecinos del muelle norte pidieron más autobuses nocturnos durante las consultas, según el informe."
)


@pytest.mark.parametrize(
    ("line", "place", "via"),
    [
        ("Puerto Ellis, 14 mar (EFE)", "Puerto Ellis", "EFE"),
        ("VALENCIA, 4 Feb. (EUROPA PRESS)", "VALENCIA", "Europa Press"),
        ("Lisboa, 4 fev 2023 (Lusa).", "Lisboa", "Lusa"),
    ],
)
def test_a_place_and_day_line_closed_by_a_bracketed_wire_is_the_dateline(
    line: str, place: str, via: str
) -> None:
    step = split_dateline([Block(line), Block(LEAD, Kind.PARAGRAPH)], "Harbour Daily", DEFAULT)
    assert (step.evidence.dateline, step.evidence.via) == (place, via)
    assert [b.text for b in step.blocks] == [LEAD]
    assert [r.reason for r in step.removals] == ["dateline moved to metadata"]


@pytest.mark.parametrize(
    "line",
    [
        "Puerto Ellis (EFE)",  # no day: a caption's place and agency as often as a dateline
        "Informe anual, 2023 (Fundación Puerto)",  # not a wire of the registry
        "Vecinos en la plaza, 14 mar (EFE) durante la protesta",  # the brackets do not close the line
    ],
)
def test_other_short_lines_with_brackets_stay(line: str) -> None:
    blocks = [Block(line), Block(LEAD, Kind.PARAGRAPH)]
    assert split_dateline(blocks, "Harbour Daily", DEFAULT).blocks == blocks


def test_the_own_line_dateline_gives_the_page_its_credit(fixture_config: SiteConfig) -> None:
    page = f"El puerto estrena plan de movilidad\nPuerto Ellis, 14 mar (EFE)\n{LEAD}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert (draft.metadata.via, draft.metadata.dateline) == ("EFE", "Puerto Ellis")
    assert draft.metadata.dek is None
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]
