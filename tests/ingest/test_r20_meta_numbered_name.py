"""A desk or station name ending in a number ('Redacción Canal 9', 'Radio 1'), glued to the time of
a date line, leaves the body like any short label beside a date; the line's date is read and the
standfirst printed between the headline and that line is the dek (issue 21, round 20). The pages
are invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.dates import DateContext
from generator.ingest.meta_lines import read_meta_line
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

ZONE = ZoneInfo("Europe/Madrid")
HEADLINE = "El puerto abre un nuevo muelle para los barcos de pesca"
DEK = "El muelle, construido en dos años, podrá recibir a treinta barcos a la vez desde la próxima semana."
LEAD = (
    "El consejo del puerto inauguró el lunes el nuevo muelle de pesca, que sustituye al antiguo "
    "embarcadero de madera, según explicó su presidenta durante el acto."
)
SECOND = "Las obras costaron menos de lo previsto y terminaron un mes antes, dijo el consejo."


@pytest.mark.parametrize("line", ["04/03/2011 | 09:30Redacción Canal 9", "04/03/2011 | 09:30 Radio 1"])
def test_a_numbered_name_beside_a_date_is_metadata(line: str) -> None:
    meta = read_meta_line(line, DateContext(ZONE, NOW, True, "es"), DEFAULT)
    assert meta is not None
    assert meta.stamps[0][1].when == datetime(2011, 3, 4, 9, 30, tzinfo=ZONE)


@pytest.mark.parametrize("line", ["04/03/2011 | 09:30 Redacción 2011", "Capítulo 3 del informe, 04/03/2011"])
def test_a_year_or_a_sentence_is_no_name(line: str) -> None:
    assert read_meta_line(line, DateContext(ZONE, NOW, True, "es"), DEFAULT) is None


def test_the_line_leaves_the_body(fixture_config: SiteConfig) -> None:
    page = "\n".join([HEADLINE, DEK, "04/03/2011 | 09:30Redacción Canal 9", LEAD, SECOND]) + "\n"
    request = Request(outlet="hafenbote", url="https://hafenbote.example/noticia/nuevo-muelle_1234")
    draft = ingest(Source("page.txt", page, False), request, fixture_config, NOW, DEFAULT)
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]
    assert draft.metadata.published is not None and draft.metadata.published.day == 4
