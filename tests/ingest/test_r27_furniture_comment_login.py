"""The comment box's prompt to a reader who is not logged in, and its prompt with a 'please'
before it (issue 21, round 27), on invented pages: 'You must be logged in to post a comment.' and
'Per favore inserisci il tuo commento!' below the article go; a sentence about logging in stays."""

from __future__ import annotations

import pytest

from generator.ingest.ad_slots import is_comment_count
from generator.model.site import SiteConfig
from tests.ingest.story_pages import appended, ingested

PROMPTS = [
    ("harbour-gazette", "You must be logged in to post a comment."),
    ("harbour-gazette", "You must be logged in to react."),
    ("hafenbote", "Sie müssen angemeldet sein, um einen Kommentar abzugeben."),
    ("gazette-du-port", "Vous devez être connecté pour publier un commentaire."),
    ("diario-del-puerto", "Debes estar registrado para comentar."),
    ("gazzetta-del-porto", "Devi essere connesso per inviare un commento."),
    ("havenkrant", "Je moet ingelogd zijn om een reactie te plaatsen."),
    ("jornal-do-porto", "Você precisa estar logado para comentar."),
    ("gazzetta-del-porto", "Per favore inserisci il tuo commento!"),
    ("diario-del-puerto", "Por favor, deje su comentario."),
    ("gazette-du-port", "Veuillez saisir votre commentaire."),
]


@pytest.mark.parametrize(("outlet", "prompt"), PROMPTS)
def test_the_prompt_below_the_article_goes(fixture_config: SiteConfig, outlet: str, prompt: str) -> None:
    text, paragraphs = appended(outlet, [prompt])
    body = [block.text for block in ingested(fixture_config, outlet, text).blocks]
    assert prompt not in body
    assert body == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "Passengers must be logged in to the ferry app to book a seat, the harbour office said.",
        "You must be 18 to vote in the harbour council election.",
        "Per favore, disse il sindaco, lasciate il porto pulito.",
    ],
)
def test_a_sentence_about_logging_in_stays(line: str) -> None:
    assert not is_comment_count(line)
