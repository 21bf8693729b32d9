"""Normalised words, stemming and TF-IDF cosine."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from generator.analysis.similarity import Weights, cosine, stem, tokens, words


@pytest.mark.parametrize(
    ("word", "language", "stemmed"),
    [
        ("supplied", "en", "suppli"),
        ("supplies", "en", "suppli"),
        ("supplying", "en", "suppli"),
        ("mines", "en", "mine"),
        ("mine", "en", "mine"),
        ("approved", "en", "approv"),
        ("approves", "en", "approv"),
        ("detonation", "en", "deton"),
        ("detonate", "en", "deton"),
        ("stopped", "en", "stop"),
        ("involvement", "en", "involv"),
        ("involved", "en", "involv"),
        ("class", "en", "class"),
        ("bus", "en", "bus"),
        ("1000th", "en", "1000th"),
        ("war", "en", "war"),
        # Snowball in each language: inflections meet, accents go after stemming
        ("ärzte", "de", "arzt"),
        ("arzt", "de", "arzt"),
        ("flugzeuge", "de", "flugzeug"),
        ("élections", "fr", "elect"),
        ("élection", "fr", "elect"),
        ("heridos", "es", "her"),
        ("herido", "es", "her"),
        ("ministri", "it", "ministr"),
        ("ministro", "it", "ministr"),
        ("raketten", "nl", "raket"),
        ("raket", "nl", "raket"),
        ("feridos", "pt", "fer"),
        ("ferido", "pt", "fer"),
        ("правительства", "ru", "правительств"),
        # no Snowball stemmer: the word as written (Cyrillic kept, not folded)
        ("заходи", "uk", "заходи"),
        ("заходи", "und", "заходи"),
    ],
)
def test_stem(word, language, stemmed):
    assert stem(word, language) == stemmed


def test_tokens_normalise_initialisms_numbers_possessives_and_accents():
    assert tokens("The U.S. told us on the war’s 1,000th day in Zürich.") == (
        "us",
        "war",
        "1000th",
        "day",
        "zurich",
    )
    assert tokens("US-made weapons") == tokens("U.S.-made weapons") == ("us", "made", "weapon")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # the language's stop words go ("die", "über", "les", "de"), its inflections meet
        ("de", "Ärzte berichteten über die Lage der Flugzeuge.", ("arzt", "bericht", "lag", "flugzeug")),
        ("fr", "Les élections de la région.", ("elect", "region")),
        ("nl", "De raketten van het leger.", ("raket", "leger")),
        # read as English, "die" and "les" were content words and nothing met
        ("en", "Die Lage der Flugzeuge.", ("die", "lage", "der", "flugzeug")),
        # other scripts are words, not folded to nothing; Chinese as pairs of characters
        ("uk", "Уряд оголосив нові заходи.", ("уряд", "оголосив", "нові", "заходи")),
        ("zh", "甘肃发生地震。", ("甘肃", "肃发", "发生", "生地", "地震")),
    ],
)
def test_tokens_in_the_texts_language(language, text, expected):
    assert tokens(text, language) == expected


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
