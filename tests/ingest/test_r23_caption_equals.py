"""Captions of issue 21, round 23, on invented lines: a Japanese newspaper's photo caption, what
the picture shows then '＝' and when, where or by whom it was taken, goes from the body; a
sentence or a table cell with '＝' stays."""

from __future__ import annotations

import pytest

from generator.ingest.caption_equals import is_equals_caption
from generator.ingest.model import Block
from generator.ingest.text_rules import apply_line_rules, line_rules
from generator.model.wires import DEFAULT

PARAGRAPHS = [
    "港の防波堤が高波で壊れ、市は十四日、漁船の出港を当面見合わせるよう漁協に求めた。",
    "市によると、防波堤の修理には少なくとも三か月かかる見通しで、費用は国と県が負担する。",
]


@pytest.mark.parametrize(
    "caption",
    [
        "高波で崩れた港の防波堤＝14日午前9時10分、海辺市で",
        "修理を待つ漁船(14日午後)=共同",
        "港を見下ろす丘から撮影した防波堤＝14日、本社ヘリから山田花子撮影",
        "避難所で毛布を受け取る住民ら＝13日夜、海辺市の体育館",
    ],
)
def test_a_caption_with_its_equals_tail_leaves_the_body(caption: str) -> None:
    blocks = [Block(PARAGRAPHS[0]), Block(caption), Block(PARAGRAPHS[1])]
    step = apply_line_rules(blocks, line_rules(DEFAULT))
    assert [block.text for block in step.blocks] == PARAGRAPHS
    assert [(removal.text, removal.rule) for removal in step.removals] == [(caption, "photo-caption")]


@pytest.mark.parametrize(
    "line",
    [
        "為替は1ドル＝150円前後で推移した",  # a rate, no day or credit after the sign
        "市は防波堤の修理費＝約3億円＝を14日の議会に示した。",  # a sentence of the text
        "期間＝4月から6月",
    ],
)
def test_an_equals_sign_in_the_text_stays(line: str) -> None:
    assert not is_equals_caption(line)
