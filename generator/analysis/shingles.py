"""Runs of words (shingles) of an article's text, outside its quotations: what `copies` compares.

Each text is folded to lower case without punctuation; words of at most `SHORT` letters are
skipped and every run of `SHINGLE` of the others is hashed. Text inside quotation marks (double,
single, or a statement a verb of saying introduces with a colon) is left out: two newsrooms that
quote one statement each wrote their own report. How the shares of shingles are calibrated is in
`copies`.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress, groupby, repeat
from operator import attrgetter, gt

from generator.analysis.attribution_saying import SAYING  # its verbs of saying (one list)
from generator.analysis.corpus import Prepared
from generator.analysis.sentences import Sentence

SHINGLE = 3  # words in a shingle
SHORT = 3  # words of at most this many letters are skipped


Shingles = frozenset[int]  # each run of words by its hash: smaller sets, cheaper intersections

# Quotation marks. The double ones (straight, curly, low-high, guillemets, corner brackets)
# become one mark when folding, and a paragraph's text between two of them (or after an odd
# last one: a quote running on into the next paragraph) is left out. A single quote, straight,
# curly or low (German and Czech ‚...‘), opens only after a non-word character and closes only
# before one, so that an apostrophe ("Russia's") neither opens nor ends one: those are paired
# apart, only in a text where a quote could open.
_DOUBLE = '"“”„‟«»‹›「」『』'
_MARK = "\x02"
_OPENS = re.compile(r"(?<!\w)['‘‚](?=\w)")  # ‚ opens a German or Czech single quote...
_CLOSES = re.compile(r"(?<=[\w.,!?])['’‘](?!\w)")  # ...and ‘ closes it
_BREAKS = re.compile("\n")
_DOUBLES = re.compile(f"[{_DOUBLE}]")
_STATEMENT = re.compile(r":\s")  # a colon before a space: not a clock time's ("16:20")
_paragraph = attrgetter("paragraph")
_SEPARATOR = "\x03"  # between sentences of a paragraph, while its quotes are found
QUOTE_MAX = 600  # characters between a single quote's marks, at most
# Deleted, so that '1,000' = '1000', 'U.S.' = 'US' and "Russia's" = 'Russia’s'; other
# punctuation separates words, so that 'search-and-rescue' = 'search and rescue'.
_DELETED = ",.'’`´"
_SPACED = set(string.punctuation) | set("‘‚‛–—―‐‑‒…·•§¶†‡′″（）【】、。，：；！？¿¡")
_FOLD = str.maketrans(
    {
        **{c: " " for c in _SPACED - set(_DELETED) - set(_DOUBLE)},
        **dict.fromkeys(_DELETED),
        **dict.fromkeys(_DOUBLE, _MARK),
    }
)


def shingles(text: str) -> Shingles:
    """Every run of `SHINGLE` words of `text` outside quotation marks, by its hash.

    Only the sizes of intersections are used, so that hashes of strings differ from one
    process to the next changes nothing (and a collision of 64-bit hashes is negligible).
    """
    if _may_open_single(text, "\n"):
        text = _without_single_quotes(text)
    if ": " in text:
        text = _without_statements(text)
    folded = text.casefold().translate(_FOLD)
    if _MARK in folded:
        folded = "\n".join(" ".join(p.split(_MARK)[0::2]) for p in folded.split("\n"))
    split = folded.split()
    kept = list(compress(split, map(gt, map(len, split), repeat(SHORT))))
    return frozenset(map(hash, zip(*(kept[n:] for n in range(SHINGLE)), strict=False)))


def whole_shingles(text: str) -> Shingles:
    """Every run of `SHINGLE` words of `text`, quotations included (as `shingles` reads words)."""
    split = text.casefold().translate(_FOLD).replace(_MARK, " ").split()
    kept = list(compress(split, map(gt, map(len, split), repeat(SHORT))))
    return frozenset(map(hash, zip(*(kept[n:] for n in range(SHINGLE)), strict=False)))


def statement(line: str) -> int:
    """Where a statement opens in `line` (one paragraph or sentence): the position of the first
    colon before a space that has a verb of saying (`attribution`'s list) before it, or -1. A
    clock time's colon ("16:20") is none. Linear: the text between two colons is scanned once."""
    searched = 0
    for colon in _STATEMENT.finditer(line):
        if SAYING.search(line, searched, colon.start()):
            return colon.start()
        searched = colon.start()
    return -1


def _without_statements(text: str) -> str:
    """`text` without what a verb of saying introduces with a colon, to the end of its line (a
    paragraph): "the airline said in a statement: ..." is quoted as surely as with marks."""
    lines = text.split("\n")
    for number, line in enumerate(lines):
        if ": " in line and (at := statement(line)) >= 0:
            lines[number] = line[:at]
    return "\n".join(lines)


def _may_open_single(text: str, between: str) -> bool:
    """True when a single quote may open in `text` (`_OPENS`, as a quick test of substrings): a
    curly or low mark anywhere, or a straight one at the start, after a space or after `between`
    (what separates its paragraphs or sentences)."""
    return "‘" in text or "‚" in text or " '" in text or text.startswith("'") or between + "'" in text


def _without_single_quotes(text: str, keep: str = "") -> str:
    """`text` with each single-quoted span (up to `QUOTE_MAX` characters, within a paragraph)
    blanked, but for the characters `keep` it holds: every opening mark is paired with the
    first closing mark after it, in one pass over the marks, so that a text of unpaired marks
    costs no more than one of words."""
    closes = [m.start() for m in _CLOSES.finditer(text)]
    breaks = [m.start() for m in _BREAKS.finditer(text)]
    pieces, kept, after = [], 0, 0
    for match in _OPENS.finditer(text):
        start = match.start()
        if start < kept:
            continue
        while after < len(closes) and closes[after] <= start:
            after += 1
        if after == len(closes):
            break
        end = closes[after]
        paragraph_end = bisect_right(breaks, start)
        if end - start <= QUOTE_MAX and (paragraph_end == len(breaks) or breaks[paragraph_end] > end):
            pieces += [text[kept:start], " ", *(c for c in text[start:end] if c in keep)]
            kept = end + 1
    return "".join(pieces) + text[kept:] if pieces else text


def outside_quotes(sentences: Sequence[Sentence]) -> list[str]:
    """Each sentence's text outside quotation marks, as `shingles` reads them: a quote, double
    (any of `_DOUBLE`) or single, may run over several sentences of a paragraph, and ends with
    it. Linear: one pass over each paragraph's text."""
    kept: list[str] = []
    for _, group in groupby(sentences, key=_paragraph):
        text = _SEPARATOR.join(sentence.text.replace(_SEPARATOR, " ") for sentence in group)
        if _may_open_single(text, _SEPARATOR):
            text = _without_single_quotes(text, _SEPARATOR)
        pieces = _DOUBLES.split(text)
        pieces[1::2] = (_SEPARATOR * piece.count(_SEPARATOR) for piece in pieces[1::2])
        kept += " ".join(pieces).split(_SEPARATOR)
    return kept


def running_text(item: Prepared) -> str:
    """An article's sentences as plain text, one paragraph a line."""
    paragraphs = groupby(item.sentences, key=lambda sentence: sentence.paragraph)
    return "\n".join(" ".join(s.text for s in group) for _, group in paragraphs)
