"""A date line whose parts a copy ran together is read like the spaced one (issue 21, round 20):
a day's comma glued to the year after a month word ('Mar 4,2011 09:30 by Staff'), and a month word
between a day and a year with dots and no spaces ('erstellt am 4.Mär.2011 | 09:30 Uhr'). The pages
are invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.dates import DateContext, read_date_line
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

ZONE = ZoneInfo("Europe/Berlin")
LEAD = (
    "The harbour council voted on Monday to build a new sea wall along the old quay, its chair "
    "said after a long meeting in the town hall."
)
SECOND = "Work on the wall is to start in the spring and take two years, the council said."


@pytest.mark.parametrize(
    ("line", "language", "want"),
    [
        ("Mar 4,2011 09:30", "en", datetime(2011, 3, 4, 9, 30, tzinfo=ZONE)),
        ("Sept 3,2019", "en", datetime(2019, 9, 3, tzinfo=ZONE)),
        ("erstellt am 4.Mär.2011 | 09:30 Uhr", "de", datetime(2011, 3, 4, 9, 30, tzinfo=ZONE)),
        ("4.Mär.2011", "de", datetime(2011, 3, 4, tzinfo=ZONE)),
    ],
)
def test_a_glued_date_is_read(line: str, language: str, want: datetime) -> None:
    context = DateContext(ZONE, NOW, True, language)
    found = read_date_line(line, context)
    assert found is not None and found.stamps
    assert found.stamps[0][1].when == want


@pytest.mark.parametrize("line", ["Room 13,2008 seats", "Version 4.2011.7 is out"])
def test_figures_that_are_no_date_stay_unread(line: str) -> None:
    assert read_date_line(line, DateContext(ZONE, NOW, True, "en")) is None


def test_a_page_dated_with_a_glued_year(fixture_config: SiteConfig) -> None:
    page = f"Harbour council votes for a sea wall\nMar 4,2011 09:30 by Staff\n{LEAD}\n\n{SECOND}\n"
    request = Request(outlet="hafenbote", url="https://hafenbote.example/print/1234.html")
    draft: Draft = ingest(Source("page.txt", page, False), request, fixture_config, NOW, DEFAULT)
    published = draft.metadata.published
    assert published is not None
    assert (published.year, published.month, published.day) == (2011, 3, 4)
