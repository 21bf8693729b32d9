"""Whether an article gives a point's figure somewhere, for the claim check's figure warnings.

An article may give two figures for one thing: its lead "all 179 people aboard", a later
sentence "175 passengers ... together with six flight attendants on board". A point citing
the 181 on board is then no misreading of the article, which itself gives the point's figure:
a figure warning stands only when no sentence of the article gives it (`given_anywhere`):
the figure itself of the same thing (as `claim_figures_compare.compare` agrees: a word around it
shared), the same figure written to the same decimals in its unit, whatever is around it
("40.2 percent of ballots cast" gives "40.2 percent of the vote": a figure with decimals is
distinctive), or two exact counts of one sentence that add up to it, one of them of the same thing.

Cost: each sentence of the article is read (`claim_sentence.read`, cached) only for a figure warning
about to be shown, a few per story: linear in the article's length.
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import combinations

from generator.analysis.claim_figures import Figure
from generator.analysis.claim_figures_compare import compare
from generator.analysis.claim_sentence import read

MAX_ADDENDS = 8  # a sentence's first exact counts read as parts of a total (28 pairs at most)


def given_anywhere(
    point: str, figure_text: str, other_text: str, sentences: Iterable[str], language: str
) -> bool:
    """True when one of `sentences` (an article's) gives the figure of `point` written
    `figure_text`: the same figure of the same thing, or two counts adding up to it, neither
    of them the article's other figure (`other_text`, the one the warning quotes: "179 aboard
    ... except two" adds up to 181 with the figure that differs)."""
    a = read(point, language)
    if a is None:
        return False
    mine = [f for f in a.figures if f.text == figure_text]
    if not mine:
        return False
    for sentence in sentences:
        b = read(sentence, language)
        if b is None or not b.figures:
            continue
        for figure in mine:
            if any(agrees for _, agrees in compare([figure], b.figures)):
                return True
            if figure.decimals and any(_written(figure, f) for f in b.figures):
                return True
            if _adds_up(figure, [f for f in b.figures if f.text != other_text]):
                return True
    return False


def _written(figure: Figure, other: Figure) -> bool:
    """True when `other` is `figure` written again: the same value to the same decimals, in the
    same unit, with the same bound."""
    return (
        other.decimals == figure.decimals
        and other.value == figure.value
        and other.dimension == figure.dimension
        and other.base == figure.base
        and other.bound == figure.bound
    )


def _adds_up(figure: Figure, theirs: list[Figure]) -> bool:
    """True when two exact counts of a sentence, of two different things (the nouns counted:
    "175 passengers", "six flight attendants"), add up to an exact count of the point, one of
    them about the same thing (a word around it shared): "175 passengers and six crew on board"
    for "181 people on board"."""
    if figure.bound != "exact" or figure.dimension or figure.value != int(figure.value):
        return False
    counts = [f for f in theirs if f.bound == "exact" and not f.dimension and f.head][:MAX_ADDENDS]
    return any(
        x.value + y.value == figure.value and x.head != y.head and bool(figure.counts & (x.counts | y.counts))
        for x, y in combinations(counts, 2)
    )
