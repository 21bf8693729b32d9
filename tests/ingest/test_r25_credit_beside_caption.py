"""A line naming only a wire in the header, beside a photo's caption (or between the caption's
two copies), is the picture's credit, not the text's wire (issue 21, twenty-fifth round): the
header now asks what the body already asked of such a line. The pages are invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Harbour board backs plan to dredge the north channel"
CAPTION = "The harbour master, Jon Berger (left), and the board's chair during Tuesday's visit to the quay."
LEAD = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND = "The dredging should start in May and last about six weeks, the board's chair said."


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="harbour-gazette"), config, NOW, DEFAULT)


def test_an_agency_between_a_captions_two_copies_is_no_wire(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\n{CAPTION}\nEFE\n{CAPTION}\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.via is None
    assert "EFE" not in [b.text for b in draft.blocks]


def test_an_agency_alone_under_the_headline_stays_the_wire(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\nEFE\n\n{LEAD}\n\n{SECOND}\n"
    assert _ingest(fixture_config, text).metadata.via == "EFE"
