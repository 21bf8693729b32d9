"""A metered paywall's box (issue 21, round 24), on invented pages: the count of the reader's free
articles ('Te queda 1 artículo gratuito', 'You have 2 free articles left'), the label of the
subscription tier the content is kept for ('Exclusivo para suscripción digital de pago') and the
short lines between them go; a sentence of the article about free articles stays."""

from __future__ import annotations

import pytest

from generator.ingest.widget_meter import is_meter_notice, is_tier_notice
from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested
from tests.ingest.test_line_model import STORIES

BOXES = {
    "diario-del-puerto": [
        "Contenido no disponible con tu suscripción actual",
        "Exclusivo para suscripción digital de pago",
        "Mejorá tu plan para leer todo el diario sin límites desde cualquier lugar del puerto",
        "Si ya tenés usuario",
        "Te queda 1 artículo gratuito",
        "El muelle te necesita",
        "Llegaste al límite de artículos gratuitos",
    ],
    "harbour-gazette": [
        "You have 2 free articles left this month",
        "Harbour news matters",
        "Got an account already",
        "Register to read 5 free articles every month",
    ],
}


@pytest.mark.parametrize("outlet", sorted(BOXES))
def test_the_meter_box_leaves_the_body(fixture_config: SiteConfig, outlet: str) -> None:
    headline, dated, paragraphs = STORIES[outlet]  # the box set in after the first paragraph
    text = "\n".join([headline, dated, paragraphs[0], *BOXES[outlet], *paragraphs[1:]]) + "\n"
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == list(paragraphs)


def test_a_meter_alone_does_not_mark_the_page_paywalled(fixture_config: SiteConfig) -> None:
    text, _ = appended("diario-del-puerto", ["Te quedan 3 artículos gratuitos este mes"])
    draft = ingested(fixture_config, "diario-del-puerto", text)
    assert [r.rule for r in draft.removals if r.text.startswith("Te quedan")] == ["paywall-meter"]
    assert not draft.metadata.paywalled


@pytest.mark.parametrize(
    "line",
    [
        "The gazette offers readers ten free articles a month.",
        "Netflix raised the price of its paid subscription again this week",
        "Disponible con suscripción en todas las plataformas del puerto",
    ],
)
def test_a_sentence_about_free_articles_stays(line: str) -> None:
    assert not is_meter_notice(line)
    assert not is_tier_notice(line)
