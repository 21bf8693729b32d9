"""A photo's credit under the headline is never the byline (issue 21, twenty-fourth round): the
credit 'SOURCE / PHOTOGRAPHER' (two names joined by a slash, no byline word) names who took the
picture, not who wrote the story. The pages are invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Harbour board backs plan to dredge the north channel"
DEK = "The board approved the plan on Tuesday after two years of argument over the bill."
LEAD = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND = "The dredging should start in May and last about six weeks, the board's chair said."
CREDIT = "HARBOUR GAZETTE / MARTA OLSEN"


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="harbour-gazette"), config, NOW, DEFAULT)


def test_a_photo_credit_beside_the_time_is_no_author(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\n{DEK}\n\n{CREDIT}\n12 March 2025\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.authors == ()
    assert CREDIT not in [b.text for b in draft.blocks]


def test_a_photo_credit_above_the_byline_is_no_author(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\n{DEK}\n\n{CREDIT}\nvon\nJon Berger\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.authors == ("Jon Berger",)
    body = [b.text for b in draft.blocks]
    assert CREDIT not in body and "Jon Berger" not in body


def test_two_names_after_a_byline_word_stay_authors(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\n{DEK}\n\nBy Jon Berger / Ana Costa\n12 March 2025\n\n{LEAD}\n\n{SECOND}\n"
    assert _ingest(fixture_config, text).metadata.authors == ("Jon Berger", "Ana Costa")
