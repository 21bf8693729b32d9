"""Wire credits in closing lines: '(via <wire>)', a wire and its desk's initials after the last
sentence, a CMS shortcode naming its source (invented lines in the held-out sets' shapes)."""

from __future__ import annotations

import pytest

from generator.ingest.credits import strip_credits
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT


@pytest.mark.parametrize(
    ("text", "rest", "via"),
    [
        ("(via Agência Brasil)", None, "Agência Brasil"),
        ("O porto reabre na segunda-feira. (via Lusa)", "O porto reabre na segunda-feira.", "Lusa"),
        ("Die Fähre fährt ab Montag wieder. dpa/abc", "Die Fähre fährt ab Montag wieder.", "dpa"),
        ("Le port rouvrira lundi. AFP/xy/zz", "Le port rouvrira lundi.", "AFP"),
        ('[sc name="signature" by="Harbour Daily" source="Lusa" ]', None, "Lusa"),
        ("[credit_box author=”Redação” source=”EFE”]", None, "EFE"),
    ],
)
def test_a_closing_credit(text: str, rest: str | None, via: str) -> None:
    block, removals, evidence = strip_credits(Block(text, Kind.PARAGRAPH), DEFAULT)
    assert (block.text if block else None, evidence.via) == (rest, via)
    assert [r.reason for r in removals] == ["wire credit moved to metadata"]


@pytest.mark.parametrize(
    "text",
    [
        "Wir sehen uns um 8 Uhr. AB/cd",  # initials alone, no wire
        "Er lobte die Zusammenarbeit von dpa/Reuters.",  # a wire named inside the sentence
        '[gallery ids="12,13" source="archive"]',  # a shortcode naming no wire
        "Der Hafen bleibt zu (via Umleitung).",
    ],
)
def test_no_closing_credit(text: str) -> None:
    block, removals, evidence = strip_credits(Block(text, Kind.PARAGRAPH), DEFAULT)
    assert (block.text if block else None, removals, evidence.via) == (text, [], None)
