"""Links, images and tags taken out of a line of Markdown, in time linear in the line.

`[text](url)`, `![alt](src)` and `<tag ...>` are found with patterns whose closing part is
optional: where it is missing the match is kept as it is, so a run of `[` or `<` is passed over
once instead of being searched to the end of the line from each of its characters (which takes
minutes on a line of a few hundred thousand). Only the text up to the last closing mark can
hold a complete match, so only it is searched.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

IMAGE = re.compile(r"!\[[^\]]*(\]\([^)]*\))?")
LINK = re.compile(r"\[([^\]]*)(\]\([^)]*\))?")
IMAGE_OR_LINK = re.compile(r"!?\[([^\]]*)(\]\([^)]*\))?")
TAG = re.compile(r"<[^>]*(>)?")
REFERENCE = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def replace_complete(
    pattern: re.Pattern[str], text: str, close: str, keep: Callable[[re.Match[str]], str]
) -> str:
    """`text` with each complete match of `pattern` (its last group found) replaced by `keep(match)`.

    `close` is the last character of a complete match.
    """
    cut = text.rfind(close) + 1
    if not cut:
        return text
    last = pattern.groups
    found = pattern.sub(lambda match: keep(match) if match.group(last) else match.group(0), text[:cut])
    return found + text[cut:]


def decoded(text: str) -> str:
    """`text` with its character references ('&lt;', '&#8217;') as the characters they stand for,
    as Markdown shows them (only references closed by ';', as Markdown reads them)."""
    return REFERENCE.sub(lambda match: html.unescape(match.group(0)), text) if "&" in text else text
