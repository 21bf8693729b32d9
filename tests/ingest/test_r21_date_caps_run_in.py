"""A head in capitals before a colon opening paragraph after paragraph ('FERRIES: ...',
'REPAIRS: ...') is a run-in head of a list, not a dateline; a dateline in capitals before a
colon that opens one paragraph only is still read (invented pages)."""

from __future__ import annotations

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

INTRO = "The harbour board has two plans for the quays. Here is what each of them means:"
NORTH = "FERRIES: The ferry will leave from the new pier from March, the harbour board said on Tuesday."
SOUTH = "REPAIRS: The old pier closes for repairs in April and reopens to fishing boats in the autumn."

BUSES = "BUSES: Two new lines will link the quays with the station every twenty minutes from May onwards."
LAST = "The board will present both plans to residents at a meeting in the town hall next Thursday."


def _ingest(config: SiteConfig, paragraphs: list[str]) -> Draft:
    page = (
        "\n\n".join(["Harbour board sets out plans for both quays", "12/03/2024 09:15", *paragraphs]) + "\n"
    )
    return ingest(Source("page.txt", page, False), Request(outlet="coast-courier"), config, NOW, DEFAULT)


def test_capitals_heads_before_a_colon_on_two_paragraphs_are_no_dateline(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, [INTRO, NORTH, SOUTH, BUSES, LAST])
    assert draft.metadata.dateline is None
    texts = [block.text for block in draft.blocks]
    assert all(paragraph in texts for paragraph in (NORTH, SOUTH, BUSES, LAST))


def test_a_capitals_dateline_before_a_colon_is_still_read(fixture_config: SiteConfig) -> None:
    lead = "HAVENSTAD: The ferry will leave from the new pier from March, the harbour board said on Tuesday."
    later = "The old pier closes for repairs in April and reopens to fishing boats in the autumn."
    draft = _ingest(fixture_config, [lead, later])
    assert draft.metadata.dateline == "HAVENSTAD"
