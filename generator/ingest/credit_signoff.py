"""Where a wire's sign-off ('... said on Tuesday. dpa', '... — AFP') can credit the text: a
sign-off closes a text, so one with running text below it closes a photo's caption above the
text ('The quay at dawn. EFE') and names the picture's agency, not the text's wire."""

from __future__ import annotations

from collections.abc import Sequence

from generator.ingest.model import Block
from generator.ingest.shapes import is_paragraph_like

TEXT_BELOW_MIN_PARAGRAPHS = 2  # a real sign-off may have one leftover line below (a teaser, a note)


def closing_blocks(blocks: Sequence[Block]) -> list[bool]:
    """For each block, whether it may close the text: False where two paragraphs of running text
    or more stand below it (the text goes on under it). One pass from the last block up."""
    below = 0
    closing = [True] * len(blocks)
    for index in range(len(blocks) - 1, -1, -1):
        closing[index] = below < TEXT_BELOW_MIN_PARAGRAPHS
        if is_paragraph_like(blocks[index].text):
            below += 1
    return closing
