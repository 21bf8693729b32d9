"""A 'with <wire>' credit line ('avec AFP', 'con EFE', 'mit dpa', 'With AP') under a photo's
caption in the page header (invented pages): it credits the text's wire, never the photo, so
it is read as `via` there as it is without the caption; a wire in the caption's own credit
('© JEAN DUPONT / AFP') is still no credit of the text."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

FR = [
    "Le port de Valmer ouvre un nouveau quai pour les ferries",
    "Des grues sur le quai du port de Valmer, mardi. © JEAN DUPONT / AFP",
    "{credit}",
    "Le conseil du port a approuvé mardi soir le projet du nouveau quai, après un long débat entre les élus.",
    "12/03/2024 09:15",
    "Le conseil du port a approuvé le projet du nouveau quai, après un long débat entre les élus du port.",
    "Les travaux commenceront au printemps et dureront deux ans, selon le président de l'autorité portuaire.",
]
ES = [
    "El puerto de Valmar abre un nuevo muelle para los ferris",
    "Grúas en el muelle del puerto de Valmar, el martes. Foto: Juan Pérez",
    "{credit}",
    "12/03/2024 09:15",
    "El consejo del puerto aprobó el martes por la noche el proyecto del nuevo muelle, tras un largo debate.",
    "Las obras empezarán en primavera y durarán dos años, según el presidente de la autoridad portuaria.",
]


def _ingest(config: SiteConfig, lines: list[str], credit: str) -> Draft:
    page = "\n".join(line.replace("{credit}", credit) for line in lines) + "\n"
    return ingest(Source("page.txt", page, False), Request(outlet="coast-courier"), config, NOW, DEFAULT)


@pytest.mark.parametrize(
    ("lines", "credit", "wire"),
    [
        (FR, "avec AFP", "AFP"),
        (FR, "Avec l'AFP", "AFP"),
        (ES, "con EFE", "EFE"),
        (ES, "Con Reuters", "Reuters"),
    ],
)
def test_a_with_credit_under_a_caption_is_the_texts_wire(
    fixture_config: SiteConfig, lines: list[str], credit: str, wire: str
) -> None:
    draft = _ingest(fixture_config, lines, credit)
    assert draft.metadata.via == wire
    assert credit not in [block.text for block in draft.blocks]
    assert any(r.text == credit and r.rule == "wire-credit" for r in draft.removals)


def test_a_wire_in_the_captions_own_credit_is_no_credit_of_the_text(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, [line for line in FR if line != "{credit}"], "")
    assert draft.metadata.via is None


def test_a_with_line_naming_no_wire_is_no_credit(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, FR, "avec Jean Dupont")
    assert draft.metadata.via is None
