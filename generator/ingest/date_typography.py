"""How a date line is typeset, undone before it is read (`dates.read_date_line`):

- a whole line in brackets: '(12/03/2029)', '（2029年3月12日）', '[12.03.2029 09:05]';
- figures padded with spaces to line up in a column: '2029/ 3/ 2', '2029年 3月 2日';
- a time glued to a Chinese or Japanese day: '2029年3月12日09:05' (a space is put between);
- the meridiem written with a space, as Spanish style books ask: '09:05 p. m.', '9:05 a. m.'.

Each is one regular-expression pass over the line, linear in its length.
"""

from __future__ import annotations

import re

_BRACKETED = re.compile(r"^\s*[(（\[［]\s*(?P<inner>[^()（）\[\]［］]{4,80}?)\s*[)）\]］]\s*$")
_PADDED = re.compile(r"(?<=\d)(?P<mark>[/年月])\s+(?=\d)")  # '2029/ 3/ 2', '2029年 3月 2日'
_GLUED_CLOCK = re.compile(r"(?<=\d日)(?=\d{1,2}[:：]\d{2})")  # '12日09:05'
_SPACED_MERIDIEM = re.compile(r"(?<![\w.])(?P<half>[ap])\.\s+m\.(?!\w)", re.I)  # 'p. m.'


def untypeset(text: str) -> str:
    """The line without the brackets round it, padding in its figures, a time glued to its day
    or a spaced meridiem (see the module); any other line as it is."""
    bracketed = _BRACKETED.match(text)
    if bracketed is not None and any(c.isdigit() for c in bracketed.group("inner")):
        text = bracketed.group("inner")
    text = _PADDED.sub(r"\g<mark>", text)
    text = _GLUED_CLOCK.sub(" ", text)
    return _SPACED_MERIDIEM.sub(lambda m: f"{m.group('half')}.m.", text)
