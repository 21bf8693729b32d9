"""Datelines that name no wire of the registry (issue 21, fourteenth round): a place and a day
before a dash ('Havenstad, 25 lug - '), a place and a bracketed aside ('HAVENSTAD (Country): ',
'Stadt (XY) - '), a place in capitals and a state's abbreviation with no dash ('HAVENSTAD, Fla.
A ...'); and two forms with a wire: a month and its day with no place ('Oct. 20 (UPI) --') and a
Japanese day and wire in brackets ('【2月14日 AFP】'). The pages are invented."""

from __future__ import annotations

import pytest

from generator.ingest.datelines import strip_dateline
from generator.ingest.model import Block, Kind, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW

SECOND = "The harbour board will meet again next month to decide on the second phase of the works."


def _page(lead: str) -> str:
    return f"Harbour bridge reopens after repairs\n\n{lead}\n\n{SECOND}\n"


@pytest.mark.parametrize(
    ("lead", "place", "rest"),
    [
        (
            "Havenstad, 25 lug - “Il ponte è di nuovo aperto”, ha detto il sindaco durante la visita al porto.",
            "Havenstad",
            "“Il ponte è di nuovo aperto”, ha detto il sindaco durante la visita al porto.",
        ),
        (
            "Puerto Ellis, 30 dic – La autoridad portuaria confirmó la reapertura del puente esta mañana.",
            "Puerto Ellis",
            "La autoridad portuaria confirmó la reapertura del puente esta mañana.",
        ),
        (
            "Villa Porto (Provincia), 3 settembre 2018 - Il ponte del porto è stato riaperto ieri sera.",
            "Villa Porto (Provincia)",
            "Il ponte del porto è stato riaperto ieri sera.",
        ),
        (
            "Ciudad Ellis, Estado Norte, a 6 de febrero 2026.- La junta del puerto reabrió el puente ayer.",
            "Ciudad Ellis, Estado Norte",
            "La junta del puerto reabrió el puente ayer.",
        ),
        (
            "HAVENSTAD (Northland): Rescuers reopened the harbour bridge on Friday after a day of repairs.",
            "HAVENSTAD (Northland)",
            "Rescuers reopened the harbour bridge on Friday after a day of repairs.",
        ),
        (
            "Hafenstadt (HK) - In einer Sondersitzung hat der Rat heute die Brücke wieder freigegeben.",
            "Hafenstadt",
            "In einer Sondersitzung hat der Rat heute die Brücke wieder freigegeben.",
        ),
        (
            "CIUDAD ELLIS (hpd).- La junta del puerto reabrió el puente tras un día de obras.",
            "CIUDAD ELLIS",
            "La junta del puerto reabrió el puente tras un día de obras.",
        ),
        (
            "HAVENSTAD, Fla. A loggerhead turtle was released at the harbour on Monday after treatment.",
            "HAVENSTAD, Fla.",
            "A loggerhead turtle was released at the harbour on Monday after treatment.",
        ),
    ],
)
def test_a_dateline_naming_no_wire_is_read(
    fixture_config: SiteConfig, lead: str, place: str, rest: str
) -> None:
    draft = ingest(
        Source("page.txt", _page(lead), False),
        Request(outlet="harbour-gazette"),
        fixture_config,
        NOW,
        DEFAULT,
    )
    assert (draft.metadata.dateline, draft.metadata.via) == (place, None)
    assert [b.text for b in draft.blocks] == [rest, SECOND]
    assert "dateline moved to metadata" in [r.reason for r in draft.removals]


@pytest.mark.parametrize(
    "text",
    [
        "Paris (France) - Le gouvernement a parlé.",  # a title-case place and a place aside: a sentence too
        "Officials (from three states) - met on Monday to discuss the bridge.",
        "VILLAPUERTO (PROVINCIA): Fallece un hombre en un incendio en su vivienda",  # a teaser's headline
        "Harbour (Video) - The mayor said on Monday that the bridge would reopen next week.",
        "Mario Ellis, 45 anni - Il sindaco",  # no running text after it
    ],
)
def test_lines_shaped_like_them_are_no_datelines(text: str) -> None:
    _, removal, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "Harbour Gazette", DEFAULT)
    assert (removal, evidence.dateline) == (None, None)


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "Oct. 20 (UPI) -- One day after the storm, officials were looking to reopen the harbour bridge.",
            "UPI",
        ),
        ("【2月14日 AFP】気象庁によると、港の橋は13日午後に再開した。", "AFP"),
    ],
)
def test_a_day_and_a_wire_give_the_wire_and_no_place(text: str, via: str) -> None:
    _, removal, evidence, _ = strip_dateline(Block(text, Kind.PARAGRAPH), "Harbour Gazette", DEFAULT)
    assert removal is not None
    assert (evidence.dateline, evidence.via) == (None, via)
