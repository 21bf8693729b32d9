"""Captions of issue 21, round 23, on invented pages: a photo's caption or credit behind the label
a page prints for screen readers ('Image caption ...', '... Derechos de autor de la imagen X',
'Bildunterschrift: ...') goes; a sentence about a caption stays."""

from __future__ import annotations

import pytest

from generator.ingest.story_extras import is_photo_caption
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.story_pages import with_line


@pytest.mark.parametrize(
    ("outlet", "line"),
    [
        ("diario-del-puerto", "Temporal en la costa Derechos de autor de la imagen Agencia Marina"),
        ("diario-del-puerto", "Pie de foto Un pescador recoge sus redes en el muelle vacío."),
        ("harbour-gazette", "Image caption A fisherman mends his nets on the empty quay."),
        ("hafenbote", "Bildunterschrift: Ein Fischer flickt seine Netze am leeren Kai."),
    ],
)
def test_a_labelled_caption_or_credit_goes(fixture_config: SiteConfig, outlet: str, line: str) -> None:
    body, removals = with_line(fixture_config, outlet, line)
    assert line not in body
    assert any(removal.startswith(line) for removal in removals)


@pytest.mark.parametrize(
    "line",
    [
        "Caption this!",
        "The image caption named the wrong harbour, the editor said.",
        "The photo copyright belongs to the port authority, its lawyer told the court.",
    ],
)
def test_a_sentence_about_a_caption_stays(line: str) -> None:
    assert not is_photo_caption(line, DEFAULT)
