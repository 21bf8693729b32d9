"""A date inside a sentence is no stamp between a headline and the text: when a one-line page's
line is cut at a date ('<headline> 5 April 2023 <text>'), the text after the date must open a
new sentence. A lower-case word after it ('... is op 17 juli 2014 op weg ...') continues the
sentence the date stands in, an event's day in the running text, which is never the
publication time: the line is then left whole.

Bound: one look at the first character of one block, constant.
"""

from __future__ import annotations

from generator.ingest.model import Block

CUT_PARTS = 3  # headline, date, text


def cut_inside_sentence(before: list[Block], after: list[Block]) -> bool:
    """Whether a one-line page's line `before` was cut into headline, date and text (`after`)
    at a date that a lower-case word follows: a date inside a sentence."""
    if len(before) != 1 or len(after) != CUT_PARTS:
        return False
    return after[-1].text[:1].islower()
