"""A wire in a dateline's place before a day in brackets, with a dash or a bar after it
(issue 21, tenth round): 'Reuters (March 4, 2024) | The harbour ...'. Invented text."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT

LEAD = "The harbour of Valleverde reopened on Monday after three weeks of repairs, officials said."


@pytest.mark.parametrize(
    ("prefix", "via", "place", "day"),
    [
        ("Reuters (March 4, 2024) | ", "Reuters", None, "March 4, 2024"),
        ("AFP (4 mars 2024) - ", "AFP", None, "4 mars 2024"),
        ("Valleverde (4 March 2024) | ", None, "Valleverde", "4 March 2024"),
        ("Valleverde, Oeste (4 marzo 2024).- ", None, "Valleverde, Oeste", "4 marzo 2024"),
    ],
)
def test_a_wire_or_a_place_before_a_day_in_brackets(
    prefix: str, via: str | None, place: str | None, day: str
) -> None:
    block, removal, evidence, found_day = strip_dateline(Block(prefix + LEAD, Kind.PARAGRAPH), "", DEFAULT)
    assert (block.text, evidence.via, evidence.dateline, found_day) == (LEAD, via, place, day)
    assert removal is not None and removal.text == prefix.strip()


@pytest.mark.parametrize(
    "text",
    [
        "Reuters (the agency) | " + LEAD,  # no day in the brackets
        "Reuters reported on Monday (March 4, 2024) that the harbour had reopened after repairs.",
    ],
)
def test_no_dateline_without_a_day_in_brackets_at_the_start(text: str) -> None:
    block, removal, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "", DEFAULT)
    assert (block.text, removal, evidence.via) == (text, None, None)


@pytest.mark.parametrize(
    ("prefix", "via"),
    [
        ("(ANSA) - VALLEVERDE, 04 MAR - ", "ANSA"),
        ("(TMNews) - VALLEVERDE, 04 MAR - ", "TMNews"),  # an agency's name the registry does not know
        ("(Agenzia Porto Notizie) - VALLEVERDE, 04 MAR - ", "Agenzia Porto Notizie"),
    ],
)
def test_a_wire_first_dateline_with_a_day(prefix: str, via: str) -> None:
    block, _, evidence, day = strip_dateline(Block(prefix + LEAD, Kind.PARAGRAPH), "", DEFAULT)
    assert (block.text, evidence.via, evidence.dateline, day) == (LEAD, via, "VALLEVERDE", "04 MAR")


@pytest.mark.parametrize("prefix", ["(Foto) - VALLEVERDE - ", "(Video) - VALLEVERDE, 04 MAR - "])
def test_no_wire_from_a_bracketed_word(prefix: str) -> None:
    _, _, evidence, _ = strip_dateline(Block(prefix + LEAD, Kind.PARAGRAPH), "", DEFAULT)
    assert evidence.via is None


SATZ = " Ein Tisch wird umgeworfen, die Polizei schreitet ein, während zwei Männer vor dem Gericht verurteilt werden."


@pytest.mark.parametrize(
    ("place", "text"),
    [
        ("Valleverde", "Valleverde." + SATZ),
        ("Havenstadt-Nord", "Havenstadt-Nord." + SATZ),
        ("Frankfurt am Main", "Frankfurt am Main." + SATZ),
    ],
)
def test_a_place_and_a_full_stop_before_the_text(place: str, text: str) -> None:
    block, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "", DEFAULT)
    assert (block.text, evidence.dateline) == (SATZ.strip(), place)


@pytest.mark.parametrize(
    "text",
    [
        "Update." + SATZ,  # a label
        "Valleverde. Kurz und knapp.",  # no paragraph follows
        "Die Fähre. Sie fährt wieder ab Montag, sagte der Hafen, und die Polizei schreitet ein.",  # two words
    ],
)
def test_no_place_from_a_word_and_a_full_stop(text: str) -> None:
    _, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "", DEFAULT)
    assert evidence.dateline is None


THE = " The harbour of Valleverde reopened on Monday after three weeks of repairs to its main piers, officials said."


@pytest.mark.parametrize(
    ("place", "text"), [("VALLEVERDE", "VALLEVERDE" + THE), ("PORT ELLIS", "PORT ELLIS" + THE)]
)
def test_a_place_in_capitals_before_an_article(place: str, text: str) -> None:
    block, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "", DEFAULT)
    assert (block.text, evidence.dateline) == (THE.strip(), place)


@pytest.mark.parametrize(
    "text",
    [
        "UPDATE" + THE,  # a label
        "NATO Secretary General Jan Berg said the alliance would meet again next week in Valleverde.",  # no article
        "VALLEVERDE The harbour reopened.",  # too short to be the paragraph a dateline opens
    ],
)
def test_no_place_from_capitals_without_an_article_and_a_paragraph(text: str) -> None:
    _, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "", DEFAULT)
    assert evidence.dateline is None


PUERTO = "El puerto de Valleverde reabrió este lunes tras tres semanas de obras en sus muelles, dijeron las autoridades."


@pytest.mark.parametrize(
    ("prefix", "via"),
    [("EFE.- ", "EFE"), ("AFP — ", "AFP"), ("dpa | ", "dpa"), ("(EFE).- ", "EFE"), ("Agencia EFE - ", "EFE")],
)
def test_a_wire_alone_before_a_dash_or_a_bar(prefix: str, via: str) -> None:
    block, _, evidence, _ = strip_dateline(Block(prefix + PUERTO, Kind.PARAGRAPH), "", DEFAULT)
    assert (block.text, evidence.via, evidence.dateline) == (PUERTO, via, None)


@pytest.mark.parametrize("text", ["EFE: " + PUERTO, "AFP — Photos du port", "Efe | " + PUERTO])
def test_no_wire_before_a_colon_a_short_line_or_an_unprinted_spelling(text: str) -> None:
    _, _, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "", DEFAULT)
    assert evidence.via is None
