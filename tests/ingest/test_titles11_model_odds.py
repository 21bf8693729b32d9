"""The line model's probability holds for any log-odds its trees add up to: a rare class (a
standfirst) can give leaves of thousands, which overflowed math.exp (OverflowError: math range
error) instead of giving a probability of 0 or 1."""

from __future__ import annotations

import math

import pytest

from generator.ingest.line_model import Ensemble, Tree

LEAF = Tree(feature=(-2,), threshold=(-2.0,), left=(-1,), right=(-1,), value=(1.0,))


def test_huge_log_odds_give_a_probability_of_zero_or_one() -> None:
    assert Ensemble(base=-5000.0, rate=0.1, trees=(LEAF,)).probability([0.0]) == 0.0
    assert Ensemble(base=5000.0, rate=0.1, trees=(LEAF,)).probability([0.0]) == 1.0
    assert Ensemble(base=0.0, rate=0.1, trees=(LEAF,)).probability([0.0]) == pytest.approx(
        1.0 / (1.0 + math.exp(-0.1))
    )
