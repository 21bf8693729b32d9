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
from functools import cached_property
from posixpath import normpath
from urllib.parse import SplitResult, quote, urlsplit

from generator.errors import shorten

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


MAX_SLUG_LENGTH = 100  # a slug names a folder of the site (file names stop at 255 bytes)
_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"{d}{n}" for d in ("com", "lpt") for n in range(1, 10)]
)


def slug_problem(text: str) -> str | None:
    """Why `text` cannot be a slug (a file stem or a key), or None when it can."""
    if len(text) > MAX_SLUG_LENGTH:
        return f"'{shorten(text)}' is too long for a slug: {len(text)} characters, at most {MAX_SLUG_LENGTH}"
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


# What a URL may not contain unencoded (RFC 3986): a browser drops or rewrites some of these, and
# reads a backslash as a slash, so '/\\host/' would be a link to another host.
_NOT_IN_URL = re.compile(r'[\x00-\x20\x7f-\x9f"<>\\^`{|}]')
_PATH_SAFE = "!$&'()*+,;=:@-._~%"  # RFC 3986 `pchar` beside letters and digits ('%' keeps escapes)


def url_problem(url: str) -> str | None:
    """Why `url` is not an absolute http(s) URL with a host (a link to an original), or None."""
    problem, _ = _split(url)
    return problem


def base_url_problem(url: str) -> str | None:
    """Why `url` cannot be the site's `base_url`, or None.

    Beside being an absolute http(s) URL with a host, it must have no user name or password, no
    query or fragment, and a path without empty, '.' or '..' segments and without characters a
    browser rewrites: every link of the site starts with its path."""
    if _NOT_IN_URL.search(url):
        return f"must not contain spaces, control characters or any of \"<>\\^`{{|}}, found '{url}'"
    problem, parts = _split(url)
    if problem or parts is None:
        return problem
    if "@" in parts.netloc:
        return f"must not have a user name or password ('@'), found '{url}'"
    if "?" in url:
        return f"must not have a query string ('?'), found '{url}'"
    if "#" in url:
        return f"must not have a fragment ('#'), found '{url}'"
    segments = parts.path.split("/")[1:-1]  # between the first and the last '/'
    if "" in segments:
        return f"must not have an empty path segment ('//'), found '{url}'"
    if "." in segments or ".." in segments or parts.path.endswith(("/.", "/..")):
        return f"must not have '.' or '..' path segments, found '{url}'"
    return None


def _split(url: str) -> tuple[str | None, SplitResult | None]:
    """The parts of an absolute http(s) URL, or why it is not one."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        reason = str(exc)
        return f"is not a valid URL ({reason[:1].lower()}{reason[1:]}), found '{url}'", None
    if parts.scheme not in ("http", "https"):
        return f"expected an http:// or https:// URL, found '{url}'", None
    if not parts.hostname:
        return f"has no host name, found '{url}'", None
    try:
        port = parts.port
    except ValueError:
        port = 0
    if port == 0:
        return f"has an invalid port (1 to 65535), found '{url}'", None
    return None, parts


def base_path_of(base_url: str) -> str:
    """The path part of a base URL, always with leading and trailing '/'.

    Whatever `base_url` is, the result starts with exactly one '/': empty segments are dropped
    and characters outside RFC 3986 percent-encoded (a backslash, which browsers read as '/',
    among them), so no link under it can be scheme-relative ('//host/...'), which would load
    from another host. `base_url_problem` refuses such base URLs before they get here."""
    path = urlsplit(base_url).path
    segments = [quote(s, safe=_PATH_SAFE) for s in path.split("/") if s]
    return "/" + "".join(f"{s}/" for s in segments)


@dataclass(frozen=True)
class Urls:
    """URLs of every kind of page of one site, under its `base_url`."""

    base_url: str

    @cached_property
    def base_path(self) -> str:
        return base_path_of(self.base_url)

    @cached_property
    def origin(self) -> str:
        """'https://host[:port]', what absolute URLs put before the base path."""
        parts = urlsplit(self.base_url)
        return f"{parts.scheme}://{parts.netloc}"

    # Site-relative paths of each kind of page.
    def home(self, page: int = 1) -> str:
        return "" if page == 1 else f"page/{page}/"

    def story(self, slug: str) -> str:
        return f"stories/{slug}/"

    def sources(self) -> str:
        return "sources/"

    def outlet(self, slug: str, page: int = 1) -> str:
        return f"sources/{slug}/" if page == 1 else f"sources/{slug}/page/{page}/"

    def countries(self) -> str:
        return "countries/"

    def country(self, code: str, page: int = 1) -> str:
        """The page of a country, by its ISO 3166 code ('GB' -> 'countries/gb/')."""
        slug = code.lower()
        return f"countries/{slug}/" if page == 1 else f"countries/{slug}/page/{page}/"

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
        return self.origin + self.base_path + _checked(rel)


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
