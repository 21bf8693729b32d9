"""A subscription's list of benefits: a short lead-in ending with a colon that names a paid offer
and its benefits ('Your benefits with Harbour Post Premium:', 'Ihre Vorteile mit Plus:'), then
list items. The lead-in and its items are the site's offer, not the article's list."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.model import Block, Kind
from generator.ingest.shapes import word_count

LEAD_IN_MAX_WORDS = 12
ITEMS_MIN = 2
_OFFER = re.compile(
    r"\b(?:premium|plus|abo|abos|\w*abonnement\w*|subscriptions?|membership|mitgliedschaft|suscripción"
    r"|abbonamento|assinatura|lidmaatschap)\b",
    re.I,
)
_BENEFITS = re.compile(
    r"\b(?:vorteile?|benefits?|advantages?|avantages?|ventajas?|beneficios?|vantaggi|voordelen|vantagens"
    r"|benefícios|perks)\b",
    re.I,
)


def is_benefit_lead_in(text: str) -> bool:
    """A short line ending with a colon that names a paid offer and its benefits."""
    text = text.strip()
    return (
        text.endswith((":", "："))
        and word_count(text) <= LEAD_IN_MAX_WORDS
        and _OFFER.search(text) is not None
        and _BENEFITS.search(text) is not None
    )


def benefit_lists(blocks: list[Block], taken: Sequence[bool]) -> list[int]:
    """The indexes of each benefit lead-in not yet `taken` and the list items right under it, two
    or more. One pass over the blocks, two regex searches over each short line ending in a colon."""
    found: list[int] = []
    for index, block in enumerate(blocks):
        if (
            taken[index]
            or block.kind not in (Kind.LINE, Kind.PARAGRAPH)
            or not is_benefit_lead_in(block.text)
        ):
            continue
        end = index + 1
        while end < len(blocks) and blocks[end].kind in (Kind.ITEM, Kind.ORDERED):
            end += 1
        if end - index - 1 >= ITEMS_MIN:
            found.extend(range(index, end))
    return found
