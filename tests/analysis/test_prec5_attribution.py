"""An outlet described but not named ("the German outlet", "local media", "state television")
is no source shown, in the seven languages of the claim check (issue 23, precision round 5).
Invented sentences."""

from __future__ import annotations

import pytest

from generator.analysis.attribution_sentence import find
from generator.analysis.source_words import generic


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the German outlet, the ferry left the harbour at dawn.",
        "According to the Iranian newspaper, the ferry left the harbour at dawn.",
        "According to local media, the ferry left the harbour at dawn.",
        "According to State Television, the ferry left the harbour at dawn.",
    ],
)
def test_an_outlet_described_but_not_named_is_no_source(sentence):
    assert find(sentence) == []


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("German outlet", True),
        ("the Iranian broadcaster", True),
        ("State-run Television", True),
        ("lokale Medien", True),
        ("la télévision publique", True),
        ("medios locales", True),
        ("la stampa locale", True),
        ("de lokale media", True),
        ("a imprensa local", True),
        ("Norvan Daily", False),
        ("Korean Central News Agency", False),
        ("Israeli military", False),
        ("German", False),
    ],
)
def test_outlet_descriptors_in_any_language(name, expected):
    assert generic(name) is expected


def test_a_named_outlet_after_its_descriptor_is_still_credited():
    assert find("According to the German outlet Norvan Daily, the ferry left the harbour at dawn.") == [
        ("according_to", "Norvan Daily", None)
    ]
