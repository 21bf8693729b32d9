"""'Only in' and 'agreed by all' on a small two-article story."""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.unique import agreed, only_in
from tests.analysis.support import article

ONE = article(
    "one",
    "The council approved the new bridge over the river Tamar on Monday.\n\n"
    "The Herald first reported the vote.\n\n"
    "Mayor Alice Grey called it a historic day for Saltash and Plymouth.\n\n"
    "This sets the scheme apart from earlier failed attempts at a crossing.",
)
TWO = article(
    "two",
    "On Monday the council approved a bridge over the Tamar.\n\n"
    "Construction costs are estimated at 40 million pounds by engineers.",
    minutes=30,
)
CORPUS = Corpus.of([ONE, TWO])


def test_only_in_finds_new_facts_and_quotes_those_that_stand_alone():
    first, second = only_in(CORPUS)
    assert [q.sentence for q in first.sentences] == [1, 2, 3]
    assert [(c.quote.sentence, c.label) for c in first.credits] == [
        (1, "Credits The Herald with the first report")
    ]
    # "This sets the scheme apart..." leans on the sentence before: not quoted on its own
    assert [q.text for q in first.quoted] == [
        "Mayor Alice Grey called it a historic day for Saltash and Plymouth."
    ]
    assert [q.text for q in second.quoted] == [
        "Construction costs are estimated at 40 million pounds by engineers."
    ]


def test_agreed_facts_are_quoted_by_their_shortest_sentence():
    (fact,) = agreed(CORPUS)
    assert [(q.article, q.sentence) for q in fact.sentences] == [("one", 0), ("two", 0)]
    assert fact.quote.text == "On Monday the council approved a bridge over the Tamar."


def test_a_single_article_has_nothing_to_compare():
    single = Corpus.of([ONE])
    assert only_in(single) == () and agreed(single) == ()
