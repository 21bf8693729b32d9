"""A Japanese headline whose last words are kanji after a space ('... 治験中 効果予測') keeps them:
only a place's name (its last kanji names a prefecture, city, ward, town or village) or a tag
after a slash is cut off as the page's tag (issue 21, twenty-third round). The page is invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.titles import without_tail
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "港湾局 新しい橋の設計を公開 来年着工 費用試算"
LEAD = (
    "港湾局は14日、北岸と南岸を結ぶ新しい橋の設計を公開した。来年の春に着工し、総工費は約120億円"
    "と試算している。地元の住民からは渋滞の緩和を期待する声が上がった。"
)
SECOND = "港湾局は歩道の整備も続けるとしており、完成は3年後の見込みだ。"


def test_a_japanese_headline_keeps_its_last_kanji_words(fixture_config: SiteConfig) -> None:
    text = f"{HEADLINE}\n\n{LEAD}\n\n{SECOND}\n"
    draft = ingest(
        Source("page.txt", text, False), Request(outlet="kowan-shimbun"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.title == HEADLINE


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("港湾局 新しい橋の設計を公開 来年着工 横浜市", "港湾局 新しい橋の設計を公開 来年着工"),
        ("港湾局 新しい橋の設計を公開 来年着工 /横浜", "港湾局 新しい橋の設計を公開 来年着工"),
        (HEADLINE, HEADLINE),
    ],
)
def test_only_a_place_or_a_slashed_tag_is_cut(title: str, expected: str) -> None:
    assert without_tail(title, lambda tag: False) == expected
