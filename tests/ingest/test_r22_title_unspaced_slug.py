"""A page in a script written without spaces (Japanese, Chinese) that prints no headline gets its
title from the URL's slug when the page prints most of the slug's character pairs: the slug's
hyphens read as spaces, its figures kept, full- and half-width digits alike (issue 21,
twenty-second round). A section's short name or a slug the page never prints is no title.
Invented pages."""

from __future__ import annotations

from urllib.parse import quote

from generator.ingest.model import Block, Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.unspaced_slug import title_from_unspaced_slug
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD = "港湾局は10日、北水路のしゅんせつ計画を承認した。費用の負担を巡る2年間の議論に決着がついた。"
SECOND = "工事は5月に始まり、約6週間続く見通しだと局長が述べた。"


def _url(*segments: str) -> str:
    return "https://news.example/" + "/".join(quote(s) for s in segments)


def _ingest(config: SiteConfig, text: str, url: str) -> Draft:
    return ingest(
        Source("page.txt", text, False), Request(outlet="kowan-shimbun", url=url), config, NOW, DEFAULT
    )


def test_the_title_is_the_unspaced_slug(fixture_config: SiteConfig) -> None:
    url = _url("jpn", "地域", "港湾局-北水路しゅんせつ承認", "4471")
    draft = _ingest(fixture_config, f"{LEAD}\n\n{SECOND}\n", url)
    assert draft.metadata.title == "港湾局 北水路しゅんせつ承認"
    assert any("read from the URL" in note for note in draft.metadata.review)
    assert not any(note.startswith("title is provisional") for note in draft.metadata.review)
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]


def test_full_width_figures_in_the_slug_are_kept() -> None:
    page = [Block(LEAD), Block(SECOND)]
    url = _url("jpn", "港湾局２年-北水路計画承認", "4471")
    assert title_from_unspaced_slug(page, url) == "港湾局２年 北水路計画承認"


def test_a_section_name_is_no_title(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, f"{LEAD}\n\n{SECOND}\n", _url("jpn", "国内", "4471"))
    assert any(note.startswith("title is provisional") for note in draft.metadata.review)


def test_a_slug_the_page_does_not_print_is_not_read() -> None:
    page = [Block(LEAD), Block(SECOND)]
    assert title_from_unspaced_slug(page, _url("jpn", "鉄道新線の開業式典が延期", "4471")) is None
