"""Datelines in three more forms (issue 21, round 23), each cut from the lead, the place its
dateline: a place in capitals in brackets before a dash ('(HAVENSTAD) — A ...'); a place in
capitals and a hyphen glued to the lead's first word ('HAVENSTAD -Alle ...'); a place, a day and
its month after a space, no comma, and the wire ('PUERTO ELLIS 3 Mar. (EFE) -'). Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.dateline_lines import whole_dateline
from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD_EN = "A man suspected of setting fire to two boats in the marina was arrested on Thursday, police said."
LEAD_IT = "Alle nove di giovedì si apre il processo per il crollo del vecchio ponte sul fiume della città."


def _strip(text: str) -> tuple[str, str | None, str | None]:
    block, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH, 3), "Coast Courier", DEFAULT)
    return block.text, evidence.dateline, evidence.via


@pytest.mark.parametrize(
    ("opening", "place"),
    [("(HAVENSTAD) — ", "HAVENSTAD"), ("(PORT ELLIS) -- ", "PORT ELLIS"), ("(VALLE ALTA) – ", "VALLE ALTA")],
)
def test_a_place_in_capitals_in_brackets_before_a_dash(opening: str, place: str) -> None:
    assert _strip(opening + LEAD_EN) == (LEAD_EN, place, None)


@pytest.mark.parametrize("opening", ["(VIDEO) — ", "(NINA) — ", "(UPDATE) — "])
def test_a_label_or_an_agency_acronym_in_brackets_is_no_place(opening: str) -> None:
    assert _strip(opening + LEAD_EN)[1] is None


def test_a_wire_in_brackets_before_a_dash_stays_a_credit() -> None:
    assert _strip("(AFP) — " + LEAD_EN) == (LEAD_EN, None, "AFP")


def test_a_hyphen_glued_to_the_leads_first_word() -> None:
    assert _strip("HAVENSTAD -" + LEAD_IT) == (LEAD_IT, "HAVENSTAD", None)


def test_a_hyphenated_word_in_capitals_is_no_dateline() -> None:
    text = "NATO-Gipfel beginnt am Montag in der Hauptstadt mit einem Treffen der Außenminister."
    assert _strip(text) == (text, None, None)


def test_a_day_after_the_place_without_a_comma() -> None:
    evidence = whole_dateline(
        Block("PUERTO ELLIS 3 Mar. (EFE) -", Kind.PARAGRAPH, 3), "Coast Courier", DEFAULT
    )
    assert evidence is not None
    assert (evidence.dateline, evidence.via) == ("PUERTO ELLIS", "EFE")


def test_a_comma_and_a_day_keep_the_place_whole() -> None:
    text = "SAN ELLIS, Oct 22 (Reuters) - " + LEAD_EN
    assert _strip(text) == (LEAD_EN, "SAN ELLIS", "Reuters")
