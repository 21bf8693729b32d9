"""An office named as a source with its holder's name after it credits the holder (issue 23).

Seen on real coverage: "According to the <country's adjective> Prime Minister, <name>: ..." was shown as
"According to <country's adjective> Prime Minister", a label that names nobody; and one source spelt two
ways in two sentences was shown under a spelling one of them does not print. Every sentence
here is written for the test.
"""

from __future__ import annotations

from generator.analysis.attribution import attributions
from generator.analysis.attribution_apposition import holder, office_only
from generator.analysis.attribution_sentence import find
from generator.analysis.corpus import Corpus
from tests.analysis.support import article


def test_an_office_followed_by_its_holders_name_credits_the_holder():
    text = 'According to the Danish Prime Minister, Edda Hallvik: "The damage is beyond counting."'
    assert find(text) == [("according_to", "Edda Hallvik", None)]
    text = "According to the Interior Minister, Tomas Reinholt, the pier will reopen."
    assert find(text) == [("according_to", "Tomas Reinholt", None)]


def test_an_office_without_a_name_after_it_is_left_as_read():
    text = "The mayor was hurt in the blast, according to the country's interim Prime Minister."
    assert find(text) == [("according_to", "Prime Minister", None)]


def test_what_counts_as_an_office_and_its_holder():
    assert office_only("Prime Minister") and office_only("Danish Prime Minister")
    assert not office_only("Edda Hallvik") and not office_only("Korsa Ferry Company")
    text = "the Prime Minister, Edda Hallvik, said"
    assert holder(text, len("the Prime Minister")) == "Edda Hallvik"
    assert holder("the Prime Minister, the toll rose", len("the Prime Minister")) is None


def test_one_source_spelt_two_ways_is_shown_under_a_name_both_sentences_print():
    corpus = Corpus.of(
        [
            article("a0", "The KNT news agency reported that the pier at Tolvik had collapsed.", minutes=0),
            article("a1", "Two people died at the Tolvik pier, Norvan news agency KNT reported.", minutes=1),
        ]
    )
    found = [a for a in attributions(corpus) if a.kind == "reported"]
    assert [(a.name, len(a.mentions)) for a in found] == [("KNT", 2)]
