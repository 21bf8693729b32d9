"""Teasers of other stories that open with their own wire dateline: 'DEN HAAG (ANP) - The ...',
or the same after a relative time the copy glued on ('3 uur geledenDEN HAAG (ANP) - ...',
'2 hours ago LONDON (Reuters) - ...').

A dateline opens a story's first paragraph only, so under a list header ('Meer uit Politiek',
'More from Politics') a paragraph that opens with one is another story's teaser, not the
article's next section. The shape is read without the wire registry: a place in capitals, a
short bracketed credit, a dash. One anchored regex match on the first 120 characters of a line,
no backtracking across lines: linear.
"""

from __future__ import annotations

import re

_SCAN_CHARS = 120
_TEASER_DATELINE = re.compile(
    r"(?:\d{1,3}\s*[^\W\d_]{1,12}(?:\s[^\W\d_]{1,12}){0,2}\s?)?"  # '3 uur geleden', '2 hours ago'
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{1,30}(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’.-]{0,30}){0,3}"  # 'DEN HAAG', 'NEW YORK'
    r"\s*\([^()\n]{2,30}\)\s*[-–—]"  # '(ANP) -'
)


def opens_with_dateline(text: str) -> bool:
    """True when `text` opens with a wire dateline in capitals ('DEN HAAG (ANP) -'), perhaps
    after a relative time glued on ('3 uur geleden')."""
    return _TEASER_DATELINE.match(text[:_SCAN_CHARS]) is not None
