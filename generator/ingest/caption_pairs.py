"""A photo's second caption: a picture desk's long caption, with its credit in capitals inside it
('... in Havenstad, 2 May 2019. EPA/ANNA ROSSI Usage conditions ...'), printed right above the
site's own short caption of the same photo ('The team celebrates. Photo: Anna Rossi/EPA')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from generator.ingest.line_rule import LineRule
from generator.ingest.model import Block, Kind
from generator.ingest.story_extras import PHOTO_AGENCIES, PICTURE_ONLY

_NAME = r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\ [A-ZÀ-Þ][A-ZÀ-Þ'’.-]+)+"  # a photographer in capitals, two words or more
_AGENCY = rf"(?i:{PHOTO_AGENCIES}|{PICTURE_ONLY})"
_DESK_CREDIT = re.compile(rf"(?<![\w/])(?:{_AGENCY}/{_NAME}|{_NAME}/{_AGENCY})(?![\w/])", re.X)
_CAPTION_RULES = ("photo-caption", "photo-credit")


def has_desk_credit(text: str) -> bool:
    """Whether `text` carries a picture desk's credit in capitals anywhere: 'EPA/ANNA ROSSI'."""
    return _DESK_CREDIT.search(text) is not None


def desk_captions_above(blocks: list[Block], verdicts: Sequence[LineRule | None]) -> list[int]:
    """The indexes of text blocks right above a photo caption or credit that carry a picture
    desk's credit inside them: the same photo's long caption. One pass, one regex search a block."""
    return [
        index
        for index in range(len(blocks) - 1)
        if verdicts[index] is None
        and (after := verdicts[index + 1]) is not None
        and after.name in _CAPTION_RULES
        and blocks[index].kind in (Kind.LINE, Kind.PARAGRAPH)
        and has_desk_credit(blocks[index].text)
    ]


_COUNTER = re.compile(r"\s*(\d{1,3})\s*/\s*(\d{1,3})\s*")


def gallery_counters(blocks: list[Block], verdicts: Sequence[LineRule | None]) -> list[int]:
    """The indexes of a gallery's picture counters ('1/12': a number over a larger one, alone on
    a line) right after or before a photo caption or credit. One pass, one anchored match a line."""
    found = []
    for index, block in enumerate(blocks):
        match = _COUNTER.fullmatch(block.text)
        if verdicts[index] is not None or match is None or not 0 < int(match[1]) <= int(match[2]):
            continue
        beside = [verdicts[i] for i in (index - 1, index + 1) if 0 <= i < len(blocks)]
        if any(rule is not None and rule.name in _CAPTION_RULES for rule in beside):
            found.append(index)
    return found
