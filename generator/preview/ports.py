"""The `--port` flag of `briefing serve`: a port number, checked before anything starts.

Kept apart from the preview server so that parsing the command line loads no web server."""

from __future__ import annotations

import argparse

PORTS = range(0, 65536)  # 0: the system picks a free port


def port_number(text: str) -> int:
    """A whole number from 0 to 65535; anything else is a usage error (argparse's exit 2)."""
    port = int(text) if text.isascii() and text.isdigit() else -1
    if port not in PORTS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a port: give a whole number from 0 to 65535 (0 picks a free port)"
        )
    return port
