"""A topic page's block above the headline ('特集' / the topic's name / its blurb / '特集一覧'): the
link to the list of articles ends it, and the headline is the title-shaped line after the link,
not the topic's name (issue 21, twenty-third round). The page is invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.title_list_link import is_list_link
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

TOPIC = "港湾再開発"
BLURB = "港湾再開発のニュース、北岸の工事の進み具合を報告します。"
HEADLINE = "新しい橋の設計、住民に公開 港湾局"
LEAD = (
    " 港湾局は14日、北岸と南岸を結ぶ新しい橋の設計を住民に公開した。来年の春に着工し、総工費は約120億円"
    "と試算している。説明会には地元の住民ら約200人が集まり、渋滞の緩和を期待する声が上がった。"
)
CAPTION = "公開された新しい橋の完成予想図=港湾局提供"
SECOND = " 港湾局は歩道の整備も続けるとしており、完成は3年後の見込みだ。"


def test_the_headline_follows_the_topics_list_link(fixture_config: SiteConfig) -> None:
    text = (
        f"特集\n\n{TOPIC}\n\n{BLURB}\n\n特集一覧\n\n{HEADLINE}\n\n  • ブックマーク\n  • メール\n  • 印刷\n"
        f"{CAPTION}\n{CAPTION}\n\n{LEAD}\n\n{SECOND}\n"
    )
    draft = ingest(
        Source("page.txt", text, False), Request(outlet="kowan-shimbun"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.title == HEADLINE


@pytest.mark.parametrize(
    "line", ["特集一覧", ">>過去記事一覧", "All stories", "Alle Artikel ›", "Tous les articles"]
)
def test_list_links(line: str) -> None:
    assert is_list_link(line)


@pytest.mark.parametrize("line", ["参院選の候補者一覧", "All stories of the flood", HEADLINE])
def test_headlines_are_no_list_links(line: str) -> None:
    assert not is_list_link(line)
