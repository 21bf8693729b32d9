"""Page-level check of the caption sign-off rule (add to tests/ingest/ once clean.py's `_credits`
passes `closing_blocks(blocks)[index]` to `strip_credits`). The page is invented."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "Harbour board backs plan to dredge the north channel"
DEK = "The board approved the plan after two years of argument over the bill."
CAPTION = "Fishing boats wait at the north quay before dawn. EFE"
LEAD = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND = "The dredging should start in May and last about six weeks, the board's chair said on Tuesday."
THIRD = "The city will pay half of the bill, the region and the state the rest, she told reporters."
LAST = "The city will pay half of the bill, the region and the state the rest, she said. EFE"


def _ingest(config: SiteConfig, text: str) -> Draft:
    return ingest(
        Source("page.txt", text, False),
        Request(outlet="harbour-gazette"),
        config,
        NOW,
        DEFAULT,
    )


def test_a_captions_agency_above_the_text_is_no_wire(
    fixture_config: SiteConfig,
) -> None:
    text = f"{HEADLINE}\n\n{DEK}\n\n{CAPTION}\n\nShare\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert _ingest(fixture_config, text).metadata.via is None


def test_a_captions_agency_under_the_date_is_no_wire(
    fixture_config: SiteConfig,
) -> None:
    text = f"{HEADLINE}\n\n12 March 2025\n\n{CAPTION}\n\n{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert _ingest(fixture_config, text).metadata.via is None


def test_a_sign_off_closing_the_text_is_its_wire(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n\n{LAST}\n")
    assert draft.metadata.via == "EFE"
