"""A figure written with an article instead of a digit ("more than a million", "eine Million",
"plus d'un million") is a figure: a sentence giving an approximate figure whose range does not
overlap the point's ("nearly 900,000" against "more than a million") is no evidence of the point
and is a figure warning (issue 23, precision round 9). Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.claim_sentence import read
from generator.analysis.claims import differences
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

POINT = "More than a million households in Norland lost their water supply, the utility board said."
LOWER = "By the morning, floods had cut the water supply to nearly 900,000 households in Norland, the utility board said."
HIGHER = "By the evening, the floods had cut the water supply to 1.2 million households in Norland, the utility board said."


def kinds(point: str, sentence: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(d.kind, d.point, d.article) for d, _ in differences(point, [sentence], language, None, None)]


def test_ranges_that_do_not_overlap_are_a_figure_warning():
    assert kinds(POINT, LOWER) == [("figure", "More than a million", "nearly 900,000")]


def test_a_figure_within_the_range_agrees():
    assert kinds(POINT, HIGHER) == []


def test_the_lower_count_is_no_evidence_and_the_point_is_warned():
    (support,) = evidence(KeyPoint(POINT, ("a",)), Corpus.of([article("a", LOWER)])).supports
    assert support.quotes == ()
    assert [(c.differs, c.point, c.article) for c in support.contradictions] == [
        ("a figure", "More than a million", "nearly 900,000")
    ]


def test_the_higher_count_is_evidence():
    (support,) = evidence(KeyPoint(POINT, ("a",)), Corpus.of([article("a", HIGHER)])).supports
    assert [quote.text for quote in support.quotes] == [HIGHER]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "More than a million homes were hit.", ("More than a million", 1e6, "least")),
        ("en", "One million homes were hit.", ("One million", 1e6, "exact")),
        ("de", "Mehr als eine Million Haushalte waren betroffen.", ("Mehr als eine Million", 1e6, "least")),
        ("fr", "Plus d'un million de foyers étaient touchés.", ("Plus d'un million", 1e6, "least")),
        ("es", "Más de un millón de hogares quedaron afectados.", ("Más de un millón", 1e6, "least")),
        ("it", "Più di un milione di case sono state colpite.", ("Più di un milione", 1e6, "least")),
        ("nl", "Meer dan een miljoen huishoudens werden getroffen.", ("Meer dan een miljoen", 1e6, "least")),
        ("pt", "Mais de um milhão de casas foram atingidas.", ("Mais de um milhão", 1e6, "least")),
    ],
)
def test_an_article_before_a_scale_word_is_one_of_it(language: str, text: str, expected: tuple) -> None:
    reading = read(text, language)
    assert reading is not None
    assert [(f.text, f.low, f.bound) for f in reading.figures] == [expected]


def test_half_a_million_is_read_as_before():
    # Not "a million" (1,000,000) after "half": read as before this round.
    reading = read("Officials said half a million homes were hit.", "en")
    assert reading is not None
    assert [f.text for f in reading.figures] == ["half"]


UNDER = "By morning, floods had cut the water supply to nearly 900,000 households in Norland, the utility board said."


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        # "nearly 900,000" excludes 900,000; "more than" and "just over" start at it
        (
            "More than 900,000 households in Norland lost their water supply, the utility board said.",
            [("figure", "More than 900,000", "nearly 900,000")],
        ),
        (
            "Just over 900,000 households in Norland lost their water supply, the utility board said.",
            [("figure", "Just over 900,000", "nearly 900,000")],
        ),
        # ranges that overlap agree
        ("About 900,000 households in Norland lost their water supply, the utility board said.", []),
        ("Nearly 900,000 households in Norland lost their water supply, the utility board said.", []),
    ],
)
def test_a_figure_just_under_its_value_is_not_one_over_it(point: str, expected: list) -> None:
    assert kinds(point, UNDER) == expected
