"""`python -m tools.ingest_meta_train SET_FOLDER... [--out MODEL.json]`:
train ingest's wire-credit line model (`generator.ingest.meta_line_model`) on labelled plain-text
pages (the layout `tools/ingest_plain.py` reads; a set may be split into sub-folders).

Every line of a page that holds a wire of the registry is a candidate; it is labelled a credit
when its wire is the truth's `via` and the line is not body text by the truth (`ingest_train.labels`).
The rules run first (`pipeline.by_rules`); the model is asked only where they read no credit.

Validation is leave-one-set-out: for each set, the model is trained on the others, its threshold
set just over the surest wrong pick the others make when each of them is left out in turn (so a
pick as sure as a known wrong one is never taken), and the held-out set scored: credits found,
missed and false, against the rules alone. Then the shipped model is trained on all sets the same
way. The file records the set names and counts, never page text.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.ingest.line_model import Ensemble, Tree
from generator.ingest.meta_line_model import Candidate, MetaLineModel, candidates
from generator.load.config import load_config
from generator.model.wires import Registry
from tools.ingest_plain import wire
from tools.ingest_runner import make_project
from tools.ingest_train import BODY, SEED, Page, read_sets

TREES = 60  # few and shallow: some 160 candidate lines, 85 of them credits, in nine sets
DEPTH = 2
RATE = 0.1
MARGIN = 0.02  # the threshold stands this far over the surest wrong pick of the inner folds
FLOOR = 0.5  # and never under an even chance
CEILING = 0.99  # a wrong pick surer than this leaves no safe threshold: the model picks nothing
NEVER = 1.01  # the threshold then: no probability reaches it


@dataclass(frozen=True)
class Labelled:
    set_name: str
    truth_via: str | None
    rules_via: str | None
    candidates: list[Candidate]
    targets: list[int]


def labelled(pages: Sequence[Page], wires: Registry) -> list[Labelled]:
    found = []
    for page in pages:
        draft = page.ruled.draft
        cands = candidates(page.ruled.page, draft.blocks, draft.metadata.title, wires)
        truth = wire(page.truth.via)
        targets = [int(truth is not None and c.wire == truth and page.labels[c.index] != BODY) for c in cands]
        found.append(Labelled(page.set_name, truth, wire(draft.metadata.via), cands, targets))
    return found


def fit_ensemble(rows: list[list[float]], targets: list[int]) -> Ensemble:
    """Boosted trees on the examples (fixed seed), exported to a plain-Python `Ensemble`."""
    from sklearn.ensemble import GradientBoostingClassifier

    clf = GradientBoostingClassifier(
        n_estimators=TREES, max_depth=DEPTH, learning_rate=RATE, subsample=0.8, random_state=SEED
    )
    clf.fit(rows, targets)
    prior = sum(targets) / len(targets)
    trees = []
    for (estimator,) in clf.estimators_:
        t = estimator.tree_
        trees.append(
            Tree(
                tuple(int(f) for f in t.feature),
                tuple(round(float(v), 6) for v in t.threshold),
                tuple(int(v) for v in t.children_left),
                tuple(int(v) for v in t.children_right),
                tuple(round(float(v), 6) for v in t.value[:, 0, 0]),
            )
        )
    return Ensemble(round(math.log(prior / (1 - prior)), 6), RATE, tuple(trees))


def fit(
    pages: Sequence[Labelled], threshold: float, trained_on: tuple[dict[str, object], ...] = ()
) -> MetaLineModel:
    rows = [c.row for p in pages for c in p.candidates]
    targets = [t for p in pages for t in p.targets]
    return MetaLineModel(fit_ensemble(rows, targets), threshold, trained_on)


def best(page: Labelled, model: MetaLineModel) -> tuple[float, str] | None:
    rated = [(model.credit.probability(c.row), c.wire) for c in page.candidates]
    return max(rated) if rated else None


def choose_threshold(pages: Sequence[Labelled]) -> float:
    """Just over the surest wrong pick when each set of `pages` is left out in turn (`NEVER` when
    that pick is surer than `CEILING`)."""
    names = sorted({p.set_name for p in pages})
    worst = 0.0
    for name in names:
        train = [p for p in pages if p.set_name != name]
        if not any(t for p in train for t in p.targets):
            continue
        model = fit(train, 1.0)
        for page in (p for p in pages if p.set_name == name and p.rules_via is None):
            pick = best(page, model)
            if pick is not None and pick[1] != page.truth_via:
                worst = max(worst, pick[0])
    return NEVER if worst + MARGIN > CEILING else max(FLOOR, worst + MARGIN)


def outcome(page: Labelled, model: MetaLineModel | None) -> str:
    """'found', 'missed', 'false' or 'none' (no credit, none read) for the page's final `via`."""
    via = page.rules_via
    if via is None and model is not None:
        pick = best(page, model)
        via = pick[1] if pick is not None and pick[0] >= model.threshold else None
    if via is None:
        return "missed" if page.truth_via else "none"
    return "found" if via == page.truth_via else "false"


def figures(pages: Sequence[Labelled], model: MetaLineModel | None) -> str:
    results = [outcome(p, model) for p in pages]
    return f"found {results.count('found')} missed {results.count('missed')} false {results.count('false')}"


def validate(pages: Sequence[Labelled]) -> list[str]:
    lines = []
    for name in sorted({p.set_name for p in pages}):
        train = [p for p in pages if p.set_name != name]
        held = [p for p in pages if p.set_name == name]
        threshold = choose_threshold(train)
        model = fit(train, threshold)
        lines.append(
            f"{name:16} ({len(held):3} pages) threshold {_shown(threshold)}   rules: {figures(held, None)}"
            f"   rules + model: {figures(held, model)}"
        )
    return lines


def _shown(threshold: float) -> str:
    return "none" if threshold >= NEVER else f"{threshold:.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="ingest_meta_train", description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, help="write the model trained on all sets here")
    parser.add_argument("--no-validate", action="store_true")
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("error: scikit-learn is not installed: pip install -e '.[train]'", file=sys.stderr)
        return 2
    try:
        with tempfile.TemporaryDirectory(prefix="ingest-meta-train-") as scratch:
            pages = read_sets(args.sets, Path(scratch))
            wires = load_config(make_project(Path(scratch) / "all", [])).wires
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    data = labelled(pages, wires)
    positives = sum(sum(p.targets) for p in data)
    print(
        f"{len(data)} pages, {sum(len(p.candidates) for p in data)} candidate lines, {positives} credit lines"
    )
    if not args.no_validate:
        for line in validate(data):
            print(line)
        print(f"{'all, pooled':16} ({len(data):3} pages)                  rules: {figures(data, None)}")
    sets = tuple(
        {
            "set": name,
            "pages": sum(1 for p in data if p.set_name == name),
            "candidates": sum(len(p.candidates) for p in data if p.set_name == name),
        }
        for name in sorted({p.set_name for p in data})
    )
    if args.out is None:
        return 0
    threshold = choose_threshold(data)
    model = fit(data, threshold, sets)
    args.out.write_text(json.dumps(model.as_json(), indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out} (threshold {_shown(threshold)}; in-sample {figures(data, model)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
