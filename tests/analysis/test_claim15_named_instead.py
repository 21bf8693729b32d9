"""A sentence that leaves out a key point's name and names someone or somewhere of its own is no
evidence of the point (issue 23, round 15: the largest class of wrong evidence over twelve
held-out draws, nine of twelve items, was another place, county, service or organisation in
place of the point's). Invented names and sentences: no word list knows any of them, so only
the capitals decide. A sentence that leaves a name out but names nothing else, or writes the
name in another form, is still evidence.
"""

from __future__ import annotations

import pytest

from generator.analysis.claim_proper import names, other_name
from generator.analysis.claim_reading import Difference
from generator.analysis.claims import lacks
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article


def quotes(point: str, body: str) -> list[str]:
    found = evidence(KeyPoint(point, ("a",)), Corpus.of([article("a", body)]))
    (support,) = found.supports
    return [quote.text for quote in support.quotes]


@pytest.mark.parametrize(
    ("point", "sentence"),
    [
        (
            "The crew of the Northwatch Guard helicopter was on a routine training flight.",
            "The crew of the Harbour Patrol helicopter was on a routine training flight.",
        ),
        (
            "A Tarrow Airways jet carrying 212 people landed safely after the engine fire.",
            "A Kessing Air jet carrying 212 people landed safely after the engine fire.",
        ),
        (
            "Inspectors from the Halvern Institute found deep cracks in the dam wall.",
            "Inspectors from the Morrow Foundation found deep cracks in the dam wall.",
        ),
        (
            "Overnight, Velmoran artillery shelled the border crossing, officials said.",
            "Overnight, Quessanti artillery shelled the border crossing, officials said.",
        ),
        (  # a name with a country in it is not that country: a place in the country does not give it
            "The helicopter that hit the jet belonged to the US Army, officials said.",
            "The helicopter that hit the jet belonged to a unit based in Virginia, officials said.",
        ),
    ],
)
def test_a_sentence_naming_another_in_place_of_the_points_name_is_no_evidence(
    point: str, sentence: str
) -> None:
    assert quotes(point, sentence) == []


def test_the_difference_names_both() -> None:
    point = "The crew of the Northwatch Guard helicopter was on a routine training flight."
    sentence = "The crew of the Harbour Patrol helicopter was on a routine training flight."
    assert lacks(point, sentence, "en") == Difference("name", "Northwatch Guard", "Harbour Patrol")


# Guards of recall (these passed before the change too): the change must not take them.
@pytest.mark.parametrize(
    ("point", "sentence"),
    [
        # The name written in another form, or its surname alone.
        (
            "Velmoran troops crossed the river at dawn and held the bridge.",
            "Troops from Velmora crossed the river at dawn and held the bridge.",
        ),
        (
            "Regional premier Arvid Tollensen said more deaths could not be ruled out.",
            "Tollensen said more deaths could not be ruled out, speaking at the depot.",
        ),
        # Initialisms written with and without full stops, or spelled out.
        (
            "The U.K. Seismic Office measured the quake at magnitude 5.9 late on the night.",
            "The UK Seismic Office measured the quake at magnitude 5.9 late on the night.",
        ),
        (
            "The QSA measured the quake at magnitude 5.9 late on the night.",
            "The Quarrel Seismic Agency measured the quake at magnitude 5.9 late on the night.",
        ),
        # The name left out, but no other named in its place: a paraphrase, still evidence.
        (
            "The storm killed about 170 people elsewhere in Velmora.",
            "The storm killed about 170 people elsewhere in the country.",
        ),
    ],
)
def test_a_sentence_writing_the_points_names_or_naming_no_other_is_evidence(
    point: str, sentence: str
) -> None:
    assert quotes(point, sentence) == [sentence]


def test_names_are_runs_of_capitals_but_the_first_word_quotes_and_calendar_words() -> None:
    text = 'Officials said on Monday that the Northwatch Guard wrote "Merci" to Velmora\'s mayor in May.'
    assert names(text, "en") == [("Northwatch", "Guard"), ("Velmora's",)]


def test_german_capitalises_every_noun_and_is_not_read() -> None:
    point = "Die Feuerwehr in Velmora meldete zwei Verletzte."
    sentence = "Die Feuerwehr in Quessant meldete zwei Verletzte."
    assert other_name(point, sentence, "de") is None


POINT = "The helicopter was a Velmora Navy Falcon on a training flight."
TRAINING = "The Harbour Board said a regional jet collided with a military helicopter on a training flight."


def test_an_article_naming_the_points_name_nowhere_gives_no_evidence_by_a_sentence_naming_another() -> None:
    # "Harbour Board" does not stand where "Velmora Navy Falcon" stands; the article never names it.
    assert quotes(POINT, TRAINING) == []


def test_an_article_naming_the_points_name_elsewhere_may_give_it_by_a_sentence_naming_another() -> None:
    assert other_name(POINT, TRAINING, "en", elsewhere=lambda word: True) is None
    assert other_name(POINT, TRAINING, "en", elsewhere=lambda word: False) == (
        "Velmora Navy Falcon",
        "Harbour Board",
    )


def test_initials_with_a_possessive_write_the_name() -> None:
    point = "The result gives the Northern Reform Party a third consecutive term."
    sentence = "Officials said this will be the NRP's third consecutive term in office."
    assert other_name(point, sentence, "en") is None
    assert other_name(point, sentence.replace("NRP's", "Ostrel League's"), "en") == (
        "Northern Reform Party",
        "Ostrel League's",
    )


def test_a_name_of_its_own_elsewhere_in_the_sentence_is_no_swap_when_the_article_names_the_points() -> None:
    point = "One passenger died of a heart attack, officials at Velmora's airport said."
    said = "One passenger died of a heart attack, officials said, after the plane came from Quessant."
    body = f"{said} The airport in Velmora reopened later."
    assert quotes(point, body) == [said]
