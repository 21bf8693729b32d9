"""Normalised words, stemming and TF-IDF cosine."""

from __future__ import annotations

import pytest

from generator.analysis.similarity import Weights, cosine, stem, tokens, words


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [
        ("supplied", "supply"),
        ("supplies", "supply"),
        ("supplying", "supply"),
        ("supply", "supply"),
        ("mines", "min"),
        ("mine", "min"),
        ("approved", "approv"),
        ("approves", "approv"),
        ("detonation", "detonat"),
        ("detonate", "detonat"),
        ("stopped", "stop"),
        ("involvement", "involv"),
        ("involved", "involv"),
        ("class", "class"),
        ("bus", "bus"),
        ("1000th", "1000th"),
        ("war", "war"),
    ],
)
def test_stem(word, stemmed):
    assert stem(word) == stemmed


def test_tokens_normalise_initialisms_numbers_possessives_and_accents():
    assert tokens("The U.S. told us on the war’s 1,000th day in Zürich.") == (
        "us",
        "war",
        "1000th",
        "day",
        "zurich",
    )
    assert tokens("US-made weapons") == tokens("U.S.-made weapons") == ("us", "mad", "weapon")


def test_words_mark_names():
    assert words("Maria Butina warned on Tuesday") == [
        ("maria", True),
        ("butina", True),
        ("warn", False),
        ("tuesday", True),
    ]


def test_weights_and_cosine():
    sentences = [("mine", "inert", "battery"), ("mine", "ukraine"), ("mine", "troop", "kursk")]
    weights = Weights.of(sentences)
    assert weights.weight("mine") < weights.weight("kursk") < weights.weight("never-seen")
    a = weights.vector(("mine", "battery"))
    assert cosine(a, a) == pytest.approx(1.0)
    assert cosine(a, weights.vector(("troop", "kursk"))) == 0.0
    assert 0 < cosine(a, weights.vector(sentences[0])) < 1
    assert weights.share(("mine", "kursk"), frozenset({"kursk"})) > 0.5
    assert weights.share((), frozenset({"kursk"})) == 0.0
