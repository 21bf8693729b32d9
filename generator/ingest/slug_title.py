"""A title trimmed by the page's URL slug: a kicker glued before the headline on its line
('vor 2 Stunden Stuttgart Schuldzuweisungen wegen ...', 'West-Friesland Protest tegen ...') or
a tag or standfirst glued after it ('... regering HLA', '... de junho Campanha que começou ...'),
where the slug spells the headline and neither the kicker nor the tail.

Only the words are compared (accents folded, 'ü' also as 'ue'), in order, so nothing here knows a
phrase of any language or site. A cut needs the slug to agree with most of what is kept, and the
part cut to share no word with the slug; otherwise the title is left as it is."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

_TOKEN = re.compile(r"[^\W_]+")
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})
MIN_SLUG_WORDS = 3  # a slug of fewer content words ('?p=232802', 'archives/160837') is no slug
MAX_KICKER_WORDS = 6  # a label glued before the headline is short
MIN_KEPT_WORDS = 3
MAX_TAG_LENGTH = 5  # an all-capitals tag after the headline ('HLA')


def trim_by_slug(title: str, url: str | None) -> str:
    """`title` without a kicker before it or a tag or standfirst after it that the URL's slug
    leaves out; the title unchanged when the slug does not say so plainly."""
    slug = slug_words(url)
    words = title.split()
    if len(_content(slug)) < MIN_SLUG_WORDS or len(words) <= MIN_KEPT_WORDS:
        return title
    forms = [_forms(word) for word in words]
    aligned = _align(slug, forms)
    if len(aligned) < MIN_SLUG_WORDS or len(aligned) < 0.6 * len(_content(slug)):
        return title
    start, end = aligned[0][1], aligned[-1][1] + 1
    slug_set = set(_content(slug))
    if not _kicker(words[:start], forms[:start], slug_set, words[start:end]):
        start = 0
    ends_slug = aligned[-1][0] == len(slug) - 1
    if not (ends_slug and _tail(words[end:], words[start:end])):
        end = len(words)
    return title if (start, end) == (0, len(words)) else " ".join(words[start:end])


def slug_words(url: str | None) -> list[str]:
    """The words of the URL path's wordiest segment, folded, in order, without those holding a
    digit (ids, 'art127'). Words of one or two letters are kept: a slug cut off mid-word
    ('...-house-and-se') or ending in an abbreviation ('...-diz-pr') does not end where the
    title's last matched word is."""
    if not url:
        return []
    best: list[str] = []
    for segment in unquote(urlsplit(url).path).split("/"):
        words = [_fold(t) for t in _TOKEN.findall(segment) if not any(c.isdigit() for c in t)]
        if len(_content(words)) > len(_content(best)):
            best = words
    return best


def _content(words: list[str]) -> list[str]:
    return [w for w in words if len(w) >= 3]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _forms(word: str) -> set[str]:
    """How a title word may be spelled in a slug: each of its parts, the parts run together
    ("d'un" as 'dun'), accents dropped or, for German, written out ('über' as 'ueber')."""
    forms: set[str] = set()
    for spelled in (word.casefold(), word.casefold().translate(_UMLAUTS)):
        parts = [_fold(t) for t in _TOKEN.findall(spelled)]
        forms.update(p for p in parts if len(p) >= 3)
        if len(parts) > 1:
            forms.add("".join(parts))
    return forms


def _align(slug: list[str], forms: list[set[str]]) -> list[tuple[int, int]]:
    """(slug word, title word) pairs matched in order, each slug word to the next title word
    spelling it; slug words the title lacks (a section name, a dropped word) are passed over,
    and so are words of one or two letters."""
    pairs: list[tuple[int, int]] = []
    at = 0
    for i, token in enumerate(slug):
        if len(token) < 3:
            continue
        for j in range(at, len(forms)):
            if token in forms[j]:
                pairs.append((i, j))
                at = j + 1
                break
    return pairs


def _kicker(prefix: list[str], forms: list[set[str]], slug: set[str], kept: list[str]) -> bool:
    """Whether the words before the slug's first word are a glued label: a few words, one of
    them long (not 'Why the'), none in the slug, before a capitalised headline."""
    if not prefix or len(prefix) > MAX_KICKER_WORDS or len(kept) < MIN_KEPT_WORDS:
        return False
    if any(form & slug for form in forms):
        return False
    if not any(sum(c.isalpha() for c in word) >= 6 for word in prefix):
        return False
    return _capitalised(kept[0])


def _tail(suffix: list[str], kept: list[str]) -> bool:
    """Whether the words after the slug's last word are glued on: a short all-capitals tag, or
    a capitalised sentence after a headline in sentence case (in a title written in title
    case a capital starts any word)."""
    if not suffix or len(kept) < MIN_KEPT_WORDS or not _capitalised(suffix[0]):
        return False
    if len(suffix) == 1 and suffix[0].isupper() and len(suffix[0]) <= MAX_TAG_LENGTH:
        return True
    inner = [w for w in kept[1:] if sum(c.isalpha() for c in w) >= 4]
    upper = sum(_capitalised(w) for w in inner)
    return len(suffix) >= MIN_KEPT_WORDS and bool(inner) and upper < 0.5 * len(inner)


def _capitalised(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper()
