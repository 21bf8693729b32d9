"""Live reload end to end: the story open in Chromium follows edits of its briefing, good and bad."""

from __future__ import annotations

import time

import pytest

from tests.e2e.test_serve import STORY

pytestmark = pytest.mark.e2e
WITHIN_MS = 8000  # "within a few seconds": the debounce, one rebuild, the reload


def test_open_story_follows_edits_errors_and_recovery(browser, server):
    from playwright.sync_api import expect

    base, root = server
    note = root / "content/briefings/us-approves-landmines-for-ukraine.yaml"
    original = note.read_text()
    page = browser.new_page()
    greeted: list[str] = []  # the livereload server's "hello": the page is listening for reloads
    page.on("websocket", lambda ws: ws.on("framereceived", lambda frame: greeted.append(str(frame))))
    page.goto(base + STORY)
    heading = page.locator("h1")
    expect(heading).to_have_text("Biden approves anti-personnel landmines for Ukraine")
    deadline = time.monotonic() + 10
    while not any("hello" in frame for frame in greeted) and time.monotonic() < deadline:
        page.wait_for_timeout(100)
    assert any("hello" in frame for frame in greeted), "the page never connected to the livereload server"

    # From here on the test only watches the page: any change in it comes from the server.
    note.write_text(original.replace("title: Biden approves", "title: EDITED Biden approves"))
    expect(heading).to_have_text(
        "EDITED Biden approves anti-personnel landmines for Ukraine", timeout=WITHIN_MS
    )

    note.write_text(original.replace("topics: [war-in-ukraine", "topics: [war-in-ukrane"))
    expect(heading).to_have_text("The last rebuild failed", timeout=WITHIN_MS)
    expect(page.locator("main")).to_contain_text(
        "unknown topic 'war-in-ukrane' (did you mean 'war-in-ukraine'?)"
    )

    note.write_text(original)
    expect(heading).to_have_text("Biden approves anti-personnel landmines for Ukraine", timeout=WITHIN_MS)
    page.close()
