"""Wire credits on a page's own short lines below its text's start (issue 21, tenth round): a
wire's name in any case as a line's whole content, a copyright footer naming one; never a wire
inside a sentence, a picture's credit or a line above the text. Invented pages."""

from __future__ import annotations

import pytest

from generator.ingest.clean import Cleaned, _copyright_wire, clean_blocks
from generator.ingest.model import Block, Evidence, Removal
from generator.ingest.text_blocks import split_text
from generator.ingest.wire_lines import line_wire
from generator.model.wires import DEFAULT
from tests.ingest.support import context

TITLE = "Harbour of Valleverde reopens after three weeks of repairs"
TEXT = (
    "The harbour of Valleverde reopened on Monday after three weeks of repairs to its main piers, officials said.",
    "The work cost about four million euros and will let larger ships dock, the harbour's director said.",
    "He added that the expansion would be finished next year if the budget allowed it.",
)


def _clean(*lines: str) -> Cleaned:
    return clean_blocks(split_text("\n".join(lines) + "\n"), context(), Evidence(), "", DEFAULT)


@pytest.mark.parametrize(
    ("text", "via"),
    [
        ("efe", "EFE"),
        ("AFP", "AFP"),
        ("— dpa", "dpa"),
        ("dpa/lno", "dpa"),
        ("(ansa)", "ANSA"),
        ("Agence France-Presse", "AFP"),
        ("Copyright 2024 The Associated Press. All rights reserved.", "AP"),
        ("Reuters reported that the harbour reopened.", None),  # a sentence naming a wire
        ("Foto: EFE", None),  # a picture's credit
        ("Photo: Reuters", None),
        ("© 2024 Harbour Media Group", None),  # a footer naming no wire
        ("Map", None),  # a button, not the MAP wire
    ],
)
def test_line_wire(text: str, via: str | None) -> None:
    assert line_wire(text, DEFAULT) == via


@pytest.mark.parametrize(
    "credit",
    [
        "efe",
        "reuters",
        "Copyright 2024 The Associated Press. All rights reserved. This material may not be published.",
    ],
)
def test_a_wire_credit_on_a_line_after_the_text(credit: str) -> None:
    cleaned = _clean("Home", "World", TITLE, *TEXT, credit, "Share this story")
    assert cleaned.body.via == {"efe": "EFE", "reuters": "Reuters"}.get(credit, "AP")


def test_a_credit_line_followed_by_the_lead_printed_again() -> None:
    cleaned = _clean("Home", TITLE, *TEXT, "efe", TEXT[0], "Share on Facebook")
    assert cleaned.body.via == "EFE"


@pytest.mark.parametrize(
    "lines",
    [
        (TITLE, "AFP", *TEXT),  # above the text: a picture's agency
        (TITLE, TEXT[0], "Harbour cranes at dusk. ©AFP", "AFP", *TEXT[1:]),  # beside a picture's ©
        (TITLE, TEXT[0], "AFP", "Harbour cranes at dusk. Photo: AFP", *TEXT[1:]),  # beside a photo credit
        (TITLE, TEXT[0], "Harbour cranes at dusk. ©AFP", *TEXT[1:]),  # a © inside the text
        (TITLE, *TEXT, "Reuters reported the reopening first."),  # a wire inside a sentence
    ],
)
def test_no_credit_from_a_picture_or_a_sentence(lines: tuple[str, ...]) -> None:
    assert _clean(*lines).body.via is None


def test_a_copyright_mark_above_the_text_is_a_pictures_credit() -> None:
    caption = "Der Hafen von Valleverde am Abend: die Kräne stehen still."
    cleaned = _clean(caption, "© Jane Doe/dpa", caption, "", TITLE, *TEXT)
    assert cleaned.body.via is None


def test_a_copyright_footer_below_the_text_still_credits_its_wire() -> None:
    cleaned = _clean(TITLE, *TEXT, "© dpa-infocom, dpa:240304-99-123456/2")
    assert cleaned.body.via == "dpa"


@pytest.mark.parametrize(
    ("footer", "via"),
    [("© dpa-infocom, dpa:240304-99-123456/2", "dpa"), ("© Jane Doe/dpa", None)],
)
def test_copyright_footer_or_pictures_credit(footer: str, via: str | None) -> None:
    body = [Block(TEXT[0], line=3)]
    assert _copyright_wire((Removal(footer, "footer", "footer", 9),), body, DEFAULT) == via
