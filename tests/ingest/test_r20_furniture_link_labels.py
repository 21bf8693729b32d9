"""Furniture of set 22's class (issue 21, round 20), on invented pages: a link to another story
drawn with an arrow or a bullet before its label ('→ Read more: ...', '▶ Lire aussi : ...'), and a
label in capitals closed by a full stop ('→ À LIRE. ...'); a sentence after 'Read:' stays."""

from __future__ import annotations

import pytest

from generator.ingest.link_outs import is_link_out
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("harbour-gazette", "→ Read more: Ferry timetable changes for the winter"),
        ("gazette-du-port", "→ À LIRE. Au port, une plaque pour le vieux phare disparu"),
        ("gazette-du-port", "▶ Lire aussi : La marée a emporté la jetée nord"),
        ("hafenbote", "LESEN SIE AUCH. Der Leuchtturm ist wieder offen"),
    ],
)
def test_a_link_label_after_an_arrow_or_closed_by_a_stop(
    fixture_config: SiteConfig, outlet: str, line: str
) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    [
        "Read. The minister said the port stays closed.",
        "→ Read: the ministry's note says that the port will reopen next week.",
        "Listen. The harbour master asked the crews to stay ashore.",
    ],
)
def test_prose_after_a_label_word_is_no_link(line: str) -> None:
    assert not is_link_out(line)
