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
