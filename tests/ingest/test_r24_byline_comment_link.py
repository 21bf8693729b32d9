"""A name beside the time with the page's comment link glued after it ('Jo Lee Comments (3)',
'Jo Lee Reageer', 'Jo Lee Réagir') is the byline (issue 21, twenty-fourth round): the copy put the
byline and the link in one line. The page is invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

PAGE = (
    "Harbour board backs plan to dredge the north channel\n\n{line}\n12 March 2025\n\n"
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, ending "
    "two years of argument over who should pay for the work.\n\n"
    "The dredging should start in May and last about six weeks, the board chair said.\n"
)


@pytest.mark.parametrize(
    "line", ["Jo Lee Comments (3)", "Jo Lee Reageer", "Jo Lee Réagir", "Jo Lee Commenti 12"]
)
def test_a_name_glued_to_a_comment_link_is_the_byline(fixture_config: SiteConfig, line: str) -> None:
    text = PAGE.format(line=line)
    draft = ingest(
        Source("page.txt", text, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.authors == ("Jo Lee",)
    assert line not in [b.text for b in draft.blocks]
