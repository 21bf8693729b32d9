"""A photo caption printed twice in a row under the headline is the caption and its repeat, not
a headline printed twice: the headline above it stays the title (issue 21, thirteenth round).
The page is invented."""

from __future__ import annotations

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "港町の花火大会、開催可否は6月末に判断 春の部は中止"
CAPTION = "港町の花火・春の部"
TEXT = (
    " 港町市と港町商工会などでつくる花火大会実行委員会は7日、今年の大会を開くかどうかを6月末に"
    "判断すると発表した。5月に予定していた春の部は中止する。"
)
MORE = " この日は関係者約30人が非公開で審議した。市長は会議の後、安全を第一に考えたいと述べた。"


def test_a_caption_printed_twice_under_the_headline_is_not_the_title(fixture_config: SiteConfig) -> None:
    page = f"{HEADLINE}\n\nお気に入りに登録\n※写真クリックで拡大表示します\n{CAPTION}\n{CAPTION}\n\n{TEXT}\n\n{MORE}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="kowan-shimbun"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.title == HEADLINE


def test_a_headline_printed_twice_with_nothing_else_title_shaped_is_still_the_title(
    fixture_config: SiteConfig,
) -> None:
    page = f"{HEADLINE}\n{HEADLINE}\n\n{TEXT}\n\n{MORE}\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="kowan-shimbun"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.title == HEADLINE
