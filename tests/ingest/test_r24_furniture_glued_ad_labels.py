"""Two advertising labels glued together by the copy (issue 21, round 24), on invented pages:
'AdvertisementAdvertise with Harbour Media.', 'PublicidadPublicidad' go; an advertising label glued
to the words of a paragraph is not taken for two labels."""

from __future__ import annotations

import pytest

from generator.ingest.ad_slots import is_advertisement
from generator.model.site import SiteConfig
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("harbour-gazette", "AdvertisementAdvertise with Harbour Media."),
        ("diario-del-puerto", "PublicidadPublicidad"),
        ("hafenbote", "AnzeigeWerbung schalten"),
    ],
)
def test_glued_labels_go(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line", ["AdvertisementThe harbour council met on Monday", "AnzeigeDer Hafenmeister sagte am Montag"]
)
def test_a_label_glued_to_a_paragraph_is_not_two_labels(line: str) -> None:
    assert not is_advertisement(line)
