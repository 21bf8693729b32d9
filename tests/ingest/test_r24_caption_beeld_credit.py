"""A Dutch caption closed by its 'Beeld <credit>' (issue 21, round 24), on invented pages: 'De kade
bij nacht Beeld ANP', glued 'De kade bij nachtBeeld de Havenkrant', 'Beeld Jan de Vries / ANP' go;
a sentence using the word 'Beeld' stays."""

from __future__ import annotations

import pytest

from generator.ingest.story_extras import is_photo_caption
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    "line",
    [
        "De kade bij nacht Beeld ANP",
        "De kade bij nachtBeeld de Havenkrant",
        "Vissers herstellen hun netten op de lege kade Beeld Jan Visser / ANP",
    ],
)
def test_the_credited_caption_goes(fixture_config: SiteConfig, line: str) -> None:
    body, removals = with_line(fixture_config, "havenkrant", line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    ["Het college wil een nieuw Beeld van de haven", "Dat zei de havenmeester. Beeld en geluid volgen later"],
)
def test_a_sentence_with_the_word_stays(line: str) -> None:
    assert not is_photo_caption(line, DEFAULT)
