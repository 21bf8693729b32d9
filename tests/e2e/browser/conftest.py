"""Fixtures of the browser checks: axe-core, and a page type opened in a fresh browser context."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.e2e.browser.needs import require
from tests.e2e.browser.pages import PageType, Visit
from tests.e2e.test_serve import server  # noqa: F401  (the preview server, for the live-reload test)
from tools.quality.needs import AXE, node_package


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core from npm, to inject into pages."""
    return require(lambda: node_package(AXE)).read_text(encoding="utf-8")


@pytest.fixture
def open_page(browser, served, built) -> Iterator[Callable[..., Visit]]:
    """Open a page type in a fresh browser context (options: viewport, color_scheme...), fully loaded."""
    contexts: list[Any] = []

    def open_(kind: PageType, **context_options: Any) -> Visit:
        context = browser.new_context(**context_options)
        contexts.append(context)
        page = context.new_page()
        url = served + kind.path
        visit = Visit(page, url, [])
        if kind.status == 404:
            # GitHub Pages answers a missing page with the site's 404.html; the test server does not.
            page.route(url, lambda route: route.fulfill(status=404, path=built / "404.html"))

        def on_console(message: Any) -> None:
            own_status = kind.status != 200 and message.location.get("url") == url
            if message.type == "error" and not (own_status and message.text.startswith("Failed to load")):
                visit.problems.append(f"console error: {message.text} ({message.location.get('url')})")

        def on_response(response: Any) -> None:
            if response.status >= 400 and not (response.url == url and response.status == kind.status):
                visit.problems.append(f"HTTP {response.status}: {response.url}")

        page.on("console", on_console)
        page.on("pageerror", lambda error: visit.problems.append(f"script error: {error}"))
        page.on(
            "requestfailed", lambda request: visit.problems.append(f"failed: {request.url} {request.failure}")
        )
        page.on("response", on_response)
        response = page.goto(url, wait_until="networkidle")
        assert response is not None and response.status == kind.status, (
            f"{url}: {response and response.status}"
        )
        if kind.name == "search":
            page.wait_for_selector(".pagefind-ui__result-link", timeout=15000)
            page.wait_for_load_state("networkidle")
        heading = page.locator("h1").inner_text()
        assert heading == kind.heading, f"{url}: <h1> is {heading!r}, expected {kind.heading!r}"
        return visit

    yield open_
    for context in contexts:
        context.close()
