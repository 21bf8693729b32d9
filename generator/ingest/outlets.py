"""Which outlet a page belongs to: the editor's `--outlet`, else the page's address, site name or
copyright line, matched against the outlets of `site.yaml`; and why that one was chosen."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from generator.errors import did_you_mean
from generator.ingest.html_meta import PageMeta
from generator.ingest.model import Block, IngestFailure
from generator.ingest.site_chrome import is_footer
from generator.model.site import Outlet


@dataclass(frozen=True)
class Chosen:
    """The outlet of a page and, when the editor did not name it, how it was found."""

    outlet: Outlet
    because: str | None = None


def resolve_outlet(
    requested: str | None,
    page: PageMeta,
    blocks: Iterable[Block],
    outlets: Mapping[str, Outlet],
    url: str | None = None,
) -> Chosen:
    """The outlet asked for, or the one the page's URL (`url`, else the page's own), site name
    or copyright line names; IngestFailure when unknown or unclear."""
    known = ", ".join(sorted(outlets)) or "none: add outlets to site.yaml"
    if requested is not None:
        if requested in outlets:
            return Chosen(outlets[requested])
        raise IngestFailure(
            f"unknown outlet '{requested}'{did_you_mean(requested, outlets)}; known outlets: {known}"
        )
    address = url or page.url
    by_host = [o for o in outlets.values() if _same_site(_host(address), _host(o.url))]
    if len(by_host) == 1:
        return Chosen(by_host[0], f"the host of {address} is that of its url {by_host[0].url}")
    matches = by_host or infer_outlets(page, blocks, outlets.values())
    if len(matches) == 1:
        return Chosen(matches[0], "the page names it (site name or copyright line)")
    if matches:
        names = ", ".join(o.slug for o in matches)
        raise IngestFailure(f"the page could belong to several outlets ({names}); pass --outlet")
    where = f" (no outlet's url has the host of {address})" if address else ""
    raise IngestFailure(
        f"cannot tell the outlet from the page{where}; pass --outlet SLUG (known outlets: {known})"
    )


def infer_outlets(page: PageMeta, blocks: Iterable[Block], outlets: Iterable[Outlet]) -> list[Outlet]:
    """Outlets whose domain is the page's, or whose name is the page's site name or copyright."""
    host = _host(page.url)
    site = _name_key(page.site_name or "")
    footers = [_name_key(b.text) for b in blocks if is_footer(b.text)]
    found = []
    for outlet in outlets:
        name = _name_key(outlet.name)
        if (
            _same_site(host, _host(outlet.url))
            or (site and site == name)
            or any(re.search(rf"\b{re.escape(name)}\b", line) for line in footers if name)
        ):
            found.append(outlet)
    return found


def _same_site(host: str, outlet_host: str) -> bool:
    """The page's host is the outlet's, or one of its subdomains ('jp.reuters.com')."""
    return bool(host and outlet_host and (host == outlet_host or host.endswith("." + outlet_host)))


def _host(url: str | None) -> str:
    """The host of `url` without 'www.', or '' when there is none (or it is malformed)."""
    try:
        host = (urlsplit(url).hostname or "") if url else ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


_NAME_KEY_RE = re.compile(r"[^\w ]+")


def _name_key(name: str) -> str:
    words = _NAME_KEY_RE.sub(" ", name.casefold()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
