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
`--depth` try another recipe (not shipped).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import pickle
import shutil
import sys
import tempfile
from dataclasses import replace
from itertools import combinations
from pathlib import Path

from generator.ingest.line_model import LineModel
from generator.load.config import load_config
from tools import ingest_train
from tools.ingest_loso import _SCORE, _run, _tree, table
from tools.ingest_runner import make_project
from tools.ingest_train import Page, choose_threshold, fit, read_sets, set_parts, trained_on

_PAGES: list[Page] = []  # the pages read, shared with the fitting processes (forked)


def _fit_without(left_out: tuple[str, ...]) -> tuple[tuple[str, ...], LineModel]:
    return left_out, fit([p for p in _PAGES if p.set_name not in left_out], 1.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="where the folds' logs and figures are kept")
    parser.add_argument("sets", nargs="+", type=Path, help="folders of labelled pages, one per set")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--trees", type=int, default=ingest_train.TREES)
    parser.add_argument("--depth", type=int, default=ingest_train.DEPTH)
    parser.add_argument("--tree", type=Path, help="copy this folder instead of the committed tree")
    args = parser.parse_args(argv)
    missing = ingest_train._sklearn_missing()
    if missing:
        print(f"ingest-loso-line: {missing}", file=sys.stderr)
        return 2
    ingest_train.TREES, ingest_train.DEPTH = args.trees, args.depth
    folders = [f.resolve() for f in args.sets]
    (args.out / "logs").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ingest-loso-line-") as scratch:
        base, origin = _tree(Path(scratch) / "base", args.tree)
        recipe = f"line model, {args.trees} trees of depth {args.depth}"
        print(f"tree: {origin}; retrained: {recipe}", flush=True)
        _PAGES[:] = read_sets(folders, Path(scratch))
        wires = load_config(make_project(Path(scratch) / "all", [])).wires
        names = sorted({p.set_name for p in _PAGES})
        wanted = [(n,) for n in names] + list(combinations(names, 2))
        with multiprocessing.get_context("fork").Pool(args.jobs) as pool:
            fitted = dict(pool.imap_unordered(_fit_without, wanted))
        (args.out / "fitted.pkl").write_bytes(pickle.dumps(fitted))  # for a look at one fold later
        results = {}
        for folder in folders:
            left = folder.name
            train = [p for p in _PAGES if p.set_name != left]
            held = {n: fitted[tuple(sorted((left, n)))] for n in names if n != left}
            threshold = choose_threshold(train, wires, held)
            model = replace(fitted[(left,)], threshold=threshold, trained_on=trained_on(train))
            tree = Path(scratch) / "folds" / left  # `read_sets` made its projects under scratch/<set>
            shutil.copytree(base, tree)
            target = tree / "generator" / "ingest" / "line_model.json"
            target.write_text(json.dumps(model.as_json(), separators=(",", ":")) + "\n", "utf-8")
            pages: list[dict] = []
            for part in set_parts(folder):
                name = left if part == folder else f"{left}-{part.name}"
                found = json.loads(
                    _run(tree, ["-c", _SCORE, str(part)], args.out / "logs" / f"{name}.score.txt")
                )
                pages += [dict(page, part=name) for page in found]
            (args.out / f"{left}.json").write_text(json.dumps(pages, indent=0) + "\n", encoding="utf-8")
            results[left] = pages
            print(f"{left}: threshold {threshold:.2f}", flush=True)
    text = f"tree: {origin}; retrained: {recipe}\n" + table(results)
    (args.out / "table.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
