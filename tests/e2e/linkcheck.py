"""Crawl a built site's files as a browser would see them under the site's base URL."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

LOADING_RELS = {"stylesheet", "icon", "preload", "modulepreload", "manifest"}
LOADING_TAGS = {"script", "img", "iframe", "source", "video", "audio", "embed"}


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str, str, bool]] = []  # (tag, attribute, value, loads it)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        if "id" in values:
            self.ids.add(values["id"])
        rels = set(values.get("rel", "").split())
        loads = tag in LOADING_TAGS or (tag == "link" and bool(rels & LOADING_RELS))
        for name in ("href", "src"):
            if name in values:
                self.links.append((tag, name, values[name], loads))


def _page_url(output: Path, file: Path, base_url: str) -> str:
    rel = file.relative_to(output).as_posix()
    return base_url + (rel[: -len("index.html")] if rel.endswith("index.html") else rel)


def _target(output: Path, url: str, base_url: str) -> Path | None:
    """The file that serves `url` (an absolute URL under base_url), or None."""
    rel = unquote(url[len(base_url) :])
    candidate = output / rel
    if rel == "" or rel.endswith("/"):
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def broken_links(output: Path, base_url: str) -> list[str]:
    """Every internal link, asset or fragment that does not resolve, and every third-party load."""
    pages: dict[Path, _Page] = {}
    for file in sorted(output.rglob("*.html")):
        page = _Page()
        page.feed(file.read_text(encoding="utf-8"))
        pages[file] = page
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base_url))
    problems: list[str] = []
    for file, page in pages.items():
        here = _page_url(output, file, base_url)
        for tag, attr, value, loads in page.links:
            absolute = urljoin(here, value)
            parts = urlsplit(absolute)
            where = f"{file.relative_to(output)}: <{tag} {attr}={value!r}>"
            if parts.scheme not in ("http", "https"):
                if parts.scheme != "mailto":
                    problems.append(f"{where}: unexpected scheme")
                continue
            if not absolute.startswith(origin):
                if loads:
                    problems.append(f"{where}: loads from a third-party host")
                continue
            without_fragment = absolute.split("#", 1)[0].split("?", 1)[0]
            if not without_fragment.startswith(base_url):
                problems.append(f"{where}: leaves the site's base path")
                continue
            target = _target(output, without_fragment, base_url)
            if target is None:
                problems.append(f"{where}: nothing is served at {parts.path}")
            elif parts.fragment and target in pages and parts.fragment not in pages[target].ids:
                problems.append(f"{where}: no id '{parts.fragment}' in {target.relative_to(output)}")
    return problems
