"""A sentence saying only who said the sentence before it ("Das teilte X mit.") is never the
quote of a fact carried by every newsroom (issue 23), on invented stories.

The failure class seen on real coverage: newsrooms in one language each follow the news with
the same short sentence naming who announced it; that sentence gave every word the newsrooms
share and was the shortest, so it was shown as the fact every newsroom carries, though it says
nothing of the story. Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from generator.analysis.facts_said import says_only_who
from generator.analysis.story import analyse
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language="de")
    for slug, name in [("blatt", "Das Blatt"), ("bote", "Der Bote"), ("kurier", "Der Kurier")]
}


def agreed(*bodies: str) -> list[str]:
    """The quotes shown as carried by every newsroom of a story of one article per outlet."""
    articles = [
        article(slug, body, slug, minutes=n)
        for n, (slug, body) in enumerate(zip(OUTLETS, bodies, strict=True))
    ]
    return [fact.quote.text for fact in analyse(briefing(), articles, OUTLETS).agreed]


SAID = "Das teilte der Bürgermeister Otto Velk mit."
TAIL = "\n\nDer Stadtrat will am Freitag wieder über den Haushalt für den Hafen beraten."


def test_who_announced_it_is_not_shown_as_the_fact_every_newsroom_carries():
    """Each newsroom names the mayor as who announced it, one in a sentence of its own: that
    sentence gives only words every newsroom gives and is the shortest, yet it is no fact."""
    shown = agreed(
        "In Brandel ist am Dienstag die alte Brücke über den Fluss eingestürzt. " + SAID + TAIL,
        "Die alte Brücke über den Fluss in Brandel ist am Dienstag eingestürzt, teilte der "
        "Bürgermeister Otto Velk mit." + TAIL,
        "Bürgermeister Otto Velk teilte mit, am Dienstag sei in Brandel die alte Brücke über den "
        "Fluss eingestürzt." + TAIL,
    )
    assert shown == ["In Brandel ist am Dienstag die alte Brücke über den Fluss eingestürzt."]


@pytest.mark.parametrize(
    "text",
    [
        "Das teilte der scheidende Bürgermeister Otto Velk mit.",
        "Dies sagte eine Sprecherin der Polizei.",
        "This was announced by the harbour master.",
        "So said the regional governor.",
    ],
)
def test_a_sentence_saying_only_who_said_it(text: str) -> None:
    assert says_only_who(text)


@pytest.mark.parametrize(
    "text",
    [
        "Das Ministerium teilte mit, die Brücke sei eingestürzt.",  # "Das" opens a noun
        "Das teilte die Polizei mit, dass drei Menschen verletzt wurden.",  # what was said follows
        "That said, the bridge had been inspected in May.",  # an opening phrase
        "So according to the police, three people were injured.",  # what was said follows
        "It said three people were injured.",  # the pronoun is who says, the fact follows
        "The bridge collapsed on Tuesday, police said.",
    ],
)
def test_a_sentence_giving_a_fact_of_its_own(text: str) -> None:
    assert not says_only_who(text)
