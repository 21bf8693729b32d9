"""A date inside a file name, path or address is no date the page states (issue 21, eighteenth
round): an image's name printed under its photo ('2017-08-24_00h03_35', 'IMG_20170824.jpg') is
read by no step, so an undated page stays undated. Every page here is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.date_candidates import candidates
from generator.ingest.dates import is_file_name
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

UNDATED = (
    "no published time found: the page states none; set published: and remove draft: true, "
    "or ingest it again with --published WHEN --force"
)
HEADLINE_JA = "港町市、北側の岸壁を秋から延長へ"
LEAD_JA = "港町市は十日、北側の岸壁を延長する工事を秋に始めると発表した。工事は三年かかる見通しだ。"
SECOND_JA = "市によると、総事業費は約四十億円で、国の補助金を充てる。"


def draft_of(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="kowan-shimbun"), config, NOW, DEFAULT)


@pytest.mark.parametrize(
    "name",
    [
        "2019-04-12_07h15_22 地域",
        "IMG_2019-04-12.jpg",
        "hafen-2019-04-12.webp",
        "https://example.org/2019/04/12/x",
    ],
)
def test_an_undated_page_with_a_dated_image_name_under_its_headline_stays_undated(
    fixture_config: SiteConfig, name: str
) -> None:
    page = f"{HEADLINE_JA}\n{name}\n{LEAD_JA}\n{SECOND_JA}\n"
    metadata = draft_of(fixture_config, page).metadata
    assert metadata.published is None
    assert metadata.draft
    assert UNDATED in metadata.review


def test_the_same_date_printed_as_a_date_line_is_still_read(fixture_config: SiteConfig) -> None:
    page = f"{HEADLINE_JA}\n2019-04-12 07:15\n{LEAD_JA}\n{SECOND_JA}\n"
    metadata = draft_of(fixture_config, page).metadata
    assert metadata.published == datetime(2019, 4, 12, 7, 15, tzinfo=ZoneInfo("Asia/Tokyo"))


def test_no_date_candidate_inside_a_file_name() -> None:
    lines = ["Headline", "2019-04-12_07h15_22 Region", "DSC-12.04.2019.jpg", "12.04.2019"]
    found = candidates(lines, context("Europe/Berlin", language="de"))
    assert [(c.line, c.text) for c in found] == [(3, "12.04.2019")]


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("2019-04-12_07h15_22", True),
        ("IMG_20190412_071522.jpg", True),
        ("(foto-12-04-2019.PNG)", True),
        ("www.example.org/2019/04/12", True),
        ("12/04/2019", False),
        ("2019-04-12T07:15:00+09:00", False),
        ("12.04.2019,", False),
    ],
)
def test_what_is_a_file_name(token: str, expected: bool) -> None:
    assert is_file_name(token) is expected
