"""The date chooser (issue 21, eleventh round): where the rules find no published time, the
learned model picks a date it is sure of from the page's top lines, and only there. Every page
here is invented."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from generator.ingest.date_candidates import LINE_CHARS, MAX_CANDIDATES, TOP_LINES, candidates, is_prose
from generator.ingest.date_choice import with_chosen_date
from generator.ingest.date_model import packaged
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, by_rules, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

UNDATED = (
    "no published time found: the page states none; set published: and remove draft: true, "
    "or ingest it again with --published WHEN --force"
)
LEAD_ES = (
    "El ayuntamiento de Puerto Claro aprobó este martes la ampliación del muelle norte, una obra "
    "que llevaba dos años parada por las dudas sobre su coste."
)
SECOND_ES = "Las obras empezarán en otoño y durarán tres años, según la autoridad portuaria."
LEAD_JA = "港町市は十日、北側の岸壁を延長する工事を秋に始めると発表した。工事は三年かかる見通しだ。"
SECOND_JA = "市によると、総事業費は約四十億円で、国の補助金を充てる。"


def draft_of(config: SiteConfig, text: str, outlet: str) -> Draft:
    return ingest(Source("page.txt", text, False), Request(outlet=outlet), config, NOW, DEFAULT)


def test_a_spanish_date_line_with_its_time_in_brackets_is_the_published_date(
    fixture_config: SiteConfig,
) -> None:
    page = (
        "El muelle norte de Puerto Claro se ampliará en otoño\n"
        "Redacción Puerto Claro\n"
        "24 de septiembre de 2017 (16:40 h.)\n"
        f"{LEAD_ES}\n{SECOND_ES}\n"
    )
    metadata = draft_of(fixture_config, page, "diario-del-puerto").metadata
    assert metadata.published == datetime(2017, 9, 24, 16, 40, tzinfo=ZoneInfo("Europe/Madrid"))
    assert not metadata.draft
    assert UNDATED not in metadata.review
    assert (
        "published time chosen by the date model from '24 de septiembre de 2017 (16:40 h' (line 3): check it"
        in metadata.review
    )


def test_a_date_glued_inside_a_japanese_one_line_page_is_the_published_date(
    fixture_config: SiteConfig,
) -> None:
    page = f"港町市、北側岸壁を延長へ 2020年04月10日 15時18分 {LEAD_JA}{SECOND_JA}{LEAD_JA}\n"
    metadata = draft_of(fixture_config, page, "kowan-shimbun").metadata
    assert metadata.published == datetime(2020, 4, 10, 15, 18, tzinfo=ZoneInfo("Asia/Tokyo"))
    assert not metadata.draft
    assert (
        "published time chosen by the date model from '2020年04月10日 15時18分' (line 1): check it"
        in metadata.review
    )


def test_a_date_below_the_first_paragraph_is_never_a_candidate() -> None:
    lines = ["Harbour bridge reopens", LEAD_ES, "Hearing November 5, 2024", "Polls close at 8 p.m."]
    assert candidates(lines, context(language="es")) == []


def test_a_date_deep_inside_a_long_one_line_page_is_not_a_candidate() -> None:
    line = f"Muelle norte {LEAD_ES} {SECOND_ES} El pleno votó el 3 de marzo de 2016 por amplia mayoría."
    assert is_prose(line)
    assert candidates([line], context(language="es")) == []


def test_a_date_glued_before_a_one_line_page_is_a_candidate() -> None:
    line = f"Muelle norte 24/09/2017 {LEAD_ES} {SECOND_ES}"
    found = candidates([line], context(language="es"))
    assert [(c.line, c.text) for c in found] == [(0, "24/09/2017")]


def test_a_date_after_now_is_never_taken(fixture_config: SiteConfig) -> None:
    page = (
        "El muelle norte de Puerto Claro se ampliará en otoño\n"
        "Redacción Puerto Claro\n"
        "24 de septiembre de 2030 (16:40 h.)\n"
        f"{LEAD_ES}\n{SECOND_ES}\n"
    )
    metadata = draft_of(fixture_config, page, "diario-del-puerto").metadata
    assert metadata.published is None
    assert UNDATED in metadata.review


def test_a_list_of_other_stories_gives_no_date(fixture_config: SiteConfig) -> None:
    page = (
        "El muelle norte de Puerto Claro se ampliará en otoño\n"
        "- Otras noticias: el faro cumple cien años (3 de marzo de 2016)\n"
        f"{LEAD_ES}\n{SECOND_ES}\n"
    )
    metadata = draft_of(fixture_config, page, "diario-del-puerto").metadata
    assert metadata.published is None
    assert metadata.draft
    assert UNDATED in metadata.review


@pytest.mark.parametrize(
    "caption",
    [
        "Foto de archivo del faro, 3 de marzo de 2016. Archivo",
        "El faro cumple cien años: 3 de marzo de 2016, la fecha de su primera luz",
    ],
)
def test_a_day_among_a_captions_words_gives_no_date(fixture_config: SiteConfig, caption: str) -> None:
    page = f"El muelle norte de Puerto Claro se ampliará en otoño\n{caption}\n{LEAD_ES}\n{SECOND_ES}\n"
    metadata = draft_of(fixture_config, page, "diario-del-puerto").metadata
    assert metadata.published is None
    assert UNDATED in metadata.review


def test_a_date_the_model_is_unsure_of_is_named_in_review(fixture_config: SiteConfig) -> None:
    page = (
        "El muelle norte de Puerto Claro se ampliará en otoño\n"
        "Redacción Puerto Claro\n"
        "24 de septiembre de 2017 (16:40 h.)\n"
        f"{LEAD_ES}\n{SECOND_ES}\n"
    )
    source, request = Source("page.txt", page, False), Request(outlet="diario-del-puerto")
    ruled = by_rules(source, request, fixture_config, NOW, DEFAULT)
    unsure = replace(packaged(), threshold=1.0)
    metadata = with_chosen_date(ruled.draft, ruled.page, ruled.context, unsure).metadata
    assert metadata.published is None
    assert metadata.draft
    assert UNDATED in metadata.review
    assert metadata.review[-1] == (
        "the date model saw '24 de septiembre de 2017 (16:40 h' (line 3) but is not sure it is the "
        "published date: left undated"
    )


def test_the_candidates_of_a_page_are_bounded() -> None:
    found = candidates(["01/02/2020 | 02/02/2020 | 03/02/2020"] * 100, context())
    assert len(found) == MAX_CANDIDATES
    assert max(c.line for c in found) < TOP_LINES
    assert candidates(["x" * LINE_CHARS + " 01/02/2020 12:30"], context()) == []


def test_a_japanese_captions_bracketed_date_gives_no_date(fixture_config: SiteConfig) -> None:
    """A photo caption under the headline closing with '(<date>撮影)' ('photographed on'): the
    Japanese caption has no spaces to count its words by, so its letters are counted."""
    page = (
        "港町市、北側の岸壁を延長へ 秋に着工\n"
        "延長される北側の岸壁と漁船（2009年6月3日撮影）\n"
        f"{LEAD_JA}\n{SECOND_JA}\n"
    )
    metadata = draft_of(fixture_config, page, "kowan-shimbun").metadata
    assert metadata.published is None
    assert metadata.draft
