"""Which header line is the headline: not a kicker, a banner, another story's headline."""

from __future__ import annotations

import pytest

from generator.ingest.model import Block, Kind
from generator.ingest.titles import (
    choose_title,
    drop_repeated_title,
    glued_headline,
    lead_before_headline,
    topic_words,
)

BODY = topic_words(
    "Engineers reopened the harbour bridge on Tuesday after three weeks of repairs, the city said. "
    "Traffic will be limited to two lanes until the end of the month."
)


def lines(*texts: str) -> list[tuple[int, Block]]:
    return [(index, Block(text)) for index, text in enumerate(texts)]


@pytest.mark.parametrize(
    ("header", "title"),
    [
        (("Storm warning issued for the northern coast", "Harbour bridge reopens after repairs"), 1),
        (("OBRAS TERMINADAS | PUERTO ELLIS", "Harbour bridge reopens after repairs"), 1),
        (("Aus der Region und aller Welt", "Harbour bridge reopens after three weeks of repairs"), 1),
        (("Harbour bridge reopens after repairs", "Traffic limited to two lanes until month end"), 0),
        (("Harbour bridge reopens after repairs",), 0),
    ],
)
def test_the_headline_is_what_the_body_is_about(header: tuple[str, ...], title: int) -> None:
    chosen = choose_title(lines(*header), BODY)
    assert chosen is not None and chosen[0] == title


def test_japanese_lines_are_compared_by_pairs_of_characters() -> None:
    body = topic_words("市によると、港湾大橋は3週間の補修工事を終え、火曜日に通行を再開した。")
    chosen = choose_title(lines("天気予報、週末は雨の見込み", "港湾大橋、補修終え通行再開"), body)
    assert chosen is not None and chosen[0] == 1


@pytest.mark.parametrize(
    ("line", "headline"),
    [
        (
            "Hafen:Die Stadt hat ihre Brücke zu lange vernachlässigt",
            "Die Stadt hat ihre Brücke zu lange vernachlässigt",
        ),
        ("Hafen: Die Stadt hat ihre Brücke zu lange vernachlässigt", None),
        ("Update:09:41", None),
    ],
)
def test_a_kicker_glued_to_the_headline(line: str, headline: str | None) -> None:
    assert glued_headline(line) == headline


def test_a_teaser_paragraph_above_a_glued_headline_is_the_bodys_start() -> None:
    paragraph = (
        "Mit diesem Dienstag ist die Hafenbrücke wieder offen, und wie immer ist die Erleichterung "
        "größer als die Einsicht."
    )
    blocks = [Block(paragraph), Block("Hafen:Die Stadt hat ihre Brücke zu lange vernachlässigt")]
    assert lead_before_headline(blocks) == 1
    assert lead_before_headline(blocks[1:]) == 0


def test_the_headline_printed_again_under_the_header_is_dropped() -> None:
    blocks = [
        Block("Text size Aa Aa"),
        Block("Harbour bridge reopens after repairs", Kind.LINE, 5),
        Block(
            "Engineers reopened the harbour bridge on Tuesday after three weeks of repairs, the city said."
        ),
    ]
    step = drop_repeated_title(blocks, "Harbour bridge reopens after repairs")
    assert [b.text for b in step.blocks] == [blocks[0].text, blocks[2].text]
    assert [(r.rule, r.reason, r.line) for r in step.removals] == [("title", "headline printed again", 5)]


def test_a_later_paragraph_that_repeats_the_headline_stays() -> None:
    lead = "Engineers reopened the harbour bridge on Tuesday after three weeks of repairs, the city said."
    blocks = [Block(lead), Block("Harbour bridge reopens after repairs")]
    assert drop_repeated_title(blocks, "Harbour bridge reopens after repairs").blocks == blocks
