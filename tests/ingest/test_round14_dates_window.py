"""The date chooser reads a date line standing under the standfirst or the lead, not only above
the first line of text, and counts words as runs holding a letter or a figure (issue 21, round
14). Every page is invented."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from generator.ingest.date_candidates import PROSE_LINES, candidates, is_prose
from generator.ingest.model import Draft, Request
from generator.ingest.pipeline import Source, ingest
from generator.model.site import SiteConfig
from generator.model.wires import DEFAULT
from tests.ingest.support import NOW, context

NL = context("Europe/Amsterdam", language="nl")
STANDFIRST_NL = "De gemeente Havenstad wil de oude kademuur langs de Oosthaven binnen twee jaar vervangen."
LEAD_NL = (
    "HAVENSTAD – De muur is volgens een onderzoek van de gemeente op meerdere plekken verzakt en "
    "moet worden vervangen voordat de volgende winter begint."
)
SECOND_NL = "Het werk kost naar verwachting ruim vier miljoen euro, zegt de wethouder."


def texts(lines: list[str]) -> list[str]:
    return [found.text for found in candidates(lines, NL)]


def test_a_date_line_under_the_standfirst_is_a_candidate() -> None:
    lines = ["Nieuwe kademuur voor de Oosthaven", STANDFIRST_NL, "10-07-2008 | Havenblad", LEAD_NL]
    assert is_prose(STANDFIRST_NL)
    assert texts(lines) == ["10-07-2008"]


def test_a_portuguese_published_label_opens_a_date_line_under_the_standfirst() -> None:
    lead = "A câmara de Vila Clara aprovou nesta terça-feira a ampliação do cais norte, parada há dois anos."
    lines = ["Cais norte de Vila Clara vai crescer", lead, "postado em 21/01/2016 00:00", LEAD_NL]
    assert [c.text for c in candidates(lines, context("Europe/Lisbon", language="pt"))] == [
        "21/01/2016 00:00"
    ]


def test_words_before_a_date_under_the_standfirst_make_it_a_sub_heading_not_a_candidate() -> None:
    lines = ["Nieuwe kademuur", STANDFIRST_NL, "Hoorzitting 10 juli 2008", "Bron: Havenblad, 10-07-2008;"]
    assert texts(lines) == []


def test_a_date_and_a_byline_with_a_slash_is_a_candidate() -> None:
    # ',' and '/' standing alone are no words: the date stands with four, not six
    lines = ["Schoorsteenbrand in Oosthaven", "24-03-2018, Anna de Vries / havenkrant.example", LEAD_NL]
    assert texts(lines) == ["24-03-2018"]


def test_a_date_in_a_later_line_of_text_or_below_the_text_is_no_candidate() -> None:
    dated_text = (
        "De vorige muur werd op 3 maart 1998 gebouwd en is sindsdien niet meer hersteld, zegt de wethouder."
    )
    assert is_prose(dated_text)
    lines = ["Nieuwe kademuur", STANDFIRST_NL, dated_text, "10-07-2008", SECOND_NL]
    assert PROSE_LINES == 2
    assert texts(lines) == []


def test_a_french_date_line_with_its_wire_under_the_standfirst_is_the_published_date(
    fixture_config: SiteConfig,
) -> None:
    page = (
        "Le port de Villeclaire agrandit son quai nord\n"
        "La municipalité de Villeclaire a voté mardi l'agrandissement du quai nord, bloqué depuis deux ans.\n"
        "14 mars 2016 à 09h41 par AFP\n"
        "Les travaux commenceront à l'automne et dureront trois ans, selon l'autorité portuaire, qui "
        "en a présenté le calendrier mardi soir.\n"
        "Le coût total est estimé à quarante millions d'euros, financés en partie par l'État.\n"
    )
    draft: Draft = ingest(
        Source("page.txt", page, False), Request(outlet="gazette-du-port"), fixture_config, NOW, DEFAULT
    )
    assert draft.metadata.published == datetime(2016, 3, 14, 9, 41, tzinfo=ZoneInfo("Europe/Paris"))
    assert not draft.metadata.draft
    # since round 15 the rules read the line ('21h11' is one clock, no longer '21h 11'), before the
    # date model is asked: no note asks to check it, and its wire is read with it
    assert not any("date model" in note for note in draft.metadata.review)
    assert draft.metadata.via == "AFP"
