"""The inputs of one `briefing ingest` run: files, folders of them, or '-' for standard input."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from generator.errors import Report
from generator.ingest.html_extract import looks_like_html
from generator.ingest.model import IngestFailure
from generator.ingest.pipeline import Source
from generator.load.textfile import MAX_BYTES, read_source

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
STDIN = "-"
_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.I)


@dataclass(frozen=True)
class Input:
    """One input to ingest: a file, or standard input when `path` is None."""

    name: str
    path: Path | None


def expand(paths: list[str]) -> Iterator[Input | IngestFailure]:
    """Each input named, folders opened (sorted, supported files only); a failure per bad name."""
    for name in paths:
        if name == STDIN:
            yield Input("<stdin>", None)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                yield IngestFailure(f"{name}: no .txt, .html or .htm files in this folder")
            yield from (Input(str(p), p) for p in files)
        elif not path.exists():
            yield IngestFailure(f"{name}: no such file or folder")
        elif path.suffix.lower() not in TEXT_SUFFIXES + HTML_SUFFIXES:
            yield IngestFailure(
                f"{name}: unsupported file type '{path.suffix}': expected .txt, .html or .htm"
            )
        else:
            yield Input(name, path)


def read(item: Input, root: Path) -> Source:
    """The input's text; IngestFailure when it cannot be read as text or is over `MAX_BYTES`.

    The size is known before anything is read (a file's from the file system, standard input's
    from reading at most one byte more than the limit), so a page of gigabytes costs nothing.
    """
    if item.path is None:
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        if len(data) > MAX_BYTES:
            raise IngestFailure(_too_big("more than", MAX_BYTES))
        try:
            text = data.decode("utf-8-sig").replace("\r\n", "\n")
        except UnicodeDecodeError as exc:
            raise IngestFailure(f"not valid UTF-8 (byte {exc.start})") from None
        return Source(item.name, text, looks_like_html(text))
    is_html = item.path.suffix.lower() in HTML_SUFFIXES
    try:
        size = item.path.stat().st_size
    except OSError as exc:
        raise IngestFailure(f"cannot read: {exc.strerror}") from None
    if size > MAX_BYTES:
        raise IngestFailure(_too_big("", size))
    report = Report(root)
    text = read_source(item.path, report)
    if text is None and is_html:
        text = _declared_charset(item.path)
    if text is None:
        found = [(f"line {p.line}: " if p.line else "") + p.message for p in report.problems]
        raise IngestFailure("; ".join(found) or "cannot read")
    if not text.strip():
        raise IngestFailure("the file is empty")
    return Source(item.name, text, is_html)


def _too_big(what: str, size: int) -> str:
    """'the page is 19968 KiB; the limit is 5120 KiB, so it was not read'."""
    return (
        f"the page is {what + ' ' if what else ''}{size // 1024} KiB; the limit is {MAX_BYTES // 1024} KiB, "
        "so it was not read"
    )


def _declared_charset(path: Path) -> str | None:
    """An HTML page in the encoding its `<meta charset>` declares, when that is not UTF-8."""
    data = path.read_bytes()
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return data.decode(match.group(1).decode("ascii")).replace("\r\n", "\n")
    except (LookupError, UnicodeDecodeError):
        return None
