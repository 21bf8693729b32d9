"""A list of other headlines whose header names the section it lists (issue 21, round 25), on
invented pages: 'Les plus lus – Politique' and 'También en Portada' over a few headlines at the
end of the article go with their headlines; an 'also in' heading over the article's own running
text stays, and a header with a figure after its dash is no section's name."""

from __future__ import annotations

import pytest

from generator.ingest.list_rules import is_headline_list_header
from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested

HEADLINES = [
    "- Le marché aux poissons rouvre ses portes au printemps",
    "- Trois chalutiers quittent le port pour la dernière saison",
    "- La digue nord sera rehaussée : ce que prévoit la mairie",
    "- Un phare repeint en bleu divise les habitants",
]
TITULARES = [
    "- Los pescadores del muelle sur piden más plazas de amarre",
    "- La lonja estrena horario de tarde: lo que cambia para los compradores",
    "- Un velero centenario vuelve a navegar tras su restauración",
]


@pytest.mark.parametrize("header", ["Les plus lus – Politique", "Most read | Sport", "Et aussi - Économie"])
def test_a_header_with_its_section_goes_with_its_headlines(fixture_config: SiteConfig, header: str) -> None:
    text, paragraphs = appended("gazette-du-port", [header, *HEADLINES])
    body = [block.text for block in ingested(fixture_config, "gazette-du-port", text).blocks]
    assert body == paragraphs


def test_an_also_in_header_goes_with_its_headlines_and_the_comment_lines(fixture_config: SiteConfig) -> None:
    lines = [
        "También en Portada",
        *TITULARES,
        "Para comentar es necesario estar registrado",
        "Aún no hay comentarios.",
    ]
    text, paragraphs = appended("diario-del-puerto", lines)
    body = [block.text for block in ingested(fixture_config, "diario-del-puerto", text).blocks]
    assert body == paragraphs


def test_an_also_in_heading_over_running_text_stays(fixture_config: SiteConfig) -> None:
    paragraph = (
        "En el puerto vecino los pescadores también protestaron el martes por la mañana, y el alcalde "
        "prometió recibirlos antes de que termine el mes para hablar de las nuevas cuotas."
    )
    text, paragraphs = appended("diario-del-puerto", ["También en Vigo", paragraph])
    body = [block.text for block in ingested(fixture_config, "diario-del-puerto", text).blocks]
    assert paragraph in body
    assert body[: len(paragraphs)] == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Lire aussi - 2024 en chiffres",
        "La guerre – Politique",
        "Most read – the war in the north and the south",
    ],
)
def test_a_dash_after_a_header_needs_a_section_name(line: str) -> None:
    assert not is_headline_list_header(line)
