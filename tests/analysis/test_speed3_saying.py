"""`several_speakers` screens out a sentence with fewer than two verbs of saying without running
its regular expressions, and answers exactly as the plain rule does (issue 23 item 9)."""

from __future__ import annotations

import re
import sys
from itertools import pairwise

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.analysis import attribution_saying

# Verbs of saying in several cases and languages, the joins, passive auxiliaries, and the
# characters re.IGNORECASE takes for ASCII letters.
PIECES = st.sampled_from(
    [
        *("said", "SAID", "Says", "reported", "told", "according  to", "put it", "sagte", "laut"),
        *("a déclaré", "A DÉCLARÉ", "informó", "según", "ha detto", "zei", "disseram", "teilten"),
        *("while", "but", ";", ",", "and", "was", "were", "is", "wurde", "the", "Mr.", "x"),
        *("ſaid", "ſays", "\u0130nformou", "r\u0131feri to", "repor\u212ats", "ıı", "secondo"),
        *("stated", "estimated", "selon", "volgens", "zufolge", "berichteten", "dijo", "indiqué"),
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text("aSiı ſ;,.\u0130\u212a", max_size=4)), max_size=12).map(" ".join)


def plain(text: str) -> bool:
    """The rule without the screen."""
    said = [
        m.start()
        for m in attribution_saying.SAYING.finditer(text)
        if not attribution_saying._PASSIVE.search(text, 0, m.start())
    ]
    return any(attribution_saying._JOINED.search(text, first, second) for first, second in pairwise(said))


@settings(max_examples=3000, deadline=None)
@given(TEXTS)
@example("The ministry ſaid 40, while the agency reported 41.")
@example("Officials SAID 40; the r\u0131feri to 3")
@example("X was reported to be hurt, but police said nothing.")
def test_several_speakers_is_the_plain_rule(text):
    assert attribution_saying.several_speakers(text) is plain(text)


def test_the_odd_characters_are_all_that_ignorecase_takes_for_ascii_letters():
    odd = {chr(c) for c in range(128, sys.maxunicode + 1) if re.match("(?i)[a-z]", chr(c))}
    assert odd == {"\u0130", "\u0131", "\u017f", "\u212a"}
    assert all(attribution_saying._CASE_ODD.fullmatch(c) for c in odd)


def test_a_sentence_with_one_verb_of_saying_runs_no_saying_pattern(monkeypatch):
    runs = []
    saying = attribution_saying.SAYING

    class Counting:
        def finditer(self, text):
            runs.append(text)
            return saying.finditer(text)

    monkeypatch.setattr(attribution_saying, "SAYING", Counting())
    assert attribution_saying.several_speakers("The mayor of Tarnholm said the bridge was closed.") is False
    assert attribution_saying.several_speakers("Orvel Bay’s mayor said the ferries stopped running.") is False
    assert runs == []
    assert attribution_saying.several_speakers("The mayor said 12, while the police said 14.") is True
    assert runs == ["The mayor said 12, while the police said 14."]


@pytest.mark.parametrize(
    ("alternative", "shown"), [("first\\s+(?:said)?", "'first\\\\s+(?:said)?'"), ("είπε", "'είπε'")]
)
def test_a_verb_the_screen_cannot_read_is_refused_when_the_module_loads(alternative, shown):
    with pytest.raises(ValueError) as refused:
        attribution_saying._runs_pattern(["said", alternative])
    assert str(refused.value) == (
        f"verb of saying {shown}: several_speakers' screen needs letters, '\\s+' and "
        "'\\w*' only, with an ASCII letter (else drop the screen)"
    )
