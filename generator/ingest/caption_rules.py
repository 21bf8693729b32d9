"""Photo captions found by their place: the short line beside a photo credit, and a caption
printed twice (once above the picture, once with its credit, or twice alike in a row)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block, Kind
from generator.ingest.shapes import QUOTE_MARK, is_paragraph_like, norm, word_count
from generator.ingest.teaser_openings import opens_with_dateline

CAPTION_MIN_WORDS = 5
_INNER_SENTENCE = re.compile(r"[.!?][\"'”’]?\s+[A-Z\"“‘]")
CAPTION_GAP_WORDS = 2  # a picture's button between a caption and its repeat ('Full screen')


def captions_printed_twice(blocks: list[Block], verdicts: Sequence[LineRule | None]) -> list[int]:
    """The indexes of captions printed twice, once with their credit: a line right above a photo
    caption that starts with it ('Der Hafen im Winter' over 'Der Hafen im WinterANNA ROSSI/DPA') or
    repeats it after the picture's alt text (`_repeats`), or with a picture's short button between
    them ('Caption.' / 'Full screen' / 'Caption. © Name')."""
    return sorted(
        {
            index
            for index in range(len(blocks) - 1)
            for later in (index + 1, index + 2)
            if later < len(blocks)
            and (later == index + 1 or word_count(blocks[index + 1].text) <= CAPTION_GAP_WORDS)
            and verdicts[index] is None
            and (after := verdicts[later]) is not None
            and after.name == "photo-caption"
            and _repeats(blocks[later].text, blocks[index].text)
        }
    )


REPEATED_INSIDE_MIN_WORDS = 5  # a caption repeated behind the picture's alt text, not a word or two


def _repeats(caption: str, line: str) -> bool:
    """The caption starts with the line (two words or more), or repeats it further on, after the
    picture's alt text (five words or more): 'Un soldado vota' over 'Un soldado vota en la
    escuela Un soldado vota (Ana Ruiz/EFE)'. One substring search: linear."""
    text = line.rstrip(". ")
    words = word_count(line)
    return (words >= 2 and caption.startswith(text)) or (
        words >= REPEATED_INSIDE_MIN_WORDS and text in caption
    )


def caption_twice_above(blocks: list[Block], verdicts: list[LineRule | None], index: int) -> list[int]:
    """A caption printed twice right above its photo's credit ('The harbour at dawn.' twice over
    'Photo: Port Authority'): both copies, however long."""
    first, second = index - 2, index - 1
    if (
        first >= 0
        and verdicts[first] is None
        and verdicts[second] is None
        and blocks[first].kind in (Kind.LINE, Kind.PARAGRAPH)
        and norm(blocks[first].text) == norm(blocks[second].text)
    ):
        return [first, second]
    return []


def caption_beside(blocks: list[Block], verdicts: list[LineRule | None], index: int) -> int | None:
    """The caption of the photo credit at `index`: the line after it when that reads like a
    caption under a credit (no closing full stop), else a short one-sentence line before it. A
    credit next to another credit has none: a run of credits is a gallery's ('dpa/Erika Muster',
    'Getty Images/Jon Hafenmann'), printed apart from the pictures' captions."""
    after, before = index + 1, index - 1
    if _is_credit(verdicts, before) or _is_credit(verdicts, after):
        return None
    if (
        after < len(blocks)
        and verdicts[after] is None
        and _caption_shaped(blocks[after], 30)
        and not blocks[after].text.endswith(".")
    ):
        return after
    if (
        before >= 0
        and verdicts[before] is None
        and _caption_shaped(blocks[before], 20)
        and not _INNER_SENTENCE.search(blocks[before].text)
    ):
        return before
    return None


def _is_credit(verdicts: list[LineRule | None], index: int) -> bool:
    """Whether the line at `index` exists and is a photo credit."""
    return (
        0 <= index < len(verdicts) and (rule := verdicts[index]) is not None and rule.name == "photo-credit"
    )


def _caption_shaped(block: Block, limit: int) -> bool:
    """Caption-sized (five words or more, not too many), not a question, quotation or list item."""
    text = block.text
    return (
        block.kind in (Kind.LINE, Kind.PARAGRAPH)
        and word_count(text) >= CAPTION_MIN_WORDS
        and not text.endswith("?")
        and (
            word_count(text) <= min(limit, 20)
            or (word_count(text) <= limit and not text.endswith((".", "!", "?")))
        )
        and not text.endswith(('"', "”", "’"))
    )


CREDIT_TAIL_MAX_WORDS = 5  # '/ TWITTER', '| Foto: Ana Ruiz', '© Ana Ruiz / EFE'
_CREDIT_SEPARATOR = re.compile(r"\s*(?:[/|©]|[-–—]\s)")


def captions_with_credited_copy(blocks: list[Block], verdicts: Sequence[LineRule | None]) -> list[int]:
    """The indexes of a caption printed twice in a row, the second time with a short credit after
    a separator ('El muelle al amanecer.' over 'El muelle al amanecer. / TWITTER'): the article
    does not repeat a line of five words or more with a credit added. One prefix comparison per
    pair of lines: linear."""
    found: list[int] = []
    for index in range(len(blocks) - 1):
        first, second = blocks[index].text.rstrip(), blocks[index + 1].text
        if (
            verdicts[index] is None
            and verdicts[index + 1] is None
            and word_count(first) >= CAPTION_MIN_WORDS
            and second.startswith(first)
            and _CREDIT_SEPARATOR.match(tail := second[len(first) :])
            and 0 < word_count(tail) <= CREDIT_TAIL_MAX_WORDS
        ):
            found.extend([index, index + 1])
    return found


DOUBLED_MIN_WORDS = 4  # a caption twice alike: 'Foto: AFP' twice is a credit (its own rule)
DOUBLED_MAX_WORDS = 50  # a caption; a paragraph printed twice is a standfirst (`repeats`)
THIRD_COPY_GAP_WORDS = 3  # a credit or a button between the caption and a third copy ('EFE')
_DOUBLED_KINDS = (Kind.LINE, Kind.PARAGRAPH, Kind.ITEM)


def doubled_captions(blocks: Sequence[Block], verdicts: Sequence[LineRule | None]) -> list[int]:
    """The indexes of a caption printed twice in a row, the picture's alt text and its caption
    ('Der Hafen im Winter.' over 'Der Hafen im Winter.'), and of a third copy one short line under
    it, with that line (a credit or a button), that no rule has taken yet.

    Below the body's first paragraph an article does not print one of its own lines twice in a
    row; a picture's alt text and caption do, on sites of every country. Above it a paragraph
    printed twice is the standfirst and the lead (`repeats` reads it): there only a line printed
    three times around its credit is a caption. A line that opens with a wire's dateline
    ('WASHINGTON (AP) —') is a story's lead, and a line with a quotation mark the article's quote
    printed again as a pull quote: neither is a caption. Its bounds are looser than
    `CAPTION_MIN_WORDS` and `CAPTION_GAP_WORDS`, which read one line's shape: here two copies
    alike are the evidence, so a caption may have four words, and the line between the second
    and the third copy may be a credit of three ('Foto: Ana Ruiz'), not only a button. One pass
    over the lines, each compared with the next three: linear."""
    found: set[int] = set()
    below_text = False  # a paragraph stands above: the body has begun
    for index in range(len(blocks) - 1):
        text = blocks[index].text
        at_top, below_text = not below_text, below_text or is_paragraph_like(text)
        if (
            blocks[index].kind not in _DOUBLED_KINDS
            or not DOUBLED_MIN_WORDS <= word_count(text) <= DOUBLED_MAX_WORDS
            or norm(blocks[index + 1].text) != norm(text)
            or opens_with_dateline(text)  # a story's lead, with its wire: never a caption
            or QUOTE_MARK.search(text) is not None  # a quotation printed again: a pull quote
        ):
            continue
        copies = [index, index + 1]
        third = index + 3
        if (
            third < len(blocks)
            and word_count(blocks[index + 2].text) <= THIRD_COPY_GAP_WORDS
            and norm(blocks[third].text) == norm(text)
        ):
            copies += [index + 2, third]  # the credit or button between the copies too
        elif at_top:
            continue  # twice at the top: the standfirst and the lead (`repeats`)
        found.update(copy for copy in copies if verdicts[copy] is None)
    return sorted(found)
