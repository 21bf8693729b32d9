"""Translations: an article that gives, in another language, another article's text.

Words of two languages never meet (`copies` and `rewrites` compare one language), but a
translation keeps what is written alike in every language that uses the Latin alphabet: the
figures and the names, in the order of its source. Each article becomes a fingerprint: the runs
of digits it writes ("6.2" and "6,2" are 6 then 2; "1,000" and "1.000" are 1 then 000) and the
names (a word of more than `SHORT` letters written with a capital but not the first of its
sentence, accents dropped, cut to its first `PREFIX` letters, so that "Prigozhin" and
"Prigoschin" meet, and a case ending does not matter), in order, outside quotation marks (as
`copies` reads them, in every language's marks): two newsrooms that quote one statement, one of
them in translation, share its names and figures in order without sharing a sentence of their
own (an airline's statement, quoted in English by one report and in Spanish by another outlet's
own report, made 17 items in order, 0.65 of the shorter). A statement given without marks, after
a verb of saying (`attribution`'s list) and a colon before a space ("said in a statement: ..."),
is left out too, to the end of its paragraph (on the 47 development stories this changes no
pair's items in order: it guards the class, not a case seen). Two articles of languages
that are not compared word for word, in different groups of copies and published within
`WINDOW` of each other, are one text translated when the longest run of fingerprint items in
the same order on both sides has `MIN_MATCHED` items and `MIN_SHARE` of the shorter's.

Calibrated on the four development stories of the issue-23 labelled set: 228 pairs of articles
in different languages, 8 of them one newsroom's text (4 translated articles). A close,
machine-like translation keeps 16 items in order, 0.80 of the shorter fingerprint; the other
seven pairs keep 3 to 8 items (0.19 to 0.45 of the shorter: translations of part of a text or
of a rewrite, which drop figures and spell names their own way). Of two articles of different
newsrooms the most kept is 11 items (0.26 and 0.34 of the shorter), and the highest share of
pairs keeping 9 or more is 0.45 (6 of 9, 0.67, between a short bulletin and another report).
At 14 items and 0.6, midway, the close translation is found and no other pair: precision 1 of
1 on the development pairs, recall 1 of 8 pairs (1 of 4 translated articles). The looser
translations cannot be told from other newsrooms' reports this way: they stay apart, as
articles in another language that the page says were not compared word for word.

On the twelve development stories (2026-12-05, 852 pairs in different languages) one report of
another newsroom kept 15 items in order, 0.60 of the shorter, by giving the same official list
of tolls per province: only 6 of its items were names. So figures alone make no translation:
`MIN_NAMES` of the items matched are names, in order (midway between those 6 and the fewest a
translation kept, 8 of 13). With that gate `MIN_MATCHED` is 13 (a close translation of a
short early version kept 13 items, 0.76): the other pairs at 13 or more keep at most 0.48.

A whole text translated keeps about as many items as its source, so the other bar is half of
the LONGER fingerprint (`WHOLE_SHARE`), with `WHOLE_MATCHED` items and `MIN_NAMES` names in
order: it finds short close translations that cannot reach 13 items. On the 53 development
stories (2026-12-05, 2,602 pairs in different languages; 157 of them one newsroom's), of the
pairs of different newsrooms with 7 names in order and within `WINDOW`, the most the longer
keeps is 0.412 (the even-numbered stories in index order) and 0.429 (the odd-numbered ones);
pairs of one newsroom not yet joined keep 0.556, 0.5 and 0.5 (even) and 0.522 twice (odd). At
0.5, calibrated on either half, no pair of two newsrooms is joined on the other, with a margin
of 14% or more below the bar; 5 more pairs are found (9 more pairs of the truth once their
groups join; three newsroom counts one lower, one of them exact).

Cost, for a story of n articles and W words: fingerprints are one pass over the words, O(W)
(quotation marks found with one pass over each paragraph, `shingles.outside_quotes`; a colon's
statement with one search of a fixed-word pattern before the colon, only in a sentence with one).
The multiset of each pair's fingerprints is intersected first (C-level `Counter` work, linear
in the fingerprints), and only a pair that could reach both bars is aligned: a longest common
subsequence, O(a x b) for fingerprints of a and b items, each cut at `MAX_ITEMS` (so at most
`MAX_ITEMS`² steps a pair). Only pairs of articles in different languages are looked at: a
story in one language costs nothing.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from generator.analysis.corpus import Corpus, Prepared
from generator.analysis.language import UNKNOWN, comparable
from generator.analysis.shingles import outside_quotes, statement

SHORT = 3  # a name has more letters than this
PREFIX = 4  # letters of a name kept
MIN_MATCHED = 13  # items in the same order on both sides, at least...
MIN_SHARE = 0.6  # ...and at least this share of the shorter fingerprint...
MIN_NAMES = 7  # ...and of them, names in order (not only figures), at least this many
WHOLE_SHARE = 0.5  # or: items in the same order, at least this share of the LONGER fingerprint...
WHOLE_MATCHED = 9  # ...and at least this many (names in order: `MIN_NAMES`, as above)
WINDOW = timedelta(days=2)  # a translation is published within this time of its source
MAX_ITEMS = 400  # items of a fingerprint aligned, at most (bounds the cost of a pair)

# Runs of word characters opening with a digit or a Latin capital (or a letter of Latin
# Extended-A, whose capitals and small letters alternate): most words fail on their first
# letter, in C; the tests that a name's other letters are small ones follow.
_ITEMS = re.compile(r"[\dA-ZÀ-ÖØ-ÞĀ-ſ]\w*")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Translation:
    """Article `copy` gives the text of article `source` in another language (positions in the
    story's order, the source the earlier): `matched` fingerprint items in order, `share` of
    the shorter fingerprint."""

    copy: int
    source: int
    matched: int
    share: float


def fingerprint(item: Prepared) -> tuple[str, ...]:
    """An article's figures and names, in order (see module)."""
    found: list[str] = []
    stated = -1  # the paragraph whose rest a verb of saying and a colon introduced
    for sentence, text in zip(item.sentences, outside_quotes(item.sentences), strict=True):
        if sentence.paragraph == stated:
            continue
        if ":" in text and (at := statement(text)) >= 0:
            text, stated = text[:at], sentence.paragraph
        chunks = _ITEMS.findall(text)
        if chunks and sentence.text.startswith(chunks[0]) and not chunks[0][0].isdigit():
            del chunks[0]  # a sentence's first word is written with a capital anyway
        for chunk in chunks:
            if chunk[0].isdigit():
                found += _DIGITS.findall(chunk)
            elif len(chunk) > SHORT and chunk[1:].islower():
                found.append(_fold(chunk))
    return tuple(found[:MAX_ITEMS])


@cache
def _fold(word: str) -> str:
    """A name without accents, case or ending: its first `PREFIX` letters."""
    return (
        unicodedata.normalize("NFKD", word[: PREFIX + 2]).encode("ascii", "ignore").decode()[:PREFIX].lower()
    )


def translations(corpus: Corpus, groups: Sequence[int]) -> list[Translation]:
    """The pairs of articles in different groups of copies (`groups[n]`: article n's group) and
    in languages not compared word for word that are one text translated, the closest first."""
    items = corpus.articles
    spoken = [item.language for item in items]
    if len({s for s in spoken if s != UNKNOWN}) < 2:
        return []
    prints: dict[int, tuple[str, ...]] = {}
    counts: dict[int, Counter[str]] = {}
    found = []
    for a in range(len(items)):
        for b in range(a + 1, len(items)):
            if (
                groups[a] == groups[b]
                or UNKNOWN in (spoken[a], spoken[b])
                or comparable(spoken[a], spoken[b])
            ):
                continue
            if abs(items[a].article.published - items[b].article.published) > WINDOW:
                continue
            for n in (a, b):
                if n not in prints:
                    prints[n] = fingerprint(items[n])
                    counts[n] = Counter(prints[n])
            shorter, longer = sorted((len(prints[a]), len(prints[b])))
            # Either bar: most of the shorter, many items; or half of the longer (a whole text).
            needed = min(max(MIN_MATCHED, MIN_SHARE * shorter), max(WHOLE_MATCHED, WHOLE_SHARE * longer))
            if (counts[a] & counts[b]).total() < needed:
                continue
            matched = _common(prints[a], prints[b])
            if matched >= needed and _common(*map(_names, (prints[a], prints[b]))) >= MIN_NAMES:
                found.append(Translation(b, a, matched, matched / shorter))
    return sorted(found, key=lambda t: (-t.share, t.source, t.copy))


def _names(items: Sequence[str]) -> list[str]:
    """The names of a fingerprint, in order (its figures left out)."""
    return [item for item in items if not item.isdigit()]


def _common(one: Sequence[str], two: Sequence[str]) -> int:
    """The length of the longest common subsequence of two sequences: the bit-parallel
    algorithm of Allison and Dix (1986) as Hyyrö (2004) writes it, one big-integer step per
    item of `one` (O(a x b / 64) machine words in all, not a x b Python steps)."""
    masks: dict[str, int] = {}
    for position, item in enumerate(two):
        masks[item] = masks.get(item, 0) | 1 << position
    ones = (1 << len(two)) - 1
    row = ones
    for item in one:
        matched = row & masks.get(item, 0)
        row = ((row + matched) | (row - matched)) & ones
    return len(two) - row.bit_count()
