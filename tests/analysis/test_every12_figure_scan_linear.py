"""The check for a quote's figure given differently elsewhere (agree_gate) reads each sentence of
the story's other newsrooms once: 4x the sentences take well under 16x (under 10x) the time.
Invented texts."""

from __future__ import annotations

import time

from generator.analysis.agree_gate import gated
from generator.analysis.corpus import Corpus
from generator.model.analysis import Agreed
from generator.model.site import Outlet
from tests.analysis.support import article

OUTLETS = {slug: Outlet(slug, slug.title(), language="en") for slug in ("daily", "herald", "gazette")}
LEAD = "Floods in the valley of Varnholm killed 12 people on Sunday."


def _story(sentences: int) -> tuple[list[Agreed], Corpus, dict[str, str]]:
    filler = " ".join(
        f"Shelter number {n} in Varnholm took in 12 people overnight." for n in range(sentences)
    )
    bodies = {"daily": LEAD, "herald": LEAD + "\n\n" + filler, "gazette": LEAD + "\n\n" + filler}
    corpus = Corpus.of([article(slug, body, slug) for slug, body in bodies.items()], OUTLETS)
    quotes = tuple(item.quote(0) for item in corpus.articles)
    return [Agreed(quotes[0], quotes)], corpus, {slug: slug for slug in bodies}


def _least_time(sentences: int) -> float:
    agreed, corpus, rooms = _story(sentences)
    assert [fact.quote.text for fact in gated(agreed, corpus, rooms)] == [LEAD]  # read to the end
    best = float("inf")
    for _ in range(5):
        start = time.process_time()
        gated(agreed, corpus, rooms)
        best = min(best, time.process_time() - start)
    return best


def test_the_figure_check_is_linear_in_the_story_sentences():
    small, large = _least_time(150), _least_time(600)
    assert large < 10 * small  # linear: about 4x; quadratic: about 16x
