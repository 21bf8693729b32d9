"""A negation warning quotes a sentence that states what the point negates, never one that only
uses the indefinite pronoun the negation falls on ("could not say anything" against "residents
who see anything suspicious"), in the claim check's languages (issue 23, precision round 5).
Invented sentences."""

from __future__ import annotations

from generator.analysis.claims import differences
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

POINT = "The harbour master, Ola Brekk, toured the quay on Sunday and said he could not say anything about the cause."
UNRELATED = "Police on Sunday asked anyone who saw anything unusual at the quay to call the harbour office."


def kinds(point: str, sentence: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(d.kind, d.point, d.article) for d, _ in differences(point, [sentence], language, None, None)]


def test_a_negated_indefinite_is_no_negation_of_a_sentence_using_it():
    assert kinds(POINT, UNRELATED) == []


def test_a_negated_verb_stated_is_still_a_negation():
    assert kinds(
        "The harbour master did not confirm the cause.", "The harbour master confirmed the cause."
    ) == [("negation", "did not confirm", "confirmed")]


def test_the_unrelated_sentence_is_no_warning_of_the_point():
    found = evidence(KeyPoint(POINT, ("a",)), Corpus.of([article("a", UNRELATED)]))
    (support,) = found.supports
    assert support.contradictions == ()
