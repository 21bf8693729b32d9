"""Numeric dates of issue 21, round 15 (every page and line is invented): a date of three
two-figure fields ('21/05/02') is read in the order a day in the URL settles, else the order of
the page's language (year first in Japanese, Chinese, Korean; else the outlet's day-first or
month-first habit), else the only order giving a possible day; else it gives no date."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.dates import DateContext, parse_stamp
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context


def _with_url(base: DateContext, url: str | None) -> DateContext:
    return base if url is None else DateContext(base.tz, base.reference, base.day_first, base.language, url)


@pytest.mark.parametrize(
    ("text", "language", "day_first", "url", "day"),
    [
        ("21/05/02", "ja", True, None, date(2021, 5, 2)),  # the language writes the year first
        ("21/05/02", "zh", True, None, date(2021, 5, 2)),
        ("21/05/02", "de", True, None, date(2002, 5, 21)),  # day first, as the outlet writes
        ("21/05/02", "de", True, "https://hafenbote.example.de/a/2021/05/02/kai.html", date(2021, 5, 2)),
        ("21/05/02", "ja", True, "https://kowan.example.jp/news/20020521000123.html", date(2002, 5, 21)),
        ("13/05/21", "en", False, "https://gazette.example/2013/05/21/pier", date(2013, 5, 21)),
        ("29/09/18", "fr", True, None, date(2018, 9, 29)),  # year first would be after today
        ("05/12/24", "en", False, None, date(2024, 5, 12)),
    ],
)
def test_a_two_figure_numeric_date_is_read_in_the_order_that_is_settled(
    text: str, language: str, day_first: bool, url: str | None, day: date
) -> None:
    stamp = parse_stamp(text, _with_url(context("UTC", day_first=day_first, language=language), url))
    assert stamp is not None
    assert stamp.when.date() == day


def test_a_two_figure_numeric_date_that_nothing_settles_gives_no_date() -> None:
    # month first is impossible (month 13); day first (13 May 2021) and year first (21 May 2013)
    # are both possible, and neither the URL nor the language says which
    us = context("America/New_York", day_first=False, language="en")
    assert parse_stamp("13/05/21", us) is None
    assert parse_stamp("13/05/21", _with_url(us, "https://gazette.example/news/pier-reopens")) is None


def test_a_japanese_page_with_a_short_year_first_date_is_not_dated_nineteen_years_early(
    fixture_config: SiteConfig,
) -> None:
    page = (
        "港湾の新しい防波堤が完成\n"
        "21/05/02\n"
        "港湾局は5月1日、3年かけて建設した新しい防波堤が完成したと発表した。\n"
        "防波堤の全長は約800メートルで、台風の高波から漁港を守る。\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="kowan-shimbun"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published == datetime(2021, 5, 2, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert "published time unknown: the page gives only the day ('21/05/02'); midnight assumed" in (
        draft.metadata.review
    )
