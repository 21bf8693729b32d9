"""Widgets and prompts of issue 21, round 23, on invented pages: a skip link's landmark, an
article or gallery pager, a pointer to the full story in the
print edition, an automated-feed notice, a tip box's question and phone lines, a prompt to report
an error, an accordion's 'show more' label; the article's sentences with the same words stay."""

from __future__ import annotations

import pytest

from generator.ingest.widget_lines import is_widget_line
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("gazette-du-port", "Début du contenu principal."),
        ("harbour-gazette", "Start of main content"),
        ("hafenbote", "Artikel 1 von 3"),
        ("diario-del-puerto", "Foto 2 de 9"),
        ("jornal-do-porto", "Leia a notícia completa na edição impressa."),
        ("harbour-gazette", "Read the full story in our print edition."),
        (
            "hafenbote",
            "Hinweis: Diese Meldung ist Teil eines automatisierten Nachrichten-Feeds einer Agentur. "
            "Sie wurde von der Redaktion nicht bearbeitet.",
        ),
        ("harbour-gazette", "This story was published automatically from a news agency feed."),
        ("havenkrant", "Heb je nieuws voor ons? Laat het de redactie van de krant weten!"),
        ("havenkrant", "📞 Bel naar 0123-456789"),
        ("havenkrant", "💬 Stuur een WhatsAppje naar 06-12345678"),
        ("havenkrant", "Een foutje gezien of iets dat niet klopt?"),
        ("havenkrant", "Zie je een fout in dit artikel? Laat het ons weten."),
        ("diario-del-puerto", "Mostrar más"),
        ("gazette-du-port", "Afficher moins"),
    ],
)
def test_a_widget_line_goes(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    [
        "Police asked witnesses to call 0800 555 111.",
        "Ring the harbour office on 01234 567890 for advice.",
        "Did the harbour master see the error?",
        "The referee saw no error in the decision.",
        "The company automated its feed mill last year, the mayor said.",
        "He read the full report in the paper before the meeting.",
        "The end of the main road was closed by the storm.",
        "Page 2 of the report lists the damaged boats.",
    ],
)
def test_the_articles_sentences_stay(line: str) -> None:
    assert not is_widget_line(line)
