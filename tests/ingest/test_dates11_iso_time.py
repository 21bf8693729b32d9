"""An ISO day with its time after a separator ('2023-08-01 | 04:30') is read with that time,
not written at midnight (issue 21, eleventh round). The page is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.dates import parse_stamp
from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

LEAD = (
    "Engineers reopened the harbour bridge on Tuesday after three weeks of repairs, the city said, "
    "and two lanes will stay closed until the end of the month."
)


def test_an_iso_day_with_its_time_after_a_bar_is_the_published_time(fixture_config: SiteConfig) -> None:
    page = f"Harbour bridge reopens after repairs\n2023-08-01 | 04:30\n{LEAD}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published == datetime(2023, 8, 1, 4, 30, tzinfo=ZoneInfo("Europe/London"))
    assert not any(note.startswith("published time unknown") for note in draft.metadata.review)


@pytest.mark.parametrize(
    ("text", "hour", "minute", "second"),
    [("2023-08-01 | 04:30", 4, 30, 0), ("2023-08-01, 16:05:12", 16, 5, 12), ("2023-08-01 · 9:15", 9, 15, 0)],
)
def test_the_time_after_an_iso_day_is_read(text: str, hour: int, minute: int, second: int) -> None:
    stamp = parse_stamp(text, context(zone="Europe/London"))
    assert stamp is not None and stamp.has_time
    assert stamp.when == datetime(2023, 8, 1, hour, minute, second, tzinfo=ZoneInfo("Europe/London"))


@pytest.mark.parametrize("text", ["2023-08-01 - 01:38:13", "2023-08-01 | 25:30"])
def test_a_clip_length_or_an_impossible_time_after_an_iso_day_is_not_its_time(text: str) -> None:
    stamp = parse_stamp(text, context(zone="Europe/London"))
    assert stamp is not None and not stamp.has_time
