"""A headline the rules took for the lead (a question, so sentence-shaped) when the page prints no
other: the line the URL's slug spells is the title, with its closing '?', and leaves the body
(invented pages)."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "¿Quién pagará el nuevo muelle del puerto de Valmar?"
URL = "https://diario.example/noticias/puerto/quien-pagara-el-nuevo-muelle-del-puerto-de-valmar"
LEAD = (
    "El consejo del puerto aprobó el martes el proyecto del nuevo muelle, pero nadie ha dicho todavía "
    "de dónde saldrá el dinero: el ayuntamiento dice que no puede pagarlo solo."
)
SECOND = "Las obras empezarían en primavera y durarían dos años, según el presidente del puerto."


def _ingest(config: SiteConfig, url: str) -> Draft:
    page = "\n".join([HEADLINE, "", LEAD, "", SECOND]) + "\n"
    request = Request(outlet="coast-courier", url=url)
    return ingest(Source("page.txt", page, False), request, config, NOW, DEFAULT)


def test_the_line_the_slug_spells_is_the_title_not_the_lead(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, URL)
    assert draft.metadata.title == HEADLINE
    assert [block.text for block in draft.blocks] == [LEAD, SECOND]


def test_without_a_slug_the_title_stays_provisional(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, "https://diario.example/?p=232802")
    assert any(note.startswith("title is provisional") for note in draft.metadata.review)
