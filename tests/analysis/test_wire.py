"""Wire collapsing: reprints count towards the wire's newsroom."""

from __future__ import annotations

from generator.analysis.wire import coverage
from tests.analysis.support import OUTLETS, article


def test_reprint_of_a_known_wire_is_its_newsroom():
    articles = [
        article("jn", "x", outlet="japan-news", via="Reuters", minutes=0),
        article("nb", "y", outlet="newsbytes", minutes=20),
    ]
    counted = coverage(articles, OUTLETS)
    assert counted.line == "2 articles · 2 newsrooms · 1 via Reuters"
    assert [(n.name, n.outlet, n.articles, n.reprints) for n in counted.newsrooms] == [
        ("Reuters", "reuters", ("jn",), ("jn",)),
        ("NewsBytes", "newsbytes", ("nb",), ()),
    ]


def test_the_wire_itself_and_its_reprints_are_one_newsroom():
    articles = [
        article("own", "x", outlet="reuters", minutes=0),
        article("re1", "x", outlet="japan-news", via="reuters", minutes=5),
        article("re2", "x", outlet="daily", via="REUTERS", minutes=9),
        article("ap", "x", outlet="daily", via="Associated Press", minutes=7),
    ]
    counted = coverage(articles, OUTLETS)
    assert counted.line == "4 articles · 2 newsrooms · 2 via Reuters · 1 via Associated Press"
    assert [n.key for n in counted.newsrooms] == ["reuters", "via:associated press"]


def test_no_articles():
    assert coverage([], OUTLETS).line == "No source articles."
    assert coverage([article("a", "x")], OUTLETS).line == "1 article · 1 newsroom"
