"""Dates inside header lines whatever surrounds them (issue 21, tenth round): a section name run
into the date with no space, a date's middle dots, a Portuguese 'às 10h30min'. Invented lines."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.date_spelling import clock, glued_label
from generator.ingest.dates import DateContext
from generator.ingest.meta_lines import read_meta_line
from generator.model.wires import DEFAULT


def _context(language: str) -> DateContext:
    tz = ZoneInfo("Europe/Madrid")
    return DateContext(tz, datetime(2026, 1, 1, tzinfo=tz), True, language)


@pytest.mark.parametrize(
    ("language", "line", "stamps"),
    [
        ("es", "Sociedad05·03·2024 | 10:30", [("published", "2024-03-05T10:30:00+01:00")]),
        ("es", "Puertos12·11·2023", [("published", "2023-11-12T00:00:00+01:00")]),
        ("es", "Sociedadmartes, 5 de marzo de 2024", [("published", "2024-03-05T00:00:00+01:00")]),
        ("de", "Hafenwelt14.03.2024, 09:41", [("published", "2024-03-14T09:41:00+01:00")]),
        (
            "pt",
            "05/03/2024 às 10h30min - Atualizada em 05/03/2024 às 12h15min",
            [("published", "2024-03-05T10:30:00+01:00"), ("updated", "2024-03-05T12:15:00+01:00")],
        ),
    ],
)
def test_a_date_glued_to_a_section_or_in_other_separators(
    language: str, line: str, stamps: list[tuple[str, str]]
) -> None:
    meta = read_meta_line(line, _context(language), DEFAULT)
    assert meta is not None
    assert [(label, stamp.when.isoformat()) for label, stamp in meta.stamps] == stamps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sociedad05·03·2024 | 10:30", 8),
        ("Sociedadmartes, 5 de marzo de 2024", 8),
        ("Martes, 5 de marzo de 2024", None),  # the weekday itself, capitalised
        ("Dinamarca, 5 de marzo de 2024", None),  # no day or month name ends the word
        ("El lunes5 de marzo", None),  # not at the line's start
        ("Versión 2.3.1 del programa", None),  # spaced: not run together
    ],
)
def test_glued_label(text: str, expected: int | None) -> None:
    assert glued_label(text, _context("es").words) == expected


def test_a_minutes_suffix_is_part_of_the_time() -> None:
    assert clock("às 10h30min") == "às 10:30"


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("es", "Sociedadmartes"),  # a weekday alone: no day to place
        ("es", "Capítulo3 de la serie"),  # a word run into a number that is no date
        ("pt", "Leia mais às 10h30min na rádio"),  # a sentence with a time in it
    ],
)
def test_no_date_from_glued_words_that_state_none(language: str, line: str) -> None:
    meta = read_meta_line(line, _context(language), DEFAULT)
    assert meta is None or not meta.stamps


@pytest.mark.parametrize(
    ("language", "line", "stamp"),
    [
        ("nl", "din 15 nov 2016", "2016-11-15T00:00:00+01:00"),
        ("nl", "don 17 nov 2016, 10:30", "2016-11-17T10:30:00+01:00"),
        ("es", "vier 18 nov 2016", "2016-11-18T00:00:00+01:00"),
    ],
)
def test_a_weekday_cut_short(language: str, line: str, stamp: str) -> None:
    meta = read_meta_line(line, _context(language), DEFAULT)
    assert meta is not None
    assert [when.when.isoformat() for _, when in meta.stamps] == [stamp]


@pytest.mark.parametrize(("language", "line"), [("de", "Die 15 Häfen 2016"), ("nl", "dinsdag")])
def test_no_date_from_a_short_word_before_a_number(language: str, line: str) -> None:
    meta = read_meta_line(line, _context(language), DEFAULT)
    assert meta is None or not meta.stamps


@pytest.mark.parametrize(
    ("line", "stamps"),
    [
        ("【2024年8月26日放送】", [("published", "2024-08-26T00:00:00+02:00")]),
        ("2024年8月26日配信", [("published", "2024-08-26T00:00:00+02:00")]),
        ("2024年8月26日 15時30分更新", [("updated", "2024-08-26T15:30:00+02:00")]),
        (
            "2024年8月26日 10時00分 公開 2024年8月27日 09時00分 更新",
            [("published", "2024-08-26T10:00:00+02:00"), ("updated", "2024-08-27T09:00:00+02:00")],
        ),
        ("公開日：2024年8月26日", [("published", "2024-08-26T00:00:00+02:00")]),
    ],
)
def test_a_japanese_label_after_its_date(line: str, stamps: list[tuple[str, str]]) -> None:
    meta = read_meta_line(line, _context("ja"), DEFAULT)
    assert meta is not None
    assert [(label, stamp.when.isoformat()) for label, stamp in meta.stamps] == stamps
