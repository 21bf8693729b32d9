"""A skip link ('Skip to main content', '本文へスキップ', 'メインメニューをとばして、このページの本文エリアへ')
printed above a page's header is never its title, and the header is read from the lines after
it (issue 21, twenty-third round). The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.title_skip import is_skip_link
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

JA_HEADLINE = "港の新しい橋が開通 渋滞緩和に期待"
JA_LEAD = (
    "港湾局は14日、北岸と南岸を結ぶ新しい橋を開通させた。朝の通勤時間帯の渋滞が大きく緩和される"
    "と期待されており、開通式には地元の住民ら約200人が集まった。"
)
JA_SECOND = "橋の建設は3年前に始まり、総工費は約120億円に上った。港湾局は歩道の整備も続けるとしている。"
HEADLINE = "Harbour board backs plan to dredge the north channel"
LEAD = (
    "The harbour board on Tuesday approved a long-delayed plan to dredge the north channel, "
    "ending two years of argument over who should pay for the work."
)
SECOND = "The dredging should start in May and last about six weeks, the board's chair said."


def _ingest(config: SiteConfig, outlet: str, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet=outlet), config, NOW, DEFAULT)


@pytest.mark.parametrize("skip", ["メインメニューをとばして、このページの本文エリアへ", "本文へスキップ"])
def test_a_japanese_skip_link_above_a_section_label_is_not_the_title(
    fixture_config: SiteConfig, skip: str
) -> None:
    text = f"{skip}\n\n港湾\n\n{JA_HEADLINE}\n\n{JA_LEAD}\n\n{JA_SECOND}\n"
    draft = _ingest(fixture_config, "kowan-shimbun", text)
    assert draft.metadata.title == JA_HEADLINE
    assert [b.text for b in draft.blocks] == [JA_LEAD, JA_SECOND]
    assert ("skip-link", skip) in [(r.rule, r.text) for r in draft.removals]


def test_an_english_skip_link_is_taken_out(fixture_config: SiteConfig) -> None:
    text = f"Skip to main content\n\n{HEADLINE}\n\nApril 3, 2019\n\n{LEAD}\n\n{SECOND}\n"
    draft = _ingest(fixture_config, "harbour-gazette", text)
    assert draft.metadata.title == HEADLINE
    assert [b.text for b in draft.blocks] == [LEAD, SECOND]


@pytest.mark.parametrize(
    "line",
    [
        "Skip to content",
        "Zum Inhalt springen",
        "Direkt zum Inhalt",
        "Aller au contenu principal",
        "Saltar al contenido principal",
        "Vai al contenuto principale",
        "Ga direct naar de inhoud",
        "Pular para o conteúdo principal",
        "本文へ移動",
        "メインコンテンツへスキップ",
    ],
)
def test_skip_links_in_the_eight_languages(line: str) -> None:
    assert is_skip_link(line)


@pytest.mark.parametrize(
    "line",
    [
        "Skip the queue at the harbour ferry",
        "Zum Inhalt des Hafenvertrags",
        "Naar de inhoud van het havenakkoord kijken",
        "Ir al contenido del decreto portuario",
        JA_HEADLINE,
        "本文",
    ],
)
def test_headlines_about_content_are_no_skip_links(line: str) -> None:
    assert not is_skip_link(line)
