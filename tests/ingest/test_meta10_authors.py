"""Authors where bylines print them in other shapes (issue 21, tenth round): a byline in
brackets, the place a byline was filed from, a wire with 'Newswire' or 'Staff' after it, a
closing '<Name> reports for <Wire>' line. Invented names and lines."""

from __future__ import annotations

import pytest

from generator.ingest.bylines import Byline, read_byline
from generator.ingest.credits import strip_credits
from generator.ingest.model import Block, Kind
from generator.model.wires import DEFAULT


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("(door: Anna de Vries)", Byline(("Anna de Vries",))),
        ("[Por: Ana Souza]", Byline(("Ana Souza",))),
        ("Por Ana Souza | De Valleverde", Byline(("Ana Souza",))),
        ("Por Ana Souza, Desde Puerto Ellis", Byline(("Ana Souza",))),
        ("By Reuters Newswire", Byline(via="Reuters")),
        ("By AP Staff", Byline(via="AP")),
        ("By Jan De Vries", Byline(("Jan De Vries",))),  # a surname with 'De' stays a name
    ],
)
def test_bylines(line: str, byline: Byline) -> None:
    assert read_byline(line, DEFAULT) == byline


@pytest.mark.parametrize("line", ["(foto: Anna de Vries)", "(Valleverde harbour at dusk)"])
def test_no_byline_in_other_brackets(line: str) -> None:
    assert read_byline(line, DEFAULT) is None


@pytest.mark.parametrize(
    ("text", "authors", "via"),
    [
        ("Jane Doe reports for Reuters from Valleverde.", ("Jane Doe",), "Reuters"),
        ("Jane Doe reports for Reuters March 4, 2024.", ("Jane Doe",), "Reuters"),
        ("Anna Weber und Jan Berg schreiben für dpa.", None, None),  # plural verb: not this shape
        ("Anna Weber schreibt für dpa aus Valleverde.", ("Anna Weber",), "dpa"),
    ],
)
def test_a_closing_reports_for_line(text: str, authors: tuple[str, ...] | None, via: str | None) -> None:
    block, removals, evidence = strip_credits(Block(text, Kind.PARAGRAPH), DEFAULT)
    if authors is None:
        assert (block, removals) == (Block(text, Kind.PARAGRAPH), [])
        return
    assert (block, evidence.authors, evidence.via) == (None, authors, via)
    assert [r.reason for r in removals] == ["credit line moved to metadata"]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister reports for duty at the Valleverde harbour.",  # no wire: a sentence
        "Jane Doe reports for the Harbour Times.",  # an outlet, not a wire: left to the editor
    ],
)
def test_no_credit_from_a_sentence_without_a_wire(text: str) -> None:
    block, removals, evidence = strip_credits(Block(text, Kind.PARAGRAPH), DEFAULT)
    assert (block, removals, evidence.authors) == (Block(text, Kind.PARAGRAPH), [], ())
