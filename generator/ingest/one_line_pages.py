"""A page whose line breaks the store lost: the headline, a date and the whole text on one line
('<headline> 2017年3月22日 <text>'). Such a line is split where it can be with confidence, at a
token the date reader reads as a date alone, near the top of the line: the headline before it,
the date, the text after it, as three blocks of the same line. Any other one-line page is left as
it is (the whole line then reaches the title and the review notes, as before), and so is a page of
two or more lines: a headline line above a paragraph whose first clause names a day is a page of
text, and splitting it would write that day as the published date."""

from __future__ import annotations

import re

from generator.ingest.dates import DateContext, read_date_line
from generator.ingest.model import Block, Kind

MIN_LINE_CHARS = 180  # longer than a headline (the nine labelled sets' longest: 161 characters)
MAX_HEADLINE_CHARS = 160
MIN_HEADLINE_CHARS = 8
MAX_DATE_TOKENS = 5  # a date and a time ('5 April 2023 11:00 BST')
MIN_TEXT_CHARS = 100  # the text after the date is the article's, not a caption's
_TOKEN = re.compile(r"\S+")
_SENTENCE_INSIDE = re.compile(r"[.!?。！？]\s*\S")  # a headline holds no sentence's end with more after it


def split_one_line_page(blocks: list[Block], context: DateContext) -> list[Block]:
    """`blocks` with a one-line page's line split into headline, date and text (see the module)."""
    if len(blocks) != 1 or blocks[0].kind != Kind.LINE:
        return blocks
    parts = _split(blocks[0].text, context)
    return blocks if parts is None else [blocks[0].with_text(part) for part in parts]


def _split(text: str, context: DateContext) -> tuple[str, str, str] | None:
    """(headline, date, text) at the first run of tokens within a headline's length of the start
    that is a date alone ('2017年3月22日', '5 April 2023', then a time), or None (also when what
    is around it is not a headline and a text)."""
    if len(text) < MIN_LINE_CHARS:
        return None
    tokens = [m for m in _TOKEN.finditer(text) if m.start() <= MAX_HEADLINE_CHARS + 1]
    for index in range(1, len(tokens)):
        start = tokens[index].start()
        sizes = range(1, min(MAX_DATE_TOKENS, len(tokens) - index) + 1)
        size = next((size for size in sizes if _dated(text, start, tokens, index, size, context)), None)
        if size is None:
            continue
        while (  # a time after the date ('11:00'): a token with a digit that keeps it a date
            index + size < len(tokens)
            and size < MAX_DATE_TOKENS
            and any(c.isdigit() for c in tokens[index + size].group())
            and _dated(text, start, tokens, index, size + 1, context)
        ):
            size += 1
        end = tokens[index + size - 1].end()
        headline, rest = text[:start].strip(), text[end:].strip()
        if (
            len(headline) < MIN_HEADLINE_CHARS
            or len(rest) < MIN_TEXT_CHARS
            or _SENTENCE_INSIDE.search(headline)
            or _is_date(headline, context)
        ):
            return None
        return headline, text[start:end], rest
    return None


def _dated(
    text: str, start: int, tokens: list[re.Match[str]], index: int, size: int, context: DateContext
) -> bool:
    """Whether the `size` tokens from `index` are a date with its day and year alone (a time alone,
    '11:00', is no place to cut: the day may be elsewhere)."""
    return _is_date(text[start : tokens[index + size - 1].end()], context, with_day=True)


def _is_date(text: str, context: DateContext, with_day: bool = False) -> bool:
    """Whether `text` is a date, a time or both alone (`with_day`: a day in every stamp); a
    relative time is none."""
    found = read_date_line(text, context)
    if found is None or not found.stamps:
        return False
    return not with_day or all(stamp.has_date and stamp.has_year for _, stamp in found.stamps)
