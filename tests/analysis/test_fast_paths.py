"""The analysis's fast paths give exactly what the plain rules give (same words, same floats)."""

from __future__ import annotations

import math

from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.analysis import attribution, attribution_sentence, similarity
from generator.analysis.corpus import Corpus, Quote
from generator.analysis.similarity import Weights
from tests.analysis.support import article

# White space of every kind str.split() knows, the marks folding looks at, accents, ligatures.
ALPHABET = st.sampled_from(
    list("abzABZ019 .,'’!?“”‘\"()[]-_*&")
    + list("\t\r\x0b\x1c\x85\u00a0\u2009\u202f\u2028\u3000")
    + list("\u0301\u00a8\u00e9\u00df\u017f\ufb06\u212a\u0130\u00bd\u2075\u0661")
)
WORDS = st.sampled_from(
    [
        *("U.S.", "U.N.", "J.", "Mr.", "(Sept.", "No.", "approx.", "war’s", "Biden's", "1,000th"),
        *("3.5", "U.S.-made", "co-operation", "told", "reported", "first", "according", "citing"),
        *("The", "Reuters", "officials", "said,", "mines.", "“Quote.”", "Why?", "Yes!", "..."),
    ]
)
TEXTS = st.lists(st.one_of(WORDS, st.text(ALPHABET, min_size=1, max_size=6)), max_size=30).map(
    " ".join
) | st.text(ALPHABET, max_size=60)


def whole_text_tokens(text: str) -> tuple[str, ...]:
    """The plain rule: fold the whole text, find its words, stem them, drop stop words."""
    found = similarity._WORD.findall(similarity._folded(text))
    return tuple(filter(None, map(similarity._token, found)))


def plain_vector(weights: Weights, words: tuple[str, ...]) -> list[tuple[str, float]]:
    vector: dict[str, float] = {}
    for word in words:
        vector[word] = vector.get(word, 0.0) + weights.weight(word)
    norm = math.sqrt(sum(value * value for value in vector.values()))
    return [(word, value / norm) for word, value in vector.items()] if norm else []


@settings(max_examples=2000, deadline=None)
@given(TEXTS)
@example("The U.S. told us on the war’s 1,000th day in Zürich.")
@example("a\u00a8b ſt ﬆ \u212a U.S.\u2009S.\u00a0Mr's")
@example("x \u0301U.S. 1,\u2009000 war’\u3000s")
def test_tokens_by_chunk_are_the_whole_text_tokens(text):
    assert similarity.tokens(text) == whole_text_tokens(text)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.lists(st.sampled_from("abcdefgh"), max_size=12).map(tuple), min_size=1, max_size=8))
def test_vectors_are_the_plain_loop_float_for_float(documents):
    weights = Weights.of(documents)
    for words in [*documents, ("a",) * 7 + ("b",) * 5, ("z", "a", "z")]:
        assert list(weights.vector(words).items()) == plain_vector(weights, words)


def _corpus() -> Corpus:
    return Corpus.of(
        [
            article(
                "a",
                "Officials told Reuters the mines expire. The Washington Post first reported it.\n\n"
                "Kyiv received the inert mines on Tuesday. Citing two officials, it said more come.",
            ),
            article(
                "b",
                "The mines expire, officials told Reuters. Kyiv received them on Tuesday.",
                minutes=1,
            ),
            article("c", "Nothing here credits anyone. Storms hit the coast on Tuesday.", minutes=2),
        ]
    )


def test_best_match_with_a_sentence_reuses_its_vector_and_finds_the_same():
    corpus = _corpus()
    for position, item in enumerate(corpus.articles):
        for index, words in enumerate(item.words):
            for other in range(len(corpus.articles)):
                expected = Corpus.of([a.article for a in corpus.articles]).best_match(words, other)
                assert corpus.best_match(words, other, sentence=(position, index)) == expected
    assert corpus.best_match(corpus.articles[0].words[0], 1)[0] > 0.3  # not only misses


def test_attributions_skip_articles_without_needed_words_and_find_the_same():
    corpus = _corpus()
    grouped: dict[tuple[str, str], list[Quote]] = {}
    for item in corpus.articles:
        for index, sentence in enumerate(item.sentences):
            for kind, name, _ in attribution_sentence.find(sentence.text):
                grouped.setdefault((kind, name.casefold()), []).append(item.quote(index))
    found = attribution.attributions(corpus)
    assert {(a.kind, a.name.casefold()): list(a.mentions) for a in found} == grouped
    assert {a.kind for a in found} == {"told", "first_reported"}  # "citing" named no source here
