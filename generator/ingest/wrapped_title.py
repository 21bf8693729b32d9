"""A headline hard-wrapped over two lines, of which the title took the first ('Senate passes
funding bill, Obama signs' over 'into law'): the next line is the headline's end when it is short,
opens with a small letter, closes with no full stop, and is no byline or other metadata line, and
the title itself does not close a sentence. A headline printed in capitals does not continue in
small letters, so its next line is never its end. The two lines are joined into the title.

Bound: one look-up of the title among the page's first `HEAD_LINES` lines, then one metadata
reading of the line after it; linear in those lines."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ingest.dates import DateContext
from generator.ingest.line_features import line_key
from generator.ingest.meta_lines import read_meta_line
from generator.ingest.model import Block
from generator.ingest.shapes import in_capitals
from generator.model.wires import Registry

HEAD_LINES = 20  # lines searched for the title's line
MAX_END_WORDS = 4  # the words a headline's wrapped end may hold ('into law')
MAX_END_CHARS = 30
_CLOSING = (".", "!", "?", ":", "。", "！", "？", "…")


def wrapped_end(page: Sequence[Block], title: str, context: DateContext, wires: Registry) -> Block | None:
    """The line that ends the headline `title` opens (see the module), or None."""
    key = line_key(title)
    if not key or title.rstrip().endswith(_CLOSING):
        return None
    head = [block for block in page[:HEAD_LINES] if block.text.strip()]
    at = next((i for i, block in enumerate(head) if line_key(block.text) == key), None)
    if at is None or at + 1 >= len(head):
        return None
    end = head[at + 1].text.strip()
    if len(end) > MAX_END_CHARS or len(end.split()) > MAX_END_WORDS or end.endswith(_CLOSING):
        return None
    if not (end[:1].isalpha() and end[:1].islower()) or in_capitals(title):
        return None
    if read_meta_line(end, context, wires) is not None:
        return None  # 'by Jo Lee', 'vor 2 Stunden': the header's metadata, not the headline
    return head[at + 1]
