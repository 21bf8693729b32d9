"""Reading a content file's text safely: size limit, UTF-8, BOM and line endings."""

from __future__ import annotations

from pathlib import Path

from generator.errors import Report

MAX_BYTES = 5 * 1024 * 1024


def read_source(path: Path, report: Report) -> str | None:
    """The file's text with a BOM removed and line endings made '\\n', or None (reported)."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            report.error(path, None, "", f"file is {size // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB")
            return None
        raw = path.read_bytes()
    except OSError as exc:
        report.error(path, None, "", f"cannot read file: {exc.strerror}")
        return None
    if b"\x00" in raw:
        report.error(path, None, "", "file is binary, not text")
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        report.error(path, line, "", f"file is not valid UTF-8 (byte {exc.start})")
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")
