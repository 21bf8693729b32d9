"""Date lines in a typesetting the reader did not undo (issue 21, round 23): the whole line in
brackets, figures padded with spaces to line up, a time glued to a Chinese or Japanese day, a
meridiem written with a space ('p. m.'), and a site's domain of any country beside the date.
Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.dates import read_date_line
from generator.ingest.meta_lines import read_meta_line
from generator.model.wires import DEFAULT
from tests.ingest.support import context


@pytest.mark.parametrize(
    ("line", "language", "when"),
    [
        ("(2029年3月12日09:05)", "ja", "2029-03-12T09:05"),
        ("2029年3月12日09:05", "ja", "2029-03-12T09:05"),
        ("(2029/ 3/ 2)", "ja", "2029-03-02T00:00"),
        ("2029/ 3/ 2", "ja", "2029-03-02T00:00"),
        ("12 de marzo de 2029 - 09:05 p. m.", "es", "2029-03-12T21:05"),
        ("12 de marzo de 2029, 9:05 a. m.", "es", "2029-03-12T09:05"),
    ],
)
def test_a_date_line_typeset_otherwise_is_read(line: str, language: str, when: str) -> None:
    dated = read_date_line(line, context(language=language))
    assert dated is not None
    (_, stamp), *_ = dated.stamps
    assert stamp.when.isoformat().startswith(when)


@pytest.mark.parametrize(
    ("line", "language", "when"),
    [("2029年 3月 2日", "ja", "2029-03-02T00:00"), ("[12.03.2029 09:05]", "de", "2029-03-12T09:05")],
)
def test_forms_read_before_the_change_still_are(line: str, language: str, when: str) -> None:
    """Guards, not evidence: the reader read these before round 23 (a bracket was already a
    segment's edge, a Japanese day's parts already allowed a space)."""
    test_a_date_line_typeset_otherwise_is_read(line, language, when)


@pytest.mark.parametrize(
    "line",
    ["(Foto de archivo)", "(los dos 12 equipos)", "(la p. m. de ayer)", "Bajo la lluvia, p. m. en la plaza"],
)
def test_other_bracketed_or_spaced_lines_stay_no_date(line: str) -> None:
    assert read_date_line(line, context(language="es")) is None


def test_a_country_domain_beside_the_date() -> None:
    meta = read_meta_line("noticias.example.cl| 2029-03-12 09:05:45|", context(language="es"), DEFAULT)
    assert meta is not None
    (_, stamp), *_ = meta.stamps
    assert stamp.when.isoformat().startswith("2029-03-12T09:05:45")
