"""Wire credits in forms round 21 found unread (invented pages): an agency the registry lacked
(Radiocor), a 'source' word before the wire on a line of its own ('Fonte: ANSA', 'Quelle: dpa'),
a bracketed wire before a colon opening the text ('(Reuters): ', '(ブルームバーグ)：')."""

from __future__ import annotations

import pytest

from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW


def _ingest(config: SiteConfig, lines: list[str]) -> Draft:
    page = "\n".join(lines) + "\n"
    return ingest(Source("page.txt", page, False), Request(outlet="coast-courier"), config, NOW, DEFAULT)


IT_HEAD = ["Il porto di Valmare apre un nuovo molo per i traghetti", "12/03/2024 09:15"]
IT_TEXT = [
    "Il consiglio del porto ha approvato ieri sera il progetto del nuovo molo, dopo un lungo dibattito.",
    "I lavori partiranno in primavera e dureranno due anni, secondo il presidente dell'autorità portuale.",
]
DE_HEAD = ["Hafen von Seedorf bekommt eine neue Fähre", "12.03.2024, 09:15 Uhr"]
DE_TEXT = [
    "Der Hafenrat hat am Dienstagabend nach langer Debatte den Kauf einer neuen Fähre beschlossen.",
    "Die Fähre soll im Frühjahr geliefert werden und fährt dann zweimal täglich zur Insel hinüber.",
]


def test_radiocor_is_a_wire_of_the_registry(fixture_config: SiteConfig) -> None:
    lead = "(Il Sole 24 Ore Radiocor) - Valmare, 12 mar - " + IT_TEXT[0]
    draft = _ingest(fixture_config, [*IT_HEAD, lead, IT_TEXT[1]])
    assert (draft.metadata.via, draft.metadata.dateline) == ("Radiocor", "Valmare")


@pytest.mark.parametrize(
    ("head", "text", "credit", "wire"),
    [
        (IT_HEAD, IT_TEXT, "Fonte Ansa", "ANSA"),
        (IT_HEAD, IT_TEXT, "Fonte: ANSA", "ANSA"),
        (DE_HEAD, DE_TEXT, "Quelle: dpa", "dpa"),
    ],
)
def test_a_source_word_before_a_wire_on_its_own_line_credits_it(
    fixture_config: SiteConfig, head: list[str], text: list[str], credit: str, wire: str
) -> None:
    draft = _ingest(fixture_config, [*head, text[0], text[1], credit])
    assert draft.metadata.via == wire
    assert credit not in [block.text for block in draft.blocks]


def test_a_source_word_before_other_words_is_no_credit(fixture_config: SiteConfig) -> None:
    draft = _ingest(fixture_config, [*IT_HEAD, IT_TEXT[0], IT_TEXT[1], "Fonte: il comune di Valmare"])
    assert draft.metadata.via is None


@pytest.mark.parametrize(
    ("lead", "wire", "rest"),
    [
        (
            "(Reuters): The harbour board voted on Tuesday to keep the old ferry running.",
            "Reuters",
            "The harbour",
        ),
        (
            "(ブルームバーグ): 港湾局は火曜日、古いフェリーの運航を冬の間も続けることを決めた。",
            "Bloomberg",
            "港湾局",
        ),
    ],
)
def test_a_bracketed_wire_before_a_colon_opens_the_text(
    fixture_config: SiteConfig, lead: str, wire: str, rest: str
) -> None:
    second = "The board said the money would be found in next year's budget for the quay and its staff."
    draft = _ingest(fixture_config, ["Harbour board keeps the old ferry", "12/03/2024 09:15", lead, second])
    assert draft.metadata.via == wire
    assert draft.blocks[0].text.startswith(rest)
