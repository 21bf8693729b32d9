"""Lighthouse on the home page and a story: 100 for accessibility, best practices and SEO, 90+ speed."""

from __future__ import annotations

import pytest

from tests.e2e.browser.needs import require
from tools.quality.lighthouse import audit_site, shortfalls
from tools.quality.needs import LIGHTHOUSE, chromium, node_package

pytestmark = pytest.mark.e2e


def test_home_and_story_meet_the_lighthouse_thresholds(served, tmp_path):
    require(chromium)
    require(lambda: node_package(LIGHTHOUSE))
    results = audit_site(served, "stories/us-approves-landmines-for-ukraine/", tmp_path)
    problems = [line for page, scores in results.items() for line in shortfalls(page, scores)]
    assert problems == [], f"{results}; reports in {tmp_path}"
