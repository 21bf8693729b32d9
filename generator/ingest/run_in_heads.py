"""Run-in heads: a short head before a spaced dash opening paragraph after paragraph ('North -
The schools ...', 'The other towns - ...'), or a head in capitals before a colon ('PENALTY LUCK:
The hosts ...', 'TRAINERZORN: ...'), a list by region or by topic. A dateline opens one paragraph
only: an opening of that form is no dateline when the next paragraph opens the same way.
The text after a run-in head's dash opens a sentence, in a capital or a figure: a dash before a
lower-case word sets off an aside inside a sentence ('Envoys from the guild - but not the mayor -
met ...'), no head.

Bound: two anchored regex matches over the first RUN_IN_MAX + 4 characters of one paragraph,
linear.
"""

from __future__ import annotations

import re

from generator.ingest.shapes import in_capitals

RUN_IN_MAX = 40  # characters of a run-in head
_RUN_IN = re.compile(rf"^[^\W\d][^.!?:;()\[\]|]{{0,{RUN_IN_MAX}}}?\s[-–—]\s+(?=\S)")
_CAPS_RUN_IN = re.compile(rf"^[^\W\d_](?:[^\W_]|[ '’-]){{1,{RUN_IN_MAX}}}?:\s+(?=\S)")


def opens_with_run_in_head(text: str) -> bool:
    """Whether `text` opens with a short head before a spaced dash ('Le altre città - Ripartono')
    or a head in capitals before a colon ('TRAINERZORN: Alles ...')."""
    opening = text[: RUN_IN_MAX + 4]
    head = _RUN_IN.match(opening)
    if head is not None and not text[head.end() : head.end() + 1].islower():  # '- but not': an aside
        return True
    caps = _CAPS_RUN_IN.match(opening)
    return caps is not None and in_capitals(caps.group(0))
