"""Which outlet a page belongs to: the editor's `--outlet`, else the page's site name or domain."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

from generator.errors import did_you_mean
from generator.ingest.html_meta import PageMeta
from generator.ingest.model import Block, IngestFailure
from generator.ingest.site_chrome import is_footer
from generator.models import Outlet


def resolve_outlet(
    requested: str | None, page: PageMeta, blocks: Iterable[Block], outlets: Mapping[str, Outlet]
) -> Outlet:
    """The outlet asked for, or the one the page names; IngestFailure when unknown or unclear."""
    known = ", ".join(sorted(outlets)) or "none: add outlets to site.yaml"
    if requested is not None:
        if requested in outlets:
            return outlets[requested]
        raise IngestFailure(
            f"unknown outlet '{requested}'{did_you_mean(requested, outlets)}; known outlets: {known}"
        )
    matches = infer_outlets(page, blocks, outlets.values())
    if len(matches) == 1:
        return matches[0]
    if matches:
        names = ", ".join(o.slug for o in matches)
        raise IngestFailure(f"the page could belong to several outlets ({names}); pass --outlet")
    raise IngestFailure(f"cannot tell the outlet from the page; pass --outlet SLUG (known outlets: {known})")


def infer_outlets(page: PageMeta, blocks: Iterable[Block], outlets: Iterable[Outlet]) -> list[Outlet]:
    """Outlets whose domain is the page's, or whose name is the page's site name or copyright."""
    host = _host(page.url)
    site = _name_key(page.site_name or "")
    footers = [_name_key(b.text) for b in blocks if is_footer(b.text)]
    found = []
    for outlet in outlets:
        name = _name_key(outlet.name)
        outlet_host = _host(outlet.url)
        if (
            (host and outlet_host and (host == outlet_host or host.endswith("." + outlet_host)))
            or (site and site == name)
            or any(re.search(rf"\b{re.escape(name)}\b", line) for line in footers if name)
        ):
            found.append(outlet)
    return found


def _host(url: str | None) -> str:
    host = (urlsplit(url).hostname or "") if url else ""
    return host.removeprefix("www.")


def _name_key(name: str) -> str:
    words = re.sub(r"[^\w ]+", " ", name.casefold()).split()
    return " ".join(words[1:] if words[:1] == ["the"] else words)
