"""Lines that close an article with codes, not text: the reporter's contact details and a
wire's or a page's tracking id. `text_rules` names them and gives each its reason.
"""

from __future__ import annotations

import re

from generator.ingest.shapes import word_count

_I = re.IGNORECASE

_IS_CONTACT_LINE_RE = re.compile(r"^(?:contact|reach|e-?mail|write to|follow)\b", _I)
_IS_CONTACT_LINE_RE2 = re.compile(r"\S+@\S+\.\w+|\d{3}[-.\s]\d{4}|\B@\w+")


def is_contact_line(text: str) -> bool:
    """How to reach the reporter: 'Contact Dana Whitfield at dw@example.org or 555-0143.'."""
    return word_count(text) <= 30 and bool(
        _IS_CONTACT_LINE_RE.match(text) and _IS_CONTACT_LINE_RE2.search(text)
    )


_IS_TRACKING_ID_RE = re.compile(
    r"[a-z]{1,2}[A-Z0-9]{8,}|\(\(.*\)\)|[a-z]{2,5}(?:-[a-z]{2,5})?(?:/[a-z]{2,5}){1,3}"
)
_IS_TRACKING_ID_RE2 = re.compile(r"[A-Z]{2,4}(?:\s*//\s*[A-Z]{2,4}){1,3}")
_IS_TRACKING_ID_RE3 = re.compile(
    r"(?:article|story|content|ref|reference|doc|news)?\s*(?:id|no\.?|code)\s*[:#]\s*[\w-]+", _I
)
_IS_TRACKING_ID_RE4 = re.compile(r"(?=[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{10,}")
_UNDERSCORED = re.compile(r"[^\W_]+(?:[_-][^\W_]*)*_[^\W_]+(?:[_-][^\W_]+)*")  # one token, '_' inside


def is_tracking_id(text: str) -> bool:
    """A trailing tracking code: 'nL1N3MT0AA', '((jane@x.com; +1 202))', 'burs-ec/mjw', the
    initials of a wire's reporter and editor ('ABC // XYZ'); a page's internal token, one word
    joined by an underscore ('spot_img', 'portrait_2024', '190197380_l'), which no text prints."""
    return bool(
        _UNDERSCORED.fullmatch(text.strip())
        or _IS_TRACKING_ID_RE.fullmatch(text)
        or _IS_TRACKING_ID_RE2.fullmatch(text)
        or _IS_TRACKING_ID_RE3.fullmatch(text)
        or _IS_TRACKING_ID_RE4.fullmatch(text)
    )
