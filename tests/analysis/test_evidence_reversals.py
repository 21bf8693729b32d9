"""Evidence shows less (issue 23, third round): a sentence that undoes what a key point says
(called off, postponed, denied, rejected, suspended) against a point that does not, or the other
way round, is never its evidence, in any language with a list. Every text here is invented."""

from __future__ import annotations

import pytest

from generator.analysis.claim_reading import Difference
from generator.analysis.claim_reversals import REVERSALS, reversals
from generator.analysis.claims import differences, lacks
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.model.site import KeyPoint
from tests.analysis.support import article


@pytest.mark.parametrize(
    ("point", "sentence", "language", "expected"),
    [
        # An event called off against one that went ahead: no verb pair need be listed.
        (
            "The fishermen's unions went ahead with their planned march on the harbour.",
            "The fishermen's unions, shaken by the storm, called off their planned march on the harbour.",
            "en",
            Difference("opposite", "", "called off"),
        ),
        (
            "The fishermen's unions went ahead with their planned march on the harbour.",
            "The fishermen's unions, shaken by the storm, canceling their planned march on the harbour.",
            "en",
            Difference("opposite", "", "canceling"),
        ),
        (
            "The fishermen's unions held their planned march on the harbour.",
            "The fishermen's unions postponed their planned march on the harbour.",
            "en",
            Difference("opposite", "", "postponed"),
        ),
        # ...and the other way round: the point undoes, the sentence does not.
        (
            "The harbour board rejected the plan to deepen the channel.",
            "The harbour board approved the plan to deepen the channel.",
            "en",
            Difference("opposite", "rejected", ""),
        ),
        (
            "The mayor denied that the ferry had been sold.",
            "The mayor confirmed that the ferry had been sold.",
            "en",
            Difference("opposite", "denied", ""),
        ),
        # Two senses of the class are not one: a postponed vote was not called off.
        (
            "The council postponed the vote on the quay.",
            "The council cancelled the vote on the quay.",
            "en",
            Difference("opposite", "", "cancelled"),
        ),
        # The same sense, worded otherwise, is evidence.
        (
            "The council called off the vote on the quay.",
            "The council cancelled the vote on the quay.",
            "en",
            None,
        ),
        (
            "The fishermen's unions went ahead with their march on the harbour.",
            "The fishermen's unions held their march on the harbour.",
            "en",
            None,
        ),
        # Other languages.
        (
            "Die Fischer hielten ihren geplanten Marsch zum Hafen ab.",
            "Der geplante Marsch der Fischer zum Hafen wurde abgesagt.",
            "de",
            Difference("opposite", "", "abgesagt"),
        ),
        (
            "Les pêcheurs maintiennent leur marche vers le port.",
            "Les pêcheurs annulent leur marche vers le port.",
            "fr",
            Difference("opposite", "", "annulent"),
        ),
        (
            "Los pescadores mantuvieron su marcha hacia el puerto.",
            "Los pescadores aplazaron su marcha hacia el puerto.",
            "es",
            Difference("opposite", "", "aplazaron"),
        ),
        (
            "Il sindaco conferma la vendita del traghetto.",
            "Il sindaco smentisce la vendita del traghetto.",
            "it",
            Difference("opposite", "", "smentisce"),
        ),
    ],
)
def test_a_sentence_undoing_the_point_is_no_evidence(point, sentence, language, expected):
    assert lacks(point, sentence, language) == expected


def test_every_language_lists_the_same_senses():
    senses = {language: tuple(table) for language, table in REVERSALS.items()}
    assert set(senses.values()) == {("called off", "postponed", "denied", "rejected", "suspended")}
    assert reversals("The parade was called off and the vote postponed.", "en") == {
        "called off": "called off",
        "postponed": "postponed",
    }


def test_the_page_quotes_no_sentence_saying_the_event_was_called_off():
    """A rewrite said the march was cancelled; the page quoted it as evidence that it went ahead."""
    harbour = article(
        "harbour",
        "The storm has shaken the coast, with the two fishermen's unions, Net and Line, canceling a "
        "planned march against a disputed plan to sell the harbour.\n\n"
        "The harbour master said the quay would stay closed.",
    )
    point = KeyPoint(
        "The two fishermen's unions went ahead with their planned march against the plan to sell the harbour.",
        ("harbour",),
    )
    (support,) = evidence(point, Corpus.of([harbour])).supports
    assert support.quotes == ()
    assert support.best is not None and support.best.text.startswith("The storm has shaken the coast")


@pytest.mark.parametrize(
    ("point", "sentence", "language", "expected"),
    [
        (
            "L'office a relevé plus tard son estimation de la crue à cinq mètres.",
            "L'office a abaissé plus tard son estimation de la crue à cinq mètres.",
            "fr",
            [(Difference("opposite", "relevé", "abaissé"), 0)],
        ),
        (
            "Das Amt erhöhte später seine Schätzung der Flut.",
            "Das Amt senkte später seine Schätzung der Flut.",
            "de",
            [(Difference("opposite", "erhöhte", "senkte"), 0)],
        ),
        (
            "Das Amt erhöhte später seine Schätzung der Flut.",
            "Das Amt erhöhte später seine Schätzung der Flut.",
            "de",
            [],
        ),
    ],
)
def test_raised_against_lowered_is_a_warning_in_french_and_german(point, sentence, language, expected):
    assert differences(point, [sentence], language) == expected


@pytest.mark.parametrize(
    ("point", "sentence", "expected"),
    [
        # A close wording sends the same help with another verb of sending: evidence.
        (
            "The mayor said lifeboats had been dispatched to help with the search.",
            "The mayor told reporters that lifeboats were sent to assist in the search.",
            None,
        ),
        (
            "The mayor said lifeboats had been dispatched to help with the search.",
            "The mayor said lifeboats were deployed to help with the search.",
            None,
        ),
        # ...but another act is still no evidence of it.
        (
            "The mayor said lifeboats had been dispatched to help with the search.",
            "The mayor said lifeboats were requested to help with the search.",
            Difference("opposite", "dispatched", ""),
        ),
    ],
)
def test_a_verb_of_sending_gives_another(point, sentence, expected):
    assert lacks(point, sentence, "en") == expected
