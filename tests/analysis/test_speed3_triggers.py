"""Attribution's triggers are matched from where the trigger's rest (the pattern without its
opening `\\b`) first matches: the same matches as from the start, and no trigger pass over a
sentence the rest is nowhere in (issue 23 item 9)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.analysis import attribution_patterns, attribution_sentence
from generator.analysis.known_sources import KnownSources

PIECES = st.sampled_from(
    [
        *("first", "reported", "by", "was", "the", "to", "report", "broke", "story", "according"),
        *("According", "citing", "told", "untold", "in", "an", "interview", "with", "said", "says"),
        *("laut", "Selon", "zufolge", "berichtete", "a rapporté", "Unter", "Berufung", "auf", "for"),
        *("Reuters", "the Daily Planet", "officials", ",", ".", "(", "_", "é", "x1", "\u00a0"),
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text("ab _\u00e9.,", max_size=3)), max_size=14).map(
    lambda parts: "".join(p + (" " if n % 3 else "") for n, p in enumerate(parts))
)


@settings(max_examples=1500, deadline=None)
@given(TEXTS)
@example("untold stories: reported by Reuters")
@example("_told Reuters, then told AP")
@example("éaccording to x, According to the Daily Planet")
def test_each_trigger_matches_what_it_matched_from_the_start(text):
    for pattern in attribution_patterns.PATTERNS:
        plain = [m.span() for m in pattern.trigger.finditer(text)]
        first = pattern.opening.search(text) if pattern.opening else None
        screened = [] if first is None else [m.span() for m in pattern.trigger.finditer(text, first.start())]
        assert screened == plain


class Recorded:
    """A trigger that records the texts it is run over."""

    def __init__(self, trigger, runs):
        self.trigger, self.runs = trigger, runs

    def finditer(self, text, *at):
        self.runs.append(text)
        return self.trigger.finditer(text, *at)


@pytest.mark.parametrize(
    ("sentence", "runs", "found"),
    [
        ("The harbour's story, long untold.", [], []),
        (
            "A ferry captain told the Tarnholm Gazette.",
            ["A ferry captain told the Tarnholm Gazette."],
            [("told", "Tarnholm Gazette")],
        ),
    ],
)
def test_a_sentence_without_the_trigger_s_rest_is_not_run_through_it(sentence, runs, found):
    told = next(p for p in attribution_patterns.PATTERNS if p.kind == "told")
    ran: list[str] = []
    recorded = replace(told, trigger=Recorded(told.trigger, ran))
    hits = attribution_sentence._find(sentence, [recorded], KnownSources(), held=True)
    assert [(hit.kind, hit.named.name) for hit in hits] == found
    assert ran == runs
