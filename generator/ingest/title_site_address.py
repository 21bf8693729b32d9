"""The site's masthead printed with the site's own web address: a line at the top of a copied
page that prints the address the page was read from ('Havenkrant.nl - De digitale krant van
Havenstad', '全国12新聞社加盟example.com'). It is the site's name or tagline, never the headline.

Such a line among the page's first `ADDRESS_SEARCH` lines is taken out before the header is read
(a removal the dry run shows), so that the header starts at the page's own lines. The address is
the page URL's host without 'www.'; it must stand alone (not inside a longer address or an
e-mail address), and a line that also holds a clock time ('example.com | 2022-12-19 03:20')
is a dated meta line, which the header reads, so it is kept; so is a line longer than
`ADDRESS_MAX_WORDS` words.

Bound: over each of at most `ADDRESS_SEARCH` lines of at most `ADDRESS_MAX_WORDS` words, one
clock search (linear) and `str.find` of the host from each place it was found: at worst the
line's length times the host's (docs/security-ingest.md measures it).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from generator.ingest.model import Block, Removal

ADDRESS_SEARCH = 5
ADDRESS_MAX_WORDS = 15
MIN_HOST_CHARS = 5  # 'ab.cd': shorter hosts are too likely to be a word's part
_CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}\b")
_ADDRESS_CHAR = re.compile(r"[a-z0-9.@/_-]")


def site_host(url: str | None) -> str | None:
    """The URL's host, lower case, without a leading 'www.'; None without a usable one."""
    if not url:
        return None
    host = (urlsplit(url).hostname or "").lower().removeprefix("www.")
    return host if len(host) >= MIN_HOST_CHARS and "." in host else None


def prints_site_address(text: str, host: str) -> bool:
    """Whether `text` is a short line printing `host` as an address of its own (see the module)."""
    line = " ".join(text.split())
    if len(line.split()) > ADDRESS_MAX_WORDS or _CLOCK.search(line):
        return False
    folded = line.lower()
    start = folded.find(host)
    while start >= 0:
        if _stands_alone(folded, start, start + len(host)):
            return True
        start = folded.find(host, start + 1)
    return False


def _stands_alone(line: str, start: int, end: int) -> bool:
    """Whether `line[start:end]` is a whole address: no address character before it, and after it
    the line's end, a character no address holds, or a full stop closing the sentence."""
    before = line[start - 1] if start else " "
    after = line[end : end + 2]
    closed = not after or not _ADDRESS_CHAR.match(after[0]) or (after[0] == "." and not after[1:].isalnum())
    return not _ADDRESS_CHAR.match(before) and closed


def without_site_address(blocks: list[Block], url: str | None) -> tuple[list[Block], tuple[Removal, ...]]:
    """`blocks` without the lines printing the site's own address among their first
    `ADDRESS_SEARCH` non-empty lines, and their removals; unchanged without one."""
    host = site_host(url)
    if host is None:
        return blocks, ()
    top = [i for i, block in enumerate(blocks) if block.text.strip()][:ADDRESS_SEARCH]
    found = [i for i in top if prints_site_address(blocks[i].text, host)]
    if not found:
        return blocks, ()
    removals = tuple(
        Removal.of(blocks[i], "site-name", "the site's own address: its masthead or tagline") for i in found
    )
    return [b for i, b in enumerate(blocks) if i not in found], removals
