"""The header's dates (issue 21): a day without a year gives way to a later full date; a
weekday date alone above the headline, the site's today-date, gives no date."""

from __future__ import annotations

from generator.ingest.clean import clean_blocks
from generator.ingest.model import Draft, Evidence, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.text_blocks import split_text
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context


def _header(text: str, language: str = "en") -> Evidence:
    return clean_blocks(split_text(text), context(language=language), Evidence(), "", DEFAULT).header


def test_a_day_without_its_year_gives_way_to_a_later_full_date() -> None:
    page = (
        "3 DE MARZO\n\n"
        "El puente del puerto reabre tras las obras de reparación\n\n"
        "lunes 28 de febrero de 2022\n\n"
        "Los ingenieros terminaron las obras del puente del puerto antes de lo previsto, "
        "y el tráfico volvió a circular por la mañana sin incidentes.\n"
    )
    published = _header(page, "es").published
    assert published is not None
    assert (published.source, published.when.date().isoformat()) == (
        "lunes 28 de febrero de 2022",
        "2022-02-28",
    )


SITE_DATE_PAGE = (
    "Thursday 14 March 2024\n\n"
    "Harbour bridge reopens after three weeks of repairs\n\n"
    "Engineers reopened the harbour bridge on Tuesday after three weeks of repairs, the council said, "
    "and traffic returned to both lanes by the evening.\n\n"
    "The council said the work had finished ahead of schedule and under budget.\n"
)


def _draft(config: SiteConfig, text: str, **flags: str) -> Draft:
    return ingest(
        Source("page.txt", text, False), Request(outlet="coast-courier", **flags), config, NOW, DEFAULT
    )


def test_a_weekday_date_above_the_headline_alone_is_no_date(fixture_config: SiteConfig) -> None:
    """The site's today-date, printed above every page's headline, is never the article's date."""
    metadata = _draft(
        fixture_config, SITE_DATE_PAGE, url="https://coast.example/news/harbour-bridge"
    ).metadata
    assert (metadata.published, metadata.draft) == (None, True)
    assert metadata.review[0] == (
        "no published time found: a date line above the headline ('Thursday 14 March 2024') may be "
        "the site's date, not the article's: check it; set published: and remove draft: true, "
        "or ingest it again with --published WHEN --force"
    )


def test_a_weekday_date_the_url_confirms_is_the_date(fixture_config: SiteConfig) -> None:
    metadata = _draft(
        fixture_config, SITE_DATE_PAGE, url="https://coast.example/2024/03/harbour-bridge.html"
    ).metadata
    assert metadata.published is not None and metadata.published.date().isoformat() == "2024-03-14"
    assert not metadata.draft


def test_a_weekday_date_with_its_time_or_below_the_headline_is_the_date(fixture_config: SiteConfig) -> None:
    timed = SITE_DATE_PAGE.replace("Thursday 14 March 2024", "Thursday 14 March 2024 09:41")
    below = "\n\n".join(
        SITE_DATE_PAGE.split("\n\n")[1:2]
        + SITE_DATE_PAGE.split("\n\n")[:1]
        + SITE_DATE_PAGE.split("\n\n")[2:]
    )
    for page in (timed, below):
        metadata = _draft(fixture_config, page, url="https://coast.example/news/harbour-bridge").metadata
        assert metadata.published is not None and metadata.published.date().isoformat() == "2024-03-14"
