"""The coverage chart: which article is marked first, what each row says, and the page's SVG."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from generator.build import BuildOptions, build
from generator.model.analysis import Newsroom
from generator.model.site import Article
from generator.render.chart import Entry, chart, first_report

LONDON = ZoneInfo("Europe/London")
TOKYO = ZoneInfo("Asia/Tokyo")


def entry(ident: str, when: datetime, date_only: bool = False, masthead: str = "The Daily") -> Entry:
    article = Article(ident, f"{ident}.md", ident, "daily", when, "", date_only=date_only)
    iso = when.date().isoformat() if date_only else when.isoformat()
    return Entry(article, masthead, f"#{ident}", iso, iso)


def newsroom(name: str, *articles: str) -> Newsroom:
    return Newsroom(name.casefold(), name, None, articles, ())


def test_the_first_report_is_marked_only_when_the_times_prove_it():
    early = entry("a", datetime(2024, 11, 20, 8, 0, tzinfo=LONDON))
    later = entry("b", datetime(2024, 11, 20, 9, 0, tzinfo=LONDON))
    assert first_report([later, early]) is early
    # a paper giving only the day could have published at 00:01, before the timed report
    same_day = entry("c", datetime(2024, 11, 20, tzinfo=LONDON), date_only=True)
    assert first_report([early, later, same_day]) is None
    # ...but not when its whole day ends before the timed reports begin
    day_before = entry("d", datetime(2024, 11, 19, tzinfo=LONDON), date_only=True)
    assert first_report([early, later, day_before]) is day_before
    # two reports at the same minute: neither is first
    twin = entry("e", datetime(2024, 11, 20, 8, 0, tzinfo=LONDON))
    assert first_report([early, twin]) is None


def test_rows_ticks_and_description():
    base = datetime(2024, 11, 20, 6, 0, tzinfo=LONDON)
    entries = {
        "w1": entry("w1", base, masthead="Wire"),
        "p1": entry("p1", base + timedelta(hours=2), masthead="Post"),
        "p2": entry("p2", base + timedelta(hours=3), masthead="Herald"),
        "t1": entry("t1", datetime(2024, 11, 21, tzinfo=TOKYO), date_only=True, masthead="Tokyo Daily"),
    }
    made = chart([newsroom("Wire", "w1", "p1", "p2"), newsroom("Tokyo Daily", "t1")], entries, LONDON)
    assert made is not None
    wire, tokyo = made.rows
    assert (wire.name, wire.note) == ("Wire", "3 articles: Herald, Post, Wire")
    assert (tokyo.name, tokyo.note) == ("Tokyo Daily", "1 article")
    assert [m.first for m in wire.marks] == [True, False, False]
    assert tokyo.marks[0].width > 0  # a whole day, not a moment
    marks = [m for row in made.rows for m in row.marks]
    assert all(m.x >= 3 and m.x + m.width <= 97.01 for m in marks)
    assert 2 <= len(made.ticks) <= 4 and all(3 <= t.x <= 97 for t in made.ticks)
    assert made.description == (
        "4 articles from 2 newsrooms, published between 20 November 2024 and 21 November 2024. "
        f"The first report: Wire, {base.isoformat()}."
    )
    assert [r.first for r in made.table] == [True, False, False, False]
    assert made.table[-1].iso == "2024-11-21"  # a day, as the Tokyo paper gives it


def test_a_long_list_of_mastheads_is_counted_not_listed():
    base = datetime(2024, 11, 20, 6, 0, tzinfo=LONDON)
    names = ["The Morning Chronicle", "The Evening Standard-Bearer", "Provincial Gazette"]
    entries = {f"a{n}": entry(f"a{n}", base + timedelta(hours=n), masthead=m) for n, m in enumerate(names)}
    entries["b"] = entry("b", base, masthead="Other")
    made = chart([newsroom("Wire", "a0", "a1", "a2"), newsroom("Other", "b")], entries, LONDON)
    assert made is not None
    assert made.rows[0].note == "3 articles under 3 mastheads"


def test_one_newsroom_has_no_chart():
    entries = {"a": entry("a", datetime(2024, 11, 20, 6, 0, tzinfo=LONDON))}
    assert chart([newsroom("The Daily", "a")], entries, LONDON) is None


SITE = """\
title: Test Desk
base_url: https://user.github.io/repo/
timezone: Europe/London
outlets:
  wire: {name: Wire Service, kind: wire}
  post: {name: The Post}
  herald: {name: The Herald}
topics:
  quake: {name: Quake}
"""


def article(title: str, outlet: str, when: str, via: str | None = None) -> str:
    credit = f"via: {via}\n" if via else ""
    return (
        f"---\ntitle: {title}\noutlet: {outlet}\npublished: {when}\n{credit}---\nA quake shook the valley.\n"
    )


def note(slug: str, *sources: str) -> str:
    listed = ", ".join(sources)
    return f"title: {slug}\ndate: 2024-11-20\nsummary: S.\ntopics: [quake]\nkey_points: []\nsources: [{listed}]\n"


def test_the_story_page_draws_the_chart_with_a_table_and_only_for_two_newsrooms(make_site):
    root: Path = make_site(
        {
            "site.yaml": SITE,
            "content/articles/a1.md": article("Quake", "wire", "2024-11-20T06:00:00Z"),
            "content/articles/p1.md": article(
                "Quake hits", "post", "2024-11-20T08:00:00Z", via="Wire Service"
            ),
            "content/articles/h1.md": article("Valley quake", "herald", "2024-11-20"),
            "content/briefings/mines.yaml": None,
            "content/briefings/quake.yaml": note("quake", "a1", "p1", "h1"),
            "content/briefings/single.yaml": note("single", "h1"),
        }
    )
    build(root, BuildOptions(search=False, jobs=1))
    html = (root / "output/stories/quake/index.html").read_text(encoding="utf-8")
    assert (
        '<svg width="100%" height="' in html and 'role="img" aria-labelledby="chart-title chart-desc"' in html
    )
    assert '<title id="chart-title">When each newsroom published</title>' in html
    desc = re.search(r'<desc id="chart-desc">([^<]*)</desc>', html)
    assert desc is not None and desc.group(1) == (
        "3 articles from 2 newsrooms, published on 20 November 2024. Which came first is not known: "
        "1 of the 3 give only the day they were published."
    )
    rows = re.findall(
        r'<tr><td>([^<]*)</td><td><a href="([^"]*)">([^<]*)</a></td><td><time datetime="([^"]*)">', html
    )
    assert [(newsroom, masthead, iso) for newsroom, _, masthead, iso in rows] == [
        ("The Herald", "The Herald", "2024-11-20"),  # rows in the order their day or time begins
        ("Wire Service", "Wire Service", "2024-11-20T06:00:00+00:00"),
        ("Wire Service", "The Post", "2024-11-20T08:00:00+00:00"),
    ]
    assert all(href.startswith("#source-") for _, href, _, _ in rows)
    assert "http" not in re.search(r"<svg.*?</svg>", html, re.S).group(0).replace('"http://www.w3.org', "")
    single = (root / "output/stories/single/index.html").read_text(encoding="utf-8")
    assert "coverage-chart" not in single
