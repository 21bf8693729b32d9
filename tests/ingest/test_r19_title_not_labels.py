"""Lines that are not headlines never become the title (issue 21, nineteenth round): a line of
`label: value` fields joined by '|' after a date ('Published date: 03.04.2019 10:15 | Category:
Harbour affairs') is metadata, and a headline hard-wrapped over two lines is joined whole, not cut
at its first line. The pages are invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.ingest.dates import DateContext
from generator.ingest.meta_lines import read_meta_line
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


def test_a_line_of_labelled_fields_beside_a_date_is_metadata(fixture_config: SiteConfig) -> None:
    meta = "Published date: 03.04.2019 10:15 | Category: Harbour affairs"
    short = "Harbour dredging plan approved"  # as short as a section's label
    draft = _ingest(fixture_config, f"Small print Large print\n\n{short}\n\n{meta}\n\n{LEAD}\n\n{SECOND}\n")
    assert draft.metadata.title == short
    assert draft.metadata.published is not None
    assert draft.metadata.published.date().isoformat() == "2019-04-03"
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]


def test_a_headline_with_a_label_before_a_date_is_no_metadata_line() -> None:
    tz = ZoneInfo("Europe/London")
    context = DateContext(tz, datetime(2026, 1, 1, tzinfo=tz), True, "en")
    assert read_meta_line("Harbour: dredging plan approved | 03.04.2019", context, DEFAULT) is None


def test_a_hard_wrapped_headline_is_joined(fixture_config: SiteConfig) -> None:
    text = f"Harbour board backs plan to dredge\nthe north channel\n\nApril 3, 2019\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.title == HEADLINE
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]
    assert [(r.text, r.rule) for r in draft.removals if r.line == 2] == [("the north channel", "title")]


def test_a_byline_under_the_headline_is_not_joined(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\nby Jo Lee\n\nApril 3, 2019\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, text)
    assert draft.metadata.title == HEADLINE
