"""A word in capitals in brackets after a place and a dash is no outlet's code: a party ('Berlin
– (SPD) Die Partei ...'), a label ('(UPDATE)', '(VIDEO)') or an acronym opens the text, which
keeps its opening words. An outlet's short code has a figure ('TV4', 'RTL2') and is taken off
with the place (review of rounds 23-24, item 4). Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD_DE = "Die Partei will nach der Wahl im Hafenviertel mehr Wohnungen bauen und die Mieten begrenzen."
LEAD_FR = "Le port de la ville rouvre ses quais mardi après trois semaines de travaux sur les digues."


def _strip(text: str) -> tuple[str, str | None, str | None]:
    block, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH, 3), "Kurier", DEFAULT)
    return block.text, evidence.dateline, evidence.via


@pytest.mark.parametrize(
    "text",
    [
        "Berlin – (SPD) " + LEAD_DE,
        "HAVENSTAD - (UPDATE) " + LEAD_DE,
        "Paris - (VIDEO) " + LEAD_FR,
        "Havenstad – (NATO) " + LEAD_DE,
    ],
)
def test_a_word_in_capitals_in_brackets_is_no_outlets_code(text: str) -> None:
    assert _strip(text) == (text, None, None)


@pytest.mark.parametrize("code", ["TV4", "RTL2", "N24"])
def test_an_outlets_code_with_a_figure_still_goes_with_the_place(code: str) -> None:
    assert _strip(f"Havenstad – ({code}) " + LEAD_DE) == (LEAD_DE, "Havenstad", None)
