"""A dateline's place opening the page's date line, 'HAVENSTAD • Vr 28 april 2017 | 15:36' or
'PORT ELLIS 13 februari 2019, 16:50': the time is read by the metadata-line step, and the place
in capitals before the date is the dateline (issue 21, fifteenth round). A month or weekday in
capitals, a label or a wire is no place; a date line under the text is another story's. The
pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

TITLE = "Veerpont loopt vast in de haven"
LEAD = (
    "Een veerpont met veertig passagiers is zondagochtend bij de havenmond vastgelopen, meldt de "
    "havenmeester, en werd 's middags door twee sleepboten losgetrokken."
)
SECOND = "Niemand raakte gewond en de dienst wordt maandag na een inspectie hervat."


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("HAVENSTAD • Vr 28 april 2017 | 15:36", "HAVENSTAD"),
        ("PORT ELLIS 13 februari 2019, 16:50", "PORT ELLIS"),
        ("MAART 13, 2019, 16:50", None),  # a month in capitals
        ("VIDEO 13 februari 2019, 16:50", None),  # a label
    ],
)
def test_a_place_opening_the_date_line(fixture_config: SiteConfig, line: str, dateline: str | None) -> None:
    page = f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="havenkrant"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published is not None
    assert draft.metadata.dateline == dateline
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]
