"""The words of a page URL's slug, as the title readers compare them (`slug_title`,
`url_title`, `title_slug_outlet`): the path's wordiest segment split into its tokens, and the
folded forms (case and accents dropped, German umlauts written out) a slug spells a word in.

Bound: one pass over the URL's path (its segments split on '/', each tokenised by one regex,
linear) and one fold per token.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

TOKEN = re.compile(r"[^\W_]+")
EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")  # a page's '.html', '.htm', '.php'
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
MAX_CODE_LETTERS = 2  # a page-type code after the slug's id ('-nt', '-a')
_ID = re.compile(r"\d{6}")  # an id's long run of figures ('20251130102301'); '169' is a headline's number


def slug_words(url: str | None) -> list[str]:
    """The words of the URL path's wordiest segment, folded, in order, without those holding a
    digit (ids, 'art127'). Words of one or two letters are kept: a slug cut off mid-word
    ('...-house-and-se') or ending in an abbreviation ('...-diz-pr') does not end where the
    title's last matched word is; but such a code after the slug's id, a run of six figures or
    more ('...-hierro-20251130102301-nt'), is the page's type, and is dropped ('...-senato-169-si'
    keeps its 'si')."""
    tokens = slug_segment(url)
    while (
        len(tokens) > 1
        and len(tokens[-1]) <= MAX_CODE_LETTERS
        and tokens[-1].isalpha()
        and _ID.search(tokens[-2])
    ):
        tokens = tokens[:-1]  # '...-sur-hierro-20251130102301-nt': the page's type after its id
    return [fold_word(t) for t in tokens if not has_figure(t)]


def has_figure(token: str) -> bool:
    """Whether `token` holds a digit."""
    return any(c.isdigit() for c in token)


def slug_segment(url: str | None) -> list[str]:
    """Every token of the URL path's wordiest segment (the first with the most words of three
    letters or more, folded, holding no digit), as the URL spells them, figures too."""
    if not url:
        return []
    best: list[str] = []
    most = 0
    for segment in EXTENSION.sub("", unquote(urlsplit(url).path)).split("/"):
        tokens = TOKEN.findall(segment)
        count = sum(not has_figure(t) and len(fold_word(t)) >= 3 for t in tokens)
        if count > most:
            best, most = tokens, count
    return best


def fold_word(word: str) -> str:
    """A word as slugs spell it: case and accents folded ('Côte' as 'cote')."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug_parts(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded parts of `word` as written and with German umlauts written out ('über' as
    'ueber'): how a slug may spell it."""
    return (
        tuple(fold_word(t) for t in TOKEN.findall(word)),
        tuple(fold_word(t) for t in TOKEN.findall(word.casefold().translate(UMLAUTS))),
    )
