"""Every generated HTML file passes the W3C Nu HTML Checker with no error."""

from __future__ import annotations

import pytest

from tests.e2e.browser.needs import require
from tools.quality.needs import VNU, java, node_package
from tools.quality.validate_html import html_errors

pytestmark = pytest.mark.e2e


def test_every_page_passes_the_nu_html_checker(built):
    require(java)
    require(lambda: node_package(VNU))
    assert len(list(built.rglob("*.html"))) >= 15  # every page type, not an empty folder
    assert html_errors(built) == []
