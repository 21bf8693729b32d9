"""A paragraph the page prints twice at the top keeps one copy: the standfirst goes."""

from __future__ import annotations

from generator.ingest.model import Block
from generator.ingest.repeats import drop_repeated_paragraphs

STANDFIRST = (
    "The harbour bridge reopened on Tuesday after three weeks of repairs, the city said in a statement."
)
SECOND = (
    "Shopkeepers on the quay said they were relieved that customers could reach them again without detours."
)
THIRD = "Two lanes will stay closed until the end of the month while the engineers finish the railings."


def test_a_standfirst_printed_again_as_the_first_paragraph_is_the_dek() -> None:
    step = drop_repeated_paragraphs(
        [Block(STANDFIRST), Block("Reading time: 2 min"), Block(STANDFIRST), Block(SECOND)]
    )
    assert [b.text for b in step.blocks] == ["Reading time: 2 min", STANDFIRST, SECOND]
    assert [(r.rule, r.reason) for r in step.removals] == [
        ("repeated", "standfirst printed again as the first paragraph")
    ]
    assert step.evidence.dek == STANDFIRST


def test_paragraphs_repeated_further_down_are_the_articles() -> None:
    blocks = [Block(STANDFIRST), Block(SECOND), Block(THIRD), Block(STANDFIRST), Block(THIRD)]
    step = drop_repeated_paragraphs(blocks)
    assert step.blocks == blocks and step.removals == ()


def test_short_lines_printed_twice_are_left_to_other_rules() -> None:
    blocks = [Block("Read more"), Block(STANDFIRST), Block("Read more")]
    assert drop_repeated_paragraphs(blocks).blocks == blocks
