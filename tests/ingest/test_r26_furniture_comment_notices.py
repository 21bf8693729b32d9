"""An empty comment section's notice and the comment box's prompt (issue 21, round 26), on
invented pages: 'No hay comentarios todavía.' and 'Please type your comment here!' below the
article go; a spokesperson's 'No comment.' and a sentence about comments stay."""

from __future__ import annotations

import pytest

from generator.ingest.furniture_comment_notices import is_comment_notice
from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested

NOTICES = [
    ("diario-del-puerto", "Todavía no hay comentarios."),
    ("harbour-gazette", "Please type your comment here!"),
    ("hafenbote", "Noch keine Kommentare vorhanden."),
    ("gazette-du-port", "Il n'y a pas encore de commentaires."),
    ("havenkrant", "Nog geen reacties."),
    ("gazzetta-del-porto", "Non ci sono ancora commenti."),
    ("jornal-do-porto", "Ainda não há comentários."),
]


@pytest.mark.parametrize(("outlet", "notice"), NOTICES)
def test_the_notice_below_the_article_goes(fixture_config: SiteConfig, outlet: str, notice: str) -> None:
    text, paragraphs = appended(outlet, [notice])
    body = [block.text for block in ingested(fixture_config, outlet, text).blocks]
    assert notice not in body
    assert body == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "No comment.",
        "Sin comentarios.",
        "Aucun commentaire.",
        "There are no comments from the ministry on the new harbour rules, the spokesman said.",
        "Escribe tu comentario en la carta al alcalde, pidió la vecina.",
    ],
)
def test_a_quoted_refusal_or_a_sentence_stays(line: str) -> None:
    assert not is_comment_notice(line)
