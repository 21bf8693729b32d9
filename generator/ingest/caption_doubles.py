"""A photo's caption printed twice in a row: the picture's alt text and its caption, which a
browser copy gives as two identical lines ('Der Hafen im Winter.' over 'Der Hafen im Winter.'),
sometimes with the credit between them and a third copy under it.

Below the body's first paragraph an article does not print one of its own lines twice in a row;
a picture's alt text and caption do, on sites of every country. So there two neighbouring lines
of the same text (compared loosely, `CAPTION_MIN_WORDS` to `CAPTION_MAX_WORDS` words: a caption,
not a word or a long paragraph) are both the caption, and so is a further copy after a short
line (a credit, a button), with that line. Above the first paragraph a paragraph printed twice
is the standfirst and the lead (`repeats` reads it): there only a line printed three times
around its credit is a caption. The headline printed twice is the head's title, read before
this. A line that opens with a wire's dateline ('WASHINGTON (AP) —') is a story's lead, and a
line with a quotation is the article's quote printed again as a pull quote: neither is a
caption. A paywall box's lines are the box's (read first). One pass over the page's lines, each
compared with the next three: linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block, Kind
from generator.ingest.shapes import is_paragraph_like, norm, word_count
from generator.ingest.teaser_openings import opens_with_dateline

CAPTION_MIN_WORDS = 4  # 'Foto: AFP' twice is a credit, read by its own rule
CAPTION_MAX_WORDS = 50  # a caption; a paragraph printed twice is a standfirst (`repeats`)
GAP_MAX_WORDS = 3  # a credit or a button between the caption and a third copy ('EFE')
_TEXT = (Kind.LINE, Kind.PARAGRAPH, Kind.ITEM)
_QUOTES = re.compile(r"[\"“”„«»「」]")


def doubled_captions(blocks: Sequence[Block], verdicts: Sequence[LineRule | None]) -> list[int]:
    """The indexes of a caption printed twice in a row (and of a third copy one short line under
    it, with that line) that no rule has taken yet."""
    found: set[int] = set()
    below_text = False  # a paragraph stands above: the body has begun
    for index in range(len(blocks) - 1):
        text = blocks[index].text
        at_top, below_text = not below_text, below_text or is_paragraph_like(text)
        if (
            blocks[index].kind not in _TEXT
            or not CAPTION_MIN_WORDS <= word_count(text) <= CAPTION_MAX_WORDS
            or norm(blocks[index + 1].text) != norm(text)
            or opens_with_dateline(text)  # a story's lead, with its wire: never a caption
            or _QUOTES.search(text) is not None  # a quotation printed again: a pull quote
        ):
            continue
        copies = [index, index + 1]
        third = index + 3
        if (
            third < len(blocks)
            and word_count(blocks[index + 2].text) <= GAP_MAX_WORDS
            and norm(blocks[third].text) == norm(text)
        ):
            copies += [index + 2, third]  # the credit or button between the copies too
        elif at_top:
            continue  # twice at the top: the standfirst and the lead (`repeats`)
        found.update(copy for copy in copies if verdicts[copy] is None)
    return sorted(found)
