"""Which language a story's facts are compared in (issue 23, round 11): of the languages two
newsrooms or more write in, the one most articles are in. Invented stories only."""

from __future__ import annotations

from generator.analysis.facts import compared_language
from generator.analysis.story import analyse
from generator.model.analysis import NotCompared
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language=language)
    for slug, name, language in [
        ("wire", "Northwind Wire", "en"),
        ("courier", "The Courier", "en"),
        ("ledger", "The Ledger", "en"),
        ("post", "The Post", "en"),
        ("matin", "Le Matin du Lac", "fr"),
        ("soir", "Le Soir de Brisa", "fr"),
        ("depeche", "La Dépêche du Val", "fr"),
        ("blatt", "Das Seeblatt", "de"),
    ]
}
ENGLISH = (
    "A footbridge over the river Tamsel gave way on Sunday morning, the town council said.\n\n"
    "Nine walkers were taken to the Orrin clinic with light injuries, a council spokesman said."
)
FRENCH = (
    "Une passerelle sur la rivière Tamsel s'est effondrée dimanche matin, a indiqué la mairie.\n\n"
    "Neuf promeneurs ont été conduits à la clinique d'Orrin, légèrement blessés."
)
GERMAN = "Eine Fußgängerbrücke über die Tamsel ist am Sonntagmorgen eingestürzt, teilte die Stadt mit."


def newsrooms_not_compared(*placed: tuple[str, str, str, str]) -> tuple[NotCompared, ...]:
    """`placed`: (article id, outlet, via, body) in publication order."""
    story = [
        article(name, body, outlet=outlet, via=via or None, minutes=n)
        for n, (name, outlet, via, body) in enumerate(placed)
    ]
    return analyse(briefing(), story, OUTLETS).not_compared


def test_the_language_most_articles_are_in_is_compared_when_fewer_newsrooms_write_in_it():
    """Three French newsrooms, three articles; two English newsrooms, four articles (a wire's
    three copies): the story is told mostly in English, so the French newsrooms are the ones
    compared by figures only (the newsroom majority listed the English ones)."""
    found = newsrooms_not_compared(
        ("matin-1", "matin", "", FRENCH),
        ("soir-1", "soir", "", FRENCH.replace("dimanche matin", "dimanche")),
        ("depeche-1", "depeche", "", FRENCH.replace("Neuf", "Les neuf")),
        ("wire-courier", "courier", "wire", ENGLISH),
        ("wire-ledger", "ledger", "wire", ENGLISH),
        ("wire-post", "post", "wire", ENGLISH),
        ("courier-own", "courier", "", ENGLISH.replace("Sunday morning", "Sunday")),
    )
    assert found == (NotCompared("matin", "fr"), NotCompared("soir", "fr"), NotCompared("depeche", "fr"))


def test_a_language_one_newsroom_writes_in_is_never_compared_however_many_copies_it_prints():
    """Six copies of one wire in English, three French newsrooms, two German newsrooms with four
    articles: of the languages two newsrooms share, German has the most articles."""
    languages = ["en"] * 6 + ["fr"] * 3 + ["de"] * 4
    rooms = ["wire"] * 6 + ["matin", "soir", "depeche"] + ["blatt", "blatt", "blatt", "zeitung"]
    assert compared_language(languages, rooms) == "de"


def test_when_no_language_has_two_newsrooms_the_one_most_articles_are_in_is_named():
    """One newsroom per language: nothing is compared, and the newsrooms listed as not compared
    are those outside the language most articles are in (not the earliest article's)."""
    found = newsrooms_not_compared(
        ("matin-1", "matin", "", FRENCH),
        ("blatt-1", "blatt", "", GERMAN),
        ("courier-1", "courier", "", ENGLISH),
        ("courier-2", "courier", "", ENGLISH.replace("Nine", "Eleven")),
    )
    assert found == (NotCompared("matin", "fr"), NotCompared("blatt", "de"))
