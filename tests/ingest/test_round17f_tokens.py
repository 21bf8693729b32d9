"""A page's internal token left alone on a line (an image's or a slot's name, one word joined by an
underscore) leaves the body (issue 21, round 17); a word with a hyphen, or a line of words, stays.
Every page and line here is invented.
"""

from __future__ import annotations

import pytest

from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line
from tests.ingest.test_line_model import STORIES


@pytest.mark.parametrize("line", ["quay_storm", "HARBOUR-MASTER_2023", "banner_top_2", "hero_img"])
def test_an_underscored_token_alone_on_a_line_leaves_the_body(fixture_config: SiteConfig, line: str) -> None:
    body, removals = with_line(fixture_config, "harbour-gazette", line)
    assert body == list(STORIES["harbour-gazette"][2])
    assert f"{line}: tracking-id: tracking id" in removals


@pytest.mark.parametrize(
    "line", ["Harbour-master", "The quay_storm file was leaked to reporters on Tuesday."]
)
def test_a_word_or_a_sentence_stays(fixture_config: SiteConfig, line: str) -> None:
    body, _ = with_line(fixture_config, "harbour-gazette", line)
    first, *rest = STORIES["harbour-gazette"][2]
    assert body == [first, line, *rest]
