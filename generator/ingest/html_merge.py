"""Two trafilatura extractions of one page made into one body: the precise one, mended.

trafilatura's precision mode (`favor_precision`) leaves out most of the furniture its default
mode keeps around an article (teasers, sign-up boxes, link lists before and after it), but it
also cuts inside the article: interior sub-headings, short paragraphs, and words of a sentence
that sit in an element named like a link (`<span class="link">`). So the precise extraction is
the base, and the default (fuller) extraction mends it:

- a precise block that is a cut version of a fuller block (its words in the same order, some
  missing) is replaced by the fuller block;
- a fuller block that stands *between* two blocks both extractions kept (inside the article) is
  put back, unless it is a link and nothing else (a teaser, "more on this"): its whole text is
  the text of one `<a>` of the page. Blocks before the first and after the last shared block
  stay out: that is where the furniture is.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Iterator

from generator.ingest.model import Block, Kind

_WORD = re.compile(r"\w+")
_HEADINGS = (Kind.HEADING, Kind.SUBHEADING)
FULLER_WINDOW = 20  # how far into its stretch of the fuller extraction a cut block's version is sought


def words(text: str) -> str:
    """The text's word tokens joined by one space: how blocks and links are compared."""
    return " ".join(_WORD.findall(text))


def merge(precise: list[Block], full: list[Block], link_texts: Iterable[str]) -> list[Block]:
    """The precise blocks, mended from the fuller extraction (see the module docstring);
    `link_texts` are the `words` of every link on the page."""
    if not precise:
        return full
    links = frozenset(link_texts)
    matched = _align(precise, full)
    shared = [j for j in matched if j is not None]
    if not shared:
        return precise
    keep = set(shared)
    keep.update(j for j in range(shared[0] + 1, shared[-1]) if _belongs(full[j], links))
    before: dict[int, list[Block]] = defaultdict(list)  # precise blocks full has no version of
    for block, start, end in _unmatched(precise, matched, len(full)):
        fuller = next(
            (k for k in range(start, min(end, start + FULLER_WINDOW)) if _holds(full[k].text, block.text)),
            None,
        )
        if fuller is None:
            before[end].append(block)
        else:
            keep.add(fuller)
    out: list[Block] = []
    for j, block in enumerate(full):
        out.extend(before.get(j, ()))
        if j in keep:
            out.append(block)
    out.extend(before.get(len(full), ()))
    return out


def _unmatched(
    precise: list[Block], matched: list[int | None], size: int
) -> Iterator[tuple[Block, int, int]]:
    """Each precise block with no equal in `full`, with the stretch of `full` it stands in:
    after the last matched block before it, up to the next matched block after it."""
    following = [size] * (len(precise) + 1)
    for index in range(len(precise) - 1, -1, -1):
        j = matched[index]
        following[index] = j if j is not None else following[index + 1]
    start = 0
    for index, (block, j) in enumerate(zip(precise, matched, strict=True)):
        if j is None:
            yield block, start, following[index + 1]
        else:
            start = j + 1


def _align(precise: list[Block], full: list[Block]) -> list[int | None]:
    """For each precise block, the index of the same text in `full` (in order), or None."""
    positions: dict[str, list[int]] = defaultdict(list)
    for j, block in enumerate(full):
        positions[block.text].append(j)
    matched: list[int | None] = []
    at = 0
    for block in precise:
        found = positions.get(block.text, [])
        k = bisect_left(found, at)
        if k < len(found):
            matched.append(found[k])
            at = found[k] + 1
        else:
            matched.append(None)
    return matched


def _holds(long: str, short: str) -> bool:
    want = _WORD.findall(short)
    if not want:
        return False
    have = iter(_WORD.findall(long))
    return all(word in have for word in want)


def _belongs(block: Block, links: frozenset[str]) -> bool:
    """An interior block the precise extraction dropped goes back unless it is only a link."""
    return block.kind in _HEADINGS or words(block.text) not in links
