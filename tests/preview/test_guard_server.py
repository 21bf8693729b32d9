"""The preview answers its own user only: probes of issue 20 against a running `briefing serve`.

Other Host names (DNS rebinding), websockets of other origins, the state-changing GET of
livereload, paths no file can have, the base path without its slash, ports out of range or in
use, and requests that never finish their headers.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import http.client
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from generator.preview.guard import BODY_TIMEOUT, HEADER_TIMEOUT, MAX_PATH
from tests.e2e.test_serve import example_site, fetch, server, serving, wait_for  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e
BASE = "/briefing-site/"
WS_KEY = "dGhlIHNhbXBsZSBub25jZQ=="  # any 16 bytes in base64 (RFC 6455's example)


@dataclass(frozen=True)
class Preview:
    port: int
    root: Path
    log: Path

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def other_port(self) -> int:
        return self.port + 1 if self.port < 65535 else self.port - 1

    def logged(self) -> int:
        """How far the server's log goes now."""
        return self.log.stat().st_size

    def tracebacks(self, since: int) -> list[str]:
        """Lines of a traceback the server logged after `since` (a `logged()` value)."""
        with self.log.open("rb") as log:
            log.seek(since)
            text = log.read().decode("utf-8", "replace")
        return [line for line in text.splitlines() if "Traceback" in line or "Uncaught exception" in line]


@pytest.fixture(scope="module")
def preview(tmp_path_factory) -> Iterator[Preview]:
    tmp = tmp_path_factory.mktemp("guard")
    with serving(tmp) as (base, root):
        port = int(base.split(":")[2].split("/")[0])
        yield Preview(port, root, tmp / "serve.log")


@dataclass(frozen=True)
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: str


def ask(port: int, request: bytes) -> Answer:
    """Send `request` as it is, read one response."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(request)
        response = http.client.HTTPResponse(sock)
        response.begin()
        body = response.read().decode("utf-8", "replace")
        return Answer(response.status, response.headers, body)


def get(port: int, path: str, host: str | None, *headers: str) -> Answer:
    """A GET of `path`; with no `host`, an HTTP/1.0 one (HTTP/1.1 requires the header)."""
    version = "1.1" if host is not None else "1.0"
    lines = [f"GET {path} HTTP/{version}", *([f"Host: {host}"] if host is not None else []), *headers]
    return ask(port, ("\r\n".join([*lines, "Connection: close", "", ""])).encode("latin-1"))


def handshake(port: int, host: str, origin: str) -> Answer:
    """The opening of a websocket to the live-reload endpoint, as a page of `origin` sends it."""
    return get(
        port,
        "/livereload",
        host,
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {WS_KEY}",
        "Sec-WebSocket-Version: 13",
        f"Origin: {origin}",
    )


def refused_host(port: int) -> str:
    return f"403: this preview answers only at localhost, 127.0.0.1 or [::1] on port {port}\n"


# -- Host ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "evil.example:{port}",  # a name that an attacker's DNS points at 127.0.0.1
        "127.0.0.1.evil.example:{port}",
        "localhost.:{port}",
        "localhost:{other}",  # the right name, another port
        "127.0.0.1",  # no port: port 80
        "",
        None,  # no Host header at all (HTTP/1.0)
    ],
)
def test_a_host_that_is_not_the_preview_is_refused(preview, host):
    host = host and host.format(port=preview.port, other=preview.other_port)
    answer = get(preview.port, BASE, host)
    assert (answer.status, answer.body) == (403, refused_host(preview.port))
    assert answer.headers["Content-Type"] == "text/plain; charset=utf-8"


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost", "LocalHost", "[::1]"])
def test_the_preview_answers_at_its_own_names(preview, name):
    answer = get(preview.port, BASE, f"{name}:{preview.port}")
    assert answer.status == 200 and "Latest briefings" in answer.body


# -- the live-reload websocket ---------------------------------------------------------------


@pytest.mark.parametrize(
    "origin",
    [
        "http://evil.example:{port}",
        "http://127.0.0.1:{other}",  # another server of this machine
        "https://127.0.0.1:{port}",
        "http://127.0.0.1:{port}.evil.example",
        "null",  # a sandboxed frame or a file:// page
    ],
)
def test_a_websocket_from_another_origin_is_refused(preview, origin):
    origin = origin.format(port=preview.port, other=preview.other_port)
    answer = handshake(preview.port, preview.host, origin)
    assert (answer.status, answer.body) == (403, "Cross origin websockets not allowed")


def test_a_rebound_page_cannot_open_the_websocket(preview):
    # After DNS rebinding the page's origin and the Host both carry the attacker's name.
    evil = f"evil.example:{preview.port}"
    answer = handshake(preview.port, evil, f"http://{evil}")
    assert (answer.status, answer.body) == (403, refused_host(preview.port))


def livereload_exchange(port: int, origin: str, message: str) -> tuple[str | None, int | None]:
    """Open the websocket as a page of `origin`, send one message, return the reply and, if the
    server closed the socket, its close code."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    async def run() -> tuple[str | None, int | None]:
        request = HTTPRequest(
            f"ws://127.0.0.1:{port}/livereload", headers={"Origin": origin}, connect_timeout=5
        )
        ws = await websocket_connect(request)
        await ws.write_message(message)
        reply = await asyncio.wait_for(ws.read_message(), 5)
        code = ws.close_code
        ws.close()
        return (reply if isinstance(reply, str | None) else reply.decode()), code

    return _run_alone(run())


@pytest.mark.parametrize("name", ["127.0.0.1", "localhost"])
def test_a_page_of_the_preview_gets_the_livereload_greeting(preview, name):
    reply, code = livereload_exchange(preview.port, f"http://{name}:{preview.port}", '{"command": "hello"}')
    assert reply is not None and '"command": "hello"' in reply and code is None


@pytest.mark.parametrize("message", ["garbage", "[1]", '{"command": 5}', '"hello"'])
def test_a_message_that_is_not_livereload_closes_the_websocket_quietly(preview, message):
    before = preview.logged()
    reply, code = livereload_exchange(preview.port, f"http://{preview.host}", message)
    assert (reply, code) == (None, 1003)
    assert preview.tracebacks(since=before) == []


# -- no state-changing GET -------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/forcereload", "/forcereload?path=/briefing-site/"])
def test_no_get_reloads_the_open_pages(preview, path):
    assert get(preview.port, path, preview.host).status == 404


# -- paths no file can have ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status", "reason"),
    [
        ("%00", 400, "the path holds a control character"),
        ("index%00.html", 400, "the path holds a control character"),
        ("stories/%0a/", 400, "the path holds a control character"),
        ("%ff", 400, "the path is not UTF-8"),
        ("%c0%af", 400, "the path is not UTF-8"),  # an over-long '/'
        ("%ed%a0%80", 400, "the path is not UTF-8"),  # a UTF-16 surrogate
        ("..%5c..%5csite.yaml", 400, "the path holds a backslash"),
        ("static\\style.css", 400, "the path holds a backslash"),
        ("%2e%2e/%2e%2e/site.yaml", 400, "the path holds a '.' or '..' segment"),
        ("../site.yaml", 400, "the path holds a '.' or '..' segment"),
        ("./index.html", 400, "the path holds a '.' or '..' segment"),
        ("a" * MAX_PATH, 414, f"the path is longer than {MAX_PATH} characters"),
    ],
)
def test_a_path_no_file_can_have_is_refused_without_a_traceback(preview, path, status, reason):
    before = preview.logged()
    answer = get(preview.port, BASE + path, preview.host)
    assert (answer.status, answer.body) == (status, f"{status}: {reason}\n")
    assert preview.tracebacks(since=before) == []


@pytest.mark.parametrize("path", ["a" * 300 + "/", "a/" * (MAX_PATH // 2 - len(BASE))])
def test_a_long_path_within_the_limit_is_not_found_without_a_traceback(preview, path):
    before = preview.logged()
    answer = get(preview.port, BASE + path, preview.host)
    assert answer.status == 404 and "Page not found" in answer.body
    assert preview.tracebacks(since=before) == []


# -- the base path ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "location"),
    [("/briefing-site", BASE), ("/briefing-site?q=1", BASE + "?q=1"), ("/", BASE)],
)
def test_the_base_path_without_its_slash_redirects(preview, path, location):
    answer = get(preview.port, path, preview.host)
    assert (answer.status, answer.headers["Location"]) == (302, location)


# -- slow requests ---------------------------------------------------------------------------


def test_a_request_that_never_finishes_is_closed(preview):
    """A connection that never ends its headers, or never sends its body, is closed after
    HEADER_TIMEOUT / BODY_TIMEOUT seconds; the server answers others meanwhile."""
    started = time.monotonic()
    partial = {
        "headers": f"GET {BASE} HTTP/1.1\r\nHost: {preview.host}\r\n".encode(),
        "body": f"POST {BASE} HTTP/1.1\r\nHost: {preview.host}\r\nContent-Length: 100\r\n\r\nabc".encode(),
    }
    socks = {}
    for name, data in partial.items():
        socks[name] = socket.create_connection(("127.0.0.1", preview.port), timeout=HEADER_TIMEOUT + 10)
        socks[name].sendall(data)
    try:
        assert get(preview.port, BASE, preview.host).status == 200
        closed = {}
        for name, sock in socks.items():
            assert sock.recv(1024) == b"", name  # closed by the server without a response
            closed[name] = time.monotonic() - started
    finally:
        for sock in socks.values():
            sock.close()
    assert HEADER_TIMEOUT - 1 < closed["headers"] < HEADER_TIMEOUT + 5, closed
    assert BODY_TIMEOUT - 1 < closed["body"] < max(HEADER_TIMEOUT, BODY_TIMEOUT) + 5, closed


# -- the port --------------------------------------------------------------------------------


def serve_command(root: Path, *flags: str) -> list[str]:
    return [sys.executable, "-m", "generator", "serve", "--root", str(root), *flags]


@pytest.mark.parametrize("port", ["99999", "65536", "-1", "80x", "８０"])
def test_a_port_out_of_range_is_a_usage_error(tmp_path, port):
    run = subprocess.run(serve_command(tmp_path, "--port", port), capture_output=True, text=True, timeout=30)
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1] == (
        f"briefing serve: error: argument --port: {port!r} is not a port: "
        "give a whole number from 0 to 65535 (0 picks a free port)"
    )


def test_a_port_in_use_is_one_line_and_nothing_is_built(preview, tmp_path):
    root = example_site(tmp_path / "site")
    run = subprocess.run(
        serve_command(root, "--port", str(preview.port)), capture_output=True, text=True, timeout=30
    )
    assert (run.returncode, run.stderr) == (
        2,
        f"error: port {preview.port} is in use on 127.0.0.1; choose another with --port\n",
    )
    assert not (root / "output").exists()


def test_port_zero_serves_on_the_port_it_prints(tmp_path):
    root, log = example_site(tmp_path / "site"), tmp_path / "serve.log"
    with log.open("w") as out:
        process = subprocess.Popen(serve_command(root, "--port", "0"), stdout=out, stderr=subprocess.STDOUT)
    try:
        shown = re.compile(r"Previewing at (http://127\.0\.0\.1:(\d+)/\S*)")
        assert wait_for(lambda: shown.search(log.read_text()) is not None), log.read_text()
        match = shown.search(log.read_text())
        assert match is not None and int(match[2]) != 0
        assert wait_for(lambda: _status(match[1]) == 200), log.read_text()
    finally:
        process.terminate()
        process.wait(timeout=10)


def _status(url: str) -> int | None:
    try:
        return fetch(url)[0]
    except OSError:
        return None


def test_an_open_page_stays_connected_past_the_header_timeout_and_reloads(server):  # noqa: F811
    """The header timeout ends slow requests, never the live-reload websocket of an open page."""
    from tornado.httpclient import HTTPRequest
    from tornado.websocket import websocket_connect

    base, root = server
    origin = base.split("/briefing-site/")[0]
    note = root / "content/briefings/us-approves-landmines-for-ukraine.yaml"

    async def run() -> str | bytes | None:
        request = HTTPRequest(f"ws{origin[4:]}/livereload", headers={"Origin": origin}, connect_timeout=5)
        ws = await websocket_connect(request)
        await ws.write_message('{"command": "hello"}')
        await asyncio.wait_for(ws.read_message(), 5)
        await ws.write_message(f'{{"command": "info", "url": "{base}"}}')
        await asyncio.sleep(HEADER_TIMEOUT + 1)
        note.write_text(note.read_text().replace("title: Biden approves", "title: LATER Biden approves"))
        message = await asyncio.wait_for(ws.read_message(), 15)
        ws.close()
        return message

    message = _run_alone(run())
    assert isinstance(message, str) and '"command": "reload"' in message
    assert "LATER Biden approves" in fetch(base + "stories/us-approves-landmines-for-ukraine/")[1]


def _run_alone(coroutine: Any) -> Any:
    """`asyncio.run` in a thread of its own: a browser test's sync Playwright may have left an
    event loop set in this one, where asyncio.run refuses to start."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
