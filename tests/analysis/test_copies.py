"""Copies from the text: the same copy under several mastheads is one newsroom, credited or not.

Every text here is invented (a ferry fire in a made-up port); none comes from a real article.
"""

from __future__ import annotations

import pytest

from generator.analysis import copies, rewrites, shingles
from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article
from tests.growth import LIMIT, best_time, growth

OUTLETS = {
    slug: Outlet(slug, name, country="GB", language="en")
    for slug, name in [
        ("harbour-post", "Harbour Post"),
        ("evening-star", "Evening Star"),
        ("coast-daily", "Coast Daily"),
        ("island-news", "Island News"),
        ("north-herald", "North Herald"),
    ]
}

LEAD = (
    "A passenger ferry caught fire off the northern port of Kessmoor on Tuesday evening, forcing "
    "more than 300 people to abandon ship in heavy swell, coastguard officials said."
)
WIRE = [
    LEAD,
    "Rescue boats from three neighbouring harbours pulled survivors from the water through the "
    "night, and by dawn the coastguard said 14 people were still unaccounted for.",
    "The vessel, the Marisol Bay, had left Kessmoor shortly after six o'clock for its regular "
    "crossing to the island of Tarrow, a journey of about two hours.",
    "Passengers described thick smoke filling the lower decks within minutes of an alarm "
    "sounding near the engine room.",
    "Harbour authorities closed the port to all traffic and opened an emergency centre at the "
    "town hall for relatives seeking news.",
    "The ferry operator, Northline Crossings, said it was cooperating fully with investigators "
    "and had suspended its other sailings on the route until further notice.",
    "Kessmoor has seen two serious maritime accidents in the past decade, including a collision "
    "between a cargo ship and a fishing trawler that left five dead.",
]
# The same copy, edited: a new lead, two paragraphs cut, a house style ("search-and-rescue"
# boats, "6 o'clock", a comma dropped) and a closing line of its own.
EDITED = [
    "Fourteen people remained missing on Wednesday after fire swept through a crowded ferry near "
    "Kessmoor, in what local officials called the worst disaster on the route in years.",
    "Search-and-rescue boats from three neighbouring harbours pulled survivors from the water "
    "through the night and by dawn the coastguard said 14 people were still unaccounted for.",
    "The vessel, the Marisol Bay, had left Kessmoor shortly after 6 o'clock for its regular "
    "crossing to the island of Tarrow, a journey of about two hours.",
    "Harbour authorities closed the port to all traffic and opened an emergency centre at the "
    "town hall for relatives seeking news.",
    "Our reporter on the quayside saw families gathering in the rain late into the evening.",
]
STATEMENT = (
    '"We are doing everything in our power to find those still missing and to support the '
    "families who are waiting for news tonight. Every available vessel and helicopter along this "
    "coast is searching, and we will continue to search for as long as there is any hope of "
    'finding people alive," '
)
# Two newsrooms' own reports, each quoting the coastguard's statement in full.
OWN_A = [
    "Crowds gathered on the quay at Kessmoor as lifeboats returned through the darkness with "
    "blankets wrapped around exhausted survivors.",
    STATEMENT + "the coastguard commander, Ilse Marrow, told reporters at the harbour.",
    "Local hotels opened their doors to passengers who had lost everything in the blaze.",
]
OWN_B = [
    "Investigators will examine whether an electrical fault near the galley started the fire, a "
    "maritime safety official told this newspaper.",
    STATEMENT + "said Ilse Marrow, who leads the regional coastguard.",
    "The ferry had passed its annual inspection in March, according to the register of vessels.",
]


# The wire copy reworded sentence by sentence, in its order (a paraphrase): names, figures and
# some words kept, few runs of three words (3 shingles in common: `copies` alone misses it).
REWORDED = [
    "Coastguard officials said more than 300 passengers were forced off a burning ferry in rough "
    "seas near Kessmoor, a port in the north, late on Tuesday.",
    "Lifeboats sent from three nearby harbours hauled people out of the sea all night; by morning "
    "14 were still missing, according to the coastguard.",
    "The Marisol Bay set out from Kessmoor just after six for Tarrow island, a routine trip that "
    "usually takes two hours.",
    "Passengers said a fire alarm went off by the engine room and within minutes the decks below "
    "were full of smoke.",
    "Authorities shut the harbour to shipping and turned the town hall into a centre where "
    "relatives could wait for news.",
    "Northline Crossings, the operator, promised full cooperation with the investigation and "
    "suspended its remaining sailings on the route.",
    "Kessmoor has had two other serious accidents at sea in ten years; in one, a cargo ship hit a "
    "fishing trawler and five people died.",
]
# Another newsroom's own report of the fire: the same facts, in its own order and words.
INDEPENDENT = [
    "Families waited through the night at Kessmoor town hall for word of 14 people missing after "
    "the Marisol Bay ferry fire.",
    "Northline Crossings has halted every sailing on its Tarrow route while investigators board "
    "the burned vessel.",
    "Survivors told our reporter the alarm rang out near the engine room shortly before smoke "
    "reached the lower decks.",
    "Coastguard crews, joined by boats from three harbours, searched the water off Kessmoor until dawn.",
    "The Marisol Bay was carrying more than 300 people on the two-hour crossing when fire broke "
    "out on Tuesday evening.",
    "It is the third serious accident at sea near Kessmoor in ten years.",
]


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def counted(articles, wires=DEFAULT):
    return coverage(articles, OUTLETS, wires, Corpus.of(articles))


def test_the_same_copy_under_three_mastheads_without_a_credit_is_one_newsroom():
    found = counted(
        [
            article("a", body(WIRE), outlet="harbour-post", minutes=0),
            article("b", body(WIRE), outlet="evening-star", minutes=5),
            article("c", body(WIRE[:5]), outlet="coast-daily", minutes=9),  # cut at the end
        ]
    )
    assert found.line == "3 articles · 1 newsroom · 2 copies of Harbour Post"
    (newsroom,) = found.newsrooms
    assert (newsroom.name, newsroom.articles, newsroom.reprints) == (
        "Harbour Post",
        ("a", "b", "c"),
        ("b", "c"),
    )
    assert [(c.article, c.reason, c.source) for c in newsroom.copies] == [
        ("b", "text", "a"),
        ("c", "text", "a"),
    ]
    assert newsroom.copies[0].evidence is not None
    assert newsroom.copies[0].evidence.text == LEAD
    assert (newsroom.copies[0].evidence.article, newsroom.copies[0].evidence.line) == ("b", 5)


def test_an_edited_copy_with_a_new_lead_and_cuts_is_the_same_newsroom():
    found = counted(
        [
            article("wire", body(WIRE), outlet="harbour-post", minutes=0),
            article("edit", body(EDITED), outlet="island-news", minutes=30),
        ]
    )
    assert found.line == "2 articles · 1 newsroom · 1 copy of Harbour Post"
    (copy,) = found.newsrooms[0].copies
    assert copy.evidence is not None
    assert copy.evidence.text == EDITED[1]  # its house style is not compared: hyphens, a comma


def test_two_reports_quoting_one_statement_are_two_newsrooms():
    found = counted(
        [
            article("a", body(OWN_A), outlet="harbour-post", minutes=0),
            article("b", body(OWN_B), outlet="north-herald", minutes=10),
            article("c", body(OWN_A), outlet="coast-daily", minutes=20),  # a reprint of the first
        ]
    )
    assert found.line == "3 articles · 2 newsrooms · 1 copy of Harbour Post"
    assert [n.articles for n in found.newsrooms] == [("a", "c"), ("b",)]


def test_the_quotation_alone_would_make_the_two_reports_one_copy():
    """What the test above guards against: with the quotation marks removed, the statement is
    shared running text, and the two reports are taken for one copy."""
    unquoted = [body(p).replace('"', "") for p in (OWN_A, OWN_B)]
    groups, links = copies.same_copies([shingles.shingles(t) for t in unquoted], [None, None])
    assert groups == [0, 0] and len(links) == 1
    groups, links = copies.same_copies([shingles.shingles(body(p)) for p in (OWN_A, OWN_B)], [None, None])
    assert groups == [0, 1] and links == []


def test_a_summary_of_two_wires_joins_one_of_them_at_most():
    first_half = WIRE[:4]
    other_wire = OWN_B[:1] + OWN_A[:1] + OWN_A[2:] + OWN_B[2:] + [EDITED[4], EDITED[0]]
    found = counted(
        [
            article("ap", body(first_half), outlet="harbour-post", via="AP", minutes=0),
            article("rt", body(other_wire), outlet="evening-star", via="Reuters", minutes=1),
            article("sum", body(first_half + other_wire), outlet="coast-daily", minutes=2),
        ]
    )
    assert [(n.name, n.articles) for n in found.newsrooms] == [("AP", ("ap", "sum")), ("Reuters", ("rt",))]


def test_a_redistributor_credited_on_the_same_text_joins_the_copy_it_reprints():
    """An agency reprints another newsroom's copy under its own credit ("(IANS)"), word for word,
    beside an uncredited twin of the same reprint: one text is one newsroom's copy, whatever the
    credits say (before: the credited reprint stood apart as a newsroom of its own)."""
    found = counted(
        [
            article("agency", body(WIRE), outlet="harbour-post", via="IANS", minutes=0),
            article("original", body(WIRE[:6]), outlet="evening-star", via="BBC", minutes=1),
            article("twin", body(WIRE), outlet="coast-daily", minutes=2),
        ]
    )
    assert found.line == "3 articles · 1 newsroom · 1 via IANS · 1 via BBC · 1 copy of IANS"
    assert [n.articles for n in found.newsrooms] == [("agency", "original", "twin")]


def test_two_credited_wires_sharing_a_paragraph_stay_apart():
    """Conflicting credits still keep apart two texts that share less than most of the shorter
    (here 0.39: above the bar for uncredited copies, below the redistributor's)."""
    found = counted(
        [
            article(
                "ap", body(WIRE[:2] + OWN_A + INDEPENDENT[:3]), outlet="harbour-post", via="AP", minutes=0
            ),
            article(
                "rt",
                body(WIRE[:2] + OWN_B + INDEPENDENT[3:]),
                outlet="evening-star",
                via="Reuters",
                minutes=1,
            ),
        ]
    )
    assert found.line == "2 articles · 2 newsrooms · 1 via AP · 1 via Reuters"
    assert [(n.name, n.articles) for n in found.newsrooms] == [("AP", ("ap",)), ("Reuters", ("rt",))]


def test_quotations_in_several_styles_are_left_out():
    assert shingles.shingles(
        "„Wir suchen weiter“, sagte sie. «Nous cherchons encore» dit-il."
    ) == shingles.shingles("sagte sie. dit-il.")
    assert shingles.shingles("The official's view: 'we will rebuild the harbour wall,' she said.") == (
        shingles.shingles("The official's view: she said.")
    )


def test_running_text_folds_punctuation_case_and_number_groups():
    assert shingles.shingles("Search-and-Rescue crews found 1,000 LIFE jackets.") == shingles.shingles(
        "search and rescue crews found 1000 life jackets"
    )


@pytest.mark.parametrize(
    "marks",
    [" 'word" * 30_000, (" 'word" * 99 + "\nword' ") * 300],
    ids=["never closed", "closed in the next paragraph"],
)
def test_unpaired_single_quotes_cost_about_what_words_do(marks):
    """Each opening mark is paired in one pass over the marks: 30,000 marks that never close
    (or close only past a paragraph's end) are not each searched for a closing one, which took
    about 90 times the same words' time."""
    words = marks.replace("'", "")
    assert best_time(lambda: shingles.shingles(marks)) < 15 * best_time(lambda: shingles.shingles(words))


def test_a_paraphrase_sentence_by_sentence_is_the_same_newsroom():
    """Each sentence says again what one of the wire's says, in the wire's order, in other
    words: a rewrite of its copy (on the old code: 2 newsrooms, its text shares 3 shingles)."""
    found = counted(
        [
            article("wire", body(WIRE), outlet="harbour-post", minutes=0),
            article("reworded", body(REWORDED), outlet="island-news", minutes=40),
        ]
    )
    assert found.line == "2 articles · 1 newsroom · 1 copy of Harbour Post"
    (newsroom,) = found.newsrooms
    (copy,) = newsroom.copies
    assert (copy.article, copy.reason, copy.source) == ("reworded", "rewrite", "wire")
    assert copy.evidence is not None and copy.counterpart is not None
    assert (copy.evidence.article, copy.evidence.text) == ("reworded", REWORDED[5])
    assert (copy.counterpart.article, copy.counterpart.text) == ("wire", WIRE[5])
    assert copy.evidence.line == 5 + 2 * 5  # the body starts on line 5, a paragraph every 2 lines
    shingled = [shingles.shingles(body(text)) for text in (WIRE, REWORDED)]
    assert copies.same_copies(shingled, [None, None])[0] == [0, 1]


@pytest.mark.parametrize(
    ("text", "newsrooms"),
    [
        (REWORDED, 1),
        ([REWORDED[i] for i in (4, 6, 1, 5, 0, 3, 2)], 2),  # the same sentences, in another order
        (INDEPENDENT, 2),
    ],
    ids=["the rewrite in the wire's order", "its sentences in another order", "an own report"],
)
def test_reports_of_one_event_in_their_own_order_or_words_are_not_one_copy(text, newsrooms):
    """Saying what the wire says is not enough: a rewrite says it in the wire's order. The same
    sentences in another order, or a report of the same facts in its own words and order, are
    another newsroom's (the first case is 2 newsrooms on the old code)."""
    found = counted(
        [
            article("wire", body(WIRE), outlet="harbour-post", minutes=0),
            article("other", body(text), outlet="north-herald", minutes=40),
        ]
    )
    assert len(found.newsrooms) == newsrooms


def test_a_rewrite_is_found_beside_another_report_of_the_same_facts():
    """Words the rewrite shares with the wire and with a third newsroom's report do not count
    towards aligning it (only words no third group uses do): the rewrite is still found."""
    found = counted(
        [
            article("wire", body(WIRE), outlet="harbour-post", minutes=0),
            article("own", body(INDEPENDENT), outlet="north-herald", minutes=20),
            article("reworded", body(REWORDED), outlet="island-news", minutes=40),
        ]
    )
    assert [n.articles for n in found.newsrooms] == [("wire", "reworded"), ("own",)]


def test_a_rewrite_never_joins_copy_credited_to_another_newsroom():
    found = counted(
        [
            article("ap", body(WIRE), outlet="harbour-post", via="AP", minutes=0),
            article("rt", body(REWORDED), outlet="island-news", via="Reuters", minutes=40),
        ]
    )
    assert [(n.name, n.articles) for n in found.newsrooms] == [("AP", ("ap",)), ("Reuters", ("rt",))]


def test_a_rewrite_of_a_reprinted_copy_is_counted_with_the_reprints():
    """Two mastheads print the wire (one cut short); a third rewords it: all three are one
    newsroom, the reprint has the wire's text, the rewrite says it again."""
    found = counted(
        [
            article("wire", body(WIRE), outlet="harbour-post", minutes=0),
            article("edit", body(WIRE[:5]), outlet="evening-star", minutes=10),
            article("reworded", body(REWORDED), outlet="island-news", minutes=40),
        ]
    )
    (newsroom,) = found.newsrooms
    assert [(c.article, c.reason, c.source) for c in newsroom.copies] == [
        ("edit", "text", "wire"),
        ("reworded", "rewrite", "wire"),
    ]


def test_aligning_rewrites_is_linear_in_the_articles():
    """Two articles whose sentences each say again one of the other's, by words of their own:
    4x the sentences take about 4x the time, not 16x (sentences are paired through an index of
    their words, never all with all: that takes over 30x here). Each size is timed 15 times, the
    best kept: a loaded machine spoils five tries of the larger size too often."""

    kept = "Harbour crews searched the northern breakwater again overnight."  # wording kept

    def work(size: int):
        story = [
            article(
                "a", body([kept] + [f"Line w{i}x w{i}y here." for i in range(size)]), outlet="harbour-post"
            ),
            article(
                "b", body([kept] + [f"Boat w{i}x w{i}y there." for i in range(size)]), outlet="north-herald"
            ),
        ]
        corpus = Corpus.of(story, OUTLETS)
        return lambda: rewrites.rewrites(corpus, [0, 1])

    assert [(r.copy, r.source, r.chain) for r in work(100)()] == [(1, 0, 101)]
    assert growth(work, 200, tries=15) < LIMIT
