"""Plain text to blocks: one block per line, hard-wrapped paragraphs joined, list markers read.

Scraped text comes in two shapes: one paragraph per line (with or without blank lines between)
and, more rarely, paragraphs hard-wrapped at a fixed width. Lines are kept verbatim apart from
whitespace: no-break and zero-width spaces are normalised and runs of spaces collapsed.
"""

from __future__ import annotations

import re
from itertools import pairwise

from generator.ingest.model import Block, Kind
from generator.load.fields import clean_text

_SOFT_HYPHEN = "\u00ad"
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")
_BULLET_ONLY = re.compile(r"^[-*•·▪►■●]$")
_BULLET = re.compile(r"^(?:(?:[-*•·▪►■●]|–)\s+|[・･]\s*)(?=\S)")  # Japanese '・' needs no space
_ORDERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)(?!\S+\s+(?:19|20)\d{2}\b)")  # '17. Dezember 2018' is a date
_QUOTE = re.compile(r"^>\s?")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
_MIN_WRAPPED_LINES = 3
_MIN_WRAP_WIDTH = 30
_MAX_WRAP_WIDTH = 100
_WRAP_SLACK = 20
_WRAPPED_SHARE = 0.6
_LONGER_SHARE = 0.2


def normalise_line(line: str) -> str:
    """A line made NFC, without invisible characters or soft hyphens, whitespace runs made one
    space (the generator's own `clean_text` decides what is invisible)."""
    text, _ = clean_text(line.replace(_SOFT_HYPHEN, ""))
    return _SPACES.sub(" ", text).strip()


MAX_LINES = 20_000  # lines of text a page may hold (a long live page has a few thousand)


def split_text(text: str) -> list[Block]:
    """The raw text's non-empty lines as blocks, with 1-based line numbers."""
    lines = [normalise_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    width = wrap_width(lines)
    if width is None:
        return _read_markers([(line, number, number) for number, line in enumerate(lines, 1) if line])
    return _read_markers(_unwrapped(lines, width))


def wrap_width(lines: list[str]) -> int | None:
    """The width paragraphs were hard-wrapped at, or None when lines are whole paragraphs.

    A width W explains a line break when the line fits in W but the next line's first word
    would not have. The W that explains most breaks wins, if it explains enough of them and
    few lines are longer than W.
    """
    pairs = [(a, b) for a, b in pairwise(lines) if a and b and not _marker_line(b)]
    candidates = sorted({len(a) for a, _ in pairs if _MIN_WRAP_WIDTH <= len(a) <= _MAX_WRAP_WIDTH})
    best, best_count = None, 0
    for width in candidates:
        count = sum(1 for a, b in pairs if _wraps(a, b, width))
        if count > best_count:
            best, best_count = width, count
    if best is None or best_count < _MIN_WRAPPED_LINES:
        return None
    texts = [line for line in lines if line]
    near = sum(1 for a, _ in pairs if best - _WRAP_SLACK < len(a) <= best)
    longer = sum(1 for line in texts if len(line) > best)
    if best_count < near * _WRAPPED_SHARE or longer > len(texts) * _LONGER_SHARE:
        return None
    return best


def _wraps(line: str, nxt: str, width: int) -> bool:
    """True when `line` fits in `width` but `nxt`'s first word would not have: a wrap, not a
    break. A wrapped paragraph has no line longer than the width, so a longer `nxt` is not one."""
    if _CJK.search(line[-1:]) or _CJK.search(nxt[:1]):
        return False  # Japanese or Chinese lines: their breaks are the page's, and never spaces
    return len(line) <= width < len(line) + 1 + len(nxt.split(" ", 1)[0]) and len(nxt) <= width


def _marker_line(line: str) -> bool:
    return bool(_BULLET_ONLY.match(line) or _BULLET.match(line) or _ORDERED.match(line) or _QUOTE.match(line))


def _unwrapped(lines: list[str], width: int) -> list[tuple[str, int, int]]:
    """Join wrapped lines back into paragraphs: (text, first line, last line)."""
    joined: list[tuple[str, int, int]] = []
    previous = ""
    for number, line in enumerate(lines, 1):
        if line and previous and joined and not _marker_line(line) and _wraps(previous, line, width):
            text, first, _ = joined[-1]
            joined[-1] = (f"{text} {line}", first, number)
        elif line:
            joined.append((line, number, number))
        previous = line
    return joined


def _read_markers(numbered: list[tuple[str, int, int]]) -> list[Block]:
    """Blocks with list and quote markers read: '- x', '1. x', '> x', and a lone '-' then 'x'."""
    blocks: list[Block] = []
    pending_bullet: int | None = None
    for text, first, last in numbered:
        if _BULLET_ONLY.match(text):
            if pending_bullet is not None:
                blocks.append(Block(text, Kind.LINE, pending_bullet, pending_bullet))
            pending_bullet = first
            continue
        if pending_bullet is not None:
            blocks.append(Block(text, Kind.ITEM, pending_bullet, last))
            pending_bullet = None
        elif match := _BULLET.match(text):
            blocks.append(Block(text[match.end() :], Kind.ITEM, first, last))
        elif match := _ORDERED.match(text):
            blocks.append(Block(text[match.end() :], Kind.ORDERED, first, last))
        elif match := _QUOTE.match(text):
            blocks.append(Block(text[match.end() :].strip(), Kind.QUOTE, first, last))
        else:
            blocks.append(Block(text, Kind.LINE, first, last))
    if pending_bullet is not None:
        blocks.append(Block("-", Kind.LINE, pending_bullet, pending_bullet))
    return [block for block in blocks if block.text]
