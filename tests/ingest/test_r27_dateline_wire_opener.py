"""A dateline whose punctuation the copy lost (invented pages): a wire's name as the registry
prints it, the place, then the first sentence opening with an article, on one line ('EFE Puerto
Ellis El consejo ...'). The wire is `via`, the place the dateline; a line whose place is not
followed by an article, or whose first word is no wire, is left as it is."""

from __future__ import annotations

import pytest

from generator.ingest.dateline_wire_opener import wire_place_opener
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEAD = ["El puerto de Valmar abre un nuevo muelle para los ferris", "12/03/2024 09:15"]
LEAD = (
    "El consejo del puerto aprobó el martes por la noche el proyecto del nuevo muelle, tras un largo "
    "debate entre los concejales. Las obras empezarán en primavera y durarán dos años."
)
MORE = "El presidente de la autoridad portuaria dijo que el muelle podrá recibir dos ferris a la vez."


def _ingest(config: SiteConfig, lead: str) -> Draft:
    page = "\n".join([*HEAD, lead, MORE]) + "\n"
    return ingest(Source("page.txt", page, False), Request(outlet="coast-courier"), config, NOW, DEFAULT)


@pytest.mark.parametrize(
    ("opener", "wire", "place"),
    [("EFE Puerto Ellis ", "EFE", "Puerto Ellis"), ("Europa Press Valmar ", "Europa Press", "Valmar")],
)
def test_a_wire_and_a_place_before_an_article_are_the_dateline(
    fixture_config: SiteConfig, opener: str, wire: str, place: str
) -> None:
    draft = _ingest(fixture_config, opener + LEAD)
    assert (draft.metadata.via, draft.metadata.dateline) == (wire, place)
    assert draft.blocks[0].text == LEAD


@pytest.mark.parametrize(
    "text",
    [
        "EFE Puerto Ellis consejo del puerto aprobó el proyecto del nuevo muelle tras un largo debate.",
        "Pedro Ruiz El consejo del puerto aprobó el proyecto del nuevo muelle tras un largo debate.",
        "efe Valmar El consejo del puerto aprobó el proyecto del nuevo muelle tras un largo debate.",
        "EFE El Consejo del puerto aprobó el proyecto del nuevo muelle tras un largo debate.",
        "EFE Valmar El consejo aprobó.",
    ],
)
def test_no_wire_no_article_or_no_text_is_no_dateline(text: str) -> None:
    assert wire_place_opener(text, DEFAULT) is None


def test_a_lead_naming_no_wire_first_keeps_its_words(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, "Puerto Ellis " + LEAD)
    assert draft.metadata.via is None
    assert draft.blocks[0].text == "Puerto Ellis " + LEAD
