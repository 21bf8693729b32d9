"""A metadata stamp glued before the page's first line: a lower-case `date` label and an ISO day
or year-month ('date 2018-06 Berlin (dpa) - Die ...'). It is a label, not the page's text: it is
taken off the line (a removal the dry run shows) so that the dateline and the wire credit behind it
are read. Such stamps are not reliably the publication date (one is years off the URL's day), so
it gives no date.

Bound: one anchored regex match on the first non-empty line, linear in that line."""

from __future__ import annotations

import re

from generator.ingest.model import Block, Removal

_STAMP = re.compile(r"^\s*date\s+\d{4}-\d{2}(?:-\d{2})?(?=\s|$)")


def without_lead_stamp(blocks: list[Block]) -> tuple[list[Block], tuple[Removal, ...]]:
    """`blocks` with the stamp taken off the first line, and its removal; unchanged without one."""
    first = next((i for i, block in enumerate(blocks) if block.text.strip()), None)
    if first is None:
        return blocks, ()
    block = blocks[first]
    match = _STAMP.match(block.text)
    if match is None:
        return blocks, ()
    removal = Removal.of(
        block, "stamp", "a date stamp before the first line (not a publication date)", match.group().strip()
    )
    rest = block.text[match.end() :].strip()
    kept = [block.with_text(rest)] if rest else []
    return [*blocks[:first], *kept, *blocks[first + 1 :]], (removal,)
