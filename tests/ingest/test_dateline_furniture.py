"""The opening dateline read below the header's furniture, never from the body's middle (issue 21)."""

from __future__ import annotations

from generator.ingest.clean import Cleaned, clean_blocks
from generator.ingest.model import Evidence
from generator.ingest.text_blocks import split_text
from generator.model.wires import DEFAULT
from tests.ingest.support import context

NOTICE = (
    "This archived story is kept for your personal reference only. Facts in the story may be out of date "
    "or replaced by later reports. Reading or replaying it in its archived form is not a republication "
    "of the story by the station or by anyone else."
)
LEAD = (
    "HARBOURTON, Maine (AP) — Engineers reopened the harbour bridge on Tuesday after three weeks of repairs."
)
REST = (
    "Traffic returned to both lanes by the evening, and the council said the work had cost less than planned."
)


def _clean(*blocks: str) -> Cleaned:
    return clean_blocks(split_text("\n\n".join(blocks) + "\n"), context(), Evidence(), "", DEFAULT)


def test_the_dateline_is_read_below_share_buttons_and_an_archive_notice() -> None:
    cleaned = _clean(
        "Harbour bridge reopens after repairs",
        "Harbour bridge reopens after repairs",
        "12 photos",
        "Save Story",
        "Estimated read time: 2 minutes",
        NOTICE,
        LEAD,
        REST,
    )
    assert (cleaned.body.dateline, cleaned.body.via) == ("HARBOURTON, Maine", "AP")
    assert [b.text for b in cleaned.blocks] == [LEAD.split("— ")[1], REST]
    assert [r.rule for r in cleaned.removals if r.text == NOTICE] == ["before-dateline"]


def test_without_the_title_the_furniture_stays_for_the_headline_but_the_dateline_is_read() -> None:
    cleaned = _clean(
        "Other story one : ferries resume Other story two : the market reopens Other story three : "
        "the council meets on Friday Other story four : a new school opens in the north of the county "
        "Other story five : the harbour festival returns in the summer after two years away",
        "Harbour bridge reopens after three weeks of repairs",
        "3 March  69  Local (2081),",
        LEAD,
        REST,
    )
    assert (cleaned.body.dateline, cleaned.body.via) == ("HARBOURTON, Maine", "AP")
    assert "Harbour bridge reopens after three weeks of repairs" in [b.text for b in cleaned.blocks]


def test_no_dateline_is_read_below_two_paragraphs_of_the_story() -> None:
    first = (
        "The harbour bridge had been closed since the storm in February, and ferries carried commuters "
        "across the bay every half hour while divers and engineers checked each of its piers and "
        "the council argued over who should pay for the work."
    )
    second = (
        "Residents said the ferries were slow and crowded, and shop owners on both sides of the bay said "
        "they had lost a third of their trade, so the council promised to speed up the repairs and to "
        "pay the ferry fares until the bridge reopened."
    )
    cleaned = _clean("Harbour bridge reopens after repairs", "Save Story", first, second, LEAD, REST)
    assert cleaned.body.dateline is None
    assert [b.text for b in cleaned.blocks] == [first, second, LEAD, REST]
