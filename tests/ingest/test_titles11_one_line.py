"""A page whose line breaks the store lost (headline, date and text on one line) is split at the
date near its start: the headline is the title, the date is read, the text is the body (invented
pages). A line with a time alone, or a page of more lines, is left as it is."""

from __future__ import annotations

import pytest

from generator.ingest import one_line_pages
from generator.ingest.dates import DateContext, DateLine, read_date_line
from generator.ingest.model import Block, Draft, Request
from generator.ingest.one_line_pages import split_one_line_page
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

HEADLINE = "市議会、図書館予算を可決 日曜開館へ"
TEXT = (
    "市議会は月曜日の夜、図書館の開館時間をめぐる長い議論の末に予算案を可決した。"
    "図書館は3月から日曜日も開館し、岸壁の2つの分館は午後8時に閉館する。"
    "市長は「子どもたちが週末にも本を借りられるようになる」と話している。"
    "予算には移動図書館の車両1台の購入費も含まれ、秋から山間部の集落を回る予定だ。"
    "反対した議員は、人件費が増える一方で利用者の数は見込みにすぎないと指摘した。"
)
EN_HEADLINE = "Council backs library budget after long debate"
EN_TEXT = (
    "The council approved the budget late on Monday after a long debate over library opening "
    "hours. Libraries will open on Sundays from March, and the two branches on the quay will "
    "close at eight. The mayor said children would be able to borrow books at weekends."
)


def _article(config: SiteConfig, page: str, outlet: str = "coast-courier") -> Draft:
    request = Request(outlet=outlet, url="https://news.example/a/1234567")
    return ingest(Source("page.txt", page, False), request, config, NOW, DEFAULT)


def test_a_japanese_one_line_page_is_split_at_its_date(fixture_config: SiteConfig) -> None:
    draft = _article(fixture_config, f"{HEADLINE} 2023年4月5日 {TEXT}\n", "kowan-shimbun")
    assert draft.metadata.title == HEADLINE
    assert draft.metadata.published is not None
    assert draft.metadata.published.date().isoformat() == "2023-04-05"
    assert [block.text for block in draft.blocks] == [TEXT]


def test_an_english_one_line_page_is_split_at_its_date(fixture_config: SiteConfig) -> None:
    draft = _article(fixture_config, f"{EN_HEADLINE} 5 April 2023 {EN_TEXT}\n")
    assert draft.metadata.title == EN_HEADLINE
    assert [block.text for block in draft.blocks] == [EN_TEXT]


def test_a_time_alone_or_a_page_of_lines_is_left_as_it_is() -> None:
    ja = context("Asia/Tokyo", language="ja")
    timed = [Block(f"{HEADLINE} 11:00 {TEXT}", line=1)]
    assert split_one_line_page(timed, ja) == timed
    lines = [Block(HEADLINE, line=1), Block("2023年4月5日", line=2), Block(TEXT, line=3)]
    assert split_one_line_page(lines, ja) == lines
    short = [Block(f"{HEADLINE} 2023年4月5日 短い本文。", line=1)]
    assert split_one_line_page(short, ja) == short


def test_a_headline_line_above_a_paragraph_opening_with_a_date_is_left_as_it_is(
    fixture_config: SiteConfig,
) -> None:
    """The paragraph's first clause names an earlier day: no date, and the clause stays text."""
    opening = "Since the flood of 12 March 2019 the quay library has opened on Sundays only in summer, "
    draft = _article(fixture_config, f"{EN_HEADLINE}\n\n{opening}{EN_TEXT}\n")
    assert draft.metadata.title == EN_HEADLINE
    assert draft.metadata.published is None
    assert [block.text for block in draft.blocks] == [f"{opening}{EN_TEXT}"]


def test_text_with_a_sentence_before_the_date_is_left_as_it_is() -> None:
    teaser = [Block(f"News {EN_HEADLINE} Sundays are coming. By . Published 5 April 2023 {EN_TEXT}", line=1)]
    assert split_one_line_page(teaser, context()) == teaser


def test_only_a_headlines_length_of_the_line_is_read_for_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    """The date reader is asked about the tokens of the line's first 160 characters only, however
    long the line: as many calls for 2,000 words as for 20,000."""
    calls = []

    def counted(text: str, ctx: DateContext) -> DateLine | None:
        calls.append(text)
        return read_date_line(text, ctx)

    monkeypatch.setattr(one_line_pages, "read_date_line", counted)
    counts = []
    for words in (2_000, 20_000):
        calls.clear()
        page = [Block(" ".join(["harbour"] * words), line=1)]
        assert split_one_line_page(page, context()) == page
        counts.append(len(calls))
    assert counts[0] == counts[1] <= 5 * 21
