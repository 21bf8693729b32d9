"""A Japanese date line with its weekday in brackets after the day ('2030年7月8日(月)', '7月9日
（火・祝）', '2030年5月22日(水)17時15分') is read as the date it states (issue 21, round 24).
Invented lines."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.dates import DateContext, read_date_line

TOKYO = ZoneInfo("Asia/Tokyo")
CONTEXT = DateContext(tz=TOKYO, reference=datetime(2031, 1, 1, tzinfo=TOKYO), language="ja")


@pytest.mark.parametrize(
    ("line", "when", "has_time"),
    [
        ("2030年7月8日(月)", datetime(2030, 7, 8, tzinfo=TOKYO), False),
        ("2030年7月8日 （月曜日）", datetime(2030, 7, 8, tzinfo=TOKYO), False),
        ("2030年7月9日(火・祝)", datetime(2030, 7, 9, tzinfo=TOKYO), False),
        ("2030年5月22日(水)17:15", datetime(2030, 5, 22, 17, 15, tzinfo=TOKYO), True),
        ("2030年5月22日(水・祝)17時15分", datetime(2030, 5, 22, 17, 15, tzinfo=TOKYO), True),
    ],
)
def test_a_bracketed_weekday_after_the_day_is_read_past(line: str, when: datetime, has_time: bool) -> None:
    dated = read_date_line(line, CONTEXT)
    assert dated is not None
    ((label, stamp),) = dated.stamps
    assert (label, stamp.when, stamp.has_time) == ("published", when, has_time)


def test_a_kanji_time_after_the_weekday_was_read_before_and_still_is() -> None:
    """A guard, not evidence: '(水)17時15分' was read before round 24 (the kanji time closes the line)."""
    test_a_bracketed_weekday_after_the_day_is_read_past(
        "2030年5月22日(水)17時15分", datetime(2030, 5, 22, 17, 15, tzinfo=TOKYO), True
    )


@pytest.mark.parametrize("line", ["2030年7月8日(月)に開幕", "港の祭り(日)"])
def test_other_lines_with_a_bracketed_weekday_are_no_date_lines(line: str) -> None:
    assert read_date_line(line, CONTEXT) is None
