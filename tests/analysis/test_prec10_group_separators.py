"""A figure written with group separators of any kind the set's languages use is one figure
(issue 23, round 10): a space, a no-break space, a narrow no-break space, an apostrophe; a single
dot or comma before three zeros is a thousands mark in every language. Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.claim_reading import number, words
from generator.analysis.claims import differences, lacks
from tests.growth import LIMIT, growth

POINT = {
    "en": "About 5,000 people left their homes in the valley.",
    "de": "Rund 5.000 Menschen verließen ihre Häuser im Tal.",
    "fr": "Environ 5 000 personnes ont quitté leurs maisons dans la vallée.",
    "it": "Circa 5.000 persone hanno lasciato le loro case nella valle.",
}
ARTICLE = {
    "en": "In the valley {} people left their homes overnight.",
    "de": "Im Tal verließen {} Menschen über Nacht ihre Häuser.",
    "fr": "Dans la vallée, {} personnes ont quitté leurs maisons pendant la nuit.",
    "it": "Nella valle {} persone hanno lasciato le loro case durante la notte.",
}
WRITTEN = ["5 000", "5\u00a0000", "5\u202f000", "5'000", "5’000", "5,000", "5.000"]


@pytest.mark.parametrize("language", sorted(POINT))
@pytest.mark.parametrize("written", WRITTEN)
def test_a_grouped_figure_is_the_same_figure(language: str, written: str) -> None:
    article = ARTICLE[language].format(written)
    assert differences(POINT[language], [article], language) == []
    assert lacks(POINT[language], article, language) is None


@pytest.mark.parametrize(
    ("text", "value"),
    [("5 000", 5000.0), ("1 250 000", 1250000.0), ("12’500", 12500.0), ("3'400", 3400.0), ("7.000", 7000.0)],
)
def test_a_spaced_or_apostrophed_figure_is_one_word(text: str, value: float) -> None:
    found = words(f"Some {text} were counted.", "en")
    assert [w.text for w in found] == ["Some", text, "were", "counted", "."][: len(found)]
    assert number(found[1].text, "en") == value


def test_a_different_grouped_figure_still_differs() -> None:
    (difference, _), *_ = differences(POINT["fr"], [ARTICLE["fr"].format("8 000")], "fr")
    assert (difference.kind, difference.point, difference.article) == ("figure", "Environ 5 000", "8 000")


def test_a_year_and_a_count_are_not_joined() -> None:
    found = words("In 2023 100 people left.", "en")
    assert [w.text for w in found][:3] == ["In", "2023", "100"]


def test_a_decimal_with_three_digits_stays_a_decimal() -> None:
    assert number("6,125", "de") == 6.125
    assert number("0.500", "en") == 0.5


def test_grouped_figures_are_read_in_linear_time() -> None:
    # Long runs of spaced groups, some closed by a fourth digit (the pattern backtracks over them).
    def work(size: int):
        text = " ".join(["1 000 000 000 0001", "22 333 4444"] * size)
        return lambda: words(text, "en")

    assert growth(work, 200) < LIMIT
