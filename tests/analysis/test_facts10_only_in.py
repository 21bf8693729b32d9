"""'Only in X' needs evidence of a fact of its own, not a date or a product's number (issue 23,
round 10), on invented stories.

Each story reproduces a failure class seen on real coverage: background another newsroom gives in
other words ("left the navy in 2017", "since the invasion of February 2022") was shown as one
newsroom's own because its year, or the clock time of an alert, was a figure no other newsroom
printed; a product's maker and model number ("Ford F-150") and a company's stock ticker
("(MSFT.O)") were read as a name and a figure of its own. Every sentence here is written for the
test.
"""

from __future__ import annotations

from collections.abc import Callable

from generator.analysis.story import analyse
from generator.analysis.unique_gate import dates, keys
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language="en")
    for slug, name in [("daily", "The Daily"), ("herald", "The Herald"), ("gazette", "The Gazette")]
}
OPENING = "A ferry sank off the island of Korsa on Sunday, coastguard officials said."
HERALD = (
    "A ferry sank off Korsa on Sunday, coastguard officials said.\n\n"
    "Its captain, Anton Velk, was among those rescued, and Marlo Lines said it would help families.\n\n"
    "Rescuers searched the cold water through the night with two boats."
)
GAZETTE = (
    "The ferry went down near Korsa early on Sunday.\n\n"
    "The owner, the shipping firm Marlo Lines, said the crossing was suspended."
)


def shown(sentence: str) -> list[str]:
    """The Daily's sentences shown as only in it, when it adds `sentence` to the opening."""
    articles = [
        article("daily", OPENING + "\n\n" + sentence, "daily"),
        article("herald", HERALD, "herald", minutes=1),
        article("gazette", GAZETTE, "gazette", minutes=2),
    ]
    result = analyse(briefing(), articles, OUTLETS)
    return {item.newsroom: [q.text for q in item.sentences] for item in result.only_in}["daily"]


def test_a_year_of_its_own_does_not_make_a_named_fact_its_own():
    """The Herald names the captain; the Daily's sentence about him has no figure of its own but
    a year: it may be background the Herald gives otherwise, so it is not shown."""
    year = "The ferry's master, Velk, left the merchant navy in 2017 and had lived in exile on Tarsa since."
    assert shown(year) == []
    # a count of its own still shows a fact the other newsrooms do not give
    count = "The ferry's master, Velk, left the merchant navy with 340 others and had lived in exile on Tarsa since."
    assert shown(count) == [count]


def test_a_clock_time_of_its_own_does_not_make_a_named_fact_its_own():
    time = "The alert Mr Velk sent at 0530 GMT also shared a manual workaround for the flooded engine room."
    assert shown(time) == []


def test_a_product_and_its_model_number_are_no_name_or_figure_of_its_own():
    """'Ford F-150' says what kind of truck, not a fact no other newsroom gives."""
    truck = "Coastguard crews hauled a white Ford F-150 pickup truck from the sunken car deck overnight."
    assert shown(truck) == []
    assert keys("They drove a white Ford F-150 and an Airbus A320 to Korsa.") == frozenset({"kors"})


def test_a_stock_ticker_is_no_name_of_its_own():
    """Marlo Lines is named by every other newsroom: its ticker names it again."""
    ticker = "Marlo Lines (MRLO.L) said the crossing would resume next week once inspectors allow it."
    assert shown(ticker) == []
    # an agency's or a body's initials in brackets are still names
    assert keys("The agency said (AFAD) and (NASDAQ: MRLO) and (MRLO.L).") == frozenset({"afad"})


def test_dates_are_years_and_clock_times():
    """Years (1900-2100, four digits) and the figures of clock times; not counts, not 1850."""
    text = "In 2017, at 0530 GMT and 18h00, 340 people and 1850 boats"
    assert dates(text) == frozenset({"2017", "530", "18"})


def test_reading_designations_is_linear():
    """A long run of capitalised words, brackets and letters with digits (what the product and
    ticker pattern tries at each word) is read in time linear in its length."""
    from tests.growth import LIMIT, growth

    def work(n: int) -> Callable[[], object]:
        text = "Aaaaaaaaaa Bb (ABCDE:FGH (ABCDEF.GHI A-" * n + " F-150."
        return lambda: keys(text)

    assert growth(work, 2000) < LIMIT
