"""A date printed one part per line at the top of a page (issue 21, tenth round): joined for the
header to read; nothing else joined, nothing guessed. Invented pages."""

from __future__ import annotations

import pytest

from generator.ingest.clean import clean_blocks
from generator.ingest.date_parts import join_date_parts
from generator.ingest.model import Block, Evidence, Kind
from generator.ingest.text_blocks import split_text
from generator.model.wires import DEFAULT
from tests.ingest.support import context

TITLE = "Porto de Valleverde reabre após três semanas de obras"
TEXT = (
    "O porto de Valleverde reabriu nesta segunda-feira depois de três semanas de obras, disseram as autoridades.",
    "As obras custaram cerca de quatro milhões de euros e vão permitir navios maiores, disse o diretor do porto.",
)


def _lines(*texts: str) -> list[Block]:
    return [Block(text, Kind.LINE, line) for line, text in enumerate(texts, 1)]


def test_the_parts_are_joined_into_one_line() -> None:
    blocks = join_date_parts(_lines(TITLE, "30", "setembro", "2021", *TEXT), context(language="pt"))
    assert [(b.text, b.line, b.end_line) for b in blocks[:3]] == [
        (TITLE, 1, None),
        ("30 setembro 2021", 2, 4),
        (TEXT[0], 5, None),
    ]


def test_the_header_reads_the_joined_date() -> None:
    page = split_text("\n".join((TITLE, "30", "setembro", "2021", *TEXT)) + "\n")
    cleaned = clean_blocks(page, context(language="pt"), Evidence(), "", DEFAULT)
    assert cleaned.header.published is not None
    assert cleaned.header.published.when.date().isoformat() == "2021-09-30"
    assert [b.text for b in cleaned.blocks] == list(TEXT)


@pytest.mark.parametrize(
    "parts",
    [
        ("30", "setembro"),  # no year: nothing to place
        ("1", "2", "2021"),  # numbers, no month
        ("Setembro", "Outubro", "Novembro"),  # an archive's months
        ("30", "setembro de 2021 foi o dia"),  # a sentence, not a part
    ],
)
def test_nothing_else_is_joined(parts: tuple[str, ...]) -> None:
    blocks = _lines(TITLE, *parts, *TEXT)
    assert join_date_parts(blocks, context(language="pt")) == blocks
