"""A site's today-date above the headline against the story's own older date under it (issue
21, eighteenth round): the story's date is written, with a review note naming both lines. Every
page here is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

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


def test_the_story_date_under_the_headline_wins_over_the_site_date_above_it(
    fixture_config: SiteConfig,
) -> None:
    metadata = draft_of(fixture_config, "19/04/2024\n12:32 AM", "  • 03 junio 2018 /").metadata
    assert metadata.published == datetime(2018, 6, 3, tzinfo=MADRID)
    assert metadata.review[-2:] == (
        "published time taken from the date line under the headline ('03 junio 2018'), not the one above "
        "it ('19/04/2024 12:32 AM'), which may be the site's date: check it",
        "published time unknown: the page gives only the day ('03 junio 2018'); midnight assumed",
    )


def test_a_later_date_under_the_headline_is_not_decided_here(fixture_config: SiteConfig) -> None:
    metadata = draft_of(fixture_config, "03/06/2018\n12:32 AM", "  • 19 abril 2024 /").metadata
    assert metadata.published == datetime(2018, 6, 3, 0, 32, tzinfo=MADRID)
    assert not any("under the headline" in note for note in metadata.review)


def test_one_date_above_the_headline_alone_is_kept(fixture_config: SiteConfig) -> None:
    metadata = draft_of(fixture_config, "19/04/2024\n12:32 AM", "Redacción Puerto Claro").metadata
    assert metadata.published == datetime(2024, 4, 19, 0, 32, tzinfo=MADRID)


def late_page(stamp: str) -> str:
    return f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\nÚltimos programas\n\nEstás escuchando\n\n{stamp}\n\nIr al podcast\n"


def test_a_foot_stamp_years_after_the_day_the_url_names_leaves_the_page_undated(
    fixture_config: SiteConfig,
) -> None:
    request = Request(
        outlet="diario-del-puerto", url="https://example.org/puerto/2019/08/21/muelle-norte.html"
    )
    page = late_page("23/08/2024 - 01:38:13")
    metadata = ingest(Source("page.txt", page, False), request, fixture_config, NOW, DEFAULT).metadata
    assert metadata.published is None
    assert metadata.draft
    assert (
        "no published time found: the date line '23/08/2024 - 01:38:13' is 1829 days after the day the URL "
        "names (2019-08-21), so it is not the story's; set published: and remove draft: true"
    ) in metadata.review


def test_a_foot_stamp_near_the_day_the_url_names_is_kept(fixture_config: SiteConfig) -> None:
    request = Request(
        outlet="diario-del-puerto", url="https://example.org/puerto/2019/08/21/muelle-norte.html"
    )
    page = late_page("22/08/2019 - 01:38:13")
    metadata = ingest(Source("page.txt", page, False), request, fixture_config, NOW, DEFAULT).metadata
    assert metadata.published == datetime(2019, 8, 22, 1, 38, 13, tzinfo=MADRID)
