"""A caption printed twice, the second time behind the picture's alt text and with its credit
(issue 21, round 24), on invented pages: the line above the credited caption that the caption
repeats goes with it; a line of a few words that the caption happens to contain stays."""

from __future__ import annotations

from generator.ingest.caption_rules import captions_printed_twice
from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line

CAPTION = "Un pescador repara sus redes en el muelle vacío"
CREDITED = "Redes al amanecer en el puerto Un pescador repara sus redes en el muelle vacío (Getty Images)"


def test_the_caption_above_its_credited_copy_goes(fixture_config: SiteConfig) -> None:
    body, removals = with_line(fixture_config, "diario-del-puerto", f"{CAPTION}\n{CREDITED}")
    assert CAPTION not in body
    assert CREDITED not in body
    assert any(removal.startswith(CAPTION) for removal in removals)


def test_a_short_line_inside_a_caption_stays() -> None:
    caption = LineRule("photo-caption", "photo caption", lambda _: True)
    blocks = [Block("El muelle vacío"), Block(CREDITED)]
    assert captions_printed_twice(blocks, [None, caption]) == []
