"""Telling open pages to reload, including a page that connects after the reload was sent.

livereload tells the pages connected at the moment a rebuild ends. A page served just before a
rebuild ended, whose script had not yet connected (it loads, then opens a websocket, then
greets), missed that message and would show the old site until the next save. So every reload
is numbered, each HTML page served carries the number it was served at in a cookie, and a page
that connects with an older number is told to reload at once. A page served at the current
number is left alone, so a reload never repeats itself.

The cookie is one per host, shared by the preview's tabs: a tab that connects late after
another tab has loaded a newer page is not caught (it reloads at the next save).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from livereload.handlers import LiveReloadHandler
from tornado import web

from generator.preview.guard import Addresses, GuardedLiveReload

COOKIE = "briefing-preview-reload"


@dataclass
class Reloads:
    """How many times the open pages have been told to reload."""

    count: int = 0

    def announce(self) -> None:
        """Tell every connected page to reload (after a rebuild, good or failed)."""
        self.count += 1
        LiveReloadHandler.reload_waiters()

    def stamp(self, handler: web.RequestHandler) -> None:
        """Mark an HTML page being served with the current number."""
        handler.set_cookie(COOKIE, str(self.count), path="/", httponly=True, samesite="Strict")

    def missed(self, handler: web.RequestHandler) -> bool:
        """True when the page behind this websocket was served before the last reload."""
        served = handler.get_cookie(COOKIE)
        return served is not None and served.isdigit() and int(served) < self.count


class PreviewLiveReload(GuardedLiveReload):
    """The guarded live-reload websocket, which also reloads a page that missed a reload."""

    def initialize(self, addresses: Addresses, reloads: Reloads) -> None:  # type: ignore[override]
        super().initialize(addresses)
        self.reloads = reloads
        self.caught_up = False

    def on_message(self, message: str | bytes) -> None:
        super().on_message(message)
        joined = self in LiveReloadHandler.waiters  # after the page's 'info': it now gets reloads
        if joined and not self.caught_up:
            self.caught_up = True
            if self.reloads.missed(self):
                self.send_message(reload_message())


def reload_message() -> dict[str, Any]:
    """livereload's own reload message, for every file."""
    return {"command": "reload", "path": "*", "liveCSS": LiveReloadHandler.live_css, "liveImg": True}
