"""The "What each newsroom adds" section (templates/partials/adds.html), rendered from views."""

from __future__ import annotations

import re
from html import unescape
from types import SimpleNamespace

from generator.render.provenance_views import (
    AgreedView,
    CreditView,
    DisputedView,
    NewsroomRef,
    NotComparedView,
    OnlyInView,
    QuoteView,
    SourceRef,
    VariantView,
)
from generator.render.templates import environment
from tests.conftest import REPO

WIRE = [
    SourceRef(n, f"#source-{n}", label, None)
    for n, label in [(1, "The Daily"), (2, "The Herald"), (3, "The Gazette")]
]
TRIBUNE = SourceRef(4, "#source-4", "The Tribune", None)
ZEITUNG = SourceRef(5, "#source-5", "Die Zeitung", None)
LONG = [
    "Engineers from Baltic Lifting, who built the crane in 1998, said they had warned the port twice "
    "in writing that its rails were worn and that the crane should not lift full loads in high winds.",
    "The harbour master, Ines Varga, said the berth would stay closed until Friday while divers "
    "from the coastguard searched the basin for containers that fell into the water with the crane.",
]


def render(story: SimpleNamespace) -> str:
    html = environment(REPO).get_template("partials/adds.html").render(story=story)
    text = re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html))).strip()
    return re.sub(r" ([,.:)])", r"\1", text)  # the space a tag left before punctuation


def quote(text: str, source: SourceRef) -> QuoteView:
    return QuoteView(text, source, None)


def story(**fields) -> SimpleNamespace:
    found = {"only_in": (), "agreed": (), "disputed": (), "not_compared": ()}
    return SimpleNamespace(**(found | fields))


def test_a_newsroom_whose_own_sentences_are_all_too_long_to_quote_still_lists_them():
    shown = render(
        story(
            only_in=(
                OnlyInView("Coastal Wire", tuple(WIRE), (), (), tuple(quote(t, WIRE[0]) for t in LONG)),
                OnlyInView("The Tribune", (TRIBUNE,), (), (), ()),
            )
        )
    )
    assert (
        "Only in Coastal Wire (3 copies: 1, 2, 3) 2 sentences found only here “Engineers from Baltic" in shown
    )
    assert "Only in The Tribune Nothing found only here." in shown
    assert "Nothing found" not in shown.split("Only in The Tribune")[0]


def test_quoted_sentences_come_first_then_the_others_on_demand():
    shown = render(
        story(
            only_in=(
                OnlyInView(
                    "The Tribune",
                    (TRIBUNE,),
                    (quote("Eleven cargo ships waited outside Grimsway Sound.", TRIBUNE),),
                    (
                        CreditView(
                            "Credits The Herald with the first report",
                            quote("The Herald first reported it.", TRIBUNE),
                        ),
                    ),
                    (quote(LONG[0], TRIBUNE),),
                ),
            )
        )
    )
    assert shown.startswith(
        "What each newsroom adds Sentences of one newsroom that name a person, place or figure no other "
        "newsroom names, and that no other newsroom says in like words. A wire's copies count once. "
        "Only in The Tribune Credits The Herald with the first report: "
        "“The Herald first reported it.” “Eleven cargo ships waited outside Grimsway Sound.” — The Tribune 4"
    )
    assert "1 more sentence found only here “Engineers from Baltic Lifting" in shown


def test_facts_every_newsroom_carries_name_the_other_newsrooms():
    lead = quote("A container crane collapsed at the port of Saltmere on Tuesday.", WIRE[0])
    shown = render(
        story(
            only_in=(OnlyInView("Coastal Wire", tuple(WIRE), (), (), ()),),
            agreed=(AgreedView(lead, (NewsroomRef("The Tribune", TRIBUNE),)),),
        )
    )
    assert (
        "Carried by every newsroom “A container crane collapsed at the port of Saltmere on Tuesday.” "
        "— The Daily 1 · link to the original not recorded Also in The Tribune"
    ) in shown


def test_a_disputed_figure_shows_each_value_with_its_newsrooms_and_the_correction():
    shown = render(
        story(
            only_in=(OnlyInView("Coastal Wire", tuple(WIRE), (), (), ()),),
            disputed=(
                DisputedView(
                    "soldiers",
                    (
                        VariantView(
                            "10 soldiers", (quote("Ten soldiers were wounded.", WIRE[0]),), ("Coastal Wire",)
                        ),
                        VariantView(
                            "eight soldiers",
                            (quote("Eight soldiers were wounded.", TRIBUNE),),
                            ("The Tribune",),
                        ),
                    ),
                    (
                        CreditView(
                            "Corrected by The Tribune", quote("An earlier version said 10 soldiers.", TRIBUNE)
                        ),
                    ),
                ),
            ),
        )
    )
    assert shown.endswith(
        "Disputed The sources give different figures: "
        "10 soldiers: Coastal Wire “Ten soldiers were wounded.” — The Daily 1 · link to the original not recorded "
        "eight soldiers: The Tribune “Eight soldiers were wounded.” — The Tribune 4 · link to the original not recorded "
        "Corrected by The Tribune: “An earlier version said 10 soldiers.”"
    )


def test_a_newsroom_in_another_language_is_said_to_be_not_compared():
    shown = render(
        story(
            only_in=(
                OnlyInView("Coastal Wire", tuple(WIRE), (), (), ()),
                OnlyInView("The Tribune", (TRIBUNE,), (), (), ()),
            ),
            not_compared=(NotComparedView("German", (NewsroomRef("Die Zeitung", ZEITUNG),)),),
        )
    )
    assert (
        "Compared by figures only (German): Die Zeitung. Facts are compared word for word within one "
        "language; a sentence in another language is listed as only in its newsroom when it gives a "
        "figure no other newsroom gives."
    ) in shown
    assert "Carried by every newsroom compared word for word" in shown  # not every newsroom
    assert "Only in Die Zeitung" not in shown


def test_one_newsrooms_copies_have_nothing_to_compare():
    shown = render(story())
    assert (
        shown == "What each newsroom adds The sources are one newsroom's copy: there is nothing to compare."
    )
