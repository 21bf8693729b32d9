"""Evidence shows less (issue 23, second round): a sentence is evidence of a key point only when
it gives the point's day of the week, names the point's places in the point's order, and writes
what the point states happened (the verb after its auxiliary). Offices are read in possessive
and plural forms. Every text here is invented."""

from __future__ import annotations

import re

import pytest

from generator.analysis.claim_reading import Difference
from generator.analysis.claim_sentence import read
from generator.analysis.claims import differences, lacks
from generator.analysis.corpus import Corpus
from generator.analysis.evidence import evidence
from generator.analysis.known_sources import KnownSources
from generator.build import BuildOptions, build
from generator.model.site import KeyPoint
from tests.analysis.support import article

KNOWN = KnownSources()


@pytest.mark.parametrize(
    ("point", "sentence", "expected"),
    [
        # A day of the week is a date the point gives: another day, or none, is no evidence.
        ("The ferry ran aground at about 2 a.m. on Thursday.",
         "The ferry ran aground at about 2 a.m. on Friday.", Difference("figure", "Thursday", "Friday")),
        ("The ferry ran aground at about 2 a.m. on Thursday.",
         "The ferry ran aground at about 2 a.m.", Difference("figure", "Thursday", "")),
        ("The ferry ran aground at about 2 a.m. on Thursday.",
         "The ferry ran aground on Thursday at about 2 a.m.", None),
        ("Die Fähre lief am Donnerstag auf Grund.", "Die Fähre lief am Freitag auf Grund.",
         Difference("figure", "Donnerstag", "Freitag")),
        # Two countries named the other way round trade their roles (flag and destination).
        ("The tanker flew a Costa Rican flag and was bound for Panama.",
         "The Panama-flagged tanker was bound for Costa Rica.",
         Difference("name", "Costa Rican … Panama", "Panama … Costa Rica")),
        ("The tanker flew a Costa Rican flag and was bound for Panama.",
         "The tanker, flying a Costa Rican flag, was bound for Panama.", None),
        # ...but a place named again keeps the point's order ("France ... Spain ... French").
        ("The ferries were sent to Spain, a French official said.",
         "France has sent the ferries to Spain, a French official told reporters.", None),
        # ...and with three places of a kind or more, the wording orders them.
        ("Portuguese ferries sailed to Spain and France.", "Ferries sailed to France and Spain from Portugal.", None),
        # What the point states happened must be written: "lost" against "there has been contact".
        ("The mayor said contact with the ferry had been lost.",
         "There has been contact with the ferry, the mayor said.", Difference("opposite", "lost", "")),
        ("The harbour master confirmed that the crane had made a hard landing.",
         "One of the cranes had a rough landing, the harbour master confirmed.",
         Difference("opposite", "hard", "")),
        ("The ferry was found near the pier.", "Divers found the ferry near the pier.", None),
        # Only the perfect is read: an intention or a reading is often paraphrased.
        ("The barriers are meant to slow the floods in the lower valley.",
         "The barriers are intended to slow the floods in the lower valley.", None),
        ("The council has authorised the new quay.", "The council authorized the new quay.", None),
        # ...but not what a relative clause says in passing.
        ("The captain died in the clinic where he was being treated.", "The captain died in the clinic.", None),
        # A sentence that leaves open what the point states is no evidence of it.
        ("Minister Ann Vale confirmed that the plane carrying the governor had landed.",
         "Minister Ann Vale confirmed that one plane had landed; it has not been specified whether "
         "the governor was on board the plane carrying him.", Difference("negation", "", "not been specified")),
        ("It was not immediately clear whether the captain had boarded the ferry.",
         "It was not clear if the captain had boarded the ferry.", None),
        # An office in the possessive is the office: "the president's plane".
        ("Interior Minister Ann Vale confirmed that the plane carrying President Tom Bell had landed.",
         "Interior Minister Ann Vale confirmed that the president's plane had landed.", None),
    ],
)  # fmt: skip
def test_what_evidence_must_give(point, sentence, expected):
    assert lacks(point, sentence, "en" if point.isascii() else "de", KNOWN) == expected


def test_offices_in_plural_and_possessive_forms():
    assert read("Two interior ministers met the presidents' envoys.", "en").roles == {
        "interior-minister": "interior minister",
        "president": "president",
    }


def test_a_point_whose_day_the_article_changes_gets_no_evidence():
    """A rewrite moved the day ("Thursday" to "Friday"): the page quoted it as evidence."""
    ferry = article(
        "ferry",
        "The ferry Maren ran aground off Skerry Point at about 2 a.m. on Friday, the coastguard said.\n\n"
        "All forty passengers were taken ashore by lifeboat.",
    )
    point = KeyPoint("The ferry Maren ran aground off Skerry Point at about 2 a.m. on Thursday.", ("ferry",))
    (support,) = evidence(point, Corpus.of([ferry])).supports
    assert support.quotes == ()
    assert support.best is not None and support.best.text.startswith("The ferry Maren ran aground")


def test_another_day_of_the_week_is_no_warning(make_site):
    """A day of the week belongs to one event of the sentence, not always the point's: an
    article giving a death toll "on Saturday" for a quake "on Friday" was warned about (a held-out
    story). Another day removes the evidence (above); it raises no warning."""
    from tests.analysis.test_claims import site, warnings

    root = site(
        make_site,
        ("The port authority of Eastmouth set aside 35 billion dollars for new quays on Sunday.", ["post"]),
    )
    assert warnings(root) == []


def test_the_page_says_what_the_check_found_not_that_the_article_does_not_support(make_site):
    """A compared article with no sentence giving all of the point: the page said "No sentence
    of X closely supports this point", which reads as "X does not support it" and was wrong for
    paraphrases; it now says what the check found."""
    from tests.analysis.test_claims import site

    root = site(
        make_site,
        ("The port authority of Eastmouth had approved 35 billion dollars for new quays.", ["post"]),
    )
    build(root, BuildOptions(search=False, jobs=1))
    html = (root / "output/stories/harbour/index.html").read_text(encoding="utf-8")
    shown = re.search(r'<details class="evidence".*?</details>', html, re.S)
    assert shown is not None
    lines = [
        re.sub(r"<[^>]+>", "", p) for p in re.findall(r'<p class="muted">(.*?)</p>', shown.group(0), re.S)
    ]
    assert lines == [
        "No evidence quoted from Harbour Post: no sentence of it was found giving all of this point "
        "(its figures, days, places and what it says happened). It may say it in other words."
    ]
    assert '<div class="evidence-quote">' not in shown.group(0)


@pytest.mark.parametrize(
    ("point", "sentence", "expected"),
    [
        # The same noun right after two counts makes them counts of one thing ("four trucks",
        # "three trucks"), though the words around them differ; a count the sentence gives for
        # another of the point's figures ("Two of ...") does not hide it.
        ("The convoy was made up of four trucks, two of which reached the depot.",
         "Two of the three trucks on the trip reportedly reached the depot safely.",
         [Difference("figure", "four", "three")]),
        ("The convoy was made up of four trucks, two of which reached the depot.",
         "Two of the four trucks on the trip reportedly reached the depot safely.", []),
        # Another noun after the count: not a count of the same thing.
        ("The convoy was made up of four trucks.", "Three drivers of the convoy were hurt.", []),
    ],
)  # fmt: skip
def test_counts_of_one_noun_are_compared(point, sentence, expected):
    assert [d for d, _ in differences(point, [sentence], "en")] == expected


def test_hedges_and_predicates_are_read_in_linear_time():
    """A hostile sentence of repeated hedge and auxiliary words (no catastrophic backtracking):
    4x the text takes well under 16x the time (best of 3, generous margin)."""
    import time

    from generator.analysis.claim_hedges import hedge
    from generator.analysis.claim_predicates import predicates
    from generator.analysis.claim_reading import words

    def cost(n: int) -> float:
        text = "not yet been could not be " * n + "had been was " * n
        found = words(text, "en")
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            for language in ("en", "de", "fr", "es", "it", "nl", "pt"):
                hedge(text, language)
            predicates(found, "en")
            best = min(best, time.process_time() - started)
        return best

    assert cost(4000) < 16 * max(cost(1000), 1e-4)
