"""A kicker the copy glued to the headline by a colon with no space after it ('Hafenausbau:Wie
die Stadt ...') is cut off the title (issue 21, twenty-fourth round); a kicker after a spaced
colon, a name with a colon ('Re:Invent') and a time stay. The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.title_labels import without_glued_label
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND = "The dredging should start in May and last about six weeks, the board's chair said."


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="harbour-gazette"), config, NOW, DEFAULT)


def test_a_glued_kicker_leaves_the_title(fixture_config: SiteConfig) -> None:
    text = f"Harbour works:How the board saved the north channel\n12 March 2025\n\n{LEAD}\n\n{SECOND}\n"
    assert _ingest(fixture_config, text).metadata.title == "How the board saved the north channel"


@pytest.mark.parametrize(
    "title",
    [
        "Harbour works: How the board saved the north channel",
        "Re:Invent opens its doors in the harbour hall",
        "Ferry leaves at 12:30 The board saved the north channel",
    ],
)
def test_other_colons_stay(title: str) -> None:
    assert without_glued_label(title) == title
