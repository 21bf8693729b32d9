"""A story page says which sources carry one newsroom's copy and why (issue 23 item 1).

The texts are the invented ferry story of tests/analysis/test_copies.py.
"""

from __future__ import annotations

import html
import re

from generator.build import BuildOptions, build
from tests.analysis.test_copies import EDITED, LEAD, WIRE, body

SITE = """\
title: Copies
base_url: https://example.org/
timezone: UTC
topics:
  sea:
    name: Sea
outlets:
  harbour-post:
    name: Harbour Post
  evening-star:
    name: Evening Star
  island-news:
    name: Island News
"""


def article(outlet: str, minutes: int, text: str) -> str:
    return (
        f"---\ntitle: Ferry fire {outlet}\noutlet: {outlet}\nurl: https://example.org/{outlet}\n"
        f"published: 2024-11-20T08:{minutes:02d}:00Z\n---\n\n{text}\n"
    )


def provenance(make_site, texts: list[tuple[str, int, str]], site: str = SITE) -> tuple[str, str]:
    """Build the ferry story of `texts` (outlet, minutes past eight, body; ids a1, a2, ...) and
    return its provenance section: as a reader reads it (tags dropped, spaces squeezed) and as HTML."""
    ids = [f"a{n}" for n in range(1, len(texts) + 1)]
    files: dict[str, str | None] = {"site.yaml": site, "content/briefings/mines.yaml": None}
    for id, (outlet, minutes, text) in zip(ids, texts, strict=True):
        files[f"content/articles/{id}.md"] = article(outlet, minutes, text)
    files["content/briefings/ferry.yaml"] = (
        "title: Ferry fire\ndate: 2024-11-20\nsummary: A ferry burned.\ntopics: [sea]\n"
        f"key_points:\n  - text: A ferry caught fire.\n    sources: [a1]\nsources: [{', '.join(ids)}]\n"
    )
    root = make_site(files)
    build(root, BuildOptions(search=False))
    page = (root / "output/stories/ferry/index.html").read_text(encoding="utf-8")
    section = re.search(r'<section aria-labelledby="provenance".*?</section>', page, re.S)
    assert section
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", section.group(0))).split()), section.group(0)


def test_the_story_page_names_the_copies_and_why(make_site):
    shown, section = provenance(
        make_site,
        [("harbour-post", 0, body(WIRE)), ("evening-star", 5, body(WIRE)), ("island-news", 9, body(EDITED))],
    )
    assert "3 articles · 1 newsroom · 2 copies of Harbour Post" in shown
    first_words = " ".join(LEAD.split()[:8])
    assert (
        f"Harbour Post copy: Evening Star 2 — same text as Harbour Post 1 : {first_words}… ; "
        "Island News 3 — same text as Harbour Post 1 : Search-and-rescue boats from three neighbouring "
        "harbours pulled survivors…"
    ) in shown
    assert f'rel="noopener noreferrer"><q>{first_words}…</q></a>' in section
    assert 'href="https://example.org/evening-star#:~:text=A%20passenger%20ferry' in section
