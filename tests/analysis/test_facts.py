"""Facts across newsrooms on invented stories: a wire's copies under several mastheads, two
independent reports, a figure given differently, a correction, and a newsroom in another language.

Each story reproduces a failure of the per-article analysis this replaced (issue 23): a wire's
own facts vanished once several papers carried it, "carried by every source" found nothing
when one copy was cut, a figure two sources gave differently was shown as agreed, and every
sentence of an article in another language was listed as its own. The later ones reproduce what
the development stories of the labelled set showed (different words for one fact, facts in
sentences that carry other facts too): each failed on the facts step before it.
"""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.facts import story_facts
from generator.model.analysis import Correction, NotCompared
from generator.model.site import Outlet
from tests.analysis.support import article
from tests.growth import LIMIT, growth

OUTLETS = {
    slug: Outlet(slug, name, language=language)
    for slug, name, language in [
        ("daily", "The Daily", "en"),
        ("herald", "The Herald", "en"),
        ("gazette", "The Gazette", "en"),
        ("tribune", "The Tribune", "en"),
        ("echo", "The Echo", "en"),
        ("zeitung", "Die Zeitung", "de"),
    ]
}
LEAD = "A container crane collapsed at the port of Saltmere on Tuesday, harbour officials said."
WIRE = (
    f"{LEAD}\n\n"
    "The harbour master, Ines Varga, said the damaged berth would stay closed until Friday.\n\n"
    "Engineers from Baltic Lifting will inspect the other cranes at the terminal next week."
)
TRIBUNE = (
    "A container crane at the port of Saltmere collapsed on Tuesday, according to harbour officials.\n\n"
    "Reporters from the Tribune counted eleven cargo ships waiting outside Grimsway Sound at dusk.\n\n"
    "It was windy."
)
ECHO = (
    "A container crane collapsed on Tuesday at the port of Saltmere, harbour officials said.\n\n"
    "Shop owner Tomas Brell, who lives on Quay Lane, said the crash woke his whole street.\n\n"
    "Nobody was on the crane."
)
# The wire's copy under three mastheads; the third is cut and starts below the lead.
STORY = [
    article("wire-daily", WIRE, outlet="daily"),
    article("wire-herald", WIRE, outlet="herald", minutes=5),
    article("wire-gazette", WIRE.split("\n\n", 1)[1], outlet="gazette", minutes=10),
    article("tribune", TRIBUNE, outlet="tribune", minutes=20),
    article("echo", ECHO, outlet="echo", minutes=30),
]
ROOMS = {
    "wire-daily": "wire",
    "wire-herald": "wire",
    "wire-gazette": "wire",
    "tribune": "tribune",
    "echo": "echo",
}


def facts_of(articles, rooms=ROOMS):
    return story_facts(Corpus.of(articles, OUTLETS), rooms)


def only(found, newsroom: str) -> list[str]:
    return [q.text for item in found.only_in if item.newsroom == newsroom for q in item.sentences]


def test_a_wires_own_facts_are_only_in_the_wire_once_however_many_mastheads_print_it():
    found = facts_of(STORY)
    assert [(o.newsroom, o.articles) for o in found.only_in] == [
        ("wire", ("wire-daily", "wire-herald", "wire-gazette")),
        ("tribune", ("tribune",)),
        ("echo", ("echo",)),
    ]
    assert only(found, "wire") == [
        "The harbour master, Ines Varga, said the damaged berth would stay closed until Friday.",
        "Engineers from Baltic Lifting will inspect the other cranes at the terminal next week.",
    ]
    # quoted from the first masthead that printed it, counted once
    assert {q.article for item in found.only_in if item.newsroom == "wire" for q in item.sentences} == {
        "wire-daily"
    }
    assert only(found, "tribune") == [
        "Reporters from the Tribune counted eleven cargo ships waiting outside Grimsway Sound at dusk."
    ]
    assert only(found, "echo") == [
        "Shop owner Tomas Brell, who lives on Quay Lane, said the crash woke his whole street."
    ]


def test_a_fact_is_carried_by_every_newsroom_when_one_article_of_each_carries_it():
    """The wire's third copy is cut above the lead: the wire carries the lead all the same."""
    (fact,) = facts_of(STORY).agreed
    assert fact.quote.text == LEAD  # the words most newsrooms use; ties: the shortest, the first
    assert {q.article for q in fact.sentences} == {"wire-daily", "wire-herald", "tribune", "echo"}


def test_a_figure_two_newsrooms_give_differently_is_disputed_not_agreed():
    first = article(
        "first", "Four dock workers were injured when the crane fell onto a loading berth at Saltmere."
    )
    second = article(
        "second",
        "Six dock workers were injured when the crane fell onto a loading berth at Saltmere.",
        outlet="tribune",
        minutes=5,
    )
    found = facts_of([first, second], {"first": "daily", "second": "tribune"})
    assert found.agreed == ()
    (disputed,) = found.disputed
    assert disputed.unit == "dock"
    assert [(v.value, [q.article for q in v.sentences]) for v in disputed.variants] == [
        ("Four dock", ["first"]),
        ("Six dock", ["second"]),
    ]
    assert disputed.corrections == ()
    assert all(not item.sentences for item in found.only_in)


def test_a_figure_an_article_corrects_is_disputed_with_the_correction():
    corrected = article(
        "corrected",
        "Eight soldiers were wounded in the shelling of the Darrow barracks on Sunday, the army said.\n\n"
        "An earlier version of this story said 10 soldiers were wounded; it was eight.",
        outlet="tribune",
        minutes=30,
    )
    other = article(
        "other", "The army said ten soldiers were wounded when shells hit the Darrow barracks on Sunday."
    )
    found = facts_of([other, corrected], {"other": "daily", "corrected": "tribune"})
    assert found.agreed == ()
    (disputed,) = found.disputed
    assert [(v.value, [q.article for q in v.sentences]) for v in disputed.variants] == [
        ("ten soldiers", ["other"]),
        ("Eight soldiers", ["corrected"]),
    ]
    assert disputed.corrections == (
        Correction(
            "corrected", "An earlier version of this story said 10 soldiers were wounded; it was eight."
        ),
    )
    assert only(found, "tribune") == []  # the correction is about the article, not the story


def test_a_correction_in_the_front_matter_disputes_the_figure_it_names():
    from dataclasses import replace

    first = article("first", "Ten soldiers were wounded when shells hit the Darrow barracks on Sunday.")
    second = replace(
        article(
            "second", "Shells hit the Darrow barracks on Sunday, the army said.", outlet="tribune", minutes=5
        ),
        corrections=("Correction: an earlier version of this article said 10 soldiers were wounded.",),
    )
    (disputed,) = facts_of([first, second], {"first": "daily", "second": "tribune"}).disputed
    assert [(v.value, [q.article for q in v.sentences]) for v in disputed.variants] == [
        ("Ten soldiers", ["first"])
    ]
    assert [c.article for c in disputed.corrections] == ["second"]


def test_a_newsroom_in_another_language_is_not_compared():
    german = article(
        "zeitung",
        "Im Hafen von Saltmere ist am Dienstag ein Containerkran eingestürzt, teilte die Hafenbehörde mit.\n\n"
        "Die Reederei Nordlicht will ihre Schiffe nach Brandholm umleiten.",
        outlet="zeitung",
        minutes=40,
    )
    found = facts_of([*STORY, german], {**ROOMS, "zeitung": "zeitung"})
    assert found.not_compared == (NotCompared("zeitung", "de"),)
    assert [o.newsroom for o in found.only_in] == ["wire", "tribune", "echo"]
    (fact,) = found.agreed  # the German newsroom does not make "every newsroom" impossible
    assert {q.article for q in fact.sentences} == {"wire-daily", "wire-herald", "tribune", "echo"}


def test_one_newsroom_has_nothing_to_compare():
    found = facts_of(STORY[:3])
    assert (found.only_in, found.agreed, found.disputed, found.not_compared) == ((), (), (), ())


def test_finding_facts_is_linear_in_the_story():
    """Sentences of three newsrooms that pair across them by words of their own: 4x the
    sentences take about 4x the time, not 16x (the sentences are never compared all with all)."""

    def work(size: int):
        story = [
            article(
                name,
                "\n\n".join(f"Item w{i}x{name} said w{i}y and w{i}z near Port{i}." for i in range(size)),
                outlet=outlet,
                minutes=n,
            )
            for n, (name, outlet) in enumerate([("a", "daily"), ("b", "tribune"), ("c", "echo")])
        ]
        corpus = Corpus.of(story, OUTLETS)
        rooms = {"a": "daily", "b": "tribune", "c": "echo"}
        return lambda: story_facts(corpus, rooms)

    assert growth(work, 300) < LIMIT


def test_what_only_one_newsroom_says_is_quoted_when_short_and_standing_alone():
    """A credit of another outlet is shown as a credit (read from the sentence, or as the story's
    attributions label it); a sentence leaning on the one before ('This ...') is not listed (it
    cannot stand as a fact on its own), and one too long to quote is listed, not quoted."""
    long = (
        "Opponents from Torpoint, led by the fisherman Ruan Penhale, have vowed to fight the plan in "
        "the High Court at Truro, saying its piers would silt up the oyster beds of Millbrook Creek "
        "that their families have worked for six generations and that its tolls would fall on commuters."
    )
    one = article(
        "one",
        "The council approved the new bridge over the river Tamar on Monday.\n\n"
        "The Herald first reported the vote, after its reporter Jenna Polk saw the tally at Liskeard.\n\n"
        "Mayor Alice Grey called it a historic day for Saltash and Plymouth.\n\n"
        "This sets the Kernow scheme apart from earlier failed attempts at a crossing.\n\n"
        f"{long}",
    )
    two = article(
        "two",
        "On Monday the council approved a bridge over the Tamar.\n\n"
        "Construction costs are estimated at 40 million pounds by engineers.",
        outlet="tribune",
        minutes=30,
    )
    rooms = {"one": "daily", "two": "tribune"}
    first, second = facts_of([one, two], rooms).only_in
    assert [q.sentence for q in first.sentences] == [1, 2, 4]
    assert [(c.quote.sentence, c.label) for c in first.credits] == [
        (1, "Credits The Herald with the first report")
    ]
    labelled = story_facts(Corpus.of([one, two], OUTLETS), rooms, {("one", 2): "Credits X with the report"})
    assert [(c.quote.sentence, c.label) for c in labelled.only_in[0].credits] == [
        (2, "Credits X with the report")
    ]
    assert [q.text for q in first.quoted] == [
        "Mayor Alice Grey called it a historic day for Saltash and Plymouth."
    ]
    assert [q.text for q in second.quoted] == [
        "Construction costs are estimated at 40 million pounds by engineers."
    ]


def with_sentence(text: str, room: str) -> list:
    """The story with one more sentence at the end of the Tribune's or the Echo's article."""
    tribune = article(
        "tribune", f"{TRIBUNE}\n\n{text}" if room == "tribune" else TRIBUNE, "tribune", minutes=20
    )
    echo = article("echo", f"{ECHO}\n\n{text}" if room == "echo" else ECHO, "echo", minutes=30)
    return [*STORY[:3], tribune, echo]


def test_a_sentence_that_also_says_what_others_say_is_its_own_by_what_it_adds():
    """It names the collapse at Saltmere and the harbour officials every newsroom names, but the
    divers, their number and where they came from only here (was: not listed, since most of its
    weight was not in words of its own)."""
    divers = (
        "After the collapse at Saltmere, harbour officials called in 40 navy divers from Grimsway who "
        "spent the night searching the flooded basin for lost cargo."
    )
    assert divers in only(facts_of(with_sentence(divers, "tribune")), "tribune")


def test_a_figure_written_in_words_names_a_fact():
    """No capital but its first letter: 'four' is its figure (was: not listed, no name)."""
    rescue = "Rescuers pulled four injured dock workers out of the flooded basin soon after midnight."
    assert rescue in only(facts_of(with_sentence(rescue, "echo")), "echo")


def test_a_name_an_article_repeats_is_its_subject_not_one_fact():
    """'Portvale' runs through the Echo's article: it says where the Echo writes from, not what
    one sentence adds (was: both sentences naming it listed as the Echo's own)."""
    found = facts_of(
        with_sentence(
            "Officials in Portvale said the collapse would not change shipping schedules.\n\n"
            "Traders in Portvale expect insurers to cover the losses this winter without any dispute.\n\n"
            "The chamber of Portvale met on Wednesday.",
            "echo",
        )
    )
    assert only(found, "echo") == [
        "Shop owner Tomas Brell, who lives on Quay Lane, said the crash woke his whole street."
    ]


def test_a_news_organisations_name_is_not_a_fact_of_the_newsroom_citing_it():
    """What the Coastal Times reported, the Echo only repeats (was: listed for the name)."""
    cited = "The Coastal Times reported that insurers expect claims from shipping firms to rise this winter."
    assert cited not in only(facts_of(with_sentence(cited, "echo")), "echo")


def test_two_newsrooms_saying_one_thing_in_other_words_are_tied_by_the_words_only_they_use():
    """'cracked gantry rails': three words no other sentence uses tie the two sentences, though
    the rest differs (was: each listed as its newsroom's own)."""
    pilots = (
        "Harbour pilots led by Jonah Reed had warned for months that the gantry rails were cracked and "
        "unsafe in strong gusts."
    )
    union = "Union leader Mara Voss said her members raised alarms about cracked gantry rails long before the accident."
    tribune = article("tribune", f"{TRIBUNE}\n\n{pilots}", "tribune", minutes=20)
    echo = article("echo", f"{ECHO}\n\n{union}", "echo", minutes=30)
    found = facts_of([*STORY[:3], tribune, echo])
    assert pilots not in only(found, "tribune")
    assert union not in only(found, "echo")


def test_a_sentence_whose_copy_says_what_another_newsroom_says_is_not_only_in_its_own():
    """The Herald's copy of the wire's sentence goes on to what the Tribune says (the cab was
    empty); the Daily's shorter copy is the same sentence of the wire, so neither is listed
    (precision first; was: the Daily's copy listed as the wire's own)."""
    daily_copy = (
        "Navy divers led by Captain Ruth Ames recovered two containers from the basin overnight, the port "
        "authority said."
    )
    herald_copy = (
        "Navy divers led by Captain Ruth Ames recovered two containers from the basin overnight and found "
        "the crane's cab empty, the port authority said."
    )
    daily = article("wire-daily", f"{WIRE}\n\n{daily_copy}", outlet="daily")
    herald = article("wire-herald", f"{WIRE}\n\n{herald_copy}", outlet="herald", minutes=5)
    tribune = article(
        "tribune",
        f"{TRIBUNE}\n\nWhen divers reached the sunken cab of the crane overnight they found it empty, the Tribune learned.",
        "tribune",
        minutes=20,
    )
    found = facts_of([daily, herald, STORY[2], tribune, STORY[4]])
    assert daily_copy not in only(found, "wire") and herald_copy not in only(found, "wire")


def test_an_agreed_fact_is_quoted_by_the_words_most_newsrooms_use():
    """The Echo's lead is the shortest saying it, but adds a claim no other newsroom makes
    (sabotage): the quote is a lead saying what they agree on (was: the Echo's)."""
    echo = article(
        "echo",
        ECHO.replace(
            "A container crane collapsed on Tuesday at the port of Saltmere, harbour officials said.",
            "The Saltmere crane collapsed on Tuesday, and sabotage is suspected.",
        ),
        "echo",
        minutes=30,
    )
    (fact,) = facts_of([*STORY[:4], echo]).agreed
    assert fact.quote.text == LEAD
    assert {q.article for q in fact.sentences} == {"wire-daily", "wire-herald", "tribune", "echo"}


def test_a_fact_each_newsroom_says_in_its_own_words_is_carried_by_every_newsroom():
    """The Tribune and the Echo tell of the crane's fall in words of their own, each with more
    around it (was: not found, their likeness to the wire's lead under the old bars)."""
    toppled = (
        "A crane toppled at Saltmere's container port on Tuesday, and dockers from the night shift ran "
        "for cover as it hit the quay, the authority said."
    )
    lost = (
        "On Tuesday the port of Saltmere lost one of its cranes, which fell into the water beside a grain "
        "ship waiting to unload its cargo."
    )
    tribune = article("tribune", TRIBUNE.replace(TRIBUNE.split("\n\n")[0], toppled), "tribune", minutes=20)
    echo = article("echo", ECHO.replace(ECHO.split("\n\n")[0], lost), "echo", minutes=30)
    (fact,) = facts_of([*STORY[:3], tribune, echo]).agreed
    assert fact.quote.text == LEAD
    assert {q.article for q in fact.sentences} == {"wire-daily", "wire-herald", "tribune", "echo"}


def test_two_leads_of_one_newsroom_are_one_fact_carried_by_every_newsroom():
    """The Herald's edit of the wire's lead is no copy of it (other words), but both leads have
    the Tribune's and the Echo's as closest: one fact, shown once (was: shown twice)."""
    edited = "Harbour officials said a container crane at Saltmere port collapsed on Tuesday morning as a gale blew in."
    herald = article("wire-herald", WIRE.replace(LEAD, edited), outlet="herald", minutes=5)
    (fact,) = facts_of([STORY[0], herald, *STORY[2:]]).agreed
    assert fact.quote.text == LEAD
    assert {q.article for q in fact.sentences} == {"wire-daily", "wire-herald", "tribune", "echo"}


def test_a_copy_the_coverage_did_not_group_is_no_second_report():
    """The Herald's copy of the harbour master's sentence is counted as a newsroom of its own (the
    coverage missed it): its closeness does not lift the Tribune's and the Echo's passing mentions
    of the berth and Friday to the bar (as it would, averaged in). The old bars were higher: this
    guards the lower ones."""
    berth = "Harbour master Ines Varga said the damaged berth would stay shut until Friday at the earliest."
    herald = article(
        "wire-herald",
        WIRE.replace(
            "The harbour master, Ines Varga, said the damaged berth would stay closed until Friday.", berth
        ),
        outlet="herald",
        minutes=5,
    )
    tribune = article(
        "tribune",
        f"{TRIBUNE}\n\nCargo bound for the damaged berth was sent to Grimsway, where it should arrive by Friday.",
        "tribune",
        minutes=20,
    )
    echo = article(
        "echo",
        f"{ECHO}\n\nFriday's market on the quay near the damaged berth went ahead as planned.",
        "echo",
        minutes=30,
    )
    split = {**ROOMS, "wire-herald": "herald"}
    found = facts_of([STORY[0], herald, STORY[2], tribune, echo], split)
    assert [fact.quote.text for fact in found.agreed] == [LEAD]


def test_two_words_only_two_newsrooms_use_tie_their_sentences():
    """Background each newsroom words its own way: 'silo' and 'scaffolding' appear in these two
    sentences only (was: each listed as its newsroom's own, the bar was three such words)."""
    tribune_line = (
        "Two winters ago Mayor Odile Krantz ordered scaffolding around the old silo beside "
        "berth nine after storms."
    )
    echo_line = (
        "Residents recall that Councillor Pavel Strand put up scaffolding when the silo "
        "started leaning in 2019."
    )
    tribune = article("tribune", f"{TRIBUNE}\n\n{tribune_line}", "tribune", minutes=20)
    echo = article("echo", f"{ECHO}\n\n{echo_line}", "echo", minutes=30)
    found = facts_of([*STORY[:3], tribune, echo])
    assert tribune_line not in only(found, "tribune")
    assert echo_line not in only(found, "echo")


def test_a_figure_only_two_newsrooms_give_ties_their_sentences_with_one_more_word():
    """'1987' and 'ferry' are in these two sentences only: one year and one word, said in other
    words (was: each listed as its newsroom's own; a figure now counts as two tying words)."""
    tribune_line = (
        "Older dockers at Saltmere remember the ferry Marisol sinking at the same quay in 1987 "
        "with heavy losses."
    )
    echo_line = (
        "Historian Lena Quist notes a ferry went down off the breakwater in 1987, and locals still mourn it."
    )
    tribune = article("tribune", f"{TRIBUNE}\n\n{tribune_line}", "tribune", minutes=20)
    echo = article("echo", f"{ECHO}\n\n{echo_line}", "echo", minutes=30)
    found = facts_of([*STORY[:3], tribune, echo])
    assert tribune_line not in only(found, "tribune")
    assert echo_line not in only(found, "echo")


def test_a_sentence_leaning_on_the_one_before_is_not_listed_as_only_in():
    """'He ...' says something about a subject named elsewhere: it is not listed as what only the
    Echo says (was: listed, for its names and figures)."""
    named = "Shop owner Tomas Brell, who lives on Quay Lane, said the crash woke his whole street."
    leaning = "He moved to Saltmere from Lisbon in 2011 and opened Brell Marine Supplies three years later."
    found = facts_of(with_sentence(leaning, "echo"))
    assert named in only(found, "echo")
    assert leaning not in only(found, "echo")
