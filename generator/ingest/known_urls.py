"""The original URLs already ingested: one article per page, whatever its id.

An article's `url` is compared loosely (scheme, 'www.', a trailing slash, the fragment and
tracking parameters such as `utm_source` do not count), so the same page ingested twice is found
even when it was copied from another link to it.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from generator.load.articles import split_front_matter
from generator.load.yamlio import YamlError, load_yaml

_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "cmpid", "smid", "share")
MAX_FRONT_MATTER = 64_000


def url_key(url: str) -> str:
    """`url` reduced to what names the page: 'https://www.x.org/a/?utm_source=y#top' -> 'x.org/a'."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    host = (parts.hostname or "").removeprefix("www.")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not k.startswith(_TRACKING)]
    path = parts.path.rstrip("/")
    return host + path + (f"?{urlencode(sorted(query))}" if query else "")


def known_urls(articles: Path) -> dict[str, str]:
    """The `url` of every article file in `articles`, by `url_key`, with the article's id (the
    first in name order when two share one). Files that cannot be read are skipped: the build
    reports them."""
    found: dict[str, str] = {}
    if not articles.is_dir():
        return found
    for path in sorted(articles.glob("*.md")):
        url = _url_of(path)
        if url:
            found.setdefault(url_key(url), path.stem)
    return found


def _url_of(path: Path) -> str | None:
    return article_identity(path)[0]


def article_identity(path: Path) -> tuple[str | None, str | None]:
    """The `url` and `title` of an article file's front matter (None for what cannot be read)."""
    try:
        with path.open("rb") as handle:
            text = handle.read(MAX_FRONT_MATTER).decode("utf-8-sig", errors="replace")
    except OSError:
        return None, None
    parts = split_front_matter(text)
    if parts is None:
        return None, None
    try:
        data = load_yaml(parts[0])
    except YamlError:
        return None, None
    url = data.get("url") if isinstance(data, dict) else None
    title = data.get("title") if isinstance(data, dict) else None
    return (url if isinstance(url, str) else None), (title if isinstance(title, str) else None)
