"""A URL whose slug names the outlet, not the article: an e-paper or archive address that files
a page under the paper's name ('/germany/the-daily-courier-eastside/20170804/2818...'). Such a
slug spells the masthead line, so it must never choose, trim or write the title.

The slug names the outlet when at least `MIN_NAME_WORDS` of its words (three letters or more)
are words of the outlet's name and at most `MAX_OTHER_WORDS` are not (an edition's town).
Nothing here knows a site: only the outlet's own name, as `site.yaml` gives it, is compared.

Bound: one pass over the slug's words and the name's words (a set), linear in the URL."""

from __future__ import annotations

from generator.ingest.slug_words import TOKEN, slug_parts, slug_words

MIN_NAME_WORDS = 2
MAX_OTHER_WORDS = 1
MIN_LETTERS = 3


def slug_names_outlet(url: str | None, outlet_name: str | None) -> bool:
    """Whether the URL's slug spells the outlet's name rather than a headline (see the module)."""
    if not url or not outlet_name:
        return False
    name: set[str] = set()
    for word in TOKEN.findall(outlet_name):
        for parts in slug_parts(word):
            name.update(p for p in parts if len(p) >= MIN_LETTERS)
    words = [w for w in slug_words(url) if len(w) >= MIN_LETTERS]
    named = sum(w in name for w in words)
    return named >= MIN_NAME_WORDS and len(words) - named <= MAX_OTHER_WORDS


def article_slug_url(url: str | None, outlet_name: str | None) -> str | None:
    """The URL for reading a headline from its slug: None when the slug names the outlet."""
    return None if slug_names_outlet(url, outlet_name) else url
