"""A title written from the URL's slug, for a page that prints no headline (the text starts with
the lead, a kicker or furniture): when the rules found no headline (the title is provisional),
the slug has at least `MIN_SLUG_WORDS` words, most of them printed on the page, and no line of
the page spells it, the slug's words are the title, each spelled as the page prints it (case,
accents, hyphens and apostrophes: 'long-overdue', "d'Ivoire"), looked up accent-folded and
case-insensitive, the first word capitalised. A slug word the page never prints is kept as the
slug has it, unless it holds a figure (an id, '09151804') that is not a short figure between
two words ('at least 5 killed' where the page prints 'five'); a figure the page prints in
another form ('30-4' for '30,4%') takes that form at any place; a last word the page prints only
longer is a slug cut off ('votacio' for 'votación'). A review note says the title was read from
the URL.

Bound: one pass over the page's words to index them (a dict), then a few look-ups per slug word
(at most `MAX_SLUG_WORDS`); linear in the page's text."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from generator.ingest.model import Block
from generator.ingest.slug_title import MIN_SLUG_WORDS, without_provisional
from generator.ingest.slug_words import fold_word, slug_parts, slug_segment

_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_SENTENCE_END = (".", "!", "?", ":", "»", '"')
MAX_SLUG_WORDS = 30
MAX_PARTS = 4  # words one printed token may join ('long-overdue', "d'Ivoire", 'ex-vice-premier')
MIN_CUT_LETTERS = 4  # a slug cut off mid-word keeps at least this much of it
PRINTED_SHARE = 0.5  # the share of the slug's words the page must print
MAX_FIGURE_DIGITS = 3  # a headline's figure ('5', '15'); a year or an id is longer


def title_from_slug(page: Sequence[Block], url: str | None) -> str | None:
    """The title the URL's slug spells in the page's own spelling (see the module), or None. The
    caller has made sure no line of the page spells the slug."""
    raw = slug_segment(url)[:MAX_SLUG_WORDS]
    words = [w for w in raw if not any(c.isdigit() for c in w)]
    content = [w for w in words if len(w) >= 3]
    if len(content) < MIN_SLUG_WORDS:
        return None
    spellings = _spellings(page)
    parts = {part for key in spellings for part in key}
    printed = sum(fold_word(w) in parts for w in content)
    if printed < PRINTED_SHARE * len(content):
        return None
    out: list[tuple[str, bool]] = []  # each word and whether the page prints it
    i = 0
    while i < len(raw):
        token, used = _spell(raw, i, spellings)
        if token is not None:
            out.append((token, True))
        elif not any(c.isdigit() for c in raw[i]):
            out.append((_cut_word(raw[i], spellings) if i == len(raw) - 1 else raw[i], False))
        elif _headline_figure(raw, i):
            out.append((raw[i], False))
        i += used
    while out and any(c.isdigit() for c in out[-1][0]) and not out[-1][1]:
        out.pop()
    if not out:
        return None
    first = out[0][0]
    return " ".join([first[:1].upper() + first[1:], *(word for word, _ in out[1:])])


def _headline_figure(raw: list[str], i: int) -> bool:
    """Whether the slug's figure at `i` is a headline's figure the page spells otherwise ('at
    least 5 killed' where the page prints 'five'): at most `MAX_FIGURE_DIGITS` digits between two
    words. An id or a date is longer, or at an end of the slug, or next to another figure."""
    if not raw[i].isdigit() or len(raw[i]) > MAX_FIGURE_DIGITS or not 0 < i < len(raw) - 1:
        return False
    return not any(c.isdigit() for c in raw[i - 1] + raw[i + 1])


def _spell(raw: list[str], i: int, spellings: dict[tuple[str, ...], str]) -> tuple[str | None, int]:
    """The page's spelling of the longest run of slug words from `i` it prints as one token."""
    for size in range(min(MAX_PARTS, len(raw) - i), 0, -1):
        key = tuple(fold_word(w) for w in raw[i : i + size])
        if key in spellings:
            return spellings[key], size
    return None, 1


def _cut_word(word: str, spellings: dict[tuple[str, ...], str]) -> str:
    folded = fold_word(word)
    if len(folded) < MIN_CUT_LETTERS:
        return word
    longer = sorted(k[0] for k in spellings if len(k) == 1 and k[0].startswith(folded) and k[0] != folded)
    return spellings[(longer[0],)] if len(longer) == 1 else word


def _spellings(page: Sequence[Block]) -> dict[tuple[str, ...], str]:
    """Each word the page prints (as its folded parts) and its usual spelling: the commonest one
    not opening a sentence, else the commonest one."""
    inner: dict[tuple[str, ...], Counter[str]] = {}
    opening: dict[tuple[str, ...], Counter[str]] = {}
    for block in page:
        previous = ""
        for raw in block.text.split():
            token = _EDGE.sub("", raw)
            starts = not previous or previous.endswith(_SENTENCE_END)
            for key in _keys(token):
                (opening if starts else inner).setdefault(key, Counter())[token] += 1
            previous = raw
    spelled = {key: counts.most_common(1)[0][0] for key, counts in opening.items()}
    spelled.update({key: counts.most_common(1)[0][0] for key, counts in inner.items()})
    return spelled


def _keys(token: str) -> set[tuple[str, ...]]:
    """How a slug may spell a printed token: its folded parts, German umlauts also written out
    ('über' as 'ueber')."""
    return {parts for parts in slug_parts(token) if parts and len(parts) <= MAX_PARTS}


def url_title_note(review: tuple[str, ...]) -> tuple[str, ...]:
    """The review notes once the title is written from the URL: the provisional note replaced."""
    return (*without_provisional(review), "title read from the URL (the page prints no headline): check it")
