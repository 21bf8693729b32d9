"""Copy grouping, fourth round: a phrase of a wire's sentence is not a copy of the wire.

A compilation or another newsroom's report may open with a run of words lifted from a wire's
flash (a one-sentence alert) and go on with its own text. The run can be long enough to pass
the shingle thresholds (12 runs of words, a third of the flash), yet it is a phrase of the
flash's one sentence, not a sentence of it: the two are not one copy.

Every text here is invented (a ferry sinking in a made-up port); none comes from a real article.
"""

from __future__ import annotations

from generator.analysis import copies, shingles
from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article

OUTLETS = {
    slug: Outlet(slug, name, country="GB", language="en")
    for slug, name in [
        ("harbour-post", "Harbour Post"),
        ("coast-daily", "Coast Daily"),
        ("island-news", "Island News"),
    ]
}

FLASH = (
    "Harbour authorities in the northern port of Kessmoor confirmed on Tuesday evening that the "
    "passenger ferry Marisol Bay had sunk after burning for several hours beside the eastern "
    "breakwater, and that rescue crews were still searching the freezing water for fourteen "
    "missing travellers, volunteers and deckhands from three neighbouring islands."
)
# Another newsroom's opening: 12 runs of words of the flash (a third of it), reworded around them.
BORROWED = (
    "The passenger ferry Marisol Bay had sunk after burning for several hours beside the eastern "
    "breakwater, and rescue crews were still searching on Tuesday night, local broadcasters "
    "reported, as families waited along the seafront promenade."
)
OWN = [
    "Shopkeepers on the quay said the smoke had been visible from the old lighthouse since the "
    "early afternoon, drifting inland over the fish market.",
    "A retired pilot who has sailed the crossing to Tarrow for thirty years told our reporter the "
    "vessel had been refitted only last spring.",
    "The island council cancelled its weekend festival and opened the community hall to relatives "
    "arriving on the morning bus.",
]
MORE = [
    "The coastguard said two helicopters and a lifeboat from Tarrow had joined the search at dusk.",
    "The operator of the ferry said it was cooperating fully with the maritime investigators.",
]


def counted(articles):
    return coverage(articles, OUTLETS, DEFAULT, Corpus.of(articles, OUTLETS))


def test_a_report_opening_with_a_phrase_of_a_wire_flash_is_its_own_newsroom():
    """Before: the report shares 12 runs of words with the flash, a third of the flash's, and
    was shown as a copy of AP; they are a phrase of the flash's one sentence (0.34 of it)."""
    found = counted(
        [
            article("flash", FLASH, outlet="harbour-post", via="AP", minutes=0),
            article("report", "\n\n".join([BORROWED, *OWN]), outlet="coast-daily", minutes=40),
        ]
    )
    assert found.line == "2 articles · 2 newsrooms · 1 via AP"
    flash, borrowed = shingles.shingles(FLASH), shingles.shingles(BORROWED)
    assert len(flash & borrowed) == copies.MIN_SHARED
    assert copies.MIN_SHARE * len(flash) <= len(flash & borrowed) < copies.CARRIED * len(flash)


def test_a_copy_carrying_the_flash_sentence_is_still_the_wire_copy():
    """The same flash printed whole at the top of a longer copy is one copy, said with it."""
    found = counted(
        [
            article("flash", FLASH, outlet="harbour-post", via="AP", minutes=0),
            article("copy", "\n\n".join([FLASH, *MORE]), outlet="island-news", minutes=40),
        ]
    )
    assert found.line == "2 articles · 1 newsroom · 1 via AP · 1 copy of AP"
    (newsroom,) = found.newsrooms
    copy = next(c for c in newsroom.copies if c.article == "copy")
    assert (copy.reason, copy.source, copy.evidence.text) == ("text", "flash", FLASH)


def test_carries_a_sentence_needs_half_of_one_sentence():
    """A sentence counts when half its runs of words are in the other text, not fewer."""
    flash = shingles.shingles(FLASH)
    assert copies.carries_a_sentence([shingles.shingles(BORROWED)], flash)  # the phrase, from its side
    assert not copies.carries_a_sentence([flash], shingles.shingles(BORROWED))
    assert not copies.carries_a_sentence([shingles.shingles("A short one.")], flash)  # under 4 runs
