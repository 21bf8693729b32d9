"""A line is a date line (never a headline) when its words are the date reader's own
(`date_spelling.is_date_word`) and it names a day or a time: a short headline with a number
('Biden at 80', 'Apollo 11 at 50') is no date line (review of rounds 23-24, item 6). Invented
lines."""

from __future__ import annotations

import pytest

from generator.ingest.title_date_line import is_date_line


@pytest.mark.parametrize("line", ["Biden at 80", "Apollo 11 at 50", "Hafen 2030"])
def test_a_short_headline_with_a_number_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "2018年7月8日(日)",
        "Matérias - 31/08/2016 | 14h18m",
        "Sábado, 23 de agosto de 2025 | 02:21",
        "Mittwoch, 12. März 2029, 10.30 Uhr",
        "14:05",
    ],
)
def test_a_date_and_time_line_still_is(line: str) -> None:
    assert is_date_line(line)
