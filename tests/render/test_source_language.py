"""A story's source list names the language of a source the analysis read in another language
than the site's ('· in German'): the reader sees why it was not compared."""

from __future__ import annotations

import re
from pathlib import Path

from generator.build import BuildOptions, build

SITE = """\
title: Test Desk
base_url: https://user.github.io/repo/
language: en
outlets:
  herald: {name: The Herald}
  zeitung: {name: Die Zeitung, language: de}
  courier: {name: The Courier}
topics:
  port: {name: Port}
"""

FILES: dict[str, str | None] = {
    "site.yaml": SITE,
    "content/articles/a1.md": None,
    "content/briefings/mines.yaml": None,
    "content/articles/h1.md": (
        "---\ntitle: Port strike\noutlet: herald\npublished: 2024-11-20T08:00:00Z\n---\n"
        "Dock workers walked out on Monday over pay.\n"
    ),
    "content/articles/z1.md": (
        "---\ntitle: Hafenstreik\noutlet: zeitung\npublished: 2024-11-20T09:00:00Z\n---\n"
        "Die Hafenarbeiter legten am Montag wegen der Löhne die Arbeit nieder.\n"
    ),
    # no language in site.yaml: detected from the text
    "content/articles/c1.md": (
        "---\ntitle: Strike at the port\noutlet: courier\npublished: 2024-11-20T10:00:00Z\n---\n"
        "The port's dock workers stopped work on Monday in a dispute over their wages, the union said.\n"
    ),
    "content/briefings/port.yaml": (
        "title: Port strike\ndate: 2024-11-20\nsummary: S.\ntopics: [port]\nkey_points: []\n"
        "sources: [h1, z1, c1]\n"
    ),
}


def test_a_source_in_another_language_says_which(make_site):
    root: Path = make_site(FILES)
    build(root, BuildOptions(search=False, jobs=1))
    html = (root / "output/stories/port/index.html").read_text(encoding="utf-8")
    metas = {
        title: meta
        for title, meta in re.findall(
            r'class="source-title">([^<]*)</h3>\s*<p class="meta">(.*?)</p>', html, re.S
        )
    }
    assert " · in German" in metas["Hafenstreik"]
    assert " · in " not in metas["Port strike"] and " · in " not in metas["Strike at the port"]
