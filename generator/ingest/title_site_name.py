"""The site's name left on the headline's line: a copied page's first line is often the browser
tab's title, the headline closed by the site's name after a dash or a bar ('Ferry timetable cut
back – Quaytown Courier'). The site's name is the one the page's address spells: the closing
part's letters and figures, case and accents folded, are those of the URL's host or of one of
its names before the top-level domain ('quaytown-courier' in 'www.quaytown-courier.example').
Only that closing part is cut; a dash that goes on with other words ('... gewinnt - CDU 24,1
Prozent') is the headline's own.

Bound: one regex pass over the title for its spaced dashes and bars (linear), then folding a
tail of at most `MAX_NAME_CHARS` characters and comparing it with the host's few names."""

from __future__ import annotations

import re

from generator.ingest.gazetteer import fold
from generator.ingest.title_site_address import site_host

MAX_NAME_CHARS = 40
MIN_NAME_CHARS = 4  # folded letters: 'ab' or 'tv' could be a headline's word
MIN_HEADLINE_WORDS = 3
_SEPARATOR = re.compile(r"\s[-–—|｜·•]\s")  # spaced: 'Quaytown-Courier' is one name


def without_site_name(title: str, url: str | None) -> str:
    """`title` without a closing ' – Site Name' that spells the URL's host (see the module);
    else `title` itself."""
    names = _host_names(url)
    text = title.strip()
    separators = list(_SEPARATOR.finditer(text))
    if not names or not separators or len(text) - separators[-1].end() > MAX_NAME_CHARS:
        return title
    last = separators[-1]
    name = _folded(text[last.end() :])
    headline = text[: last.start()].rstrip()
    if len(name) < MIN_NAME_CHARS or name not in names or len(headline.split()) < MIN_HEADLINE_WORDS:
        return title
    return headline


def _host_names(url: str | None) -> set[str]:
    """How a site names itself after its address (`site_host`): the host folded whole
    ('quaytownexample'), and each of its labels before the top-level domain, alone or run
    together."""
    host = site_host(url)
    if host is None:
        return set()
    labels = host.split(".")
    names = {_folded(host), _folded("".join(labels[:-1]))}
    names.update(_folded(label) for label in labels[:-1])
    return {name for name in names if len(name) >= MIN_NAME_CHARS}


def _folded(text: str) -> str:
    """`text` folded as the gazetteer folds names, its letters and figures only."""
    return "".join(c for c in fold(text) if c.isalnum())
