"""A date where the headline is looked for (issue 21, twenty-third round): a line that is only a
date ('2019年4月3日(水)', 'Notícias - 03/04/2019 | 10h15m') is never the title, and a date printed
after the headline on its line ('<headline> 03 april 2019') is not part of the title. The pages
are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.title_date_line import is_date_line, without_trailing_date
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

JA_HEADLINE = "港に新橋 渋滞解消へ"
JA_SUBHEAD = "北岸で式典"
JA_LEAD = (
    "港湾局は14日、北岸と南岸を結ぶ新しい橋を開通させた。朝の通勤時間帯の渋滞が大きく緩和される"
    "と期待されており、開通式には地元の住民ら約200人が集まった。"
)
JA_SECOND = "橋の建設は3年前に始まり、総工費は約120億円に上った。港湾局は歩道の整備も続けるとしている。"
PT_HEADLINE = "Porto aprova plano para dragar o canal norte"
PT_LEAD = (
    "A administração do porto aprovou nesta terça-feira um plano adiado há muito para dragar o canal "
    "norte, pondo fim a dois anos de discussão sobre quem deve pagar a obra."
)
PT_SECOND = "A dragagem deve começar em maio e durar cerca de seis semanas, disse o presidente do conselho."
NL_HEADLINE = "Havenbestuur steunt plan om de noordgeul uit te baggeren"
NL_LEAD = (
    "Het havenbestuur heeft dinsdag een lang uitgesteld plan goedgekeurd om de noordgeul uit te "
    "baggeren, na twee jaar discussie over wie het werk moet betalen."
)
NL_SECOND = "Het baggeren begint in mei en duurt ongeveer zes weken, zei de voorzitter van het bestuur."


def _ingest(config: SiteConfig, outlet: str, text: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet=outlet), config, NOW, DEFAULT)


def test_a_japanese_date_line_with_its_weekday_is_not_the_title(fixture_config: SiteConfig) -> None:
    text = f"2019年4月3日(水)\n{JA_HEADLINE}\n{JA_SUBHEAD}\n{JA_LEAD}\n{JA_SECOND}\n"
    draft = _ingest(fixture_config, "kowan-shimbun", text)
    assert draft.metadata.title == JA_HEADLINE
    assert "2019年4月3日(水)" not in [b.text for b in draft.blocks]


def test_a_section_date_and_time_line_is_not_the_title(  # held before this round too: a guard
    fixture_config: SiteConfig,
) -> None:
    text = (
        f"Quarta-feira, 3 de abril de 2019 | 10:15\n\nNotícias - 03/04/2019 | 10h15m\n\n{PT_HEADLINE}\n\n"
        f"{PT_LEAD}\n\n{PT_SECOND}\n"
    )
    draft = _ingest(fixture_config, "jornal-do-porto", text)
    assert draft.metadata.title == PT_HEADLINE
    assert [b.text for b in draft.blocks] == [PT_LEAD, PT_SECOND]


def test_a_date_after_the_headline_is_cut_off_the_title(fixture_config: SiteConfig) -> None:
    text = f"{NL_HEADLINE} 03 april 2019\n\n{NL_LEAD}\n\n{NL_SECOND}\n"
    draft = _ingest(fixture_config, "havenkrant", text)
    assert draft.metadata.title == NL_HEADLINE


@pytest.mark.parametrize(
    "line",
    [
        "2019年4月3日(水)",
        "Notícias - 03/04/2019 | 10h15m",
        "Mittwoch, 3. April 2019, 10:15 Uhr",
        "April 3, 2019 / 10:15 AM",
    ],
)
def test_date_lines(line: str) -> None:
    assert is_date_line(line)


@pytest.mark.parametrize(
    "line", [JA_HEADLINE, "Harbour fees rise 3% in 2019", "Elecciones 2019", "Porto 2019: o plano"]
)
def test_headlines_with_figures_are_no_date_lines(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize(
    "title",
    [
        "Ferry service resumes on 3 April 2019",
        "Vote set for April 3, 2019",
        "Harbour 2019",
        "Ferry timetable changes until 14 March 2025",
        "Hafen bleibt gesperrt bis 3. April 2019",
    ],
)
def test_a_date_the_headline_says_stays(title: str) -> None:
    assert without_trailing_date(title) == title
