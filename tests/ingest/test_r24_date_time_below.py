"""A day above the headline and, under it, a date line of the same day that also gives the time
of day ('6:26 pm on 3 June 2018' under '3 Jun 2018'): the published time is that day at that
time, not its midnight (issue 21, round 24). Every page here is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

MADRID = ZoneInfo("Europe/Madrid")
HEADLINE = "El muelle norte de Puerto Claro se ampliará en otoño"
LEAD = (
    "El ayuntamiento de Puerto Claro aprobó este martes la ampliación del muelle norte, una obra "
    "que llevaba dos años parada por las dudas sobre su coste."
)
SECOND = "Las obras empezarán en otoño y durarán tres años, según la autoridad portuaria."


def draft_of(config: SiteConfig, above: str, below: str) -> Draft:
    page = f"{above}\n\n{HEADLINE}\n\n{below}\n\n{LEAD}\n\n{SECOND}\n"
    return ingest(Source("page.txt", page, False), Request(outlet="diario-del-puerto"), config, NOW, DEFAULT)


@pytest.mark.parametrize("below", ["6:26 pm on 3 June 2018", "03 junio 2018, 18:26"])
def test_the_time_under_the_headline_completes_the_day_above_it(
    fixture_config: SiteConfig, below: str
) -> None:
    metadata = draft_of(fixture_config, "3 Jun 2018", below).metadata
    assert metadata.published == datetime(2018, 6, 3, 18, 26, tzinfo=MADRID)


def test_a_time_above_the_headline_is_kept(fixture_config: SiteConfig) -> None:
    metadata = draft_of(fixture_config, "3 Jun 2018 09:10", "6:26 pm on 3 June 2018").metadata
    assert metadata.published == datetime(2018, 6, 3, 9, 10, tzinfo=MADRID)


def test_a_day_alone_under_the_headline_changes_nothing(fixture_config: SiteConfig) -> None:
    metadata = draft_of(fixture_config, "3 Jun 2018", "3 June 2018").metadata
    assert metadata.published == datetime(2018, 6, 3, tzinfo=MADRID)
