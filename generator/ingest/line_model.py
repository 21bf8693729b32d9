"""The learned line model: which lines the rules kept in a plain-text body are page furniture.

The model is a small ensemble of boosted decision trees over `line_features.FEATURES`, trained
by `tools/ingest_train.py` on labelled pages and shipped as `line_model.json` beside this
module. It is applied in plain Python (no runtime dependency): each tree adds its leaf's value
to the log-odds that the line is furniture; a body line whose probability reaches the model's
threshold is removed, with the probability in the removal's reason. The model only removes
lines the rules kept: what the rules removed stays removed, and every metadata line (dates,
bylines, datelines, credits) has been read by the rules before the model runs.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from generator.ingest.line_features import FEATURE_VERSION, FEATURES, PageFacts, page_features
from generator.ingest.list_rules import is_list_header
from generator.ingest.model import Block, Kind, Removal
from generator.ingest.shapes import is_paragraph_like, is_sentence, repeats_cells, word_count
from generator.ingest.text_rules import LineRule

MODEL_FILE = Path(__file__).with_name("line_model.json")
FORMAT = "briefing-line-model"
RULE = "line-model"


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
class TrainedOn:
    """One labelled set the model learnt from: its name and counts, never its text."""

    name: str
    pages: int
    lines: int


@dataclass(frozen=True)
class LineModel:
    """Boosted trees giving the log-odds that a line is furniture, and the removal threshold."""

    base: float
    rate: float
    trees: tuple[Tree, ...]
    threshold: float
    trained_on: tuple[TrainedOn, ...] = ()
    edges_only: bool = True  # remove only above the first and below the last body paragraph
    sentence_threshold: float = 1.0  # the threshold for a line of running text (a sentence)

    def furniture(self, row: list[float]) -> float:
        """The probability that the line described by `row` is page furniture."""
        raw = self.base + self.rate * sum(tree.leaf(row) for tree in self.trees)
        return 1.0 / (1.0 + math.exp(-raw))

    def threshold_for(self, text: str) -> float:
        """The probability at which a line with this text is removed: running text needs more."""
        if is_sentence(text) and len(text.split()) + len(_CJK.findall(text)) // 2 >= SENTENCE_WORDS:
            return max(self.threshold, self.sentence_threshold)
        return self.threshold

    def as_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "feature_version": FEATURE_VERSION,
            "features": list(FEATURES),
            "threshold": self.threshold,
            "edges_only": self.edges_only,
            "sentence_threshold": self.sentence_threshold,
            "base": self.base,
            "rate": self.rate,
            "trained_on": [{"set": t.name, "pages": t.pages, "lines": t.lines} for t in self.trained_on],
            "trees": [
                {
                    "feature": list(t.feature),
                    "threshold": list(t.threshold),
                    "left": list(t.left),
                    "right": list(t.right),
                    "value": list(t.value),
                }
                for t in self.trees
            ],
        }


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
        trained = tuple(
            TrainedOn(str(t["set"]), int(t["pages"]), int(t["lines"])) for t in data["trained_on"]
        )
        return LineModel(
            float(data["base"]),
            float(data["rate"]),
            trees,
            float(data["threshold"]),
            trained,
            bool(data["edges_only"]),
            float(data["sentence_threshold"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ModelError(f"{where}: {exc!r}") from None


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


SENTENCE_WORDS = 3
ANCHOR_WORDS = 12  # a paragraph of the text: the model removes nothing between two of them
ANCHOR_CJK_CHARS = 24


def is_anchor(text: str) -> bool:
    """True for a paragraph or sentence of running text of `ANCHOR_WORDS` words or more (a
    Japanese or Chinese one of `ANCHOR_CJK_CHARS` characters): with two of them the model has
    found the article's text, and the short lines between them (sub-headings, table cells, a
    live blog's headings) are the article's too."""
    if not (is_paragraph_like(text) or is_sentence(text)):
        return False
    return len(text.split()) >= ANCHOR_WORDS or len(_CJK.findall(text)) >= ANCHOR_CJK_CHARS


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
TABLE_CELL_WORDS = 8
TABLE_MIN_CELLS = 3


def headings_over_text(body: tuple[Block, ...]) -> set[int]:
    """The sub-headings the rules shaped (`structure.shape_body`) right above a paragraph of
    the article's running text (`is_anchor`)."""
    return {
        index
        for index, block in enumerate(body[:-1])
        if block.kind in (Kind.HEADING, Kind.SUBHEADING) and is_anchor(body[index + 1].text)
    }


def table_cells(body: tuple[Block, ...]) -> set[int]:
    """The blocks of runs of short lines whose cells repeat as a table's column does
    (`shapes.repeats_cells`): a table of the article, never removed by the model."""
    cells: set[int] = set()
    run: list[int] = []
    for index in range(len(body) + 1):
        block = body[index] if index < len(body) else None
        if block is not None and word_count(block.text) <= TABLE_CELL_WORDS and not is_sentence(block.text):
            run.append(index)
            continue
        if len(run) >= TABLE_MIN_CELLS and repeats_cells([body[i].text for i in run]):
            cells.update(run)
        run = []
    return cells


_LISTED = (Kind.ITEM, Kind.ORDERED)
_HEADINGS = (Kind.HEADING, Kind.SUBHEADING)


def structure(body: tuple[Block, ...], furniture: list[bool]) -> set[int]:
    """The blocks of the article's own structure the rules shaped (`structure.shape_body`),
    which the model does not remove: a sub-heading over text the model keeps, a list under a
    sub-heading the model keeps or that is no list header the rules know ('Most read', 'Tags':
    `list_rules.is_list_header`), a list under a lead-in line ending in a colon that the text
    leads into (with that heading or line), and a list right above the article's text (its key
    points)."""
    found: set[int] = set()

    def text(index: int) -> bool:
        return (
            0 <= index < len(body)
            and not furniture[index]
            and (is_anchor(body[index].text) or is_sentence(body[index].text))
        )

    for index, block in enumerate(body):
        if block.kind in _HEADINGS and text(index + 1):
            found.add(index)
        if block.kind not in _LISTED or (index > 0 and body[index - 1].kind in _LISTED):
            continue
        end = index
        while end + 1 < len(body) and body[end + 1].kind in _LISTED:
            end += 1
        above = body[index - 1] if index > 0 else None
        led = above is not None and (
            (above.kind in _HEADINGS and (not furniture[index - 1] or not is_list_header(above)))
            or (above.text.rstrip().endswith((":", "：")) and text(index - 2))
        )
        if led or (end + 1 < len(body) and is_anchor(body[end + 1].text) and not furniture[end + 1]):
            found.update(range(index, end + 1))
            if led:
                found.add(index - 1)
    return found


def drop_furniture(
    page: list[Block],
    body: tuple[Block, ...],
    facts: PageFacts,
    rules: tuple[LineRule, ...],
    model: LineModel,
) -> tuple[tuple[Block, ...], tuple[Removal, ...]]:
    """The body without the blocks the model calls furniture, and their removals. `page` is the
    page's blocks as read, `body` what the rules kept of it."""
    scores = {
        block.line: model.furniture(row)
        for block, row in zip(page, page_features(page, facts, rules), strict=True)
        if block.line is not None
    }
    furniture = [
        block.line is not None and scores.get(block.line, 0.0) >= model.threshold_for(block.text)
        for block in body
    ]
    for index in table_cells(body):  # the rules know a table copied one cell a line
        furniture[index] = False
    if body:  # the longest block is the text's, whatever the model says
        furniture[max(range(len(body)), key=lambda i: len(body[i].text))] = False
    for index in structure(body, furniture):
        furniture[index] = False
    anchors = [i for i, block in enumerate(body) if not furniture[i] and is_anchor(block.text)]
    first, last = (anchors[0], anchors[-1]) if anchors else (len(body), -1)
    kept: list[Block] = []
    removals: list[Removal] = []
    for index, block in enumerate(body):
        score = scores.get(block.line) if block.line is not None else None
        if score is not None and furniture[index] and not first <= index <= last:
            removals.append(Removal.of(block, RULE, f"page furniture by the line model ({score:.2f})"))
        else:
            kept.append(block)
    return tuple(kept), tuple(removals)
