"""How the line model's title part does on sets it never saw: leave-one-set-out over labelled sets.

    python -m tools.ingest_title_loso SET_FOLDER...

For each set left out, the line model is trained on the others (`tools.ingest_train.fit`, the
shipped model's threshold) and, on each page of the left-out set, the title model rates the
page's first `TITLE_SEARCH_LINES` lines (the candidates `line_filter.choose_title` chooses among).
Per set it prints: pages; pages where a candidate line is the truth's title (`present`), where
one holds it with more words around it (`inside`: a kicker, a date or the text glued to it);
where the title line ranks first among the candidates (`first`) and reaches the title threshold
(`sure`); the titles the rules alone write right and the rules with the held-out model. It also
counts the truth's standfirst lines (`dek`) and how many the draft keeps in the body or drops.
Nothing is written; no page text is printed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from generator.ingest.line_filter import TITLE_SEARCH_LINES
from generator.ingest.line_model import Ensemble, LineModel, packaged
from generator.ingest.pipeline import with_model
from generator.load.config import load_config
from generator.model.wires import Registry
from tools.ingest_runner import make_project
from tools.ingest_train import (
    BODY,
    DEK,
    TITLE,
    Page,
    _key,
    _sklearn_missing,
    fit,
    fit_ensemble,
    read_sets,
    score,
)

COLUMNS = ("pages", "present", "inside", "first", "sure", "rules", "model", "dek", "dek-read", "dek-body")
DEK_COLUMNS = ("dek", "found", "missed", "lede", "other")
DEK_LINES = 30  # a standfirst stands among the page's first lines
DEK_THRESHOLDS = (0.5, 0.7, 0.9)


def dek_examples(pages: Sequence[Page]) -> tuple[list[list[float]], list[int]]:
    """A standfirst model's examples: the labelled lines among each page's first `DEK_LINES`,
    1 for a line the truth calls the standfirst."""
    rows, targets = [], []
    for page in pages:
        for row, label in list(zip(page.rows, page.labels, strict=True))[:DEK_LINES]:
            if label is not None:
                rows.append(row)
                targets.append(int(label == DEK))
    return rows, targets


def dek_counts(page: Page, dek: Ensemble, threshold: float) -> Counter[str]:
    """Standfirst lines found and missed on a left-out page, and lines wrongly called one: the
    article's text (`lede`: any body line) or anything else."""
    found: Counter[str] = Counter()
    for row, label in list(zip(page.rows, page.labels, strict=True))[:DEK_LINES]:
        called = dek.probability(row) >= threshold
        found["dek"] += label == DEK
        found["found"] += called and label == DEK
        found["missed"] += not called and label == DEK
        found["lede"] += called and label == BODY
        found["other"] += called and label not in (DEK, BODY)
    return found


def page_counts(page: Page, model: LineModel, wires: Registry) -> Counter[str]:
    """The columns of one left-out page under the model that never saw its set."""
    found: Counter[str] = Counter(pages=1)
    head = page.ruled.page[:TITLE_SEARCH_LINES]
    scores = [model.title_probability(row) for row in page.rows[: len(head)]]
    title = _key(page.truth.title)
    present = [i for i, label in enumerate(page.labels[: len(head)]) if label == TITLE]
    inside = [
        i for i, b in enumerate(head) if title and f" {title} " in f" {_key(b.text)} " and i not in present
    ]
    found["present"] += bool(present)
    found["inside"] += bool(inside) and not present
    if present and scores:
        best = max(range(len(scores)), key=lambda i: scores[i])
        found["first"] += best in present
        found["sure"] += best in present and scores[best] >= model.title_threshold
    found["rules"] += score(page, None, wires).title
    found["model"] += score(page, model, wires).title
    deks = [i for i, label in enumerate(page.labels) if label == DEK]
    found["dek"] += len(deks)
    draft = with_model(page.ruled, model, wires)
    written = f" {_key(draft.metadata.dek or '')} "
    kept = {b.line for b in draft.blocks}
    for i in deks:
        block = page.ruled.page[i]
        found["dek-read"] += bool(_key(block.text)) and f" {_key(block.text)} " in written
        found["dek-body"] += block.line in kept
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="+", type=Path, help="folders of labelled pages, one per set")
    args = parser.parse_args(argv)
    missing = _sklearn_missing()
    if missing:
        print(f"ingest-title-loso: {missing}", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="ingest-title-") as scratch:
        try:
            pages = read_sets(args.sets, Path(scratch))
        except ValueError as exc:
            print(f"ingest-title-loso: {exc}", file=sys.stderr)
            return 2
        wires = load_config(make_project(Path(scratch) / "all", [])).wires
    threshold = packaged().threshold
    print(f"{'left out':<16}" + "".join(f"{c:>9}" for c in COLUMNS), flush=True)
    total: Counter[str] = Counter()
    for name in sorted({p.set_name for p in pages}):
        model = fit([p for p in pages if p.set_name != name], threshold)
        counts: Counter[str] = sum(
            (page_counts(p, model, wires) for p in pages if p.set_name == name), Counter()
        )
        total += counts
        print(f"{name:<16}" + "".join(f"{counts[c]:>9}" for c in COLUMNS), flush=True)
    print(f"{'all':<16}" + "".join(f"{total[c]:>9}" for c in COLUMNS))
    print(f"\nstandfirst model, left out: {'set':<16}" + "".join(f"{c:>8}" for c in DEK_COLUMNS))
    for threshold in DEK_THRESHOLDS:
        dek_total: Counter[str] = Counter()
        for name in sorted({p.set_name for p in pages}):
            rows, targets = dek_examples([p for p in pages if p.set_name != name])
            dek = fit_ensemble(rows, targets)
            counts = sum((dek_counts(p, dek, threshold) for p in pages if p.set_name == name), Counter())
            dek_total += counts
            print(
                f"threshold {threshold:.1f} {name:<16}" + "".join(f"{counts[c]:>8}" for c in DEK_COLUMNS),
                flush=True,
            )
        print(
            f"threshold {threshold:.1f} {'all':<16}" + "".join(f"{dek_total[c]:>8}" for c in DEK_COLUMNS),
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
