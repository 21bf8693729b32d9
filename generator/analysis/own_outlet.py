"""The names an outlet signs its own articles with: its masthead, the masthead without the
words for its kind ("Trend" of "Trend News Agency"), and its web address ("trend.az", "trend"
of en.trend.az). "..., Trend reports" on Trend's own page is its own reporting, never a source
(issue 23, round 10). Compared folded: case and everything but letters and digits dropped.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from generator.model.site import Outlet

# Words for an outlet's kind that may close its masthead and that it may sign without (data).
KIND_WORDS = frozenset(
    {"news", "agency", "press", "online", "media", "tv", "television", "radio", "network", "newspaper"}
    | {"group", "service", "live", "daily"}
)
# Second-level labels under a country's domain ("bbc.co.uk"): the name is the label before them.
SECOND_LEVEL = frozenset(["co", "com", "org", "net", "gov", "ac", "edu"])
_NON_WORD = re.compile(r"[\W_]+")


def fold(name: str) -> str:
    """`name` compared loosely: case folded, everything but letters and digits dropped."""
    return _NON_WORD.sub("", name.casefold())


@lru_cache(maxsize=4096)  # per outlet, not per article: a story's articles share a few outlets
def signed_names(outlet: Outlet) -> tuple[str, ...]:
    """The short names `outlet` may sign with besides its masthead, in a fixed order."""
    found: list[str] = []
    words = outlet.name.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    while len(words) > 1 and words[-1].casefold().strip(".,") in KIND_WORDS:
        words = words[:-1]
    found.append(" ".join(words))
    if outlet.url:
        host = (urlsplit(outlet.url).hostname or "").removeprefix("www.")
        labels = host.split(".")
        if len(labels) >= 2:
            at = -3 if len(labels) >= 3 and labels[-2] in SECOND_LEVEL else -2
            found.append(".".join(labels[at:]))
            found.append(labels[at])
    return tuple(dict.fromkeys(name for name in found if len(fold(name)) >= 3 and name != outlet.name))
