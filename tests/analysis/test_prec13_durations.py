"""A duration is one quantity only with what it measures (issue 23, round 13): "a four-year
term" and "six years in office" are two spans, no dispute; two terms, or two ages, still
differ. The unit "year" alone is not the quantity. Invented sentences."""

from __future__ import annotations

from collections.abc import Callable

from generator.analysis import disputes
from generator.analysis.disputes import differing
from tests.growth import growth

TERM = "Mayor Edda Brandt of Varnholm will leave office in June, when her four-year term ends."


def _units(a: str, b: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (unit, [f.printed for f in mine], [f.printed for f in other]) for unit, mine, other in differing(a, b)
    ]


def test_durations_of_different_things_are_no_dispute() -> None:
    other = "The Civic Union of Varnholm has held the mayoralty for six years under Mayor Edda Brandt."
    assert _units(TERM, other) == []


def test_a_duration_measuring_nothing_named_is_not_compared() -> None:
    other = "Mayor Edda Brandt of Varnholm has governed the city for six years."
    assert _units(TERM, other) == []


def test_two_terms_still_differ() -> None:
    other = "Mayor Edda Brandt of Varnholm will leave office in June, when her five-year term ends."
    assert _units(TERM, other) == [("year", ["four year"], ["five year"])]


def test_two_ages_still_differ() -> None:
    a = "A 19-year-old man from Varnholm was arrested on Tuesday."
    b = "A 21-year-old man from Varnholm was arrested on Tuesday."
    assert _units(a, b) == [("year", ["19 year"], ["21 year"])]


def test_what_a_duration_measures_is_read_from_the_next_words_only() -> None:
    """Reading what a duration measures costs the same however long the sentence runs on after
    it: a sentence of many durations is not read once per duration to its end."""

    def work(n: int) -> Callable[[], object]:
        text = "a four-year term " + "and the mayor of Varnholm spoke " * (250 * n)
        return lambda: [disputes._measured(text, 11) for _ in range(50)]

    assert growth(work, 4) < 2.5
