"""The preview server: build, serve `output/` under the base path, rebuild and reload on change.

Built on livereload, which serves the files and tells the browser to reload. Changes come from
the operating system's file events (watchfiles, in a thread), not from scanning every file: a
change only marks the site dirty, one guarded rebuild runs once the saves have been quiet for
`DEBOUNCE` seconds, and the browser is told to reload after it has finished. The rebuild keeps
the caches in memory and reads only the files reported (see `rebuild` and `state`); the search index is
refreshed after the reload, and the caches are saved once the preview is idle. A failed rebuild
keeps the last good site on disk and shows the problems in the browser instead of the page
until the next good save.

The server answers its own user only (see `preview_guard`): other `Host` names, websockets of
other origins and paths no file can have are refused; a request must send its headers within a
few seconds. The port is bound before the first build, so a port in use is a one-line error.
"""

from __future__ import annotations

import errno
import gc
import html
import logging
import re
import socket
import threading
import time
import webbrowser
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import watchfiles
from livereload import Server
from livereload.handlers import LiveReloadHandler, LiveReloadJSHandler, StaticFileHandler
from livereload.server import LiveScriptInjector
from livereload.watcher import Watcher
from tornado import ioloop, netutil, web
from tornado.httpserver import HTTPServer

from generator.build import BuildOptions
from generator.errors import BriefingError, ContentError, UsageError
from generator.forked import cores
from generator.load.config import CONFIG_FILE
from generator.outputs.search import STORIES, with_fingerprints
from generator.preview.guard import (
    BODY_TIMEOUT,
    HEADER_TIMEOUT,
    MAX_BODY,
    MAX_MESSAGE,
    Addresses,
    GuardedApplication,
)
from generator.preview.rebuild import rebuild
from generator.preview.reloads import PreviewLiveReload, Reloads
from generator.preview.state import Warm
from generator.render.templates import STATIC_DIR, TEMPLATES_DIR
from generator.render.urls import base_path_of
from generator.write.outfolder import OUTPUT_DIR, output_folder, remove_made
from generator.write.publish import StagedSearch, apply_search, search_staging, stage_search
from generator.write.swap import last_writer, process_writer

log = logging.getLogger("briefing.serve")
DEBOUNCE = 0.05  # quiet time after the last save before rebuilding (a burst of saves comes within it)
WATCH_STEP = 10  # ms: the watcher hands over a batch of events once none has come for this long
TICK = 0.01  # how often the loop looks at the state
OTHER_BUILD_CHECK = 1.0  # s between looks at the lock file for another process's build, while idle
IDLE_SAVE = 30.0  # quiet time before the caches are written to disk (it blocks for a moment)
WATCHED = ("content", TEMPLATES_DIR, STATIC_DIR, CONFIG_FILE)
# livereload's own snippet: loads its script from the host and port the page came from.
LIVE_SCRIPT = (
    b'<script type="text/javascript">(function(){'
    b'var s=document.createElement("script");'
    b"var port=(window.location.port || (window.location.protocol == 'https:' ? 443: 80));"
    b's.src="//"+window.location.hostname+":"+port'
    b'+ "/livereload.js?port=" + port;'
    b"document.head.appendChild(s);"
    b"})();</script>"
)


@dataclass
class PreviewState:
    """What the server knows between rebuilds."""

    root: Path
    options: BuildOptions
    base_path: str = "/"
    problems: list[str] = field(default_factory=list)
    dirty_since: float | None = None
    builds: int = 0
    warm: Warm = field(default_factory=Warm)
    search_stale: bool = False
    refreshing: threading.Thread | None = None
    staged: StagedSearch | None = None  # a search index made by `refreshing`, to move in
    refresh_started: float = 0.0
    last_build: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)
    checked_writer: float = 0.0  # when the lock file was last looked at for another build
    reloads: Reloads = field(default_factory=Reloads)

    @property
    def output(self) -> Path:
        """The folder the preview builds and serves (checked by `outfolder` when it starts)."""
        return self.root / OUTPUT_DIR

    def changed(self, paths: Iterable[str]) -> None:
        """Called from the watcher thread with the paths of one batch of file events."""
        relevant = {p for p in paths if watched(self.root, Path(p))}
        if relevant:
            self.warm.saw(relevant)
            with self.lock:  # the quiet time began when the watcher's step of silence did
                self.dirty_since = time.monotonic() - WATCH_STEP / 1000

    def rebuild(self) -> bool:
        """One guarded build; never raises for content problems. True when it succeeded."""
        self.builds += 1
        with self.lock:
            self.dirty_since = None
        self.warm.defer_search = self.builds > 1  # the first build indexes before serving
        try:
            result = rebuild(self.root, self.options, self.warm)
        except ContentError as exc:
            self.problems = [str(p) for p in exc.problems if p.severity == "error"] or [str(exc)]
        except BriefingError as exc:
            self.problems = [str(exc)]
        except Exception as exc:  # keep serving the last good site whatever went wrong
            log.exception("rebuild crashed")
            self.problems = [f"internal error: {exc!r}"]
        else:
            self.problems = []
            pages = (*result.written, *result.removed)
            self.search_stale |= self.warm.defer_search and any(p.startswith(STORIES) for p in pages)
            self.last_build = time.monotonic()
            log.info("%s", result.summary())
            # What this build keeps (caches, last plan) is long-lived: leave it out of the
            # collector's full passes, which would otherwise walk it during the next rebuilds.
            gc.freeze()
            return True
        self.warm.forget()  # what that build read may not have reached the caches
        for line in self.problems:
            log.error("%s", line)
        log.error("Rebuild failed; still serving the last good site.")
        return False

    def built_elsewhere(self) -> bool:
        """True when another process has built `output` since this preview's last build; the
        lock file is looked at once per `OTHER_BUILD_CHECK` seconds of idle time."""
        current = time.monotonic()
        if current - self.checked_writer < OTHER_BUILD_CHECK:
            return False
        self.checked_writer = current
        writer = last_writer(self.output)
        return writer not in ("", process_writer())

    def start_refresh(self) -> None:
        """Re-index the story pages on disk in a thread; rebuilds go on meanwhile (it only reads
        `output/`), and `finish_refresh` moves the new index in between two of them."""
        manifest, last = self.warm.manifest, self.warm.plan
        if manifest is None or last is None:
            return
        parts = with_fingerprints(last.planner.search_parts(), manifest.indexed_print)
        self.staged, self.refresh_started = None, time.monotonic()
        output = self.output
        jobs = self.options.jobs or cores()

        def stage() -> None:
            try:
                self.staged = stage_search(output, parts, manifest, jobs)
            except Exception as exc:  # the old index keeps working; the next save tries again
                log.error("search refresh failed: %s", exc)

        self.refreshing = threading.Thread(target=stage, name="search", daemon=True)
        self.refreshing.start()

    def finish_refresh(self) -> None:
        """Move a staged index in (on the server's thread, so never during a rebuild)."""
        staged, self.staged = self.staged, None
        if staged is None or self.warm.manifest is None:
            return
        try:
            apply_search(staged, self.warm.manifest)
        except BriefingError as exc:
            log.error("search refresh not applied: %s", exc)
            return
        self.warm.built()
        self.last_build = time.monotonic()
        log.info("Search index up to date (%.2f s).", self.last_build - self.refresh_started)

    def save_when_idle(self) -> None:
        if self.warm.unsaved and time.monotonic() - self.last_build > IDLE_SAVE:
            self.warm.save(self.root)
            gc.unfreeze()  # collect what earlier builds left in cycles, then freeze the rest again
            gc.collect()
            gc.freeze()


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
        page = path == "" or path.endswith(("/", ".html"))
        if page:
            self.state.reloads.stamp(self)
        if self.state.problems and page:
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


class _LiveScript(LiveScriptInjector):
    script = LIVE_SCRIPT


class PreviewServer(Server):
    """livereload's server, serving the site under its base path like GitHub Pages does, on
    sockets bound beforehand (`listen`), behind the guard of `preview_guard`."""

    def __init__(self, state: PreviewState, sockets: list[socket.socket], addresses: Addresses):
        super().__init__(watcher=_NoWatcher())
        self.state = state
        self.sockets = sockets
        self.addresses = addresses

    def application(
        self, port: int, host: str, liveport: Any = None, debug: Any = None, live_css: bool = True
    ) -> None:
        """Replaces livereload's: the same handlers less its `/forcereload` (a GET that reloads
        every open page), in a guarded application whose server times out slow requests."""
        LiveReloadHandler.watcher = self.watcher
        LiveReloadHandler.live_css = live_css
        live: list[Any] = [
            (r"/livereload", PreviewLiveReload, {"addresses": self.addresses, "reloads": self.state.reloads}),
            (r"/livereload.js", LiveReloadJSHandler),
        ]
        app = GuardedApplication(
            self.addresses,
            live + self.get_web_handlers(LIVE_SCRIPT),
            transforms=[_LiveScript],
            websocket_max_message_size=MAX_MESSAGE,
        )
        server = HTTPServer(
            app, idle_connection_timeout=HEADER_TIMEOUT, body_timeout=BODY_TIMEOUT, max_body_size=MAX_BODY
        )
        server.add_sockets(self.sockets)

    def get_web_handlers(self, script: bytes) -> list[Any]:
        base = self.state.base_path
        output = str(self.state.output)
        handlers: list[Any] = [
            (
                rf"{re.escape(base)}(.*)",
                SiteHandler,
                {"path": output, "default_filename": "index.html", "state": self.state},
            ),
        ]
        if base != "/":  # temporary redirects: a browser keeps a permanent one for other projects
            redirect = {"url": base, "permanent": False}
            handlers.append((re.escape(base.rstrip("/")), web.RedirectHandler, redirect))
            handlers.append((r"/", web.RedirectHandler, redirect))
        return handlers


def listen(host: str, port: int) -> list[socket.socket]:
    """Bind the preview's sockets, or say in one line why it cannot."""
    try:
        return netutil.bind_sockets(port, address=host or None)
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise UsageError(f"port {port} is in use on {host}; choose another with --port") from None
        if exc.errno == errno.EACCES:
            raise UsageError(
                f"cannot listen on {host} port {port}: permission denied "
                "(ports below 1024 need privileges); choose another with --port"
            ) from None
        raise UsageError(f"cannot listen on {host} port {port}: {exc.strerror or exc}") from None


def watched(root: Path, path: Path) -> bool:
    """True for a file whose change can change the site: under the watched folders, or
    `site.yaml`, and not hidden or an editor's backup."""
    try:
        rel = path.relative_to(root)
    except ValueError:
        return False
    parts = rel.parts
    if not parts or parts[0] not in WATCHED:
        return False
    return not any(p.startswith(".") for p in parts) and not path.name.endswith("~")


def watch(state: PreviewState, stop: threading.Event, paths: list[str], recursive: bool) -> None:
    """Feed file events under `paths` to `state` until `stop` is set; runs in its own thread."""
    while not stop.is_set():
        try:
            for changes in watchfiles.watch(
                *paths, stop_event=stop, debounce=50, step=WATCH_STEP, recursive=recursive
            ):
                state.changed(path for _, path in changes)
        except Exception:  # a watcher error must not end the preview: watch again, check everything
            log.exception("file watcher failed; restarting it")
            state.warm.forget()
            time.sleep(0.5)


def start_watching(state: PreviewState, stop: threading.Event) -> None:
    """Watch the content, template and static folders, and the project folder for `site.yaml`
    (not recursively: `output/` holds a folder per page, which would cost a watch each)."""
    folders = [str(state.root / name) for name in WATCHED if (state.root / name).is_dir()]
    for paths, recursive in ((folders, True), ([str(state.root)], False)):
        if paths:
            args = (state, stop, paths, recursive)
            threading.Thread(target=watch, args=args, name="watcher", daemon=True).start()


def serve(
    root: Path, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False, drafts: bool = True
) -> None:
    """Build once, then serve and rebuild on changes until interrupted."""
    options = BuildOptions(drafts=drafts)
    root = root.resolve()
    output_folder(root)  # refused (a link, a mount point) before the port is taken
    sockets = listen(host, port)  # before any work: a port in use is said at once
    port = sockets[0].getsockname()[1]  # the one the system chose for port 0
    state = PreviewState(root=root, options=options)
    stop = threading.Event()
    start_watching(state, stop)  # before the first build, so no save is missed
    state.rebuild()
    from generator.load.config import load_config

    try:
        state.base_path = base_path_of(load_config(root).base_url)
    except ContentError:
        state.base_path = "/"
    if host not in ("127.0.0.1", "localhost", "::1"):
        log.warning("Serving on %s: other machines on the network can read this preview.", host)

    server = PreviewServer(state, sockets, Addresses.of(host, port))

    def tick() -> None:
        with state.lock:
            since = state.dirty_since
        if since is not None:
            if time.monotonic() - since >= DEBOUNCE:
                state.rebuild()
                state.reloads.announce()
            return
        if state.refreshing is not None:
            if state.refreshing.is_alive():
                return  # saves made meanwhile are rebuilt at once (the refresh only reads output/)
            state.refreshing = None
            state.finish_refresh()
        if state.search_stale:
            state.search_stale = False
            state.start_refresh()  # the server keeps serving and rebuilding while Pagefind runs
        elif state.built_elsewhere():
            state.rebuild()  # another process built output/ (a CLI build): make the preview's again
            state.reloads.announce()
        else:
            state.save_when_idle()

    ioloop.PeriodicCallback(tick, TICK * 1000).start()
    shown = f"[{host}]" if ":" in host else host
    url = f"http://{shown}:{port}{state.base_path}"
    log.info("Previewing at %s (Ctrl+C to stop)", url)
    if open_browser:
        ioloop.IOLoop.current().call_later(1.0, lambda: webbrowser.open(url))
    try:
        server.serve(port=port, host=host, root=str(state.output), restart_delay=0)
    finally:
        stop.set()
        if state.refreshing is not None:
            state.refreshing.join(timeout=120)  # a staged index not moved in: the next build re-indexes
        remove_made(search_staging(state.output))  # only a folder this tool made, never a user's
        state.warm.save(root)
