"""An author's name beside the time with a footnote mark after it ('Jo Lee*', the note on the
author printed at the end of the article) is the byline (issue 21, twenty-fourth round). The page
is invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

PAGE = (
    "Harbour board backs plan to dredge the north channel\n\n"
    "Why the board changed its mind after two years of argument over the bill\n\n"
    "{name}\n12 March 2025 - 02:49 p. m.\n"
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, ending "
    "two years of argument over who should pay for the work.\n\n"
    "The dredging should start in May and last about six weeks, the board chair said.\n\n"
    "*Jo Lee is a lecturer in coastal engineering.\n"
)


@pytest.mark.parametrize("name", ["Jo Lee*", "Jo Lee**", "Jo Lee†"])
def test_a_name_with_a_footnote_mark_is_the_byline(fixture_config: SiteConfig, name: str) -> None:
    text = PAGE.format(name=name)
    draft = ingest(
        Source("page.txt", text, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.authors == ("Jo Lee",)
    assert name not in [b.text for b in draft.blocks]
