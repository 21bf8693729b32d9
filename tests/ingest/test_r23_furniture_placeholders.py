"""Placeholders of issue 21, round 23, on invented pages: a template's dummy text ('Lorem ipsum
...') leaves the body. (The embed-code marker '/Inicio Código Embebido/' was one CMS's, seen on one
page: its rule is dropped, issue 21.)"""

from __future__ import annotations

import pytest

from generator.ingest.model import Block
from generator.ingest.text_rules import strip_inline_ui
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("hafenbote", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor."),
    ],
)
def test_a_placeholder_line_goes(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


def test_a_slash_in_the_text_stays() -> None:
    text = "The start/end of the embargo was set by the council."
    assert [block.text for block in strip_inline_ui([Block(text)]).blocks] == [text]
