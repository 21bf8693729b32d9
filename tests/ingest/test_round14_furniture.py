"""Paywall notices as a class (issue 21, round 14): who may read, not one outlet's wording.

Every page here is invented: a headline, a date line and three paragraphs of an invented story
(`test_line_model.STORIES`), then a notice of the class under the last paragraph. Two shapes, in
the eight languages: a line of 100 characters at most keeping content or a feature for
subscribers (`Contenido para suscriptores`, `Sind Sie bereits Digitalabonnent?`, `会員専用`), and
the reader asked, in the line's first words, whether they want to read on (`Möchten Sie
weiterlesen?`). A sentence of news about subscribers, or a question about reading asked of
someone else, stays in the body.
"""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, by_rules, ingest
from generator.ingest.prompts import is_paywall_notice
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW
from tests.ingest.test_line_model import STORIES

JA_STORY = (  # invented, in Japanese: the fixtures' outlets list no Japanese one, the outlet does not matter
    "港の台風で数千世帯が停電",
    "2023年3月14日 09:41",
    (
        "強い台風が火曜日に南部の沿岸を襲い、数千世帯が停電し、港は数時間にわたって閉鎖された。",
        "作業員は夜通し、病院と岸壁の二つの介護施設の電力を復旧させる作業にあたったと電力会社は述べた。",
        "台風は夜のうちに北へ進み、水曜日までに勢力を弱める見込みだと気象当局は発表した。",
    ),
)

NOTICES = [  # (outlet, story, the notice printed under the text), all invented
    ("diario-del-puerto", None, "Esta función es exclusiva para suscriptores."),
    ("diario-del-puerto", None, "Votar es una ventaja exclusiva para suscriptores"),
    ("jornal-do-porto", None, "Conteúdo para assinantes. Assine o Porto Mais."),
    ("hafenbote", None, "Möchten Sie weiterlesen?"),
    ("hafenbote", None, "Sind Sie schon Digitalabonnent?"),
    ("gazette-du-port", None, "Vous souhaitez lire la suite ?"),
    ("harbour-gazette", None, "Content for subscribers. Subscribe to Gazette Plus."),
    ("havenkrant", None, "Wil je verder lezen?"),
    ("harbour-gazette", JA_STORY, "詳しい内容は電子版会員専用です。"),
    ("harbour-gazette", JA_STORY, "全文を読むには会員登録が必要です。"),
]


def _page(
    outlet: str, story: tuple[str, str, tuple[str, ...]] | None, tail: list[str]
) -> tuple[str, list[str]]:
    headline, dated, paragraphs = story or STORIES[outlet]
    return "\n".join([headline, dated, *paragraphs, *tail]) + "\n", list(paragraphs)


@pytest.mark.parametrize(("outlet", "story", "notice"), NOTICES)
def test_a_paywall_notice_of_the_class_leaves_the_body(
    fixture_config: SiteConfig, outlet: str, story: tuple[str, str, tuple[str, ...]] | None, notice: str
) -> None:
    text, paragraphs = _page(outlet, story, [notice])
    draft = ingest(Source("page.txt", text, False), Request(outlet=outlet), fixture_config, NOW, DEFAULT)
    assert [block.text for block in draft.blocks] == paragraphs
    (removal,) = [r for r in draft.removals if r.text == notice]
    assert (removal.rule, removal.reason) == ("paywall", "paywall notice")


def test_the_box_line_between_two_notices_goes_with_them(fixture_config: SiteConfig) -> None:
    box = ["Möchten Sie weiterlesen?", "Wählen Sie ein Angebot:", "Sind Sie schon Digitalabonnent?"]
    text, paragraphs = _page("hafenbote", None, box)
    draft = by_rules(
        Source("page.txt", text, False), Request(outlet="hafenbote"), fixture_config, NOW, DEFAULT
    )
    assert [block.text for block in draft.draft.blocks] == paragraphs


@pytest.mark.parametrize(
    "line",
    [
        "The streaming service raised prices for subscribers in March.",
        "Why do readers want to keep reading?",
        "Die Zeitung hat nach eigenen Angaben inzwischen mehr Digitalabonnenten als Leser der gedruckten "
        "Ausgabe, teilte der Verlag am Dienstag mit.",
        "Le club est réservé aux membres le dimanche.",
    ],
)
def test_news_about_subscribers_is_no_notice(line: str) -> None:
    assert not is_paywall_notice(line)
