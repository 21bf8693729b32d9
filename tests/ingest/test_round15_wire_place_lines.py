"""A dateline's place in capitals alone on the line above the lead, perhaps with a state's
abbreviation or a full stop ('HAVENSTAD', 'PORT ELLIS, Fla.', 'VALLE ALTA.'), is the dateline:
it leaves the body (issue 21, fifteenth round). Only the first line left above the text, over a
lead with no dateline of its own; a label ('VIDEO') or a wire ('AFP') is no place. The pages are
invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

TITLE = "Ferry runs aground in the harbour"
LEAD = (
    "A ferry carrying forty passengers ran aground at the mouth of the harbour on Sunday morning, "
    "the harbour master said, and was towed free by two tugs in the afternoon."
)
SECOND = "Nobody was hurt, and the ferry service is expected to resume on Monday after an inspection."


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("HAVENSTAD", "HAVENSTAD"),
        ("PORT ELLIS, Fla.", "PORT ELLIS, Fla."),
        ("VALLE ALTA.", "VALLE ALTA"),
        ("L'AQUILA", "L'AQUILA"),
    ],
)
def test_a_place_alone_over_the_lead(fixture_config: SiteConfig, line: str, dateline: str) -> None:
    page = f"{TITLE}\n\n{line}\n\n{LEAD}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]
    assert draft.metadata.dateline == dateline
    assert ("dateline", "dateline moved to metadata", line) in [
        (r.rule, r.reason, r.text) for r in draft.removals
    ]


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("VIDEO", LEAD),  # a label
        ("AFP", LEAD),  # a wire's name
        ("HAVENSTAD", f"PORT ELLIS, Fla. (AP) — {LEAD}"),  # the lead has its own dateline
        ("THE BIG STORM OF THE YEAR", LEAD),  # more words than a place's
    ],
)
def test_other_capital_lines_are_no_dateline(fixture_config: SiteConfig, line: str, lead: str) -> None:
    page = f"{TITLE}\n\n{line}\n\n{lead}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.dateline != line.rstrip(".")
