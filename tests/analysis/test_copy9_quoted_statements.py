"""Translations rest on the reporters' own sentences, not on a statement both quote (invented
texts: an airline's statement on a turbulent flight, quoted in an English report and, in
translation, in a Spanish outlet's own report)."""

from __future__ import annotations

import pytest

from generator.analysis import translations
from generator.analysis.corpus import Corpus
from generator.analysis.shingles import outside_quotes, shingles
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from tests.analysis.support import article
from tests.growth import LIMIT, growth

OUTLETS = {
    "harbour-post": Outlet("harbour-post", "Harbour Post", country="GB", language="en"),
    "diario-sur": Outlet("diario-sur", "Diario del Sur", country="ES", language="es"),
}

ENGLISH = (
    "A passenger died and 31 people were hurt when a Norvale Airways jet hit severe turbulence, "
    "the Harbour Post has learned.\n\n"
    "“Norvale Airways flight NV402, operating from Harwell to Ostrava on 14 March 2025, met severe "
    "turbulence over Danzig. The aircraft diverted to Kellmont and landed at 16.20 local time. There "
    "were 212 passengers and 17 crew on board, and Norvale Airways offers its condolences to the "
    "family of the deceased,” the airline said.\n\n"
    "Passengers told reporters the cabin dropped without warning."
)
STATEMENT = (
    "El vuelo NV402 de Norvale Airways, que operaba de Harwell a Ostrava el 14 de marzo de 2025, "
    "sufrió fuertes turbulencias sobre Danzig. El avión se desvió a Kellmont y aterrizó a las 16.20 "
    "hora local. A bordo había 212 pasajeros y 17 tripulantes, y Norvale Airways ofrece sus "
    "condolencias a la familia del fallecido"
)


def spanish(opening: str, closing: str) -> str:
    """The Spanish outlet's own lead, then the airline's statement in its quotation marks."""
    return (
        "Un pasajero murió y 31 personas resultaron heridas en un vuelo de Norvale Airways, según "
        "la aerolínea.\n\n"
        f"{opening}{STATEMENT}{closing}, dijo la aerolínea en un comunicado."
    )


def counted(english: str, other: str) -> str:
    articles = [
        article("en", english, outlet="harbour-post", minutes=0),
        article("es", other, outlet="diario-sur", minutes=60),
    ]
    return coverage(articles, OUTLETS, corpus=Corpus.of(articles, OUTLETS)).line


APART = (
    "2 articles · 2 newsrooms · 1 article in another language no other newsroom writes in, "
    "compared for copies only by figures and names"
)


@pytest.mark.parametrize(
    ("opening", "closing"),
    [
        ("«", "»"),
        ("„", "“"),
        ("“", "”"),
        ("”", "”"),
        ("「", "」"),
        ('"', '"'),
        ("'", "'"),
        ("‘", "’"),
        ("‚", "‘"),
    ],
)
def test_a_statement_both_quote_makes_no_translation(opening, closing):
    """Before: the statement's names and figures, in order on both sides, joined the two
    reports as one text translated ('2 articles · 1 newsroom · 1 copy of Harbour Post')."""
    english = ENGLISH.replace("“", opening).replace("”", closing)
    assert counted(english, spanish(opening, closing)) == APART


def test_the_statement_given_as_the_reporters_own_text_is_still_a_translation():
    """The same words outside quotation marks are the outlet's own copy: still one newsroom."""
    unquoted = ENGLISH.replace("“", "").replace(",” the airline said", ".")
    assert counted(unquoted, spanish("", "")) == "2 articles · 1 newsroom · 1 copy of Harbour Post"


def test_a_quote_runs_over_sentences_of_its_paragraph_and_ends_with_it():
    body = "Ana Ruiz spoke.\n\n«Alba Costa came. Then Berta Sol.\n\nCarla Mar stayed, said Dora Paz."
    sentences = Corpus.of([article("es", body, outlet="diario-sur")], OUTLETS).articles[0].sentences
    kept = [text.split() for text in outside_quotes(sentences)]
    assert kept == [["Ana", "Ruiz", "spoke."], [], [], ["Carla", "Mar", "stayed,", "said", "Dora", "Paz."]]


def test_fingerprints_leave_quotations_out():
    item = Corpus.of([article("es", spanish("«", "»"), outlet="diario-sur")], OUTLETS).articles[0]
    assert translations.fingerprint(item) == ("31", "norv", "airw")


def test_a_statement_introduced_by_a_colon_after_a_verb_of_saying_makes_no_translation():
    """Before: the statement, given by both without quotation marks after a verb of saying and a
    colon, joined the two reports ('2 articles · 1 newsroom · 1 copy of Harbour Post')."""
    english = ENGLISH.replace("“", "The airline said in a statement: ").replace(",” the airline said", ".")
    unmarked = (
        "Un pasajero murió y 31 personas resultaron heridas en un vuelo de Norvale Airways, según "
        "la aerolínea.\n\n"
        f"La aerolínea dijo en un comunicado: {STATEMENT.replace('. ', '; ')}."
    )
    assert counted(english, unmarked) == APART


def test_a_clock_time_or_a_colon_without_a_verb_of_saying_is_no_statement():
    body = (
        "Norvale Airways landed at Kellmont at 16:20, the airline said.\n\n"
        "Norvale Airways gave the figures: 212 passengers and 17 crew on the Kellmont flight."
    )
    item = Corpus.of([article("en", body, outlet="harbour-post")], OUTLETS).articles[0]
    assert translations.fingerprint(item) == ("airw", "kell", "16", "20", "airw", "212", "17", "kell")


@pytest.mark.parametrize(
    "unit",
    [
        "«Ana said: ",  # guillemets never closed, colons after a verb of saying
        "'Ana 'Bea' ",  # single marks that open but close only now and then
        "„Ana“ said: Bea. ",  # many quotes and statements, sentence after sentence
    ],
)
def test_a_fingerprint_is_read_in_linear_time(unit):
    """4x the text takes well under 16x the time (quotes paired in one pass a paragraph)."""

    def work(size: int):
        item = Corpus.of([article("es", unit * size, outlet="diario-sur")], OUTLETS).articles[0]
        return lambda: translations.fingerprint(item)

    assert growth(work, 500) < LIMIT


def test_a_german_single_quote_is_left_out_of_copies_shingles():
    """Before: the low opening mark was read as punctuation and the quote's runs were kept."""
    plain = "Der Sprecher der Reederei Nordlicht sagte am Abend in Kessmoor vor Reportern"
    quoted = plain + " ‚Die Fähre Marisol hatte alle Prüfungen bestanden, das Wetter war ruhig‘, und ging."
    assert shingles(quoted) == shingles(plain + " und ging.")


ENGLISH_STATEMENT = (
    "Norvale Airways flight NV402, operating from Harwell to Ostrava on 14 March 2025, met severe "
    "turbulence over Danzig and diverted to Kellmont, where it landed at 16.20 local time with 212 "
    "passengers and 17 crew on board, and the airline offers its deepest condolences to the family "
    "of the deceased passenger and is working with the local authorities"
)


def test_a_statement_two_reports_give_after_a_colon_makes_no_copy():
    """Before: the statement's runs of words, outside quotation marks, made the two reports one
    copy ('2 articles · 1 newsroom · 1 copy of Harbour Post')."""
    outlets = {**OUTLETS, "valley-news": Outlet("valley-news", "Valley News", country="GB", language="en")}
    articles = [
        article(
            "one",
            "A British man died after a jet hit turbulence over the sea, the Harbour Post learned.\n\n"
            f"The airline said in a statement: {ENGLISH_STATEMENT}.",
            outlet="harbour-post",
        ),
        article(
            "two",
            "Passengers were thrown against the cabin roof on a long flight, Valley News was told.\n\n"
            f"Toll: one dead. Norvale Airways told reporters on Tuesday: {ENGLISH_STATEMENT}.",
            outlet="valley-news",
            minutes=30,
        ),
    ]
    assert coverage(articles, outlets, corpus=Corpus.of(articles, outlets)).line == "2 articles · 2 newsrooms"


def test_the_statement_given_as_a_reports_own_text_is_still_a_copy():
    outlets = {**OUTLETS, "valley-news": Outlet("valley-news", "Valley News", country="GB", language="en")}
    articles = [
        article("one", f"Late on Tuesday: {ENGLISH_STATEMENT}.", outlet="harbour-post"),
        article("two", f"Late on Tuesday: {ENGLISH_STATEMENT}.", outlet="valley-news", minutes=30),
    ]
    found = coverage(articles, outlets, corpus=Corpus.of(articles, outlets)).line
    assert found == "2 articles · 1 newsroom · 1 copy of Harbour Post"


@pytest.mark.parametrize("unit", ["said: a: ", "Toll: 4. ", "a: " + "said " * 3])
def test_shingles_are_read_in_linear_time_whatever_the_colons(unit):
    """4x the text takes well under 16x the time (the text between two colons scanned once)."""

    def work(size: int):
        text = "x " + unit * size
        return lambda: shingles(text)

    assert growth(work, 2000) < LIMIT
