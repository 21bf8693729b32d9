"""The preview server, run as a user runs it: serve, edit, break, recover (no browser here)."""

from __future__ import annotations

import html
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.e2e
STORY = "stories/us-approves-landmines-for-ukraine/"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8")


def wait_for(predicate, timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def example_site(root: Path) -> Path:
    """A copy of the example site's sources at `root`."""
    root.mkdir()
    for name in ("site.yaml", "content", "templates", "static"):
        source = REPO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, root / name)
    return root


@contextmanager
def serving(tmp: Path, root: Path | None = None) -> Iterator[tuple[str, Path]]:
    """`briefing serve` on a copy of the example site in `tmp` (or on `root`), on a free port of
    127.0.0.1; its output goes to `tmp/serve.log`."""
    root = root or example_site(tmp / "site")
    port = free_port()
    log = open(tmp / "serve.log", "w")  # noqa: SIM115 - closed with the server
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "serve", "--root", str(root), "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}/briefing-site/"
    try:
        assert wait_for(lambda: _up(base)), "server did not start"
        yield base, root
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


@pytest.fixture
def server(tmp_path) -> Iterator[tuple[str, Path]]:
    """`briefing serve` on a copy of the example site, on a free port of 127.0.0.1."""
    with serving(tmp_path) as served:
        yield served


def rebuilds(root: Path) -> int:
    """How many builds the server has logged so far (the first one included)."""
    return (root.parent / "serve.log").read_text().count("Built ")


def _up(url: str) -> bool:
    try:
        return fetch(url)[0] == 200
    except OSError:
        return False


def test_serves_under_the_base_path_with_live_reload(server):
    base, _ = server
    status, body = fetch(base + STORY)
    assert status == 200 and "Biden approves anti-personnel landmines" in body
    assert "livereload.js" in body
    status, body = fetch(base.replace("/briefing-site/", "/"))
    assert status == 200 and "Latest briefings" in body  # the root redirects to the base path
    status, body = fetch(base + "no/such/page/")
    assert status == 404 and "Page not found" in body
    assert fetch(base.rstrip("/"))[1] == fetch(base)[1]  # the base path without its slash redirects
    assert fetch(base + "..%2f..%2fsite.yaml") == (400, "400: the path holds a '.' or '..' segment\n")


def test_edit_rebuilds_and_a_broken_note_shows_errors_then_recovers(server):
    base, root = server
    note = root / "content/briefings/us-approves-landmines-for-ukraine.yaml"
    original = note.read_text()
    note.write_text(original.replace("title: Biden approves", "title: EDITED Biden approves"))
    assert wait_for(lambda: "EDITED Biden approves" in fetch(base + STORY)[1])

    note.write_text(original.replace("topics: [war-in-ukraine", "topics: [war-in-ukrane"))
    assert wait_for(lambda: fetch(base + STORY)[0] == 500)
    body = html.unescape(fetch(base + STORY)[1])
    assert "unknown topic 'war-in-ukrane' (did you mean 'war-in-ukraine'?)" in body
    assert "content/briefings/us-approves-landmines-for-ukraine.yaml:" in body
    assert "EDITED" in (root / "output" / STORY / "index.html").read_text()  # last good site kept

    note.write_text(original)
    assert wait_for(lambda: fetch(base + STORY)[0] == 200)
    assert "EDITED" not in fetch(base + STORY)[1]


def test_a_burst_of_saves_gives_one_rebuild(server):
    _, root = server
    assert wait_for(lambda: rebuilds(root) == 1)
    notes = sorted((root / "content/briefings").glob("*.yaml"))
    for note in notes:
        note.write_text(note.read_text().replace("title: ", "title: Saved ", 1))
        time.sleep(0.02)
    assert wait_for(lambda: rebuilds(root) == 2, timeout=10)
    time.sleep(1.5)
    assert rebuilds(root) == 2
    story = (root / "output/stories/us-approves-landmines-for-ukraine/index.html").read_text()
    assert "Saved Biden approves" in story


def test_a_deleted_note_loses_its_page_in_the_preview(server):
    base, root = server
    (root / "content/briefings/north-korea-troops-and-arms-for-russia.yaml").unlink()
    gone = "stories/north-korea-troops-and-arms-for-russia/"
    assert wait_for(lambda: fetch(base + gone)[0] == 404)
    assert not (root / "output" / gone).exists()
