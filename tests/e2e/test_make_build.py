"""`make build` on the example site, under a sub-path: every page exists and every link resolves."""

from __future__ import annotations

import shutil

import pytest

from tests.e2e.conftest import BASE_URL
from tests.e2e.linkcheck import broken_links

pytestmark = pytest.mark.e2e


def test_every_page_type_exists(built):
    for rel in [
        "index.html",
        "404.html",
        ".nojekyll",
        "archive/index.html",
        "archive/2024/11/index.html",
        "sources/index.html",
        "sources/newsbytes/index.html",
        "sources/japan-news/index.html",
        "topics/index.html",
        "topics/landmines/index.html",
        "topics/military-aid/index.html",
        "stories/us-approves-landmines-for-ukraine/index.html",
        "static/style.css",
    ]:
        assert (built / rel).is_file(), rel
    assert not (built / "CNAME").exists()


def test_every_internal_link_and_asset_resolves_under_the_sub_path(built):
    assert broken_links(built, BASE_URL) == []


def test_links_carry_the_sub_path(built):
    story = (built / "stories/us-approves-landmines-for-ukraine/index.html").read_text()
    assert 'href="/briefing-site/static/style.css?v=' in story
    assert 'href="/briefing-site/sources/japan-news/"' in story
    assert f'<link rel="canonical" href="{BASE_URL}stories/us-approves-landmines-for-ukraine/">' in story
    not_found = (built / "404.html").read_text()
    assert 'href="/briefing-site/static/style.css?v=' in not_found


def test_linkcheck_catches_a_broken_link(built, tmp_path):
    """The crawler itself must fail on a missing page, a missing anchor and a CDN asset."""
    copy = tmp_path / "out"
    shutil.copytree(built, copy)
    page = copy / "archive/index.html"
    page.write_text(
        page.read_text().replace(
            "</main>",
            '<a href="/briefing-site/stories/missing/">x</a><a href="/briefing-site/#nowhere">y</a>'
            '<a href="/elsewhere/">z</a><script src="https://cdn.example.com/x.js"></script></main>',
        )
    )
    problems = broken_links(copy, BASE_URL)
    assert len(problems) == 4, problems
