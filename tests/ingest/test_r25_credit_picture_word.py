"""A credit line that opens with the word for a picture ('PHOTO JANE DOE, AGENCE FRANCE-PRESSE',
'Foto di Mario Rossi, ANSA') names a photographer and the picture's agency: no author, no wire of
the text (issue 21, twenty-fifth round). The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.credit_pictures import is_picture_credit
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Le conseil du port adopte le plan de dragage du chenal nord"
LEAD = (
    "Le conseil du port a adopté mardi le plan de dragage du chenal nord, mettant fin à deux ans "
    "de querelles sur le partage de la facture entre la ville et la région."
)
CAPTION = "Le chenal nord, vu depuis la digue, mardi matin."
SECOND = "Les travaux doivent commencer en mai et durer six semaines, a indiqué la présidente du conseil."
THIRD = "La ville paiera la moitié de la facture, la région et l'État se partageant le reste des frais."


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="harbour-gazette"), config, NOW, DEFAULT)


@pytest.mark.parametrize(
    "credit",
    ["PHOTO JEANNE MARTIN, AGENCE FRANCE-PRESSE", "Foto di Marta Olsen, ANSA", "Photo Paul Roux, Reuters"],
)
def test_a_picture_credit_in_the_text_is_no_wire_and_no_author(
    fixture_config: SiteConfig, credit: str
) -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n\n{credit}\n{CAPTION}\n\n{SECOND}\n\n{THIRD}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.via is None
    assert draft.metadata.authors == ()
    assert credit not in [b.text for b in draft.blocks]


@pytest.mark.parametrize(
    "name", ["PHOTO LÉA DUPONT", "Foto di Mario Rossi", "Bild Hans Meier", "Photos by Ana Ruiz"]
)
def test_a_picture_word_before_a_name(name: str) -> None:
    assert is_picture_credit(name)


@pytest.mark.parametrize("name", ["Jeanne Martin", "Photo d'illustration", "Fotografen", "Imogen Hale"])
def test_names_without_a_picture_word(name: str) -> None:
    assert not is_picture_credit(name)


def test_a_byline_with_its_wire_stays(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\nJeanne Martin, AFP\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.via == "AFP"
    assert draft.metadata.authors == ("Jeanne Martin",)
