"""A capital a sentence names instead of the point's is a swapped place ("Iran's consulate in
Beirut" against "... in Damascus"): the article is warned, not shown as evidence (issue 23,
precision round 8). A capital is swapped only with another capital: "the Bishop of Rome"
against "Vatican radio" is no swap, and "Damascus" against "Syria" names the same country.
Invented sentences."""

from __future__ import annotations

from generator.analysis.claims import differences
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

POINT = "The blast followed a drone strike on Norland's embassy in Vilnius that killed four guards in March."
SWAPPED = "The blast came after a drone strike on Norland's embassy in Riga that killed four guards in March."


def kinds(point: str, sentence: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(d.kind, d.point, d.article) for d, _ in differences(point, [sentence], language, None, None)]


def test_another_capital_in_the_sentence_is_a_swapped_name():
    assert kinds(POINT, SWAPPED) == [("name", "Vilnius", "Riga")]


def test_the_article_naming_another_capital_is_no_evidence():
    found = evidence(KeyPoint(POINT, ("a",)), Corpus.of([article("a", SWAPPED)]))
    assert [
        (s.article, [(d.kind, d.point, d.article) for d in s.contradictions]) for s in found.supports
    ] == [("a", [("name", "Vilnius", "Riga")])]


def test_the_capital_s_country_names_the_same_place():
    assert (
        kinds(
            POINT,
            "The blast came after a drone strike on Norland's embassy in Lithuania that killed four guards in March.",
        )
        == []
    )


def test_a_capital_is_not_swapped_with_a_country():
    assert (
        kinds(
            "The cardinal said the Bishop of Rome had died at dawn in his residence.",
            "The cardinal said on Vatican radio that the pope had died at dawn in his residence.",
        )
        == []
    )
