"""A page whose live-reload script connects after a rebuild has ended is told to reload.

livereload tells only the pages connected when a rebuild ends; a page loaded just before (its
script still loading) missed the message and showed the old site, or no error, until the next save.
"""

from __future__ import annotations

import asyncio
import urllib.request

import pytest

from generator.preview.reloads import COOKIE
from tests.e2e.test_serve import STORY, fetch, server, wait_for  # noqa: F401 (fixture)
from tests.preview.test_guard_server import _run_alone

pytestmark = pytest.mark.e2e


def served_cookie(url: str) -> str:
    """The reload cookie the preview sets on a page it serves ("" when none)."""
    with urllib.request.urlopen(url, timeout=5) as response:
        cookies = response.headers.get_all("Set-Cookie") or []
    return next((c.split(";")[0] for c in cookies if c.startswith(COOKIE + "=")), "")


def first_message(base: str, cookie: str, wait: float) -> str | None:
    """Connect as the page's live-reload script does (greeting, then the page's address) with
    the page's cookie; the first message the server sends within `wait` seconds, or None."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    origin = base.split("/briefing-site/")[0]

    async def run() -> str | None:
        headers = {"Origin": origin, "Cookie": cookie}
        ws = await websocket_connect(
            HTTPRequest(f"ws{origin[4:]}/livereload", headers=headers, connect_timeout=5)
        )
        await ws.write_message('{"command": "hello"}')
        await asyncio.wait_for(ws.read_message(), 5)
        await ws.write_message(f'{{"command": "info", "url": "{base + STORY}"}}')
        try:
            message = await asyncio.wait_for(ws.read_message(), wait)
        except TimeoutError:
            message = None
        ws.close()
        return message if message is None or isinstance(message, str) else message.decode()

    return _run_alone(run())


def test_a_page_served_before_a_rebuild_that_connects_after_it_reloads(server):  # noqa: F811
    base, root = server
    note = root / "content/briefings/us-approves-landmines-for-ukraine.yaml"
    cookie = served_cookie(base + STORY)  # the page as it was loaded, its script not yet connected
    note.write_text(note.read_text().replace("title: Biden approves", "title: LATE Biden approves"))
    assert wait_for(lambda: "LATE Biden approves" in fetch(base + STORY)[1])  # rebuilt, reload sent
    message = first_message(base, cookie, wait=5)
    assert message is not None and '"command": "reload"' in message


def test_a_page_served_after_the_last_rebuild_is_not_reloaded(server):  # noqa: F811
    base, root = server
    note = root / "content/briefings/us-approves-landmines-for-ukraine.yaml"
    note.write_text(note.read_text().replace("title: Biden approves", "title: LATE Biden approves"))
    assert wait_for(lambda: "LATE Biden approves" in fetch(base + STORY)[1])
    cookie = served_cookie(base + STORY)  # loaded after the reload: nothing to catch up
    assert first_message(base, cookie, wait=1.5) is None
