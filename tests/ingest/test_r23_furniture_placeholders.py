"""Placeholders of issue 21, round 23, on invented pages: a template's dummy text ('Lorem ipsum
...') and a page builder's embed-code marker ('/Inicio Código Embebido/'), on a line of its own or
glued to the paragraph after it, leave the body; the paragraph stays whole."""

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
        ("diario-del-puerto", "/Inicio Código Embebido/"),
        ("harbour-gazette", "/End of embed code/"),
    ],
)
def test_a_placeholder_line_goes(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


def test_an_embed_marker_glued_to_a_paragraph_is_cut_from_it() -> None:
    paragraph = "El muelle norte reabrió el martes tras la tormenta, dijo el puerto."
    step = strip_inline_ui([Block("/Fin Código Embebido/" + paragraph)])
    assert [block.text for block in step.blocks] == [paragraph]
    assert [removal.text for removal in step.removals] == ["/Fin Código Embebido/"]


def test_a_slash_in_the_text_stays() -> None:
    text = "The start/end of the embargo was set by the council."
    assert [block.text for block in strip_inline_ui([Block(text)]).blocks] == [text]
