"""A teaser card for another story set into the article (issue 21, round 24), on invented pages:
its label 'This content was published on' whose date the copy lost, the card's headline above it
and its standfirst below it go; without a headline above, only the label goes."""

from __future__ import annotations

from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested
from tests.ingest.test_line_model import STORIES


def _with_card(outlet: str, card: list[str]) -> tuple[str, list[str]]:
    headline, dated, paragraphs = STORIES[outlet]
    lines = [headline, dated, paragraphs[0], *card, *paragraphs[1:]]
    return "\n".join(lines) + "\n", list(paragraphs)


def test_the_card_goes(fixture_config: SiteConfig) -> None:
    card = [
        "Por qué el puerto quiere otra grúa",
        "Este contenido fue publicado en",
        "La nueva grúa costaría dos millones. ¿Vale la pena para un muelle tan pequeño?",
    ]
    text, paragraphs = _with_card("diario-del-puerto", card)
    draft = ingested(fixture_config, "diario-del-puerto", text)
    assert [block.text for block in draft.blocks] == paragraphs


def test_a_lone_label_goes_alone(fixture_config: SiteConfig) -> None:
    text, paragraphs = _with_card("harbour-gazette", ["This content was published on"])
    draft = ingested(fixture_config, "harbour-gazette", text)
    assert [block.text for block in draft.blocks] == paragraphs
