"""Plain text to blocks: one block per line, hard-wrapped paragraphs joined, list markers read.

Scraped text comes in two shapes: one paragraph per line (with or without blank lines between)
and, more rarely, paragraphs hard-wrapped at a fixed width. Lines are kept verbatim apart from
whitespace: no-break and zero-width spaces are normalised and runs of spaces collapsed.
"""

from __future__ import annotations

import re

from generator.ingest.model import Block, Kind

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\u3000]+")
_BULLET_ONLY = re.compile(r"^[-*•·–—▪►■●]$")
_BULLET = re.compile(r"^(?:[-*•·▪►■●]|–)\s+(?=\S)")
_ORDERED = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
_QUOTE = re.compile(r"^>\s?")
_MIN_WRAPPED_LINES = 3
_MAX_WRAP_WIDTH = 100


def normalise_line(line: str) -> str:
    """A line with invisible characters dropped and whitespace runs made one space."""
    return _SPACES.sub(" ", line.translate(_INVISIBLE)).strip()


def split_text(text: str) -> list[Block]:
    """The raw text's non-empty lines as blocks, with 1-based line numbers."""
    lines = [normalise_line(line) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    numbered = _unwrapped(lines) if _is_hard_wrapped(lines) else [
        (line, number, number) for number, line in enumerate(lines, 1) if line
    ]
    return _read_markers(numbered)


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when paragraphs run over several lines cut at a fixed width."""
    width = max((len(line) for line in lines), default=0)
    if width == 0 or width > _MAX_WRAP_WIDTH:
        return False
    continued = sum(
        1 for line, nxt in zip(lines, lines[1:], strict=False) if line and nxt and _fills(line, nxt, width)
    )
    return continued >= _MIN_WRAPPED_LINES


def _fills(line: str, nxt: str, width: int) -> bool:
    """True when `nxt`'s first word would not have fitted on `line`: a wrap, not a break."""
    if _marker_line(nxt):
        return False
    first_word = nxt.split(" ", 1)[0]
    return len(line) + 1 + len(first_word) > width - 2


def _marker_line(line: str) -> bool:
    return bool(_BULLET_ONLY.match(line) or _BULLET.match(line) or _ORDERED.match(line) or _QUOTE.match(line))


def _unwrapped(lines: list[str]) -> list[tuple[str, int, int]]:
    """Join wrapped lines back into paragraphs: (text, first line, last line)."""
    width = max(len(line) for line in lines)
    joined: list[tuple[str, int, int]] = []
    previous = ""
    for number, line in enumerate(lines, 1):
        if line and previous and joined and _fills(previous, line, width):
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
