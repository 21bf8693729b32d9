"""Bylines in two more forms (issue 21, twenty-third round): several people's names alone on the
line under the headline ('Ana Costa, Jo Lee, and Lena Vogt', a standfirst is never a list of
names), and a byline naming whom it was written for ('Written by Jo Lee and Ana Costa for
Reuters ->': the names, and the wire when it is one). The pages are invented."""

from __future__ import annotations

from generator.ingest.bylines import read_byline
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Harbour board backs plan to dredge the north channel"
LEAD = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND = "The dredging should start in May and last about six weeks, the board's chair said."


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="harbour-gazette"), config, NOW, DEFAULT)


def test_several_names_under_the_headline_are_the_byline(fixture_config: SiteConfig) -> None:
    names = "Ana Costa, Jo Lee, and Lena M. Vogt"
    text = f"NEWS\n\n{HEADLINE}\n\n{names}\nThe Harbour Gazette\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.authors == ("Ana Costa", "Jo Lee", "Lena M. Vogt")
    assert draft.metadata.dek is None
    assert names not in [b.text for b in draft.blocks]


def test_a_byline_for_a_wire_gives_names_and_the_wire() -> None:
    byline = read_byline("Written by Jo Lee and Ana Costa for Reuters ->", DEFAULT)
    assert byline is not None
    assert byline.authors == ("Jo Lee", "Ana Costa")
    assert byline.via == "Reuters"


def test_a_byline_for_a_paper_gives_the_names_only() -> None:
    byline = read_byline("Door Anna de Vries voor het Havenblad", DEFAULT)
    assert byline is not None
    assert byline.authors == ("Anna de Vries",)
    assert byline.via is None


def test_a_byline_for_a_time_is_no_byline() -> None:
    assert read_byline("By Jo Lee for three days", DEFAULT) is None
