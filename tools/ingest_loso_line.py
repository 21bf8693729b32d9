"""Leave-one-set-out for ingest's line model, quicker than `tools.ingest_loso --models line`.

    python -m tools.ingest_loso_line OUT_DIR SET_FOLDER... [--jobs 2] [--trees N] [--depth N]

The same figures as `tools.ingest_loso OUT_DIR SETS --models line`: for each set left out, the
line model `tools.ingest_train` would write from the other sets (its threshold chosen by
`ingest_train.choose_threshold` on their own out-of-set predictions), scored by the real
`briefing ingest` on the set left out, in a copy of the committed tree. It is quicker because
the pages are read once and each model is fitted once: the model without sets A and B serves
both A's fold (choosing its threshold, B left out) and B's; the trees use a fixed seed, so they
are the ones `ingest_train` fits. The pages are read by the code this runs from: run it from
the tree it scores (a `git archive` copy, with `--tree` naming that copy). `--trees` and
`--depth` try another recipe (not shipped). With `--write FILE` it also fits the model on every
set and writes it as `ingest_train` would (its threshold chosen on the folds' models).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import pickle
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from generator.ingest.line_model import LineModel
from generator.load.config import load_config
from generator.model.wires import Registry
from tools import ingest_train
from tools.ingest_loso import _SCORE, _run, _tree, table
from tools.ingest_runner import make_project
from tools.ingest_train import Page, choose_threshold, fit, read_sets, set_parts, trained_on

_PAGES: list[Page] = []  # the pages read, shared with the worker processes (forked)
_FITTED: dict[tuple[str, ...], LineModel] = {}  # by the sets left out of its training (forked)
_WIRES: list[Registry] = []


def _fit_without(left_out: tuple[str, ...]) -> tuple[tuple[str, ...], LineModel]:
    return left_out, fit([p for p in _PAGES if p.set_name not in left_out], 1.0)


def _fold_model(left: str | None) -> tuple[str | None, LineModel]:
    """The model `ingest_train` writes from every set but `left` (from every set with None)."""
    train = [p for p in _PAGES if p.set_name != left]
    others = sorted({p.set_name for p in train})
    held = {n: _FITTED[tuple(sorted(n for n in (left, n) if n is not None))] for n in others}
    threshold = choose_threshold(train, _WIRES[0], held)
    key = () if left is None else (left,)
    return left, replace(_FITTED[key], threshold=threshold, trained_on=trained_on(train))


def _score(folder: Path, base: Path, scratch: Path, model: LineModel, logs: Path) -> list[dict]:
    """`folder`'s pages scored by the real command in a copy of `base` holding `model`."""
    tree = scratch / "folds" / folder.name  # `read_sets` made its projects under scratch/<set>
    shutil.copytree(base, tree)
    target = tree / "generator" / "ingest" / "line_model.json"
    target.write_text(json.dumps(model.as_json(), separators=(",", ":")) + "\n", "utf-8")
    pages: list[dict] = []
    for part in set_parts(folder):
        name = folder.name if part == folder else f"{folder.name}-{part.name}"
        found = json.loads(_run(tree, ["-c", _SCORE, str(part)], logs / f"{name}.score.txt"))
        pages += [dict(page, part=name) for page in found]
    return pages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="where the folds' logs and figures are kept")
    parser.add_argument("sets", nargs="+", type=Path, help="folders of labelled pages, one per set")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--trees", type=int, default=ingest_train.TREES)
    parser.add_argument("--depth", type=int, default=ingest_train.DEPTH)
    parser.add_argument("--tree", type=Path, help="copy this folder instead of the committed tree")
    parser.add_argument("--write", type=Path, help="also write the model trained on every set here")
    args = parser.parse_args(argv)
    missing = ingest_train._sklearn_missing()
    if missing:
        print(f"ingest-loso-line: {missing}", file=sys.stderr)
        return 2
    ingest_train.TREES, ingest_train.DEPTH = args.trees, args.depth
    folders = [f.resolve() for f in args.sets]
    logs = args.out / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    fork = multiprocessing.get_context("fork")
    with tempfile.TemporaryDirectory(prefix="ingest-loso-line-") as scratch:
        base, origin = _tree(Path(scratch) / "base", args.tree)
        recipe = f"line model, {args.trees} trees of depth {args.depth}"
        print(f"tree: {origin}; retrained: {recipe}", flush=True)
        _PAGES[:] = read_sets(folders, Path(scratch))
        _WIRES[:] = [load_config(make_project(Path(scratch) / "all", [])).wires]
        names = sorted({p.set_name for p in _PAGES})
        wanted = [(n,) for n in names] + list(combinations(names, 2)) + ([()] if args.write else [])
        with fork.Pool(args.jobs) as pool:
            _FITTED.update(pool.imap_unordered(_fit_without, wanted))
        (args.out / "fitted.pkl").write_bytes(pickle.dumps(_FITTED))  # for a look at one fold later
        lefts: list[str | None] = [*names, *([None] if args.write else [])]
        with fork.Pool(args.jobs) as pool:
            models = dict(pool.imap_unordered(_fold_model, lefts))
        for left in names:
            print(f"{left}: threshold {models[left].threshold:.2f}", flush=True)
        with ThreadPoolExecutor(args.jobs) as threads:
            futures = {
                f.name: threads.submit(_score, f, base, Path(scratch), models[f.name], logs) for f in folders
            }
            results = {name: future.result() for name, future in futures.items()}
    for name, pages in results.items():
        (args.out / f"{name}.json").write_text(json.dumps(pages, indent=0) + "\n", encoding="utf-8")
    text = f"tree: {origin}; retrained: {recipe}\n" + table(results)
    (args.out / "table.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    if args.write:
        shipped = models[None]
        text = json.dumps(shipped.as_json(), indent=None, separators=(",", ":")) + "\n"
        args.write.write_text(text, "utf-8")
        print(f"wrote {args.write} (every set, threshold {shipped.threshold:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
