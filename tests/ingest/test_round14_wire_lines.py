"""A wire named on a line of its own with its desk's word or an editor's initials ('Redacción
EFE', '- Nachrichtenagentur dpa', '(SE/AFP)') is the page's credit (issue 21, fourteenth round);
a photographer's name before the wire, or a phrase with more words, is not. Invented pages."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.wire_lines import line_wire
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

TITLE = "El puerto de Valleverde reabre tras tres semanas de obras"
FIRST = "El puerto de Valleverde reabrió este lunes tras tres semanas de obras en sus muelles, según la autoridad."
SECOND = "Las obras costaron unos cuatro millones de euros y permitirán atracar a barcos más grandes, dijo el director."


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("Redacción EFE", "EFE"),
        ("- Nachrichtenagentur dpa", "dpa"),
        ("Agence AFP", "AFP"),
        ("(SE/AFP)", "AFP"),
        ("(ab/cd/Reuters)", "Reuters"),
        ("Jo Lee/AFP", None),  # a photographer's credit
        ("Agenzia di Stampa ANSA", None),  # more than a desk's word
        ("Redacción Harbour Daily", None),  # no wire of the registry
    ],
)
def test_a_wire_with_its_desk_word_or_initials(text: str, via: str | None) -> None:
    assert line_wire(text, DEFAULT) == via


@pytest.mark.parametrize("credit", ["Redacción EFE", "(SE/EFE)"])
def test_the_line_under_the_text_gives_the_page_its_credit(fixture_config: SiteConfig, credit: str) -> None:
    page = f"{TITLE}\n\n{FIRST}\n\n{credit}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert (draft.metadata.via, draft.blocks[0].text, draft.blocks[-1].text) == ("EFE", FIRST, SECOND)
