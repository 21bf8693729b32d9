"""'Only in X' for a newsroom writing in another language (issue 23, recall round 3), on
invented stories.

A newsroom none of whose articles is in the language the story is compared in was never
listed: what only it gives (a count no other newsroom gives, in any language) was lost. It is
now compared with the newsrooms of its own language word by word, and with every other
newsroom by its counts: a figure that cannot be a date, a year or a clock time. Every
sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from generator.analysis.story import analyse
from generator.analysis.unique_gate import counts
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language=language)
    for slug, name, language in [
        ("daily", "The Daily", "en"),
        ("herald", "The Herald", "en"),
        ("gazette", "The Gazette", "en"),
        ("zeitung", "Die Zeitung", "de"),
        ("kurier", "Der Kurier", "de"),
    ]
}
DAILY = (
    "A ferry sank off the island of Korsa on Sunday, the coastguard said.\n\n"
    "Rescuers pulled survivors from the cold water through the night."
)
HERALD = (
    "A ferry went down near Korsa early on Sunday, coastguard officials said.\n\n"
    "Two navy boats joined the search at dawn."
)
GAZETTE = (
    "The ferry sank near Korsa on Sunday.\n\n"
    "The owner, the shipping firm Marlo Lines, said the vessel had 34,000 kilometres on its engines."
)
ZEITUNG_COUNT = (
    "Nach Angaben der Reederei befanden sich insgesamt 214 Passagiere und Besatzungsmitglieder an Bord."
)


def only_in(*articles: tuple[str, str, str]) -> dict[str, list[str]]:
    """Each newsroom's sentences shown as only in it, for (id, outlet, body) articles."""
    made = [article(i, body, outlet, minutes=n) for n, (i, outlet, body) in enumerate(articles)]
    result = analyse(briefing(), made, OUTLETS)
    return {item.newsroom: [q.text for q in item.sentences] for item in result.only_in}


def english(*more: tuple[str, str, str]) -> dict[str, list[str]]:
    return only_in(
        ("daily", "daily", DAILY), ("herald", "herald", HERALD), ("gazette", "gazette", GAZETTE), *more
    )


def test_a_count_only_a_newsroom_in_another_language_gives_is_listed_as_only_in_it():
    """Before: the German newsroom was only named as not compared, and its count was lost."""
    german = f"Eine Fähre ist am Sonntag vor der Insel Korsa gesunken.\n\n{ZEITUNG_COUNT}"
    found = english(("zeitung", "zeitung", german))
    assert found["zeitung"] == [ZEITUNG_COUNT]


def test_a_count_another_newsroom_gives_in_another_language_is_not_only_in_one():
    """The Gazette gives '34,000' in English: the German '34.000' is the same figure."""
    german = (
        "Eine Fähre ist am Sonntag vor der Insel Korsa gesunken.\n\n"
        "Die Motoren des Schiffes hatten nach Angaben der Reederei schon 34.000 Kilometer hinter sich."
    )
    found = english(("zeitung", "zeitung", german))
    assert "zeitung" not in found


def test_a_count_another_newsroom_of_its_language_says_alike_in_words_is_not_only_in_one():
    """The Kurier, in German too, says the same in like words with the number written out:
    the figure is the Zeitung's alone, the fact is not."""
    zeitung = f"Eine Fähre ist am Sonntag vor der Insel Korsa gesunken.\n\n{ZEITUNG_COUNT}"
    kurier = (
        "Vor der Insel Korsa ist am Sonntag eine Fähre gesunken.\n\n"
        "Nach Angaben der Reederei befanden sich insgesamt über zweihundert Passagiere und "
        "Besatzungsmitglieder an Bord."
    )
    found = english(("zeitung", "zeitung", zeitung), ("kurier", "kurier", kurier))
    assert "zeitung" not in found
    assert "kurier" not in found


def test_a_date_a_year_or_a_time_is_no_evidence_across_languages():
    """Figures no English newsroom gives, but each a date, a year or a clock time: a name or
    a date is no evidence across languages, and the newsroom gets no 'only in' entry at all
    (not 'nothing found only here': it was compared by its counts only)."""
    german = (
        "Eine Fähre ist am Sonntag vor der Insel Korsa gesunken.\n\n"
        "Das Unglück ereignete sich nach Angaben der Reederei Marlo um 23:45 Uhr Ortszeit am 19. Mai.\n\n"
        "Die Reederei Marlo betreibt die Verbindung zwischen den Häfen von Korsa und Velo seit 2004."
    )
    found = english(("zeitung", "zeitung", german))
    assert "zeitung" not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insgesamt 214 Passagiere waren an Bord.", {"214"}),
        ("Rund 34.000 Haushalte und 1.200 Betriebe sind ohne Strom.", {"34000", "1200"}),
        ("Das Beben ereignete sich um 7:58 Uhr.", set()),
        ("La secousse a eu lieu à 18h00, heure locale.", set()),
        ("A partir de las 6 (1000 GMT) empieza la búsqueda.", set()),
        ("Am 19. Mai, 31 Tage danach.", set()),
        ("Seit 2004 und bis 2100 nicht, aber 2101 Menschen.", {"2101"}),
        ("Es waren 32 Menschen an Bord.", {"32"}),
        ("Eine Nummer: 123456789012345678901234567890.", {"123456789012345678901234567890"}),
    ],
)
def test_counts_are_figures_that_cannot_be_a_date_a_year_or_a_time(text: str, expected: set[str]):
    assert counts(text) == expected
