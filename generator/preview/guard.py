"""Who may talk to the preview server, and which requests it refuses before they reach a handler.

The preview serves drafts, so it answers only its own user: a request whose `Host` is not one of
the preview's own addresses is refused (a page on another site can point its own name at
127.0.0.1, "DNS rebinding", but its requests then carry that name), and so is a live-reload
websocket opened by a page of another origin. Paths that no file of `output/` can have (a NUL or
other control character, bytes that are not UTF-8, a backslash, a `.` or `..` segment, more than
`MAX_PATH` characters) get a short plain-text 400 or 414 here, before Tornado's static handler
would look them up on disk.
"""

from __future__ import annotations

import ipaddress
import json
import urllib.parse
from dataclasses import dataclass
from typing import Any

from livereload.handlers import LiveReloadHandler
from tornado import httputil, web

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
WILDCARDS = frozenset({"", "0.0.0.0", "::"})  # a --host that binds every interface
MAX_PATH = 2048  # characters of the request path as sent (percent escapes included)
HEADER_TIMEOUT = 5.0  # seconds to send a request's headers (and to keep an idle connection)
BODY_TIMEOUT = 5.0  # seconds to send a request's body
MAX_BODY = 64 * 1024  # bytes of a request body (the preview takes none)
MAX_MESSAGE = 64 * 1024  # bytes of a live-reload websocket message (the browser's are ~200)


@dataclass(frozen=True)
class Addresses:
    """The `host:port` values this preview answers to.

    The loopback names always; the `--host` the user bound, when it is another; and, when that
    binds every interface (`0.0.0.0`, `::`), any IP address written as digits, since a page can
    rebind only a name it owns, never an address. A `Host` without a port means port 80."""

    names: frozenset[str]
    port: int
    any_address: bool = False

    @classmethod
    def of(cls, host: str, port: int) -> Addresses:
        wildcard = host in WILDCARDS
        names = set(LOOPBACK_NAMES)
        if not wildcard:
            names.add(_bracketed(host.lower()))
        return cls(frozenset(names), port, wildcard)

    def allows_host(self, host: str | None) -> bool:
        """True for a `Host` header naming this preview (case-insensitive)."""
        if not host or not host.isascii():
            return False
        name, port = httputil.split_host_and_port(host.lower())
        if (80 if port is None else port) != self.port:
            return False
        return name in self.names or (self.any_address and _is_address(name))

    def allows_origin(self, origin: str) -> bool:
        """True for an `Origin` header of a page served by this preview."""
        try:
            parts = urllib.parse.urlsplit(origin)
        except ValueError:
            return False
        clean = not (parts.path or parts.query or parts.fragment or parts.username or parts.password)
        return parts.scheme == "http" and clean and self.allows_host(parts.netloc)

    def where(self) -> str:
        """The addresses, for the message of a refused request."""
        names = [*LOOPBACK_NAMES, *sorted(self.names.difference(LOOPBACK_NAMES))]
        if self.any_address:
            names.append("any IP address")
        return f"{', '.join(names[:-1])} or {names[-1]} on port {self.port}"


def _bracketed(name: str) -> str:
    """An IPv6 address as it appears in a `Host` header: in brackets."""
    return f"[{name}]" if ":" in name and not name.startswith("[") else name


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name[1:-1] if name.startswith("[") and name.endswith("]") else name)
    except ValueError:
        return False
    return True


def path_problem(path: str) -> tuple[int, str] | None:
    """Why a request path (as sent, percent escapes and all) cannot name a file, with its status."""
    if len(path) > MAX_PATH:
        return 414, f"the path is longer than {MAX_PATH} characters"
    if not path.startswith("/"):
        return 400, "the path does not start with '/'"
    try:
        text = urllib.parse.unquote_to_bytes(path).decode("utf-8")
    except UnicodeDecodeError:
        return 400, "the path is not UTF-8"
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        return 400, "the path holds a control character"
    if "\\" in text:
        return 400, "the path holds a backslash"
    if any(part in (".", "..") for part in text.split("/")):
        return 400, "the path holds a '.' or '..' segment"
    return None


class Refused(web.RequestHandler):
    """Answers a refused request with its status and a one-line plain-text reason."""

    def initialize(self, status: int, reason: str) -> None:
        self.status, self.reason = status, reason

    def prepare(self) -> None:
        self.set_status(self.status)
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("X-Content-Type-Options", "nosniff")
        self.finish(f"{self.status}: {self.reason}\n")


class GuardedApplication(web.Application):
    """A Tornado application that refuses other hosts and impossible paths before routing."""

    def __init__(self, addresses: Addresses, handlers: list[Any], **settings: Any):
        super().__init__(handlers, **settings)
        self.addresses = addresses

    def find_handler(self, request: httputil.HTTPServerRequest, **kwargs: Any) -> web._HandlerDelegate:
        if not self.addresses.allows_host(request.headers.get("Host")):
            reason = f"this preview answers only at {self.addresses.where()}"
            return self.get_handler_delegate(request, Refused, {"status": 403, "reason": reason})
        problem = path_problem(request.path)
        if problem is not None:
            status, reason = problem
            return self.get_handler_delegate(request, Refused, {"status": status, "reason": reason})
        return super().find_handler(request, **kwargs)


class GuardedLiveReload(LiveReloadHandler):
    """livereload's websocket, for pages of this preview only, closed on a message not its own."""

    def initialize(self, addresses: Addresses) -> None:
        self.addresses = addresses

    def prepare(self) -> None:
        # Tornado asks `check_origin` only when the origin looks foreign to it (its host and port
        # differ from the Host header's); an origin is checked whole here, scheme included.
        origin = self.request.headers.get("Origin")
        if origin is not None and not self.addresses.allows_origin(origin):
            self.set_status(403)
            self.finish("Cross origin websockets not allowed")

    def check_origin(self, origin: str) -> bool:
        return self.addresses.allows_origin(origin)

    def on_message(self, message: str | bytes) -> None:
        try:
            data = json.loads(message)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("command"), str):
            self.close(1003, "not a livereload message")
            return
        super().on_message(message)
