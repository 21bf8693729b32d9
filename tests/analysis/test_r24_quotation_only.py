"""'Only in X' is never shown for a sentence that is one quotation and nothing else (issue 23).

Seen on real coverage: a newsroom printing a speaker's words as a sentence of their own (the
speaker named in the sentence before) was listed as the only one saying them, while another
newsroom quoted the same person in other words or in translation. Every sentence here is
written for the test.
"""

from __future__ import annotations

from generator.analysis.corpus import Corpus
from generator.analysis.unique_gate import QUOTATION_ONLY, Gate, quotation_only
from generator.model.site import Outlet
from tests.analysis.support import article

OUTLETS = {
    slug: Outlet(slug, name, language="en")
    for slug, name in [("daily", "The Daily"), ("herald", "The Herald"), ("gazette", "The Gazette")]
}
TEXTS = {
    "daily": "A ferry sank off Korsa on Sunday. Mayor Ilse Brandvik spoke at the harbour.",
    "herald": "The Korsa ferry went down on Sunday, the coastguard said.",
    "gazette": "A ferry sank near Korsa on Sunday morning.",
}


def _gate() -> Gate:
    articles = [article(room, body, room, minutes=n) for n, (room, body) in enumerate(TEXTS.items())]
    return Gate(Corpus.of(articles, OUTLETS), {room: room for room in TEXTS})


def test_a_sentence_that_is_only_a_quotation_is_not_its_newsrooms_own():
    gate = _gate()
    body = TEXTS["daily"]
    quoted = "“We counted 240 people on the pier at Tolvik and nobody was left behind.”"
    assert gate.verdict("daily", quoted, body) == (0, QUOTATION_ONLY)
    assert gate.verdict("daily", "«Wir haben 240 Menschen in Tolvik gezählt.»", body) == (0, QUOTATION_ONLY)


def test_the_same_words_with_their_speaker_in_the_sentence_may_be_shown():
    gate = _gate()
    said = "“We counted 240 people on the pier at Tolvik,” Mayor Ilse Brandvik said."
    assert gate.verdict("daily", said, TEXTS["daily"])[1] == ""


def test_what_counts_as_one_quotation():
    assert quotation_only('"Nobody was left behind."')
    assert quotation_only("„Niemand blieb zurück.“")
    assert quotation_only("“As we asked, ‘Who will pay for the pier?’”")  # a quote inside: still one
    assert not quotation_only("“Nobody was left,” she said. “We counted them.”")
    assert not quotation_only("Nobody was left behind, she said.")
    assert not quotation_only("“Nobody was left behind,” the mayor said.")
