"""Serve a built site from 127.0.0.1 under its base path, the way GitHub Pages serves it."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

CANONICAL = re.compile(r'<link rel="canonical" href="([^"]+)"')
STORY_LINK = re.compile(r'<a href="([^"#]*/stories/[^"#]+/)"')


def base_path(output: Path) -> str:
    """The path the site was built for, read from the home page's canonical link."""
    found = CANONICAL.search((output / "index.html").read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"{output / 'index.html'}: no canonical link to read the base path from")
    return urlsplit(found.group(1)).path


def first_story(output: Path) -> str:
    """The path of the newest story, as linked from the home page."""
    found = STORY_LINK.search((output / "index.html").read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"{output / 'index.html'}: no link to a story")
    return found.group(1)


class _Handler(SimpleHTTPRequestHandler):
    """Files of the built site under `base`; anything else is the site's own 404 page."""

    base = "/"

    def translate_path(self, path: str) -> str:
        path = urlsplit(path).path
        if not path.startswith(self.base):
            return str(Path(self.directory) / ".missing")
        return super().translate_path("/" + path[len(self.base) :])

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(code)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serve(output: Path) -> Iterator[str]:
    """Serve `output` on a free port of 127.0.0.1 and yield the site's URL; stop on exit."""
    site_path = base_path(output)

    class Handler(_Handler):
        base = site_path

    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(Handler, directory=str(output)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{site_path}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
