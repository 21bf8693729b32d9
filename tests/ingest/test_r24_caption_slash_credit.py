"""A caption closed by a bracketed credit of photographer and agency either way round (issue 21,
round 24), on invented pages: '... le port. (JEAN MARTIN / AFP)' goes; a sentence closed by two
parties in brackets stays."""

from __future__ import annotations

import pytest

from generator.ingest.story_extras import is_photo_caption
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("gazette-du-port", "Un pêcheur répare ses filets sur le quai vide. (JEAN MARTIN / AFP)"),
        ("harbour-gazette", "A fisherman mends his nets on the empty quay. (Reuters / Anna Berg)"),
    ],
)
def test_the_caption_goes(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    ["Le maire a réuni la majorité (PS / Verts)", "The council voted with the opposition (Labour / Greens)"],
)
def test_two_parties_in_brackets_stay(line: str) -> None:
    assert not is_photo_caption(line, DEFAULT)
