"""An article dated with a day and no time of day is shown as that day: never as midnight, and
never as the day before in the site's zone (an outlet in Tokyo, a site in London)."""

from __future__ import annotations

import json
import re
from pathlib import Path

from generator.build import BuildOptions, build

SITE_YAML = """\
title: Test Desk
base_url: https://user.github.io/repo/
timezone: Europe/London
outlets:
  tokyo-daily: {name: Tokyo Daily, timezone: Asia/Tokyo}
  london-post: {name: London Post}
topics:
  quake: {name: Quake}
"""

FILES: dict[str, str | None] = {
    "site.yaml": SITE_YAML,
    "content/articles/a1.md": None,
    "content/briefings/mines.yaml": None,
    "content/articles/t1.md": "---\ntitle: Quake felt\noutlet: tokyo-daily\npublished: 2024-11-20\n---\nA quake.\n",
    "content/articles/l1.md": (
        "---\ntitle: Quake abroad\noutlet: london-post\npublished: 2024-11-20T09:30:00Z\n---\nA quake.\n"
    ),
    "content/briefings/quake.yaml": (
        "title: Quake\ndate: 2024-11-20\nsummary: S.\ntopics: [quake]\nkey_points: []\nsources: [t1, l1]\n"
    ),
}


def source_times(html: str) -> list[str]:
    return re.findall(r'<time datetime="([^"]*)">([^<]*)</time>', html)


def test_a_date_only_article_shows_its_day_and_no_time(make_site):
    root: Path = make_site(FILES)
    build(root, BuildOptions(search=False, jobs=1))
    html = (root / "output/stories/quake/index.html").read_text(encoding="utf-8")
    times = source_times(html)
    assert ("2024-11-20", "20 November 2024") in times  # the Tokyo paper's day, as written
    assert not any("19 November" in shown for _, shown in times)
    assert not any(iso.startswith("2024-11-20T00:00") or iso.startswith("2024-11-19T") for iso, _ in times)
    assert ("2024-11-20T09:30:00+00:00", "20 November 2024, 09:30 UTC") in times
    data = [
        json.loads(m) for m in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    story, *sources = [d for block in data for d in _walk(block) if d.get("@type") == "NewsArticle"]
    assert (story["datePublished"], story["dateModified"]) == ("2024-11-20", "2024-11-20")  # the note's day
    published = {d["headline"]: d["datePublished"] for d in sources}
    assert published == {"Quake felt": "2024-11-20", "Quake abroad": "2024-11-20T09:30:00+00:00"}


def _walk(node: object):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)
