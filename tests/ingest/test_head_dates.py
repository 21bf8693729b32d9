"""The header's dates (issue 21): a day without a year gives way to a later full date."""

from __future__ import annotations

from generator.ingest.clean import clean_blocks
from generator.ingest.model import Evidence
from generator.ingest.text_blocks import split_text
from generator.model.wires import DEFAULT
from tests.ingest.support import context


def _header(text: str, language: str = "en") -> Evidence:
    return clean_blocks(split_text(text), context(language=language), Evidence(), "", DEFAULT).header


def test_a_day_without_its_year_gives_way_to_a_later_full_date() -> None:
    page = (
        "3 DE MARZO\n\n"
        "El puente del puerto reabre tras las obras de reparación\n\n"
        "lunes 28 de febrero de 2022\n\n"
        "Los ingenieros terminaron las obras del puente del puerto antes de lo previsto, "
        "y el tráfico volvió a circular por la mañana sin incidentes.\n"
    )
    published = _header(page, "es").published
    assert published is not None
    assert (published.source, published.when.date().isoformat()) == (
        "lunes 28 de febrero de 2022",
        "2022-02-28",
    )
