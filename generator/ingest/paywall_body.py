"""A paywalled page that shows only its standfirst: the standfirst is the text.

A page behind a paywall may print its headline, a standfirst and the time, then the paywall
notice and the site's lists ('Les plus lus'). Once the lists are gone nothing is left for the
body, and the standfirst, taken for a dek, is all the article the page gives. It becomes the
body (the paywall's review note says the text may be cut short), so the page is written rather
than refused. Only with a paywall notice removed from the page: elsewhere an empty body stays
refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from generator.ingest.model import Block, Evidence, Kind, Removal


def standfirst_as_body(
    body: Sequence[Block], removals: Sequence[Removal], header: Evidence
) -> tuple[tuple[Block, ...], tuple[Removal, ...], Evidence] | None:
    """The standfirst as the body, the removals without it and the header without its dek, when
    the body is empty, a paywall notice was removed and the header's dek came from the page's
    text; else None."""
    if body or not any(r.rule == "paywall" for r in removals):
        return None
    dek = next((r for r in removals if r.rule == "dek" and r.text == header.dek), None)
    if dek is None:
        return None
    block = Block(dek.text, Kind.PARAGRAPH, dek.line, dek.end_line)
    return (block,), tuple(r for r in removals if r is not dek), replace(header, dek=None)
