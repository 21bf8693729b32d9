"""Evidence never gives another value of a quantity the point gives, its rounded conversion in
brackets included; the conversion's tolerance is for figures written in two units only (issue 23,
precision round 5). Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.claims import lacks
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

POINT = "The ferry's skipper lived in Arvel, about 36 km south of the harbour at Tolm."


def quotes(point: str, body: str) -> list[str]:
    found = evidence(KeyPoint(point, ("a",)), Corpus.of([article("a", body)]))
    (support,) = found.supports
    return [quote.text for quote in support.quotes]


def test_another_distance_with_its_conversion_is_no_evidence():
    body = "The ferry's skipper lived in Arvel, about 40 kilometres (24 miles) south of the harbour at Tolm."
    assert quotes(POINT, body) == []


def test_the_same_distance_with_its_conversion_is_evidence():
    body = "The ferry's skipper lived in Arvel, about 36 kilometres (22 miles) south of the harbour at Tolm."
    assert quotes(POINT, body) == [body]


@pytest.mark.parametrize(
    ("point", "sentence", "missing"),
    [
        (
            "The ferry sank about 36 km off Tolm.",
            "The ferry sank some 40 kilometres (24 miles) off Tolm.",
            "about 36 km",
        ),
        ("The ferry sank 36 km off Tolm.", "The ferry sank 40 km off Tolm.", "36 km"),
        ("The ferry sank about 20 miles off Tolm.", "The ferry sank 32 km (20 miles) off Tolm.", None),
        ("The ferry sank about 20 miles off Tolm.", "The ferry sank 32 km off Tolm.", None),
    ],
)
def test_a_figure_is_given_in_its_own_unit_or_converted(point, sentence, missing):
    found = lacks(point, sentence, "en")
    assert (found.point if found is not None else None) == missing
