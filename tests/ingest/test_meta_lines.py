"""Metadata lines that join a date with a byline, counters, a wire or a dateline's place."""

from __future__ import annotations

import pytest

from generator.ingest.meta_lines import read_meta_line
from generator.model.wires import DEFAULT
from tests.ingest.support import context


@pytest.mark.parametrize(
    ("language", "line", "wall_clock", "authors", "via", "kind"),
    [
        (
            "nl",
            "dinsdag 14 maart 2023, 09:41, analyse van Anna de Vries en Piet Jansen",
            "2023-03-14T09:41",
            ("Anna de Vries", "Piet Jansen"),
            None,
            "analysis",
        ),
        ("en", "By Jane Doe, March 14, 2023", "2023-03-14T00:00", ("Jane Doe",), None, None),
        ("es", "EuropaPress - 14/03/2023 09:41", "2023-03-14T09:41", (), "Europa Press", None),
        (
            "en",
            "2023-03-14 09:41:07 From:Harbour Daily Comments:0 Clicks:",
            "2023-03-14T09:41",
            (),
            None,
            None,
        ),
        (
            "ja",
            "2023-03-14 09:41:07 From:ロイター コメント:0 クリック:",
            "2023-03-14T09:41",
            (),
            "Reuters",
            None,
        ),
        (
            "fr",
            "Claire Dubois, Marc Petit le mardi 14 mars 2023",
            "2023-03-14T00:00",
            ("Claire Dubois", "Marc Petit"),
            None,
            None,
        ),
        ("pt", "09:41 - 14/03/23 por Ana Costa", "2023-03-14T09:41", ("Ana Costa",), None, None),
        ("de", "14. März 2023 Stadt Lesezeit 3 min", "2023-03-14T00:00", (), None, None),
        ("de", "- 20:50 UhrHafenbrücke13.03.2023", "2023-03-13T00:00", (), None, None),
    ],
)
def test_a_date_with_a_byline_a_wire_or_counters(
    language: str, line: str, wall_clock: str, authors: tuple[str, ...], via: str | None, kind: str | None
) -> None:
    meta = read_meta_line(line, context(language=language), DEFAULT)
    assert meta is not None and meta.stamps
    assert meta.stamps[0][1].when.strftime("%Y-%m-%dT%H:%M") == wall_clock
    byline = meta.byline
    found = (byline.authors, byline.via, byline.kind) if byline else ((), None, None)
    assert found == (authors, via, kind)


def test_a_place_with_the_day_in_brackets_is_a_dateline() -> None:
    meta = read_meta_line("Puerto Ellis, Oeste (14 marzo 2023) .-09:41 hrs", context(language="es"), DEFAULT)
    assert meta is not None and meta.dateline == "Puerto Ellis, Oeste"
    assert meta.stamps[0][1].when.isoformat() == "2023-03-14T09:41:00+00:00"


def test_a_byline_ending_with_the_outlets_acronym() -> None:
    meta = read_meta_line("por Ana Costa, Rui Lima, Inês Sousa - RTP", context(language="pt"), DEFAULT)
    assert meta is not None and meta.byline is not None
    assert meta.byline.authors == ("Ana Costa", "Rui Lima", "Inês Sousa")


def test_a_source_label_relative_time_line() -> None:
    meta = read_meta_line("Havennieuws • vandaag, 06:39", context(language="nl"), DEFAULT)
    assert meta is not None and meta.relative == "vandaag, 06:39" and not meta.stamps


@pytest.mark.parametrize(
    "line",
    [
        "Die Stadt hat ihre Brücke am 14. März 2023 wieder geöffnet.",
        "Comments: the council's report, March 2023",
        "Ana Costa e Rui Lima visitaram a ponte em 14 de março de 2023",
        "Am 14. März 2023 sagte der Minister, dass die Brücke offen sei",
        "Von Berlin nach Paris am 14. März 2023",
        "Die Brücke 14. März 2023 wieder offen",
        "June 9 -- Harbour Amphitheatre, Port Ellis, FL",
    ],
)
def test_running_text_with_a_date_is_not_a_meta_line(line: str) -> None:
    assert read_meta_line(line, context(language="de"), DEFAULT) is None


def test_a_byline_glued_to_a_relative_time_is_no_date() -> None:
    meta = read_meta_line("J.Doe34 min ago", context(language="en"), DEFAULT)
    assert meta is not None and meta.relative == "34 min ago" and not meta.stamps


def test_a_two_digit_year_is_a_year() -> None:
    meta = read_meta_line("14/03/23", context(language="pt"), DEFAULT)
    assert meta is not None and meta.stamps[0][1].has_year
