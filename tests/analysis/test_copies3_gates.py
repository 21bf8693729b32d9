"""Copy grouping, third round: a copy cut short to its top, a wire's copy relayed by another
agency that names it, and a translation told from a report giving the same official figures.

Every text here is invented (a dam breach and a ferry fire in made-up places); none comes from
a real article.
"""

from __future__ import annotations

from generator.analysis import copies, shingles, translations
from generator.analysis.compilations import compilations
from generator.analysis.corpus import Corpus
from generator.analysis.wire import coverage
from generator.model.site import Outlet
from generator.model.wires import DEFAULT
from tests.analysis.support import article
from tests.analysis.test_copy_gates import WIRE  # the same invented wire copy

OUTLETS = {
    slug: Outlet(slug, name, country=country, language=language)
    for slug, name, country, language in [
        ("valley-times", "Valley Times", "GB", "en"),
        ("river-post", "River Post", "GB", "en"),
        ("morning-ledger", "Morning Ledger", "GB", "en"),
        ("gazeta-do-vale", "Gazeta do Vale", "PT", "pt"),
    ]
}


def body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def counted(articles):
    return coverage(articles, OUTLETS, DEFAULT, Corpus.of(articles, OUTLETS))


def test_a_copy_cut_short_to_its_lead_is_the_same_newsroom():
    """Before: the lead alone has 18 runs of words, all of them in the wire's copy, but a text
    under 24 runs had to share 20: the cut copy counted as a second newsroom."""
    found = counted(
        [
            article("wire", body(WIRE), outlet="valley-times", minutes=0),
            article("lead", WIRE[0], outlet="river-post", minutes=30),
        ]
    )
    assert found.line == "2 articles · 1 newsroom · 1 copy of Valley Times"
    (copy,) = found.newsrooms[0].copies  # the page says why: the same text as the wire's
    assert (copy.article, copy.reason, copy.source, copy.evidence.text) == ("lead", "text", "wire", WIRE[0])
    assert len(shingles.shingles(WIRE[0])) == 18


def test_two_briefs_worded_alike_are_still_two_newsrooms():
    """Two short briefs (no long copy to be cut from) still need 20 shared runs of words: with
    the cut-short bar alone (15 of 18 runs, 0.83) they counted as one copy at abfa70f."""
    brief = WIRE[0].replace("regional officials said", "the regional governor told reporters")
    found = counted(
        [
            article("one", WIRE[0], outlet="valley-times", minutes=0),
            article("two", brief, outlet="river-post", minutes=30),
        ]
    )
    assert found.line == "2 articles · 2 newsrooms"
    one, two = shingles.shingles(WIRE[0]), shingles.shingles(brief)
    assert copies.MIN_SHARED <= len(one & two) < copies.SHORT_SHARED
    assert len(one & two) >= copies.CUT_SHARE * min(len(one), len(two))


# A short alert by another newsroom, worded like the wire's lead in part (8 of its 19 runs).
ALERT = (
    "Part of the eastern wall of the Ostrava Ridge dam gave way during a night of torrential "
    "rain on Monday, sending water into villages, emergency services told our reporter."
)


def test_a_short_alert_worded_partly_like_a_lead_is_another_newsroom():
    found = counted(
        [
            article("wire", body(WIRE), outlet="valley-times", minutes=0),
            article("alert", ALERT, outlet="river-post", minutes=30),
        ]
    )
    assert found.line == "2 articles · 2 newsrooms"
    one, two = shingles.shingles(body(WIRE)), shingles.shingles(ALERT)
    assert len(one & two) < copies.CUT_SHARE * len(two)


# The wire's copy relayed by another agency: credited to it, naming the wire at the end of a
# sentence ("carried by the Associated Press"), every other word the wire's.
RELAYED = [
    WIRE[0],
    WIRE[1][:-1] + ", the Associated Press reported.",
    WIRE[2],
    WIRE[3],
]


def test_a_wire_s_copy_relayed_under_another_credit_is_the_wire_s_newsroom():
    """Before: an article credited to one wire (Reuters) whose text names another wire of the
    story (AP) was taken for a compilation, its own newsroom, though all its text is the AP
    copy's: the relay and the wire counted as two newsrooms."""
    found = counted(
        [
            article("ap", body(WIRE), outlet="valley-times", via="AP", minutes=0),
            article("relay", body(RELAYED), outlet="river-post", via="Reuters", minutes=20),
        ]
    )
    assert [(n.name, n.articles) for n in found.newsrooms] == [("AP", ("ap", "relay"))]
    assert found.line == "2 articles · 1 newsroom · 1 via AP · 1 via Reuters"


def test_a_credited_text_naming_a_wire_is_a_compilation_unless_it_carries_that_wire_s_text():
    texts = [body(RELAYED), body(WIRE), body([*WIRE[:1], "Residents said the sirens came late."])]
    shingled = [shingles.shingles(t) for t in texts]
    assert compilations(texts, ["Reuters", "AP"], [], DEFAULT) == frozenset({0})
    assert compilations(texts, ["Reuters", "AP"], [], DEFAULT, shingled) == frozenset()
    # Sharing a paragraph of the named wire's copy (under `REPRINTED` of it) is a compilation.
    assert compilations([texts[0], texts[2]], ["Reuters", "AP"], [], DEFAULT, shingled[::2]) == frozenset({0})


# An English report listing the official figures, and a Portuguese one by another newsroom that
# gives the same figures in the same order (the ministry's list) with its own names and words.
FIGURES_EN = (
    "The ministry said 1,293 people died in Kessmoor, 452 in Tarrow, 41 in Lindholm and 15 in "
    "Parrow, and 2,059 were injured, 1,404 of them critically.\n\n"
    "Ilse Marrow of the Northern Coastguard said 312 rescuers and 20 dogs were searching the "
    "Marisol valley, where 6 villages were cut off.\n\n"
    "Northline Crossings suspended its ferries, and the Stenhagen bridge was closed."
)
FIGURES_PT = (
    "Segundo o ministério, morreram 1.293 pessoas em Kessmoor, 452 em Tarrow, 41 em Lindholm e 15 "
    "em Parrow, e há 2.059 feridos, 1.404 em estado grave.\n\n"
    "As equipas de socorro, 312 pessoas e 20 cães, procuram sobreviventes em 6 aldeias isoladas, "
    "disse a proteção civil à nossa redação."
)


def test_a_report_giving_the_same_official_figures_in_another_language_is_not_a_translation():
    """Before: 16 figures and names in the same order, all of the shorter fingerprint, made the
    Portuguese report a translation of the English one, although only 4 of them are names: the
    rest is the ministry's list of figures, which every newsroom gives alike."""
    found = counted(
        [
            article("en", FIGURES_EN, outlet="valley-times", minutes=0),
            article("pt", FIGURES_PT, outlet="gazeta-do-vale", minutes=60),
        ]
    )
    assert found.line.startswith("2 articles · 2 newsrooms")
    en, pt = (translations.fingerprint(i) for i in Corpus.of(found_articles(), OUTLETS).articles)
    matched = translations._common(en, pt)
    assert matched >= translations.MIN_MATCHED and matched >= translations.MIN_SHARE * min(len(en), len(pt))
    assert translations._common(translations._names(en), translations._names(pt)) < translations.MIN_NAMES


def found_articles():
    return [
        article("en", FIGURES_EN, outlet="valley-times", minutes=0),
        article("pt", FIGURES_PT, outlet="gazeta-do-vale", minutes=60),
    ]


# A close translation whose fingerprint keeps 13 figures and names in order, most of them names.
CLOSE_EN = (
    "Rescuers from Tarrow and Lindholm reached Kessmoor on Tuesday, Ilse Marrow of the Northern "
    "Coastguard said.\n\n"
    "The Marisol Bay had left Kessmoor for Tarrow with 312 people aboard, Northline Crossings said.\n\n"
    "Stenhagen opened schools to 40 families."
)
CLOSE_PT = (
    "As equipas de Tarrow e Lindholm chegaram a Kessmoor na terça-feira, disse Ilse Marrow, da "
    "Guarda Costeira do Norte.\n\n"
    "O Marisol Bay tinha saído de Kessmoor para Tarrow com 312 pessoas a bordo, disse a Northline "
    "Crossings.\n\n"
    "Stenhagen abriu escolas a 40 famílias."
)


def test_a_close_translation_keeping_thirteen_figures_and_names_counts_under_its_source():
    """Before: 13 items in order (11 of them names), 0.87 of the shorter fingerprint, were
    under the 14 needed."""
    articles = [
        article("en", CLOSE_EN, outlet="valley-times", minutes=0),
        article("pt", CLOSE_PT, outlet="gazeta-do-vale", minutes=60),
    ]
    found = counted(articles)
    assert found.line == "2 articles · 1 newsroom · 1 copy of Valley Times"
    en, pt = (translations.fingerprint(i) for i in Corpus.of(articles, OUTLETS).articles)
    assert translations._common(en, pt) == 13
