"""A sentence putting the point's event in another place of the same level is no evidence of the
point (issue 23, round 11): "an evacuation in the Varsk region" is not evidenced by "an
evacuation in the region of Tolmy", nor "an emergency in Arden and Belmore counties" by "an
emergency in Arden and Corvale counties", nor "a bridge collapse in Ostrava Falls" by one in
"Kelmo Town", though the sentence shares every other word. Invented places and sentences; the
gazetteer knows none of them, so the words for a kind of unit and the phrase after "in" decide.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from generator.analysis.claim_reading import Difference
from generator.analysis.claims import lacks
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article
from tests.growth import LIMIT, growth


def quotes(point: str, body: str) -> list[str]:
    found = evidence(KeyPoint(point, ("a",)), Corpus.of([article("a", body)]))
    (support,) = found.supports
    return [quote.text for quote in support.quotes]


@pytest.mark.parametrize(
    ("point", "sentence"),
    [
        (
            "The council ordered an evacuation of 6,000 people in the Varsk region.",
            "The council ordered an evacuation of 6,000 people in the neighbouring region of Tolmy, "
            "just across the river from Varsk.",
        ),
        (
            "The governor declared a state of emergency in Arden and Belmore counties.",
            "The governor declared a state of emergency in Arden and Corvale counties after the fire.",
        ),
        (
            "A bridge collapse in Ostrava Falls left about 400 families stranded.",
            "A bridge collapse in Kelmo Town left about 400 families stranded near Ostrava Falls.",
        ),
        (
            "A bridge collapse in Ostrava Falls left about 400 families stranded.",
            "In Kelmo Town, a bridge collapse left about 400 families stranded near Ostrava Falls.",
        ),
    ],
)
def test_the_same_event_in_another_place_of_its_level_is_no_evidence(point: str, sentence: str) -> None:
    assert quotes(point, sentence) == []


def test_the_difference_names_both_places() -> None:
    point = "The governor declared a state of emergency in Arden and Belmore counties."
    sentence = "The governor declared a state of emergency in Arden and Corvale counties."
    assert lacks(point, sentence, "en") == Difference(
        "name", "Arden and Belmore counties", "Arden and Corvale counties"
    )


@pytest.mark.parametrize(
    ("point", "sentence"),
    [
        (  # the same place, its unit written another way
            "The council ordered an evacuation of 6,000 people in the Varsk region.",
            "The council ordered an evacuation of 6,000 people in the Varsk Oblast on Monday.",
        ),
        (  # a place left out, none put in its stead
            "The governor declared a state of emergency in Arden and Belmore counties.",
            "The governor declared a state of emergency in Belmore County on Tuesday.",
        ),
        (  # a country's adjective for the country
            "Troops fired on protesters in Russia's Varsk region.",
            "Troops fired on protesters in the Russian region of Varsk.",
        ),
        (  # a country given by a province of it (the place index)
            "Troops fired on protesters in Russia on Monday.",
            "Troops fired on protesters in the Kursk region on Monday.",
        ),
        (  # another word placed elsewhere: not the point's
            "The governor declared a state of emergency in Arden and Belmore counties.",
            "The governor, born in Corvale, declared a state of emergency in Arden and Belmore counties.",
        ),
    ],
)
def test_the_same_place_or_no_other_is_still_evidence(point: str, sentence: str) -> None:
    assert quotes(point, sentence) == [sentence]


def test_german_is_not_read_by_its_capitals() -> None:
    point = "Die Behörden ordneten eine Evakuierung von 6000 Menschen in der Stadt Varsk an."
    sentence = "Die Behörden ordneten eine Evakuierung von 6000 Menschen in der Nähe von Varsk an."
    assert lacks(point, sentence, "de") is None


def test_the_reading_is_linear_in_the_sentence() -> None:
    point = "The governor declared a state of emergency in Arden and Belmore counties."

    def work(n: int) -> Callable[[], object]:
        sentence = "The governor declared a state of emergency in Arden and Corvale counties, " * n
        return lambda: lacks(point, sentence, "en")

    assert growth(work, 100) < LIMIT
