"""Normalised words, stemming and TF-IDF cosine."""

from __future__ import annotations

import os
import subprocess
import sys

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


def test_share_is_the_same_whatever_the_string_hashing():
    """A set's order follows the process's string hashes; the share must not (a plain sum of
    these 40 weights in another order differs in its last bit)."""
    code = (
        "from generator.analysis.similarity import Weights\n"
        "docs = [[f'w{i}'] * (i % 7 + 1) for i in range(40)] + [[f'w{i}' for i in range(0, 40, 3)]]\n"
        "words = [f'w{i}' for i in range(40)]\n"
        "print(repr(Weights.of(docs).share(words, frozenset(words[::2]))))\n"
    )
    found = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(8)
    }
    assert len(found) == 1, found
