"""'Carried by every newsroom' shown only with a quote every newsroom gives alike (issue 23,
third round), on invented stories.

The failure class seen on real coverage: a lead sentence carrying a detail the newsrooms give
differently (where a wound was) was shown as agreed by every newsroom, because the sentences
were alike enough to be one fact. Every sentence here is written for the test.
"""

from __future__ import annotations

from generator.analysis.agree_gate import MIN_GIVEN, least_given
from generator.analysis.story import analyse
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language="en")
    for slug, name in [("daily", "The Daily"), ("herald", "The Herald"), ("gazette", "The Gazette")]
}


def agreed(*bodies: str) -> list[str]:
    """The quotes shown as carried by every newsroom of a story of one article per outlet."""
    articles = [
        article(slug, body, slug, minutes=n)
        for n, (slug, body) in enumerate(zip(OUTLETS, bodies, strict=True))
    ]
    return [fact.quote.text for fact in analyse(briefing(), articles, OUTLETS).agreed]


TAIL = "\n\nThe council will meet again on Friday to discuss the budget for the harbour."


def test_a_lead_sentence_with_a_detail_the_newsrooms_give_differently_is_not_agreed():
    """Each newsroom says the mayor of Brandel was shot; where the wound was differs (leg,
    shoulder) or is not said: no quote gives only what all of them say, so nothing is shown."""
    shown = agreed(
        "Brandel mayor Otto Velk was shot in the leg outside the town hall on Tuesday." + TAIL,
        "Brandel mayor Otto Velk was shot in the shoulder outside the town hall on Tuesday." + TAIL,
        "Brandel mayor Otto Velk was shot outside the town hall on Tuesday and taken away." + TAIL,
    )
    assert not any("leg" in text or "shoulder" in text for text in shown)


def test_a_sentence_every_newsroom_gives_alike_is_still_shown():
    shown = agreed(
        "Brandel mayor Otto Velk was shot outside the town hall on Tuesday." + TAIL,
        "Brandel mayor Otto Velk was shot outside the town hall on Tuesday, police said." + TAIL,
        "On Tuesday Brandel mayor Otto Velk was shot outside the town hall." + TAIL,
    )
    assert shown == ["Brandel mayor Otto Velk was shot outside the town hall on Tuesday."]


def test_a_count_two_of_three_newsrooms_give_is_not_quoted_as_agreed():
    """Two newsrooms give the toll, the third says only 'several': the toll is not shown as
    what every newsroom says, and no other sentence gives only what all three say."""
    shown = agreed(
        "Floods in the valley of Varnholm killed 12 people on Sunday, regional officials said." + TAIL,
        "Floods in the valley of Varnholm killed 12 people on Sunday, regional officials said." + TAIL,
        "Floods in the valley of Varnholm killed several people on Sunday, regional officials said." + TAIL,
    )
    assert shown == []


def test_a_figure_not_every_newsroom_gives_is_not_quoted_as_agreed():
    """Two newsrooms of four give '12 people', the others no count (or another): half would
    do for a word, not for a figure."""
    given = [{"flood", "12", "peopl"}, {"flood", "12", "peopl"}, {"flood", "peopl"}, {"flood", "peopl", "14"}]
    assert least_given(frozenset({"flood", "12", "peopl"}), given) == 0.0
    assert (
        least_given(frozenset({"flood", "twelv", "peopl"}), [{"flood", "twelv", "peopl"}, {"flood", "peopl"}])
        == 0.0
    )
    assert least_given(frozenset({"flood", "peopl"}), given) == 1.0


def test_a_word_half_the_newsrooms_give_may_be_quoted_and_one_fewer_give_may_not():
    given = [{"shot", "leg"}, {"shot", "leg"}, {"shot"}, {"shot"}]
    assert least_given(frozenset({"shot", "leg"}), given) == MIN_GIVEN == 0.5
    assert least_given(frozenset({"shot", "arm"}), [{"shot", "arm"}] + [{"shot"}] * 3) == 0.25
    assert least_given(frozenset(), given) == 0.0
