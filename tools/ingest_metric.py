"""The body metric of the article-extraction benchmark, and the text of an article file's body.

The metric is the benchmark's own (Zyte's `evaluate.py`), so our figures compare with its
published table: split the true and the extracted body into word tokens (`\\w+`, Unicode, case
kept), take every 4-token shingle of each (a text of 1 to 3 tokens is one shingle), count true
positives as the shingles both share (with multiplicity), false positives as extra extracted
ones and false negatives as missing ones, and normalise a page's three counts to sum to 1.
Precision and recall are means over pages, pages where one is undefined left out of its mean;
F1 is computed from the two means.

One difference, stated in the benchmark's README we measure against: an empty extraction (a
page ingest refused, or one it wrote without a body) scores precision 0 and recall 0, where
`evaluate.py` leaves its precision out of the mean. Refusing a hard page must not raise the
precision. `Summary.as_evaluate_py` gives the benchmark script's exact figure too.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import yaml

from generator.load.articles import split_front_matter

SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """The word tokens the metric counts."""
    return _TOKEN.findall(text)


def shingles(text: str, size: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Every run of `size` consecutive tokens, counted; a shorter text is one shingle."""
    words = tokens(text)
    return Counter(tuple(words[i : i + size]) for i in range(max(1, len(words) - size + 1)) if words)


@dataclass(frozen=True)
class Match:
    """One page: the shares of true positive, false positive and false negative shingles."""

    tp: float
    fp: float
    fn: float

    @property
    def empty_prediction(self) -> bool:
        return self.tp == 0 and self.fp == 0

    @property
    def precision(self) -> float | None:
        """None when undefined (nothing extracted and nothing to extract); 0 for an empty
        prediction of a non-empty body."""
        if self.fp == self.fn == 0:
            return 1.0 if self.tp else None
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float | None:
        """None when undefined (nothing to extract)."""
        if self.fp == self.fn == 0:
            return 1.0 if self.tp else None
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        return f1(self.precision or 0.0, self.recall or 0.0)


def match(true: str, predicted: str) -> Match:
    """How the predicted body's shingles compare with the true body's, normalised."""
    want, got = shingles(true), shingles(predicted)
    tp = sum((want & got).values())
    fp = sum((got - want).values())
    fn = sum((want - got).values())
    total = tp + fp + fn
    if not total:
        return Match(0.0, 0.0, 0.0)
    return Match(tp / total, fp / total, fn / total)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(frozen=True)
class Summary:
    """The mean precision and recall over pages, and the F1 computed from them."""

    precision: float
    recall: float
    pages: int

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)


def summarise(matches: Sequence[Match]) -> Summary:
    """Means over pages; an empty prediction counts as precision 0 (see the module docstring)."""
    return Summary(_mean([m.precision for m in matches]), _mean([m.recall for m in matches]), len(matches))


def as_evaluate_py(matches: Sequence[Match]) -> Summary:
    """The benchmark script's own figure: empty predictions left out of the precision mean."""
    precisions = [m.precision if m.tp + m.fp > 0 else None for m in matches]
    return Summary(_mean(precisions), _mean([m.recall for m in matches]), len(matches))


def _mean(values: Sequence[float | None]) -> float:
    kept = [v for v in values if v is not None]
    return statistics.fmean(kept) if kept else 0.0


# --- the article file ------------------------------------------------------------------------

_LINE_MARKERS = re.compile(r"^(?:>\s?)+|^#{1,6}\s+|^(?:[-*+]|\d{1,9}[.)])\s+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_UNDERSCORES = re.compile(r"(?<!\w)_+|_+(?!\w)")


def split_article(text: str) -> tuple[dict[str, object], str]:
    """The front matter (a mapping, empty when there is none) and the Markdown body."""
    parts = split_front_matter(text)
    if parts is None:
        return {}, text
    front, body, _ = parts
    data = yaml.safe_load(front)
    return (data if isinstance(data, dict) else {}), body


def markdown_text(body: str) -> str:
    """The words of a Markdown body, one block a line: heading and quote markers, list bullets
    and numbers, link and image syntax, backslash escapes and underscore emphasis removed (the
    metric's `\\w` would count an underscore as part of a word). Text that looks like an HTML
    tag stays: ingest writes a page's text verbatim, so it is the page's own text."""
    lines = []
    for raw in body.split("\n"):
        line = _LINE_MARKERS.sub("", raw.strip())
        line = _IMAGE.sub("", line)
        line = _LINK.sub(r"\1", line)
        line = _AUTOLINK.sub(r"\1", line)
        line = _ESCAPE.sub(r"\1", line)
        line = _UNDERSCORES.sub("", line).replace("`", "").strip()
        if line:
            lines.append(line)
    return "\n".join(lines)


def article_body(text: str) -> str:
    """The body of an article file as plain text (see `markdown_text`)."""
    return markdown_text(split_article(text)[1])
