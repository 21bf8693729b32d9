"""Evidence for key points: the supporting sentences, and citations that support nothing."""

from __future__ import annotations

from generator.analysis.claim_sentence import read
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import READ, evidence
from generator.model.analysis import WEAK
from generator.model.site import KeyPoint, Outlet
from tests.analysis.support import article

MINES = article(
    "mines",
    "President Joe Biden has approved anti-personnel land mines for Ukraine, an official said.\n\n"
    "The mines become inert after a preset period. They need a battery to detonate.\n\n"
    "Separately, the weather in Kyiv was cold.",
)
STORM = article("storm", "A winter storm cut power to 40,000 homes overnight, the utility said.", minutes=9)
CORPUS = Corpus.of([MINES, STORM])


def test_each_part_of_a_point_finds_its_sentence():
    point = KeyPoint(
        "The mines turn inert after a *preset* period. They detonate with a battery.", ("mines",)
    )
    found = evidence(point, CORPUS)
    assert found.cited and found.checkable
    (support,) = found.supports
    assert [(q.sentence, q.line, q.text) for q in support.quotes] == [
        (1, 7, "The mines become inert after a preset period."),
        (2, 7, "They need a battery to detonate."),
    ]
    assert not support.weak


def test_a_citation_of_the_wrong_article_is_weak_and_names_the_best_candidate():
    point = KeyPoint("Biden approved anti-personnel mines for Ukraine.", ("mines", "storm"))
    right, wrong = evidence(point, CORPUS).supports
    assert right.article == "mines" and right.quotes[0].sentence == 0 and not right.weak
    assert wrong.article == "storm" and wrong.weak and wrong.quotes == () and wrong.score == 0.0


def test_uncited_and_empty_points():
    assert evidence(KeyPoint("Biden approved mines."), CORPUS).cited is False
    assert evidence(KeyPoint("—", ("mines",)), CORPUS).checkable is False


QUARRY = article(
    "quarry",
    "Work at the old limestone quarry outside Ashford stopped for the winter, the operator said.\n\n"
    "Residents had complained for years about dust, trucks and blasting noise near the village school.\n\n"
    "The council will review the permit in the spring.\n\n"
    "The operator employs forty people from the surrounding farms and hamlets.",
)
QUARRIES = Corpus.of([QUARRY, STORM])


def test_a_correct_paraphrase_near_the_old_cut_off_is_not_weak():
    """A paraphrase sharing few words with its source scored just under the old cut-off (0.12)
    and was called the wrong article; the cut-off is now calibrated on labelled citations."""
    point = KeyPoint(
        "People living nearby had long protested at grit, lorries and explosions close to the primary school.",
        ("quarry",),
    )
    (found,) = evidence(point, QUARRIES).supports
    assert WEAK <= found.score < 0.12
    assert not found.weak


def test_a_contradicting_article_offers_no_evidence_but_the_contradiction():
    point = KeyPoint("The operator employs ninety people from the surrounding farms.", ("quarry",))
    (found,) = evidence(point, QUARRIES).supports
    assert found.quotes == () and not found.weak
    assert [(c.kind, c.point, c.article, c.quote.sentence) for c in found.contradictions] == [
        ("figure", "ninety", "forty", 3)
    ]


def test_an_article_in_another_language_is_not_compared():
    """A German article cited for an English point: not read, so never called the wrong article."""
    outlets = {
        "bote": Outlet("bote", "Bergbote", language="de-AT"),
        "daily": Outlet("daily", "The Daily", language="en"),
    }
    quarry = article("quarry", "Die Arbeiten im Steinbruch ruhen über den Winter.", outlet="bote")
    corpus = Corpus.of([quarry, STORM], outlets)
    point = KeyPoint("Work at the limestone quarry stopped.", ("quarry", "storm"))
    german, english = evidence(point, corpus, "en").supports
    assert (german.compared, german.language, german.weak, german.quotes, german.score) == (
        False,
        "de",
        False,
        (),
        0.0,
    )
    assert (english.compared, english.language, english.weak) == (True, "en", True)


def test_the_claim_check_reads_a_few_sentences_whatever_the_length_of_the_article():
    """Per part of a point, the two closest sentences of a cited article are read, not the article:
    the check costs the same for a 600-sentence article as for a 6-sentence one."""
    filler = "The mill on the river ground {n} sacks of flour for the bakers of the valley."
    for count in (6, 600):
        body = "\n\n".join(filler.format(n=n + 10) for n in range(count))
        corpus = Corpus.of([article("mill", body)])
        point = KeyPoint(
            "The mill ground 12 sacks of flour. The bakers of the valley paid for it.", ("mill",)
        )
        read.cache_clear()
        evidence(point, corpus)
        assert read.cache_info().misses <= 2 * (READ + 1)  # two parts, each with its sentences


# Evidence gives what the point says (precision first) -------------------------------------------

BUSES = article(
    "buses",
    "The council approved new bus routes for the eastern estates on Tuesday, the mayor said.\n\n"
    "The harbour wall lost stones and railings in the flood overnight.\n\n"
    "The old swing bridge has been closed only once before, in 2009.\n\n"
    "The storm closed 14 schools in Ashby on Monday.\n\n"
    "Residents queued for sandbags outside the town hall.\n\n"
    "In neighbouring Brent, 9 schools stayed shut until Wednesday.",
)
FLOODS = Corpus.of([BUSES, STORM])


def _shown(text: str) -> tuple[list[str], bool, list[str]]:
    (found,) = evidence(KeyPoint(text, ("buses",)), FLOODS).supports
    return [q.text for q in found.quotes], found.weak, [c.kind for c in found.contradictions]


def test_a_sentence_without_the_points_figure_is_no_evidence():
    """The closest sentence says nothing against '12' but does not give it either: the page
    says no sentence closely supports the point (it quoted it before)."""
    assert _shown("The council approved 12 new bus routes for the eastern estates.") == ([], False, [])
    assert _shown("The council approved new bus routes for the eastern estates.") == (
        ["The council approved new bus routes for the eastern estates on Tuesday, the mayor said."],
        False,
        [],
    )


def test_a_sentence_that_does_not_negate_what_the_point_negates_is_no_evidence():
    assert _shown("The flood did not damage the harbour wall.") == ([], False, [])


def test_a_vague_count_needs_a_count_it_allows():
    """'several times' is not given by 'only once' (which no figure reads)."""
    assert _shown("The old swing bridge had been closed several times before.") == ([], False, [])


def test_each_claim_of_a_point_needs_a_sentence_giving_it():
    """A point of two clauses is shown with a sentence for each; with one of its figures given
    nowhere, with none (the other sentence alone was shown before)."""
    both, weak, _ = _shown("The storm closed 14 schools in Ashby, and 9 schools stayed shut in Brent.")
    assert both == [
        "The storm closed 14 schools in Ashby on Monday.",
        "In neighbouring Brent, 9 schools stayed shut until Wednesday.",
    ]
    assert not weak
    assert _shown("The storm closed 14 schools in Ashby, and 11 schools stayed shut in Brent.")[0] == []


def test_a_point_naming_another_news_organisation_is_contradicted():
    wire = article("wire", "The mayor of Eastmouth will resign on Friday, two aides told Reuters.")
    point = KeyPoint("The Daily Planet reported that the mayor of Eastmouth will resign.", ("wire",))
    (found,) = evidence(point, Corpus.of([wire, STORM])).supports
    assert found.quotes == ()
    assert [(c.kind, c.point, c.article) for c in found.contradictions] == [
        ("source", "Daily Planet", "Reuters")
    ]


def test_a_source_the_article_names_elsewhere_is_no_swap():
    """'Royal Mail said' against a spokesman who 'told Reuters', in a story naming Royal Mail
    throughout: no contradiction (a company with a news word in its name, not a swapped
    newspaper), and no evidence either (the sentence does not give the point's source)."""
    mail = article(
        "mail",
        "Royal Mail, which employs postal workers at sorting offices and depots across the kingdom, "
        "had warned customers of long delays.\n\n"
        "Deliveries in the northern valleys will resume on Friday, a spokesman told Reuters.",
    )
    point = KeyPoint("Royal Mail said deliveries in the northern valleys will resume on Friday.", ("mail",))
    (found,) = evidence(point, Corpus.of([mail, STORM])).supports
    assert (found.quotes, found.contradictions, found.weak) == ((), (), False)


def test_clauses_are_read_only_for_a_point_their_sentence_does_not_give():
    """A point whose sentence one sentence of the article gives whole is not split (its clauses
    cost nothing): the quote is that sentence."""
    whole = article(
        "whole", "On Monday the storm closed 14 schools in Ashby, and 9 schools stayed shut in Brent."
    )
    point = KeyPoint("The storm closed 14 schools in Ashby, and 9 schools stayed shut in Brent.", ("whole",))
    read.cache_clear()
    (found,) = evidence(point, Corpus.of([whole, STORM])).supports
    assert [q.sentence for q in found.quotes] == [0]
    assert read.cache_info().misses == 2  # the point and the sentence; no clause was read
