"""Plain text into blocks: lines, hard-wrapped paragraphs, list and quote markers."""

from __future__ import annotations

import textwrap

from generator.ingest.model import Kind
from generator.ingest.text_blocks import split_text

PARAGRAPHS = [
    "When ministers approved the tidal barrage in 2017, they promised it would be generating "
    "electricity by the end of 2022. It is now 2024 and the barrage is roughly half built.",
    "The delays have pushed the estimated cost from £3.1bn to at least £5.4bn, according to "
    "figures released by the energy department last week, and the final bill could be higher.",
    "Critics argue the money would be better spent on offshore wind, which has become far cheaper "
    "since the barrage was approved, while supporters say tidal power is predictable.",
]


def test_one_paragraph_per_line_is_kept_as_is() -> None:
    blocks = split_text("Title line\n" + "\n".join(PARAGRAPHS) + "\n")
    assert [b.text for b in blocks] == ["Title line", *PARAGRAPHS]
    assert [b.line for b in blocks] == [1, 2, 3, 4]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    wrapped = "\n\n".join(textwrap.fill(p, 72) for p in PARAGRAPHS)
    blocks = split_text(
        "A headline that is not wrapped\nA longer standfirst line that runs past the wrap width of the body\n\n"
        + wrapped
    )
    assert [b.text for b in blocks] == [
        "A headline that is not wrapped",
        "A longer standfirst line that runs past the wrap width of the body",
        *PARAGRAPHS,
    ]
    assert blocks[2].line == 4 and blocks[2].end_line is not None and blocks[2].end_line > 4


def test_list_markers_and_quotes() -> None:
    blocks = split_text(
        "• first item\n- second item\n1. ordered item\n> quoted text\n-\nbullet on its own line\n"
    )
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.ITEM, "first item"),
        (Kind.ITEM, "second item"),
        (Kind.ORDERED, "ordered item"),
        (Kind.QUOTE, "quoted text"),
        (Kind.ITEM, "bullet on its own line"),
    ]


def test_whitespace_is_normalised_but_text_kept() -> None:
    blocks = split_text("  Caf\u00e9\u00a0owners \u200bsaid   “no”.  \r\n")
    assert blocks[0].text == "Café owners said “no”."


def test_japanese_lines_are_never_joined_as_hard_wrapped() -> None:
    """Lines of a Japanese page of about the same length are the page's own breaks."""
    lines = [
        "港湾大橋、3週間ぶりに通行再開 当面は2車線",
        "2023年3月14日 9時41分",
        "港湾大橋は14日、3週間にわたる補修工事を終えて通行を再開した。",
        "市によると、月末までは2車線に制限される。",
        "市は迂回路の案内を続けるとしている。",
    ]
    assert [b.text for b in split_text("\n".join(lines))] == lines
