"""Translations: an article giving another's text in another language counts under its newsroom
(invented texts: a ferry fire reported in English, translated into Portuguese, and reported
independently in German)."""

from __future__ import annotations

import pytest

from generator.analysis import translations
from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from tests.analysis.support import article

OUTLETS = {
    "harbour-post": Outlet("harbour-post", "Harbour Post", country="GB", language="en"),
    "gazeta-do-porto": Outlet("gazeta-do-porto", "Gazeta do Porto", country="PT", language="pt"),
    "nordkurier": Outlet("nordkurier", "Nordkurier Online", country="DE", language="de"),
}

ENGLISH = (
    "A ferry carrying 312 passengers caught fire off Kessmoor on Tuesday, the coastguard said.\n\n"
    "Rescue boats from Tarrow and Lindholm pulled 298 people from the water by 6 a.m., and 14 "
    "were still missing, according to Ilse Marrow of the Northern Coastguard.\n\n"
    "The vessel, the Marisol Bay, had left Kessmoor at 18:40 for Tarrow, a crossing of 2.5 hours.\n\n"
    "Northline Crossings said the ship passed its inspection in March 2023 and suspended 6 "
    "sailings on the route.\n\n"
    "Kessmoor saw its last disaster in 2014, when 5 people died in a collision near Lindholm."
)
# The same text in Portuguese: the figures and names, in order (decimal comma, 24-hour clock).
PORTUGUESE = (
    "Um ferry com 312 passageiros incendiou-se ao largo de Kessmoor na terça-feira, disse a guarda costeira.\n\n"
    "Barcos de salvamento de Tarrow e Lindholm retiraram 298 pessoas da água até às 6 horas, e "
    "14 continuavam desaparecidas, segundo Ilse Marrow, da Guarda Costeira do Norte.\n\n"
    "O navio, o Marisol Bay, tinha saído de Kessmoor às 18h40 para Tarrow, uma travessia de 2,5 horas.\n\n"
    "A Northline Crossings disse que o navio passou a inspeção em março de 2023 e suspendeu 6 "
    "viagens na rota.\n\n"
    "Kessmoor viveu a sua última catástrofe em 2014, quando 5 pessoas morreram numa colisão perto de Lindholm."
)
# Another newsroom's own report in German: many of the same names and figures, in its own order.
GERMAN = (
    "Nach dem Brand der Marisol Bay vor Kessmoor werden noch 14 Menschen vermisst.\n\n"
    "Die Reederei Northline Crossings stellte 6 Fahrten ein; das Schiff war im März 2023 geprüft worden.\n\n"
    "Ilse Marrow von der Küstenwache sagte, Boote aus Lindholm und Tarrow hätten 298 Menschen gerettet.\n\n"
    "An Bord waren 312 Menschen, die Fähre war um 18:40 Uhr in Kessmoor ausgelaufen.\n\n"
    "Schon 2014 starben bei Lindholm 5 Menschen, Kessmoor trauert erneut."
)


def counted(articles):
    return coverage(articles, OUTLETS, corpus=Corpus.of(articles, OUTLETS))


def test_a_translation_counts_under_the_newsroom_it_translates():
    """Before: the translation stood as a newsroom of its own (words of two languages never meet)."""
    found = counted(
        [
            article("en", ENGLISH, outlet="harbour-post", minutes=0),
            article("pt", PORTUGUESE, outlet="gazeta-do-porto", minutes=90),
        ]
    )
    assert found.line == "2 articles · 1 newsroom · 1 copy of Harbour Post"
    (newsroom,) = found.newsrooms
    assert [(c.article, c.reason, c.source, c.evidence) for c in newsroom.copies] == [
        ("pt", "translation", "en", None)
    ]


def test_an_independent_report_in_another_language_is_another_newsroom():
    found = counted(
        [
            article("en", ENGLISH, outlet="harbour-post", minutes=0),
            article("de", GERMAN, outlet="nordkurier", minutes=30),
        ]
    )
    assert found.line == (
        "2 articles · 2 newsrooms · 1 article in another language no other newsroom writes in, "
        "compared for copies only by figures and names"
    )


def test_a_translation_published_days_later_is_not_taken_for_one():
    found = counted(
        [
            article("en", ENGLISH, outlet="harbour-post", minutes=0),
            article("pt", PORTUGUESE, outlet="gazeta-do-porto", minutes=3 * 24 * 60),
        ]
    )
    assert found.line.startswith("2 articles · 2 newsrooms · 1 article in another language")


def test_fingerprints_keep_figures_and_names_in_order_across_languages():
    corpus = Corpus.of(
        [
            article("en", ENGLISH, outlet="harbour-post"),
            article("pt", PORTUGUESE, outlet="gazeta-do-porto"),
            article("de", GERMAN, outlet="nordkurier"),
        ],
        OUTLETS,
    )
    en, pt, de = (translations.fingerprint(item) for item in corpus.articles)
    assert en[:8] == ("312", "kess", "tues", "tarr", "lind", "298", "6", "14")  # a weekday: noise
    assert translations._common(en, pt) >= translations.MIN_MATCHED
    assert translations._common(en, pt) >= translations.MIN_SHARE * min(len(en), len(pt))
    assert translations._common(en, de) < translations.MIN_SHARE * min(len(en), len(de))


@pytest.mark.parametrize(
    ("one", "two", "expected"),
    [("", "", 0), ("abc", "", 0), ("abcbdab", "bdcaba", 4), ("aaaa", "aa", 2), ("xyz", "zyx", 1)],
)
def test_the_longest_common_subsequence(one, two, expected):
    assert translations._common(list(one), list(two)) == expected


def test_a_story_in_one_language_fingerprints_nothing(monkeypatch):
    def refused(item):
        raise AssertionError("fingerprinted an article of a one-language story")

    monkeypatch.setattr(translations, "fingerprint", refused)
    found = counted(
        [
            article("a", ENGLISH, outlet="harbour-post", minutes=0),
            article("b", ENGLISH.replace("Tuesday", "Monday"), outlet="nordkurier", minutes=5),
        ]
    )
    assert len(found.newsrooms) == 1
