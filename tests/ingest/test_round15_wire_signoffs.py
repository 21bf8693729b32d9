"""A wire's sign-off glued to the end of a paragraph, in the shapes a browser copy keeps: the
wire with its desk's initials in brackets ('(dpa/lby)'), the wire's name alone after the last
full stop ('... mit. dpa'), and a wire in Japanese lenticular brackets after the day
('…という(2012年07月05日)【時事通信社】'). The wire is read through the registry, so the sign-off
leaves the body and becomes `via` (issue 21, fifteenth round). The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.credits import strip_credits
from generator.ingest.model import Block, Kind, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.growth import LIMIT, growth
from tests.ingest.support import NOW

DE = "Im Hafen von Grünwiesen ist am Sonntag eine Fähre auf Grund gelaufen, wie die Wasserschutzpolizei mitteilte."
JA = "緑野市の水族館で５日、ラッコの赤ちゃんが生まれたと発表した。体重は約２キロで、母親と一緒に元気に泳いでいるという"


@pytest.mark.parametrize(
    ("text", "kept", "via", "cut"),
    [
        (f"{DE} (dpa/lby)", DE, "dpa", "(dpa/lby)"),
        (f"{DE} (dpa/LNO)", DE, "dpa", "(dpa/LNO)"),
        (f"{DE} dpa", DE, "dpa", "dpa"),
        (f"{DE} AFP", DE, "AFP", "AFP"),
        (f"{JA}(2012年07月05日)【時事通信社】", JA, "Jiji Press", "(2012年07月05日)【時事通信社】"),
        (f"{JA}。【共同】", f"{JA}。", "Kyodo", "【共同】"),
    ],
    ids=["desk-lower", "desk-upper", "bare-name", "bare-caps", "ja-day-bracket", "ja-bracket"],
)
def test_a_glued_sign_off_is_the_credit(text: str, kept: str, via: str, cut: str) -> None:
    block, removals, evidence = strip_credits(Block(text, Kind.PARAGRAPH, line=3), DEFAULT)
    assert block == Block(kept, Kind.PARAGRAPH, line=3)
    assert [(r.rule, r.reason, r.text) for r in removals] == [
        ("wire-credit", "wire credit moved to metadata", cut)
    ]
    assert evidence.via == via


@pytest.mark.parametrize(
    "text",
    [
        f"{DE[:-1]} und der dpa.",  # the wire inside the sentence, before its full stop
        f"{DE} (Foto/Getty Images)",  # a picture's credit, no wire
        f"{DE} (dpa/Getty Images)",  # a wire and a picture agency: no desk's initials
        f"{JA}【緑野新報】",  # brackets around a name the registry does not know
        f"{DE} Reuters berichtete",  # the wire opens words after the full stop
    ],
    ids=["in-sentence", "picture", "picture-agency", "unknown-bracket", "sentence-after"],
)
def test_other_endings_stay(text: str) -> None:
    block, removals, evidence = strip_credits(Block(text, Kind.PARAGRAPH, line=3), DEFAULT)
    assert (block, removals, evidence.via) == (Block(text, Kind.PARAGRAPH, line=3), [], None)


def test_a_page_signed_off_with_desk_initials(fixture_config: SiteConfig) -> None:
    second = "Die Fähre wurde am Abend freigeschleppt, verletzt wurde nach Angaben der Polizei niemand."
    page = f"Fähre läuft im Hafen auf Grund\n\n{DE}\n\n{second} (dpa/lby)\n"
    draft = ingest(
        Source("page.txt", page, False), Request(outlet="harbour-gazette"), fixture_config, NOW, DEFAULT
    )
    assert [b.text for b in draft.blocks] == [DE, second]
    assert draft.metadata.via == "dpa"


@pytest.mark.parametrize(
    "unit", [". dpa/ab ", "(x)【", " (dpa/lby/ab/cd/ef "], ids=["desk", "bracket", "paren"]
)
def test_sign_offs_are_read_in_linear_time(unit: str) -> None:
    """4x the paragraph takes well under 16x the time (a quadratic reading would take 16x)."""

    def work(n: int):
        block = Block(unit * n + "x", Kind.PARAGRAPH, line=1)
        return lambda: strip_credits(block, DEFAULT)

    assert growth(work, 2000) < LIMIT
