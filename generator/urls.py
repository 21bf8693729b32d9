"""The one place that knows URLs and output paths.

Every page is identified by a site-relative path such as `stories/landmines/` (a folder
page, written as `stories/landmines/index.html`) or `feed.xml` (a file). `href` turns it into a
link that carries the site's base path, so the site works under `https://user.github.io/repo/`
as well as at a domain's root.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from posixpath import normpath
from urllib.parse import quote, urlsplit

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def slugify(text: str, max_words: int | None = None) -> str:
    """Lowercase ASCII words joined by hyphens: 'Kursk: Día 1' -> 'kursk-dia-1'."""
    if max_words is None and _SLUG_RE.fullmatch(text):
        return text  # a slug already (most file names are)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = [w for w in _NON_ALNUM.split(ascii_text.lower()) if w]
    if max_words is not None:
        words = words[:max_words]
    return "-".join(words)


_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)]
)


def slug_problem(text: str) -> str | None:
    """Why `text` cannot be a slug (a file stem or a key), or None when it can."""
    if not _SLUG_RE.match(text):
        suggestion = slugify(text)
        hint = f" (as a slug: '{suggestion}')" if suggestion else ""
        return f"'{text}' is not a slug: use lowercase letters, digits and single hyphens{hint}"
    if text in _RESERVED:
        return f"'{text}' is a reserved file name on Windows: choose another"
    return None


def is_slug(text: str) -> bool:
    """True when `text` can be a slug (what file stems and keys must be)."""
    return slug_problem(text) is None


def base_path_of(base_url: str) -> str:
    """The path part of a base URL, always with leading and trailing '/'."""
    path = urlsplit(base_url).path or "/"
    return path if path.endswith("/") else path + "/"


@dataclass(frozen=True)
class Urls:
    """URLs of every kind of page of one site, under its `base_url`."""

    base_url: str

    @property
    def base_path(self) -> str:
        return base_path_of(self.base_url)

    # Site-relative paths of each kind of page.
    def home(self, page: int = 1) -> str:
        return "" if page == 1 else f"page/{page}/"

    def story(self, slug: str) -> str:
        return f"stories/{slug}/"

    def sources(self) -> str:
        return "sources/"

    def outlet(self, slug: str, page: int = 1) -> str:
        return f"sources/{slug}/" if page == 1 else f"sources/{slug}/page/{page}/"

    def topics(self) -> str:
        return "topics/"

    def topic(self, slug: str, page: int = 1) -> str:
        return f"topics/{slug}/" if page == 1 else f"topics/{slug}/page/{page}/"

    def archive(self) -> str:
        return "archive/"

    def archive_month(self, month: str) -> str:
        """The archive page of one month, given as `YYYY-MM`."""
        year, number = month.split("-")
        return f"archive/{year}/{number}/"

    def not_found(self) -> str:
        return "404.html"

    def search(self) -> str:
        return "search/"

    def feed(self) -> str:
        return "feed.xml"

    def json_feed(self) -> str:
        return "feed.json"

    def topic_feed(self, slug: str) -> str:
        return f"topics/{slug}/feed.xml"

    def storyline(self, slug: str) -> str:
        return f"storylines/{slug}/"

    def storyline_feed(self, slug: str) -> str:
        return f"storylines/{slug}/feed.xml"

    def sitemap(self) -> str:
        return "sitemap.xml"

    def robots(self) -> str:
        return "robots.txt"

    def search_part(self, folder: str) -> str:
        """The folder of a part of the search index (`search.Part.folder`, made by Pagefind)."""
        return f"{folder}/"

    def static(self, name: str) -> str:
        return f"static/{name}"

    # Turning a site-relative path into something usable.
    def href(self, rel: str) -> str:
        """A root-relative link carrying the base path: 'stories/x/' -> '/repo/stories/x/'."""
        return self.base_path + _checked(rel)

    def absolute(self, rel: str) -> str:
        """The full public URL, for feeds, sitemaps and canonical links."""
        base = self.base_url if self.base_url.endswith("/") else self.base_url + "/"
        return base + _checked(rel)


FRAGMENT_WORDS = 4  # a long quote is found by its first and last words


def text_fragment(url: str, text: str) -> str:
    """`url` with a text fragment that scrolls to and highlights `text` in browsers that support it.

    `#:~:text=start,end` for a long quote (its first and last words), percent-encoded, with '-',
    ',' and '&' encoded too since they are the directive's own syntax.
    """
    words = text.split()
    if len(words) > 2 * FRAGMENT_WORDS + 2:
        parts = [" ".join(words[:FRAGMENT_WORDS]), " ".join(words[-FRAGMENT_WORDS:])]
    else:
        parts = [" ".join(words)]
    encoded = ",".join(quote(part, safe="").replace("-", "%2D") for part in parts)
    return f"{url}{'' if '#' in url else '#'}:~:text={encoded}"


def output_path(rel: str) -> str:
    """The file a site-relative path is written to: 'a/' -> 'a/index.html', '' -> 'index.html'."""
    rel = _checked(rel)
    return rel + "index.html" if rel == "" or rel.endswith("/") else rel


def _checked(rel: str) -> str:
    """Refuse a site-relative path that is absolute or climbs out of the site."""
    if rel.startswith("/") or "\\" in rel:
        raise ValueError(f"not a site-relative path: {rel!r}")
    if rel and normpath(rel).startswith(".."):
        raise ValueError(f"path leaves the site: {rel!r}")
    return rel
