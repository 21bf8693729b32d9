"""A headline the header prints twice, each copy closed by another source tag (an aggregator's
'<headline>(Source)' over '<headline>|Source Co.'), is the title without either tag (issue 21,
fourteenth round). A dash-joined source the headline keeps, and a standfirst that opens with the
headline's words, are left alone. The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.title_tails import shared_headline
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEADLINE = "港の新しい橋が完成 地元の漁師も「ずっと待っていた」と喜ぶ"
TEXT = (
    "港をまたぐ新しい橋が完成し、十日に渡り初めの式典が開かれました。橋は三年前から工事が進められ、"
    "地元の漁師や住民が完成を待っていました。"
)
MORE = "市によりますと、橋の完成で港の東側から市場までの時間が十分ほど短くなるということです。"


def _draft(page: str, config: SiteConfig) -> Draft:
    return ingest(Source("page.txt", page, False), Request(outlet="kowan-shimbun"), config, NOW, DEFAULT)


def test_a_headline_printed_again_with_another_source_tag_loses_the_tag(fixture_config: SiteConfig) -> None:
    page = f"{HEADLINE}(港湾日報)\n\n地域\n\nスポンサーリンク\n\n{HEADLINE}|港湾日報社\n\n{TEXT}\n\n{MORE}\n"
    assert _draft(page, fixture_config).metadata.title == HEADLINE


def test_a_headline_printed_once_keeps_its_bracket(fixture_config: SiteConfig) -> None:
    page = f"{HEADLINE}(港湾日報)\n\n地域\n\nスポンサーリンク\n\n{TEXT}\n\n{MORE}\n"
    assert _draft(page, fixture_config).metadata.title == f"{HEADLINE}(港湾日報)"


@pytest.mark.parametrize(
    ("title", "other", "expected"),
    [
        ("Harbour bridge opens at last (Harbour Daily)", "Harbour bridge opens at last | Harbour Daily Co.",
         "Harbour bridge opens at last"),
        ("Harbour bridge opens at last (Harbour Daily)", "Harbour bridge opens at last (Harbour Daily Co.)",
         "Harbour bridge opens at last"),
        ("Harbour bridge opens at last (Harbour Daily)", "Harbour bridge opens at last",
         "Harbour bridge opens at last"),
        # a source the headline keeps after a dash, printed otherwise on the other copy
        ("港の橋が完成―市の記録で最も早く—港湾局", "港の橋が完成―市の記録で最も早く|港湾日報",
         "港の橋が完成―市の記録で最も早く—港湾局"),
        # a standfirst opening with the headline's words: no tag between, two lines
        ("Mayor names new harbour master", "Mayor names new harbour master after a year without one",
         "Mayor names new harbour master"),
        ("Mayor is caretaker harbour master", "Mayor is caretaker of the harbour until May",
         "Mayor is caretaker harbour master"),
    ],
)  # fmt: skip
def test_shared_headline(title: str, other: str, expected: str) -> None:
    assert shared_headline(title, [other]) == expected
