"""The analysis of a story takes time linear in its articles' length, whatever their words."""

from __future__ import annotations

from generator.analysis import unique
from generator.analysis.corpus import Corpus
from tests.analysis.support import article
from tests.growth import LIMIT, growth


def _story(sentences: int) -> list:
    """Two articles whose sentences each pair with one of the other's by a word of their own."""
    return [
        article("a", "\n\n".join(f"Line w{i}x here." for i in range(sentences))),
        article("b", "\n\n".join(f"Other w{i}x there." for i in range(sentences)), minutes=1),
    ]


def test_finding_agreed_facts_is_linear_in_the_articles():
    def work(size: int):
        story = _story(size)
        return lambda: unique.agreed(Corpus.of(story))

    assert growth(work, 1_000) < LIMIT


def test_many_words_looked_up_give_the_sentences_using_each():
    (item,) = Corpus.of([article("a", "Alpha beta. Beta gamma.\n\nGamma alpha delta.")]).articles
    asked = {word: item.using(word) for word in ("alpha", "beta", "gamma", "delta", "nope")}
    assert asked == {"alpha": (0, 2), "beta": (0, 1), "gamma": (1, 2), "delta": (2,), "nope": ()}
    assert item.postings == {w: found for w, found in asked.items() if found}
