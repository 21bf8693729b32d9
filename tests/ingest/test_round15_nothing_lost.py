"""A page whose only paragraph the header takes away (as a photo caption or blurb, or as the
standfirst) keeps it as its body and is written, never refused for "no article text found"
(issue 21, round 15). Every page is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

SUMMARY_ES = (
    "El ayuntamiento de Villamar inauguró este martes el nuevo muelle del puerto pesquero, tras dos "
    "años de obras y una inversión de cuatro millones de euros."
)
SUMMARY_FR = (
    "La mairie de Portville a inauguré mardi le nouveau quai du port de pêche, après deux ans de "
    "travaux et un chantier de quatre millions d'euros."
)


def test_a_summary_above_a_credit_and_a_date_is_the_body(fixture_config: SiteConfig) -> None:
    page = (
        "Nuevo muelle para el puerto pesquero de Villamar\n\n"
        f"{SUMMARY_ES}\n\n"
        "Por: Reuters\n\n"
        "Publicado: Martes 3 de marzo de 2025 a las 10:15 hrs.\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="diario-del-puerto"), fixture_config, NOW, DEFAULT
    )
    assert draft.blockers == ()
    assert [block.text for block in draft.blocks] == [SUMMARY_ES]
    assert draft.metadata.title == "Nuevo muelle para el puerto pesquero de Villamar"
    assert draft.metadata.published == datetime(2025, 3, 3, 10, 15, tzinfo=ZoneInfo("Europe/Madrid"))
    assert draft.metadata.via == "Reuters"


def test_a_standfirst_that_is_the_only_paragraph_is_the_body_and_no_dek(fixture_config: SiteConfig) -> None:
    page = (
        "Portville : le nouveau quai du port de pêche est ouvert\n\n"
        f"{SUMMARY_FR}\n\n"
        "11 décembre 2019 à 21h11 par AFP\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="gazette-du-port"), fixture_config, NOW, DEFAULT
    )
    assert draft.blockers == ()
    assert [block.text for block in draft.blocks] == [SUMMARY_FR]
    assert draft.metadata.dek is None
    assert draft.metadata.published == datetime(2019, 12, 11, 21, 11, tzinfo=ZoneInfo("Europe/Paris"))


def test_a_page_with_text_below_its_standfirst_keeps_the_standfirst_as_its_dek(
    fixture_config: SiteConfig,
) -> None:
    page = (
        "Portville : le nouveau quai du port de pêche est ouvert\n\n"
        f"{SUMMARY_FR}\n\n"
        "11 décembre 2019 à 21h11 par AFP\n\n"
        "Le quai mesure 300 mètres et peut accueillir vingt bateaux à la fois, selon la mairie.\n\n"
        "Les pêcheurs attendaient ce chantier depuis plus de dix ans, a rappelé le maire.\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="gazette-du-port"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.dek == SUMMARY_FR
    assert SUMMARY_FR not in [block.text for block in draft.blocks]
