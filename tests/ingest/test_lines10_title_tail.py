"""A tag printed after the headline stays out of the title: an update mark or a source's name in
brackets, a place's short name closing a Japanese headline (invented pages, one per shape), and
the headlines that end in brackets or short words of their own."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.titles import without_tail
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

LEAD = "The council approved the budget late on Monday after a long debate over library opening hours."
SECOND = "Libraries will open on Sundays from March, and the two branches on the quay will close at eight."
JA_LEAD = "市議会は月曜日の夜、図書館の開館時間をめぐる長い議論の末に予算案を可決した。"
JA_SECOND = "図書館は3月から日曜日も開館し、岸壁の2つの分館は午後8時に閉館する。"


def _title(config: SiteConfig, page: str, url: str = "https://news.example/a/1234567") -> str:
    request = Request(outlet="coast-courier", url=url)
    return ingest(Source("page.txt", page, False), request, config, NOW, DEFAULT).metadata.title


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Council backs library budget after long debate (updated)",
            "Council backs library budget after long debate",
        ),
        (
            "Council backs library budget after long debate [Update 10:45]",
            "Council backs library budget after long debate",
        ),
        (
            "Council backs library budget after long debate (KTVX)",
            "Council backs library budget after long debate",
        ),
        (
            "Council backs library budget after long debate (Reuters)",
            "Council backs library budget after long debate",
        ),
    ],
)
def test_an_update_mark_or_a_source_in_brackets_is_cut(
    fixture_config: SiteConfig, headline: str, expected: str
) -> None:
    assert _title(fixture_config, f"{headline}\n\n{LEAD}\n\n{SECOND}\n") == expected


def test_a_japanese_headlines_source_in_brackets_and_place_tag_are_cut(fixture_config: SiteConfig) -> None:
    assert (
        _title(fixture_config, f"市議会、図書館予算を可決（更新）\n\n{JA_LEAD}\n\n{JA_SECOND}\n")
        == "市議会、図書館予算を可決"
    )
    assert _title(
        fixture_config, f"市議会、図書館予算を可決 日曜開館へ 港区\n\n{JA_LEAD}\n\n{JA_SECOND}\n"
    ) == ("市議会、図書館予算を可決 日曜開館へ")
    assert (
        _title(fixture_config, f"市議会、図書館予算を可決／港区\n\n{JA_LEAD}\n\n{JA_SECOND}\n")
        == "市議会、図書館予算を可決"
    )


@pytest.mark.parametrize(
    "headline",
    [
        "Council backs library budget (part 2)",  # a headline's own brackets
        "【速報】市議会、図書館予算を可決(市議会2025)",  # a topic with its year
        "市議会、図書館予算を可決 日曜も開館へ",  # a closing phrase with kana
        "Council backs library budget after long debate (Mayor Ruiz)",  # a name, not an acronym
        "Plan (UN)",  # too little left
    ],
)
def test_headlines_closing_with_their_own_words_are_left_alone(headline: str) -> None:
    assert without_tail(headline, lambda tag: tag == "Reuters") == headline
