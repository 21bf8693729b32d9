"""A print dateline (invented pages): a place in capitals, the filer's code in brackets (a
reporter's or a desk's initials, perhaps with a wire: '(mm)', '(AB/CD)', '(lno/dpa)'), perhaps
a full stop, and the text with no dash. The place is the dateline, a wire among the codes the
`via`; initials are no credit, and a word in brackets ('(Foto)') is no code. An acronym with a
lone code in capitals ('UNICEF (ONU).') or a wire in another case than its own ('NASA (ap).') is
no dateline."""

from __future__ import annotations

import pytest

from generator.ingest.dateline_caps_code import caps_code_dateline
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

DE_HEAD = ["Hafen von Seedorf bekommt eine neue Fähre", "12.03.2024, 09:15 Uhr"]
DE_LEAD = (
    "Der Hafenrat hat am Dienstagabend nach langer Debatte den Kauf einer neuen Fähre beschlossen, "
    "die im Frühjahr geliefert werden soll."
)
ES_HEAD = ["El puerto de Valmar abre un nuevo muelle para los ferris", "12/03/2024 09:15"]
ES_LEAD = (
    "El consejo del puerto aprobó el martes por la noche el proyecto del nuevo muelle, tras un largo "
    "debate entre los concejales de la ciudad."
)
MORE = "Die Fähre fährt dann zweimal täglich zur Insel hinüber, sagte der Sprecher des Hafens."


def _ingest(config: SiteConfig, head: list[str], lead: str) -> Draft:
    page = "\n".join([*head, lead, MORE]) + "\n"
    return ingest(Source("page.txt", page, False), Request(outlet="coast-courier"), config, NOW, DEFAULT)


@pytest.mark.parametrize(
    ("head", "opener", "lead", "place", "wire"),
    [
        (DE_HEAD, "SEEDORF (mm). ", DE_LEAD, "SEEDORF", None),
        (DE_HEAD, "BAD SEEDORF (ab) ", DE_LEAD, "BAD SEEDORF", None),
        (ES_HEAD, "VALMAR (AB/CD). ", ES_LEAD, "VALMAR", None),
        (DE_HEAD, "SEEDORF (lno/dpa). ", DE_LEAD, "SEEDORF", "dpa"),
        (DE_HEAD, "SEEDORF (dpa) ", DE_LEAD, "SEEDORF", "dpa"),
    ],
)
def test_a_place_in_capitals_and_a_filers_code_are_the_dateline(
    fixture_config: SiteConfig, head: list[str], opener: str, lead: str, place: str, wire: str | None
) -> None:
    draft = _ingest(fixture_config, head, opener + lead)
    assert (draft.metadata.dateline, draft.metadata.via) == (place, wire)
    assert draft.blocks[0].text == lead


@pytest.mark.parametrize(
    "text",
    [
        "SEEDORF (Foto). " + DE_LEAD,  # a word, not a code
        "VIDEO (mm). " + DE_LEAD,  # a label, not a place
        "Seedorf (mm). " + DE_LEAD,  # not in capitals
        "SEEDORF (mm). Der Hafen.",  # a caption's few words
        "UNICEF (ONU). " + ES_LEAD,  # an acronym and a lone code in capitals
        "FIFA (ES). " + ES_LEAD,
        "NASA (ap). The agency said on Tuesday that the launch of the probe would be delayed by a week.",
        "SEEDORF (m). " + DE_LEAD,  # one letter is no filer's code
    ],
)
def test_other_bracketed_openers_are_no_print_dateline(text: str) -> None:
    assert caps_code_dateline(text, DEFAULT) is None
