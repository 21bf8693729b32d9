"""The label where the text breaks for an advertisement leaves the body (issue 21, round 17): an
advertisement and the text going on after it, in a short line, in the eight languages. A sentence
of news about advertising stays. Every page and line here is invented.
"""

from __future__ import annotations

import pytest

from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line
from tests.ingest.test_line_model import STORIES


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("jornal-do-porto", "O texto continua depois da publicidade"),
        ("gazette-du-port", "L'article continue après la publicité"),
        ("diario-del-puerto", "La noticia sigue tras el anuncio"),
        ("gazzetta-del-porto", "L'articolo prosegue dopo la pubblicità"),
        ("hafenbote", "Der Artikel geht weiter nach der Werbung"),
        ("havenkrant", "Het artikel gaat verder na de advertentie"),
    ],
)
def test_an_advertisements_break_leaves_the_body(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert body == list(STORIES[outlet][2])
    assert f"{line}: advertisement: advertisement slot" in removals


@pytest.mark.parametrize(
    "line",
    [
        "The port will continue its advertising campaign in the summer, the board said.",
        "Ads continue to run.",
    ],
)
def test_a_sentence_about_advertising_stays(fixture_config: SiteConfig, line: str) -> None:
    body, _ = with_line(fixture_config, "harbour-gazette", line)
    first, *rest = STORIES["harbour-gazette"][2]
    assert body == [first, line, *rest]
