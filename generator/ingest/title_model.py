"""The learned title chooser: of a plain-text page's title-shaped header lines, the one a small
ensemble of boosted trees rates the headline, taken instead of the title the rules and the line
model chose only when it is sure (`TitleModel.threshold`) and rates that title's line lower by
`TitleModel.margin` or more. Shipped as `title_model.json` beside this module, applied in plain
Python; `tools/ingest_title_train.py` trains it, leave-one-set-out, and records the sets.

A candidate is a line of the page's first `SEARCH_LINES` of `MAX_CHARS` characters or fewer, not an
item of a list of items; its features (`CANDIDATE_FEATURES`) are the line's own (`line_features`),
the line model's two probabilities, how it stands to the title chosen so far (the same words, holding
them, held by them), its rank among the candidates by the line model's title probability, the share of
its words found in the text below it, and the share of the URL's words it holds.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.ingest.line_features import FEATURES, line_key, url_words
from generator.ingest.line_model import Ensemble, LineModel, ensemble_json, ensemble_of
from generator.ingest.model import Block, Kind
from generator.ingest.slug_title import PROVISIONAL

MODEL_FILE = Path(__file__).with_name("title_model.json")
FORMAT = "briefing-title-model"
FEATURE_VERSION = 1
SEARCH_LINES = 100  # the line model's search too: the sets' headlines stand in their first 75 lines
MAX_CHARS = 300  # a longer line is a paragraph, never a headline in the twelve sets
BELOW_LINES = 40  # the text below a candidate that its words are looked for in
_LISTED = (Kind.ITEM, Kind.ORDERED)

CANDIDATE_FEATURES = (
    *FEATURES,
    "title_probability",
    "furniture_probability",
    "is_current",
    "holds_current",
    "within_current",
    "shares_current",
    "rank_by_title",
    "gap_to_best_title",
    "candidate_order",
    "share_below",
    "share_of_slug",
    "same_key_count",
)

_IS_CURRENT = CANDIDATE_FEATURES.index("is_current")
_HOLDS_CURRENT = CANDIDATE_FEATURES.index("holds_current")


class TitleModelError(Exception):
    """The title model file cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class TitleModel:
    """The ensemble and the confidence it acts with; `trained_on` names the sets (no text)."""

    ensemble: Ensemble
    threshold: float
    margin: float
    trained_on: tuple[str, ...] = ()

    def choose(
        self, page: list[Block], rows: list[list[float]], title: str, url: str | None, lines: LineModel
    ) -> Block | None:
        """The line to take as the title instead of `title` (see `pick`), or None. `lines` is the
        line model, `url` the page's."""
        found = candidates(page, rows, title, url, lines)
        rated = [self.ensemble.probability(row) for _, row in found]
        best = pick(rated, [row for _, row in found], self.threshold, self.margin)
        return None if best is None else page[found[best][0]]

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "feature_version": FEATURE_VERSION,
            "features": list(CANDIDATE_FEATURES),
            "threshold": self.threshold,
            "margin": self.margin,
            "trained_on": list(self.trained_on),
            **ensemble_json(self.ensemble),
        }


def _words(text: str) -> set[str]:
    return set(line_key(text).split())


def candidates(
    page: list[Block], rows: list[list[float]], title: str, url: str | None, lines: LineModel
) -> list[tuple[int, list[float]]]:
    """The page's candidate lines (their indexes) with their `CANDIDATE_FEATURES`, given the
    title chosen so far and the page's URL."""
    head = page[:SEARCH_LINES]
    listed = {i for i, b in enumerate(head) if b.kind in _LISTED}
    chosen = [
        i
        for i, b in enumerate(head)
        if line_key(b.text)
        and len(b.text) <= MAX_CHARS
        and not (i in listed and (i - 1 in listed or i + 1 in listed))
    ]
    if not chosen:
        return []
    current = line_key(title)
    current_words = set(current.split())
    slug = url_words(url)
    keys = [line_key(b.text) for b in page]
    counts = Counter(keys)
    title_p = {i: lines.title_probability(rows[i]) for i in chosen}
    ranked = sorted(chosen, key=lambda i: -title_p[i])
    rank = {i: r for r, i in enumerate(ranked)}
    best = title_p[ranked[0]]
    found = []
    for order, i in enumerate(chosen):
        key = keys[i]
        words = set(key.split())
        below: set[str] = set()
        for block in page[i + 1 : i + 1 + BELOW_LINES]:
            below |= _words(block.text)
        found.append(
            (
                i,
                [
                    *rows[i],
                    title_p[i],
                    lines.furniture_probability(rows[i]),
                    float(bool(current) and key == current),
                    float(bool(current) and f" {current} " in f" {key} "),
                    float(bool(current) and f" {key} " in f" {current} "),
                    len(words & current_words) / len(words) if words else 0.0,
                    float(min(rank[i], 20)),
                    best - title_p[i],
                    float(min(order, 50)),
                    len(words & below) / len(words) if words else 0.0,
                    len(words & slug) / len(slug) if slug else 0.0,
                    float(min(counts[key], 5)),
                ],
            )
        )
    return found


def pick(
    rated: Sequence[float], rows: Sequence[Sequence[float]], threshold: float, margin: float
) -> int | None:
    """The index of the candidate to take (`rated` are the model's probabilities for `rows`), or
    None: the one rated highest, when it reaches `threshold`, is not the line the current title
    was taken from, and is rated at least `margin` over that line (over 0 when the title is no
    line's words)."""
    if not rated:
        return None
    best = max(range(len(rated)), key=lambda k: rated[k])
    if rows[best][_IS_CURRENT] or rows[best][_HOLDS_CURRENT] or rated[best] < threshold:
        return None
    mine = [p for p, row in zip(rated, rows, strict=True) if row[_IS_CURRENT]] or [
        p for p, row in zip(rated, rows, strict=True) if row[_HOLDS_CURRENT]
    ]
    return None if rated[best] - max(mine or [0.0]) < margin else best


def chooser_note(review: tuple[str, ...], replaced: str) -> tuple[str, ...]:
    """The review notes once the chooser has taken another line: the title the rules read named
    (no note of a provisional title, the page did have a headline, nor of the slug's reading)."""
    kept = tuple(note for note in review if not note.startswith((PROVISIONAL, "title read by the URL")))
    return (*kept, f"title chosen by the title model instead of '{replaced}': check it")


def parse(data: Any, where: str) -> TitleModel:
    """The model in `data` (the file's JSON); TitleModelError naming `where` when it does not fit."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TitleModelError(f"{where}: format: expected '{FORMAT}'")
    if data.get("feature_version") != FEATURE_VERSION or data.get("features") != list(CANDIDATE_FEATURES):
        raise TitleModelError(
            f"{where}: feature_version: trained on version {data.get('feature_version')!r}, "
            f"this ingest computes version {FEATURE_VERSION}; retrain with tools/ingest_title_train.py"
        )
    try:
        return TitleModel(
            ensemble_of(data, len(CANDIDATE_FEATURES)),
            float(data["threshold"]),
            float(data["margin"]),
            tuple(str(s) for s in data["trained_on"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise TitleModelError(f"{where}: {exc}") from None


def load(path: Path) -> TitleModel:
    """The model saved in `path`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TitleModelError(f"{path}: {exc}") from None
    return parse(data, str(path))


@cache
def packaged() -> TitleModel:
    """The model shipped with ingest (read once per process)."""
    return load(MODEL_FILE)
