"""An article's table of contents: a bulleted list of its own sub-headings, which the page prints
above the text, sometimes more than once, and each entry twice (bulleted and plain, as a copy of
a linked list gives it). The sub-headings themselves stay where they lead into the text."""

from __future__ import annotations

from collections import Counter

from generator.ingest.model import Block, Kind, Removal, Step
from generator.ingest.shapes import norm

CONTENTS_MIN = 2  # entries of a table of contents


def drop_contents(blocks: list[Block]) -> Step:
    """The blocks without a run of two or more list items that are each printed again elsewhere
    on the page (the sub-headings they link to, or the list printed once more), with the plain
    copy of an entry printed right under it."""
    keys = [norm(block.text) for block in blocks]
    counts = Counter(keys)
    dropped: set[int] = set()
    index = 0
    while index < len(blocks):
        run = _run(blocks, keys, index)
        items = [i for i in run if blocks[i].kind == Kind.ITEM]
        if len(items) >= CONTENTS_MIN and all(keys[i] and _printed_again(keys, counts, i) for i in items):
            dropped.update(run)
        index = (run[-1] + 1) if run else index + 1
    if not dropped:
        return Step(blocks)
    removals = tuple(
        Removal.of(blocks[i], "contents", "the article's table of contents (entries printed again below)")
        for i in sorted(dropped)
    )
    return Step([b for i, b in enumerate(blocks) if i not in dropped], removals)


def _printed_again(keys: list[str], counts: Counter[str], index: int) -> bool:
    """True when the entry at `index` is printed elsewhere on the page than here and in the
    plain copy right under it."""
    copied = index + 1 < len(keys) and keys[index + 1] == keys[index]
    return counts[keys[index]] > (2 if copied else 1)


def _run(blocks: list[Block], keys: list[str], start: int) -> list[int]:
    """The list items from `start` on, each perhaps followed by its plain copy; [] when `start`
    is no list item."""
    run: list[int] = []
    index = start
    while index < len(blocks):
        if blocks[index].kind == Kind.ITEM:
            run.append(index)
        elif run and blocks[run[-1]].kind == Kind.ITEM and keys[index] == keys[run[-1]]:
            run.append(index)  # '• Entry' then 'Entry': the same link copied twice
        else:
            break
        index += 1
    return run
