"""A prompt to log in leaves the body as a paywall notice (issue 21, round 17): a login phrase of the
eight languages in a short line that opens with it or with a 'please', or speaks to the reader. A
sentence of news about logging in stays. Every page and line here is invented.
"""

from __future__ import annotations

import pytest

from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line
from tests.ingest.test_line_model import STORIES


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("hafenbote", "Bitte melden Sie sich an, um den Artikel zu speichern."),
        ("diario-del-puerto", "Inicia sesión para guardar esta noticia"),
        ("harbour-gazette", "Please sign in to save this story to your list."),
        ("gazette-du-port", "Connectez-vous pour enregistrer cet article"),
    ],
)
def test_a_prompt_to_log_in_leaves_the_body(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert body == list(STORIES[outlet][2])
    assert f"{line}: paywall: paywall notice" in removals


def test_a_sentence_about_logging_in_stays(fixture_config: SiteConfig) -> None:
    line = "Ferry passengers will log in to the new booking portal from Monday, the operator said."
    body, _ = with_line(fixture_config, "harbour-gazette", line)
    first, *rest = STORIES["harbour-gazette"][2]
    assert body == [first, line, *rest]
