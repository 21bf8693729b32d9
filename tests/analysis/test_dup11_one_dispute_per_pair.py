"""A dispute is shown once per pair of sentences (issue 23, round 11).

Two newsrooms giving one toll differently in one sentence each ("214 people ... 530 injured" /
"96 people ... 180 injured") gave one disputed figure per unit, both quoting the same two
sentences: the story page showed the same dispute twice, as two identical items. The figures
of one set of sentences are now one item, each value of it giving every unit ("214 people,
530 injured"). Every sentence here is written for the test.
"""

from __future__ import annotations

import html
import re

from generator.analysis.dispute_merge import merged
from generator.analysis.story import analyse
from generator.build import BuildOptions, build
from generator.model.analysis import Correction, Disputed, Quote, Variant
from generator.model.site import Outlet
from tests.analysis.support import article, briefing

OUTLETS = {
    slug: Outlet(slug, name, language="en")
    for slug, name in [("daily", "The Daily"), ("herald", "The Herald"), ("gazette", "The Gazette")]
}
DAILY = (
    "The tremor near the hill town killed 214 people and left 530 injured, the civil protection office said."
)
HERALD = (
    "The tremor near the hill town killed 96 people and left 180 injured, the civil protection office said."
)


def shown(*bodies: tuple[str, str]) -> list[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]]]:
    """(unit, ((value, articles), ...)) of each disputed figure of a story, one article a newsroom."""
    articles = [article(room, body, room, minutes=n) for n, (room, body) in enumerate(bodies)]
    return [
        (item.unit, tuple((v.value, tuple(q.article for q in v.sentences)) for v in item.variants))
        for item in analyse(briefing(), articles, OUTLETS).disputed
    ]


def test_two_units_one_pair_of_sentences_are_one_dispute():
    assert shown(("daily", DAILY), ("herald", HERALD)) == [
        ("people", (("214 people, 530 injured", ("daily",)), ("96 people, 180 injured", ("herald",))))
    ]


def test_the_values_of_a_sentence_are_given_in_its_order():
    """The unit first given first ('injured' before 'people' here), whatever the units' order."""
    daily = "The civil protection office counted 530 injured and 214 people dead near the hill town."
    herald = "The civil protection office counted 180 injured and 96 people dead near the hill town."
    assert shown(("daily", daily), ("herald", herald)) == [
        ("injured", (("530 injured, 214 people", ("daily",)), ("180 injured, 96 people", ("herald",))))
    ]


def test_one_unit_in_dispute_stays_one_dispute_of_that_unit():
    herald = "The tremor near the hill town killed 96 people and left 530 injured, the civil protection office said."
    assert shown(("daily", DAILY), ("herald", herald)) == [
        ("people", (("214 people", ("daily",)), ("96 people", ("herald",))))
    ]


def test_disputes_of_different_sentences_stay_apart():
    """A third newsroom disputing one unit only with other sentences is another item."""
    gazette = (
        "The tremor near the hill town killed 214 people and left 530 injured, the civil protection "
        "office said.\n\nRescuers pulled 40 survivors from the rubble of the old school on Monday."
    )
    daily = DAILY + "\n\nRescuers pulled 12 survivors from the rubble of the old school on Monday."
    found = shown(("daily", daily), ("herald", HERALD), ("gazette", gazette))
    assert [unit for unit, _ in found] == ["people", "survivors"]
    assert found[0][1] == (
        ("214 people, 530 injured", ("daily", "gazette")),
        ("96 people, 180 injured", ("herald",)),
    )


def _quote(article_id: str, text: str) -> Quote:
    return Quote(article_id, 0, 5, text)


def test_values_of_one_sentence_split_by_another_unit_stay_apart():
    """Three sentences, two units, the values grouping them differently: one value per sentence."""
    a, b, c = (_quote(n, f"sentence {n}") for n in "abc")
    people = Disputed("people", (Variant("4 people", (a, b)), Variant("9 people", (c,))), ())
    homes = Disputed("homes", (Variant("20 homes", (a,)), Variant("30 homes", (b, c))), ())
    assert merged((people, homes)) == (
        Disputed(
            "people",
            (
                Variant("4 people, 20 homes", (a,)),
                Variant("4 people, 30 homes", (b,)),
                Variant("9 people, 30 homes", (c,)),
            ),
            (),
        ),
    )


def test_figures_sharing_a_pair_of_sentences_are_one_item_with_each_sentence_s_units():
    """The pair a/b disputes both units; c gives one unit only: the pair is shown once."""
    a, b, c = (_quote(n, f"sentence {n}") for n in "abc")
    people = Disputed("people", (Variant("4 people", (a,)), Variant("9 people", (b, c))), ())
    homes = Disputed("homes", (Variant("20 homes", (a,)), Variant("30 homes", (b,))), ())
    assert merged((people, homes)) == (
        Disputed(
            "people",
            (
                Variant("4 people, 20 homes", (a,)),
                Variant("9 people, 30 homes", (b,)),
                Variant("9 people", (c,)),
            ),
            (),
        ),
    )


def test_figures_sharing_one_sentence_stay_apart():
    """a/b dispute one unit, a/c another: each item shows a pair the other does not."""
    a, b, c = (_quote(n, f"sentence {n}") for n in "abc")
    people = Disputed("people", (Variant("4 people", (a,)), Variant("9 people", (b,))), ())
    homes = Disputed("homes", (Variant("20 homes", (a,)), Variant("30 homes", (c,))), ())
    assert merged((people, homes)) == (people, homes)


def test_corrections_of_the_merged_figures_are_kept_once_each():
    a, b = _quote("a", "It killed 4 people in 20 homes."), _quote("b", "It killed 9 people in 30 homes.")
    fix = Correction("b", "An earlier version of this story said 4 people were killed.")
    people = Disputed("people", (Variant("4 people", (a,)), Variant("9 people", (b,))), (fix,))
    homes = Disputed("homes", (Variant("20 homes", (a,)), Variant("30 homes", (b,))), (fix,))
    assert merged((people, homes)) == (
        Disputed(
            "people", (Variant("4 people, 20 homes", (a,)), Variant("9 people, 30 homes", (b,))), (fix,)
        ),
    )


SITE = """\
title: Tremor
base_url: https://example.org/
timezone: UTC
topics:
  land:
    name: Land
outlets:
  daily:
    name: The Daily
    language: en
  herald:
    name: The Herald
    language: en
"""


def test_the_story_page_shows_the_dispute_once(make_site):
    files: dict[str, str | None] = {"site.yaml": SITE, "content/briefings/mines.yaml": None}
    for n, (room, text) in enumerate((("daily", DAILY), ("herald", HERALD)), start=1):
        files[f"content/articles/a{n}.md"] = (
            f"---\ntitle: Tremor {room}\noutlet: {room}\nurl: https://example.org/{room}\n"
            f"published: 2024-11-20T08:0{n}:00Z\n---\n\n{text}\n"
        )
    files["content/briefings/tremor.yaml"] = (
        "title: Tremor\ndate: 2024-11-20\nsummary: A tremor hit a hill town.\ntopics: [land]\n"
        "key_points:\n  - text: A tremor hit a hill town.\n    sources: [a1]\nsources: [a1, a2]\n"
    )
    root = make_site(files)
    build(root, BuildOptions(search=False))
    page = (root / "output/stories/tremor/index.html").read_text(encoding="utf-8")
    section = re.search(r'<ul class="disputed">.*?</ul>\s*</li>\s*</ul>', page, re.S)
    assert section
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", section.group(0))).split())
    assert text == (
        "The sources give different figures: 214 people, 530 injured : The Daily “"
        + DAILY
        + "” — The Daily 1 "
        "· in the original 96 people, 180 injured : The Herald “"
        + HERALD
        + "” — The Herald 2 · in the original"
    )
    assert page.count('class="disputed-title"') == 1
