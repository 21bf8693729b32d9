"""Leave-one-set-out for ingest's learned models, scored by the real command on the set left out.

    python -m tools.ingest_loso OUT_DIR SET_FOLDER... [--models line,title,date] [--jobs 2]
        [--only NAME,...] [--shipped]

For each set left out, a copy of the committed tree (`git archive HEAD`, the repository this
module is in) is made; the chosen models are retrained in it by their own tools
(`tools.ingest_train`, `tools.ingest_title_train`, `tools.ingest_date_train`, in that order, so
a title chooser is trained over the retrained line model) on the other sets only; then
`tools.ingest_plain`'s scorer runs the real `briefing ingest` on the left-out set's pages in that
copy. With `--shipped` nothing is retrained: the shipped models score every set (the baseline).
A set given as a folder of parts (`dev/`, `heldout/`) is left out whole and scored part by part.

`--tree DIR` copies DIR instead (a training recipe being tried, not committed).

Per set and pooled it prints: title, published (and invented: 'invented' covers a date on an
undated page and a wrong date), via (right / read / credited), body F1 (P, R) pooled over pages
as the scorer pools them, furniture lines leaked, refused. OUT_DIR keeps each fold's training
log and per-page figures (`<set>.json`: numbers only, no page text) for a later comparison.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tools.ingest_metric import Match, summarise
from tools.ingest_train import set_parts

ROOT = Path(__file__).resolve().parent.parent
MODELS = ("line", "title", "date")
FIELDS = (
    "set              pages  title  published  invented  via(right/read/credited)  body F1 (P, R)"
    "        leaked  refused"
)

# Run inside a fold's tree: the scorer's per-page figures for one folder, as JSON on stdout.
_SCORE = """
import json, sys, tempfile
from pathlib import Path
from tools.ingest_plain import load_set, run_set
truths = load_set(Path(sys.argv[1]))
with tempfile.TemporaryDirectory() as scratch:
    scores = run_set(truths, Path(scratch), False, None)
print(json.dumps([{
    "id": s.truth.id, "title": s.title, "published": s.published,
    "via_truth": bool(s.truth.via), "via_read": bool(s.produced and s.produced.via),
    "via_right": bool(s.truth.via and s.via and s.produced),
    "tp": s.body.tp, "fp": s.body.fp, "fn": s.body.fn, "leaks": len(s.leaks),
    "refused": bool(s.refusal)} for s in scores]))
"""


def _tree(where: Path, source: Path | None) -> tuple[Path, str]:
    """A copy at `where` of the committed tree (read once: every fold copies it, so commits made
    while the folds run change none of them) or of the folder `source` (a recipe being tried);
    and what it is a copy of."""
    if source is not None:
        ignored = shutil.ignore_patterns(".git", ".venv", "__pycache__", "output")
        shutil.copytree(source, where, ignore=ignored)
        return where, str(source)
    commit = subprocess.run(
        ["git", "-C", str(ROOT), "rev-parse", "HEAD"], check=True, capture_output=True, text=True
    ).stdout.strip()
    where.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True)
    subprocess.run(["tar", "-x", "-C", str(where)], input=archive.stdout, check=True)
    return where, commit


def _run(tree: Path, args: Sequence[str], log: Path) -> str:
    done = subprocess.run([sys.executable, *args], cwd=tree, capture_output=True, text=True)
    log.write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:2])} failed in {tree} (see {log})")
    return done.stdout


def _date_folders(folders: Sequence[Path]) -> list[str]:
    """The date trainer's folders: a set of parts is given part by part (it names them set/part)."""
    return [str(part) for folder in folders for part in set_parts(folder)]


def fold(
    left: Path, folders: Sequence[Path], models: Sequence[str], out: Path, scratch: Path, source: Path
) -> list[dict]:
    """Retrain `models` without `left` in a fresh tree, and score `left` there page by page."""
    tree = scratch / left.name
    shutil.copytree(source, tree)
    train = [str(f) for f in folders if f != left]
    logs = out / "logs"
    if "line" in models:
        target = tree / "generator" / "ingest" / "line_model.json"
        _run(
            tree,
            ["-m", "tools.ingest_train", *train, "--no-validate", "--out", str(target)],
            logs / f"{left.name}.line.txt",
        )
    if "title" in models:
        target = tree / "generator" / "ingest" / "title_model.json"
        _run(
            tree,
            ["-m", "tools.ingest_title_train", *train, "--out", str(target)],
            logs / f"{left.name}.title.txt",
        )
    if "date" in models:
        rest = _date_folders([f for f in folders if f != left])
        _run(tree, ["-m", "tools.ingest_date_train", *rest, "--write"], logs / f"{left.name}.date.txt")
    pages: list[dict] = []
    for part in set_parts(left):
        name = left.name if part == left else f"{left.name}-{part.name}"
        found = json.loads(_run(tree, ["-c", _SCORE, str(part)], logs / f"{name}.score.txt"))
        pages += [dict(page, part=name) for page in found]
    (out / f"{left.name}.json").write_text(json.dumps(pages, indent=0) + "\n", encoding="utf-8")
    return pages


def row(name: str, pages: Sequence[dict]) -> str:
    """One line of the table for `pages`."""
    body = summarise([Match(p["tp"], p["fp"], p["fn"]) for p in pages])
    right, read, credited = (sum(p[k] for p in pages) for k in ("via_right", "via_read", "via_truth"))
    published = sum(p["published"] == "right" for p in pages)
    invented = sum(p["published"] == "invented" for p in pages)
    return (
        f"{name:<16} {len(pages):>5}  {sum(p['title'] for p in pages):>5}  {published:>9}  {invented:>8}  "
        f"{right:>6} / {read:>3} / {credited:<3}         "
        f"{body.f1:.3f} ({body.precision:.3f}, {body.recall:.3f})  {sum(p['leaks'] for p in pages):>6}  "
        f"{sum(p['refused'] for p in pages):>7}"
    )


def table(results: dict[str, list[dict]]) -> str:
    lines = [FIELDS]
    for name in sorted(results, key=_set_order):
        lines.append(row(name, results[name]))
        parts = sorted({p["part"] for p in results[name]})
        if len(parts) > 1:
            lines += [row(f"  {part}", [p for p in results[name] if p["part"] == part]) for part in parts]
    lines.append(row("all", [p for pages in results.values() for p in pages]))
    return "\n".join(lines)


def _set_order(name: str) -> tuple[int, str]:
    digits = "".join(c for c in name if c.isdigit())
    return int(digits or 1), name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("out", type=Path, help="where the folds' logs and figures are kept")
    parser.add_argument("sets", nargs="+", type=Path, help="folders of labelled pages, one per set")
    parser.add_argument("--models", default="line", help="comma-separated: line, title, date")
    parser.add_argument("--shipped", action="store_true", help="retrain nothing: score the shipped models")
    parser.add_argument("--only", default="", help="comma-separated set names to leave out (default all)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--tree", type=Path, help="copy this folder instead of the committed tree")
    args = parser.parse_args(argv)
    models = [] if args.shipped else [m for m in args.models.split(",") if m]
    unknown = [m for m in models if m not in MODELS]
    if unknown:
        print(
            f"ingest-loso: unknown model {unknown[0]!r} (expected one of {', '.join(MODELS)})",
            file=sys.stderr,
        )
        return 2
    folders = [f.resolve() for f in args.sets]
    only = {n for n in args.only.split(",") if n}
    chosen = [f for f in folders if not only or f.name in only]
    (args.out / "logs").mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ingest-loso-") as scratch, ThreadPoolExecutor(args.jobs) as pool:
        base, origin = _tree(Path(scratch) / "base", args.tree)
        print(f"tree: {origin}; retrained: {', '.join(models) or 'nothing (shipped models)'}", flush=True)
        futures = {
            f.name: pool.submit(fold, f, folders, models, args.out, Path(scratch), base) for f in chosen
        }
        results = {name: future.result() for name, future in futures.items()}
    text = f"tree: {origin}; retrained: {', '.join(models) or 'nothing (shipped models)'}\n" + table(results)
    (args.out / "table.txt").write_text(text + "\n", encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
