"""The claim check: a cited sentence that gives another figure, negates the point, names another
place or says the opposite is a `briefing check` warning naming the point, the article and the
words that differ, and the page never shows it as evidence. Every text here is invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.analysis.claim_names import organisations
from generator.analysis.claim_reading import Difference
from generator.analysis.claims import differences, lacks
from generator.analysis.known_sources import KnownSources
from generator.build import BuildOptions, build, load_site
from generator.load.content import LoadOptions
from generator.model.site import Outlet

SITE_YAML = """\
title: Test Desk
base_url: https://user.github.io/repo/
outlets:
  harbour-post: {name: Harbour Post, language: en}
  valley-times: {name: Valley Times, language: en-GB}
  bergbote: {name: Bergbote, language: de}
  dijkkrant: {name: De Dijkkrant, language: nl}
topics:
  budget: {name: Budget}
"""


def _article(name: str, outlet: str, body: str) -> str:
    return f"---\ntitle: {name}\noutlet: {outlet}\npublished: 2025-03-04T09:00:00Z\n---\n{body}\n"


ARTICLES = {
    "post": _article(
        "Harbour fund",
        "harbour-post",
        "The port authority of Eastmouth set aside 35 billion dollars for new quays on Monday, "
        "its chairman said.\n\n"
        "The council voted to block the plan for a second bridge over the estuary on Tuesday.\n\n"
        "The harbour was dredged to a depth of 10 kilometres (6 miles) of channel, engineers said.\n\n"
        "Norway sent two icebreakers to help clear the northern channel.",
    ),
    "times": _article(
        "Harbour vote",
        "valley-times",
        "The port authority of Eastmouth set aside 50 billion dollars for new quays on Monday, "
        "its chairman said.\n\n"
        "The council did not block the plan for a second bridge over the estuary on Tuesday.\n\n"
        "The channel dredged by the harbour now runs 10 miles, engineers said.\n\n"
        "Sweden sent two icebreakers to help clear the northern channel.",
    ),
    "bote": _article(
        "Hafenfonds",
        "bergbote",
        "Die Hafenbehörde hat am Montag fünfzig Milliarden für neue Kais zurückgelegt, sagte ihr "
        "Vorsitzender.",
    ),
    "krant": _article(
        "Havenfonds",
        "dijkkrant",
        "Het havenbedrijf heeft maandag vijftig miljard opzijgezet voor nieuwe kades, zei de voorzitter.",
    ),
}


def note(*points: tuple[str, list[str]]) -> str:
    lines = ["title: Harbour money", "date: 2025-03-05", "summary: The port sets money aside.", "key_points:"]
    for text, sources in points:
        lines += [f"  - text: {text}", f"    sources: [{', '.join(sources)}]"]
    cited = dict.fromkeys(["post", "times", "bote", "krant", *(s for _, sources in points for s in sources)])
    lines += ["topics: [budget]", f"sources: [{', '.join(cited)}]"]
    return "\n".join(lines) + "\n"


def site(make_site, *points: tuple[str, list[str]]) -> Path:
    files: dict[str, str | None] = {f"content/articles/{k}.md": v for k, v in ARTICLES.items()}
    files.update(
        {
            "site.yaml": SITE_YAML,
            "content/articles/a1.md": None,
            "content/briefings/mines.yaml": None,
            "content/briefings/harbour.yaml": note(*points),
        }
    )
    return make_site(files)


def warnings(root: Path) -> list[str]:
    _, report = load_site(root, LoadOptions())
    return [str(p) for p in report.sorted() if "key_points" in p.field]


def test_a_changed_figure_is_reported_with_point_article_and_differing_words(make_site):
    root = site(
        make_site, ("The port authority set aside 50 billion dollars for new quays.", ["post", "times"])
    )
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[0]: 'post' does not support "
        "this point (a figure differs): point: 50 billion dollars; article: 35 billion dollars; "
        'content/articles/post.md:6: "The port authority of Eastmouth set aside 35 billion dollars for new '
        'quays on Monday,…"'
    ]


def test_a_negated_point_is_reported(make_site):
    root = site(make_site, ("The council did not block the plan for a second bridge.", ["post", "times"]))
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[0]: 'post' does not support "
        "this point (negation differs): point: did not block; article: to block; "
        'content/articles/post.md:8: "The council voted to block the plan for a second bridge over the '
        'estuary on Tuesday."'
    ]


def test_the_opposite_is_reported(make_site):
    root = site(make_site, ("The council blocked the plan for a second bridge.", ["times", "post"]))
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[0]: 'times' does not support "
        "this point (negation differs): point: blocked; article: did not block; "
        'content/articles/times.md:8: "The council did not block the plan for a second bridge over the '
        'estuary on Tuesday."'
    ]


def test_a_swapped_country_is_reported(make_site):
    root = site(make_site, ("Norway sent two icebreakers to clear the northern channel.", ["post", "times"]))
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[1]: 'times' does not support "
        "this point (a place differs): point: Norway; article: Sweden; "
        'content/articles/times.md:12: "Sweden sent two icebreakers to help clear the northern channel."'
    ]


def test_a_unit_conversion_is_no_contradiction_and_another_distance_is(make_site):
    root = site(make_site, ("The harbour channel was dredged for about 10 km.", ["post", "times"]))
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[1]: 'times' does not support "
        "this point (a figure differs): point: about 10 km; article: 10 miles; "
        'content/articles/times.md:10: "The channel dredged by the harbour now runs 10 miles, engineers said."'
    ]


def test_articles_in_another_language_are_not_compared_nor_called_wrong(make_site):
    """German and Dutch reports of the same figure: no 'likely the wrong article' warning."""
    root = site(
        make_site, ("The port authority set aside 50 billion dollars for new quays.", ["bote", "krant"])
    )
    assert warnings(root) == []


def test_the_page_shows_a_contradiction_apart_never_as_evidence(make_site):
    root = site(
        make_site,
        ("The port authority set aside 50 billion dollars for new quays.", ["post", "times", "bote"]),
    )
    build(root, BuildOptions(search=False, jobs=1))
    html = (root / "output/stories/harbour/index.html").read_text(encoding="utf-8")
    evidence = re.search(r'<details class="evidence".*?</details>', html, re.S)
    assert evidence is not None
    shown = evidence.group(0)
    quoted = re.findall(r'<div class="evidence-quote">.*?“(.*?)”', shown, re.S)
    assert quoted == [
        "The port authority of Eastmouth set aside 50 billion dollars for new quays on Monday, its chairman said."
    ]
    assert "Evidence (1 sentence) · 1 contradicting" in shown
    differs = re.findall(r'<p class="evidence-differs">(.*?)</p>', shown, re.S)
    assert [re.sub(r"<[^>]+>", "", d) for d in differs] == [
        "Does not support this point (a figure differs): point: 50 billion dollars; "
        "Harbour Post: 35 billion dollars"
    ]
    assert "Not checked: " in shown and "is in German, not compared with this point." in shown


def test_a_swapped_news_organisation_is_reported_and_never_evidence(make_site):
    """'The Daily Planet reported' against an article whose aides 'told Reuters': a newspaper
    swapped for a wire (was: no warning, and the sentence shown as evidence)."""
    root = site(
        make_site, ("The Daily Planet reported that the harbour master of Eastmouth will resign.", ["wire"])
    )
    (root / "content/articles/wire.md").write_text(
        _article(
            "Harbour master",
            "harbour-post",
            "The harbour master of Eastmouth will resign on Friday, two aides told Reuters.",
        ),
        encoding="utf-8",
    )
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[0]: 'wire' does not support "
        "this point (the source differs): point: Daily Planet; article: Reuters; "
        'content/articles/wire.md:6: "The harbour master of Eastmouth will resign on Friday, two aides told '
        'Reuters."'
    ]


def test_an_outlet_of_the_site_is_a_source_the_check_knows(make_site):
    """'Bergbote' names no news organisation by its words; as an outlet of site.yaml it does."""
    root = site(make_site, ("Bergbote reported that the harbour master of Eastmouth will resign.", ["wire"]))
    (root / "content/articles/wire.md").write_text(
        _article(
            "Harbour master",
            "harbour-post",
            "The harbour master of Eastmouth will resign on Friday, two aides told Reuters.",
        ),
        encoding="utf-8",
    )
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[0]: 'wire' does not support "
        "this point (the source differs): point: Bergbote; article: Reuters; "
        'content/articles/wire.md:6: "The harbour master of Eastmouth will resign on Friday, two aides told '
        'Reuters."'
    ]


def test_a_swapped_country_is_reported_when_what_the_point_says_of_it_is_gone_too(make_site):
    """Fewer of the point's words than `COVERED` asks, but the sentence keeps nothing of what the
    point says of its country ('fishing authority'): a swap (was: no warning)."""
    root = site(make_site, ("Norway's fishing authority published the quota list.", ["quota"]))
    (root / "content/articles/quota.md").write_text(
        _article(
            "Quotas",
            "harbour-post",
            "Sweden's marine agency published the quota figures for the northern channel.",
        ),
        encoding="utf-8",
    )
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[0]: 'quota' does not support "
        "this point (a place differs): point: Norway's; article: Sweden's; "
        "content/articles/quota.md:6: \"Sweden's marine agency published the quota figures for the northern "
        'channel."'
    ]


# The comparison itself, sentence against sentence ------------------------------------------------


@pytest.mark.parametrize(
    ("point", "sentence", "language", "expected"),
    [
        ("At least 118 people were killed.", "At least 111 people were killed, state media said.", "en",
         [("figure", "At least 118", "At least 111")]),
        ("Some 118 people were killed.", "At least 118 people were killed, officials said.", "en", []),
        ("More than 100 people were killed.", "The flood killed 118 people, officials said.", "en", []),
        ("The crew flew for more than two hours.", "The crew had flown for less than half an hour.", "en",
         [("figure", "more than two hours", "less than half an hour")]),
        ("The wall stands 30 feet high.", "The wall stands 30 feet (9.1 metres) high.", "en", []),
        ("The survey put it at 5.9.", "The tremor had a magnitude of 5.9, the survey said.", "en", []),
        ("The mayor confirmed the closure.", "The mayor declined to comment on the closure.", "en",
         [("negation", "confirmed", "declined to comment")]),
        ("The board upgraded its forecast.", "The board downgraded its forecast for the year.", "en",
         [("opposite", "upgraded", "downgraded")]),
        ("It was not only the mayor who confirmed the closure.", "The mayor confirmed the closure.", "en", []),
        ("Rund 50.000 Besucher kamen.", "Etwa 10.000 Besucher kamen am Sonntag.", "de",
         [("figure", "Rund 50.000", "Etwa 10.000")]),
        ("Die Stadt hat die Schließung bestätigt.", "Die Stadt hat die Schließung nicht bestätigt.", "de",
         [("negation", "bestätigt", "nicht bestätigt")]),
        ("Het bedrag is 6,2 miljoen euro.", "Het bedrag is 6,2 miljoen euro, zei de wethouder.", "nl", []),
        ("De gemeente heeft de sluiting niet bevestigd.", "De gemeente heeft de sluiting bevestigd.", "nl",
         [("negation", "niet bevestigd", "bevestigd")]),
        ("La ville a confirmé 50 millions d'euros.", "La ville a confirmé 35 millions d'euros.", "fr",
         [("figure", "50 millions", "35 millions")]),
        ("The mayor confirmed the closure.", "The mayor confirmed the closure.", "xx", []),
    ],
)  # fmt: skip
def test_differences(point, sentence, language, expected):
    found = differences(point, [sentence], language)
    assert [(d.kind, d.point, d.article) for d, _ in found] == expected


def test_a_figure_given_by_another_sentence_is_no_contradiction():
    """An article that gives the point's figure in one sentence and another figure of its kind in
    the next (an update, another place) does not contradict the point."""
    found = differences(
        "Some 40 people were hurt in the blast.",
        [
            "Some 40 people were hurt in the blast, police said.",
            "Some 70 people were hurt in an earlier blast.",
        ],
        "en",
    )
    assert found == []
    assert differences(
        "Some 40 people were hurt in the blast.", ["Some 70 people were hurt in the blast."], "en"
    ) == [(Difference("figure", "Some 40", "Some 70"), 0)]


# What evidence must give: `lacks` ----------------------------------------------------------------

KNOWN = KnownSources()


@pytest.mark.parametrize(
    ("point", "sentence", "expected"),
    [
        # A figure of the point the sentence does not give, whatever it says instead.
        ("The council approved 12 new bus routes.", "The council approved new bus routes on Tuesday.",
         ("figure", "12", "")),
        ("The council approved 12 new bus routes.", "The council approved twelve new bus routes.", None),
        ("The quarry lies about 10 km from the town.", "The quarry lies 10 kilometres (6 miles) away.", None),
        # A vague count is a figure too: "several" is not given by "only once".
        ("The bridge had been closed several times before.",
         "The bridge has been closed only once before, in 2009.", ("figure", "several", "")),
        ("Thousands of fans gathered at the ground.", "Some 12,000 fans gathered at the ground.", None),
        # A verb the point negates must be negated.
        ("The flood did not damage the harbour wall.", "The harbour wall lost stones in the flood.",
         ("negation", "did not damage", "")),
        ("The flood did not damage the harbour wall.", "The flood did not damage the old harbour wall.", None),
        # A place the sentence replaces with another of its kind, not what the point says of it.
        ("Norway's fishing authority published the quota list.",
         "Sweden's marine agency published the quota figures.", ("name", "Norway's", "Sweden's")),
        # ...while a place left out, what the point says of it kept, is no swap.
        ("The ferries will first sail around Norway's Lofoten coast.",
         "The first Swedish ferries will sail around the Lofoten coast.", None),
        # A news organisation the sentence replaces with another.
        ("The Daily Planet reported that the mayor will resign.",
         "The mayor will resign, two aides told Reuters.", ("source", "Daily Planet", "Reuters")),
        ("The Daily Planet reported that the mayor will resign.",
         "The mayor will resign, two aides told the Daily Planet.", None),
        ("The Daily Planet reported that the mayor will resign.", "The mayor will resign, two aides said.", None),
    ],
)  # fmt: skip
def test_lacks(point, sentence, expected):
    found = lacks(point, sentence, "en", KNOWN)
    assert (tuple(found) if found else None) == expected


def test_vague_counts_never_contradict():
    """'several' reads as at least three for evidence, but is no figure to contradict."""
    assert differences("Several people were hurt.", ["Two people were hurt, police said."], "en") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three aides told Reuters on Sunday.", {"wire:Reuters": "Reuters"}),
        ("The New York Times reported it first.", {"name:newyorktimes": "New York Times"}),
        ("Officials told the state-run Xinhua News Agency.", {"wire:Xinhua": "Xinhua News Agency"}),
        ("AP's reporters saw it.", {"wire:AP": "AP"}),
        ("Crowds filled Times Square and the White House lawn.", {}),
        ("The Associated Press and The Washington Post both had it.",
         {"wire:AP": "The Associated Press", "name:washingtonpost": "Washington Post"}),
    ],
)  # fmt: skip
def test_news_organisations_of_a_sentence(text, expected):
    assert organisations(text, KNOWN) == expected


def test_a_site_outlet_is_a_news_organisation():
    known = KnownSources(outlets={"planet": Outlet("planet", "Harbour Lantern")})
    assert organisations("Harbour Lantern said the mayor will resign.", known) == {
        "outlet:planet": "Harbour Lantern"
    }
    assert organisations("Harbour Lantern said the mayor will resign.", KNOWN) == {}


# Roles, years, places described differently, fractions (issue 23: a held-out story's wrong
# evidence and missed warnings). Every sentence is invented.


def test_a_swapped_role_is_reported_and_never_evidence(make_site):
    """'the prime minister said' against 'the president said': was no warning, and the
    sentence shown as the point's evidence."""
    root = site(make_site, ("Norland's prime minister said the new quays were a costly mistake.", ["roles"]))
    (root / "content/articles/roles.md").write_text(
        _article(
            "Quays",
            "harbour-post",
            'Norland\'s president said the new quays were "a costly mistake".\n\n'
            "The port opened two new quays on Monday.",
        ),
        encoding="utf-8",
    )
    assert warnings(root) == [
        "content/briefings/harbour.yaml:6: warning: key_points[0].sources[0]: 'roles' does not support "
        "this point (the role differs): point: prime minister; article: president; "
        'content/articles/roles.md:6: "Norland\'s president said the new quays were "a costly mistake"."'
    ]


@pytest.mark.parametrize(
    ("point", "sentence", "expected"),
    [
        # a year is a figure of the point: another year in its place is a contradiction
        (
            "The harbour master was expelled from the rowing club in 2016.",
            "The harbour master's expulsion from the rowing club came in 2006.",
            [Difference("figure", "2016", "2006")],
        ),
        # ... the same year is none
        (
            "The harbour master was expelled from the rowing club in 2016.",
            "The harbour master's expulsion from the rowing club came in 2016.",
            [],
        ),
        # a whole number and a vulgar fraction are one figure ("20 ½-year")
        (
            "The smuggler was serving a 12-year sentence.",
            "The smuggler was serving a combined 20 ½-year prison sentence when he fled.",
            [Difference("figure", "12-year", "20 ½-year")],
        ),
        # a role of the point another role replaces
        (
            "The harbour's lawyer said the ferry had been seized.",
            "The harbour's spokeswoman said the ferry had been seized.",
            [Difference("role", "lawyer", "spokeswoman")],
        ),
        # a province written as English writes transliterated names ("the Tver region")
        (
            "The ferry sank on a lake in the Vladimir region, officials said.",
            "The ferry sank on a lake in the Tver region, officials said.",
            [Difference("name", "Vladimir region", "Tver region")],
        ),
        # a more precise role gives a generic one
        (
            "A minister said the ferry was seized.",
            "The foreign minister said the ferry was seized.",
            [],
        ),
    ],
)
def test_years_roles_and_regions_differ(point, sentence, expected):
    assert [d for d, _ in differences(point, [sentence], "en")] == expected


def test_roles_are_read_in_other_languages():
    assert [
        d
        for d, _ in differences(
            "Der Ministerpräsident sagte, die Fähre sei beschlagnahmt worden.",
            ["Der Präsident sagte, die Fähre sei beschlagnahmt worden."],
            "de",
        )
    ] == [Difference("role", "ministerpräsident", "präsident")]


@pytest.mark.parametrize(
    ("point", "sentence", "expected"),
    [
        # a province the sentence names nowhere: no evidence (it may be elsewhere)
        (
            "The old ferry sank in the Vladimir region.",
            "The old ferry sank on a lake inside the Arctic Circle.",
            Difference("name", "Vladimir region", ""),
        ),
        # ... named without the word for region, it is given
        ("The old ferry sank in the Vladimir region.", "The old ferry sank near Vladimir.", None),
        # a year the sentence does not give
        (
            "The harbour master was expelled from the rowing club in 2016.",
            "The harbour master was expelled from the rowing club.",
            Difference("figure", "2016", ""),
        ),
        # a role the sentence does not name ("she said")
        (
            "His spokeswoman said the lawyer was on his way to the port.",
            '"The lawyer is on his way to the port," she said.',
            Difference("role", "spokeswoman", ""),
        ),
        # a point naming two provinces is given by a sentence naming one of them
        (
            "Officials said 40 people were hurt in Gansu and Qinghai.",
            "Officials said 40 people were hurt across Qinghai.",
            None,
        ),
    ],
)
def test_evidence_names_the_points_years_roles_and_places(point, sentence, expected):
    assert lacks(point, sentence, "en", KNOWN) == expected


def test_a_province_described_as_another_place_is_reported():
    """'in the Vladimir region' against 'moved to an Arctic penal colony', in an article that
    names the region nowhere (was: no warning)."""
    point = "The smuggler died in a penal colony in the Vladimir region."
    sentence = "The smuggler was moved to an Arctic penal colony late last year."
    assert [d for d, _ in differences(point, [sentence], "en", None, lambda words: False)] == [
        Difference("name", "Vladimir region", "Arctic")
    ]
    # ... but not when the article names the region somewhere, nor for a country or a month
    assert differences(point, [sentence], "en", None, lambda words: True) == []
    for other in (
        "The smuggler died in a penal colony in Russia.",
        "The smuggler died in a penal colony in May.",
    ):
        assert differences(point, [other], "en", None, lambda words: False) == []
