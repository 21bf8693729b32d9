"""The preview server: build, serve `output/` under the base path, rebuild and reload on change.

Built on livereload, which serves the files and tells the browser to reload. Changes are found
by scanning the watched files every `SCAN_INTERVAL` seconds (livereload's own poller reports one
changed file per poll, which turns a burst of saves into a burst of rebuilds); a change only marks
the site dirty, one guarded rebuild runs once the saves have been quiet for `DEBOUNCE` seconds,
and the browser is told to reload after it has finished. A failed rebuild keeps the last good
site on disk and shows the problems in the browser instead of the page until the next good save.
"""

from __future__ import annotations

import html
import logging
import time
import webbrowser
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher
from tornado import ioloop, web

from generator.build import OUTPUT_DIR, BuildOptions, build
from generator.config import CONFIG_FILE
from generator.errors import BriefingError, ContentError
from generator.templates import STATIC_DIR, TEMPLATES_DIR
from generator.urls import base_path_of

log = logging.getLogger("briefing.serve")
DEBOUNCE = 0.25
SCAN_INTERVAL = 0.1
WATCHED = ("content", TEMPLATES_DIR, STATIC_DIR, CONFIG_FILE)


@dataclass
class PreviewState:
    """What the server knows between rebuilds."""

    root: Path
    options: BuildOptions
    base_path: str = "/"
    problems: list[str] = field(default_factory=list)
    dirty_since: float | None = None
    builds: int = 0

    def rebuild(self) -> bool:
        """One guarded build; never raises for content problems. True when it succeeded."""
        self.builds += 1
        try:
            result = build(self.root, self.options)
        except ContentError as exc:
            self.problems = [str(p) for p in exc.problems if p.severity == "error"] or [str(exc)]
        except BriefingError as exc:
            self.problems = [str(exc)]
        except Exception as exc:  # keep serving the last good site whatever went wrong
            log.exception("rebuild crashed")
            self.problems = [f"internal error: {exc!r}"]
        else:
            self.problems = []
            log.info("%s", result.summary())
            return True
        for line in self.problems:
            log.error("%s", line)
        log.error("Rebuild failed; still serving the last good site.")
        return False


def error_page(problems: list[str]) -> str:
    """The page shown in place of the site while the last rebuild has failed."""
    items = "\n".join(f"<li><code>{html.escape(p)}</code></li>" for p in problems)
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<title>Build failed</title><link rel="icon" href="data:,">'
        "<style>body{font:16px/1.5 system-ui,sans-serif;margin:2rem;"
        "background:#2b0b0b;color:#fde8e8}code{white-space:pre-wrap;font-size:15px}"
        "li{margin:.5rem 0}</style></head><body><main><h1>The last rebuild failed</h1>"
        f"<p>Fix the problems below and save; this page reloads by itself.</p><ol>{items}</ol>"
        "</main></body></html>"
    )


class SiteHandler(StaticFileHandler):
    """Serves files of `output/`, or the error page while the last rebuild has failed."""

    state: PreviewState

    def initialize(self, path: str, default_filename: str | None = None, state: Any = None) -> None:
        super().initialize(path=path, default_filename=default_filename)
        self.state = state

    async def get(self, path: str, include_body: bool = True) -> None:
        if self.state.problems and (path == "" or path.endswith(("/", ".html"))):
            self.set_status(500)
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(error_page(self.state.problems))
            return
        await super().get(path, include_body)

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        page = Path(self.root) / "404.html"
        if status_code == 404 and page.is_file():
            self.set_header("Content-Type", "text/html; charset=utf-8")
            self.finish(page.read_bytes())
        else:
            super().write_error(status_code, **kwargs)


class _NoWatcher(Watcher):
    """Fills livereload's watcher slot: the preview's own scan finds changes, so this finds none."""

    def __init__(self) -> None:
        super().__init__()
        self._tasks: dict[str, Any] = {"(preview scan)": {}}

    def examine(self) -> tuple[None, None]:
        return None, None


class PreviewServer(Server):
    """livereload's server, serving the site under its base path like GitHub Pages does."""

    def __init__(self, state: PreviewState):
        super().__init__(watcher=_NoWatcher())
        self.state = state

    def get_web_handlers(self, script: bytes) -> list[Any]:
        base = self.state.base_path
        output = str(self.state.root / OUTPUT_DIR)
        handlers: list[Any] = [
            (
                rf"{base}(.*)",
                SiteHandler,
                {"path": output, "default_filename": "index.html", "state": self.state},
            ),
        ]
        if base != "/":
            handlers.append((r"/", web.RedirectHandler, {"url": base}))
        return handlers


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """(mtime, size) of every watched file; hidden files and editor backups are skipped."""
    found: dict[str, tuple[int, int]] = {}
    stack = [root / name for name in WATCHED]
    while stack:
        path = stack.pop()
        try:
            if path.is_dir():
                stack.extend(p for p in path.iterdir() if not p.name.startswith("."))
            elif not path.name.endswith("~"):
                info = path.stat()
                found[str(path)] = (info.st_mtime_ns, info.st_size)
        except OSError:
            continue  # removed while we looked: the next scan sees it gone
    return found


def serve(
    root: Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False, drafts: bool = True
) -> None:
    """Build once, then serve and rebuild on changes until interrupted."""
    options = BuildOptions(drafts=drafts)
    state = PreviewState(root=root, options=options)
    state.rebuild()
    from generator.config import load_config

    try:
        state.base_path = base_path_of(load_config(root).base_url)
    except ContentError:
        state.base_path = "/"
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("Serving on %s: other machines on the network can read this preview.", host)

    server = PreviewServer(state)
    seen = snapshot(root)

    def tick() -> None:
        nonlocal seen
        current = snapshot(root)
        if current != seen:
            seen = current
            state.dirty_since = time.monotonic()
            return
        if state.dirty_since is None or time.monotonic() - state.dirty_since < DEBOUNCE:
            return
        state.dirty_since = None
        state.rebuild()
        LiveReloadHandler.reload_waiters()

    ioloop.PeriodicCallback(tick, SCAN_INTERVAL * 1000).start()
    url = f"http://{host}:{port}{state.base_path}"
    log.info("Previewing at %s (Ctrl+C to stop)", url)
    if open_browser:
        ioloop.IOLoop.current().call_later(1.0, lambda: webbrowser.open(url))
    server.serve(port=port, host=host, root=str(root / OUTPUT_DIR), restart_delay=0)
