"""A standfirst under the headline is not read as the headline's second line because the URL's
slug (a row of topic keywords) spells some of its words too (invented page)."""

from __future__ import annotations

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "El ayuntamiento aprueba el presupuesto de las bibliotecas"
DEK = "Las bibliotecas abrirán los domingos desde marzo y cerrarán a las ocho."
LEAD = (
    "El pleno aprobó el lunes por la noche el presupuesto tras un largo debate sobre el horario "
    "de las bibliotecas, dijo la alcaldesa."
)
SECOND = "Las dos sucursales del muelle cerrarán a las ocho, según fuentes municipales."
URL = "https://news.example/politica/ayuntamiento-presupuesto-bibliotecas-domingos-marzo"


def test_a_standfirst_is_not_glued_to_the_headline_by_the_slug(fixture_config: SiteConfig) -> None:
    page = f"Política\n\n{HEADLINE}\n\n{DEK}\n\n{LEAD}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False),
        Request(outlet="coast-courier", url=URL),
        fixture_config,
        NOW,
        DEFAULT,
    )
    assert draft.metadata.title == HEADLINE
    assert not any("title read by the URL's slug" in note for note in draft.metadata.review)
    assert DEK in [block.text for block in draft.blocks] or draft.metadata.dek == DEK  # not lost
