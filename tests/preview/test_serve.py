"""The preview server: loopback by default, nothing outside output/, survives malformed requests."""

from __future__ import annotations

import contextlib
import socket
import urllib.parse
from pathlib import Path

import pytest

from tests.e2e.test_serve import fetch, server  # noqa: F401 (fixture)

pytestmark = pytest.mark.e2e


def listening_addresses(port: int) -> set[str]:
    """The local addresses bound to `port`, from the kernel's socket tables."""
    found = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            lines = Path(table).read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.rsplit(":", 1)
            if int(hex_port, 16) == port and state == "0A":  # LISTEN
                found.add(address)
    return found


def test_listens_on_loopback_only(server):  # noqa: F811
    base, _ = server
    addresses = listening_addresses(urllib.parse.urlsplit(base).port or 0)
    assert addresses, "the server's socket was not found"
    assert addresses <= {"0100007F", "00000000000000000000000001000000"}, addresses  # 127.0.0.1, ::1


@pytest.mark.parametrize(
    "path",
    [
        "../site.yaml",
        "..%2fsite.yaml",
        "%2e%2e/site.yaml",
        "%2e%2e%2fsite.yaml",
        "..%5csite.yaml",
        "static/..%2f..%2fsite.yaml",
        "%252e%252e%252fsite.yaml",
        "/etc/passwd",
        "..;/site.yaml",
    ],
)
def test_no_file_outside_output_is_served(server, path):  # noqa: F811
    base, _root = server
    status, body = fetch(base + path)
    assert status in (400, 403, 404), (path, status)
    assert "base_url" not in body


def test_malformed_requests_do_not_kill_the_server(server):  # noqa: F811
    base, _ = server
    port = urllib.parse.urlsplit(base).port
    for garbage in (
        b"\x00\xff\xfe garbage\r\n\r\n",
        b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n",
        b"GET /briefing-site/ HTTP/9.9\r\nHost: x\r\n\r\n",
        b"POST /briefing-site/ HTTP/1.1\r\nContent-Length: -5\r\n\r\n",
    ):
        with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
            sock.sendall(garbage)
            with contextlib.suppress(TimeoutError, ConnectionResetError):
                sock.recv(1024)
    assert fetch(base)[0] == 200


def test_saves_during_rebuilds_end_with_the_site_matching_the_files(server):  # noqa: F811
    import time

    from tests.e2e.test_serve import STORY, wait_for

    base, root = server
    note = root / "content/briefings/us-approves-landmines-for-ukraine.yaml"
    original = note.read_text()
    for n in range(12):  # saves spread over about two rebuilds
        note.write_text(original.replace("title: Biden approves", f"title: SAVE{n} Biden approves"))
        time.sleep(0.15)
    assert wait_for(lambda: "SAVE11 Biden approves" in fetch(base + STORY)[1], timeout=15)
    time.sleep(1.0)
    assert "SAVE11 Biden approves" in fetch(base + STORY)[1]
