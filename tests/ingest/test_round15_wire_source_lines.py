"""A source line, '<Wire> | Foto: <Name>/<Agency>', names the text's wire before the bar and the
picture's credit after it: the wire is the credit when no line below the text's start names
one (issue 21, fifteenth round). A person's name before the bar, or words that are no
picture's credit after it, make no credit. The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.model import Request
from generator.ingest.pipeline import Source, ingest
from generator.ingest.wire_lines import source_line_wire
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW


@pytest.mark.parametrize(
    ("line", "via"),
    [
        ("Agência Brasil | Foto: Joana Lima/Agência Brasil", "Agência Brasil"),
        ("EFE | Foto: Archivo", "EFE"),
        ("Reuters | Photo: Jo Lee | Video: Reuters", "Reuters"),
        ("Joana Lima | Foto: Agência Brasil", None),  # a person's name: a caption's credit
        ("Agência Brasil | Política | Economia", None),  # a menu: no picture's credit
        ("Agência Brasil", None),  # a line of its own: read below the text's start only
    ],
)
def test_a_source_line_names_the_wire(line: str, via: str | None) -> None:
    assert source_line_wire(line, DEFAULT) == via


def test_a_page_with_a_source_line(fixture_config: SiteConfig) -> None:
    lead = (
        "Duas filhotes de leão nascidas no zoológico de Porto Verde foram apresentadas ao público "
        "nesta segunda-feira, depois de três meses de cuidados veterinários."
    )
    second = "O zoológico espera receber mais visitantes durante as férias escolares."
    page = (
        "Filhotes de leão estreiam no zoológico\n\n"
        "Agência Brasil | Foto: Joana Lima/Agência Brasil\n\n"
        f"{lead}\n\n{second}\n"
    )
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="jornal-do-porto"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.via == "Agência Brasil"
    assert [b.text for b in draft.blocks] == [lead, second]
