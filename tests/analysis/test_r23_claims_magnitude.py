"""Round 23, evidence: a cited sentence calling the point's damage or harm the opposite size
("minor" against "colossal") contradicts it when a word around both is shared. Every text here
is invented."""

from __future__ import annotations

import pytest

from generator.analysis.claims import differences


@pytest.mark.parametrize(
    ("point", "sentence", "language", "expected"),
    [
        (
            "The harbour master said the damage to the lighthouse was minor.",
            'The harbour master said the lighthouse had suffered "massive damage".',
            "en",
            [("opposite", "minor", "massive")],
        ),
        (
            "Le maire a dit que les dégâts au musée étaient mineurs.",
            "Le maire a évoqué des dégâts colossaux au musée.",
            "fr",
            [("opposite", "mineurs", "colossaux")],
        ),
        # the same size: an agreement
        (
            "The damage to the lighthouse was minor.",
            "The lighthouse suffered only minor damage.",
            "en",
            [],
        ),
        # the opposite size of something else, nothing shared around it: no contradiction
        (
            "The damage to the lighthouse was minor.",
            "A massive crowd gathered at the harbour on Sunday evening.",
            "en",
            [],
        ),
    ],
)  # fmt: skip
def test_opposite_sizes(point, sentence, language, expected):
    found = differences(point, [sentence], language)
    assert [(d.kind, d.point, d.article) for d, _ in found] == expected
