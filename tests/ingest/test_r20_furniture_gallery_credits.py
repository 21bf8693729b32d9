"""Furniture of set 22's class (issue 21, round 20), on invented pages: a photo gallery's
credits, each an agency and a photographer joined by a slash ('dpa/Erika Muster'), the agency
first; the paragraph before the run stays.
The credit with the photographer first was already known ('Ana Ruiz / EFE')."""

from __future__ import annotations

import pytest

from generator.ingest.story_extras import is_photo_credit
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.story_pages import ingested
from tests.ingest.test_line_model import STORIES


def test_a_gallery_of_agency_and_photographer_credits(fixture_config: SiteConfig) -> None:
    credits = ["dpa/Erika Muster", "Getty Images/Jon Hafenmann", "AFP / Lena Kai Ostwald"]
    headline, dated, paragraphs = STORIES["hafenbote"]
    text = "\n".join([headline, dated, paragraphs[0], *credits, *paragraphs[1:]]) + "\n"
    draft = ingested(fixture_config, "hafenbote", text)
    assert [block.text for block in draft.blocks] == list(paragraphs)


@pytest.mark.parametrize(
    "line",
    [
        "Reuters/Ipsos",
        "Poll by Reuters/Ipsos shows Mara Lind ahead",
        "Hafen/Neue Brücke",
        "dpa/Erika Muster sagt.",
    ],
)
def test_a_slash_that_joins_no_agency_and_photographer_is_no_credit(line: str) -> None:
    assert not is_photo_credit(line, DEFAULT)
