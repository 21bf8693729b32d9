"""The country index: which countries have a page, their outlets and the stories citing them."""

from __future__ import annotations

from generator.build import BuildOptions, load_site
from generator.index.indexes import Country, build_indexes

SITE_YAML = """\
title: Test Desk
base_url: https://user.github.io/repo/
timezone: Europe/London
outlets:
  reuters: {name: Reuters, country: GB, kind: wire}
  guardian: {name: The Guardian, country: United Kingdom}
  japan-news: {name: The Japan News, country: jp}
  tales: {name: Tales, country: Narnia}
  unused: {name: Le Quotidien, country: FR}
  nowhere: {name: Nowhere Post}
"""


def article(outlet: str, day: int) -> str:
    return f"---\ntitle: Report {day}\noutlet: {outlet}\npublished: 2024-11-{day}T10:00:00Z\n---\nText.\n"


def note(day: int, *sources: str) -> str:
    return (
        f"title: Story {day}\ndate: 2024-11-{day}\nsummary: S.\ntopics: [ukraine]\nkey_points: []\n"
        f"sources: [{', '.join(sources)}]\n"
    )


FILES = {
    "site.yaml": SITE_YAML + "topics:\n  ukraine: {name: Ukraine}\n",
    "content/articles/a1.md": article("japan-news", 20),
    "content/articles/r1.md": article("reuters", 20),
    "content/articles/r2.md": article("reuters", 23),  # cited by no story
    "content/articles/g1.md": article("guardian", 22),
    "content/articles/t1.md": article("tales", 21),
    "content/articles/n1.md": article("nowhere", 21),
    "content/briefings/mines.yaml": note(20, "a1", "r1"),
    "content/briefings/storm.yaml": note(22, "g1"),
    "content/briefings/tales.yaml": note(21, "t1", "n1"),
}


def test_each_country_of_an_outlet_with_articles_lists_its_outlets_and_the_stories_citing_them(make_site):
    site, report = load_site(make_site(FILES), BuildOptions().loading)
    assert not report.errors
    assert build_indexes(site).countries == {
        # outlets by name, stories newest first; a code and a name of one country are one country
        "GB": Country("GB", "United Kingdom", ("reuters", "guardian"), ("storm", "mines")),
        "JP": Country("JP", "Japan", ("japan-news",), ("mines",)),
        # no page: Le Quotidien has no article, Narnia and an outlet without a country no country
    }


def test_the_country_index_is_kept_when_notes_and_articles_are_replaced_in_place(make_site):
    site, _ = load_site(make_site(FILES), BuildOptions().loading)
    indexes = build_indexes(site)
    storm = next(b for b in site.briefings if b.slug == "storm")
    replaced = indexes.replaced(site, {"storm": storm}, {"g1": site.articles["g1"]})
    assert replaced is not indexes
    assert replaced.countries is indexes.countries  # slugs only: the same for a site of the same shape
