"""Each article's language (its outlet's, or detected), and which articles can be compared."""

from __future__ import annotations

import pytest

from generator.analysis import language
from generator.analysis.corpus import Corpus
from generator.analysis.language import UNKNOWN, comparable, detect, language_of, primary
from generator.model.site import Outlet
from tests.analysis.support import article

# Invented texts.
GERMAN = (
    "Am 19. November beschloss der Stadtrat den Bau einer neuen Brücke über den Fluss. "
    "Über die Kosten wurde lange gestritten. Ärzte und Lehrer begrüßten die Entscheidung."
)
ENGLISH = (
    "On 19 November the city council approved a new bridge over the river. "
    "The cost was debated for a long time. Doctors and teachers welcomed the decision."
)
UKRAINIAN = "Міська рада ухвалила будівництво нового мосту через річку. Про вартість сперечалися довго."
DUTCH = "De gemeenteraad keurde op 19 november een nieuwe brug over de rivier goed. Artsen waren blij."
OUTLETS = {
    "blatt": Outlet("blatt", "Das Blatt", language="de"),
    "krant": Outlet("krant", "De Krant", language="nl-BE"),
    "post": Outlet("post", "The Post", language="en-GB"),
    "nowhere": Outlet("nowhere", "Nowhere News"),
}


@pytest.mark.parametrize(
    ("tag", "code"),
    [
        ("de", "de"),
        ("pt-BR", "pt"),
        ("zh-Hant-TW", "zh"),
        ("EN_gb", "en"),
        ("nn", "nn"),
        ("", UNKNOWN),
    ],
)
def test_primary(tag, code):
    assert primary(tag) == code
    assert primary(None) == UNKNOWN


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (GERMAN, "de"),
        (ENGLISH, "en"),
        (UKRAINIAN, "uk"),
        (DUTCH, "nl"),
        ("Eg veit ikkje kva som skjedde i går kveld, men politiet seier at ingen vart skadde.", "nn"),
    ],
)
def test_detect(text, code):
    assert detect(text) == code


@pytest.mark.parametrize("text", ["", "  ", "12 345 – 67.", "Alpha beta. Beta gamma.", "x"])
def test_an_unsure_detection_is_unknown_not_a_guess(text):
    assert detect(text) == UNKNOWN


def test_the_outlets_language_is_taken_and_nothing_is_detected(monkeypatch):
    def refuse() -> None:
        raise AssertionError("detected although the outlet says")

    monkeypatch.setattr(language, "_model", refuse)
    assert language_of(article("a", ENGLISH, outlet="blatt"), OUTLETS) == "de"  # the outlet says
    assert language_of(article("b", DUTCH, outlet="krant"), OUTLETS) == "nl"


def test_an_outlet_without_a_language_is_detected():
    assert language_of(article("a", GERMAN, outlet="nowhere"), OUTLETS) == "de"
    assert language_of(article("b", GERMAN, outlet="not-in-site-yaml"), OUTLETS) == "de"


def test_a_notes_language_is_detected_from_its_text():
    from generator.analysis.language import note_language
    from generator.model.site import KeyPoint
    from tests.analysis.support import briefing

    note = briefing(KeyPoint("The council approved a new bridge over the river on Tuesday.", ("a",)))
    assert note_language(note) == "en"


def test_comparable_is_the_same_language():
    assert comparable("de", "de") and not comparable("de", "en")
    assert not comparable(UNKNOWN, "en")
    assert comparable(UNKNOWN, UNKNOWN)  # read alike, word for word
    assert comparable("nn", "nb") and comparable("no", "nn")  # one language, two written forms


def test_the_corpus_reads_each_article_in_its_language():
    corpus = Corpus.of(
        [
            article("de1", GERMAN, outlet="blatt"),
            article("en1", ENGLISH, outlet="post", minutes=1),
            article("de2", GERMAN.replace("Brücke", "Straße"), outlet="nowhere", minutes=2),
        ],
        OUTLETS,
    )
    assert [corpus.language_of(n) for n in range(3)] == ["de", "en", "de"]
    assert corpus.comparable(0, 2) and not corpus.comparable(0, 1)
    assert corpus.comparable_with(0) == (2,) and corpus.comparable_with(1) == ()
    assert corpus.compares("en", 1) and not corpus.compares("en", 0)
    german = corpus.articles[0]
    assert [s.text for s in german.sentences] == [
        "Am 19. November beschloss der Stadtrat den Bau einer neuen Brücke über den Fluss.",
        "Über die Kosten wurde lange gestritten.",
        "Ärzte und Lehrer begrüßten die Entscheidung.",
    ]
    assert german.words[2] == ("arzt", "lehr", "begrusst", "entscheid")  # German stop words and stems
    assert corpus.comparable_vocabulary(0) == corpus.articles[2].vocabulary


# A small story: an English note citing an English article and a Dutch one whose outlet gives no
# language (so the Dutch is detected), and a German article of an outlet that says "de".
BRIDGE_EN = (
    "The city council of Arnhem approved a new bridge over the Rhine on Tuesday, at a cost of "
    "forty million euros.\n\n"
    "Doctors at the hospital near the river welcomed the decision, saying ambulances would save ten minutes.\n\n"
    "Work on the bridge is to begin in the spring of next year."
)
BRIDGE_NL = (
    "De gemeenteraad van Arnhem heeft dinsdag ingestemd met een nieuwe brug over de Rijn, die veertig "
    "miljoen euro gaat kosten.\n\n"
    "Artsen van het ziekenhuis bij de rivier zijn blij: ambulances zijn straks tien minuten sneller.\n\n"
    "De bouw van de brug begint volgend voorjaar."
)
BRIDGE_DE = (
    "Der Stadtrat von Arnheim hat am Dienstag den Bau einer neuen Brücke über den Rhein beschlossen.\n\n"
    "Ärzte des Krankenhauses am Fluss begrüßten die Entscheidung, Rettungswagen sparten zehn Minuten.\n\n"
    "Über den Baubeginn im nächsten Frühjahr wurde ebenfalls entschieden."
)


def _bridge_story():
    from generator.analysis.story import analyse
    from generator.model.site import KeyPoint
    from tests.analysis.support import briefing

    articles = [
        article("en1", BRIDGE_EN, outlet="post"),
        article("nl1", BRIDGE_NL, outlet="nowhere", minutes=5),
        article("de1", BRIDGE_DE, outlet="blatt", minutes=9),
    ]
    note = briefing(
        KeyPoint(
            "Arnhem's council approved a bridge over the Rhine costing 40 million euros.", ("en1", "nl1")
        ),
        KeyPoint("Doctors said ambulances will save ten minutes.", ("nl1",)),
    )
    return analyse(note, articles, OUTLETS)


def test_the_analysis_gives_each_articles_language():
    assert _bridge_story().languages == (("en1", "en"), ("nl1", "nl"), ("de1", "de"))


def test_a_dutch_citation_of_an_english_point_is_not_compared_not_called_wrong():
    result = _bridge_story()
    supports = {s.article: s for point in result.evidence for s in point.supports}
    assert supports["en1"].compared and not supports["en1"].weak
    assert not supports["nl1"].compared and not supports["nl1"].weak  # was: "likely the wrong article"
    assert [f.article for f in result.findings] == []


def test_an_article_in_another_language_is_not_compared_rather_than_all_only_in():
    result = _bridge_story()
    shown_only = {item.article: item for item in result.only_in}
    # Read as English, every Dutch and German sentence shared no words with the English article
    # and was listed as "only in" it.
    assert "nl1" not in shown_only and "de1" not in shown_only
    assert {n.newsroom for n in result.not_compared} >= {"nowhere", "blatt"}


def test_a_storys_later_articles_are_read_from_100_characters_when_they_name_its_language(monkeypatch):
    read: list[int] = []
    model = language._detected
    monkeypatch.setattr(language, "_detected", lambda text: read.append(len(text)) or model(text))
    english, german = (ENGLISH + " ") * 3, (GERMAN + " ") * 3
    story = [article("a0", english, outlet="nowhere"), article("a1", english, outlet="nowhere")]
    story.append(article("a2", german, outlet="nowhere"))
    assert language.languages_of(story, OUTLETS) == ["en", "en", "de"]
    # The first is read as any text; the second names English (the language expected) in its first
    # 100 characters; the third does not, so it is read as any text again.
    assert read == [300, 100, 100, 300]
    assert [detect(a.body) for a in story] == ["en", "en", "de"]
    read.clear()
    assert language.languages_of(story, OUTLETS, expected="en") == ["en", "en", "de"]
    assert read == [100, 100, 100, 300]
