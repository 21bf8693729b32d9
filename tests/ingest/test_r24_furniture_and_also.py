"""An 'And also:' header over a list of other stories' headlines (issue 21, round 24), on invented
pages: 'Et aussi:' and the headlines under it go; the article's paragraphs stay."""

from __future__ import annotations

import pytest

from generator.model.site import SiteConfig
from tests.ingest.story_pages import ingested
from tests.ingest.test_line_model import STORIES

LISTS = {
    "gazette-du-port": [
        "Et aussi:",
        "Tempête sur le port: la criée fermée jusqu'à lundi",
        "Tempête sur le port: les ferries restent à quai",
    ],
    "harbour-gazette": [
        "And also:",
        "Storm on the coast: ferries stay in port until Monday",
        "Storm on the coast: fish market shut for the weekend",
    ],
}


@pytest.mark.parametrize("outlet", sorted(LISTS))
def test_the_list_goes(fixture_config: SiteConfig, outlet: str) -> None:
    headline, dated, paragraphs = STORIES[outlet]
    text = "\n".join([headline, dated, paragraphs[0], *LISTS[outlet], *paragraphs[1:]]) + "\n"
    draft = ingested(fixture_config, outlet, text)
    assert [block.text for block in draft.blocks] == list(paragraphs)
