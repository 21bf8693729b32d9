"""A Japanese local paper's dateline, a place alone in lenticular brackets opening the lead
('【緑野】緑野市は…'), is the dateline when the lead names the place again within its first
40 characters (issue 21, fifteenth round); a label in the same brackets ('【速報】', '【写真】')
is not named again and stays. The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD = "緑野市は５日、市内の港に新しい水族館を開くと発表した。来年春の開館を目指す。"


@pytest.mark.parametrize(
    ("opening", "rest", "place"),
    [
        ("【緑野】", LEAD, "緑野"),
        ("【みどり野】", "みどり野町の港で５日、新しい水族館の起工式があった。", "みどり野"),
        ("【速報】", LEAD, None),  # a label, not named again
        ("【写真】", LEAD, None),
        (
            "【緑野】",
            "市は５日、港に新しい水族館を開くと発表した。来年春の開館を目指し、工事を急ぐという。建設費は約三十億円で、緑野",
            None,
        ),  # too far
    ],
)
def test_a_bracketed_place_named_again(opening: str, rest: str, place: str | None) -> None:
    block, removal, evidence, _ = strip_dateline(Block(opening + rest, Kind.PARAGRAPH, line=3), "", DEFAULT)
    assert evidence.dateline == place
    assert block.text == (rest if place else opening + rest)
    assert (removal is not None) == (place is not None)
