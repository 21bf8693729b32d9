"""'Carried by every newsroom' refused for three classes of risky items (issue 23, round 12 of
the agreed facts), on invented stories. Every sentence here is written for the test.

- A fact compared word for word in two newsrooms of a story of five (the other three write in
  another language) said "every newsroom" of two.
- A fact quoted by a sentence giving a figure that another newsroom gives with another value
  (a toll updated later) was shown as agreed on that figure.
- A quote opening with a word pointing back ('"This ..." he added') was quoted as what every
  newsroom says, though its subject is named elsewhere.
"""

from __future__ import annotations

import pytest

from generator.analysis.agree_gate import MIN_ROOM_SHARE, MIN_ROOMS, covering
from generator.analysis.story import analyse
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

ENGLISH = [
    ("daily", "The Daily"),
    ("herald", "The Herald"),
    ("gazette", "The Gazette"),
    ("courier", "The Courier"),
]
GERMAN = [("bote", "Der Bote"), ("kurier", "Kurier Nord"), ("blatt", "Das Blatt")]

LEAD = "Brandel mayor Otto Velk was shot outside the town hall on Tuesday."
TAIL = "\n\nThe council will meet again on Friday to discuss the budget for the harbour."
GERMAN_BODY = (
    "Der Bürgermeister von Brandel wurde am Dienstag vor dem Rathaus angeschossen.\n\n"
    "Die Polizei sucht nach dem Täter und bittet um Hinweise aus der Bevölkerung."
)


def agreed(bodies: list[tuple[str, str, str, str]]) -> list[str]:
    """The quotes shown as carried by every newsroom: one article per (slug, name, language, body)."""
    outlets = {slug: Outlet(slug, name, language=language) for slug, name, language, _ in bodies}
    articles = [article(f"{slug}-{n}", body, slug, minutes=n) for n, (slug, _, _, body) in enumerate(bodies)]
    return [fact.quote.text for fact in analyse(briefing(), articles, outlets).agreed]


def english(*texts: str) -> list[tuple[str, str, str, str]]:
    return [(slug, name, "en", text) for (slug, name), text in zip(ENGLISH[: len(texts)], texts, strict=True)]


def german(count: int) -> list[tuple[str, str, str, str]]:
    return [(slug, name, "de", GERMAN_BODY) for slug, name in GERMAN[:count]]


def test_two_newsrooms_of_five_compared_are_not_every_newsroom():
    """English is compared (four articles, against three in German): two newsrooms of five."""
    daily = LEAD + TAIL
    herald = (
        LEAD[:-1] + ", police said.\n\nOfficers closed the square for several hours while forensic "
        "teams searched it.\n\nA suspect, a man from a nearby village, was detained at the scene."
    )
    later = "\n\nThe mayor was taken to the Brandel clinic, where doctors treated him overnight."
    first = english(daily, herald)
    updates = [(slug, name, language, body + later) for slug, name, language, body in first]
    shown = agreed(first + updates + german(3))
    assert shown == []


def test_three_newsrooms_of_five_compared_still_show_what_they_all_carry():
    shown = agreed(
        english(LEAD + TAIL, LEAD + " Police said." + TAIL, "On Tuesday " + LEAD[0].lower() + LEAD[1:] + TAIL)
        + german(2)
    )
    assert shown == [LEAD]


def test_a_story_of_two_newsrooms_both_compared_still_shows_what_both_carry():
    assert agreed(english(LEAD + TAIL, LEAD[:-1] + ", police said." + TAIL)) == [LEAD]


@pytest.mark.parametrize(
    ("compared", "story", "shown"),
    [
        (2, 2, True),  # every newsroom of the story, though only two
        (2, 3, False),  # two is too few unless it is all of them
        (2, 5, False),
        (3, 3, True),
        (3, 7, True),  # the fewest of any right item on the development stories
        (3, 9, True),  # a third
        (3, 10, False),  # under a third
        (4, 12, True),
        (4, 13, False),
    ],
)
def test_covering(compared, story, shown):
    assert (MIN_ROOMS, MIN_ROOM_SHARE) == (3, 1 / 3)
    assert covering(compared, story) is shown


TOLLS = (
    "Floods in the valley of Varnholm killed 12 people on Sunday, regional officials said.",
    "Floods in the valley of Varnholm killed 12 people on Sunday, officials said.",
    "On Sunday floods in the valley of Varnholm killed 12 people, regional officials said.",
    "Floods killed 12 people in the valley of Varnholm on Sunday, regional officials said.",
)
UPDATE = "\n\nBy Monday evening the count of the dead across the region stood at 19 people, rescuers said."


def test_a_quote_whose_figure_another_newsroom_gives_differently_is_not_agreed():
    """All four leads give the toll of 12; a later update in one newsroom gives 19 people:
    the quote would be read as every newsroom agreeing on 12."""
    bodies = [toll + TAIL for toll in TOLLS]
    bodies[3] += UPDATE
    assert agreed(english(*bodies)) == []


def test_a_quote_whose_figure_no_newsroom_gives_differently_is_still_agreed():
    assert agreed(english(*(toll + TAIL for toll in TOLLS))) == [TOLLS[1]]


LEADS = (
    "Cases of marsh fever rose again in Tolvany this week.",
    "Tolvany reported more marsh fever cases this week.",
    "Marsh fever keeps spreading in Tolvany.",
    "Officials in Tolvany counted new marsh fever cases.",
)
SAID = (
    "Health minister Ilse Marwen said the outbreak in the eastern provinces was spreading fast.",
    "Health minister Ilse Marwen said the outbreak in the eastern provinces was spreading quickly.",
    "The outbreak in the eastern provinces was spreading fast, health minister Ilse Marwen said.",
    "Health minister Ilse Marwen warned the outbreak in the eastern provinces was spreading fast.",
)
WORRY = (
    '"This is something that should worry every family in the provinces," she added.',
    '"This is something that should worry every family in the provinces," the minister added.',
    '"This should worry every family in the provinces," she added.',
    '"This is something that should worry every family in the provinces," Marwen added.',
)


def test_a_quote_pointing_back_to_a_subject_named_elsewhere_is_not_the_fact_quote():
    shown = agreed(english(*(f"{a}\n\n{b}\n\n{c}" for a, b, c in zip(LEADS, SAID, WORRY, strict=True))))
    assert shown == [SAID[0]]
