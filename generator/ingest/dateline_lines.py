"""Datelines scraped onto lines of their own before the lead ('Washington' / 'CNN' / '—',
'Düsseldorf –', 'HAVENSTAD'), and a line that is a whole dateline ending in its dash or closed by
its wire ('BARCELONA, 19 Jul. (EUROPA PRESS) -', 'Puerto Ellis, 14 mar (EFE)')."""

from __future__ import annotations

import re

from generator.ingest.dateline_forms import place_line
from generator.ingest.datelines import (
    DAY,
    PARTICLE,
    PLACE,
    PLACE_WORD,
    is_org,
    registry_wire,
    strip_dateline,
    unglued_place,
)
from generator.ingest.model import Block, Evidence, Removal, Step
from generator.ingest.shapes import DASH, is_paragraph_like
from generator.model.wires import Registry

SPLIT_DATELINE_SEARCH = 12
_PLACE_LINE = re.compile(r"^[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}$")
_DASH_LINE = re.compile(r"^[-–—]{1,2}$")


_PLACE_DASH_LINE = re.compile(
    rf"^(?P<place>{PLACE_WORD}(?:[ /-](?:{PARTICLE} )?{PLACE_WORD}){{0,3}})\s*{DASH}$"
)


def split_dateline(blocks: list[Block], outlet_name: str, wires: Registry) -> Step:
    """A dateline scraped onto lines of its own: 'Washington' / 'CNN' / '—', 'Düsseldorf –', or
    a place in capitals alone ('HAVENSTAD', 'PORT ELLIS, Fla.'), before the lead."""
    for index in range(min(len(blocks), SPLIT_DATELINE_SEARCH) - 1):
        place, lead = blocks[index], blocks[index + 1]
        alone = _PLACE_DASH_LINE.match(place.text.strip())
        if alone and is_paragraph_like(lead.text) and lead.text[:1].isupper():
            removal = Removal.of(place, "dateline", "dateline moved to metadata")
            rest = blocks[:index] + blocks[index + 1 :]
            return Step(rest, (removal,), Evidence(dateline=alone.group("place")))
        alone_place = place_line(place.text, wires) if index == 0 and "\n" not in place.text else None
        if alone_place and _plain_lead(lead, outlet_name, wires):
            removal = Removal.of(place, "dateline", "dateline moved to metadata")
            return Step(blocks[:index] + blocks[index + 1 :], (removal,), Evidence(dateline=alone_place))
        whole = whole_dateline(place, outlet_name, wires)
        if whole is not None and is_paragraph_like(lead.text) and lead.text[:1].isupper():
            removal = Removal.of(place, "dateline", "dateline moved to metadata")
            return Step(blocks[:index] + blocks[index + 1 :], (removal,), whole)
        if is_paragraph_like(place.text) or index + 2 >= len(blocks):
            break  # past the lead: a dateline stands before it
        org = blocks[index + 1]
        dash = 1 if _DASH_LINE.match(blocks[index + 2].text) else 0
        opening = blocks[index + 2 + dash] if index + 2 + dash < len(blocks) else None
        wire = wires.name(org.text)
        if (
            _PLACE_LINE.match(place.text)
            and (wire or is_org(org.text, outlet_name))
            and opening is not None
            and opening.text[:1].isupper()
            and len(opening.text.split()) >= 12
        ):
            taken = blocks[index : index + 2 + dash]
            removals = tuple(Removal.of(b, "dateline", "dateline moved to metadata") for b in taken)
            rest = blocks[:index] + blocks[index + 2 + dash :]
            return Step(rest, removals, Evidence(dateline=place.text, via=wire))
    return Step(blocks)


def _plain_lead(lead: Block, outlet_name: str, wires: Registry) -> bool:
    """A lead a place line may stand over: a paragraph, with no dateline of its own."""
    return (
        is_paragraph_like(lead.text)
        and lead.text[:1].isupper()
        and strip_dateline(lead, outlet_name, wires)[1] is None
    )


_DANGLING_DASH = re.compile(rf"{DASH}\s*$")


def whole_dateline(block: Block, outlet_name: str, wires: Registry) -> Evidence | None:
    """The place and wire of a line that is a whole dateline ending in its dash, the lead on the
    next line: 'BARCELONA, 19 Jul. (EUROPA PRESS) -' (a wire in brackets, never a place alone)."""
    text = block.text.strip()
    if not _DANGLING_DASH.search(text):
        return _closed_dateline(text, wires)
    _, removal, evidence, _ = strip_dateline(block.with_text(f"{text} Lead"), outlet_name, wires)
    if removal is None or evidence.via is None:
        return None
    return evidence


_CLOSED_DATELINE = re.compile(  # 'Puerto Ellis, 14 mar (EFE)': a place, a day, a wire closing the line
    rf"^(?P<place>{PLACE})[,.]\s*(?P<date>{DAY})\s*\((?P<wire>[^()]{{2,40}})\)\.?$"
)


def _closed_dateline(text: str, wires: Registry) -> Evidence | None:
    """The place and wire of a line with no dash made of a place, a day and a wire of the
    registry in brackets closing it: 'Puerto Ellis, 14 mar (EFE)' (without a day, a place and an
    agency on a line of their own are a picture's caption as often as a dateline)."""
    match = _CLOSED_DATELINE.match(text)
    if match is None or not any(c.isdigit() for c in match.group("date")):
        return None
    wire = registry_wire(match.group("wire"), wires)
    if wire is None:
        return None
    return Evidence(dateline=unglued_place(match.group("place"), wire, wires) or None, via=wire)
