"""A standfirst printed again as the opening of the text is the dek, not the body's first paragraph.

Some pages print the standfirst under the headline and then open the article's text with the
same words, carrying on into the lede in one paragraph. Copied from a browser, the standfirst
becomes the body's first paragraph and its words are read twice. When the body's first
paragraph is repeated, word for word, as the opening of a later and longer paragraph, it is the
standfirst: it is written as the dek and leaves the body. Nothing of the text is lost: its words
stay in the paragraph that repeats them.

Only this shape is taken. A standfirst that is printed once looks like a lede (a sentence or two
under the headline); over twelve labelled sets no shape of length, punctuation, position or
language told them apart often enough, and a lede taken for a dek loses the article's first
paragraph. A paragraph repeated whole (printed twice, not opening a longer one) is left to the
rules for repeated lines: that is how pages print a lede twice as well.
"""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.line_features import line_key
from generator.ingest.model import Block, Draft, Kind, Removal
from generator.ingest.shapes import word_count

MIN_WORDS = 8  # a sentence, not a label or a kicker of a few words
# The later paragraph goes on by a sentence at least: a caption printed again with its photo's
# credit after it ('... — Photo: <name>/<agency>') adds a few words, and is not the text.
MIN_MORE_WORDS = 8
TEXT_KINDS = (Kind.LINE, Kind.PARAGRAPH)


def standfirst_repeated(draft: Draft) -> Draft:
    """`draft` with its body's first paragraph made the dek when a later, longer paragraph opens
    with the same words; unchanged when it has a dek already or no such paragraph."""
    if draft.metadata.dek is not None or len(draft.blocks) < 2:
        return draft
    first = draft.blocks[0]
    if first.kind not in TEXT_KINDS or word_count(first.text) < MIN_WORDS:
        return draft
    key = line_key(first.text)
    if not key:
        return draft
    if any(_opens_with(block, key) for block in draft.blocks[1:]):
        reason = "standfirst printed again as the opening of the text"
    elif _rewritten_below(key, draft.blocks[1]):
        reason = "standfirst rewritten as the lede below it (the same opening words)"
    else:
        return draft
    removal = Removal.of(first, "dek", reason)
    removals = tuple(sorted((*draft.removals, removal), key=lambda r: r.line or 0))
    metadata = replace(draft.metadata, dek=first.text)
    return replace(draft, metadata=metadata, blocks=draft.blocks[1:], removals=removals)


def _opens_with(block: Block, key: str) -> bool:
    """Whether `block` is a paragraph of text that opens with the words `key` and goes on by a
    sentence (`MIN_MORE_WORDS`)."""
    if block.kind not in TEXT_KINDS:
        return False
    words = line_key(block.text)
    return words.startswith(key + " ") and len(words.split()) - len(key.split()) >= MIN_MORE_WORDS


SHARED_OPENING_WORDS = 10  # a clause and more, word for word: the same sentence, rewritten


def _rewritten_below(key: str, block: Block) -> bool:
    """Whether the paragraph right under the first one opens with the same words, ten or more,
    and then says something else: the standfirst rewritten as the lede ('Floods hit parts of the
    country on Monday ...' over 'Floods hit parts of the north on Monday ...'). Linear in the
    two paragraphs' words."""
    if block.kind not in TEXT_KINDS:
        return False
    first, second = key.split(), line_key(block.text).split()
    shared = 0
    for one, other in zip(first, second, strict=False):
        if one != other:
            break
        shared += 1
    return SHARED_OPENING_WORDS <= shared < len(first)
