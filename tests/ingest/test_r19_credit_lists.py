"""A wire named on the lines of a list of other headlines credits those headlines, not the article
(issue 21, round 19): under 'RECOMMEND' a headline and a 'Kyodo -' line alternate. And a wire
line between two copies of one caption credits the picture. Invented pages."""

from __future__ import annotations

from generator.ingest.model import Block, Kind
from generator.ingest.text_rules import line_rules
from generator.ingest.wire_lines import between_copies, page_wire
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.story_pages import appended, ingested

LIST = [
    "RECOMMEND",
    "Ferry fares to rise in the spring, operator says",
    "Kyodo -",
    "Lighthouse keeper retires after forty years",
    "Kyodo -",
    "Council approves new sea wall for the old harbour",
    "Kyodo",
]


def test_wire_lines_of_a_recommended_list_give_no_via(fixture_config: SiteConfig) -> None:
    text, paragraphs = appended("harbour-gazette", LIST)
    draft = ingested(fixture_config, "harbour-gazette", text)
    assert draft.metadata.via is None
    assert [block.text for block in draft.blocks] == paragraphs


def test_a_sign_off_under_the_text_still_credits_it(fixture_config: SiteConfig) -> None:
    text, _ = appended("harbour-gazette", ["Kyodo"])
    draft = ingested(fixture_config, "harbour-gazette", text)
    assert draft.metadata.via == "Kyodo"


CAPTION = "The mayor and the harbour master during the opening of the new quay on Monday."
FIRST = "The new quay opened on Monday after two years of work, the harbour authority said in a statement."
SECOND = "It can take ships twice as long as the old one, the harbour master told reporters at the opening."


def _page(lines: list[str]) -> list[Block]:
    return [Block(text, Kind.LINE, number) for number, text in enumerate(lines, start=1)]


def test_a_wire_between_two_copies_of_a_caption_credits_the_picture() -> None:
    page = _page([FIRST, CAPTION, "EFE", CAPTION, SECOND])
    body = [page[0], page[4]]
    assert between_copies(page, 2)
    assert page_wire(page, body, line_rules(DEFAULT), DEFAULT) is None


def test_a_wire_line_between_two_paragraphs_credits_the_text() -> None:
    page = _page([FIRST, "EFE", SECOND])
    assert not between_copies(page, 1)
    assert page_wire(page, [page[0], page[2]], line_rules(DEFAULT), DEFAULT) == "EFE"
