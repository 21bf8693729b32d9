"""A negation covers every member of a disjunction after it: "was not a security incident or
cyberattack" says no cyberattack, in the claim check's seven languages, so a point saying "it was
not a cyberattack" is no "negation differs" against it (issue 23, precision round 8). A
disjunction inside a question ("not clear whether ... or ...") and a contrast ("not a glitch but
a cyberattack") negate nothing past it. Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.claims import differences
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article

POINT = "The software firm Tellmark said the outage was not a cyberattack."


def kinds(point: str, sentence: str, language: str = "en") -> list[tuple[str, str, str]]:
    return [(d.kind, d.point, d.article) for d, _ in differences(point, [sentence], language, None, None)]


@pytest.mark.parametrize(
    ("language", "point", "sentence"),
    [
        (
            "en",
            POINT,
            "Tellmark said the fault was not a security incident or cyberattack, and a fix was shipped.",
        ),
        ("en", POINT, "Tellmark said the outage was not the result of hacking or a cyberattack."),
        (
            "de",
            "Tellmark erklärte, der Ausfall sei kein Cyberangriff gewesen.",
            "Tellmark erklärte, der Ausfall sei kein Sicherheitsvorfall oder Cyberangriff gewesen.",
        ),
        (
            "de",
            "Tellmark erklärte, der Ausfall sei kein Cyberangriff gewesen.",
            "Tellmark erklärte, der Ausfall sei weder ein Hackerangriff noch ein Cyberangriff gewesen.",
        ),
        (
            "fr",
            "Tellmark a indiqué que la panne n'était pas une cyberattaque.",
            "Tellmark a indiqué que la panne n'était pas un incident de sécurité ou une cyberattaque.",
        ),
        (
            "es",
            "Tellmark dijo que el apagón no fue un ciberataque.",
            "Tellmark dijo que el apagón no fue un incidente de seguridad o un ciberataque.",
        ),
        (
            "it",
            "Tellmark ha detto che il guasto non è stato un attacco informatico.",
            "Tellmark ha detto che il guasto non è stato un incidente di sicurezza o un attacco informatico.",
        ),
        (
            "nl",
            "Tellmark zei dat de storing geen cyberaanval was.",
            "Tellmark zei dat de storing geen beveiligingsincident of cyberaanval was.",
        ),
        (
            "pt",
            "A Tellmark disse que a falha não foi um ciberataque.",
            "A Tellmark disse que a falha não foi um incidente de segurança ou um ciberataque.",
        ),
    ],
)
def test_a_negation_covers_the_member_after_a_disjunction(language, point, sentence):
    assert kinds(point, sentence, language) == []


def test_the_sentence_is_evidence_without_a_warning():
    sentence = "Tellmark said the fault was not a security incident or cyberattack, and a fix was shipped."
    found = evidence(KeyPoint(POINT, ("a",)), Corpus.of([article("a", sentence)]))
    (support,) = found.supports
    assert support.contradictions == ()


def test_a_contrast_after_the_negation_still_states_its_second_member():
    assert kinds(POINT, "Tellmark said the outage was not a glitch but a cyberattack.") == [
        ("negation", "was not a cyberattack", "a cyberattack")
    ]


def test_a_stated_cyberattack_is_still_a_negation_difference():
    assert kinds(POINT, "Tellmark said the outage was a cyberattack.") == [
        ("negation", "was not a cyberattack", "a cyberattack")
    ]


@pytest.mark.parametrize(
    ("language", "point", "sentence"),
    [
        (
            "en",
            "Police said an accident caused the blast at the depot.",
            "Police said it was not clear whether an attack or an accident caused the blast at the depot.",
        ),
        (
            "de",
            "Die Polizei sagte, ein Unfall habe die Explosion im Depot verursacht.",
            "Die Polizei sagte, es sei nicht klar ob Anschlag oder Unfall die Explosion im Depot verursacht habe.",
        ),
    ],
)
def test_a_question_after_the_negation_negates_none_of_its_members(language, point, sentence):
    assert kinds(point, sentence, language) == []
