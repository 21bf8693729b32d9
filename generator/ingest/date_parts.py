"""A date printed one part per line at the top of a page ('30' / 'setembro' / '2021'), as a
page's calendar-leaf date block copies: the parts joined into one line, for the header to read.

Only lines of one or two date words each (a day, a month's or weekday's name, a year, a time),
two to four of them in a row, whose joined text is a full date with its year; nothing else is
joined, and no part is guessed.
"""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.dates import DateContext, is_date_token, read_date_line
from generator.ingest.model import Block, Kind

PART_MAX_WORDS = 2
PARTS_MIN, PARTS_MAX = 2, 4
SEARCH_LINES = 20  # the header's first lines (as `head.HEAD_LIMIT`)


def join_date_parts(blocks: list[Block], context: DateContext) -> list[Block]:
    """`blocks` with the first date printed one part per line, in the first SEARCH_LINES
    blocks, made one line (its first line's number, its last as the end)."""
    for start in range(min(len(blocks), SEARCH_LINES)):
        for size in range(PARTS_MAX, PARTS_MIN - 1, -1):
            run = blocks[start : start + size]
            if len(run) < size or not all(_date_part(block, context) for block in run):
                continue
            text = " ".join(block.text.strip() for block in run)
            dated = read_date_line(text, context)
            if dated is None or not any(stamp.has_date and stamp.has_year for _, stamp in dated.stamps):
                continue
            last = run[-1]
            joined = replace(run[0], text=text, end_line=last.end_line or last.line)
            return [*blocks[:start], joined, *blocks[start + size :]]
    return blocks


def _date_part(block: Block, context: DateContext) -> bool:
    words = block.text.split()
    return (
        block.kind == Kind.LINE
        and 0 < len(words) <= PART_MAX_WORDS
        and all(is_date_token(word, context) for word in words)
    )
