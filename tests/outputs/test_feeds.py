"""Feed ids stay put when a briefing is edited; structured data cannot break out of its script."""

from __future__ import annotations

import json
import re

import feedparser

from generator.build import BuildOptions, build


def entries(root):
    feed = feedparser.parse((root / "output/feed.xml").read_bytes())
    assert not feed.bozo
    return {e.link: e for e in feed.entries}


def test_entry_id_survives_an_edit_and_updated_moves(make_site):
    root = make_site()
    build(root, BuildOptions(search=False))
    before = entries(root)["https://user.github.io/repo/stories/mines/"]
    note = root / "content/briefings/mines.yaml"
    note.write_text(
        note.read_text().replace("title: Mines for Ukraine", "title: Mines for Ukraine (corrected)")
        + "updated: 2024-11-22T10:00:00+00:00\n"
    )
    build(root, BuildOptions(search=False))
    after = entries(root)["https://user.github.io/repo/stories/mines/"]
    assert after.id == before.id == "tag:user.github.io,2024-11-20:/repo/stories/mines/"
    assert after.title.endswith("(corrected)")
    assert after.updated == "2024-11-22T10:00:00+00:00" != before.updated


def test_feed_length_limits_entries(make_site):
    notes = {
        f"content/briefings/n{i}.yaml": f"title: N{i}\ndate: 2024-11-0{i}\nsummary: s\ntopics: [ukraine]\nsources: [a1]\n"
        for i in range(1, 6)
    }
    root = make_site({**notes, "content/briefings/mines.yaml": None})
    (root / "site.yaml").write_text((root / "site.yaml").read_text() + "feed_length: 3\n")
    build(root, BuildOptions(search=False))
    assert [e.title for e in entries(root).values()] == ["N5", "N4", "N3"]


def test_hostile_title_cannot_break_out_of_json_ld(make_site):
    root = make_site(
        {
            "content/briefings/mines.yaml": (
                "title: '</script><script>alert(1)</script> & <!--'\ndate: 2024-11-20\nsummary: s\n"
                "topics: [ukraine]\nsources: [a1]\nkey_points: [k]\n"
            )
        }
    )
    build(root, BuildOptions(search=False))
    html = (root / "output/stories/mines/index.html").read_text()
    (block,) = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert json.loads(block)["headline"] == "</script><script>alert(1)</script> & <!--"
    assert "<script>alert" not in html
    feed = feedparser.parse((root / "output/feed.xml").read_bytes())
    assert not feed.bozo and feed.entries[0].title == "</script><script>alert(1)</script> & <!--"
