"""A photo's caption printed twice in a row, its alt text and its caption (issue 21, round 27),
on invented pages: both copies go, and a third copy under the credit; a headline printed twice
stays the title, a short line or a long paragraph printed twice is not a caption."""

from __future__ import annotations

import pytest

from generator.ingest.caption_rules import doubled_captions
from generator.ingest.model import Block, Kind
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested
from tests.ingest.test_line_model import STORIES

CAPTIONS = [
    ("harbour-gazette", "Fishing boats wait at the closed harbour mouth on Tuesday morning."),
    ("hafenbote", "Fischerboote warten am Dienstagmorgen vor der gesperrten Hafeneinfahrt."),
    ("gazette-du-port", "Des bateaux de pêche attendent mardi matin devant l'entrée du port fermée."),
    ("diario-del-puerto", "Barcos pesqueros esperan el martes por la mañana ante la bocana cerrada."),
    ("gazzetta-del-porto", "Pescherecci in attesa martedì mattina davanti all'ingresso chiuso del porto."),
    ("havenkrant", "Vissersboten wachten dinsdagochtend voor de gesloten haveningang."),
    ("jornal-do-porto", "Barcos de pesca esperam na terça de manhã diante da entrada fechada do porto."),
]


def _page(outlet: str, middle: list[str]) -> str:
    headline, dated, paragraphs = STORIES[outlet]
    return "\n".join([headline, dated, paragraphs[0], *middle, *paragraphs[1:]]) + "\n"


@pytest.mark.parametrize(("outlet", "caption"), CAPTIONS)
def test_both_copies_go(fixture_config: SiteConfig, outlet: str, caption: str) -> None:
    draft = ingested(fixture_config, outlet, _page(outlet, [caption, caption]))
    assert [block.text for block in draft.blocks] == list(STORIES[outlet][2])
    assert draft.metadata.title == STORIES[outlet][0]


def test_a_third_copy_under_the_credit_goes(fixture_config: SiteConfig) -> None:
    caption = CAPTIONS[3][1]
    draft = ingested(
        fixture_config, "diario-del-puerto", _page("diario-del-puerto", [caption, caption, "KPA", caption])
    )
    assert [block.text for block in draft.blocks] == list(STORIES["diario-del-puerto"][2])


def _blocks(*texts: str) -> list[Block]:
    return [Block(text, Kind.LINE) for text in texts]


def test_a_short_line_or_a_long_paragraph_twice_is_no_caption() -> None:
    long = " ".join(["The harbour master said the storm had closed the port for the day."] * 5)
    blocks = _blocks("Storm warning issued", "Storm warning issued", long, long, "Ja, ja, ja.", "Ja, ja, ja.")
    assert doubled_captions(blocks, [None] * len(blocks)) == []


def test_a_line_printed_again_further_down_is_no_caption() -> None:
    caption = CAPTIONS[0][1]
    blocks = _blocks(caption, "The ferries will sail again on Thursday, the port said.", caption)
    assert doubled_captions(blocks, [None] * len(blocks)) == []


def test_a_quotation_printed_twice_is_a_pull_quote_not_a_caption() -> None:
    quote = "The harbour master asked « every crew to stay ashore until the storm has passed »."
    blocks = _blocks(quote, quote)
    assert doubled_captions(blocks, [None] * len(blocks)) == []


def test_a_lead_with_its_wire_dateline_printed_twice_is_no_caption() -> None:
    lead = "PORTVILLE (KPA) — The harbour closed on Tuesday as the storm reached the coast."
    blocks = _blocks(lead, lead)
    assert doubled_captions(blocks, [None] * len(blocks)) == []


def test_a_paragraph_twice_above_the_body_is_the_standfirst_not_a_caption() -> None:
    caption = CAPTIONS[0][1]
    blocks = _blocks(caption, caption, "The ferries will sail again on Thursday, the port said.")
    assert doubled_captions(blocks, [None] * len(blocks)) == []
    tripled = _blocks(caption, caption, "KPA", caption, "The ferries will sail again on Thursday.")
    assert doubled_captions(tripled, [None] * len(tripled)) == [0, 1, 2, 3]
