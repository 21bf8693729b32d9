"""A list of other stories' headlines above the article (a teaser list, bulleted with '•', '-'
or the Japanese '・'): its first item is never taken for the title (invented pages)."""

from __future__ import annotations

import pytest

from generator.ingest.model import Kind, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.text_blocks import split_text
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

EN = (
    "• Storm closes ferry routes for the weekend\n• New school opens on the east side of town\n"
    "• Rail strike called off after late talks\n• Museum reopens its maritime wing\n\n"
    "Council backs library budget after long debate\n\n"
    "The council approved the budget late on Monday after a long debate over library opening hours, "
    "the mayor said.\n\n"
    "Libraries will open on Sundays from March, and the two branches on the quay will close at eight, "
    "officials said.\n"
)
JA = (
    "・週末のフェリー運休、嵐の影響で\n・東地区に新しい学校が開校\n・鉄道ストは直前の協議で回避\n"
    "・博物館が海洋展示を再開\n\n市議会、図書館予算を可決\n\n"
    "市議会は月曜日の夜、図書館の開館時間をめぐる長い議論の末に予算案を可決した。\n\n"
    "図書館は3月から日曜日も開館し、岸壁の2つの分館は午後8時に閉館する。\n"
)


def test_a_japanese_bullet_needs_no_space() -> None:
    blocks = split_text("・週末のフェリー運休\n・東地区に新しい学校\nドナルド・トランプ氏が来日\n")
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.ITEM, "週末のフェリー運休"),
        (Kind.ITEM, "東地区に新しい学校"),
        (Kind.LINE, "ドナルド・トランプ氏が来日"),
    ]


@pytest.mark.parametrize(
    ("page", "headline", "first_item"),
    [(EN, EN.split("\n")[5], EN[2:44]), (JA, "市議会、図書館予算を可決", "週末のフェリー運休、嵐の影響で")],
)
def test_the_first_teaser_is_never_the_title(
    fixture_config: SiteConfig, page: str, headline: str, first_item: str
) -> None:
    request = Request(outlet="coast-courier", url="https://news.example/a?id=5")
    draft = ingest(Source("page.txt", page, False), request, fixture_config, NOW, DEFAULT)
    texts = [block.text for block in draft.blocks]
    assert first_item not in draft.metadata.title
    assert not any("・" in text or first_item in text for text in texts)  # the teasers are gone
    assert headline in (draft.metadata.title, *texts)  # the headline is not lost
