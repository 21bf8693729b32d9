"""Round 23, evidence: a cited sentence writing the point's word with a privative prefix
("damaged" / "undamaged") negates the point; it is a `briefing check` warning and never the
point's evidence. Every text here is invented."""

from __future__ import annotations

import pytest

from generator.analysis.claims import differences


@pytest.mark.parametrize(
    ("point", "sentences", "language", "expected"),
    [
        # the sentence negates the point's word with a prefix, nothing else shared near it
        (
            "The ferry was damaged in the collision, the port director said.",
            ["The port director said the dock reopened after the ferry was towed away undamaged on Friday."],
            "en",
            [("negation", "damaged", "undamaged")],
        ),
        # the other way round: the point writes the prefixed form
        (
            "The keeper was unharmed, the zoo said.",
            ["The zoo said its keeper was harmed by the tiger."],
            "en",
            [("negation", "unharmed", "harmed")],
        ),
        (
            "Der Frachter wurde beschädigt, sagte die Behörde.",
            ["Die Behörde sagte, der Frachter sei unbeschädigt geblieben."],
            "de",
            [("negation", "beschädigt", "unbeschädigt")],
        ),
        # another sentence of the article states the point's own form: no contradiction
        (
            "The ferry was damaged in the collision.",
            ["An undamaged tug stood by.", "The ferry was damaged when it hit the pier."],
            "en",
            [],
        ),
        # the point contrasts both forms itself: the sentence agrees
        (
            "About 40 people were unaccounted for, while 60 had been accounted for.",
            ["Some 40 people remain unaccounted for, officials said."],
            "en",
            [],
        ),
        # a negated plain word is "undamaged" too: left to the negation check, which agrees
        (
            "The ferry was undamaged.",
            ["The ferry was not damaged, its owner said."],
            "en",
            [],
        ),
        # a short word is no stem of a prefixed one: "unrest" negates no "rest"
        (
            "The rest of the town was calm.",
            ["Unrest spread across the town."],
            "en",
            [],
        ),
    ],
)  # fmt: skip
def test_privative_prefix(point, sentences, language, expected):
    found = differences(point, sentences, language)
    assert [(d.kind, d.point, d.article) for d, _ in found] == expected
