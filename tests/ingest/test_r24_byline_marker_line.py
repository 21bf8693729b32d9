"""A byline's word alone on its line and the name on the next ('von' / 'Jon Berger'), and a
byline of initials glued to the surname ('Par L.Dupré'), are bylines (issue 21, twenty-fourth
round). The pages are invented."""

from __future__ import annotations

import pytest

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
DEK = "The board approved the plan on Tuesday after two years of argument over the bill."
SECOND = "The dredging should start in May and last about six weeks, the board's chair said."


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet="harbour-gazette"), config, NOW, DEFAULT)


@pytest.mark.parametrize(("word", "name"), [("von", "Jon Berger"), ("By", "Ana Costa"), ("Por:", "Ana Ruiz")])
def test_a_byline_word_alone_then_the_name(fixture_config: SiteConfig, word: str, name: str) -> None:
    text = f"{HEADLINE}\n\n{DEK}\n\n{word}\n{name}\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.authors == (name,)
    body = [b.text for b in draft.blocks]
    assert name not in body and word not in body


def test_a_byline_word_before_a_sentence_joins_nothing(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n12 March 2025\n\nBy\nthe end of the week the channel will be closed.\n\n{LEAD}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.authors == ()


@pytest.mark.parametrize(
    ("line", "names"),
    [("Par L.Dupré", ("L.Dupré",)), ("Von A.B.Meier und Jon Berger", ("A.B.Meier", "Jon Berger"))],
)
def test_initials_glued_to_the_surname_after_a_byline_word(line: str, names: tuple[str, ...]) -> None:
    byline = read_byline(line, DEFAULT)
    assert byline is not None and byline.authors == names


def test_initials_glued_to_a_surname_without_a_byline_word_are_no_byline() -> None:
    assert read_byline("L.Dupré", DEFAULT) is None


def test_initials_on_a_page_give_the_author(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\nPar L.Dupré\n12 March 2025\n\n{LEAD}\n\n{SECOND}\n"
    assert _ingest(fixture_config, text).metadata.authors == ("L.Dupré",)
