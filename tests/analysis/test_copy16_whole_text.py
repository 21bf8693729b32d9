"""Two reprints of one short text that is mostly a quoted statement are one copy (invented
texts: a port authority's statement on a grounded ferry, under two mastheads word for word, and
two newsrooms that each quote the statement in a lead of their own)."""

from __future__ import annotations

from generator.analysis.copies import SHORT_TEXT, WHOLE_SHARED, same_copies
from generator.analysis.corpus import Corpus
from generator.analysis.shingles import whole_shingles
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from tests.analysis.support import article
from tests.growth import LIMIT, growth

OUTLETS = {
    "valley-courier": Outlet("valley-courier", "Valley Courier", country="GB", language="en"),
    "coast-herald": Outlet("coast-herald", "Coast Herald", country="GB", language="en"),
}

STATEMENT = (
    "“The ferry Marisol ran aground on a sandbank outside Kessmoor harbour shortly after departure on "
    "Tuesday evening. All 140 passengers and nine crew members were brought ashore by lifeboats "
    "within three hours, and divers are inspecting the damaged hull before the tide turns,”"
)
# The whole text: a lead of 19 words, the statement, an attribution line. Outside the quote it
# has fewer shingles than any bar of `one_copy` asks for, so only the whole text can join it.
REPRINT = (
    "A passenger ferry carrying nearly one hundred and fifty people ran aground near Kessmoor harbour "
    "late on Tuesday evening.\n\n"
    f"{STATEMENT} the Kessmoor port authority said in a statement."
)
OTHER_LEAD = (
    "Lifeboat crews worked through the night in rough weather after the Marisol struck a sandbank, "
    "witnesses on the quay told the Coast Herald.\n\n"
    f"{STATEMENT} the harbour master wrote on the authority's website."
)


def counted(one: str, two: str) -> str:
    articles = [
        article("one", one, outlet="valley-courier", minutes=0),
        article("two", two, outlet="coast-herald", minutes=30),
    ]
    return coverage(articles, OUTLETS, corpus=Corpus.of(articles, OUTLETS)).line


def test_two_reprints_of_one_short_quoted_text_are_one_copy():
    """Before: their unquoted words (a lead and an attribution line) were under the short-text
    bar, and the two reprints counted as two newsrooms."""
    assert counted(REPRINT, REPRINT) == "2 articles · 1 newsroom · 1 copy of Valley Courier"


def test_two_newsrooms_quoting_one_statement_in_leads_of_their_own_stay_apart():
    """The same quote in different words of their own is two reports, not one copy."""
    assert counted(REPRINT, OTHER_LEAD) == "2 articles · 2 newsrooms"


def test_a_whole_text_under_the_bar_is_not_joined_by_it():
    """A text of fewer than `WHOLE_SHARED` shingles, quotes included, is too short to tell a
    copy from two newsrooms' alike wording, even word for word."""
    short = "“Kessmoor harbour is closed to traffic tonight,” the port authority said."
    assert len(whole_shingles(short)) < WHOLE_SHARED
    texts = [frozenset(), frozenset()]
    groups, _ = same_copies(texts, [None, None], whole=lambda n: whole_shingles(short))
    assert groups == [0, 1]


def test_whole_texts_are_compared_in_linear_time_when_no_two_share_any():
    """n short articles of distinct quoted texts: no pair is intersected beyond the repeated
    shingles' counts, so 4x the articles takes well under 16x the time."""

    def work(n: int):
        wholes = [frozenset(range(k * 40, k * 40 + 30)) for k in range(n)]
        texts = [frozenset(range(-k * 10 - 5, -k * 10)) for k in range(n)]
        return lambda: same_copies(texts, [None] * n, whole=wholes.__getitem__)

    assert growth(work, 300) < LIMIT


def test_the_whole_text_is_not_read_when_no_article_is_short():
    """Articles of `SHORT_TEXT` shingles or more outside quotes are joined by those alone: their
    whole texts are never shingled (what a story without a short article pays for this: nothing)."""
    asked: list[int] = []

    def whole(n: int) -> frozenset[int]:
        asked.append(n)
        return frozenset(range(100))

    texts = [frozenset(range(k * 100, k * 100 + SHORT_TEXT)) for k in range(3)]
    same_copies(texts, [None] * 3, whole=whole)
    assert asked == []
