"""The shape and context of each line of a plain-text page, as numbers for the line model.

One row per block of the page as `split_text` read it (a line, or a hard-wrapped paragraph
joined), in page order. Nothing here names a site, an address or one page's wording: the
features are the line's shape (length, words, capitals, digits, final punctuation, list and
counter shapes), its place (position on the page, distance from the longest run of
paragraphs), its repetition on the page, its likeness to the title and to the URL's slug, the
furniture vocabulary `furniture_words` already lists, the one-line rules' verdict on it (does
a rule of `text_rules` call it furniture), and a few of the same figures for the two lines
above and below it. Whether the cleaning steps kept the line is NOT a feature: on
leave-one-set-out validation it made the model learn "kept means body" from the sets the rules
were tuned on, and it transferred worse (docs/ingest-measurements.md).
`FEATURE_VERSION` changes whenever the list or a definition changes; a model trained on
another version is refused when it is loaded.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from generator.ingest.furniture_words import NOUN_LABELS, SOCIAL_WORDS_OTHER, UI_LABELS_OTHER
from generator.ingest.line_rule import LineRule, first_match
from generator.ingest.model import Block, Kind
from generator.ingest.shapes import CJK_LETTER, is_headline_like, is_paragraph_like, is_sentence, starts_well

FEATURE_VERSION = 1
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")
_DIGIT = re.compile(r"\d")
_TERMINAL = re.compile(r"[.!?…。！？][\"'”’)\]»」』）]*$")
_COUNTER = re.compile(r"^\D{0,20}\d[\d.,kKmM]*\s*\D{0,20}$")
_MARKS = re.compile(r"[|•·›»©@/#]|https?:|www\.")
_VOCABULARY = UI_LABELS_OTHER | SOCIAL_WORDS_OTHER | NOUN_LABELS
_PHOTO_RULES = frozenset({"photo-credit", "photo-caption", "media-notice", "image-file"})
LINE_MEASURES = (
    "log_chars",
    "words",
    "ends_sentence",
    "paragraph_like",
    "rule_any",
)
FEATURES = (
    "position",
    "from_start",
    "from_end",
    "log_chars",
    "words",
    "ends_sentence",
    "ends_colon",
    "sentence",
    "paragraph_like",
    "headline_like",
    "starts_well",
    "upper_share",
    "digit_share",
    "marks",
    "counter",
    "item",
    "cjk",
    "vocabulary_share",
    "repeats",
    "title_likeness",
    "slug_likeness",
    "rule_any",
    "rule_photo",
    "in_main_run",
    "before_main_run",
    "after_main_run",
    "share_text_before",
    "main_run_length",
    *(f"prev_{name}" for name in LINE_MEASURES),
    *(f"next_{name}" for name in LINE_MEASURES),
    *(f"prev2_{name}" for name in LINE_MEASURES),
    *(f"next2_{name}" for name in LINE_MEASURES),
)


@dataclass(frozen=True)
class PageFacts:
    """What is known of the page besides its lines: the title the rules chose, and its URL."""

    title: str | None
    url: str | None


def page_features(blocks: Sequence[Block], facts: PageFacts, rules: Iterable[LineRule]) -> list[list[float]]:
    """One row of `FEATURES` per block of the page, in order. `rules` are the one-line furniture
    rules (`text_rules.line_rules`): whether one calls the line furniture is a feature."""
    rules = tuple(rules)
    texts = [block.text for block in blocks]
    keys = [line_key(text) for text in texts]
    repeats = Counter(keys)
    title_words = set(_words(facts.title or ""))
    slug_words = url_words(facts.url)
    chars = [len(text) for text in texts]
    total = sum(chars) or 1
    paragraphs = [is_paragraph_like(text) for text in texts]
    start, end = _main_run(paragraphs, chars)
    rows: list[list[float]] = []
    before = 0
    n = len(blocks)
    for index, block in enumerate(blocks):
        text = texts[index]
        words = _words(text)
        letters = _LETTER.findall(text)
        rule = first_match(text, rules)
        rows.append(
            [
                index / max(n - 1, 1),
                float(min(index, 30)),
                float(min(n - 1 - index, 30)),
                math.log1p(len(text)),
                float(min(_word_count(text, words), 200)),
                float(bool(_TERMINAL.search(text))),
                float(text.rstrip().endswith((":", "："))),
                float(is_sentence(text)),
                float(paragraphs[index]),
                float(is_headline_like(text)),
                float(starts_well(text)),
                len(_UPPER.findall(text)) / max(len(letters), 1),
                len(_DIGIT.findall(text)) / max(len(text), 1),
                float(len(_MARKS.findall(text))),
                float(bool(_COUNTER.match(text)) and len(text) <= 40),
                float(block.kind in (Kind.ITEM, Kind.ORDERED)),
                float(bool(CJK_LETTER.search(text))),
                _vocabulary_share(text),
                float(min(repeats[keys[index]] - 1, 5)),
                _overlap(words, title_words),
                _overlap(words, slug_words),
                float(rule is not None),
                float(rule is not None and rule.name in _PHOTO_RULES),
                float(start <= index < end),
                float(min(max(start - index, 0), 30)),
                float(min(max(index - end + 1, 0), 30)),
                before / total,
                float(min(end - start, 100)),
            ]
        )
        before += chars[index]
    own = [_measures(row) for row in rows]
    blank = [0.0] * len(LINE_MEASURES)
    for index, row in enumerate(rows):
        for offset in (-1, 1, -2, 2):
            other = index + offset
            row.extend(own[other] if 0 <= other < n else blank)
    return rows


def _measures(row: list[float]) -> list[float]:
    return [row[FEATURES.index(name)] for name in LINE_MEASURES]


def _main_run(paragraphs: list[bool], chars: list[int]) -> tuple[int, int]:
    """The start and end (exclusive) of the run of paragraph-like blocks holding the most text."""
    best, best_chars, start = (0, 0), 0, None
    for index, flag in enumerate([*paragraphs, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            size = sum(chars[start:index])
            if size > best_chars:
                best, best_chars = (start, index), size
            start = None
    return best


def _word_count(text: str, words: list[str]) -> float:
    """Words, a Japanese or Chinese text's characters counted two to a word (it has no spaces)."""
    cjk = len(CJK_LETTER.findall(text))
    return cjk / 2 + len([w for w in words if not CJK_LETTER.search(w)])


def line_key(text: str) -> str:
    """A line's words, case-folded, one space apart: how lines are compared."""
    return " ".join(_words(text))


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def url_words(url: str | None) -> set[str]:
    """The words of the URL's path, case-folded, numbers left out (the slug's words)."""
    if not url:
        return set()
    path = unquote(urlsplit(url).path)
    return {word for word in _words(path.replace("-", " ").replace("_", " ")) if not word.isdigit()}


def _overlap(words: list[str], other: set[str]) -> float:
    """The share of the line's distinct words found in `other`."""
    mine = set(words)
    return len(mine & other) / len(mine) if mine and other else 0.0


_VOCABULARY_SHARE_RE = re.compile(r"[|•·/›»]|\s{2,}")


def _vocabulary_share(text: str) -> float:
    """The share of the line's parts (split at '|', '•', '·' and the like) that are furniture
    labels in `furniture_words`."""
    parts = [part.strip(" .:!").casefold() for part in _VOCABULARY_SHARE_RE.split(text) if part.strip()]
    return sum(part in _VOCABULARY for part in parts) / len(parts) if parts else 0.0
