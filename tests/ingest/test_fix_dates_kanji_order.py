"""A Japanese or Chinese date names its fields with marks ('7月8日' is the 8th of July): read it so
whatever the outlet's day-first or month-first habit, with or without a year before it."""

from __future__ import annotations

import pytest

from generator.ingest.dates import read_date_line
from tests.ingest.support import context


@pytest.mark.parametrize(
    ("line", "month", "day", "hour"),
    [
        ("7月8日(日)", 7, 8, 0),
        ("12月1日 10時5分", 12, 1, 10),
        ("11月30日", 11, 30, 0),
        ("2018年7月8日(日)", 7, 8, 0),
        ("2018年12月1日 10時5分", 12, 1, 10),
    ],
)
@pytest.mark.parametrize("day_first", [True, False])
def test_the_marks_name_month_and_day(line: str, month: int, day: int, hour: int, day_first: bool) -> None:
    found = read_date_line(line, context("Asia/Tokyo", day_first=day_first, language="ja"))
    assert found is not None
    when = found.stamps[0][1].when
    assert (when.month, when.day, when.hour) == (month, day, hour)
