"""`--map FILE`: what an editor knows about each page of a folder, in one YAML file.

    # one entry per page: its path from this file's folder (or its file name) and its URL,
    # or a mapping of the flags that describe one page
    reuters/ferry.txt: https://www.reuters.com/world/ferry-link-2025-03-01/
    nhk-ferry.txt:
      url: https://www3.nhk.or.jp/news/html/ferry.html
      outlet: nhk
      published: 2025-03-01T09:30+09:00
      authors: [Aiko Mori]

A page's outlet is then found from its URL's host (see `outlets.resolve_outlet`) unless the entry
names one. Problems are collected and reported together, each at its line of the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.errors import did_you_mean
from generator.ingest.model import Request
from generator.load.yamlio import Node, NodeList, YamlError, load_yaml
from generator.render.urls import is_slug, url_problem

MAP_FIELDS = ("url", "outlet", "title", "published", "via", "authors", "dateline", "id")
MAX_MAP_BYTES = 1_000_000


@dataclass(frozen=True)
class PageMap:
    """Each page's own flags, by resolved path and by file name (`file`: where they were read)."""

    file: Path
    by_path: Mapping[Path, Request]
    lines: Mapping[Path, int]
    bare_names: frozenset[str] = frozenset()  # keys written as a file name alone

    def entry_for(self, path: Path) -> Path | None:
        """The key of the entry for the input `path`: its own path from the map's folder, or a
        bare file name that is the input's name."""
        resolved = path.resolve()
        if resolved in self.by_path:
            return resolved
        bare = (self.file.parent / path.name).resolve()
        return bare if bare in self.by_path and bare.name in self.bare_names else None

    def request_for(self, path: Path | None, base: Request) -> Request:
        """`base` (the command line's flags) with this page's entries filled over it."""
        key = self.entry_for(path) if path is not None else None
        if key is None:
            return base
        entry = self.by_path[key]
        given = {name: getattr(entry, name) for name in _REQUEST_FIELDS if getattr(entry, name)}
        return replace(base, **given)

    def unused(self, paths: list[Path]) -> list[str]:
        """Entries that name no input of this run, as 'file:line: name: ...' warnings."""
        used = {key for p in paths if (key := self.entry_for(p)) is not None}
        return [
            f"{self.file}:{line}: {path.name}: no input of this run is this page; entry not used"
            for path, line in sorted(self.lines.items(), key=lambda item: item[1])
            if path not in used
        ]


_REQUEST_FIELDS = ("url", "outlet", "title", "published", "via", "authors", "dateline", "article_id")


def read_map(file: Path) -> tuple[PageMap | None, list[str]]:
    """The page map in `file`, or None and every problem found, each as 'file:line: message'."""
    try:
        if file.stat().st_size > MAX_MAP_BYTES:
            return None, [f"{file}: larger than {MAX_MAP_BYTES:,} bytes; is it a page map?"]
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return None, [f"{file}: cannot read the page map: {exc}"]
    try:
        data = load_yaml(text)
    except YamlError as exc:
        return None, [f"{file}:{exc.line or 1}: {exc}"]
    if not isinstance(data, Node):
        return None, [f"{file}:1: expected a mapping of page paths to URLs or flags"]
    problems: list[str] = []
    by_path: dict[Path, Request] = {}
    lines: dict[Path, int] = {}
    for key, value in data.items():
        line = data.line_of(key)
        request = _entry(str(key), value, f"{file}:{line}: {key}", problems)
        if request is not None:
            path = (file.parent / str(key)).resolve()
            by_path[path] = request
            lines[path] = line
    bare = frozenset(str(key) for key in data if "/" not in str(key) and "\\" not in str(key))
    return (None if problems else PageMap(file, by_path, lines, bare)), problems


def _entry(key: str, value: Any, where: str, problems: list[str]) -> Request | None:
    """One page's entry: a URL, or a mapping of flags."""
    if isinstance(value, str):
        value = {"url": value}
    if not isinstance(value, dict):
        problems.append(f"{where}: expected the page's URL or a mapping of {', '.join(MAP_FIELDS)}")
        return None
    fields: dict[str, Any] = {}
    for name, item in value.items():
        if name not in MAP_FIELDS:
            problems.append(f"{where}: {name}: unknown field{did_you_mean(str(name), MAP_FIELDS)}")
            continue
        if name == "authors":
            names = list(item) if isinstance(item, NodeList | list) else [item]
            if not all(isinstance(n, str) and n.strip() for n in names):
                problems.append(f"{where}: authors: expected a list of names")
                continue
            fields["authors"] = tuple(n.strip() for n in names)
            continue
        if not isinstance(item, str | int | float) or isinstance(item, bool) or not str(item).strip():
            problems.append(f"{where}: {name}: expected text")
            continue
        fields["article_id" if name == "id" else name] = str(item).strip()
    url = fields.get("url")
    if url is not None and (problem := url_problem(url)):
        problems.append(f"{where}: url: {problem}")
    identifier = fields.get("article_id")
    if identifier is not None and not is_slug(identifier):
        problems.append(
            f"{where}: id: '{identifier}' is not an id: use lowercase letters, digits and hyphens"
        )
    return Request(**fields)
