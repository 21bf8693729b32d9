"""Body structure for plain text: which remaining lines are sub-headings and which paragraphs.

A short, capitalised line without closing punctuation that leads into running text is a
sub-heading (`## `). When two such lines stand together, the page shows a section label above
the sub-heading ('Mine details' over 'US-supplied mines to Ukraine are ...'): a label of a few
words is removed as furniture and the longer line is the `## ` heading; two longer lines become
`## ` and `### `. Three or more in a row are not headings but text, kept as paragraphs.
Everything else is a paragraph, verbatim.
"""

from __future__ import annotations

from generator.ingest.model import Block, Kind, Removal, Step
from generator.ingest.shapes import (
    PARAGRAPH_WORDS,
    is_heading_like,
    is_paragraph_like,
    is_sentence,
    word_count,
)

MAX_HEADING_RUN = 2
ITEM_MAX_WORDS = 25
SHORT_ITEM_WORDS = 12
MIN_ITEMS = 2
LABEL_MAX_WORDS = 4


def shape_body(blocks: list[Block]) -> Step:
    """Blocks with every plain-text line classified, and the section labels removed."""
    shaped: list[Block] = []
    removals: list[Removal] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind != Kind.LINE:
            shaped.append(block)
            index += 1
            continue
        items = _unmarked_items(blocks, index)
        if items:
            shaped.append(block.as_kind(Kind.PARAGRAPH))
            shaped.extend(b.as_kind(Kind.ITEM) for b in items)
            index += 1 + len(items)
            continue
        run = _heading_run(blocks, index) or [block.as_kind(Kind.PARAGRAPH)]
        if (
            run[0].kind == Kind.PARAGRAPH
            or len(run) > MAX_HEADING_RUN
            or not _leads_into_text(blocks, index + len(run))
        ):
            shaped.extend(b.as_kind(Kind.PARAGRAPH) for b in run)
        elif len(run) == 2 and _is_label_over_heading(run[0], run[1]):
            removals.append(Removal.of(run[0], "section-label", "section label above a sub-heading"))
            shaped.append(run[1].as_kind(Kind.HEADING))
        else:
            shaped.append(run[0].as_kind(Kind.HEADING))
            shaped.extend(b.as_kind(Kind.SUBHEADING) for b in run[1:])
        index += len(run)
    return Step(_top_level_headings(shaped), tuple(removals))


def _top_level_headings(blocks: list[Block]) -> list[Block]:
    """Sub-headings become headings when the body has no higher level (an HTML page's h3s)."""
    if any(b.kind == Kind.HEADING for b in blocks):
        return blocks
    return [b.as_kind(Kind.HEADING) if b.kind == Kind.SUBHEADING else b for b in blocks]


def _unmarked_items(blocks: list[Block], index: int) -> list[Block]:
    """The lines of a list scraped without markers, under a lead-in ending with ':'. The items
    are short and end alike (all with a full stop or none), so the text after the list is not one."""
    if not blocks[index].text.endswith(":"):
        return []
    items: list[Block] = []
    for block in blocks[index + 1 :]:
        words = word_count(block.text)
        if (
            block.kind != Kind.LINE
            or words > ITEM_MAX_WORDS
            or (is_sentence(block.text) and words > SHORT_ITEM_WORDS)
            or (items and is_sentence(block.text) != is_sentence(items[0].text))
        ):
            break
        items.append(block)
    return items if len(items) >= MIN_ITEMS else []


def _is_label_over_heading(label: Block, heading: Block) -> bool:
    return word_count(label.text) <= LABEL_MAX_WORDS < word_count(heading.text)


def _heading_run(blocks: list[Block], start: int) -> list[Block]:
    run: list[Block] = []
    for block in blocks[start:]:
        if block.kind != Kind.LINE or not is_heading_like(block.text):
            break
        run.append(block)
    return run


def _leads_into_text(blocks: list[Block], index: int) -> bool:
    """True when the block at `index` is running text or a list: what follows a heading."""
    if index >= len(blocks):
        return False
    block = blocks[index]
    if block.kind in (Kind.ITEM, Kind.ORDERED, Kind.QUOTE, Kind.PARAGRAPH):
        return True
    text = block.text
    return (
        is_paragraph_like(text)
        or is_sentence(text)
        or text.endswith(":")
        or word_count(text) >= PARAGRAPH_WORDS
    )
