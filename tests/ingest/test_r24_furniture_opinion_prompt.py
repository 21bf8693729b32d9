"""A prompt inviting the reader's comment (issue 21, round 24), on invented pages: 'Tu opinión
enriquece este artículo:', 'Your opinion matters', 'Votre avis compte !' go; a quoted sentence
that says the same stays."""

from __future__ import annotations

import pytest

from generator.ingest.ad_slots import is_comment_count
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("diario-del-puerto", "Tu opinión enriquece este artículo:"),
        ("harbour-gazette", "Your opinion matters"),
        ("gazette-du-port", "Votre avis compte !"),
    ],
)
def test_the_prompt_goes(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    ['"Your opinion matters," the harbour master told residents.', "Votre avis compte, a dit le maire."],
)
def test_a_sentence_saying_it_stays(line: str) -> None:
    assert not is_comment_count(line)
