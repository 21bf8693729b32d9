"""A byline's word alone on its line, the name on the next ('von' / 'Jochen Berger', 'By' /
'Ana Costa', 'Por' / 'Ana Ruiz'): the page's layout put the word and the name in two boxes, and
the copy split them. The two lines are one byline.

Among the page's first `MARKER_SEARCH` lines, a line that is only a byline word ('by', 'von',
'par', 'por', 'di', 'door', 'written by', ..., with or without a colon) is joined to the next line
when the joined line reads as a byline naming at least one person (`bylines.read_byline`); the
header then reads it like any byline. A photo's credit above it ('SOURCE / PHOTOGRAPHER') is not
touched: the name is the one after the word.

Bound: one anchored regular expression over each of at most `MARKER_SEARCH` lines of at most
`MARKER_MAX_CHARS` characters, and one byline reading of each joined pair; linear in them.
"""

from __future__ import annotations

import re
from itertools import pairwise

from generator.ingest.bylines import read_byline
from generator.ingest.model import Block
from generator.model.wires import Registry

MARKER_SEARCH = 40
MARKER_MAX_CHARS = 20
NAME_MAX_WORDS = 8
_MARKER = re.compile(
    r"^(?:by|written by|reported by|story by|text by|von|text von|geschrieben von|par|écrit par"
    r"|por|escrito por|texto de|di|scritto da|a cura di|door|geschreven door|tekst door)\s*:?$",
    re.IGNORECASE,
)


def with_markers_joined(blocks: list[Block], wires: Registry) -> list[Block]:
    """`blocks` with each lone byline word near the top joined to the name on the next line (see
    the module); the blocks themselves when there is none."""
    top = [i for i, block in enumerate(blocks) if block.text.strip()][:MARKER_SEARCH]
    joined: dict[int, Block] = {}
    names: set[int] = set()
    for here, after in pairwise(top):
        marker, name = blocks[here].text.strip(), blocks[after].text.strip()
        if here in names or len(marker) > MARKER_MAX_CHARS or not _MARKER.match(marker):
            continue
        if len(name.split()) > NAME_MAX_WORDS or _MARKER.match(name):
            continue
        byline = read_byline(f"{marker} {name}", wires)
        if byline is not None and byline.authors:
            end = blocks[after].end_line or blocks[after].line
            joined[here] = Block(f"{marker} {name}", blocks[here].kind, blocks[here].line, end)
            names.add(after)
    if not joined:
        return blocks
    return [joined.get(i, block) for i, block in enumerate(blocks) if i not in names]
