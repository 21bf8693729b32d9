"""A headline the page's header prints twice, each copy closed by another tag: an aggregator's
copy credits its source after the headline one way on the first line ('<headline>(Harbour Daily)')
and another way on the second ('<headline>|Harbour Daily Co.'). The headline is what both copies
print, without either tag. Two lines that share their opening words and go on differently without
a tag between (a headline and a standfirst that starts the same way) are left as they are."""

from __future__ import annotations

from collections.abc import Iterable

from generator.ingest.model import Block
from generator.ingest.title_labels import without_glued_label

TAG_OPENERS = "|｜(（[［【"  # a dash may join a source the headline keeps ("...—気象庁")
MIN_SHARED_SHARE = 0.5  # of the title's characters: the headline is most of each copy
MAX_TAG_CHARS = 30
MIN_HEADLINE_CHARS = 8
HEAD_LINES = 20  # the copies stand in the page's header


def without_page_tag(title: str, page: list[Block]) -> str:
    """`title` without its tag when one of the page's first `HEAD_LINES` lines prints the same
    headline closed by another tag (`shared_headline`); and without a label or a tag glued to
    its headline (`title_labels`)."""
    return without_glued_label(shared_headline(title, (block.text for block in page[:HEAD_LINES])))


def shared_headline(title: str, others: Iterable[str]) -> str:
    """`title` without the tag closing it, when one of the `others` prints the same headline
    closed by another tag (or by none); else `title` itself."""
    for other in others:
        shared = _shared(title.strip(), other.strip())
        if shared is not None:
            return shared
    return title


def _shared(title: str, other: str) -> str | None:
    """The headline both lines print before their tags, or None when they are not two copies."""
    if title == other:
        return None
    size = 0
    while size < min(len(title), len(other)) and title[size] == other[size]:
        size += 1
    if not _is_tag(title[size:]):  # both tags open alike ('(Harbour Daily)', '(Harbour Daily Co.)')
        size = max((title.rfind(c, 0, size) for c in TAG_OPENERS), default=-1)
        if size <= 0:
            return None
    headline = title[:size].rstrip(" " + TAG_OPENERS)
    if (
        len(headline) < max(MIN_HEADLINE_CHARS, MIN_SHARED_SHARE * len(title))
        or not title[size:].strip()
        or not _is_tag(title[size:])
        or not (not other[size:].strip() or _is_tag(other[size:]))
    ):
        return None
    return headline


def _is_tag(tail: str) -> bool:
    """A short tag after a headline, opened by a bar or a bracket."""
    tail = tail.strip()
    return bool(tail) and tail[0] in TAG_OPENERS and len(tail) <= MAX_TAG_CHARS
