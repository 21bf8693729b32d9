"""'Only in' reads a figure at its value and a rounded figure as the one another newsroom rounds
differently (issue 23, round 15), on invented text.

`unique_gate` kept a sentence as "only in" one newsroom when it gave a figure no other newsroom
gives, even when that figure was another newsroom's written at another scale ("1.400 millones"
against "1.4 billion") or rounded otherwise (a town "of 38,000" against "of 37,000"): the
sentence then carries the fact another newsroom gives in its own words. Every sentence here is
written for the test; the places and people are invented.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from generator.analysis.corpus import Corpus
from generator.analysis.unique_gate import FIGURE_ELSEWHERE, Gate, figures, keys
from generator.model.site import Outlet
from tests.analysis.support import article
from tests.growth import LIMIT, growth


def gate(texts: Mapping[str, str], languages: Mapping[str, str]) -> Gate:
    outlets = {room: Outlet(room, room.title(), language=languages[room]) for room in texts}
    articles = [article(room, body, room, minutes=n) for n, (room, body) in enumerate(texts.items())]
    return Gate(Corpus.of(articles, outlets), {room: room for room in texts})


def test_a_figure_before_a_scale_word_is_read_at_its_value_in_its_language():
    assert figures("La Liga guía a sus 1.400 millones de socios.", "es") == ["1.400", "1400000000"]
    assert figures("The league's 1.4 billion members, $71.4 million and 50,000 fans.", "en") == [
        "50,000",
        "1",
        "4",
        "1400000000",
        "71",
        "4",
        "71400000",
    ]
    assert figures("Die 1,4 Milliarden Mitglieder der Liga.", "de") == ["1", "4", "1400000000"]
    assert figures("Die 1,4 Milliarden Mitglieder der Liga.", "en") == ["1", "4"]  # no English scale
    assert keys("La Liga guía a sus 1.400 millones de socios.", "es") == {"liga", "1400000000"}
    assert keys("La Liga guía a sus 1.400 millones de socios.") == {"liga", "1400"}  # no language


def test_a_figure_of_one_digit_before_a_scale_word_is_no_figure():
    """As "6 a.m." is too common to count, so is "1 million" (`FIGURE_DIGITS`)."""
    assert figures("Brennor is home to around 1 million people.", "en") == ["1"]
    assert keys("Brennor is home to around 1 million people.", "en") == set()


def test_an_amount_another_newsroom_writes_at_another_scale_is_its_figure():
    texts = {
        "diario": "Tras la votación en Brennor, la Liga Varnesa eligió a Tomas Arvel para guiar "
        "a sus 1.400 millones de socios.",
        "herald": "Tomas Arvel will lead the Varnese League's 1.4 billion members after the vote in Brennor.",
        "gazette": "The vote in Brennor chose Tomas Arvel on Sunday.",
    }
    built = gate(texts, {"diario": "es", "herald": "en", "gazette": "en"})
    assert built.verdict("diario", texts["diario"], texts["diario"]) == (0, FIGURE_ELSEWHERE)


def test_a_rounded_figure_close_to_another_newsroom_s_is_that_figure():
    texts = {
        "daily": "In Korvin, a town of 38,000 people beside the Delm river, the mood was grim.",
        "herald": "Korvin, a town of 37,000, mourned its dead on Sunday.",
        "gazette": "Police in Korvin searched the woods on Sunday.",
    }
    built = gate(texts, dict.fromkeys(texts, "en"))
    assert built.verdict("daily", texts["daily"], texts["daily"]) == (0, FIGURE_ELSEWHERE)


def test_a_figure_further_away_or_not_rounded_stays_its_own():
    """7.5% apart (40,000 and 37,000), or a figure not rounded (38,250): a figure of its own."""
    for figure in ("40,000", "38,250"):
        texts = {
            "daily": f"In Korvin, a town of {figure} people beside the Delm river, the mood was grim.",
            "herald": "Korvin, a town of 37,000, mourned its dead on Sunday.",
            "gazette": "Police in Korvin searched the woods on Sunday.",
        }
        built = gate(texts, dict.fromkeys(texts, "en"))
        assert built.verdict("daily", texts["daily"], texts["daily"]) == (2, "")


def test_a_rounded_figure_every_other_newsroom_gives_is_the_subject():
    """Every other newsroom's "37,000": 38,000 is the story's subject rounded, no figure of its own."""
    texts = {
        "daily": "In Korvin, a town of 38,000 people beside the Delm river, the mood was grim.",
        "herald": "Korvin, a town of 37,000, mourned its dead on Sunday.",
        "gazette": "Police in Korvin, home to 37,000, searched the woods on Sunday.",
    }
    built = gate(texts, dict.fromkeys(texts, "en"))
    assert built.verdict("daily", texts["daily"], texts["daily"]) == (1, "")  # "Delm" only


def test_scaled_figures_are_read_in_linear_time():
    """A long run of digits (a pattern reading a figure then a scale word backtracks through
    it at each digit: quadratic), and many groups and figures before scale words."""

    def work(n: int) -> Callable[[], object]:
        text = "1234567890" * n + " 1.222.333 12.5 millones 1 222 333 " * n
        return lambda: (figures(text, "es"), keys(text, "es"))

    assert growth(work, 500) < LIMIT
