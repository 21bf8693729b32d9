"""The learned line model: two small ensembles of boosted decision trees over the features of
`line_features`, shipped as `line_model.json` beside this module and applied in plain Python
(no runtime dependency; `tools/ingest_train.py` trains them).

- `furniture`: the probability that a line is not the article's text (page furniture, or the
  headline printed again), for the lines the rules kept in a plain-text body;
  `line_filter.drop_furniture` removes those at or over `threshold` (`sentence_threshold` for a
  line of running text).
- `title`: the probability that a line is the headline; `line_filter.choose_title` takes a
  line over `title_threshold` as the title when the rules' title is no line of the page it
  rates so.

Each tree adds its leaf's value to the log-odds. The file records the feature list and its
version (a model of another version is refused when loaded), the thresholds and what it was
trained on (set names and counts, never page text).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.ingest.line_features import FEATURE_VERSION, FEATURES

MODEL_FILE = Path(__file__).with_name("line_model.json")
FORMAT = "briefing-line-model"
_TITLE_BLIND = FEATURES.index("title_likeness")  # the title model must not read the rules' title


class ModelError(Exception):
    """The model file cannot be used; the message names the file and what is wrong."""


@dataclass(frozen=True)
class Tree:
    """One regression tree: node arrays, a leaf where `left[i] == -1`."""

    feature: tuple[int, ...]
    threshold: tuple[float, ...]
    left: tuple[int, ...]
    right: tuple[int, ...]
    value: tuple[float, ...]

    def leaf(self, row: list[float]) -> float:
        node = 0
        while self.left[node] != -1:
            node = self.left[node] if row[self.feature[node]] <= self.threshold[node] else self.right[node]
        return self.value[node]


@dataclass(frozen=True)
class Ensemble:
    """Boosted trees: the log-odds are `base` plus `rate` times the sum of the trees' leaves."""

    base: float
    rate: float
    trees: tuple[Tree, ...]

    def probability(self, row: list[float]) -> float:
        raw = self.base + self.rate * sum(tree.leaf(row) for tree in self.trees)
        if raw >= 0:  # the logistic written both ways, so that no log-odds overflows math.exp
            return 1.0 / (1.0 + math.exp(-raw))
        odds = math.exp(raw)
        return odds / (1.0 + odds)


@dataclass(frozen=True)
class TrainedOn:
    """One labelled set the model learnt from: its name and counts, never its text."""

    name: str
    pages: int
    lines: int


@dataclass(frozen=True)
class LineModel:
    """The two ensembles and the thresholds they are applied with."""

    furniture: Ensemble
    title: Ensemble
    threshold: float
    sentence_threshold: float
    title_threshold: float
    trained_on: tuple[TrainedOn, ...] = ()

    def furniture_probability(self, row: list[float]) -> float:
        """The probability that the line described by `row` is not the article's text."""
        return self.furniture.probability(row)

    def title_probability(self, row: list[float]) -> float:
        """The probability that the line described by `row` is the headline (its likeness to
        the rules' title left out)."""
        blind = list(row)
        blind[_TITLE_BLIND] = 0.0
        return self.title.probability(blind)

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "feature_version": FEATURE_VERSION,
            "features": list(FEATURES),
            "threshold": self.threshold,
            "sentence_threshold": self.sentence_threshold,
            "title_threshold": self.title_threshold,
            "trained_on": [{"set": t.name, "pages": t.pages, "lines": t.lines} for t in self.trained_on],
            "furniture": ensemble_json(self.furniture),
            "title": ensemble_json(self.title),
        }


def ensemble_json(ensemble: Ensemble) -> dict[str, Any]:
    """`ensemble` as saved in a model file: its base, rate and trees (`ensemble_of` reads it)."""
    return {
        "base": ensemble.base,
        "rate": ensemble.rate,
        "trees": [
            {
                "feature": list(t.feature),
                "threshold": list(t.threshold),
                "left": list(t.left),
                "right": list(t.right),
                "value": list(t.value),
            }
            for t in ensemble.trees
        ],
    }


def _ensemble(data: dict[str, Any]) -> Ensemble:
    return ensemble_of(data, len(FEATURES))


def ensemble_of(data: dict[str, Any], features: int) -> Ensemble:
    """The boosted trees saved in `data` (`as_json`'s form), over `features` features; ValueError
    when a tree splits on a feature past them."""
    trees = tuple(
        Tree(
            tuple(int(v) for v in t["feature"]),
            tuple(float(v) for v in t["threshold"]),
            tuple(int(v) for v in t["left"]),
            tuple(int(v) for v in t["right"]),
            tuple(float(v) for v in t["value"]),
        )
        for t in data["trees"]
    )
    for tree in trees:
        used = [f for f, left in zip(tree.feature, tree.left, strict=True) if left != -1]
        if any(not 0 <= f < features for f in used):
            raise ValueError("a tree splits on a feature this ingest does not compute")
    return Ensemble(float(data["base"]), float(data["rate"]), trees)


def parse(data: Any, where: str) -> LineModel:
    """The model in `data` (the file's JSON); ModelError naming `where` when it does not fit."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ModelError(f"{where}: format: expected '{FORMAT}'")
    if data.get("feature_version") != FEATURE_VERSION or data.get("features") != list(FEATURES):
        raise ModelError(
            f"{where}: feature_version: trained on version {data.get('feature_version')!r}, "
            f"this ingest computes version {FEATURE_VERSION}; retrain with `make ingest-train`"
        )
    try:
        trained = tuple(
            TrainedOn(str(t["set"]), int(t["pages"]), int(t["lines"])) for t in data["trained_on"]
        )
        return LineModel(
            furniture=_ensemble(data["furniture"]),
            title=_ensemble(data["title"]),
            threshold=float(data["threshold"]),
            sentence_threshold=float(data["sentence_threshold"]),
            title_threshold=float(data["title_threshold"]),
            trained_on=trained,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{where}: {exc}") from None


def load(path: Path) -> LineModel:
    """The model saved in `path`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(f"{path}: {exc}") from None
    return parse(data, str(path))


@cache
def packaged() -> LineModel:
    """The model shipped with ingest (read once per process)."""
    return load(MODEL_FILE)
