"""A notice that the content is blocked in the reader's country or region (issue 21, round 27),
on invented pages: 'This video is not available in your region.' where the player stood goes; a
reported sentence about a service blocked in a country, and a quoted notice, stay."""

from __future__ import annotations

import pytest

from generator.ingest.furniture_region_notice import is_region_notice
from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested, with_line
from tests.ingest.test_line_model import STORIES

NOTICES = [
    ("harbour-gazette", "This video is not available in your region."),
    ("hafenbote", "Dieses Video ist in Ihrem Land leider nicht verfügbar."),
    ("gazette-du-port", "Ce contenu n'est pas disponible dans votre pays."),
    ("diario-del-puerto", "Este contenido no está disponible en tu país."),
    ("gazzetta-del-porto", "Questo video non è disponibile nel tuo paese."),
    ("havenkrant", "Deze video is niet beschikbaar in jouw regio."),
    ("jornal-do-porto", "Este conteúdo não está disponível no seu país."),
]


@pytest.mark.parametrize(("outlet", "notice"), NOTICES)
def test_the_notice_between_paragraphs_goes(fixture_config: SiteConfig, outlet: str, notice: str) -> None:
    body, _ = with_line(fixture_config, outlet, notice)
    assert body == list(STORIES[outlet][2])
    assert ingested(fixture_config, outlet, "\n".join(STORIES[outlet][2])).blocks  # the story alone reads


def test_a_japanese_notice_is_one() -> None:
    assert is_region_notice("この動画はお住まいの地域ではご覧いただけません。")


@pytest.mark.parametrize(
    "line",
    [
        "The ferry company's booking service is not available in Norway, the harbour office said.",
        "“This video is not available in your country,” the message on the harbour's site read.",
        "Your country is not available as a destination on the new ferry line.",
        "Die Fähre ist in diesem Winter nicht verfügbar, sagte die Reederei.",
    ],
)
def test_a_reported_sentence_or_a_quoted_notice_stays(line: str) -> None:
    assert not is_region_notice(line)
