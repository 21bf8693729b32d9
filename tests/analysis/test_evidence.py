"""Evidence for key points: the supporting sentences, and citations that support nothing."""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

MINES = article(
    "mines",
    "President Joe Biden has approved anti-personnel land mines for Ukraine, an official said.\n\n"
    "The mines become inert after a preset period. They need a battery to detonate.\n\n"
    "Separately, the weather in Kyiv was cold.",
)
STORM = article("storm", "A winter storm cut power to 40,000 homes overnight, the utility said.", minutes=9)
CORPUS = Corpus.of([MINES, STORM])


def test_each_part_of_a_point_finds_its_sentence():
    point = KeyPoint(
        "The mines turn inert after a *preset* period. They detonate with a battery.", ("mines",)
    )
    found = evidence(point, CORPUS)
    assert found.cited and found.checkable
    (support,) = found.supports
    assert [(q.sentence, q.line, q.text) for q in support.quotes] == [
        (1, 7, "The mines become inert after a preset period."),
        (2, 7, "They need a battery to detonate."),
    ]
    assert not support.weak


def test_a_citation_of_the_wrong_article_is_weak_and_names_the_best_candidate():
    point = KeyPoint("Biden approved anti-personnel mines for Ukraine.", ("mines", "storm"))
    right, wrong = evidence(point, CORPUS).supports
    assert right.article == "mines" and right.quotes[0].sentence == 0 and not right.weak
    assert wrong.article == "storm" and wrong.weak and wrong.quotes == () and wrong.score == 0.0


def test_uncited_and_empty_points():
    assert evidence(KeyPoint("Biden approved mines."), CORPUS).cited is False
    assert evidence(KeyPoint("—", ("mines",)), CORPUS).checkable is False
