"""Which Host names, origins, paths and ports the preview accepts (the rules, without a server)."""

from __future__ import annotations

import argparse

import pytest

from generator.preview.guard import MAX_PATH, Addresses, path_problem
from generator.preview.ports import port_number

LOOPBACK = Addresses.of("127.0.0.1", 8000)


@pytest.mark.parametrize(
    ("host", "allowed"),
    [
        ("127.0.0.1:8000", True),
        ("localhost:8000", True),
        ("LOCALHOST:8000", True),
        ("[::1]:8000", True),
        ("localhost:08000", True),
        ("evil.example:8000", False),
        ("localhost.evil.example:8000", False),
        ("localhost.:8000", False),
        ("127.0.0.1:8001", False),
        ("127.0.0.1", False),  # port 80
        ("::1:8000", False),  # IPv6 without brackets
        ("192.168.1.4:8000", False),  # an address, but the preview is bound to loopback only
        ("localhost:٨٠٠٠", False),  # Arabic-Indic digits
        ("", False),
        (None, False),
    ],
)
def test_the_hosts_of_a_loopback_preview(host, allowed):
    assert LOOPBACK.allows_host(host) is allowed


def test_a_host_without_a_port_is_port_80():
    assert Addresses.of("127.0.0.1", 80).allows_host("localhost")
    assert not Addresses.of("127.0.0.1", 80).allows_host("localhost:8000")


@pytest.mark.parametrize(
    ("bound", "host", "allowed"),
    [
        ("mybox.lan", "MyBox.lan:8000", True),
        ("mybox.lan", "localhost:8000", True),
        ("mybox.lan", "192.168.1.4:8000", False),
        ("::1", "[::1]:8000", True),
        ("fe80::1", "[fe80::1]:8000", True),
        ("fe80::1", "[fe80::2]:8000", False),
        ("192.168.1.4", "192.168.1.4:8000", True),
        ("192.168.1.4", "192.168.1.5:8000", False),
        # Bound to every interface: any address written as digits, never another name.
        ("0.0.0.0", "192.168.1.4:8000", True),
        ("0.0.0.0", "[fe80::1]:8000", True),
        ("::", "10.0.0.7:8000", True),
        ("0.0.0.0", "evil.example:8000", False),
        ("0.0.0.0", "192.168.1.4:8001", False),
    ],
)
def test_the_hosts_of_a_preview_bound_elsewhere(bound, host, allowed):
    assert Addresses.of(bound, 8000).allows_host(host) is allowed


@pytest.mark.parametrize(
    ("bound", "where"),
    [
        ("127.0.0.1", "localhost, 127.0.0.1 or [::1] on port 8000"),
        ("mybox.lan", "localhost, 127.0.0.1, [::1] or mybox.lan on port 8000"),
        ("fe80::1", "localhost, 127.0.0.1, [::1] or [fe80::1] on port 8000"),
        ("0.0.0.0", "localhost, 127.0.0.1, [::1] or any IP address on port 8000"),
    ],
)
def test_a_refusal_says_where_the_preview_answers(bound, where):
    assert Addresses.of(bound, 8000).where() == where


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [
        ("http://127.0.0.1:8000", True),
        ("http://localhost:8000", True),
        ("http://[::1]:8000", True),
        ("https://127.0.0.1:8000", False),
        ("http://127.0.0.1:8001", False),
        ("http://evil.example:8000", False),
        ("http://127.0.0.1:8000/page", False),
        ("http://user@127.0.0.1:8000", False),
        ("http://[::1:8000", False),  # not a URL
        ("null", False),
        ("", False),
    ],
)
def test_the_origins_of_a_loopback_preview(origin, allowed):
    assert LOOPBACK.allows_origin(origin) is allowed


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/briefing-site/", None),
        ("/briefing-site/stories/a-b/index.html", None),
        ("/briefing-site/a..b/", None),
        ("/briefing-site/caf%C3%A9/", None),
        ("/" + "a" * (MAX_PATH - 1), None),
        ("/" + "a" * MAX_PATH, (414, f"the path is longer than {MAX_PATH} characters")),
        ("*", (400, "the path does not start with '/'")),
        ("http://evil.example/", (400, "the path does not start with '/'")),
        ("/%00", (400, "the path holds a control character")),
        ("/a%7Fb", (400, "the path holds a control character")),
        ("/a\tb", (400, "the path holds a control character")),
        ("/%ff", (400, "the path is not UTF-8")),
        ("/%c0%af", (400, "the path is not UTF-8")),
        ("/%ed%a0%80", (400, "the path is not UTF-8")),
        ("/a\\b", (400, "the path holds a backslash")),
        ("/a%5Cb", (400, "the path holds a backslash")),
        ("/..", (400, "the path holds a '.' or '..' segment")),
        ("/a/%2E%2e/b", (400, "the path holds a '.' or '..' segment")),
        ("/a/./b", (400, "the path holds a '.' or '..' segment")),
    ],
)
def test_paths_no_file_can_have(path, problem):
    assert path_problem(path) == problem


@pytest.mark.parametrize(("text", "port"), [("0", 0), ("80", 80), ("8000", 8000), ("65535", 65535)])
def test_a_port(text, port):
    assert port_number(text) == port


@pytest.mark.parametrize("text", ["65536", "99999", "-1", "", " 80", "80 ", "+80", "8e3", "0x50", "٨٠"])
def test_not_a_port(text):
    with pytest.raises(argparse.ArgumentTypeError) as error:
        port_number(text)
    assert str(error.value) == (
        f"{text!r} is not a port: give a whole number from 0 to 65535 (0 picks a free port)"
    )
