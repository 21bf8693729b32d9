"""A wire's sign-off closes a text: one with running text below it closes a photo's caption
('The quay at dawn. EFE') and names the picture's agency, not the text's wire (issue 21,
twenty-fifth round). The credit is still cut from the caption. The texts are invented."""

from __future__ import annotations

from generator.ingest.credit_signoff import closing_blocks
from generator.ingest.credits import strip_credits
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

CAPTION = Block("Fishing boats wait at the north quay before dawn. EFE", Kind.PARAGRAPH)
LEAD = Block(
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work.",
    Kind.PARAGRAPH,
)
SECOND = Block(
    "The dredging should start in May and last about six weeks, the board's chair said.", Kind.PARAGRAPH
)
LAST = Block(
    "The city will pay half of the bill, the region and the state the rest, she said. EFE", Kind.PARAGRAPH
)


def test_a_caption_above_the_text_signs_off_no_wire() -> None:
    closing = closing_blocks([CAPTION, Block("Share"), LEAD, SECOND, LAST])
    assert closing == [False, False, True, True, True]
    block, removals, evidence = strip_credits(CAPTION, DEFAULT, closing[0])
    assert evidence.via is None
    assert block is not None and block.text == "Fishing boats wait at the north quay before dawn."
    assert removals


def test_the_last_paragraph_signs_off_the_text() -> None:
    closing = closing_blocks([LEAD, SECOND, LAST, Block("More on this story")])
    block, _, evidence = strip_credits(LAST, DEFAULT, closing[2])
    assert evidence.via == "EFE"
    assert block is not None and not block.text.endswith("EFE")


def test_a_sign_off_with_one_paragraph_below_still_counts() -> None:
    teaser = Block(
        "Read also: the harbour's new ferry timetable starts next week for all lines.", Kind.PARAGRAPH
    )
    assert closing_blocks([LEAD, SECOND, LAST, teaser])[2]
