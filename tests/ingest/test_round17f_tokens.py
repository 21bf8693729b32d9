"""A page's internal token left alone on a line (an image's or a slot's name, one word joined by an
underscore) leaves the body (issue 21, round 17); a word with a hyphen, or a line of words, stays.
Every page and line here is invented.
"""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW
from tests.ingest.test_line_model import STORIES


def _ingest(config: SiteConfig, line: str) -> tuple[list[str], list[str]]:
    headline, dated, paragraphs = STORIES["harbour-gazette"]
    text = "\n".join([headline, dated, paragraphs[0], line, *paragraphs[1:]]) + "\n"
    draft = ingest(Source("page.txt", text, False), Request(outlet="harbour-gazette"), config, NOW, DEFAULT)
    return [block.text for block in draft.blocks], [f"{r.text}: {r.rule}: {r.reason}" for r in draft.removals]


@pytest.mark.parametrize("line", ["quay_storm", "HARBOUR-MASTER_2023", "banner_top_2", "hero_img"])
def test_an_underscored_token_alone_on_a_line_leaves_the_body(fixture_config: SiteConfig, line: str) -> None:
    body, removals = _ingest(fixture_config, line)
    assert body == list(STORIES["harbour-gazette"][2])
    assert f"{line}: tracking-id: tracking id" in removals


@pytest.mark.parametrize(
    "line", ["Harbour-master", "The quay_storm file was leaked to reporters on Tuesday."]
)
def test_a_word_or_a_sentence_stays(fixture_config: SiteConfig, line: str) -> None:
    body, _ = _ingest(fixture_config, line)
    first, *rest = STORIES["harbour-gazette"][2]
    assert body == [first, line, *rest]
