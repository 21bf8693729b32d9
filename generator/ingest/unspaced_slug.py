"""A title written from a URL slug in a script that puts no spaces between words (Chinese,
Japanese): such a slug has one or two long 'words' ('首相-主要閣僚再任へ'), so the word-based
reading of `url_title` never takes it. When the rules found no headline, the URL's path has a
segment of at least `MIN_CHARACTERS` such characters and the page prints most of its character
pairs (`PRINTED_SHARE`; full- and half-width forms alike, '３２５' as '325'), the segment is the
title, its hyphens and underscores read as spaces and its figures kept ('自公３２５' is a
headline's figure in such a segment, not an id: an id is a segment of its own).

Bound: one pass over the URL's path, one join of the page's text, then one substring look-up
per character pair of the segment (at most `MAX_CHARACTERS` of them); linear in the page's text
times a bounded number of look-ups."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from generator.ingest.model import Block
from generator.ingest.shapes import UNSPACED_SCRIPT
from generator.ingest.slug_words import EXTENSION

_UNSPACED = re.compile(rf"[{UNSPACED_SCRIPT}]")
_SEPARATORS = re.compile(r"[-_+\s]+")
MIN_CHARACTERS = 7  # fewer are a section's name ('政治', '世界の出来事'), not a headline
MAX_CHARACTERS = 80  # a slug longer than a headline is no headline
PRINTED_SHARE = 0.5  # the share of the segment's character pairs the page must print
MIN_SCRIPT_SHARE = 0.5  # the share of the segment's characters in such a script


def title_from_unspaced_slug(page: Sequence[Block], url: str | None) -> str | None:
    """The title an unspaced-script slug spells (see the module), or None."""
    words = _slug_words(url)
    if not words:
        return None
    text = unicodedata.normalize("NFKC", "".join("".join(block.text.split()) for block in page))
    folded = [unicodedata.normalize("NFKC", word) for word in words]
    pairs = [word[i : i + 2] for word in folded for i in range(len(word) - 1)]
    printed = sum(pair in text for pair in pairs)
    if not pairs or printed < PRINTED_SHARE * len(pairs):
        return None
    return " ".join(words)


def _slug_words(url: str | None) -> list[str]:
    """The words of the path segment with the most unspaced-script characters, if it is long
    enough, not too long, and mostly in that script (the last segment wins a tie: it names the
    page, the earlier ones its section)."""
    if not url:
        return []
    best: list[str] = []
    best_count = 0
    for segment in EXTENSION.sub("", unquote(urlsplit(url).path)).split("/"):
        words = [w for w in _SEPARATORS.split(segment) if w]
        joined = "".join(words)
        count = len(_UNSPACED.findall(joined))
        if count >= best_count and count > 0:
            best, best_count = words, count
    joined = "".join(best)
    if best_count < MIN_CHARACTERS or len(joined) > MAX_CHARACTERS:
        return []
    if best_count < MIN_SCRIPT_SHARE * len(joined):
        return []
    return best
