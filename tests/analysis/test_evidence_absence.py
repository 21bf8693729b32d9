"""Evidence carries a word of absence exactly when its point does (issue 23, fourth round): "no
immediate claims of responsibility" is no evidence that a group claimed an attack, in any of the
seven languages, and a point saying something did not happen is not evidenced by a sentence
saying it did. A cue about something else, a "without elaborating" or a "no fewer than" refuses
nothing, and a cue alone is never a warning. Every text here is invented."""

from __future__ import annotations

import time

import pytest

from generator.analysis.claim_absence import absence, unmatched_absence
from generator.analysis.claim_reading import Difference
from generator.analysis.claims import differences, lacks
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.analysis.known_sources import KnownSources
from generator.model.site import KeyPoint
from tests.analysis.support import article

KNOWN = KnownSources()


@pytest.mark.parametrize(
    ("point", "sentence", "language", "expected"),
    [
        # A determiner or quantifier negates the point's claim.
        ("The Harbour Front claimed responsibility for the blast.",
         "There were no immediate claims of responsibility for the blast.", "en",
         Difference("negation", "", "no")),
        ("The Harbour Front claimed responsibility for the blast.",
         "Nobody has claimed responsibility for the blast so far.", "en", Difference("negation", "", "Nobody")),
        ("The Harbour Front claimed responsibility for the blast.",
         "The blast at the harbour remains unclaimed, the police said.", "en",
         Difference("negation", "", "unclaimed")),
        ("The Harbour Front claimed responsibility for the blast.",
         "The Harbour Front has yet to claim responsibility for the blast.", "en",
         Difference("negation", "", "yet to")),
        ("The search for the two divers continued through the night.",
         "High winds made the search for the two divers too dangerous to continue overnight.", "en",
         Difference("negation", "", "too dangerous to")),
        # ...and the other way round: the point says something is absent, the sentence does not.
        ("The ferry sailed to the island without its captain.",
         "The ferry sailed to the island with its captain on board.", "en", Difference("negation", "without", "")),
        # The six other languages.
        ("Die Hafenfront bekannte sich zu dem Anschlag.",
         "Zu dem Anschlag bekannte sich zunächst keine Gruppe.", "de", Difference("negation", "", "keine")),
        ("Le Front du port a revendiqué l'attentat.",
         "L'attentat n'a pas été revendiqué par le Front du port.", "fr", Difference("negation", "", "pas")),
        ("El Frente del Puerto reivindicó el atentado.",
         "Ningún grupo reivindicó el atentado del puerto.", "es", Difference("negation", "", "Ningún")),
        ("Il Fronte del Porto ha rivendicato l'attentato.",
         "Nessun gruppo ha rivendicato l'attentato del porto.", "it", Difference("negation", "", "Nessun")),
        ("Het Havenfront eiste de aanslag op.",
         "Geen enkele groep eiste de aanslag in de haven op.", "nl", Difference("negation", "", "Geen")),
        ("A Frente do Porto reivindicou o atentado.",
         "Nenhum grupo reivindicou o atentado no porto.", "pt", Difference("negation", "", "Nenhum")),
        # Both carry a cue, or the cue is about something else: nothing refused by it.
        ("Nobody was hurt when the crane fell onto the quay.",
         "No one was hurt when the crane fell onto the quay, the port said.", "en", None),
        ("The crane fell onto the quay on Sunday.",
         "The crane fell onto the quay on Sunday, the port said, without elaborating.", "en", None),
        ("The crane fell onto the quay, injuring 20 dockers.",
         "The crane fell onto the quay, injuring no fewer than 20 dockers.", "en", None),
        ("The crane fell onto the quay on Sunday.", "The crane fell onto the quay on Sunday; no cause was given.", "en",
         None),
        ("The captain was held in a penal colony in the north.",
         "The captain was held in penal colony No. 3 in the north.", "en", None),
        ("The ferry slowed down in the harbour zone.", "The ferry slowed down in the no-wake harbour zone.", "en",
         None),
        # A point's word of undoing answers the sentence's, but asks for none: loss has many words.
        ("The ferry service was suspended on Friday.", "The operator suspended the ferry service on Friday.", "en",
         None),
        ("About 400 homes lost power overnight.", "A storm cut power to about 400 homes overnight.", "en", None),
        ("The crane driver lost consciousness after the fall.",
         "The crane driver lost consciousness after the fall and could not be woken by medics.", "en", None),
    ],
)  # fmt: skip
def test_absence_must_be_carried_both_ways(point, sentence, language, expected):
    assert lacks(point, sentence, language, KNOWN) == expected


def test_a_point_a_sentence_denies_gets_no_evidence():
    """The sentence closest to the point said that no claim had been made: the page quoted it."""
    wire = article(
        "wire",
        "Gunmen attacked the Lantern Theatre in Eastmouth on Friday evening.\n\n"
        "There were no immediate claims of responsibility for the attack on the Lantern Theatre.",
    )
    point = KeyPoint(
        "The Harbour Front claimed responsibility for the attack on the Lantern Theatre.", ("wire",)
    )
    (support,) = evidence(point, Corpus.of([wire])).supports
    assert support.quotes == ()
    assert support.contradictions == ()  # a cue alone is no warning


def test_a_cue_alone_is_no_contradiction():
    point = "The Harbour Front claimed responsibility for the blast."
    sentence = "There were no immediate claims of responsibility for the blast."
    assert differences(point, [sentence], "en") == []


def test_only_a_cue_over_the_points_words_counts():
    """A denial about something else, in another clause, refuses nothing."""
    assert (
        unmatched_absence(
            "The ferry Maren ran aground off Skerry Point.",
            "The ferry Maren ran aground off Skerry Point, and the owners did not reply to questions.",
            "en",
        )
        is None
    )


def test_cues_are_read_in_linear_time():
    """A hostile text of repeated cues and long words: 4x the text takes well under 16x the time
    (best of 3, generous margin)."""
    shared = frozenset({"zzz"})

    def cost(n: int) -> float:
        text = "no not never without denied " * n + "a" * (50 * n) + " didn't " * n
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for language in ("en", "de", "fr", "es", "it", "nl", "pt"):
                absence(text, language, shared)
            best = min(best, time.process_time() - started)
        return best

    assert cost(2000) < 16 * max(cost(500), 1e-4)
