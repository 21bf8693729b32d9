"""'Only in' reads a figure grouped by spaces as one figure (issue 23, round 11), on invented text.

`unique_gate` read "5 000" (a space as the thousands separator, as French and many wires write
it) as two figures, "5" and "000", neither a count: a sentence giving another newsroom's
"5,000" looked like one with no figure another newsroom gives, and one giving a figure of its
own as "12 500" had none. A four-digit run is never a group ("2023 100" is a year and a count),
as `claim_reading.GROUPED` reads it. Every sentence here is written for the test.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.analysis.corpus import Corpus
from generator.analysis.unique_gate import FIGURE_ELSEWHERE, Gate, counts, dates, keys
from generator.model.site import Outlet
from tests.analysis.support import article
from tests.growth import LIMIT, growth

OUTLETS = {
    slug: Outlet(slug, name, language="en")
    for slug, name in [("daily", "The Daily"), ("herald", "The Herald"), ("gazette", "The Gazette")]
}


def test_a_figure_grouped_by_spaces_is_one_figure():
    assert counts("Crews stacked 5 000 sandbags along the Varno dyke.") == {"5000"}
    assert keys("Crews stacked 12 500 000 sandbags along the Varno dyke.") == {"12500000", "varn"}
    assert counts("Some 5\u00a0000 and 5\u202f000 bags, or 5 000.") == {"5000"}


def test_a_four_digit_run_is_never_a_group():
    assert counts("In 2023 140 homes flooded in Varno.") == {"140"}
    assert dates("In 2023 140 homes flooded in Varno.") == {"2023"}


def test_a_figure_another_newsroom_gives_with_commas_refuses_the_spaced_one():
    texts = {
        "daily": "Crews stacked 5 000 sandbags along the Varno dyke.",
        "herald": "Volunteers filled 5,000 sandbags at Varno on Sunday.",
        "gazette": "The river rose at Varno on Sunday.",
    }
    articles = [article(room, body, room, minutes=n) for n, (room, body) in enumerate(texts.items())]
    gate = Gate(Corpus.of(articles, OUTLETS), {room: room for room in texts})
    assert gate.verdict("daily", texts["daily"], texts["daily"]) == (0, FIGURE_ELSEWHERE)


def test_spaced_figures_are_read_in_linear_time():
    """Runs of spaced groups closed by a four-digit group (the pattern gives one group back)."""

    def work(n: int) -> Callable[[], object]:
        text = "1 222 333 4444 " * n
        return lambda: counts(text)

    assert growth(work, 2000) < LIMIT
