"""A paragraph the page prints twice at the top: a standfirst printed again as the first
paragraph, or a teaser above a paywall prompt that the article then repeats.

When the copies stand near each other at the top of the body (only short lines between them: a
credit, a reading time, a prompt), the first is the standfirst and goes; the second is the
article's own paragraph. Paragraphs repeated further down are the article's (a table's rows, a
recipe's steps, a refrain) and stay. A paragraph cut short with '...' at the top whose words the
body prints whole further down is a teaser too, and goes.
"""

from __future__ import annotations

import re

from generator.ingest.model import Block, Evidence, Kind, Removal, Step
from generator.ingest.shapes import PARAGRAPH_WORDS, is_paragraph_like, norm, word_count

TOP_PARAGRAPHS = 2  # paragraphs a repeated standfirst may follow (a dek the header did not take)
MAX_RUN = 3  # paragraphs of a standfirst printed again as a whole
_TEXT = (Kind.LINE, Kind.PARAGRAPH)


def drop_repeated_paragraphs(blocks: list[Block]) -> Step:
    """The blocks without a standfirst of one to three paragraphs that the body then prints
    again ('A B ... A B' at the top), and the dek it gave."""
    texts = [
        i
        for i, b in enumerate(blocks)
        if b.kind in _TEXT and is_paragraph_like(b.text) and word_count(b.text) >= PARAGRAPH_WORDS
    ]
    keys = [norm(blocks[i].text) for i in texts]
    for start in range(min(TOP_PARAGRAPHS, len(texts))):
        for size in range(1, MAX_RUN + 1):
            first, second = keys[start : start + size], keys[start + size : start + 2 * size]
            if len(second) == size and first == second:
                dropped = texts[start : start + size]
                removals = tuple(
                    Removal.of(blocks[i], "repeated", "standfirst printed again as the first paragraph")
                    for i in dropped
                )
                kept = [block for index, block in enumerate(blocks) if index not in dropped]
                dek = blocks[dropped[0]].text if start == 0 and size == 1 else None
                return Step(kept, removals, Evidence(dek=dek))
    return _drop_cut_teaser(blocks, texts)


def _drop_cut_teaser(blocks: list[Block], texts: list[int]) -> Step:
    """The blocks without a paragraph cut short with '...' at the top whose words the body then
    prints whole (a teaser above a paywall prompt): 'The campaign enters ... Socialists reverse
    ...' over 'The campaign enters ... Socialists reverse the trend ...'."""
    for position, index in enumerate(texts[:TOP_PARAGRAPHS]):
        text = blocks[index].text.rstrip()
        stem = norm(_STAMP.sub("", _CUT.sub("", text)))  # a live entry's teaser opens with its time
        if stem == norm(text) or word_count(stem) < PARAGRAPH_WORDS:
            continue
        for later in texts[position + 1 : position + 1 + MAX_RUN]:
            whole = norm(blocks[later].text)
            if whole.startswith(stem) and len(whole) > len(stem):
                removal = Removal.of(
                    blocks[index], "repeated", "teaser cut short above the paragraph it repeats"
                )
                return Step([b for i, b in enumerate(blocks) if i != index], (removal,))
    return Step(blocks)


_STAMP = re.compile(r"^\d{1,2}[:.h]\d{2}\s*h?\s+")
_CUT = re.compile(r"\s*(?:\.\.\.|…)\s*(?:\[\+\]|»|›)?$")
