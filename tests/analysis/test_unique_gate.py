"""'Only in X' shown only on positive evidence (issue 23, second round), on invented stories.

Each story reproduces a failure class seen on real coverage: a fact another newsroom gives in
other words or in another language (the nationalities of the missing, an official's age) was
listed as only in one newsroom, and so was a sentence adding one detail of its own to details
another newsroom gives. Every sentence here is written for the test.
"""

from __future__ import annotations

from generator.analysis import unique_gate
from generator.analysis.corpus import Corpus
from generator.analysis.story import analyse
from generator.analysis.unique_gate import Gate, gated, keys
from generator.model.analysis import OnlyIn
from generator.model.site import Outlet
from tests.analysis.support import article, briefing
from tests.growth import LIMIT, growth

OUTLETS = {
    slug: Outlet(slug, name, language=language)
    for slug, name, language in [
        ("daily", "The Daily", "en"),
        ("herald", "The Herald", "en"),
        ("gazette", "The Gazette", "en"),
        ("diario", "El Diario", "es"),
        ("zeitung", "Die Zeitung", "de"),
        ("vestnik", "Vestnik", "ru"),
    ]
}
HERALD = (
    "A ferry sank off the island of Korsa on Sunday, coastguard officials said.\n\n"
    "Rescuers searched the cold water through the night with two boats."
)
GAZETTE = (
    "The ferry went down near Korsa early on Sunday.\n\n"
    "The owner, the shipping firm Marlo Lines, said the vessel had passed an inspection in 2019."
)


def only_in(daily: str, *others: tuple[str, str, str]) -> dict[str, list[str]]:
    """Each newsroom's sentences shown as only in it: The Daily's text, then (id, outlet, body)."""
    articles = [
        article("daily", daily, "daily"),
        *(article(i, body, outlet, minutes=n + 1) for n, (i, outlet, body) in enumerate(others)),
    ]
    result = analyse(briefing(), articles, OUTLETS)
    return {item.newsroom: [q.text for q in item.sentences] for item in result.only_in}


def test_a_fact_another_newsroom_gives_in_another_language_is_not_only_in_one():
    """The Spanish newsroom is not compared word by word, but it names the same nationalities
    ('peruanos', 'chilenos'): the English sentence naming them is not The Daily's alone."""
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "The four missing crew members came from Peru, Chile and Ecuador, according to the "
        "Peruvian consulate in Valletta."
    )
    spanish = (
        "Un ferry se hundió frente a la isla de Korsa el domingo.\n\n"
        "Entre los desaparecidos hay tripulantes peruanos, chilenos y ecuatorianos."
    )
    found = only_in(
        daily, ("herald", "herald", HERALD), ("gazette", "gazette", GAZETTE), ("diario", "diario", spanish)
    )
    assert found["daily"] == []
    # nothing in it can be looked for in the Spanish text: no name, no figure
    assert found["herald"] == []
    # what the Gazette alone names (a firm and a year no other newsroom gives) is still shown
    assert found["gazette"] == [
        "The owner, the shipping firm Marlo Lines, said the vessel had passed an inspection in 2019."
    ]


def test_a_figure_another_newsroom_gives_in_another_sentence_shape_is_not_only_in_one():
    """An official's age, given by the German newsroom as '61-jährige': the English sentence
    giving it with a judgement of its own is not shown as The Daily's alone."""
    daily = (
        "A ferry sank off Korsa on Sunday with the transport minister Ivo Dorin on board.\n\n"
        "Mr Dorin, 61, is a former central banker whom some expect to lead the Harbour Party."
    )
    german = "Vor Korsa ist am Sonntag eine Fähre gesunken. An Bord war der 61-jährige Minister Dorin."
    found = only_in(
        daily,
        ("herald", "herald", HERALD + "\n\nThe transport minister Ivo Dorin was among the passengers."),
        ("gazette", "gazette", GAZETTE + "\n\nMinister Dorin was on board, the firm said."),
        ("zeitung", "zeitung", german),
    )
    assert found["daily"] == []


def test_a_name_opening_a_sentence_is_a_name_another_newsroom_may_give():
    """A sentence's first word is capitalised whatever it is; one its article never writes in
    lower case ('Guatemala') is a name, and the Spanish newsroom gives it ('guatemaltecos'):
    the names the sentence adds do not make the rest The Daily's alone."""
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "Guatemala's foreign ministry said two of its citizens were on board, Lidia Ortez and Samuel Brun."
    )
    spanish = (
        "Un ferry se hundió frente a Korsa el domingo. Dos tripulantes guatemaltecos siguen desaparecidos."
    )
    found = only_in(
        daily, ("herald", "herald", HERALD), ("gazette", "gazette", GAZETTE), ("diario", "diario", spanish)
    )
    assert found["daily"] == []
    # a first word the article also writes in lower case is no name: "Rescuers" here
    rescuers = "Rescuers found the ferry's log near Ostrava Point; the rescuers said it was dry."
    assert only_in(
        daily.split("\n\n")[0] + "\n\n" + rescuers,
        ("herald", "herald", HERALD),
        ("gazette", "gazette", GAZETTE),
    )["daily"] == [rescuers]


def test_a_name_another_newsroom_spells_another_way_is_the_same_name():
    """The German newsroom writes the deputy mayor's name as German spells it ('Juri Schukow'):
    it is the name The Daily gives ('Yuri Zhukov'), so the sentence is not The Daily's alone."""
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "Deputy mayor Yuri Zhukov resigned over the sinking on Monday."
    )
    german = "Vor Korsa ist am Sonntag eine Fähre gesunken. Der Vizebürgermeister Juri Schukow trat zurück."
    found = only_in(
        daily, ("herald", "herald", HERALD), ("gazette", "gazette", GAZETTE), ("zeitung", "zeitung", german)
    )
    assert found["daily"] == []


def test_a_sentence_adding_a_detail_to_details_another_newsroom_gives_is_not_shown():
    """The ship's name is The Daily's alone, but its flag and destination are The Herald's too
    (in other words): the sentence would tell the reader all three are The Daily's."""
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "The Norvik, a Maltese-registered ferry heading for Gdansk, hit the breakwater at dawn."
    )
    herald = HERALD + "\n\nThe ship flew the flag of Malta and was on its way to Gdansk, port officials said."
    found = only_in(daily, ("herald", "herald", herald), ("gazette", "gazette", GAZETTE))
    assert found["daily"] == []


def test_a_figure_of_its_own_is_evidence_though_another_newsroom_names_the_same_people():
    """The harbour master is named by The Herald too (in another fact), but the tonnage is The Daily's alone: the
    sentence is shown (it was refused for the shared name, so no newsroom showed anything)."""
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "Harbour master Ines Varga said 4,300 tonnes of fuel oil had leaked into the bay overnight."
    )
    herald = HERALD + "\n\nVarga declined to say when the port would reopen."
    found = only_in(daily, ("herald", "herald", herald), ("gazette", "gazette", GAZETTE))
    assert found["daily"] == [
        "Harbour master Ines Varga said 4,300 tonnes of fuel oil had leaked into the bay overnight."
    ]


def test_a_figure_another_newsroom_gives_still_refuses_a_sentence_with_a_figure_of_its_own():
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "Harbour master Ines Varga said 4,300 tonnes of fuel oil had leaked from its 17 tanks."
    )
    herald = HERALD + "\n\nThe ferry carried fuel in 17 separate tanks, its owner said."
    found = only_in(daily, ("herald", "herald", herald), ("gazette", "gazette", GAZETTE))
    assert found["daily"] == []


def test_a_name_is_no_evidence_when_a_newsroom_writes_in_another_script():
    """A newsroom writing in Cyrillic may name the pilot in its own letters: a name absent from
    its text proves nothing, a figure does (digits are the same in every script)."""
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "The captain, Arvo Tamsalu, had sailed the route since he left the navy.\n\n"
        "The ferry had made the crossing 4,380 times without an accident."
    )
    russian = "В воскресенье у острова Корса затонул паром. Капитан Арво Тамсалу служил на флоте."
    found = only_in(
        daily, ("herald", "herald", HERALD), ("gazette", "gazette", GAZETTE), ("vestnik", "vestnik", russian)
    )
    assert found["daily"] == ["The ferry had made the crossing 4,380 times without an accident."]


def test_a_newsroom_shows_at_most_max_shown_sentences_those_with_most_of_their_own_first(monkeypatch):
    """Past the page's bound (`MAX_SHOWN`, here 3) the sentences naming most of their own are
    kept, listed in story order."""
    monkeypatch.setattr(unique_gate, "MAX_SHOWN", 3)
    daily = (
        "A ferry sank off Korsa on Sunday, the coastguard said.\n\n"
        "Harbour pilot Selma Okoro said the swell reached 14 feet before midnight.\n\n"
        "The Tarvo lighthouse keeper logged a distress flare at 2315.\n\n"
        "Insurer Brenmoor Mutual covers hull and cargo up to 80 million euros, its chief Aldo Pratt said.\n\n"
        "The regional governor Nadia Ferenc ordered flags on public buildings in Ostrava lowered for 3 days.\n\n"
        "Divers from Kellmark recovered a lifeboat."
    )
    found = only_in(daily, ("herald", "herald", HERALD), ("gazette", "gazette", GAZETTE))
    assert found["daily"] == [
        "Harbour pilot Selma Okoro said the swell reached 14 feet before midnight.",
        "Insurer Brenmoor Mutual covers hull and cargo up to 80 million euros, its chief Aldo Pratt said.",
        "The regional governor Nadia Ferenc ordered flags on public buildings in Ostrava lowered for 3 days.",
    ]


def test_keys_are_language_neutral():
    """Names by their first four letters as they sound, accents gone, any case; figures whole,
    groups joined; a sentence's first word, short words and one-digit figures are no keys."""
    assert keys("Workers from México and Guatemala, aged 26, said the Consulate on 6 March.") == {
        "meks",
        "guat",
        "26",
        "kons",
        "mark",
    }
    assert keys("Said Selenskyj and Nawalny") == keys("Said Zelensky and Navalny") == {"sele", "nava"}
    assert keys("Some 50,000 troops") == keys("Etwa 50.000 Soldaten") - {"sold"} == {"50000"}


def test_the_gate_is_linear_in_the_story():
    """Every sentence of three newsrooms a candidate: 4x the sentences take about 4x the time
    (each newsroom's keys listed once, then one lookup per key), not 16x."""

    def work(size: int):
        rooms = {"a": "daily", "b": "herald", "c": "gazette"}
        articles = [
            article(
                name,
                "\n\n".join(
                    f"Item Wx{i}{name} reached {1000 + i} near Port{name}{i} on Korsa." for i in range(size)
                ),
                slug,
                minutes=n,
            )
            for n, (name, slug) in enumerate(rooms.items())
        ]
        corpus = Corpus.of(articles, OUTLETS)
        candidates = [
            OnlyIn(
                rooms[item.article.id],
                (item.article.id,),
                tuple(map(item.quote, range(len(item.sentences)))),
                (),
                (),
            )
            for item in corpus.articles
        ]
        return lambda: gated(candidates, lambda: Gate(corpus, rooms))

    assert growth(work, 300) < LIMIT


def test_the_gate_names_the_condition_refusing_a_sentence():
    """Each refusal is named (`Gate.verdict`), so that what a condition costs in right sentences
    can be counted on labelled stories (tools/intel_gates.py); a kept sentence has no reason."""
    from generator.analysis.unique_gate import (
        FIGURE_ELSEWHERE,
        FIRST_WORD_ELSEWHERE,
        NAME_ELSEWHERE,
        NO_KEY_OF_ITS_OWN,
    )

    texts = {
        "daily": "A ferry sank off Korsa on Sunday.",
        "herald": "The ferry from Korsa sank on Sunday with 17 cars aboard. Ines Varga said little.",
        "gazette": "The Korsa ferry went down on Sunday.",
    }
    articles = [article(room, body, room, minutes=n) for n, (room, body) in enumerate(texts.items())]
    gate = Gate(Corpus.of(articles, OUTLETS), {room: room for room in texts})
    body = texts["daily"]
    assert gate.verdict("daily", "Its hold carried 17 trucks and a Tarvo bus.", body) == (0, FIGURE_ELSEWHERE)
    assert gate.verdict("daily", "The harbour master, Ines Varga, blamed Tarvo.", body) == (0, NAME_ELSEWHERE)
    assert gate.verdict("daily", "The crossing to Korsa takes an hour.", body) == (0, NO_KEY_OF_ITS_OWN)
    assert gate.verdict("daily", "Varga told Tarvo radio it was late.", body) == (0, FIRST_WORD_ELSEWHERE)
    assert gate.verdict("daily", "Its owner, Marlo Lines, said 240 people were aboard.", body) == (3, "")
    assert gate.strength("daily", "Its owner, Marlo Lines, said 240 people were aboard.", body) == 3
