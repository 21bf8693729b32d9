"""A credit line naming the reports the text was compiled from, as American papers print it
(invented pages): 'Compiled from Associated Press reports' under the headline, 'From AP reports'
after the text. A wire of the registry named there is `via`; 'From wire reports' names none and
gives no `via` (a wire is never guessed); 'From police reports' is no credit at all."""

from __future__ import annotations

import pytest

from generator.ingest.credit_reports import reports_credit
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

HEAD = "Ferry stays in port as storm hits the coast"
DATED = "Updated: March 12, 2024 06:14 PM"
TEXT = [
    "A ferry stayed in the port of Seaton on Tuesday as a storm hit the coast, the operator said in a statement.",
    "Passengers were put up in a hotel and the ferry is expected to sail again when the wind drops, officials said.",
]


def _ingest(config: SiteConfig, lines: list[str]) -> Draft:
    page = "\n".join(lines) + "\n"
    return ingest(Source("page.txt", page, False), Request(outlet="coast-courier"), config, NOW, DEFAULT)


@pytest.mark.parametrize(
    ("credit", "wire"),
    [("Compiled from Associated Press reports", "AP"), ("From AP and Reuters reports", "AP")],
)
def test_a_compiled_from_credit_under_the_headline_gives_the_wire(
    fixture_config: SiteConfig, credit: str, wire: str
) -> None:
    draft = _ingest(fixture_config, [HEAD, credit, DATED, *TEXT])
    assert draft.metadata.via == wire
    assert draft.metadata.dek is None  # the credit is no standfirst
    assert [block.text for block in draft.blocks] == TEXT


def test_a_from_reports_credit_after_the_text_gives_the_wire(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, [HEAD, DATED, *TEXT, "From AP reports"])
    assert draft.metadata.via == "AP"
    assert [block.text for block in draft.blocks] == TEXT


@pytest.mark.parametrize(
    ("line", "credit", "wire"),
    [
        ("From wire reports", True, None),
        ("From staff and wire reports", True, None),
        ("Compiled from the Associated Press and staff reports", True, "AP"),
        ("From police reports", False, None),
        ("From reports in the local press", False, None),
    ],
)
def test_only_wires_and_generic_words_make_the_credit(line: str, credit: bool, wire: str | None) -> None:
    assert reports_credit(line, DEFAULT) == (credit, wire)


def test_generic_wire_reports_under_the_headline_give_no_via(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, [HEAD, "From wire reports", DATED, *TEXT])
    assert draft.metadata.via is None
    assert [block.text for block in draft.blocks] == TEXT


def test_generic_wire_reports_within_the_text_are_taken_off_with_no_via(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, [HEAD, DATED, TEXT[0], "From wire reports", TEXT[1]])
    assert draft.metadata.via is None
    assert [block.text for block in draft.blocks] == TEXT
