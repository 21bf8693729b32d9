"""A caption printed twice in a row, the second time with a short credit (issue 21, round 24), and
a caption closed by a picture library's name, on invented pages: 'Un pescador repara sus redes.'
over 'Un pescador repara sus redes. / TWITTER' both go, '... (Wikimedia Commons)' goes; a paragraph
followed by a different one stays."""

from __future__ import annotations

import pytest

from generator.ingest.caption_rules import captions_with_credited_copy
from generator.ingest.model import Block
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line

CAPTION = "Un pescador repara sus redes en el muelle vacío del puerto."


@pytest.mark.parametrize("credit", [" / TWITTER", " | Foto: Ana Ruiz", " © Ana Ruiz"])
def test_both_copies_go(fixture_config: SiteConfig, credit: str) -> None:
    body, _ = with_line(fixture_config, "diario-del-puerto", f"{CAPTION}\n{CAPTION}{credit}")
    assert CAPTION not in body
    assert f"{CAPTION}{credit}" not in body


def test_a_caption_closed_by_a_picture_library_goes(fixture_config: SiteConfig) -> None:
    line = "Le phare du port au lever du jour (Wikimedia Commons)"
    body, _ = with_line(fixture_config, "gazette-du-port", line)
    assert line not in body


def test_a_paragraph_that_goes_on_is_no_copy() -> None:
    blocks = [
        Block("The harbour reopened on Tuesday."),
        Block("The harbour reopened on Tuesday. / It had been shut since the storm, the port said."),
    ]
    assert captions_with_credited_copy(blocks, [None, None]) == []
