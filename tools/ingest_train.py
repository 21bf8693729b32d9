"""`make ingest-train SETS="dir ..."`: train ingest's line model on labelled plain-text pages.

    python -m tools.ingest_train SET_FOLDER... [--out generator/ingest/line_model.json]

Each SET_FOLDER is one set in the layout `tools/ingest_plain.py` reads (`<id>.txt` with
`<id>.truth.json`), or a folder whose sub-folders are (a set split into parts); the set's name
is the folder's name. The pages stay where they are: the model file records each set's name and
its counts, never page text.

Every line of every page is labelled by aligning it with the page's truth (`labels`): a body
paragraph (or a piece of one, or a line holding one), the title, a standfirst line, a
furniture line, or unlabelled (left out of training; the count is printed). The rules run
first (`pipeline.by_rules`), so each line's features include what the rules did with it.

Validation is leave-one-set-out: for each set, train on the others (the removal threshold
chosen on their own out-of-set predictions) and score the held-out set with the scorer's
definitions (`tools.ingest_plain.score_page`): title, body F1 (precision, recall) and furniture
lines leaked per page, against the rules alone. Then the shipped model is trained on all sets.
Same inputs, same model: the trees use a fixed seed.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from generator.ingest.line_features import FEATURES, page_features
from generator.ingest.line_filter import RULE as LINE_MODEL_RULE
from generator.ingest.line_model import MODEL_FILE, Ensemble, LineModel, TrainedOn, Tree
from generator.ingest.model import Block, Request
from generator.ingest.pipeline import Ruled, Source, by_rules, with_model
from generator.ingest.text_rules import line_rules
from generator.ingest.writer import render
from generator.load.config import load_config
from generator.load.dates import now
from generator.model.site import SiteConfig
from generator.model.wires import Registry
from tools.ingest_metric import summarise, tokens
from tools.ingest_plain import PageScore, Truth, _block, _joined, _norm, load_set, score_page
from tools.ingest_runner import make_project

SEED = 0
TREES = 120
DEPTH = 3
RATE = 0.1
TITLE_THRESHOLD = 0.9  # the title model overrules the rules' title only when this sure
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)
DEFAULT_THRESHOLD = 0.5  # with one set there is none to leave out to choose by
SENTENCE_THRESHOLD = 0.97  # a line of running text is removed only when the model is this sure
RECALL_SLACK = 0.01  # a threshold may cost this much body recall on the training sets, no more
MIN_PIECE = 4  # tokens: a shorter line inside a paragraph is not counted as a piece of it
BODY, TITLE, DEK, FURNITURE = "body", "title", "dek", "furniture"


@dataclass(frozen=True)
class Page:
    """One labelled page: its truth, the rules' draft, its feature rows and line labels."""

    set_name: str
    truth: Truth
    ruled: Ruled
    rows: list[list[float]]
    labels: list[str | None]


# --- labels -----------------------------------------------------------------------------------


def _key(text: str) -> str:
    return " ".join(tokens(_norm(text).casefold()))


def labels(blocks: Sequence[Block], truth: Truth, dek: Sequence[str] = ()) -> list[str | None]:
    """Each block's label by the truth: exact paragraphs first (a paragraph printed twice is body
    once, then unlabelled unless the truth lists it as furniture), then pieces (a line inside a
    paragraph, or a paragraph inside a line with furniture glued to it), then the furniture lines;
    None where nothing matches."""
    body = Counter(_key(p) for p in truth.body.split("\n") if _key(p))
    paragraphs_once = set(body)
    joined = " " + " ".join(_key(p) for p in truth.body.split("\n")) + " "
    paragraphs = [k for k in body if len(k.split()) >= MIN_PIECE]
    furniture = {_key(f) for f in truth.furniture if _key(f)}
    title, deks = _key(truth.title), {_key(d) for d in dek if _key(d)}
    found: list[str | None] = []
    for block in blocks:
        key = _key(block.text)
        if not key:
            found.append(None)
        elif body[key] > 0:
            body[key] -= 1
            found.append(BODY)
        elif key == title:
            found.append(TITLE)
        elif key in deks:
            found.append(DEK)
        elif key in furniture:
            found.append(FURNITURE)
        elif key in paragraphs_once:
            found.append(None)  # a paragraph printed again: not furniture, not the body either
        elif (len(key.split()) >= MIN_PIECE and f" {key} " in joined) or any(
            f" {p} " in f" {key} " for p in paragraphs
        ):
            found.append(BODY)
        elif any(f" {f} " in f" {key} " or f" {key} " in f" {f} " for f in furniture if len(f.split()) >= 2):
            found.append(FURNITURE)
        else:
            found.append(None)
    return found


# --- reading the sets ---------------------------------------------------------------------------


def set_parts(folder: Path) -> list[Path]:
    """The folders of a set holding its pages: itself, or its sub-folders that hold some."""
    if not folder.is_dir():
        raise ValueError(f"{folder}: no such folder")
    if any(folder.glob("*.truth.json")):
        return [folder]
    parts = sorted(p for p in folder.iterdir() if p.is_dir() and any(p.glob("*.truth.json")))
    if not parts:
        raise ValueError(f"{folder}: no <id>.txt with <id>.truth.json here or in a sub-folder")
    return parts


def read_sets(folders: Sequence[Path], scratch: Path) -> list[Page]:
    """Every page of every set, run through the rules, featured and labelled."""
    pages: list[Page] = []
    names = [folder.name for folder in folders]
    if len(set(names)) < len(names):
        raise ValueError(
            f"two sets have one name: {', '.join(sorted(n for n in set(names) if names.count(n) > 1))}"
        )
    for folder in folders:
        truths = [t for part in set_parts(folder) for t in load_set(part)]
        project = make_project(scratch / folder.name, {t.outlet.slug: t.outlet for t in truths}.values())
        config = load_config(project)
        rules = line_rules(config.wires)
        for truth in truths:
            ruled = _rules(truth, config)
            rows = page_features(ruled.page, ruled.facts, rules)
            pages.append(Page(folder.name, truth, ruled, rows, labels(ruled.page, truth, _dek(truth))))
    return pages


def _rules(truth: Truth, config: SiteConfig) -> Ruled:
    """The rules' draft of the page, given what the scorer gives the command: outlet and URL."""
    source = Source(truth.page.name, truth.page.read_text(encoding="utf-8"), is_html=False)
    request = Request(outlet=truth.outlet.slug, url=truth.url)
    return by_rules(source, request, config, now(), config.wires)


def _dek(truth: Truth) -> list[str]:
    """The truth's standfirst lines (`dek`, a list or one string), which `load_set` does not keep."""
    data = json.loads(truth.page.with_name(f"{truth.id}.truth.json").read_text(encoding="utf-8"))
    dek = data.get("dek") or []
    return [str(line) for line in dek] if isinstance(dek, list) else [str(dek)]


# --- training -----------------------------------------------------------------------------------


def examples(pages: Sequence[Page]) -> tuple[list[list[float]], list[int]]:
    """The furniture model's examples: the labelled lines of `pages`, 1 for a line that is not
    body text. Standfirst lines are left out: they are shaped like the article's first
    paragraph, and teaching the model to remove them teaches it to remove ledes."""
    rows, targets = [], []
    for page in pages:
        for row, label in zip(page.rows, page.labels, strict=True):
            if label is not None and label != DEK:
                rows.append(row)
                targets.append(int(label != BODY))
    return rows, targets


def title_examples(pages: Sequence[Page]) -> tuple[list[list[float]], list[int]]:
    """The title model's examples: every labelled line, 1 for the headline, without its
    likeness to the rules' title (the title model is to find it where the rules did not)."""
    rows, targets = [], []
    blind = FEATURES.index("title_likeness")
    for page in pages:
        for row, label in zip(page.rows, page.labels, strict=True):
            if label is not None:
                rows.append([0.0 if i == blind else v for i, v in enumerate(row)])
                targets.append(int(label == TITLE))
    return rows, targets


def _sklearn_missing() -> str | None:
    try:
        import sklearn  # noqa: F401
    except ImportError:
        return "scikit-learn is not installed: pip install -e '.[train]'"
    return None


def fit_ensemble(rows: list[list[float]], targets: list[int], trees: int | None = None) -> Ensemble:
    """`trees` boosted trees (the module's `TREES` as it is when called, so that
    `ingest_loso_line --trees` takes effect) on the examples (fixed seed), exported to a
    plain-Python `Ensemble`."""
    from sklearn.ensemble import GradientBoostingClassifier

    clf = GradientBoostingClassifier(
        n_estimators=TREES if trees is None else trees,
        max_depth=DEPTH,
        learning_rate=RATE,
        subsample=0.8,
        random_state=SEED,
    )
    clf.fit(rows, targets)
    return _exported(clf, targets, RATE)


def _exported(clf: Any, targets: Sequence[int], rate: float) -> Ensemble:
    """A fitted scikit-learn `GradientBoostingClassifier` as a plain-Python `Ensemble` (what the
    package reads), its figures rounded to 6 places."""
    prior = sum(targets) / len(targets)  # the log-odds the trees start from (sklearn's own init)
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
    return Ensemble(round(math.log(prior / (1 - prior)), 6), rate, tuple(trees))


def fit(pages: Sequence[Page], threshold: float, trained_on: Sequence[TrainedOn] = ()) -> LineModel:
    """Both ensembles trained on `pages`, with the removal `threshold`."""
    return LineModel(
        furniture=fit_ensemble(*examples(pages)),
        title=fit_ensemble(*title_examples(pages)),
        threshold=threshold,
        sentence_threshold=SENTENCE_THRESHOLD,
        title_threshold=TITLE_THRESHOLD,
        trained_on=tuple(trained_on),
    )


def score(page: Page, model: LineModel | None, wires: Registry) -> PageScore:
    """The page as the scorer sees it, written by the rules alone or with `model`."""
    draft = page.ruled.draft if model is None else with_model(page.ruled, model, wires)
    return score_page(page.truth, render(draft))


def removed_lines(page: Page, model: LineModel, wires: Registry) -> Counter[str]:
    """How the lines the model removes from `page` are labelled: 'body', 'furniture' ..., and
    'kept furniture' for furniture lines the rules left in the body and the model kept there."""
    draft = with_model(page.ruled, model, wires)
    removed = {r.line for r in draft.removals if r.rule == LINE_MODEL_RULE}
    kept = {b.line for b in draft.blocks}
    found: Counter[str] = Counter()
    for block, label in zip(page.ruled.page, page.labels, strict=True):
        if label is None or block.line is None:
            continue
        if block.line in removed:
            found[label] += 1
        elif label == FURNITURE and block.line in kept:
            found["kept furniture"] += 1
    return found


def line_figures(counts: Counter[str]) -> str:
    """Precision and recall of the model's removals over labelled lines (body lines removed are
    its false positives; standfirst and title lines removed are counted apart)."""
    removed_furniture, removed_body = counts[FURNITURE], counts[BODY]
    precision = removed_furniture / max(removed_furniture + removed_body, 1)
    recall = removed_furniture / max(removed_furniture + counts["kept furniture"], 1)
    return (
        f"removed {removed_furniture} furniture, {removed_body} body, {counts[DEK]} dek, "
        f"{counts[TITLE]} title lines; kept {counts['kept furniture']} furniture lines "
        f"(removal precision {precision:.3f}, recall {recall:.3f})"
    )


def choose_threshold(
    pages: Sequence[Page], wires: Registry, held: Mapping[str, LineModel] | None = None
) -> float:
    """The threshold with the best body F1 on `pages` from models that never saw their set
    (one per set left out; `held`, by set, when they are fitted already), among those costing at
    most `RECALL_SLACK` of body recall."""
    names = sorted({p.set_name for p in pages})
    if len(names) < 2:
        return DEFAULT_THRESHOLD  # no set to leave out
    if held is None:
        held = {name: fit([p for p in pages if p.set_name != name], 1.0) for name in names}
    rules = summarise([score(p, None, wires).body for p in pages])
    best, best_f1 = 1.0, rules.f1
    for threshold in THRESHOLDS:
        body = summarise([score(p, _at(held[p.set_name], threshold), wires).body for p in pages])
        if body.recall >= rules.recall - RECALL_SLACK and body.f1 > best_f1:
            best, best_f1 = threshold, body.f1
    return best


def _at(model: LineModel, threshold: float) -> LineModel:
    return replace(model, threshold=threshold)


def trained_on(pages: Sequence[Page]) -> tuple[TrainedOn, ...]:
    by_set = Counter(p.set_name for p in pages)
    lines: Counter[str] = Counter()
    for page in pages:
        lines[page.set_name] += sum(label is not None for label in page.labels)
    return tuple(TrainedOn(name, by_set[name], lines[name]) for name in sorted(by_set))


# --- the report ---------------------------------------------------------------------------------


def lost(score: PageScore) -> int:
    """The true body paragraphs whose words are nowhere in a row in the written body."""
    written = _joined(score.produced.body) if score.produced is not None else " "
    paragraphs = [_block(p) for p in score.truth.body.split("\n")]
    return sum(1 for key in paragraphs if key and f" {key} " not in written)


def figures(scores: Sequence[PageScore]) -> str:
    n = len(scores)
    body = summarise([s.body for s in scores])
    leaked = sum(len(s.leaks) for s in scores)
    return (
        f"{sum(s.title for s in scores):>3}/{n:<3} {body.f1:.3f} {body.precision:.3f} {body.recall:.3f} "
        f"{leaked:>4} {leaked / n:5.2f} {sum(lost(s) for s in scores):>4}"
    )


def validate(pages: Sequence[Page], wires: Registry) -> tuple[str, dict[str, float]]:
    """The leave-one-set-out table, and the threshold each fold chose."""
    names = sorted({p.set_name for p in pages})
    head = "left out        pages  method  title    F1    P     R     leaked  /page  lost"
    lines = [head]
    chosen: dict[str, float] = {}
    all_rules: list[PageScore] = []
    all_model: list[PageScore] = []
    all_lines: Counter[str] = Counter()
    for name in names:
        train = [p for p in pages if p.set_name != name]
        test = [p for p in pages if p.set_name == name]
        threshold = choose_threshold(train, wires)
        chosen[name] = threshold
        model = fit(train, threshold)
        rules = [score(p, None, wires) for p in test]
        learned = [score(p, model, wires) for p in test]
        all_rules += rules
        all_model += learned
        counts: Counter[str] = sum((removed_lines(p, model, wires) for p in test), Counter())
        all_lines += counts
        lines.append(f"{name:<15} {len(test):>5}  rules   {figures(rules)}")
        lines.append(f"{'':<15} {'':>5}  model   {figures(learned)}   (threshold {threshold:.2f})")
        lines.append(f"{'':<15} {'':>5}  lines   {line_figures(counts)}")
        print(*lines[-3:], sep="\n", file=sys.stderr, flush=True)
    lines.append(f"{'all':<15} {len(pages):>5}  rules   {figures(all_rules)}")
    lines.append(f"{'':<15} {'':>5}  model   {figures(all_model)}")
    lines.append(f"{'':<15} {'':>5}  lines   {line_figures(all_lines)}")
    return "\n".join(lines), chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders of labelled pages, one per set")
    parser.add_argument("--out", type=Path, default=MODEL_FILE, help="where the model is written")
    parser.add_argument("--no-validate", action="store_true", help="skip the leave-one-set-out table")
    args = parser.parse_args(argv)
    missing = _sklearn_missing()
    if missing:
        print(f"ingest-train: {missing}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="ingest-train-") as scratch:
            pages = read_sets(args.sets, Path(scratch))
            wires = load_config(make_project(Path(scratch) / "all", [])).wires
    except ValueError as exc:
        print(f"ingest-train: {exc}", file=sys.stderr)
        return 2
    counted = Counter(label for p in pages for label in p.labels)
    print(
        f"{len(pages)} pages, {sum(counted.values())} lines: "
        + ", ".join(f"{label or 'unlabelled'} {count}" for label, count in sorted(counted.items(), key=str))
    )
    if not args.no_validate and len({p.set_name for p in pages}) > 1:
        table, _ = validate(pages, wires)
        print(table)
    threshold = choose_threshold(pages, wires)
    model = fit(pages, threshold, trained_on(pages))
    args.out.write_text(json.dumps(model.as_json(), indent=None, separators=(",", ":")) + "\n", "utf-8")
    print(
        f"wrote {args.out} ({len(model.furniture.trees)} + {len(model.title.trees)} trees, "
        f"{len(FEATURES)} features, threshold {threshold:.2f}; {time.perf_counter() - started:.0f} s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
