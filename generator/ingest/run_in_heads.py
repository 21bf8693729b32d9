"""Run-in heads: a short head before a spaced dash opening paragraph after paragraph ('North -
The schools ...', 'The other towns - ...'), a list by region or by topic. A dateline opens one
paragraph only: an opening of that form is no dateline when the next paragraph opens the same way.

Bound: one anchored regex match over the first RUN_IN_MAX + 3 characters of one paragraph, linear.
"""

from __future__ import annotations

import re

RUN_IN_MAX = 40  # characters of a run-in head
_RUN_IN = re.compile(rf"^[^\W\d][^.!?:;()\[\]|]{{0,{RUN_IN_MAX}}}?\s[-–—]\s+(?=\S)")


def opens_with_run_in_head(text: str) -> bool:
    """Whether `text` opens with a short head before a spaced dash: 'Le altre città - Ripartono'."""
    return _RUN_IN.match(text[: RUN_IN_MAX + 4]) is not None
