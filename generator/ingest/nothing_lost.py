"""A page whose cleaning would leave no body keeps the text its header took away.

The header step takes a sentence under the headline as the standfirst (dek) or, between the
headline and the date or byline, as a photo caption or blurb; above a dateline, the dateline
step takes a short caption or summary. On a short page (a headline, one summary paragraph, a
credit and a date) that paragraph is all the text there is: removing it leaves nothing, and the
page would be refused ("no article text found"). Such paragraphs are the body then, in the
page's order (a standfirst made body is no dek any more); nothing else is restored.

A standfirst followed by another story's list ('Most read', related headlines) is the top of a
page cut before its text (a teaser or a paywall's stub, see `paywall_body`): it stays the dek and
the page is refused as before.
"""

from __future__ import annotations

from dataclasses import replace

from generator.ingest.model import Block, Evidence, Kind, Removal
from generator.ingest.shapes import is_paragraph_like, is_sentence

BODY_LIKE_RULES = ("header-caption", "before-dateline", "dek")  # prose the header or dateline step took
OTHER_STORIES = ("headline-list", "trailing-headlines", "trailing-teasers", "next-article")


def header_text_as_body(
    body: tuple[Block, ...], removals: list[Removal], header: Evidence
) -> tuple[tuple[Block, ...], list[Removal], Evidence] | None:
    """When `body` is empty, the prose paragraphs removed as a standfirst, a caption or blurb in
    the header (or above a dateline) as the body, the removals without them and the header
    without that standfirst; else None."""
    if body:
        return None
    cut = any(removal.rule in OTHER_STORIES for removal in removals)
    kept = [
        removal
        for removal in removals
        if removal.rule in BODY_LIKE_RULES
        and not (cut and removal.rule == "dek")
        and (is_sentence(removal.text) or is_paragraph_like(removal.text))
    ]
    if not kept:
        return None
    blocks = tuple(
        Block(removal.text, Kind.PARAGRAPH, removal.line, removal.end_line)
        for removal in sorted(kept, key=lambda r: r.line or 0)
    )
    texts = {removal.text for removal in kept}
    header = replace(header, dek=None) if header.dek in texts else header
    return blocks, [removal for removal in removals if removal not in kept], header
