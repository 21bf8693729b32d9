"""Round 23, citation warnings: a count of "others" counts past whoever a sentence names before
it ("the mayor, her driver and two others" is "the mayor and three others"), so it never
contradicts another figure; it may still agree with one. Every text here is invented."""

from __future__ import annotations

import pytest

from generator.analysis.claims import differences


@pytest.mark.parametrize(
    ("point", "sentence", "language", "expected"),
    [
        # one more person named before the remainder: the same five dead
        (
            "The singer and four others died when their boat capsized off Lowport on Friday.",
            "The singer, her manager and three others were killed when their boat capsized off Lowport on Friday.",
            "en",
            [],
        ),
        (
            "De zanger en vier anderen kwamen om bij het ongeluk.",
            "De zanger, zijn broer en drie anderen kwamen om bij het ongeluk.",
            "nl",
            [],
        ),
        # a plain count is still compared: nine dead is not five dead
        (
            "Five people died when the boat capsized off Lowport on Friday.",
            "Nine people died when the boat capsized off Lowport on Friday.",
            "en",
            [("figure", "Five", "Nine")],
        ),
        # the remainder on the sentence's side is no other figure for a plain count either
        (
            "Five people died when the boat capsized off Lowport on Friday.",
            "The singer and four others died when the boat capsized off Lowport on Friday.",
            "en",
            [],
        ),
    ],
)  # fmt: skip
def test_remainder_counts(point, sentence, language, expected):
    found = differences(point, [sentence], language)
    assert [(d.kind, d.point, d.article) for d, _ in found] == expected
